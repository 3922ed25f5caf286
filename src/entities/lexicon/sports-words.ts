/**
 * Words of match reports, and the words that put a sports club's name in its role. Written as
 * printed; normalized at load. A document with two or more distinct {@link SPORTS_WORDS} is a
 * sports document: there a name that is both a city and a club ("ليفربول", "بورتو") is the club
 * when a {@link CLUB_CUES} word stands right before it ("فاز على ليفربول", "أمام بورتو").
 */

/**
 * Words that mark a football (or other team sport) report. Words that are as common outside
 * sports ("هدف" a goal or an aim, "الجولة" a round of talks, "الفريق" a lieutenant general) are
 * left out.
 *
 * @example
 * ```ts
 * import { SPORTS_WORDS } from "./sports-words.js" // internal to src/entities
 * SPORTS_WORDS.includes("مباراة") // true
 * ```
 */
export const SPORTS_WORDS: ReadonlyArray<string> = [
  "مباراة", "المباراة", "مباراته", "مباراتها", "مباراتين", "مباريات", "المباريات", "الدوري", "دوري",
  "الشوط", "شوط", "المدرب", "مدرب", "مدربا", "اللاعب", "لاعب", "لاعبا", "لاعبي", "لاعبو", "اللاعبين",
  "لاعبين", "المنتخب", "منتخب", "هدفا", "هدفين", "بهدفين", "التعادل", "تعادل", "المرمى", "مرمى",
  "الملعب", "ملعب", "ركلة", "ركلات", "الحارس", "حارس", "البطولة", "بطولة", "الكأس", "كأس", "المهاجم",
  "مهاجم", "المدافع", "مدافع", "الفيفا", "اليويفا", "كرة", "الكرة", "الهداف", "هداف", "النادي", "نادي",
  "الموسم", "الإعارة", "التشكيلة", "ضربة", "ضربات", "الترجيح", "التأهل", "المجموعة"
]

/**
 * Words right before a club's name in a match report: opponents ("على", "أمام", "ضد"),
 * results ("فوز", "تعادل", "خسارة"), players and staff ("لاعب", "مدرب", "جماهير").
 *
 * @example
 * ```ts
 * import { CLUB_CUES } from "./sports-words.js" // internal to src/entities
 * CLUB_CUES.includes("أمام") // true
 * ```
 */
export const CLUB_CUES: ReadonlyArray<string> = [
  "على", "أمام", "ضد", "حساب", "بين", "فوز", "فاز", "يفوز", "تعادل", "يتعادل", "خسر", "يخسر",
  "خسارة", "تغلب", "يتغلب", "هزم", "يهزم", "هزيمة", "واجه", "يواجه", "مواجهة", "التقى", "يلتقي",
  "لقاء", "مباراة", "استضاف", "يستضيف", "لاعب", "لاعبو", "لاعبي", "مدرب", "مهاجم", "مدافع", "حارس",
  "جماهير", "مشجعي", "صفوف", "قميص", "شباك", "مرمى"
]
