const STRINGS = {
  ar: {
    'nav.search': 'بحث', 'nav.quotes': 'التصريحات', 'nav.analyze': 'تحليل نص',
    'footer': 'مرصد: من قال ماذا، عن من، متى وأين.', 'lang': 'English',
    'search.placeholder': 'ابحث في الأرشيف: كلمات، "عبارة"، اسم…', 'search.go': 'بحث',
    'search.results': 'نتيجة', 'search.none': 'لا نتائج.', 'search.prev': 'السابق', 'search.next': 'التالي',
    'facet.persons': 'أشخاص', 'facet.organizations': 'منظمات', 'facet.places': 'أماكن', 'facet.speakers': 'متحدثون',
    'facet.sources': 'المصادر', 'facet.categories': 'الأقسام', 'facet.years': 'السنوات', 'facet.clear': 'إزالة الكل',
    'article.facts': 'الوقائع المستخرجة', 'article.entities': 'الكيانات', 'article.quotes': 'التصريحات',
    'article.dates': 'التواريخ', 'article.quantities': 'الأعداد', 'article.published': 'تاريخ النشر',
    'col.name': 'الاسم', 'col.type': 'النوع', 'col.latin': 'بالحروف اللاتينية', 'col.titles': 'الألقاب',
    'col.mentions': 'الذكر', 'col.speaker': 'المتحدث', 'col.cue': 'فعل القول', 'col.stance': 'الموقف',
    'col.content': 'المضمون', 'col.text': 'النص', 'col.value': 'القيمة', 'col.article': 'المقال', 'col.date': 'التاريخ',
    'col.via': 'عبر', 'col.source': 'المصدر',
    'type.PERS': 'شخص', 'type.ORG': 'منظمة', 'type.LOC': 'مكان', 'type.MISC': 'أخرى',
    'legend.quote': 'تصريح', 'legend.date': 'تاريخ',
    'entity.names': 'الأسماء', 'entity.titles': 'الألقاب', 'entity.timeline': 'الذكر عبر الزمن',
    'entity.quotes': 'تصريحاته', 'entity.cooccurring': 'يظهر مع', 'entity.quotedBy': 'من يقتبس عنه',
    'entity.talksAbout': 'يتحدث عن', 'entity.articles': 'مقالات', 'entity.mentionsCount': 'مرات الذكر',
    'entity.network': 'شبكة الكيانات', 'entity.allQuotes': 'كل تصريحاته',
    'quotes.title': 'مستكشف التصريحات', 'quotes.speaker': 'المتحدث', 'quotes.stance': 'الموقف',
    'quotes.from': 'من', 'quotes.to': 'إلى', 'quotes.source': 'المصدر', 'quotes.text': 'كلمات', 'quotes.filter': 'تصفية',
    'quotes.csv': 'تصدير CSV', 'quotes.json': 'تصدير JSON', 'quotes.any': 'الكل',
    'stance.assert': 'تأكيد', 'stance.deny': 'نفي', 'stance.allege': 'زعم', 'stance.announce': 'إعلان',
    'stance.warn': 'تحذير', 'stance.other': 'أخرى',
    'analyze.title': 'تحليل نص', 'analyze.headline': 'العنوان', 'analyze.text': 'الصق نص الخبر هنا…',
    'analyze.published': 'تاريخ النشر', 'analyze.go': 'حلّل', 'analyze.note': 'يُحلَّل النص دون إضافته إلى الأرشيف.',
    'loading': 'جارٍ التحميل…', 'error': 'خطأ', 'notfound': 'غير موجود', 'via': 'عبر', 'direct': 'مباشر',
    'indirect': 'غير مباشر', 'stats': 'مقال في الأرشيف',
  },
  en: {
    'nav.search': 'Search', 'nav.quotes': 'Quotes', 'nav.analyze': 'Analyze text',
    'footer': 'Marsad: who said what, about whom, when and where.', 'lang': 'العربية',
    'search.placeholder': 'Search the archive: words, "a phrase", a name…', 'search.go': 'Search',
    'search.results': 'results', 'search.none': 'No results.', 'search.prev': 'Previous', 'search.next': 'Next',
    'facet.persons': 'People', 'facet.organizations': 'Organizations', 'facet.places': 'Places', 'facet.speakers': 'Speakers',
    'facet.sources': 'Sources', 'facet.categories': 'Sections', 'facet.years': 'Years', 'facet.clear': 'Clear all',
    'article.facts': 'Extracted facts', 'article.entities': 'Entities', 'article.quotes': 'Quotes',
    'article.dates': 'Dates', 'article.quantities': 'Quantities', 'article.published': 'Published',
    'col.name': 'Name', 'col.type': 'Type', 'col.latin': 'Latin', 'col.titles': 'Titles',
    'col.mentions': 'Mentions', 'col.speaker': 'Speaker', 'col.cue': 'Cue', 'col.stance': 'Stance',
    'col.content': 'Content', 'col.text': 'Text', 'col.value': 'Value', 'col.article': 'Article', 'col.date': 'Date',
    'col.via': 'Via', 'col.source': 'Source',
    'type.PERS': 'Person', 'type.ORG': 'Organization', 'type.LOC': 'Place', 'type.MISC': 'Other',
    'legend.quote': 'Quote', 'legend.date': 'Date',
    'entity.names': 'Names', 'entity.titles': 'Titles', 'entity.timeline': 'Mentions over time',
    'entity.quotes': 'Their quotes', 'entity.cooccurring': 'Appears with', 'entity.quotedBy': 'Quoted by',
    'entity.talksAbout': 'Talks about', 'entity.articles': 'articles', 'entity.mentionsCount': 'mentions',
    'entity.network': 'Entity network', 'entity.allQuotes': 'All their quotes',
    'quotes.title': 'Quote explorer', 'quotes.speaker': 'Speaker', 'quotes.stance': 'Stance',
    'quotes.from': 'From', 'quotes.to': 'To', 'quotes.source': 'Outlet', 'quotes.text': 'Words', 'quotes.filter': 'Filter',
    'quotes.csv': 'Export CSV', 'quotes.json': 'Export JSON', 'quotes.any': 'Any',
    'stance.assert': 'assert', 'stance.deny': 'deny', 'stance.allege': 'allege', 'stance.announce': 'announce',
    'stance.warn': 'warn', 'stance.other': 'other',
    'analyze.title': 'Analyze a text', 'analyze.headline': 'Headline', 'analyze.text': 'Paste the article text here…',
    'analyze.published': 'Published', 'analyze.go': 'Analyze', 'analyze.note': 'The text is analysed, not added to the archive.',
    'loading': 'Loading…', 'error': 'Error', 'notfound': 'Not found', 'via': 'via', 'direct': 'direct',
    'indirect': 'indirect', 'stats': 'articles in the archive',
  },
};

let lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar';

export function t(key) {
  return STRINGS[lang][key] ?? STRINGS.ar[key] ?? key;
}

export function currentLang() {
  return lang;
}

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'ar';
  localStorage.setItem('marsad.lang', lang);
  applyLang();
}

export function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  const btn = document.getElementById('lang-toggle');
  if (btn) btn.textContent = t('lang');
}
