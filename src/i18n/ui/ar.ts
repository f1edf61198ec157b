/** The interface in Arabic (العربية), written right to left. */
import type { UiStrings } from './en.ts';

export const ar: UiStrings = {
  frame: {
    skipToContent: 'انتقل إلى المحتوى',
    guideNavigation: 'الدليل',
    categories: 'الفئات',
    gettingStarted: 'البدء',
    history: 'السجل',
    rssFeed: 'موجز RSS',
    lastUpdated: 'آخر تحديث',
    independent: (vendors) =>
      `دليل مستقل أُنشئ باستخدام Guidepost، ولا يرتبط بـ ${vendors} ولا ترعاه ولا تعتمده؛ وتُذكر أسماء الخدمات للتعريف بالخدمات المقارنة فقط.`,
    or: 'أو',
    feedTitle: (guide) => `${guide}: سجل التغييرات`,
    markdownTwin: 'هذه الصفحة بتنسيق Markdown',
  },
  languages: {
    picker: 'اللغة',
    notTranslated: (language) => `لم تُترجم هذه الصفحة بعد، لذا تُعرض بلغتها الأصلية (${language}).`,
    stale: 'تغيّر أصل هذه الصفحة منذ ترجمتها، لذا قد تكون هذه الترجمة قديمة.',
    readSource: (language) => `اقرأ الأصل (${language})`,
  },
  sections: {
    introduction: 'مقدمة',
    glance: 'لمحة سريعة',
    recommendation: 'التوصية',
    rules: 'كيف تُبنى التوصية',
    gettingStarted: 'البدء',
    history: 'سجل المستند',
  },
};
