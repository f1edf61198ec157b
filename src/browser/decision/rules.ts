import { fill, joinList } from '../../i18n/ui/format.ts';
import type { UiStrings } from '../../i18n/ui/en.ts';

/** A rule as the page's table of rules carries it. */
export interface RuleRow {
  row: HTMLTableRowElement;
  /** Question id → the answers that satisfy it. */
  when: Record<string, string[]>;
  recommend: string[];
}

/** The rules whose every need is among the answers, in the table's order. */
export function applicableRules(rules: RuleRow[], answers: Record<string, string>): RuleRow[] {
  return rules.filter((rule) => Object.entries(rule.when).every(([question, wanted]) => wanted.includes(answers[question] ?? '')));
}

/**
 * What the headline says, in the page's language: the helper's element carries it as `data-messages`
 * (JSON), `JSON.stringify(decisionMessages(Astro.locals.ui))`, read with decisionMessagesOf.
 */
export type DecisionMessages = UiStrings['decisionUi'] & { prompt: string };

/** For the page: the helper's words from its language's catalogue. */
export const decisionMessages = (ui: Pick<UiStrings, 'decisionUi' | 'decide'>): DecisionMessages => ({ ...ui.decisionUi, prompt: ui.decide.prompt });

/** The source language's words, for a page that carries none (tests/unit checks they are the catalogue's). */
export const englishDecisionMessages: DecisionMessages = {
  prompt: 'Answer any of the questions to see a recommendation.',
  nothing: 'None of these answers calls for any of the services yet. Answer more questions, or read the rules below.',
  useOne: 'Use {service}.',
  useTogether: 'Use {services} together.',
  and: '{first} and {last}',
  comma: ', ',
};

/** The words the page gave the helper's element, each one it lacks in English. */
export function decisionMessagesOf(element: HTMLElement): DecisionMessages {
  try {
    return { ...englishDecisionMessages, ...(JSON.parse(element.dataset['messages'] ?? '{}') as Partial<DecisionMessages>) };
  } catch {
    return englishDecisionMessages;
  }
}

/** One sentence: which services, or why there is nothing to recommend yet. */
export function recommendationHeadline(
  applicable: RuleRow[],
  services: { id: string; name: string }[],
  answered: number,
  messages: DecisionMessages = englishDecisionMessages,
): string {
  const chosen = services.filter((service) => applicable.some((rule) => rule.recommend.includes(service.id))).map((service) => service.name);
  if (answered === 0) return messages.prompt;
  if (chosen.length === 0) return messages.nothing;
  if (chosen.length === 1) return fill(messages.useOne, { service: chosen[0]! });
  return fill(messages.useTogether, { services: joinList(chosen, messages.and, messages.comma) });
}
