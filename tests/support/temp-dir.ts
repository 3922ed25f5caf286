/**
 * Temporary folders for tests, removed after each test file (see `cleanup.ts`, a vitest setup
 * file), so that running the suite leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const made = new Set<string>()

/**
 * A new empty folder under the system's temporary folder, removed when the test file ends.
 *
 * @example
 * ```ts
 * import { tempDir } from "./support/temp-dir.js"
 * const out = tempDir("pipeline") // e.g. /tmp/akhbar-pipeline-Xa81kz
 * ```
 */
export const tempDir = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `akhbar-${name}-`))
  made.add(dir)
  return dir
}

/**
 * Removes every folder {@link tempDir} made so far.
 *
 * @example
 * ```ts
 * import { removeTempDirs } from "./support/temp-dir.js"
 * removeTempDirs()
 * ```
 */
export const removeTempDirs = (): void => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
  made.clear()
}
