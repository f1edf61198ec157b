/**
 * The sections the site's own pages give a guide, each with the id a link names and the heading every form
 * shows: the web pages, the Markdown twins, search and the PDF read them here, and the link check knows
 * them from here (page-anchors.ts). A category's sections come from its content instead (guide/outline.ts).
 */
export const sections = {
  /** Home: the guide's introduction, and the table of every category. */
  introduction: { id: 'introduction', title: 'Introduction' },
  glance: { id: 'at-a-glance', title: 'At a glance' },
  /** The decision helper: its live answer, and the rules behind it. */
  recommendation: { id: 'recommendation', title: 'Recommendation' },
  rules: { id: 'rules', title: 'How the recommendation is made' },
  /** Pages of their own, and sections of the whole guide. */
  gettingStarted: { id: 'getting-started', title: 'Getting started' },
  history: { id: 'history', title: 'Document history' },
} as const;
