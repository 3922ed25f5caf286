/** Vitest setup file: the temporary folders of a test file are removed when it ends. */
import { afterAll } from "vitest"
import { removeTempDirs } from "./temp-dir.js"

afterAll(removeTempDirs)
