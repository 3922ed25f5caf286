/**
 * Saving and loading models: a small JSON envelope (format, version, scale, calibration, training
 * information) around one base64 string holding the deflated binary body (feature keys as
 * delta varints and sparse zig-zag varint weights of each pass, lexicon snapshot and names as UTF-8 JSON).
 * Lossless: a loaded model tags exactly like the saved one.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib"
import { NUM_LABELS, TAGGER_LABELS } from "./labels.js"
import type { TaggerLexicon } from "./lexicon.js"
import type { TaggerCalibration, TaggerStage, TaggerModel, TaggerTrainingInfo } from "./model.js"

/**
 * Format name written in every model file.
 *
 * @example
 * ```ts
 * import { TAGGER_MODEL_FORMAT, loadTagger, serializeModel } from "akhbar"
 * serializeModel(loadTagger().model).format === TAGGER_MODEL_FORMAT // true
 * ```
 */
export const TAGGER_MODEL_FORMAT = "akhbar-ner-perceptron"

/**
 * Version of the file format.
 *
 * @example
 * ```ts
 * import { TAGGER_MODEL_VERSION, loadTagger, serializeModel } from "akhbar"
 * serializeModel(loadTagger().model).version === TAGGER_MODEL_VERSION // true
 * ```
 */
export const TAGGER_MODEL_VERSION = 1

/**
 * The JSON form of a model file.
 *
 * @example
 * ```ts
 * import { serializeModel, trainTagger } from "akhbar"
 * const file = serializeModel(trainTagger([{ tokens: ["باريس"], tags: ["B-LOC"] }]))
 * file.format // "akhbar-ner-perceptron"
 * ```
 */
export interface TaggerModelFile {
  readonly format: string
  readonly version: number
  readonly labels: ReadonlyArray<string>
  /** Features per pass. */
  readonly features: ReadonlyArray<number>
  /** Quantization step per pass. */
  readonly scales: ReadonlyArray<number>
  /** Document-context window of the second pass. */
  readonly window: number
  readonly calibration: TaggerCalibration
  readonly info: TaggerTrainingInfo
  /** base64 of the raw-deflated binary body. */
  readonly body: string
}

class Writer {
  private buf = new Uint8Array(1 << 16)
  length = 0
  private grow(n: number): void {
    if (this.length + n <= this.buf.length) return
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.length + n))
    b.set(this.buf.subarray(0, this.length))
    this.buf = b
  }
  uvar(v: number): void {
    this.grow(5)
    let x = v >>> 0
    while (x >= 0x80) {
      this.buf[this.length++] = (x & 0x7f) | 0x80
      x >>>= 7
    }
    this.buf[this.length++] = x
  }
  svar(v: number): void {
    this.uvar(((v << 1) ^ (v >> 31)) >>> 0)
  }
  bytes(b: Uint8Array): void {
    this.uvar(b.length)
    this.grow(b.length)
    this.buf.set(b, this.length)
    this.length += b.length
  }
  done(): Uint8Array {
    return this.buf.subarray(0, this.length)
  }
}

class Reader {
  pos = 0
  constructor(private readonly buf: Uint8Array) {}
  uvar(): number {
    let x = 0
    let shift = 0
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error("akhbar: truncated tagger model")
      const b = this.buf[this.pos++]!
      x += (b & 0x7f) * 2 ** shift
      if (b < 0x80) return x >>> 0
      shift += 7
    }
  }
  svar(): number {
    const u = this.uvar()
    return (u >>> 1) ^ -(u & 1)
  }
  bytes(): Uint8Array {
    const n = this.uvar()
    const b = this.buf.subarray(this.pos, this.pos + n)
    this.pos += n
    return b
  }
}

/**
 * Serializes a model to its JSON form (write it with `JSON.stringify`).
 *
 * @example
 * ```ts
 * import { serializeModel, deserializeModel, trainTagger } from "akhbar"
 * const model = trainTagger([{ tokens: ["باريس"], tags: ["B-LOC"] }])
 * deserializeModel(JSON.parse(JSON.stringify(serializeModel(model)))).stages.length === model.stages.length // true
 * ```
 */
export const serializeModel = (model: TaggerModel): TaggerModelFile => {
  const L = NUM_LABELS
  const w = new Writer()
  w.uvar(model.stages.length)
  for (const st of model.stages) {
    const n = st.keys.length
    w.uvar(n)
    let prev = 0
    for (let i = 0; i < n; i++) {
      const k = st.keys[i]!
      w.uvar(i === 0 ? k : k - prev)
      prev = k
    }
    for (let i = 0; i < n; i++) {
      let mask = 0
      for (let y = 0; y < L; y++) if (st.weights[i * L + y] !== 0) mask |= 1 << y
      w.uvar(mask)
      for (let y = 0; y < L; y++) {
        const q = st.weights[i * L + y]!
        if (q !== 0) w.svar(q)
      }
    }
    for (const q of st.transitions) w.svar(q)
    for (const q of st.start) w.svar(q)
  }
  const enc = new TextEncoder()
  w.bytes(enc.encode(JSON.stringify(model.lexicon)))
  w.bytes(enc.encode(JSON.stringify(model.names)))
  const body = Buffer.from(deflateRawSync(w.done(), { level: 9 })).toString("base64")
  return {
    format: TAGGER_MODEL_FORMAT,
    version: TAGGER_MODEL_VERSION,
    labels: [...model.labels],
    features: model.stages.map((st) => st.keys.length),
    scales: model.stages.map((st) => st.scale),
    window: model.window,
    calibration: model.calibration,
    info: model.info,
    body
  }
}

/**
 * Loads a model from its JSON form. Throws when the format, version or labels do not match.
 *
 * @example
 * ```ts
 * import { deserializeModel, serializeModel, trainTagger } from "akhbar"
 * const file = serializeModel(trainTagger([{ tokens: ["باريس"], tags: ["B-LOC"] }]))
 * deserializeModel(file).labels[0] // "O"
 * ```
 */
export const deserializeModel = (file: TaggerModelFile): TaggerModel => {
  if (file.format !== TAGGER_MODEL_FORMAT || file.version !== TAGGER_MODEL_VERSION) {
    throw new Error(`akhbar: unsupported tagger model ${String(file.format)} v${String(file.version)}`)
  }
  if (file.labels.length !== NUM_LABELS || file.labels.some((l, i) => l !== TAGGER_LABELS[i])) {
    throw new Error("akhbar: tagger model labels do not match this version of akhbar")
  }
  const L = NUM_LABELS
  const r = new Reader(new Uint8Array(inflateRawSync(Buffer.from(file.body, "base64"))))
  const count = r.uvar()
  const stages: Array<TaggerStage> = []
  for (let s = 0; s < count; s++) {
    const n = r.uvar()
    const keys = new Uint32Array(n)
    let prev = 0
    for (let i = 0; i < n; i++) {
      const d = r.uvar()
      prev = i === 0 ? d : (prev + d) >>> 0
      keys[i] = prev
    }
    const weights = new Int16Array(n * L)
    for (let i = 0; i < n; i++) {
      const mask = r.uvar()
      for (let y = 0; y < L; y++) if ((mask & (1 << y)) !== 0) weights[i * L + y] = r.svar()
    }
    const transitions = new Int16Array(L * L)
    for (let i = 0; i < L * L; i++) transitions[i] = r.svar()
    const start = new Int16Array(L)
    for (let i = 0; i < L; i++) start[i] = r.svar()
    const scale = file.scales[s]
    if (scale === undefined) throw new Error("akhbar: tagger model has no scale for pass " + String(s + 1))
    stages.push({ keys, weights, transitions, start, scale })
  }
  const dec = new TextDecoder()
  const lexicon = JSON.parse(dec.decode(r.bytes())) as TaggerLexicon
  const names = JSON.parse(dec.decode(r.bytes())) as Array<string>
  return {
    labels: [...file.labels],
    stages,
    window: file.window,
    lexicon,
    names,
    calibration: file.calibration,
    info: file.info
  }
}
