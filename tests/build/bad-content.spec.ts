import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { buildCopy } from '../support/build.ts';

const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, after);
};

test.describe('bad content fails the build with a message naming file and field', () => {
  test('a misspelled frontmatter key', () => {
    const result = buildCopy(edit('categories/log-retention.mdx', /^title:/m, 'tittle:'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('categories/log-retention.mdx');
    expect(result.output).toMatch(/unknown key "tittle"; the keys allowed here are: title, order/);
    expect(existsSync(result.dist)).toBe(false);
  });

  test('an unknown service id in a <Side>', () => {
    const result = buildCopy(edit('categories/integration.mdx', '<Side service="cloudwatch">', '<Side service="cloudwach">'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/categories\/integration\.mdx:\d+: <Side service="cloudwach">: "cloudwach" is not a service of this guide\. Expected one of "cloudtrail", "cloudwatch"/);
    expect(existsSync(result.dist)).toBe(false);
  });
});
