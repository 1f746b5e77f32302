/** Publishes the island data files the built pages reference (./files.ts writes them). */
import type { AstroIntegration } from 'astro';
import { builtFiles } from '../built-files/integration.ts';
import { ISLAND_DATA_FOLDER, islandDataFileName } from './files.ts';

export function islandDataFiles({ cacheDir }: { cacheDir: string }): AstroIntegration {
  return builtFiles({
    name: 'hw-island-data-files',
    cacheDir,
    folder: ISLAND_DATA_FOLDER,
    pattern: islandDataFileName,
    contentType: 'application/json',
    what: 'island data files',
  });
}
