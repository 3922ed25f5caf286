import { defineConfig } from "tsup"

export default defineConfig([
  {
    // the library, for import and require
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    platform: "node",
    splitting: false,
    // import.meta.url in the CJS build (the worker pool finds its worker beside the bundle)
    shims: true
  },
  {
    // the CLI and the worker-thread entry, ESM only
    entry: { cli: "src/cli/main.ts", worker: "src/pipeline/worker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    banner: { js: "#!/usr/bin/env node" }
  }
])
