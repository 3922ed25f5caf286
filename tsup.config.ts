import { defineConfig } from "tsup"

export default defineConfig([
  {
    // ESM: the library, the CLI and the worker-thread entry share chunks (the gazetteers and the
    // tagger model are shipped once, not once per entry)
    entry: { index: "src/index.ts", cli: "src/cli/main.ts", worker: "src/pipeline/worker.ts" },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts" } },
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    splitting: true,
    // the CLI's shebang (a hashbang line is allowed at the start of any ES module)
    banner: { js: "#!/usr/bin/env node" }
  },
  {
    // CJS: the library only
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" } },
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    // import.meta.url in the CJS build (the worker pool finds its worker beside the bundle)
    shims: true
  }
])
