/**
 * Serves and publishes the diagram SVGs that the mdast plugin renders into
 * the cache: `astro dev` serves them from there, `astro build` copies the
 * ones the built pages reference into `dist/_diagrams/`.
 */
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { diagramFilePattern } from './source.ts';

export function diagramFiles({ cacheDir }: { cacheDir: string }): AstroIntegration {
  return {
    name: 'hw-diagram-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // The dev server may or may not have stripped the base path by now; match the file name at the end.
        server.middlewares.use((request, response, next) => {
          const name = /\/_diagrams\/([0-9a-f]{16}-(?:light|dark)\.svg)$/.exec(request.url?.split('?')[0] ?? '')?.[1];
          const file = name && join(cacheDir, name);
          if (!file || !existsSync(file)) return next();
          response.setHeader('Content-Type', 'image/svg+xml');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const referenced = new Set<string>();
        for (const page of await htmlFiles(outDir)) {
          for (const match of (await readFile(page, 'utf8')).matchAll(diagramFilePattern)) referenced.add(match[1]!);
        }
        if (referenced.size === 0) return;
        await mkdir(join(outDir, '_diagrams'), { recursive: true });
        for (const name of [...referenced].sort()) {
          await copyFile(join(cacheDir, name), join(outDir, '_diagrams', name));
        }
        logger.info(`${referenced.size} diagram SVGs copied to _diagrams/`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
