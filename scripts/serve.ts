/**
 * Serves a built site the way GitHub Pages serves a project site, so the e2e tests see what
 * visitors will see:
 *   - everything lives under the base path (/REPO/); nothing is served outside it;
 *   - /dir/ serves /dir/index.html, /dir redirects (301) to /dir/, /page serves /page.html;
 *   - any missing path gets the base's 404.html with status 404.
 * The e2e tests get every response fresh and as it is on disk (no-store, uncompressed: they
 * measure gzip sizes themselves). `pagesHeaders` adds what GitHub Pages also does, for tools
 * that time the load as a visitor meets it (scripts/lighthouse.ts): gzip for clients that
 * accept it, and a cache lifetime of ten minutes.
 *
 *   node scripts/serve.ts [--dir dist] [--base /handshake-and-wave/] [--port 4399] [--host 127.0.0.1] [--pages-headers]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** "/", "/repo" and "repo/" all become "/repo/" (or "/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

async function isDirectory(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isDirectory(), () => false);
}

/** Maps a request path to a file in root the way GitHub Pages does. */
export async function resolveRequest(root: string, base: string, pathname: string): Promise<Resolution> {
  if (`${pathname}/` === base) return { kind: 'redirect', location: base };
  if (!pathname.startsWith(base)) return { kind: 'missing' };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { kind: 'missing' };
  }
  const target = resolve(root, relative);
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'missing' };

  if (await isFile(target)) return { kind: 'file', file: target };
  if (await isDirectory(target)) {
    if (!(await isFile(join(target, 'index.html')))) return { kind: 'missing' };
    return pathname.endsWith('/')
      ? { kind: 'file', file: join(target, 'index.html') }
      : { kind: 'redirect', location: `${pathname}/` };
  }
  if (!pathname.endsWith('/') && (await isFile(`${target}.html`))) return { kind: 'file', file: `${target}.html` };
  return { kind: 'missing' };
}

/**
 * Every page of a build as a route below the base, sorted: each directory's index.html ('' for
 * the home page, 'lessons/tcp-header/'). The 404 page, a file of its own, is not among them.
 */
export function pageRoutesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}

export interface SiteServerOptions {
  /** Compress and cache as GitHub Pages does, rather than the tests' fresh, uncompressed files. */
  pagesHeaders?: boolean;
}

/** GitHub Pages compresses these; images and fonts are compressed already. */
const COMPRESSED = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

function send(request: IncomingMessage, response: ServerResponse, status: number, type: string, body: Buffer | string, options: SiteServerOptions): void {
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': options.pagesHeaders ? 'max-age=600' : 'no-store' };
  let payload = body;
  if (options.pagesHeaders && COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    payload = gzipSync(body);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'Accept-Encoding';
  }
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : payload);
}

export function createSiteServer(root: string, base: string, options: SiteServerOptions = {}): Server {
  const siteRoot = resolve(root);
  const siteBase = normalizeBase(base);
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      if (method !== 'GET' && method !== 'HEAD') return send(request, response, 405, 'text/plain', 'Method not allowed', options);
      const resolution = await resolveRequest(siteRoot, siteBase, pathname);
      if (resolution.kind === 'redirect') {
        response.writeHead(301, { location: resolution.location });
        return response.end();
      }
      if (resolution.kind === 'file') {
        const type = CONTENT_TYPES[extname(resolution.file)] ?? 'application/octet-stream';
        return send(request, response, 200, type, await readFile(resolution.file), options);
      }
      const notFoundPage = join(siteRoot, '404.html');
      if (await isFile(notFoundPage)) {
        return send(request, response, 404, CONTENT_TYPES['.html']!, await readFile(notFoundPage), options);
      }
      send(request, response, 404, 'text/plain', 'Not found', options);
    })().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(request, response, 500, 'text/plain', 'Internal error', options);
    });
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      port: { type: 'string', default: '4399' },
      host: { type: 'string', default: '127.0.0.1' },
      'pages-headers': { type: 'boolean', default: false },
    },
  });
  const base = normalizeBase(values.base);
  createSiteServer(values.dir, base, { pagesHeaders: values['pages-headers'] }).listen(Number(values.port), values.host, () => {
    console.log(`Serving ${values.dir}/ at http://${values.host}:${values.port}${base}`);
  });
}
