import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // removes the temporary folders each test file made (tests/support/temp-dir.ts)
    setupFiles: ["tests/support/cleanup.ts"],
    testTimeout: 60_000,
    pool: "threads"
  }
})
