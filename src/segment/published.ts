import { gregorianMonthOf } from "../dates/months.js"
import { normalizeText } from "../normalize/normalize.js"

const pad = (n: number): string => String(n).padStart(2, "0")

const valid = (y: number, m: number, d: number): string | null => {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/**
 * Parses the date of a "published" line into YYYY-MM-DD, or null. Understands ISO dates,
 * day/month/year with `/` `-` `.`, English ("8th, August 2023", "August 8, 2023") and Arabic
 * month names of every tradition ("الأحد 5 مايو 2024", "5 أيار/مايو 2024"), in any digit script.
 *
 * @example
 * ```ts
 * import { parsePublishedDate } from "akhbar"
 * parsePublishedDate("تاريخ النشر: 8th, August 2023 GMT") // "2023-08-08"
 * parsePublishedDate("نشر في: ١٢/٠٣/٢٠٢٤") // "2024-03-12"
 * ```
 */
export const parsePublishedDate = (line: string): string | null => {
  const s = normalizeText(line, "match")
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s)
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!)
  m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s)
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!)
  m = /(\d{4})[/.](\d{1,2})[/.](\d{1,2})/.exec(s)
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!)
  // day month year, with a month word (Arabic or English), optional ordinal suffix and comma
  // (the first with a Gregorian month: "3 ذو الحجة 1445 هـ الموافق 7 يونيو 2024" gives the second)
  for (const words of s.matchAll(/(\d{1,2})(?:st|nd|rd|th)?,?\s+([\p{L} ]+?)(?:\s*[/(]\s*[\p{L} ]+?[)]?)?,?\s+(\d{4})/gu)) {
    const month = gregorianMonthOf(words[2]!.trim())
    if (month !== undefined) return valid(+words[3]!, month, +words[1]!)
  }
  const english = /([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s)
  if (english) {
    const month = gregorianMonthOf(english[1]!)
    if (month !== undefined) return valid(+english[3]!, month, +english[2]!)
  }
  return null
}
