/**
 * akhbar — turn raw Arabic news articles into analysis-ready datasets.
 *
 * Stages, each usable alone as plain synchronous functions on one document:
 * load → segment → normalize → extract (entities, numbers, dates) → write; and an Effect
 * `Stream` pipeline ({@link runCorpus}) that composes them for corpus runs.
 *
 * @packageDocumentation
 */
export * from "./model/index.js"
export * from "./normalize/index.js"
export * from "./load/index.js"
export * from "./segment/index.js"
export * from "./dates/months.js"
export * from "./write/index.js"
export * from "./write/formats.js"
export * from "./write/columnar.js"
export * from "./numbers/index.js"
export * from "./dates/index.js"
export * from "./entities/index.js"
export * from "./tagger/index.js"
export * from "./aggregate/index.js"
export * from "./report/index.js"
export * from "./schema/index.js"
export * from "./pipeline/index.js"
export { run, type RunResult } from "./run.js"
export { VERSION } from "./version.js"
