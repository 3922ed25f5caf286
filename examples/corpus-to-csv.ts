/**
 * The Effect pipeline on a folder: stream every article, write CSV (with a BOM for Excel) and JSON.
 *
 *   npx tsx examples/corpus-to-csv.ts [INPUT_DIR] [OUT_DIR]
 */
import { Console, Effect } from "effect"
import { AkhbarDefaults, runCorpus } from "../src/index.js"

const input = process.argv[2] ?? "fixtures/articles"
const out = process.argv[3] ?? "out/example-csv"

const program = runCorpus({ inputs: [input], out, format: ["csv", "json"], bom: true }).pipe(
  Effect.tap((summary) =>
    Console.log(`${summary.documents} documents (${summary.errors} errors) → ${summary.out}: ${JSON.stringify(summary.records)}`)
  ),
  Effect.catchTag("OptionsError", (e) => Console.error(`bad options: ${e.message}`)),
  Effect.catchTag("OutputError", (e) => Console.error(`cannot write ${e.path}: ${e.message}`)),
  Effect.provide(AkhbarDefaults)
)

Effect.runPromise(program)
