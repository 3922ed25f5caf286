export { datasetSchemas, jsonSchemaOf, dataDictionary, writeSchemas, type DatasetSchema } from "./export.js"
