/** The interface in German (Deutsch). */
import type { UiStrings } from './en.ts';

export const de: UiStrings = {
  frame: {
    skipToContent: 'Zum Inhalt springen',
    guideNavigation: 'Leitfaden',
    categories: 'Kategorien',
    gettingStarted: 'Erste Schritte',
    history: 'Verlauf',
    rssFeed: 'RSS-Feed',
    lastUpdated: 'Zuletzt aktualisiert am',
    independent: (vendors) =>
      `Ein unabhängiger Leitfaden, erstellt mit Guidepost. Er steht in keiner Verbindung zu ${vendors} und wird von dort weder gefördert noch empfohlen; Namen von Diensten dienen nur dazu, die verglichenen Dienste zu benennen.`,
    or: 'oder',
    feedTitle: (guide) => `${guide}: Änderungsverlauf`,
    markdownTwin: 'Diese Seite als Markdown',
  },
  languages: {
    picker: 'Sprache',
    notTranslated: (language) => `Diese Seite ist noch nicht übersetzt; sie wird in der Originalsprache (${language}) angezeigt.`,
    stale: 'Das Original dieser Seite hat sich seit der Übersetzung geändert; diese Übersetzung ist daher womöglich nicht mehr aktuell.',
    readSource: (language) => `Zum Original (${language})`,
  },
  sections: {
    introduction: 'Einführung',
    glance: 'Auf einen Blick',
    recommendation: 'Empfehlung',
    rules: 'Wie die Empfehlung zustande kommt',
    gettingStarted: 'Erste Schritte',
    history: 'Änderungsverlauf',
  },
};
