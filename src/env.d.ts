declare namespace App {
  interface Locals {
    /** The language of the page being rendered, from its address (src/middleware.ts). */
    language: import('./i18n/languages.ts').Language;
    /** The interface strings in that language. */
    ui: import('./i18n/ui/en.ts').UiStrings;
    /** Whether the page already links the code colours' stylesheet (Prose.astro). */
    codeColorsLinked?: boolean;
  }
}
