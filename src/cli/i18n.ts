// npm run i18n:status: each translation's files, per language: missing, stale (the source changed since it
// was translated) or current.
// npm run i18n:mark -- <code> [file…]: records that the translation's files (or the ones named) translate
// the source files as they are now, in i18n/<code>/translation.yaml. Run it after translating or checking.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fileStates, recordedVersions, sourceVersion, translationCodes, translationRecord, translationsFolder } from '../guide/translations.ts';
import { displayPath, readSource } from '../guide/source.ts';
import { contentFolderError } from '../site/index.ts';
import { readSettings } from '../site/settings.ts';

const fail = (message: string): never => {
  console.error(`i18n: ${message}`);
  process.exit(1);
};

const settings = readSettings();
const dir = settings.contentDir;
const folderError = contentFolderError(settings);
if (folderError) fail(folderError.message);
const codes = translationCodes(dir);
const [command, code, ...files] = process.argv.slice(2);

if (command === 'status') {
  if (codes.length === 0) console.log(`The guide in ${dir} has no translations (folders ${translationsFolder}/<code>/).`);
  let behind = 0;
  for (const each of codes) {
    const record = recordedVersions(dir, each);
    for (const error of record.errors) console.log(`i18n: ${error.message} (until it is fixed, its files count as stale)`);
    const states = [...fileStates(dir, each, record.versions).values()];
    const count = (state: string) => states.filter((entry) => entry.state === state).length;
    console.log(`\n${each}: ${count('current')} current, ${count('stale')} stale, ${count('missing')} missing (of ${states.length} source files)\n`);
    const width = Math.max(...states.map((entry) => entry.file.length));
    for (const entry of states) console.log(`  ${entry.file.padEnd(width)}  ${entry.state}`);
    behind += count('stale') + count('missing');
  }
  if (behind) console.log(`\nA stale file: update its translation, then \`npm run i18n:mark -- <code> <file>\`.`);
} else if (command === 'mark') {
  if (!code) fail(`name the language, for example: npm run i18n:mark -- ${codes[0] ?? 'de'}`);
  if (!codes.includes(code!)) fail(`no translation "${code}" in ${join(dir, translationsFolder)} (there: ${codes.join(', ') || 'none'})`);
  const record = recordedVersions(dir, code!);
  // A record that cannot be read is not rewritten: marking would drop every version it holds.
  if (record.errors.length) fail(`fix ${translationRecord} first:\n${record.errors.map((error) => error.message).join('\n')}`);
  const { versions } = record;
  const states = fileStates(dir, code!, versions);
  const unknown = files.filter((file) => !states.has(file));
  if (unknown.length) fail(`not a source file: ${unknown.join(', ')} (source files: ${[...states.keys()].join(', ')})`);
  const marked: string[] = [];
  for (const entry of states.values()) {
    if (entry.state === 'missing' || (files.length && !files.includes(entry.file))) continue;
    versions.set(entry.file, sourceVersion(readSource(join(dir, entry.file)).text));
    marked.push(entry.file);
  }
  // Only files the translation has are recorded, in the source's order, so the file reads as a list.
  const sources = Object.fromEntries(
    [...states.keys()].filter((file) => versions.has(file) && states.get(file)!.state !== 'missing').map((file) => [file, versions.get(file)]),
  );
  const recordFile = join(dir, translationsFolder, code!, translationRecord);
  const header = `# The version of each source file this translation follows. Written by \`npm run i18n:mark -- ${code}\`:\n# when a source file changes, its translated page says it may be out of date until the file is marked again.\n`;
  writeFileSync(recordFile, header + stringify({ sources }));
  console.log(`i18n: marked ${marked.length} file${marked.length === 1 ? '' : 's'} of ${code} as translating the current source (${displayPath(recordFile)})`);
} else {
  fail('use `npm run i18n:status` or `npm run i18n:mark -- <code> [file…]`');
}
