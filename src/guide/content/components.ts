/**
 * The components guide content may use, declared once: what each kind of file may contain. Their typing
 * for editors is mdx-components.d.ts; their checks are plugins/remark-comparison.ts; their rendering is the
 * Astro components under src/components.
 */
export const listComponents = ['ConcernList', 'ServiceList'] as const;
export type ListComponent = (typeof listComponents)[number];

export const componentsFor = { category: ['Comparison', 'Side'], introduction: [...listComponents] } as const;
