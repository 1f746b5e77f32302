/**
 * The weight budget (issue 2, item 8; issue 4, item 8). For every built HTML page: the HTML, the CSS it blocks
 * on and the JavaScript it loads, raw, gzip (level 9) and brotli. Fails when
 *   - a page's HTML + blocking CSS is over 14 KB gzip: what TCP's initial window of 10 segments
 *     (RFC 6928) delivers in the first round trip, so the page can render after one RTT;
 *   - a page without islands (<astro-island>) loads any JavaScript file;
 *   - a page with islands loads more than 35 KB gzip of JavaScript in all (JS_BUDGET_BYTES).
 *
 *   node scripts/weight.ts [--dir dist] [--base /handshake-and-wave/]
 *
 * Counting rules:
 *   - Blocking CSS is every <link rel=stylesheet> a screen waits for: no `media`, or a media list
 *     that could match a screen. Only sheets whose every media query is for print or speech
 *     (the `media="print" onload="this.media='all'"` swap islands use) or `disabled` ones are
 *     non-blocking; anything else counts as blocking, so a doubtful sheet is never left out.
 *     `rel=preload as=style` only fetches and is not CSS the page waits for.
 *   - A stylesheet inside <noscript> is inert with JavaScript on and blocking with it off. It is
 *     reported as "no-JS CSS" and added to a second figure, the first flight with JavaScript
 *     off; the budget applies to the first flight with JavaScript on (the islands' no-JS sheets
 *     sit in the body next to their island, where they hold up only what follows them).
 *   - Inline <style> and inline <script> are already inside the HTML bytes (shown separately,
 *     never counted twice).
 *   - JavaScript is every <script src>, <link rel=modulepreload>, island component/renderer
 *     module, whatever those import (statically, or with import() of a chunk in the page's
 *     language), and the lesson message file the islands fetch (src/plugins/lesson-messages.ts,
 *     named by their `messages` prop): JSON, but what the scripts need to run, so it counts with
 *     them and moving strings out of code saves nothing by itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { normalizeBase } from './serve.ts';

export const FIRST_FLIGHT_BYTES = 14 * 1024;
/** The budget for all the JavaScript a page may load cold, gzip, its message file included. */
export const JS_BUDGET_BYTES = 35 * 1024;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageRefs {
  /** Stylesheets that block rendering whether or not JavaScript runs. */
  stylesheets: string[];
  /** Stylesheets inside <noscript>: blocking only with JavaScript off. */
  noscriptStylesheets: string[];
  scripts: string[];
  inlineStyleBytes: number;
  inlineScriptBytes: number;
  hasIslands: boolean;
  /** The lesson message files the islands fetch: their `messages` props ('tcp-header.zh'). */
  messageKeys: string[];
}

export interface PageWeight {
  page: string;
  html: Sizes;
  css: Sizes;
  /** The <noscript> stylesheets not already among the blocking ones. */
  noscriptCss: Sizes;
  js: Sizes;
  jsFiles: string[];
  inlineStyleBytes: number;
  inlineScriptBytes: number;
  hasIslands: boolean;
  problems: string[];
}

/** Reads a file of the built site by its path relative to the site root, or undefined if absent. */
export type AssetReader = (siteRelativePath: string) => Uint8Array | undefined;

const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function compressedSizes(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).byteLength,
  };
}

function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Attributes of one start tag's attribute text, names lower-cased. */
export function parseAttributes(attributeText: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const attribute = /([^\s"'=<>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const match of attributeText.matchAll(attribute)) {
    const [, name = '', doubleQuoted, singleQuoted, unquoted] = match;
    attributes.set(name.toLowerCase(), decodeEntities(doubleQuoted ?? singleQuoted ?? unquoted ?? ''));
  }
  return attributes;
}

const NON_JS_SCRIPT_TYPES = /^(application\/(ld\+)?json|importmap|text\/template)$/i;
const ISLAND_MODULE_ATTRIBUTES = ['component-url', 'renderer-url', 'before-hydration-url'];

/** Whether a screen waits for a stylesheet with this `media` attribute (true when in doubt). */
export function mediaBlocksScreen(media: string | undefined): boolean {
  if (media === undefined || media.trim() === '') return true;
  const notForScreen = /^(only\s+)?(print|speech)\b/i;
  return media.split(',').some((query) => !notForScreen.test(query.trim()));
}

/** The blocking stylesheets among the <link> tags of `markup`, and the scripts they preload. */
function linkedRefs(markup: string): { stylesheets: string[]; preloads: string[] } {
  const stylesheets: string[] = [];
  const preloads: string[] = [];
  for (const [, attributeText = ''] of markup.matchAll(/<link\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attributes.get('href');
    if (!href) continue;
    const blocks = mediaBlocksScreen(attributes.get('media')) && !attributes.has('disabled');
    if (rel.includes('stylesheet') && !rel.includes('alternate') && blocks) stylesheets.push(href);
    if (rel.includes('modulepreload')) preloads.push(href);
  }
  return { stylesheets, preloads };
}

/** What a page references: the CSS it blocks on, the scripts it loads, inline bytes, islands. */
export function extractRefs(html: string): PageRefs {
  const refs: PageRefs = {
    stylesheets: [],
    noscriptStylesheets: [],
    scripts: [],
    inlineStyleBytes: 0,
    inlineScriptBytes: 0,
    hasIslands: false,
    messageKeys: [],
  };
  let markup = html.replace(/<!--[\s\S]*?-->/g, '');

  markup = markup.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (_, attributeText: string, body: string) => {
    const attributes = parseAttributes(attributeText);
    const src = attributes.get('src');
    if (src) refs.scripts.push(src);
    else if (!NON_JS_SCRIPT_TYPES.test(attributes.get('type') ?? '')) {
      refs.inlineScriptBytes += Buffer.byteLength(body);
    }
    return '';
  });
  markup = markup.replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_, body: string) => {
    refs.inlineStyleBytes += Buffer.byteLength(body);
    return '';
  });

  markup = markup.replace(/<noscript\b[^>]*>([\s\S]*?)<\/noscript\s*>/gi, (_, body: string) => {
    refs.noscriptStylesheets.push(...linkedRefs(body).stylesheets);
    return '';
  });
  for (const [, attributeText = ''] of markup.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText);
    refs.hasIslands = true;
    const key = /"messages":\[0,"([\w.-]+)"\]/.exec(attributes.get('props') ?? '')?.[1];
    if (key && !refs.messageKeys.includes(key)) refs.messageKeys.push(key);
    for (const name of ISLAND_MODULE_ATTRIBUTES) {
      const url = attributes.get(name);
      if (url) refs.scripts.push(url);
    }
  }
  const linked = linkedRefs(markup);
  refs.stylesheets = [...new Set(linked.stylesheets)];
  refs.noscriptStylesheets = [...new Set(refs.noscriptStylesheets)].filter((href) => !refs.stylesheets.includes(href));
  refs.scripts.push(...linked.preloads);
  refs.scripts = [...new Set(refs.scripts)];
  return refs;
}

/** Static import/export-from specifiers of a JS module that point at our own files. */
export function staticImports(js: string): string[] {
  const statement = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']((?:\.{1,2})?\/[^"']+)["']/g;
  return [...new Set([...js.matchAll(statement)].map((match) => match[1] ?? ''))];
}

/** Relative specifiers of a JS module's dynamic `import("./x.js")` calls (any quote style). */
export function dynamicImports(js: string): string[] {
  const call = /\bimport\(\s*[`"']((?:\.{1,2})?\/[^`"']+)[`"']\s*\)/g;
  return [...new Set([...js.matchAll(call)].map((match) => match[1] ?? ''))];
}

/** The language a chunk's file name says it is for ('messages-zh.X.js', 'reasons.en.X.js'), if any. */
export function chunkLanguage(path: string): string | undefined {
  return /[.-](en|zh)\.[\w-]+\.js$/.exec(path)?.[1];
}

/**
 * The lesson message files a module names ('/base/_astro/lesson.tcp-header.zh.AbC123.json'),
 * each with its key ('tcp-header.zh').
 */
export function lessonMessageFiles(js: string): { url: string; key: string }[] {
  const literal = /["'`]((?:\.{0,2}\/)?[^"'`\s]*?\blesson\.([\w-]+\.[a-z]+)\.[\w-]+\.json)["'`]/g;
  return [...js.matchAll(literal)].map((match) => ({ url: match[1] ?? '', key: match[2] ?? '' }));
}

/** The page's language from <html lang> ('zh-CN' → 'zh'), if it says. */
function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*\blang=["']?([a-z]+)/i.exec(html)?.[1]?.toLowerCase();
}

/**
 * The path, relative to the site root, that an URL seen on `pagePath` (a site-relative page
 * path such as "zh/lessons/x/index.html") points at; undefined when it leaves the site.
 */
export function siteRelativePath(url: string, fromPath: string, base: string): string | undefined {
  const origin = 'http://site.invalid';
  const resolved = new URL(url, `${origin}${base}${fromPath}`);
  if (resolved.origin !== origin || !resolved.pathname.startsWith(base)) return undefined;
  return decodeURIComponent(resolved.pathname.slice(base.length));
}

/** Measures one page; `page` is its path relative to the site root, e.g. "lessons/x/index.html". */
export function measurePage(page: string, html: string, base: string, read: AssetReader): PageWeight {
  const refs = extractRefs(html);
  const problems: string[] = [];

  const load = (url: string, from: string): { path: string; bytes: Uint8Array } | undefined => {
    const path = siteRelativePath(url, from, base);
    const bytes = path === undefined ? undefined : read(path);
    if (path === undefined) problems.push(`loads ${url} from outside the site; it cannot be measured`);
    else if (!bytes) problems.push(`references ${url}, which is not in the build`);
    return path !== undefined && bytes ? { path, bytes } : undefined;
  };

  const cssOf = (hrefs: string[]): Sizes => {
    let total = ZERO;
    for (const href of hrefs) {
      const file = load(href, page);
      if (file) total = addSizes(total, compressedSizes(file.bytes));
    }
    return total;
  };
  const css = cssOf(refs.stylesheets);
  const noscriptCss = cssOf(refs.noscriptStylesheets);

  let js = ZERO;
  const jsFiles: string[] = [];
  const language = pageLanguage(html);
  const fetchedOnThisPage = (path: string | undefined): boolean => {
    if (path === undefined) return true; // load() reports it
    const chunkLang = chunkLanguage(path);
    return chunkLang === undefined || language === undefined || chunkLang === language;
  };
  const queue = refs.scripts.map((url) => ({ url, from: page }));
  const namedKeys = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    const file = load(next.url, next.from);
    if (!file || jsFiles.includes(file.path)) continue;
    jsFiles.push(file.path);
    js = addSizes(js, compressedSizes(file.bytes));
    const source = Buffer.from(file.bytes).toString('utf8');
    for (const specifier of staticImports(source)) queue.push({ url: specifier, from: file.path });
    for (const specifier of dynamicImports(source)) {
      if (fetchedOnThisPage(siteRelativePath(specifier, file.path, base))) queue.push({ url: specifier, from: file.path });
    }
    for (const { url, key } of lessonMessageFiles(source)) {
      if (!refs.messageKeys.includes(key)) continue;
      queue.push({ url, from: file.path });
      namedKeys.add(key);
    }
  }
  for (const key of refs.messageKeys) {
    if (!namedKeys.has(key)) problems.push(`its islands fetch the messages "${key}", but no script names their file`);
  }

  const weight: PageWeight = {
    page,
    html: compressedSizes(Buffer.from(html)),
    css,
    noscriptCss,
    js,
    jsFiles,
    inlineStyleBytes: refs.inlineStyleBytes,
    inlineScriptBytes: refs.inlineScriptBytes,
    hasIslands: refs.hasIslands,
    problems,
  };
  problems.push(...budgetProblems(weight));
  return weight;
}

/** Why a measured page breaks the budget (empty when it does not). */
export function budgetProblems(weight: Pick<PageWeight, 'html' | 'css' | 'js' | 'jsFiles' | 'hasIslands'>): string[] {
  const problems: string[] = [];
  const firstFlight = weight.html.gzip + weight.css.gzip;
  if (firstFlight > FIRST_FLIGHT_BYTES) {
    problems.push(`HTML + blocking CSS is ${firstFlight} B gzip, over the ${FIRST_FLIGHT_BYTES} B first-round-trip budget`);
  }
  if (!weight.hasIslands && weight.jsFiles.length > 0) {
    problems.push(`has no islands but loads JavaScript: ${weight.jsFiles.join(', ')}`);
  }
  if (weight.hasIslands && weight.js.gzip > JS_BUDGET_BYTES) {
    problems.push(`loads ${weight.js.gzip} B gzip of JavaScript, over the ${JS_BUDGET_BYTES} B budget`);
  }
  return problems;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const triple = (sizes: Sizes): string => `${kb(sizes.raw)} / ${kb(sizes.gzip)} / ${kb(sizes.brotli)}`;

/** A Markdown table (sizes in KB = 1024 B, raw / gzip / brotli), ready to quote. */
export function formatTable(weights: PageWeight[]): string {
  const header = [
    'page',
    'HTML',
    'CSS (blocking)',
    'JS + messages',
    'inline CSS / JS',
    'islands',
    'first flight (HTML+CSS gz)',
    'no-JS CSS / first flight (gz)',
  ];
  const rows = weights.map((w) => {
    const firstFlight = w.html.gzip + w.css.gzip;
    return [
      w.page,
      triple(w.html),
      triple(w.css),
      triple(w.js),
      `${kb(w.inlineStyleBytes)} / ${kb(w.inlineScriptBytes)}`,
      w.hasIslands ? 'yes' : 'no',
      `${kb(firstFlight)} of ${kb(FIRST_FLIGHT_BYTES)} (${Math.round((100 * firstFlight) / FIRST_FLIGHT_BYTES)}%)`,
      `+${kb(w.noscriptCss.gzip)} / ${kb(firstFlight + w.noscriptCss.gzip)}`,
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** Measures one page of a built site ('zh/lessons/x/index.html'), reading its assets from the directory. */
export function measureBuiltPage(distDirectory: string, page: string, base: string): PageWeight {
  const read: AssetReader = (path) => {
    try {
      return readFileSync(join(distDirectory, path));
    } catch {
      return undefined;
    }
  };
  return measurePage(page, readFileSync(join(distDirectory, page), 'utf8'), base, read);
}

export function measureSite(distDirectory: string, base: string): PageWeight[] {
  return htmlFiles(distDirectory).map((page) => measureBuiltPage(distDirectory, page, base));
}

function main(): number {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const weights = measureSite(values.dir, normalizeBase(values.base));
  if (weights.length === 0) {
    console.error(`No HTML pages in ${relative(process.cwd(), values.dir) || '.'}/ — build the site first.`);
    return 1;
  }
  console.log(formatTable(weights));
  const failures = weights.flatMap((w) => w.problems.map((problem) => `${w.page}: ${problem}`));
  for (const failure of failures) console.error(`✗ ${failure}`);
  console.log(
    failures.length === 0
      ? `Weight budget: all ${weights.length} pages within budget.`
      : `Weight budget: ${failures.length} problem(s).`,
  );
  return failures.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exit(main());
