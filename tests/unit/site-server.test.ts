/**
 * The local site server's two ways of answering: fresh and uncompressed for the e2e tests
 * (they measure gzip sizes themselves), or compressed and cached as GitHub Pages answers, for
 * the Lighthouse audit.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { createSiteServer, type SiteServerOptions } from '../../scripts/serve.ts';

const PAGE = `<!doctype html><title>A page</title><p>${'Some text. '.repeat(50)}</p>`;
const root = mkdtempSync(join(tmpdir(), 'hw-site-'));
mkdirSync(join(root, 'lessons'));
writeFileSync(join(root, 'lessons', 'index.html'), PAGE);
writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

async function served(options: SiteServerOptions, path: string, headers: Record<string, string> = {}) {
  const server = createSiteServer(root, '/base/', options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    // node:http, not fetch: fetch would undo the compression this test is about.
    return await new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  } finally {
    server.close();
  }
}

describe('the site server', () => {
  test('for the tests: no-store, and the file as it is on disk even when gzip is accepted', async () => {
    const answer = await served({}, '/base/lessons/', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(PAGE);
  });

  test('as GitHub Pages: gzip for a client that accepts it, and ten minutes of cache', async () => {
    const answer = await served({ pagesHeaders: true }, '/base/lessons/', { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['cache-control']).toBe('max-age=600');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.body.length).toBeLessThan(PAGE.length);
    expect(gunzipSync(answer.body).toString()).toBe(PAGE);
  });

  test('as GitHub Pages: uncompressed for a client that does not accept gzip, and for images', async () => {
    const plain = await served({ pagesHeaders: true }, '/base/lessons/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    const image = await served({ pagesHeaders: true }, '/base/logo.png', { 'accept-encoding': 'gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
