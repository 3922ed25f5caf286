export { FORMATS, csvCell, toCsv, toNdjson, pickColumns, type Format, type Row } from "./format.js"
export { DatasetFileWriter, DatasetSetWriter, type WriterOptions, type WriterCheckpoint } from "./writer.js"
export { renderRecords } from "./render.js"
