import { createHash } from "node:crypto"

/** Encodings the loader can decode. */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1256"] as const
/** An encoding name. */
export type Encoding = (typeof ENCODINGS)[number]

/** Aliases accepted for `--encoding`. */
const ENCODING_ALIASES: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
  "windows-1256": "windows-1256",
  cp1256: "windows-1256",
  "win-1256": "windows-1256"
}

/**
 * Parses an encoding name (case-insensitive, with aliases such as `cp1256`), or returns undefined.
 *
 * @example
 * ```ts
 * import { parseEncoding } from "akhbar"
 * parseEncoding("CP1256") // "windows-1256"
 * ```
 */
export const parseEncoding = (name: string): Encoding | undefined => ENCODING_ALIASES[name.trim().toLowerCase()]

/** The result of decoding bytes: the text, or why it could not be decoded. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly reason: "empty" | "binary" | "encoding"; readonly message: string }

const MAGIC: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["ZIP archive (or DOCX/XLSX)", [0x50, 0x4b, 0x03, 0x04]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["gzip archive", [0x1f, 0x8b]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]]
]

const startsWith = (bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)

/** windows-1256 bytes that are Arabic letters or Arabic punctuation. */
const isArabic1256 = (b: number): boolean =>
  (b >= 0xc1 && b <= 0xd6) || (b >= 0xd8 && b <= 0xdf) || b === 0xe1 || (b >= 0xe3 && b <= 0xe6) ||
  (b >= 0xec && b <= 0xed) || (b >= 0xf0 && b <= 0xf3) || b === 0xf5 || b === 0xf6 || b === 0xf8 || b === 0xfa ||
  b === 0xa1 || b === 0xba || b === 0xbf || b === 0xc0 || b === 0x8d || b === 0x8e || b === 0x90 || b === 0x81 || b === 0x8a || b === 0x98

/** Share of the high bytes (≥ 0x80) that are Arabic in windows-1256. */
const arabic1256Share = (bytes: Uint8Array): number => {
  let high = 0
  let arabic = 0
  for (const b of bytes) {
    if (b >= 0x80) {
      high++
      if (isArabic1256(b)) arabic++
    }
  }
  return high === 0 ? 0 : arabic / high
}

/** Share of the high bytes (≥ 0x80) that belong to well-formed UTF-8 sequences. */
const validUtf8Share = (bytes: Uint8Array): number => {
  let high = 0
  let valid = 0
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    let ok = len > 0 && i + len <= bytes.length
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80
    if (ok) {
      high += len
      valid += len
      i += len
    } else {
      high++
      i++
    }
  }
  return high === 0 ? 0 : valid / high
}

/** Control bytes that do not occur in text (NUL counted separately). */
const isBinaryControl = (b: number): boolean => (b >= 0x01 && b <= 0x08) || b === 0x0e || b === 0x0f || (b >= 0x10 && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)

const looksBinary = (bytes: Uint8Array): string | undefined => {
  for (const [what, magic] of MAGIC) if (startsWith(bytes, magic)) return `looks like a ${what}, not text`
  const n = Math.min(bytes.length, 65536)
  let nul = 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) nul++
    else if (isBinaryControl(b)) control++
  }
  // A stray NUL (some archives end every file with one) does not make a file binary.
  if (nul > 2 && nul / n > 0.001) return `contains ${nul} NUL bytes in its first ${n} bytes: binary data, not text`
  if (control / n > 0.05) return "contains many control bytes: binary data, not text"
  return undefined
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
/** UTF-8 with U+FFFD for broken bytes. */
const lossyUtf8 = new TextDecoder("utf-8", { ignoreBOM: false })

const decodeAs = (bytes: Uint8Array, encoding: Encoding): string => {
  // ignoreBOM: false strips a leading BOM of the encoding being decoded
  return new TextDecoder(encoding, { fatal: encoding !== "windows-1256", ignoreBOM: false }).decode(bytes)
}

const isBlank = (text: string): boolean => /^[\s\u0000\u200b-\u200f\u202a-\u202e\u2060\ufeff]*$/u.test(text)

/**
 * Decodes the bytes of an article: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and
 * windows-1256 when the bytes are not valid UTF-8 but look like Arabic in that code page.
 * The decoded text is kept as it is (BOM removed, nothing else changed). Never throws.
 *
 * @param bytes the raw file content
 * @param encoding force an encoding instead of detecting it
 * @example
 * ```ts
 * import { decodeBytes } from "akhbar"
 * const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xd8, 0xa8]))
 * d.ok && d.text // "ب"
 * ```
 */
export const decodeBytes = (bytes: Uint8Array, encoding?: Encoding): Decoded => {
  if (bytes.length === 0) return { ok: false, reason: "empty", message: "the input is empty (0 bytes)" }
  let result: { text: string; encoding: Encoding } | undefined
  try {
    if (encoding !== undefined) result = { text: decodeAs(bytes, encoding), encoding }
    else if (startsWith(bytes, [0xff, 0xfe])) result = { text: decodeAs(bytes, "utf-16le"), encoding: "utf-16le" }
    else if (startsWith(bytes, [0xfe, 0xff])) result = { text: decodeAs(bytes, "utf-16be"), encoding: "utf-16be" }
  } catch {
    return {
      ok: false,
      reason: "encoding",
      message: `the bytes are not valid ${encoding ?? "UTF-16"}; check the file or pass another --encoding`
    }
  }
  if (result === undefined) {
    const binary = looksBinary(bytes)
    if (binary !== undefined) return { ok: false, reason: "binary", message: binary }
    try {
      result = { text: fatalUtf8.decode(bytes), encoding: "utf-8" }
    } catch {
      // UTF-8 with a few broken bytes (a cut multi-byte letter, a stray byte): decoded as UTF-8
      // with U+FFFD for the broken bytes; read as windows-1256 it would be mojibake throughout
      if (validUtf8Share(bytes) >= 0.95) result = { text: lossyUtf8.decode(bytes), encoding: "utf-8" }
      else if (arabic1256Share(bytes) >= 0.6) result = { text: decodeAs(bytes, "windows-1256"), encoding: "windows-1256" }
      else {
        return {
          ok: false,
          reason: "encoding",
          message:
            "the bytes are not valid UTF-8 and do not look like Arabic in windows-1256; pass --encoding (utf-8, utf-16le, utf-16be, windows-1256) if you know it"
        }
      }
    }
  }
  if (isBlank(result.text)) return { ok: false, reason: "empty", message: "the input has no text (only white space)" }
  return { ok: true, text: result.text, encoding: result.encoding }
}

/**
 * SHA-256 of a string (its UTF-8 bytes) or of bytes, as lowercase hex.
 *
 * @example
 * ```ts
 * import { sha256 } from "akhbar"
 * sha256("abc").slice(0, 8) // "ba7816bf"
 * ```
 */
export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex")
