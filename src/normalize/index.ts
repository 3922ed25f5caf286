export { NormalizeOptions, PROFILES, type NormalizeProfile, type ProfileName } from "./options.js"
export { resolveNormalizeOptions } from "./compile.js"
export { normalize, normalizeText, type Normalized } from "./normalize.js"
