/**
 * What the e2e tests know about the site under test, read from the build and the lessons
 * themselves rather than hard-coded: the pages in dist/, the base path they were built for,
 * and the lessons in their course order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase, pageRoutesOf } from '../../scripts/serve.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');

/** The base path the site was built and is served under, "/" or "/repo/". */
export const BASE = normalizeBase(process.env.BASE_PATH ?? '/');
/** Where absolute URLs in the build (canonical, sitemap) point: SITE_URL + BASE. */
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin; // astro.config.mjs's default
export const PORT = Number(process.env.E2E_PORT ?? 4399);
export const SERVER_ORIGIN = `http://127.0.0.1:${PORT}`;

export type Lang = 'en' | 'zh';
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

export interface SitePage {
  /** Path below the base: '' (English home), 'zh/', 'lessons/how-to-use/', … */
  route: string;
  lang: Lang;
  /** Full URL on the test server. */
  url: string;
  /** The lesson id when this is a lesson page. */
  lessonId?: string;
}

export const urlOf = (route: string): string => `${SERVER_ORIGIN}${BASE}${route}`;

export const langOf = (route: string): Lang => (route === 'zh/' || route.startsWith('zh/') ? 'zh' : 'en');

/** The same page in the other language. */
export function counterpartRoute(route: string): string {
  return langOf(route) === 'zh' ? route.slice('zh/'.length) : `zh/${route}`;
}

function toPage(route: string): SitePage {
  const lesson = /^(?:zh\/)?lessons\/([^/]+)\/$/.exec(route);
  return { route, lang: langOf(route), url: urlOf(route), ...(lesson?.[1] ? { lessonId: lesson[1] } : {}) };
}

/** Every page of the build (each directory's index.html), 404 pages excluded. */
export function builtPages(): SitePage[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}: run the build first (npm test does it for you).`);
  }
  return pageRoutesOf(DIST)
    .filter((route) => !/(^|\/)404\/$/.test(route))
    .map(toPage);
}

/** The built 404 pages ('404.html', maybe 'zh/404.html'), as routes below the base. */
export function built404Pages(): string[] {
  return ['404.html', 'zh/404.html'].filter((file) => existsSync(join(DIST, file)));
}

export interface Lesson {
  id: string;
  order: number;
  /** How many build-time diagrams the source asks for (```mermaid blocks and <TraceDiagram>s): each must become one figure. */
  diagrams: number;
}

/** The lessons of one language from their front matter, in course order. */
export function lessonsInOrder(lang: Lang): Lesson[] {
  const directory = join(ROOT, 'content', 'lessons', lang);
  return readdirSync(directory)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const source = readFileSync(join(directory, file), 'utf8');
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      const field = (name: string) => new RegExp(`^${name}:\\s*['"]?([^'"\\n]+?)['"]?\\s*$`, 'm').exec(frontMatter)?.[1];
      return {
        id: field('id') ?? file.replace(/\.mdx?$/, ''),
        order: Number(field('order')),
        diagrams:
          (source.match(/^\s*```mermaid\s*$/gm)?.length ?? 0) + (source.match(/^\s*<TraceDiagram\b/gm)?.length ?? 0),
      };
    })
    .sort((a, b) => a.order - b.order);
}

export const lessonRoute = (lang: Lang, id: string): string => `${lang === 'zh' ? 'zh/' : ''}lessons/${id}/`;
export const homeRoute = (lang: Lang): string => (lang === 'zh' ? 'zh/' : '');
