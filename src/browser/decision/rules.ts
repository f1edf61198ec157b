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

/** One sentence: which services, or why there is nothing to recommend yet. */
export function recommendationHeadline(applicable: RuleRow[], services: { id: string; name: string }[], answered: number): string {
  const chosen = services.filter((service) => applicable.some((rule) => rule.recommend.includes(service.id))).map((service) => service.name);
  if (answered === 0) return 'Answer any of the questions to see a recommendation.';
  if (chosen.length === 0) return 'None of these answers calls for any of the services yet. Answer more questions, or read the rules below.';
  if (chosen.length === 1) return `Use ${chosen[0]}.`;
  return `Use ${chosen.slice(0, -1).join(', ')} and ${chosen.at(-1)} together.`;
}
