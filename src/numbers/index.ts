export { extractNumbers, type NumberMatch, type NumberKind } from "./numbers.js"
export { extractQuantities, type Quantity } from "./quantities.js"
export { QuantityOptions } from "./options.js"
export { quantityExtractor } from "./stage.js"
