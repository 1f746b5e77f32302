/**
 * Serves a built site the way GitHub Pages serves a project site, so the e2e tests see what
 * visitors will see:
 *   - everything lives under the base path (/REPO/); nothing is served outside it;
 *   - /dir/ serves /dir/index.html, /dir redirects (301) to /dir/, /page serves /page.html;
 *   - any missing path gets the base's 404.html with status 404.
 *
 *   node scripts/serve.ts [--dir dist] [--base /handshake-and-wave/] [--port 4399] [--host 127.0.0.1]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

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

function send(response: ServerResponse, status: number, type: string, body: Buffer | string, method: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(method === 'HEAD' ? undefined : body);
}

export function createSiteServer(root: string, base: string): Server {
  const siteRoot = resolve(root);
  const siteBase = normalizeBase(base);
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      if (method !== 'GET' && method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed', method);
      const resolution = await resolveRequest(siteRoot, siteBase, pathname);
      if (resolution.kind === 'redirect') {
        response.writeHead(301, { location: resolution.location });
        return response.end();
      }
      if (resolution.kind === 'file') {
        const type = CONTENT_TYPES[extname(resolution.file)] ?? 'application/octet-stream';
        return send(response, 200, type, await readFile(resolution.file), method);
      }
      const notFoundPage = join(siteRoot, '404.html');
      if (await isFile(notFoundPage)) {
        return send(response, 404, CONTENT_TYPES['.html']!, await readFile(notFoundPage), method);
      }
      send(response, 404, 'text/plain', 'Not found', method);
    })().catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error', method);
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
    },
  });
  const base = normalizeBase(values.base);
  createSiteServer(values.dir, base).listen(Number(values.port), values.host, () => {
    console.log(`Serving ${values.dir}/ at http://${values.host}:${values.port}${base}`);
  });
}
