export { extractDates, type DateExpression } from "./extract.js"
export { DateOptions } from "./options.js"
export { hijriToGregorian, gregorianToHijri } from "./hijri.js"
export { dateExtractor } from "./stage.js"
