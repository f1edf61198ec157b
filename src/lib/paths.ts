import { join, resolve } from 'node:path';

/**
 * Where the guide being built lives. One generator builds any guide: point GUIDE_CONTENT at another
 * content folder and nothing else changes.
 */
export const contentRoot = resolve(process.env.GUIDE_CONTENT ?? 'content');

/** The optional decision helper; both its loader and the check for whether a guide has one use this path. */
export const decisionFile = join(contentRoot, 'decision.yaml');
