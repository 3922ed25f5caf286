/**
 * Named entities: recognition (gazetteer + patterns, one overlap resolver), canonical keys and
 * linking within a document and across a corpus, and the Effect services to plug in other
 * recognizers or gazetteers.
 */
export { extractMentions, extractDocumentMentions } from "./extract.js"
export { MentionOptions, MentionSource, type Mention } from "./types.js"
export { linkEntities, EntityLinker, type EntityLinkerOptions, type LinkInput, type DocumentMention } from "./link.js"
export { keyEntityId, sameName, familyNameForms, isFamilyNameOf, isParticleFamilyName } from "./canonical.js"
export { editDistance, nameTolerance } from "./distance.js"
export { GazetteerIndex, bundledGazetteer, nameKey } from "./gazetteer.js"
export { GazetteerEntry, GazetteerFile, NationalitiesFile, GivenNamesFile, TriggersFile, type GazetteerEntryInput } from "./schema.js"
export { procliticStems, type Stem } from "./clitics.js"
export { EntityRecognizer, EntityRecognizerLive, Gazetteer, RecognizerError, type EntityRecognizerShape } from "./service.js"
export { bylineNames } from "./byline.js"
export { creditOutlets, withCreditOutlets } from "./credit.js"
export { modelMention, withModelMentions } from "./combine.js"
export { withRuleHints } from "./rule-hints.js"
