// Writes a synthetic guide of N categories with pages shaped like the real ones (two services, about
// 450 words a category), from a seeded generator so every run measures the same content.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Writes a synthetic guide of `categories` categories comparing two services. In a library the services are
 * defined once in site.yaml and the guide lists them by id (`ids`).
 */
export function writeSyntheticGuide(dir: string, categories: number, ids?: [string, string], seed = categories): void {
  const next = random(seed);
  const [north, south] = ids ?? ['north', 'south'];
  const syllables = ['ka', 'lo', 'mi', 'nu', 'ra', 'te', 'vo', 'shi', 'dan', 'per', 'qua', 'zel', 'bri', 'tor', 'mex', 'lin'];
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(''),
  );
  const word = () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)];
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, word).join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(10 + Math.floor(next() * 8))).join(' ');

  mkdirSync(join(dir, 'categories'), { recursive: true });
  writeFileSync(
    join(dir, 'guide.yaml'),
    `title: Synthetic guide of ${categories} categories
tagline: Generated for the benchmark.
purpose: Measures how Guidepost scales.
lastUpdated: 2025-01-01
vendor: nobody (the services are invented)
services:
${
  ids
    ? `  - { id: ${north} }\n  - { id: ${south} }`
    : `  - { id: north, name: Service North, shortName: North, summary: An invented service., docs: "https://example.com/north", features: [Invented] }
  - { id: south, name: Service South, shortName: South, summary: An invented service., docs: "https://example.com/south", features: [Invented] }`
}
concerns:
  - { name: Scale, description: How the generator behaves with many categories. }
glanceIntro: Every synthetic category at a glance.
categoriesIntro: Each category has its own page.
gettingStartedIntro: Invented resources.
historyIntro: Changes to this synthetic guide.
`,
  );
  writeFileSync(join(dir, 'introduction.mdx'), `${paragraph(4)}\n\n<ConcernList />\n\n<ServiceList />\n`);
  writeFileSync(
    join(dir, 'resources.yaml'),
    `- { service: ${north}, title: North guide, description: Invented., kind: guide, url: "https://example.com/north/guide" }\n`,
  );
  writeFileSync(join(dir, 'history.yaml'), '- { change: Generated, description: Synthetic content., date: 2025-01-01 }\n');
  for (let index = 1; index <= categories; index++) {
    const side = (service: string) => `<Side service="${service}">\n\n${paragraph(6)}\n\n${paragraph(6)}\n\n- ${sentence(9)}\n- ${sentence(9)}\n\n</Side>`;
    writeFileSync(
      join(dir, 'categories', `category-${index}.mdx`),
      `---\ntitle: Category ${index} ${word()}\norder: ${index}\nglance:\n  ${north}: ${sentence(8)}\n  ${south}: ${sentence(8)}\nsummary: ${sentence(20)}\n---\n\n<Comparison>\n${side(north)}\n${side(south)}\n</Comparison>\n`,
    );
  }
}

/** A library of `guides` synthetic guides of `categories` categories each, sharing ten services by id. */
export function writeSyntheticLibrary(dir: string, guides: number, categories: number): void {
  const services = Array.from({ length: 10 }, (_, index) => `service-${index + 1}`);
  mkdirSync(join(dir, 'guides'), { recursive: true });
  writeFileSync(
    join(dir, 'site.yaml'),
    `title: Synthetic library of ${guides} guides\ndescription: Generated for the benchmark.\nservices:\n${services.map((id, index) => `  - { id: ${id}, name: Service ${index + 1}, shortName: S${index + 1}, summary: An invented service., docs: "https://example.com/${id}", features: [Invented] }`).join('\n')}\n`,
  );
  for (let index = 1; index <= guides; index++) {
    // Two different services for each guide (3i + 1 and i never meet modulo 10), each shared with other guides.
    const pair: [string, string] = [services[index % 10]!, services[(index * 3 + 1) % 10]!];
    writeSyntheticGuide(join(dir, 'guides', `guide-${index}`), categories, pair, index);
  }
}
