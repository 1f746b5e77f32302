/**
 * Serves and publishes the diagram SVGs that the mdast plugin renders into the cache: `astro dev`
 * serves them from there, `astro build` copies the ones the built pages reference into
 * `dist/_diagrams/`.
 */
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../built-files/integration.ts';
import { diagramFileNamePattern } from './source.ts';

export function diagramFiles({ cacheDir }: { cacheDir: string }): AstroIntegration {
  return builtFiles({
    name: 'hw-diagram-files',
    cacheDir,
    folder: '_diagrams',
    pattern: diagramFileNamePattern,
    contentType: 'image/svg+xml',
    what: 'diagram SVGs',
  });
}
