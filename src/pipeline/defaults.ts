import type { Extractors } from "./extractors.js"

/** The built-in extractors (entities, quantities and dates stages). */
export const defaultExtractors: Extractors = {}
