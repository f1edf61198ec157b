/**
 * Text from the HTML our own templates and plugins write. One pass over the entities, so that
 * "&amp;lt;" becomes "&lt;" and not "<".
 */
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

export const decodeEntities = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity);

/** What a reader sees of a piece of markup: tags dropped, entities decoded, white space folded. */
export const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
