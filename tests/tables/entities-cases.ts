/**
 * Recognition cases for the entity tests: sentences written for the tests (not taken from any
 * corpus), with the mentions that must be found (`found`) and surfaces that must not be
 * mentions (`absent`).
 */
export interface Expected {
  readonly text: string
  readonly type: "PERSON" | "ORG" | "LOC" | "MISC"
  readonly key?: string
  readonly role?: string | null
  readonly entity_id?: string | null
  readonly method?: string
}

export interface Case {
  readonly name: string
  readonly text: string
  readonly found: ReadonlyArray<Expected>
  readonly absent?: ReadonlyArray<string>
}

export const GAZETTEER_CASES: ReadonlyArray<Case> = [
  {
    name: "a name listed with a hyphen matches with the hyphen or a space; other punctuation still breaks it",
    text: "أصيب الملايين بكوفيد-19، وتحدث عن اتفاقية سايكس بيكو، ثم قال: كوفيد، 19 حالة",
    found: [
      { text: "كوفيد-19", type: "MISC", entity_id: "misc:disease:covid-19" },
      { text: "اتفاقية سايكس بيكو", type: "MISC", entity_id: "misc:agreement:sykes-picot" },
      { text: "كوفيد", type: "MISC", entity_id: "misc:disease:covid-19" }
    ]
  },
  {
    name: "competitions, treaties and diseases are MISC, and the places in their names are not places",
    text: "فاز النادي بدوري أبطال أوروبا، ويستعد المنتخب لكأس أمم أفريقيا في المغرب، وتعهدت الدول باحترام اتفاق باريس للمناخ بعد جائحة كورونا",
    found: [
      { text: "دوري أبطال أوروبا", type: "MISC", entity_id: "misc:competition:uefa-champions-league" },
      { text: "كأس أمم أفريقيا", type: "MISC", entity_id: "misc:competition:africa-cup-of-nations" },
      { text: "المغرب", type: "LOC", entity_id: "loc:country:MA" },
      { text: "اتفاق باريس للمناخ", type: "MISC", entity_id: "misc:agreement:paris-climate" },
      { text: "جائحة كورونا", type: "MISC", entity_id: "misc:disease:coronavirus" }
    ],
    absent: ["أوروبا", "أفريقيا", "باريس"]
  },
  {
    name: "a host country after a competition stays a place",
    text: "أقيمت نهائيات كأس العالم 2022 في قطر وسط حضور كبير",
    found: [
      { text: "نهائيات كأس العالم", type: "MISC", entity_id: "misc:competition:fifa-world-cup" },
      { text: "قطر", type: "LOC", entity_id: "loc:country:QA" }
    ]
  },
  {
    name: "عمان is Oman in a document that names the sultanate or Muscat, Amman otherwise",
    text: "وصل الوزير إلى سلطنة عمان والتقى نظيره في مسقط، وقال إن عمان تدعم الحوار",
    found: [
      { text: "سلطنة عمان", type: "LOC", entity_id: "loc:country:OM" },
      { text: "مسقط", type: "LOC" },
      { text: "عمان", type: "LOC", entity_id: "loc:country:OM" }
    ]
  },
  {
    name: "a city whose name is also a noun or an adjective is the word where the context says so",
    text: "وتبقى العقبة الأساسية هي التمويل، وأشاد بدور حماة الدستور، وارتدى الحذاء الرمادي تحت السماء الزرقاء",
    found: [],
    absent: ["العقبة", "حماة", "الرمادي", "الزرقاء"]
  },
  {
    name: "the same names as places: after a preposition, a place head or before a direction",
    text: "ووصل الملك إلى العقبة، وقصفت الطائرات ريف حماة الشمالي ومدينة الرمادي، وتقع الزرقاء شرق عمان",
    found: [
      { text: "العقبة", type: "LOC", entity_id: "loc:city:jo:aqaba" },
      { text: "حماة", type: "LOC", entity_id: "loc:city:sy:hama" },
      { text: "الرمادي", type: "LOC", entity_id: "loc:city:iq:ramadi" },
      { text: "الزرقاء", type: "LOC", entity_id: "loc:city:jo:zarqa" }
    ]
  },
  {
    name: "عمان alone is Amman",
    text: "وصل الملك إلى عمان قادما من الرياض",
    found: [{ text: "عمان", type: "LOC", entity_id: "loc:city:jo:amman" }]
  },
  {
    name: "a country that is also an adjective, first in a list of countries after an organization",
    text: "وتضم دول مجلس التعاون السعودية والإمارات وقطر",
    found: [
      { text: "مجلس التعاون", type: "ORG" },
      { text: "السعودية", type: "LOC", entity_id: "loc:country:SA" }
    ],
    absent: ["مجلس التعاون السعودية"]
  },
  {
    name: "names written with Persian letters (پ چ ی ک) find their gazetteer entries",
    text: "استقبل الرئيس الإيراني مسعود پزشکیان وزير الخارجية عباس عراقچی",
    found: [
      { text: "مسعود پزشکیان", type: "PERSON", entity_id: "person:masoud-pezeshkian" },
      { text: "عباس عراقچی", type: "PERSON", entity_id: "person:abbas-araghchi" }
    ]
  },
  {
    name: "a country whose name is also its nationality adjective, where the country is meant",
    text: "وصل وزير خارجية السعودية إلى مالي أمس، ثم توجه إلى تشيلي",
    found: [
      { text: "السعودية", type: "LOC", entity_id: "loc:country:SA" },
      { text: "مالي", type: "LOC", entity_id: "loc:country:ML" },
      { text: "تشيلي", type: "LOC", entity_id: "loc:country:CL" }
    ]
  },
  {
    name: "the same words as adjectives are no countries",
    text: "وقالت الحكومة السعودية إن الدعم مالي وليس عسكريا",
    found: [],
    absent: ["السعودية", "مالي"]
  },
  {
    name: "a reporting verb makes no outlet of a given name or of a place followed by اليوم",
    text: "وقال فارس إن الطريق مغلق، وأعلنت روسيا اليوم أنها سترد",
    found: [{ text: "روسيا", type: "LOC", entity_id: "loc:country:RU" }],
    absent: ["فارس", "روسيا اليوم"]
  },
  {
    name: "a sports club whose name is a common word counts after فريق or نادي",
    text: "فاز فريق الهلال على ضيفه في المباراة",
    found: [{ text: "الهلال", type: "ORG", entity_id: "org:club:sa:al-hilal", method: "gazetteer" }]
  },
  {
    name: "the opponent of a match report is a club",
    text: "فاز فريق الهلال على ضيفه النصر، وتعادل الوحدة مع مضيفه الاتحاد",
    found: [
      { text: "النصر", type: "ORG", entity_id: "org:club:sa:al-nassr" },
      { text: "الاتحاد", type: "ORG" }
    ]
  },
  {
    name: "a club qualified by its nationality needs no other context",
    text: "تأهل الأهلي المصري بعد فوزه على الترجي التونسي",
    found: [
      { text: "الأهلي المصري", type: "ORG", entity_id: "org:club:eg:al-ahly" },
      { text: "الترجي التونسي", type: "ORG", entity_id: "org:club:tn:esperance" }
    ]
  },
  {
    name: "a club's bare name alone is a common word",
    text: "رفعت الحكومة شعار الوحدة والتعاون بعد النصر",
    found: [],
    absent: ["الوحدة", "النصر"]
  },
  {
    name: "a town whose name is also a common word is no place alone (دورا = a role)",
    text: "لعبت الحكومة دورا فعالا في الأزمة",
    found: [],
    absent: ["دورا"]
  },
  {
    name: "a town whose name is also a common word counts after a head word",
    text: "اقتحمت القوات بلدة دورا فجر اليوم",
    found: [{ text: "دورا", type: "LOC", entity_id: "loc:city:ps:dura" }]
  },
  {
    name: "an organization head before a club's name does not make it the club",
    text: "اجتمع قادة مجلس التعاون في الرياض",
    found: [],
    absent: ["التعاون"]
  },
  {
    name: "capital and country",
    text: "وصل الوفد إلى بغداد قادما من إيران",
    found: [
      { text: "بغداد", type: "LOC", entity_id: "loc:city:iq:baghdad", method: "gazetteer" },
      { text: "إيران", type: "LOC", key: "ايران", entity_id: "loc:country:IR" }
    ]
  },
  {
    name: "longest match wins over its parts",
    text: "عقد مجلس الأمن الدولي جلسة طارئة",
    found: [{ text: "مجلس الأمن الدولي", type: "ORG", entity_id: "org:intl:un-security-council" }],
    absent: ["مجلس الأمن"]
  },
  {
    name: "aliases map to one id",
    text: "هاجم داعش القرية، وتبنى تنظيم الدولة الإسلامية الهجوم",
    found: [
      { text: "داعش", type: "ORG", entity_id: "org:armed:isis" },
      { text: "تنظيم الدولة الإسلامية", type: "ORG", entity_id: "org:armed:isis" }
    ]
  },
  {
    name: "diacritics and hamza variants",
    text: "زار الوزيرُ العِراقَ ثم الاردن",
    found: [
      { text: "العِراقَ", type: "LOC", key: "العراق", entity_id: "loc:country:IQ" },
      { text: "الاردن", type: "LOC", entity_id: "loc:country:JO" }
    ]
  },
  {
    name: "nationality adjectives are not places",
    text: "قالت الحكومة العراقية إن القوات الإيرانية والجيش الأميركي لا يتواجدون هنا",
    found: [],
    absent: ["العراقية", "الإيرانية", "الأميركي", "العراق", "إيران"]
  },
  {
    name: "word boundaries: no place inside a longer word",
    text: "تحدث إيرانيا عن السياسات العراقية والمصريين",
    found: [],
    absent: ["إيران", "العراق", "مصر"]
  },
  {
    name: "ambiguous outlet name needs context",
    text: "وصلت الجزيرة الصغيرة إلى الشاطئ",
    found: [],
    absent: ["الجزيرة"]
  },
  {
    name: "ambiguous outlet with its head word",
    text: "ونقلت قناة الجزيرة عن مصادر محلية",
    found: [{ text: "قناة الجزيرة", type: "ORG" }]
  }
]

export const CLITIC_CASES: ReadonlyArray<Case> = [
  {
    name: "و before a city",
    text: "زار الرئيس دمشق وبغداد",
    found: [
      { text: "دمشق", type: "LOC" },
      { text: "بغداد", type: "LOC", key: "بغداد" }
    ]
  },
  {
    name: "ل before a city starting with و",
    text: "توجه الوفد لواشنطن أمس",
    found: [{ text: "واشنطن", type: "LOC", key: "واشنطن" }]
  },
  {
    name: "ب before the article",
    text: "اجتمع الوزراء بالعراق",
    found: [{ text: "العراق", type: "LOC", key: "العراق" }]
  },
  {
    name: "و + ال",
    text: "زار سوريا والعراق",
    found: [{ text: "العراق", type: "LOC" }]
  },
  {
    name: "ل + ال keeps the whole token, key without the proclitic",
    text: "قدم طلبا للأمم المتحدة",
    found: [{ text: "للأمم المتحدة", type: "ORG", key: "الامم المتحده", entity_id: "org:intl:un" }]
  },
  {
    name: "a city whose name starts like a proclitic",
    text: "وصل الوفد إلى بيروت ثم فيينا ثم لندن",
    found: [
      { text: "بيروت", type: "LOC" },
      { text: "فيينا", type: "LOC" },
      { text: "لندن", type: "LOC" }
    ]
  }
]

export const PATTERN_CASES: ReadonlyArray<Case> = [
  {
    name: "a given name that reads as ف + a verb is still a name after a title",
    text: "وقال الوزير فيصل إن الوفد سيصل غدا، ويصل الوفد الثاني بعده",
    found: [{ text: "فيصل", type: "PERSON", role: "الوزير" }],
    absent: ["ويصل"]
  },
  {
    name: "a street, mosque or square named after a person, with the title, is the place",
    text: "أقيمت الصلاة في مسجد السيدة نفيسة، ثم سار المشيعون في شارع الملك فهد حتى ميدان الشهيد عبد المنعم رياض",
    found: [
      { text: "مسجد السيدة نفيسة", type: "LOC" },
      { text: "شارع الملك فهد", type: "LOC" },
      { text: "ميدان الشهيد عبد المنعم رياض", type: "LOC" }
    ],
    absent: ["نفيسة", "فهد", "عبد المنعم رياض"]
  },
  {
    name: "institutions: heads that name one only before an institution adjective and ل, and a head behind ل",
    text: "وتوقع المركز الوطني للأرصاد أمطارا، وقال المتحدث الرسمي للمديرية العامة للدفاع المدني إن الفرق وصلت إلى مركز المدينة",
    found: [
      { text: "المركز الوطني للأرصاد", type: "ORG" },
      { text: "للمديرية العامة للدفاع المدني", type: "ORG", key: "المديريه العامه للدفاع المدني" }
    ],
    absent: ["مركز المدينة"]
  },
  {
    name: "after a title, و + a present verb or ب + a verbal noun opens the next clause of a headline",
    text: "الرئيس يقيل رئيس الحكومة ويكلف وزير الداخلية بتسيير الأعمال، وقال المبعوث ويتكوف إن وزير الخارجية بلينكن وصل",
    found: [
      { text: "ويتكوف", type: "PERSON" },
      { text: "بلينكن", type: "PERSON" }
    ],
    absent: ["ويكلف", "بتسيير"]
  },
  {
    name: "a particle with an attached pronoun after a title is no name",
    text: "وقال الوزير إننا نريد حلا، وأضاف المتحدث لكنهم رفضوا",
    found: [],
    absent: ["إننا نريد", "إننا", "لكنهم"]
  },
  {
    name: "a three-letter verbal noun after a reporting verb is no name",
    text: "وأكدت السفيرة دعم بلادها للجيش، وأكد حرص الحكومة على الحوار",
    found: [],
    absent: ["دعم", "حرص"]
  },
  {
    name: "a club after a sports title is the title's complement, not the start of the name",
    text: "وقال مدرب الوحدة مارسيل كولر إن فريقه استحق الفوز",
    found: [{ text: "مارسيل كولر", type: "PERSON", role: "مدرب الوحدة" }],
    absent: ["الوحدة مارسيل كولر"]
  },
  {
    name: "a counted noun in the accusative ends a name",
    text: "وسجل المهاجم حسين الشحات هدفا في الدقيقة العاشرة، وفاز الفريق بهدف نظيف",
    found: [{ text: "حسين الشحات", type: "PERSON", role: "المهاجم" }],
    absent: ["حسين الشحات هدفا", "نظيف"]
  },
  {
    name: "the presidency one runs for is an office, the presidency that issues a statement an institution",
    text: "وحسم التحالف مرشحه لرئاسة البرلمان، وقال بيان لرئاسة الجمهورية إن الجلسة ستعقد",
    found: [{ text: "رئاسة الجمهورية", type: "ORG" }],
    absent: ["رئاسة البرلمان", "لرئاسة البرلمان"]
  },
  {
    name: "a kunya ends with a nationality nisba",
    text: "وأعلنت الخلية مقتل القيادي المدعو أبو سليمان السوري في الغارة",
    found: [{ text: "أبو سليمان السوري", type: "PERSON" }]
  },
  {
    name: "an organization phrase goes on with adjectives only, not with the object of the verb",
    text: "وأقر مجلس النواب القانون الجديد بعد أن رفضته هيئة الأوراق المالية",
    found: [
      { text: "مجلس النواب", type: "ORG" },
      { text: "هيئة الأوراق المالية", type: "ORG" }
    ],
    absent: ["مجلس النواب القانون", "مجلس النواب القانون الجديد"]
  },
  {
    name: "a name ends before the title of the next person (أمير قطر, سلطان عمان, أمين عام)",
    text: "واستقبل الرئيس عبد الفتاح السيسي أمير قطر ثم التقى محمود عباس أمين عام الجامعة العربية",
    found: [
      { text: "عبد الفتاح السيسي", type: "PERSON" },
      { text: "قطر", type: "LOC" },
      { text: "محمود عباس", type: "PERSON" }
    ],
    absent: ["عبد الفتاح السيسي أمير", "محمود عباس أمين"]
  },
  {
    name: "برئاسة is chaired by, not the presidency",
    text: "نظرت القضية محكمة الجنايات برئاسة المستشار سامي فؤاد، ووصل وفد برئاسة وزير الخارجية",
    found: [{ text: "سامي فؤاد", type: "PERSON" }],
    absent: ["رئاسة المستشار", "رئاسة وزير الخارجية"]
  },
  {
    name: "descriptive adjectives end an organization's name",
    text: "وأعلنت هيئة الدفاع الجديدة أن كتلة التغيير السابقة انحلت",
    found: [
      { text: "هيئة الدفاع", type: "ORG" },
      { text: "كتلة التغيير", type: "ORG" }
    ],
    absent: ["هيئة الدفاع الجديدة", "كتلة التغيير السابقة"]
  },
  {
    name: "a nationality adjective after a reporting verb is no gazetteer person whose alias ends with it",
    text: "وأضاف البرازيلي أن الفريق جاهز للمباراة",
    found: [],
    absent: ["البرازيلي"]
  },
  {
    name: "a noun with its pronoun after a title or a reporting verb is no name",
    text: "وأعلن الرئيس رفضه للقرار، وأكد الوزير التزامه بشكل كامل، والرئيس يعلن ترشحه لولاية ثانية",
    found: [],
    absent: ["رفضه", "بشكل كامل", "ترشحه", "التزامه"]
  },
  {
    name: "a gazetteer family name that may be an Arabic noun or a given name needs context",
    text: "ارتفعت نسبة إقبال الناخبين بعد خطاب الرئيس، وأكد علي ضرورة الإصلاح وأهمية جودة الخدمات",
    found: [],
    absent: ["إقبال", "خطاب", "علي", "جودة"]
  },
  {
    name: "a lone family name after a reporting verb takes the id of the one gazetteer person with it",
    text: "وقال بوتين إن بلاده مستعدة للحوار، وأكد غوتيريش أن الوضع خطير",
    found: [
      { text: "بوتين", type: "PERSON", entity_id: "person:vladimir-putin" },
      { text: "غوتيريش", type: "PERSON", entity_id: "person:antonio-guterres" }
    ]
  },
  {
    name: "an organization phrase takes a noun joined by و when a nationality adjective closes it",
    text: "وأصدرت هيئة الإغاثة والطوارئ الليبية بيانا، بينما اجتمع مجلس الوزراء والسفارة الفرنسية",
    found: [
      { text: "هيئة الإغاثة والطوارئ الليبية", type: "ORG" },
      { text: "مجلس الوزراء", type: "ORG" }
    ],
    absent: ["هيئة الإغاثة", "مجلس الوزراء والسفارة الفرنسية"]
  },
  {
    name: "a foreign-looking family name after a compound given name",
    text: "وقال النائب عبد الله بوعزاوي إن الحكومة تأخرت",
    found: [{ text: "عبد الله بوعزاوي", type: "PERSON" }]
  },
  {
    name: "a present-tense verb after a company head and an object in the accusative are no names",
    text: "قالت الهيئة إنها تلقت بلاغا عن سفينة تعود لشركة تتعامل مع الموانئ",
    found: [],
    absent: ["بلاغا", "تتعامل"]
  },
  {
    name: "a definite head, an institutional adjective and a complement with ل name an institution",
    text: "أعلن الاتحاد العام للعمال الجزائريين إضرابا، وأصدرت الهيئة العامة للإحصاء بيانا",
    found: [
      { text: "الاتحاد العام للعمال الجزائريين", type: "ORG" },
      { text: "الهيئة العامة للإحصاء", type: "ORG" }
    ]
  },
  {
    name: "a known organization after an institution's head stays itself",
    text: "وقالت الأمانة العامة للأمم المتحدة إن الخطة الوطنية للتنمية تأخرت",
    found: [],
    absent: ["الأمانة العامة للأمم المتحدة", "الخطة الوطنية للتنمية"]
  },
  {
    name: "an industry after a company head is a description, not a company name",
    text: "وقعت أكبر شركة نفط في المنطقة اتفاقية مع شركة تويوتا",
    found: [{ text: "تويوتا", type: "ORG" }],
    absent: ["نفط"]
  },
  {
    name: "a nisba of the role phrase before a known name stays in the role",
    text: "دعا زعيم التيار الصدري مقتدى الصدر إلى الحوار",
    found: [{ text: "مقتدى الصدر", type: "PERSON" }],
    absent: ["الصدري مقتدى الصدر"]
  },
  {
    name: "a known family name ends the name before a noun with a preposition",
    text: "من جانبه، أشاد بلينكن بجهود الحكومة في ملف الطاقة",
    found: [{ text: "بلينكن", type: "PERSON" }],
    absent: ["بلينكن بجهود"]
  },
  {
    name: "after a title and a given name, a one-word town is the family name",
    text: "وكان وزير المال يوسف الخليل قد أعلن الموازنة",
    found: [{ text: "يوسف الخليل", type: "PERSON", role: "وزير المال" }],
    absent: ["يوسف"]
  },
  {
    name: "a town after a full name or a preposition stays a place",
    text: "وقال الرئيس محمود عباس في الخليل إن الوضع صعب",
    found: [
      { text: "محمود عباس", type: "PERSON" },
      { text: "الخليل", type: "LOC", entity_id: "loc:city:ps:hebron" }
    ]
  },
  {
    name: "nationality + forces is a description, not the army's name",
    text: "وانسحبت القوات الأميركية من القاعدة، فيما تقدمت القوات التركية شمالا",
    found: [],
    absent: ["القوات الأميركية", "القوات التركية"]
  },
  {
    name: "the army's own name stays an organization",
    text: "وأعلن الجيش الأميركي في بيان أن الضربة أصابت الهدف",
    found: [{ text: "الجيش الأميركي", type: "ORG", entity_id: "org:gov:us:armed-forces" }]
  },
  {
    name: "a weak head with one definite word is a description",
    text: "وقالت قوات التحالف إن قيادة التنظيم فرت، وناقش الخبراء تنظيم استخدام المياه",
    found: [],
    absent: ["قوات التحالف", "قيادة التنظيم", "تنظيم استخدام المياه"]
  },
  {
    name: "a preposition with an attached pronoun is never a name",
    text: "وعقد الاجتماع الذي أعلن خلاله مصطفى الكاظمي عن خطته، وقال عنها سامي عبد الله إنها مهمة",
    found: [{ text: "مصطفى الكاظمي", type: "PERSON" }],
    absent: ["خلاله", "عنها", "خلاله مصطفى الكاظمي"]
  },
  {
    name: "a counterpart or kinship noun with a pronoun ends a name",
    text: "واستقبل وزير الخارجية ناصر بوريطة نظيره الموريتاني في الرباط، ثم وصل الرئيس قيس سعيد برفقة زوجته إلى تونس",
    found: [
      { text: "ناصر بوريطة", type: "PERSON" },
      { text: "قيس سعيد", type: "PERSON" }
    ],
    absent: ["ناصر بوريطة نظيره", "ناصر بوريطة نظيره الموريتاني", "قيس سعيد برفقة"]
  },
  {
    name: "a definite head with adjectives and a nationality names a body of that country",
    text: "وقال البنك المركزي الأردني إن المجلس العسكري السوداني التقى الشركة النفطية الروسية، فيما أبقى البنك المركزي الفائدة",
    found: [
      { text: "البنك المركزي الأردني", type: "ORG" },
      { text: "المجلس العسكري السوداني", type: "ORG" }
    ],
    absent: ["الشركة النفطية الروسية", "البنك المركزي"]
  },
  {
    name: "a weak head with two definite words is a name",
    text: "وهاجمت قوات الدعم السريع المدينة بحسب قيادة العمليات المشتركة",
    found: [
      { text: "قوات الدعم السريع", type: "ORG" },
      { text: "قيادة العمليات المشتركة", type: "ORG" }
    ]
  },
  {
    name: "title, portfolio and nationality before an unknown foreign name",
    text: "وقال وزير الدفاع الكندي جيريمي هالبرن إن بلاده ستشارك",
    found: [{ text: "جيريمي هالبرن", type: "PERSON", role: "وزير الدفاع الكندي", method: "pattern" }],
    absent: ["الكندي", "إن"]
  },
  {
    name: "a name with بن + the father's name ends there, before the words of the sentence",
    text: "وأثارت زيارة الأمير خالد بن سلمان ردود فعل متباينة، واستقبل الوزير عبدالله بن تركي السديري الوفد",
    found: [
      { text: "خالد بن سلمان", type: "PERSON", role: "الأمير" },
      { text: "عبدالله بن تركي السديري", type: "PERSON", role: "الوزير" }
    ],
    absent: ["ردود", "خالد بن سلمان ردود فعل", "تركي السديري"]
  },
  {
    name: "a known name is not extended by a noun before a club or a country ('نجم ليفربول')",
    text: "وسجل كريم بنزيمة هدف الفوز، ويغيب محمد صلاح نجم ليفربول عن المباراة المقبلة",
    found: [{ text: "محمد صلاح", type: "PERSON", entity_id: "person:mohamed-salah" }],
    absent: ["محمد صلاح نجم"]
  },
  {
    name: "و + a ruler's title after a role is the next person's title, not a name",
    text: "وشارك ولي العهد الكويتي وأمير قطر في افتتاح القمة",
    found: [{ text: "قطر", type: "LOC" }],
    absent: ["وأمير"]
  },
  {
    name: "the word ending a compound given name is no family name that ends the name",
    text: "وأعلن وزير النقل عبد الحق بلعيدي افتتاح الخط الجديد",
    found: [{ text: "عبد الحق بلعيدي", type: "PERSON", role: "وزير النقل" }]
  },
  {
    name: "a title after a role's place or body starts the next person's role",
    text: "واجتمع حسان مراد رئيس بلدية صور في لبنان المنسق الأممي يوهان كليمنس",
    found: [
      { text: "حسان مراد", type: "PERSON" },
      { text: "يوهان كليمنس", type: "PERSON", role: "المنسق الأممي" }
    ]
  },
  {
    name: "an acting official, a civil-defence chief and a three-word name before ب + a verbal noun",
    text: "وقال رئيس الهيئة بالإنابة سامر عودة إن مدير الدفاع المدني نادر الحلو أشاد مع المدرب لويس ميغيل فرنانديز بأداء الفرق",
    found: [
      { text: "سامر عودة", type: "PERSON", role: "رئيس الهيئة بالإنابة" },
      { text: "نادر الحلو", type: "PERSON", role: "مدير الدفاع المدني" },
      { text: "لويس ميغيل فرنانديز", type: "PERSON", role: "المدرب" }
    ],
    absent: ["المدني نادر الحلو", "لويس ميغيل فرنانديز بأداء"]
  },
  {
    name: "a lawyer named after the party he represents",
    text: "وقال محامي الشركة نبيل الخطيب إن الحكم قابل للطعن",
    found: [{ text: "نبيل الخطيب", type: "PERSON", role: "محامي الشركة" }],
    absent: ["محامي الشركة نبيل الخطيب"]
  },
  {
    name: "عمان after سلطان is Oman",
    text: "وأشاد سلطان عمان بالاتفاق الذي رعته بلاده",
    found: [{ text: "عمان", type: "LOC", entity_id: "loc:country:OM" }]
  },
  {
    name: "عمان elsewhere is Amman, also in a document where a sultan is named",
    text: "وقال السلطان إن الوزير سيصل إلى عمان غدا",
    found: [{ text: "عمان", type: "LOC", entity_id: "loc:city:jo:amman" }]
  },
  {
    name: "an outlet named with a common word is the word after a reporting verb, unless its source follows",
    text: "ونشرت الخبر مواقع محلية، بينما نقلت الشروق عن مسؤول أن القرار نهائي",
    found: [{ text: "الشروق", type: "ORG", entity_id: "org:media:shorouk" }],
    absent: ["الخبر"]
  },
  {
    name: "the body a role is of, behind لل, stays in the role; the name after it is found",
    text: "وقال المدير العام للمجموعة رامي الصفدي إن الأرباح تضاعفت، فيما تحدث المتحدث للصحفيين عن الخطة",
    found: [{ text: "رامي الصفدي", type: "PERSON", role: "المدير العام للمجموعة", method: "pattern" }],
    absent: ["للصحفيين", "الخطة"]
  },
  {
    name: "role with a place",
    text: "وأكدت السفيرة البريطانية في الأردن إيميلي كارتر أن",
    found: [
      { text: "إيميلي كارتر", type: "PERSON", role: "السفيرة البريطانية في الأردن" },
      { text: "الأردن", type: "LOC" }
    ]
  },
  {
    name: "analyst with an Arabic name and nisba",
    text: "ويرى المحلل السياسي مازن العبيدي أن الأزمة طويلة",
    found: [{ text: "مازن العبيدي", type: "PERSON", role: "المحلل السياسي", key: "مازن العبيدي" }]
  },
  {
    name: "long role phrase",
    text: "وقالت نائبة مساعد وزير الخارجية لشؤون أفريقيا لورا فينش إن",
    found: [{ text: "لورا فينش", type: "PERSON", role: "نائبة مساعد وزير الخارجية لشؤون أفريقيا" }]
  },
  {
    name: "title followed by a verb is no name",
    text: "وقال وزير الخارجية إن المحادثات مستمرة",
    found: [],
    absent: ["إن", "المحادثات"]
  },
  {
    name: "title followed by common words",
    text: "وصرح المتحدث باسم الحكومة خلال مؤتمر صحفي",
    found: [],
    absent: ["خلال", "مؤتمر", "الحكومة"]
  },
  {
    name: "given name shape without a title",
    text: "والتقى سامر الدليمي بالوفد",
    found: [{ text: "سامر الدليمي", type: "PERSON" }]
  },
  {
    name: "foreign given name and family name",
    text: "وحضر الاجتماع ستيفن دوركين وعدد من المسؤولين",
    found: [{ text: "ستيفن دوركين", type: "PERSON" }]
  },
  {
    name: "kunya",
    text: "وأعلن أبو حمزة الكرخي مسؤوليته",
    found: [{ text: "أبو حمزة الكرخي", type: "PERSON" }]
  },
  {
    name: "patronymic chain",
    text: "واستقبل خالد بن سلطان آل فهيد الضيوف",
    found: [{ text: "خالد بن سلطان آل فهيد", type: "PERSON" }]
  },
  {
    name: "على is a preposition, not the name علي",
    text: "وافق المجلس على الميزانية الجديدة",
    found: [],
    absent: ["على", "على الميزانية"]
  },
  {
    name: "ministry with portfolio and nationality",
    text: "وأصدرت وزارة الزراعة المغربية بيانا",
    found: [{ text: "وزارة الزراعة المغربية", type: "ORG", method: "pattern" }],
    absent: ["المغربية"]
  },
  {
    name: "descriptive organization after a head",
    text: "وأعلنت هيئة النزاهة الاتحادية نتائج التحقيق",
    found: [{ text: "هيئة النزاهة الاتحادية", type: "ORG" }]
  },
  {
    name: "quoted company name",
    text: "ووقعت شركة \"نورث ستار للطاقة\" العقد",
    found: [{ text: "نورث ستار للطاقة", type: "ORG" }]
  },
  {
    name: "quoted names listed after مثل in a sentence about companies",
    text: "وتنتشر في المدينة مطاعم عالمية مثل \"تاكو فيستا\" و\"بيتزا روما\"",
    found: [
      { text: "تاكو فيستا", type: "ORG" },
      { text: "بيتزا روما", type: "ORG" }
    ]
  },
  {
    name: "quoted words without a company context are nothing",
    text: "وقال إن الوضع \"صعب جدا\" مثل \"الكارثة\"",
    found: [],
    absent: ["صعب جدا", "الكارثة"]
  },
  {
    name: "foreign name after a company head, without the head",
    text: "ووقعت شركة فيرانتو على العقد",
    found: [{ text: "فيرانتو", type: "ORG", method: "pattern" }],
    absent: ["شركة فيرانتو"]
  },
  {
    name: "an adjective after a non-company head is no name",
    text: "أعلنت الدول تشكيل تحالف بحري جديد",
    found: [],
    absent: ["بحري", "بحري جديد"]
  },
  {
    name: "facility head keeps the head",
    text: "وهبطت الطائرة في مطار الزهراء الدولي",
    found: [{ text: "مطار الزهراء الدولي", type: "LOC", method: "pattern" }]
  },
  {
    name: "district head gives the name only",
    text: "وقعت الاشتباكات في ناحية العظيمية شمالا",
    found: [{ text: "العظيمية", type: "LOC" }],
    absent: ["ناحية العظيمية"]
  },
  {
    name: "construct village names after a place head take their second word whatever it is",
    text: "ونزح السكان من بلدة عين عيسى، واقتحمت القوات بلدة بيت أمر، وقصفت قرية خان شيخون",
    found: [
      { text: "عين عيسى", type: "LOC" },
      { text: "بيت أمر", type: "LOC" },
      { text: "خان شيخون", type: "LOC" }
    ]
  },
  {
    name: "weak facility head before a common noun is nothing",
    text: "تحولت المدينة إلى ساحة حرب مفتوحة",
    found: [],
    absent: ["ساحة حرب", "حرب"]
  },
  {
    name: "weak head before an adjective is nothing",
    text: "أعلنت الحكومة منطقة عسكرية مغلقة",
    found: [],
    absent: ["عسكرية"]
  },
  {
    name: "حركة before a flow noun is traffic, not a movement; before a name it is one",
    text: "توقفت حركة الملاحة في الميناء، وتراجعت حركة النزوح، فيما دعت حركة الأحرار إلى الحوار",
    found: [{ text: "حركة الأحرار", type: "ORG" }],
    absent: ["حركة الملاحة", "حركة النزوح"]
  },
  {
    name: "a noun ending in ـية after an organization's name is not its adjective",
    text: "أحالت نيابة أمن الدولة العليا القضية إلى محكمة الجنايات",
    found: [{ text: "نيابة أمن الدولة العليا", type: "ORG" }],
    absent: ["نيابة أمن الدولة العليا القضية"]
  },
  {
    name: "a name starting with عبد and quoted with قوله: the name, without قوله",
    text: "ونقلت الوكالة عن عبد الرحمن بن عبد العزيز قوله إن المشروع سيكتمل، وعن سعيد بن خالد قوله إنه راض",
    found: [
      { text: "عبد الرحمن بن عبد العزيز", type: "PERSON" },
      { text: "سعيد بن خالد", type: "PERSON" }
    ],
    absent: ["سعيد بن خالد قوله", "عبد الرحمن بن عبد العزيز قوله"]
  },
  {
    name: "participles that place or relate an organization end its name",
    text: "وقال رئيس بعثة الشرف المرافقة للأمير إن الزيارة ناجحة، وأكدت شرطة المرور الواقعة في العاصمة ذلك",
    found: [{ text: "بعثة الشرف", type: "ORG" }],
    absent: ["بعثة الشرف المرافقة", "شرطة المرور الواقعة"]
  },
  {
    name: "the word after a kunya inside a name is a name word, whatever else it is",
    text: "واستشهد الخطيب بقول علي بن أبي طالب، وقاد سعد بن أبي وقاص الجيش",
    found: [
      { text: "علي بن أبي طالب", type: "PERSON" },
      { text: "سعد بن أبي وقاص", type: "PERSON" }
    ],
    absent: ["علي بن أبي", "سعد بن أبي"]
  },
  {
    name: "a given name of two words starts a name (فاطمة الزهراء, زين العابدين)",
    text: "وترأست فاطمة الزهراء العلوي الجلسة، وحضر زين العابدين حسن المؤتمر، ثم قالت فاطمة الزهراء إن العمل مستمر",
    found: [
      { text: "فاطمة الزهراء العلوي", type: "PERSON" },
      { text: "زين العابدين حسن", type: "PERSON" }
    ],
    absent: ["الزهراء العلوي", "العابدين حسن"]
  },
  {
    name: "ب before a verbal noun after a name is the object, not a family name",
    text: "وأمر القاضي سامر نصيف بإحالة الملف إلى النيابة، وتعهد الوزير كريم داود بمواصلة برامج الدعم، وأمر المستشار نبيل عادل بإخلاء سبيل المتهم",
    found: [
      { text: "سامر نصيف", type: "PERSON" },
      { text: "كريم داود", type: "PERSON" },
      { text: "نبيل عادل", type: "PERSON" }
    ],
    absent: ["نصيف بإحالة", "داود بمواصلة", "عادل بإخلاء"]
  },
  {
    name: "a long lineage is one name, linked to the person it starts with, not to the father after بن",
    text: "واستقبل ولي العهد الأمير محمد بن سلمان بن عبد العزيز آل سعود الوفد",
    found: [{ text: "محمد بن سلمان بن عبد العزيز آل سعود", type: "PERSON", entity_id: "person:mohammed-bin-salman" }],
    absent: ["بن سلمان بن عبد العزيز آل سعود"]
  },
  {
    name: "a kunya or patronymic with a given name names a person; a verbal noun after it is no name",
    text: "وأكد ابن سلمان حرص المملكة على التعاون، وقال أبو محمد إن المقاتلين انسحبوا، وقال ابن عمه إن العائلة غاضبة",
    found: [
      { text: "ابن سلمان", type: "PERSON" },
      { text: "أبو محمد", type: "PERSON" }
    ],
    absent: ["سلمان حرص", "ابن عمه"]
  },
  {
    name: "a title before a name ends an organization's name",
    text: "وقال المتحدث باسم قيادة العمليات الخاصة اللواء تحسين العزاوي إن القوات تقدمت، وحضر قائد القوات البرية الفريق ركن سامي داود",
    found: [
      { text: "تحسين العزاوي", type: "PERSON" },
      { text: "سامي داود", type: "PERSON" }
    ],
    absent: ["قيادة العمليات الخاصة اللواء", "القوات البرية الفريق", "ركن سامي داود"]
  },
  {
    name: "a place name ends before a word behind a proclitic; tribal villages (البو …) take their second word",
    text: "واندلعت اشتباكات في بلدة السبخة بريف الرقة، وفي بلدة ذيبان بريف دير الزور، وهاجم مسلحون قرية البو فراج",
    found: [
      { text: "ذيبان", type: "LOC" },
      { text: "البو فراج", type: "LOC" }
    ],
    absent: ["ذيبان بريف", "السبخة بريف"]
  },
  {
    name: "Mauritanian names with ولد and منت take the word after them",
    text: "وقالت الناشطة مريم منت الشيخ إن السلطات تمنع التجمعات، ورد الوزير سيدي ولد التاه",
    found: [
      { text: "مريم منت الشيخ", type: "PERSON" },
      { text: "سيدي ولد التاه", type: "PERSON" }
    ]
  },
  {
    name: "an adverb in ـيا after a reporting verb and a counted dual after a name are no names",
    text: "وقال المحامي إن المتهم اعترف تفصيليا، وسجل المهاجم جوزيه ماريو هدفين",
    found: [{ text: "جوزيه ماريو", type: "PERSON" }],
    absent: ["تفصيليا", "ماريو هدفين", "هدفين"]
  },
  {
    name: "a person the gazetteer lists with a title is the name, the title its role",
    text: "واستقبل الملك سلمان الوفد، ثم التقى الأمير محمد بن سلمان رئيس الوزراء",
    found: [
      { text: "سلمان", type: "PERSON", entity_id: "person:king-salman", role: "الملك" },
      { text: "محمد بن سلمان", type: "PERSON", entity_id: "person:mohammed-bin-salman", role: "الأمير" }
    ],
    absent: ["الملك سلمان", "الأمير محمد بن سلمان"]
  },
  {
    name: "a known family name of three letters after a title; no verbal noun as a family name after a title",
    text: "وقال الرئيس بوش إن القوات باقية، وتناولت القمة مع الرئيس مبارك التعاون الاقتصادي",
    found: [
      { text: "بوش", type: "PERSON", role: "الرئيس" },
      { text: "مبارك", type: "PERSON", role: "الرئيس" }
    ],
    absent: ["مبارك التعاون"]
  },
  {
    name: "one unknown word after a reporting verb is a speaker only when a clause follows it",
    text: "ويعتبر ثورة في عالم النقل، وتوقعت ورقة بحثية نموا، وقال كوبلر في تصريح إن المحادثات مستمرة، وأضاف كريستوفيدس أن الاتفاق قريب",
    found: [
      { text: "كوبلر", type: "PERSON" },
      { text: "كريستوفيدس", type: "PERSON" }
    ],
    absent: ["ثورة", "ورقة"]
  },
  {
    name: "a regnal number after a given name written in one word; the gazetteer reads عبد الله as عبدالله too",
    text: "وافتتح جلالة الملك عبدالله الثاني المؤتمر، وحضر عبدالرحمن الخامس",
    found: [{ text: "عبدالله الثاني", type: "PERSON", entity_id: "person:king-abdullah-ii", role: "الملك" }]
  },
  {
    name: "a present-tense verb after a title and a nationality is no name",
    text: "وكان الوزير السوداني يجتمع بالوفد، فيما كان الرئيس الموريتاني يفتتح مهرجان التراث ويستعرض الفرق",
    found: [],
    absent: ["يجتمع", "يفتتح", "يفتتح مهرجان", "ويستعرض"]
  },
  {
    name: "a noun with its pronoun after a name of two words ends the name",
    text: "وقاد المهاجم سامي الحربي فريقه إلى الفوز، واستقبل الشيخ تميم بن حمد آل ثاني ضيفه",
    found: [
      { text: "سامي الحربي", type: "PERSON" },
      { text: "تميم بن حمد آل ثاني", type: "PERSON", entity_id: "person:tamim-bin-hamad" }
    ],
    absent: ["سامي الحربي فريقه", "تميم بن حمد آل ثاني ضيفه"]
  },
  {
    name: "a family name the gazetteer knows is read after a title and a given name even when it is also a word",
    text: "وقال الوزير علي الصباح إن الوضع مستقر",
    found: [{ text: "علي الصباح", type: "PERSON", role: "الوزير", entity_id: null }]
  },
  {
    name: "a given name alone is not linked to a gazetteer person whose last name it is",
    text: "وقال المتحدث علي إن الوضع مستقر",
    found: [{ text: "علي", type: "PERSON", entity_id: null }]
  },
  {
    name: "a word in the accusative behind a proclitic is no short name of the gazetteer",
    text: "ومنح الوزير نظيره وساما رفيعا",
    found: [],
    absent: ["ساما"]
  },
  {
    name: "an assistant's title stays in the role; an elative printed with ى stays an adjective of an organization",
    text: "والتقى مساعد وزير الخارجية الأمريكي جون كيلي الوفد، وقال مجلس القضاء الأعلى إن المحاكم مستقلة",
    found: [
      { text: "جون كيلي", type: "PERSON", role: "مساعد وزير الخارجية الأمريكي" },
      { text: "مجلس القضاء الأعلى", type: "ORG" }
    ]
  },
  {
    name: "US federal agencies by their Arabic names",
    text: "أعلنت إدارة الغذاء والدواء الأمريكية موافقتها، وقالت إدارة الطيران الفيدرالية إن الرحلات استؤنفت",
    found: [
      { text: "إدارة الغذاء والدواء الأمريكية", type: "ORG", entity_id: "org:gov:us:fda" },
      { text: "إدارة الطيران الفيدرالية", type: "ORG", entity_id: "org:gov:us:faa" }
    ]
  }
]

export const SURNAME_CASES: ReadonlyArray<Case> = [
  {
    name: "a foreign-looking family name within one edit of a person of the document is that person, without context",
    text: "وقال المبعوث الخاص ماركوس ستانيكوفيتش إن الحوار مستمر. وناقش الوفد مع ستانيكوفتش خطة الانتخابات",
    found: [
      { text: "ماركوس ستانيكوفيتش", type: "PERSON" },
      { text: "ستانيكوفتش", type: "PERSON", key: "ماركوس ستانيكوفيتش" }
    ]
  },
  {
    name: "a month's name or a noun in ة with a pronoun is not a gazetteer person's family name",
    text: "وتنتهي المهلة في أواخر شعبان، وتشمل الحملة ولايتي قسنطينة وعنابة",
    found: [
      { text: "قسنطينة", type: "LOC" },
      { text: "عنابة", type: "LOC" }
    ],
    absent: ["شعبان", "ولايتي"]
  },
  {
    name: "a title with a preposition after a family name is no part of the name",
    text: "وصلت السفيرة الأميركية ماريا كاستيلو إلى بغداد، والتقت كاستيلو بوزير الخارجية",
    found: [
      { text: "ماريا كاستيلو", type: "PERSON" },
      { text: "كاستيلو", type: "PERSON", key: "ماريا كاستيلو" }
    ],
    absent: ["كاستيلو بوزير"]
  },
  {
    name: "a regnal number is no family name of its own",
    text: "وافتتح الوزير المعرض بالتجمع الخامس، ثم زار ضريح الملك محمد الخامس",
    found: [{ text: "محمد الخامس", type: "PERSON" }],
    absent: ["الخامس"]
  },
  {
    name: "a text that opens with the family name of a person of the text and a verb (a headline)",
    text: "التونسي يستقبل وفدا تجاريا، واستقبل وزير التجارة أحمد التونسي الوفد في مكتبه",
    found: [
      { text: "التونسي", type: "PERSON", key: "احمد التونسي" },
      { text: "أحمد التونسي", type: "PERSON" }
    ]
  },
  {
    name: "the family name of a person of the text after a reporting verb is that person, even when it is also a city",
    text: "وقال وزير المال يوسف الخليل إن الموازنة متوازنة، ولفت الخليل إلى أن الرواتب ارتفعت",
    found: [
      { text: "يوسف الخليل", type: "PERSON" },
      { text: "الخليل", type: "PERSON", key: "يوسف الخليل" }
    ]
  },
  {
    name: "a first name alone after a title, linked to the one person of the text who has it",
    text: "وقال الباحث مازن العبيدي إن الوضع هش، ثم أضاف الباحث مازن أن الحل سياسي",
    found: [
      { text: "مازن العبيدي", type: "PERSON" },
      { text: "مازن", type: "PERSON", key: "مازن العبيدي" }
    ]
  },
  {
    name: "bare family name after the full name",
    text: "وقال المحلل السياسي مازن العبيدي إن الوضع هش. وأضاف العبيدي أن الحل سياسي",
    found: [
      { text: "مازن العبيدي", type: "PERSON" },
      { text: "العبيدي", type: "PERSON", key: "مازن العبيدي" }
    ]
  },
  {
    name: "family name without the article",
    text: "وأكد الخبير الأمني صفاء الكبيسي ذلك، وتابع كبيسي قائلا",
    found: [{ text: "كبيسي", type: "PERSON", key: "صفاء الكبيسي" }]
  },
  {
    name: "a typo of the family name after a reporting verb",
    text: "قال الجنرال الكندي جيمس مورتنسن إن القوات باقية. وقال مورتسنن إن",
    found: [{ text: "مورتسنن", type: "PERSON", key: "جيمس مورتنسن" }]
  }
]

/** A bare family name with no full name in the text gets the alias method only via the second pass. */
export const ALIAS_CASE: Case = {
  name: "bare family name found by the second pass",
  text: "التقى الخبير الأمني صفاء الكبيسي بالوفد، ثم غادر الكبيسي القاعة",
  found: [{ text: "الكبيسي", type: "PERSON", key: "صفاء الكبيسي", method: "alias" }]
}
