// The fixture guides that several test files read and none changes: built once, before the browser tests,
// by global-setup.ts (two builds side by side instead of one per file and worker), served for the whole
// run, and found here by every worker.
import { buildCopy } from './build.ts';
import { messaging, threeServices } from './content-copy.ts';
import { serveSite } from './serve.ts';

/** Each shared fixture: its content folder, and whether its build prints the PDF (a test reads it). */
const fixtures = {
  messaging: { source: messaging, pdf: false },
  threeServices: { source: threeServices, pdf: true },
} as const;

export type FixtureName = keyof typeof fixtures;

export interface FixtureSite {
  /** Where it is served, ending in a slash. */
  url: string;
  /** The built site's folder. */
  dist: string;
}

const variable = (name: FixtureName) => `GUIDEPOST_FIXTURE_${name.toUpperCase()}`;

/** The fixture as the global setup published it, if it ran. */
const published = (name: FixtureName): FixtureSite | undefined => {
  const value = process.env[variable(name)];
  return value ? (JSON.parse(value) as FixtureSite) : undefined;
};

/**
 * The fixture built and served by the global setup, read when a test first asks for its address: test files
 * are also loaded where no setup runs (`playwright test --list`, an editor's test explorer), and must load there.
 */
export function fixtureSite(name: FixtureName): FixtureSite {
  const read = (): FixtureSite => {
    const site = published(name);
    if (!site) throw new Error(`the ${name} fixture site is built by tests/support/global-setup.ts; run the tests with tests/playwright.config.ts`);
    return site;
  };
  return {
    get url() {
      return read().url;
    },
    get dist() {
      return read().dist;
    },
  };
}

/** The origins the fixture sites are served from (none where no global setup ran). */
export function fixtureOrigins(): string[] {
  return (Object.keys(fixtures) as FixtureName[]).flatMap((name) => {
    const site = published(name);
    return site ? [new URL(site.url).origin] : [];
  });
}

/** Builds and serves every shared fixture, naming each in the environment the workers inherit. Returns the servers' stop. */
export async function startFixtureSites(): Promise<() => void> {
  const started = await Promise.allSettled(
    Object.entries(fixtures).map(async ([name, { source, pdf }]) => {
      const result = await buildCopy(undefined, { source, pdf });
      if (result.status !== 0) throw new Error(`the ${name} fixture did not build:\n${result.output}`);
      const server = await serveSite(result.dist);
      process.env[variable(name as FixtureName)] = JSON.stringify({ url: server.url, dist: result.dist } satisfies FixtureSite);
      return server;
    }),
  );
  const servers = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const stop = () => servers.forEach((server) => server.close());
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    stop();
    throw failed.reason;
  }
  return stop;
}
