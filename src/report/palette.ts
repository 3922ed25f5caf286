import type { EntityType } from "../model/vocabulary.js"

/**
 * Colour and Arabic label of each entity type in the report.
 *
 * @example
 * ```ts
 * import { ENTITY_STYLE } from "akhbar"
 * ENTITY_STYLE.LOC.label // "أماكن"
 * ```
 */
export const ENTITY_STYLE: Readonly<Record<EntityType, { readonly color: string; readonly label: string; readonly singular: string }>> = {
  PERSON: { color: "#b45309", label: "أشخاص", singular: "شخص" },
  ORG: { color: "#1d4ed8", label: "مؤسسات", singular: "مؤسسة" },
  LOC: { color: "#047857", label: "أماكن", singular: "مكان" },
  MISC: { color: "#7c3aed", label: "أخرى", singular: "أخرى" }
}
