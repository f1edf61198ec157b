import { resolve } from 'node:path';
import { findChromium } from '../forms/chromium.ts';

/**
 * Everything a build is told from outside, read in one place. Environment variables:
 * - GUIDE_CONTENT: the guide's content folder (default `content`);
 * - BASE_PATH: the folder the site is served from (default `/`);
 * - SITE_URL: the site's absolute address, for canonical links, previews, the feed and the sitemap;
 * - GUIDEPOST_DIST: where `npm run build` writes the site (default `dist`);
 * - GUIDEPOST_CHROMIUM: the Chromium that prints the PDF (default: the system's, else Playwright's);
 * - GUIDEPOST_PDF: auto (default: a PDF when the site is small enough to print in seconds), on or off;
 * - GUIDEPOST_CACHE: where compiled content is kept between builds (default `node_modules/.cache/guidepost`),
 *   or `off` for a cold build (as `npm run build -- --no-cache` asks);
 * - SOURCE_DATE_EPOCH: the build's date, in seconds since 1970 (the reproducible-builds.org convention),
 *   written into the PDF instead of the guide's last-updated day.
 */
export interface Settings {
  contentDir: string;
  /** Whether GUIDE_CONTENT named the content folder (else it is the default): a message about the folder says which. */
  contentDirSet: boolean;
  /** Always starts and ends with "/". */
  base: string;
  /** The site's origin and path without the base, such as "https://guides.example.com"; absent when unset. */
  siteUrl: string | undefined;
  outDir: string;
  /** Whether the build prints each guide as a PDF (see pdf-plan.ts). */
  pdf: PdfMode;
  /** The Chromium the build prints with; absent when there is none (or GUIDEPOST_PDF=off). */
  chromium: string | undefined;
  /** The path GUIDEPOST_CHROMIUM names, if it names one: when it does not exist, the build says which it tried. */
  chromiumNamed: string | undefined;
  /**
   * The date a build stamps on what it writes (the PDF's creation date), from SOURCE_DATE_EPOCH; absent
   * when unset, and then each guide's last-updated day is used. Never the clock: two builds of the same
   * content must be the same bytes.
   */
  sourceDate: Date | undefined;
  /** The compile cache's folder (see compile-cache.ts); absent for a cold build. */
  cacheDir: string | undefined;
}

export const pdfModes = ['auto', 'on', 'off'] as const;
/** GUIDEPOST_CACHE values that mean a cold build, rather than a folder called "false". */
const cacheOff = ['off', 'false', '0', 'no', 'none'];
export type PdfMode = (typeof pdfModes)[number];

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    contentDir: resolve(env['GUIDE_CONTENT'] || 'content'),
    contentDirSet: Boolean(env['GUIDE_CONTENT']),
    base: normalizeBase(env['BASE_PATH']),
    siteUrl: env['SITE_URL'] ? normalizeSiteUrl(env['SITE_URL']) : undefined,
    outDir: resolve(env['GUIDEPOST_DIST'] || 'dist'),
    pdf: pdfMode(env['GUIDEPOST_PDF']),
    chromium: env['GUIDEPOST_PDF'] === 'off' ? undefined : findChromium(env),
    chromiumNamed: env['GUIDEPOST_CHROMIUM'] || undefined,
    sourceDate: sourceDate(env['SOURCE_DATE_EPOCH']),
    cacheDir: cacheOff.includes(env['GUIDEPOST_CACHE']?.trim().toLowerCase() ?? '')
      ? undefined
      : resolve(env['GUIDEPOST_CACHE']?.trim() || 'node_modules/.cache/guidepost'),
  };
}

/**
 * SOURCE_DATE_EPOCH as reproducible-builds.org defines it: whole seconds since 1970-01-01 UTC, as
 * `date +%s` prints them. A malformed value stops the build rather than being ignored, as the convention
 * asks, so a build believed reproducible is not quietly stamped with something else.
 */
function sourceDate(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const date = /^\d+$/.test(value.trim()) ? new Date(Number(value.trim()) * 1000) : undefined;
  // A PDF date has four digits for the year.
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) {
    throw new Error(
      `SOURCE_DATE_EPOCH "${value}" is not a date. Expected whole seconds since 1970-01-01 UTC, such as $(git log -1 --format=%ct) or $(date +%s)`,
    );
  }
  return date;
}

function pdfMode(value: string | undefined): PdfMode {
  const mode = (value || 'auto').trim().toLowerCase();
  if ((pdfModes as readonly string[]).includes(mode)) return mode as PdfMode;
  throw new Error(
    `GUIDEPOST_PDF "${value}" is not a choice. Expected one of ${pdfModes.join(', ')} (auto, the default, prints the PDF when the site is small enough to print in seconds)`,
  );
}

/** "/guides/x" or "guides/x/" → "/guides/x/"; nothing → "/". */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function normalizeSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute address. Expected something like https://guides.example.com`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL "${value}" is not an http(s) address. Expected something like https://guides.example.com`);
  if (url.pathname !== '/')
    throw new Error(`SITE_URL "${value}" has a path. Expected the origin only, such as ${url.origin}, with the path in BASE_PATH (BASE_PATH=${url.pathname})`);
  return url.origin;
}
