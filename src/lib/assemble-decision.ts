import type { Decision } from '../schemas/decision.ts';
import { ContentError, listOf } from './content-error.ts';

/**
 * Checks the decision helper against the rest of the guide: every rule must name real questions,
 * answers, services and categories. (Section anchors are checked with every other link after the build.)
 */
export function checkDecision(decision: Decision, file: string, guide: { serviceIds: string[]; categorySlugs: string[] }): Decision {
  const questionIds = new Set<string>();
  decision.questions.forEach((question, index) => {
    if (questionIds.has(question.id)) throw new ContentError(file, `questions[${index}].id`, `"${question.id}" is used by two questions`, 'a different id for each question');
    questionIds.add(question.id);
    const answerIds = new Set<string>();
    question.answers.forEach((answer, answerIndex) => {
      if (answerIds.has(answer.id)) throw new ContentError(file, `questions[${index}].answers[${answerIndex}].id`, `"${answer.id}" is used twice in question "${question.id}"`, 'a different id for each answer of a question');
      answerIds.add(answer.id);
    });
  });

  decision.rules.forEach((rule, index) => {
    const where = `rules[${index}]`;
    for (const [questionId, wanted] of Object.entries(rule.when)) {
      const question = decision.questions.find((candidate) => candidate.id === questionId);
      if (!question) throw new ContentError(file, `${where}.when.${questionId}`, `"${questionId}" is not a question`, `one of ${listOf(questionIds)}`);
      const answers = question.answers.map((answer) => answer.id);
      for (const answer of wanted) {
        if (!answers.includes(answer)) throw new ContentError(file, `${where}.when.${questionId}`, `"${answer}" is not an answer of question "${questionId}"`, `one of ${listOf(answers)}`);
      }
    }
    rule.recommend.forEach((service, serviceIndex) => {
      if (!guide.serviceIds.includes(service)) throw new ContentError(file, `${where}.recommend[${serviceIndex}]`, `"${service}" is not a service of this guide`, `one of ${listOf(guide.serviceIds)}`);
    });
    rule.cites.forEach((cite, citeIndex) => {
      const slug = cite.split('#')[0] ?? '';
      if (!guide.categorySlugs.includes(slug)) throw new ContentError(file, `${where}.cites[${citeIndex}]`, `"${slug}" is not a category`, `a category slug such as ${listOf(guide.categorySlugs.slice(0, 3))}`);
    });
  });
  return decision;
}
