/**
 * Files that pages render into a cache while they are built and then reference by a
 * content-hashed name under one folder of the site (`_diagrams/…svg`, `_data/…json`): `astro dev`
 * serves them from the cache, `astro build` copies the ones the built pages reference. A file
 * no page references is never published, so an old cache entry cannot leak into the site.
 */
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface BuiltFiles {
  /** The integration's name. */
  readonly name: string;
  readonly cacheDir: string;
  /** The site folder they are published under, e.g. `_diagrams`. */
  readonly folder: string;
  /** Matches a file's name (its only group) where built HTML references it under the folder. */
  readonly pattern: RegExp;
  readonly contentType: string;
  /** What the build log calls them ("diagram SVGs"). */
  readonly what: string;
}

export function builtFiles({ name, cacheDir, folder, pattern, contentType, what }: BuiltFiles): AstroIntegration {
  const inFolder = new RegExp(`/${folder}/(${pattern.source})$`);
  const referencedIn = new RegExp(`${folder}/(${pattern.source})`, 'g');
  return {
    name,
    hooks: {
      'astro:server:setup': ({ server }) => {
        // The dev server may or may not have stripped the base path by now; match the file name at the end.
        server.middlewares.use((request, response, next) => {
          const file = inFolder.exec(request.url?.split('?')[0] ?? '')?.[1];
          const path = file && join(cacheDir, file);
          if (!path || !existsSync(path)) return next();
          response.setHeader('Content-Type', contentType);
          createReadStream(path).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const referenced = new Set<string>();
        for (const page of await htmlFiles(outDir)) {
          for (const match of (await readFile(page, 'utf8')).matchAll(referencedIn)) referenced.add(match[1]!);
        }
        if (referenced.size === 0) return;
        await mkdir(join(outDir, folder), { recursive: true });
        for (const file of [...referenced].sort()) await copyFile(join(cacheDir, file), join(outDir, folder, file));
        logger.info(`${referenced.size} ${what} copied to ${folder}/`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
