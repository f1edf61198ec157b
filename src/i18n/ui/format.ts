/**
 * Messages a browser script shows are plain data in the catalogue (`searchUi`, `decisionUi`), since the page
 * or a JSON file carries them there: a template marks where a value goes with {name}, and a message that
 * counts has one template per plural category of the language. This file fills them; it holds no words,
 * so a script that imports it loads no catalogue.
 */
import type { Plural } from './en.ts';

export type { Plural };

/** The template with each {name} replaced by its value; a name without a value is left as it is. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/**
 * The template with its {names} replaced by text or nodes, as the parts to append to an element, in order:
 * a message whose value is an element (a query in bold) keeps the words around it in the language's order.
 */
export function fillParts<T>(template: string, values: Record<string, string | number | T>): (string | T)[] {
  return template.split(/(\{\w+\})/).flatMap((part): (string | T)[] => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined || !Object.hasOwn(values, name)) return part ? [part] : [];
    const value = values[name]!;
    return [typeof value === 'number' ? String(value) : value];
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a counting message for `count` in `language` (a BCP 47 code), filled with the count as {count}. */
export function plural(forms: Plural, count: number, language: string, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return fill(forms[rules.select(count)] ?? forms.other, { count, ...values });
}

/** "“a”", "“a” or “b”", "“a”, “b” or “c”": a list in a language's words, from its templates for the last two and its comma. */
export function joinList(items: string[], last: string, comma: string): string {
  if (items.length < 2) return items[0] ?? '';
  return fill(last, { first: items.slice(0, -1).join(comma), last: items.at(-1)! });
}
