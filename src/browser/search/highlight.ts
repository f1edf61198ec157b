/** The URL parameter that carries the searched words to a result's page, where they are highlighted. */
export const highlightParam = 'highlight';
