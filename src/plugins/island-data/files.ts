/**
 * Data an island fetches when it comes to life, built with the page instead of computed in the
 * browser: what is the same for every reader (a stepper's runs, a quiz's default questions) is
 * worked out once at build time, so the browser never downloads the code that computes it. The
 * wrapper that renders the island writes the data here and hands the island its URL; the file's
 * name is a hash of its content, so it can be cached for good, and pages that share data share
 * one file. ./integration.ts publishes the files the built pages reference.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site folder the files are published under. */
export const ISLAND_DATA_FOLDER = '_data';
/** A data file's name: `<hash>.json`. */
export const islandDataFileName = /[0-9a-f]{16}\.json/;

/** Where the build keeps the files until they are published (set by astro.config.mjs). */
declare const __ISLAND_DATA_DIR__: string;

/**
 * Writes `data` as JSON into the cache (once per content) and returns the URL the island fetches
 * it from, under the site's `base`.
 */
export function islandDataUrl(data: unknown, base: string, cacheDir: string = __ISLAND_DATA_DIR__): string {
  const json = JSON.stringify(data);
  const name = `${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
  const file = join(cacheDir, name);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, json);
  }
  return `${base}${ISLAND_DATA_FOLDER}/${name}`;
}
