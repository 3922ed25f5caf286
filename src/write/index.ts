export { FORMATS, csvCell, toCsv, toNdjson, pickColumns, type Format, type Row } from "./format.js"
export { DatasetFileWriter, DatasetSetWriter, type WriterOptions } from "./writer.js"
