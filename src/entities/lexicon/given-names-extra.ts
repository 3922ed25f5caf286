/**
 * Given names completing the bundled `given-names.json`: names written as one word
 * (عبدالله), and names that are also frequent words, which the patterns only take with strong
 * evidence (see ambiguous-names.ts). Written as printed; normalized at load.
 */
export const EXTRA_GIVEN_NAMES: ReadonlyArray<string> = [
  "عبدالله", "عبدالرحمن", "عبدالعزيز", "عبدالكريم", "عبدالرحيم", "عبدالحميد", "عبدالمجيد", "عبدالسلام",
  "عبدالقادر", "عبدالرزاق", "عبدالحليم", "عبدالفتاح", "عبدالمهدي", "عبدالأمير", "عبدالحسين", "عبدالجبار",
  "عبدالوهاب", "عبدالغني", "عبدالباسط", "عبداللطيف", "عبدالناصر", "عبدالملك", "عبدالهادي", "عبدالإله",
  "خلف", "جليل", "لطيف", "حافظ", "معمر", "صبري", "صائب", "نبيه", "مقتدى", "شياع", "سروة", "كاوة", "جميلة",
  "رشيدة", "حليمة", "نجلاء", "سهام", "هيفاء", "ميسون", "ريما", "رنا", "لينا", "دينا", "هالة", "منال"
]
