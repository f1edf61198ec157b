import type { Decision } from './schemas/decision.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';
import { claimedTwice, ContentError, listOf, notAService, type Place } from './errors.ts';

/*
 * The rules no single file's schema can check: entries that must agree with each other and with the
 * guide's services. Pure functions over validated data, so unit tests exercise them without a build.
 */

export interface Placed<T> {
  data: T;
  place: Place;
  /** Absolute path, for the dev overlay. */
  path: string;
}

interface CategoryClaims {
  slug: string;
  /** Which field gave the slug: the file name, or an explicit `slug:`. */
  slugField: 'slug' | 'file name';
  formerSlugs: string[];
  order: number;
  glance: Record<string, string>;
  group?: string | undefined;
}

/** Slugs, former slugs and orders must be unique across categories; each glance names every service once. */
export function checkCategories(categories: Placed<CategoryClaims>[], serviceIds: string[]): ContentError[] {
  const errors: ContentError[] = [];
  const addresses = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { data, place, path } of categories) {
    data.formerSlugs.forEach((former, index) => {
      if (former === data.slug)
        errors.push(
          new ContentError(
            place,
            `formerSlugs[${index}]`,
            `"${former}" is the category's current slug`,
            'only addresses the category had before it was renamed',
            path,
          ),
        );
    });
    for (const [address, field] of [[data.slug, data.slugField], ...data.formerSlugs.map((former) => [former, 'formerSlugs'] as const)] as const) {
      if (field === 'formerSlugs' && address === data.slug) continue;
      const other = addresses.get(address);
      if (other && other !== place.file)
        errors.push(claimedTwice(place, field, `the address "/${address}/"`, other, 'every category slug and former slug to be unique', path));
      addresses.set(address, place.file);
    }
    const sameOrder = orders.get(data.order);
    if (sameOrder)
      errors.push(new ContentError(place, 'order', `${data.order} is also the order of ${sameOrder}`, 'a different whole number for each category', path));
    orders.set(data.order, place.file);

    for (const key of Object.keys(data.glance)) {
      if (!serviceIds.includes(key)) errors.push(notAService(place, `glance.${key}`, key, serviceIds, path));
    }
    for (const id of serviceIds) {
      if (!(id in data.glance))
        errors.push(
          new ContentError(
            place,
            `glance.${id}`,
            'the at-a-glance entry for this service is missing',
            `one line of text for every service: ${listOf(serviceIds)}`,
            path,
          ),
        );
    }
  }
  // Navigation lists categories by group once any has one: a category left out would be listed nowhere.
  const grouped = categories.filter(({ data }) => data.group);
  if (grouped.length) {
    const names = [...new Set(grouped.map(({ data }) => data.group!))];
    for (const { data, place, path } of categories) {
      if (!data.group)
        errors.push(
          new ContentError(
            place,
            'group',
            `the category has no group, while ${grouped.length === 1 ? grouped[0]!.place.file : `${grouped.length} other categories`} ${grouped.length === 1 ? 'has one' : 'have one'}`,
            `a "group:" for every category (the guide's groups so far: ${listOf(names.slice(0, 6))})`,
            path,
          ),
        );
    }
  }
  return errors;
}

/** Every resource is about one of the guide's services. */
export function checkResources(resources: Placed<{ service: string }>[], serviceIds: string[]): ContentError[] {
  return resources
    .filter(({ data }) => !serviceIds.includes(data.service))
    .map(({ data, place, path }) => notAService(place, 'service', data.service, serviceIds, path));
}

/**
 * The decision helper against the rest of the guide: every rule names real questions, answers, services,
 * categories and sections of them.
 */
export function checkDecision(
  decision: Decision,
  lineOf: (path: (string | number)[]) => Place,
  path: string,
  guide: { serviceIds: string[]; sections: Map<string, string[] | undefined> },
): ContentError[] {
  const errors: ContentError[] = [];
  const fail = (at: (string | number)[], field: string, problem: string, expected: string) =>
    errors.push(new ContentError(lineOf(at), field, problem, expected, path));
  const questionIds = new Set<string>();
  decision.questions.forEach((question, index) => {
    if (questionIds.has(question.id))
      fail(['questions', index, 'id'], `questions[${index}].id`, `"${question.id}" is used by two questions`, 'a different id for each question');
    questionIds.add(question.id);
    const answerIds = new Set<string>();
    question.answers.forEach((answer, answerIndex) => {
      if (answerIds.has(answer.id))
        fail(
          ['questions', index, 'answers', answerIndex, 'id'],
          `questions[${index}].answers[${answerIndex}].id`,
          `"${answer.id}" is used twice in question "${question.id}"`,
          'a different id for each answer of a question',
        );
      answerIds.add(answer.id);
    });
  });

  decision.rules.forEach((rule, index) => {
    const where = `rules[${index}]`;
    for (const [questionId, wanted] of Object.entries(rule.when)) {
      const question = decision.questions.find((candidate) => candidate.id === questionId);
      if (!question) {
        fail(['rules', index, 'when', questionId], `${where}.when.${questionId}`, `"${questionId}" is not a question`, `one of ${listOf(questionIds)}`);
        continue;
      }
      const answers = question.answers.map((answer) => answer.id);
      for (const answer of wanted) {
        if (!answers.includes(answer))
          fail(
            ['rules', index, 'when', questionId],
            `${where}.when.${questionId}`,
            `"${answer}" is not an answer of question "${questionId}"`,
            `one of ${listOf(answers)}`,
          );
      }
    }
    rule.recommend.forEach((service, serviceIndex) => {
      if (!guide.serviceIds.includes(service))
        errors.push(notAService(lineOf(['rules', index, 'recommend', serviceIndex]), `${where}.recommend[${serviceIndex}]`, service, guide.serviceIds, path));
    });
    rule.cites.forEach((cite, citeIndex) => {
      const [slug = '', section] = cite.split('#');
      const sections = guide.sections.get(slug);
      const at = ['rules', index, 'cites', citeIndex];
      const field = `${where}.cites[${citeIndex}]`;
      if (!guide.sections.has(slug))
        fail(at, field, `"${slug}" is not a category`, `a category slug such as ${listOf([...guide.sections.keys()].slice(0, 3))}`);
      // A category whose own file has a mistake has unknown sections; that mistake is reported there.
      else if (sections && section && !sections.includes(section))
        fail(at, field, `the category "${slug}" has no section "${section}"`, `one of its sections: ${listOf(sections)}`);
    });
  });
  return errors;
}

/** A word or phrase may stand in one glossary entry only, or search could not tell which term it means. */
export function checkGlossary(entries: Placed<GlossaryEntry>[]): ContentError[] {
  const errors: ContentError[] = [];
  const owner = new Map<string, string>();
  for (const { data, place, path } of entries) {
    for (const [field, form] of [['term', data.term], ...data.aliases.map((alias) => ['aliases', alias] as const)] as const) {
      const key = form.toLowerCase().replace(/[-\s]+/g, ' ');
      const other = owner.get(key);
      if (other !== undefined)
        errors.push(new ContentError(place, field, `"${form}" is already listed for "${other}"`, 'each word or phrase in one glossary entry only', path));
      else owner.set(key, data.term);
    }
  }
  return errors;
}
