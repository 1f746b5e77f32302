/**
 * The build's Figure 5 files: each layer drawn in both themes and written, like mermaid's diagrams,
 * to the diagram cache under a content hash (`_diagrams/<hash>-<variant>.svg`), so the diagram
 * integration serves them in dev and copies the ones pages reference into the build.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { figure5Layout, type DiagramLayer } from '../../core/figure5.ts';
import { diagramFileName, diagramHash, variants, type Variant } from '../mermaid/source.ts';
import { figure5Svg, type Figure5Words } from './figure5-svg.ts';

export interface DrawnDiagram {
  readonly hash: string;
  readonly sizes: Record<Variant, { width: number; height: number }>;
}

/** Bump when the drawing code changes in a way its input does not show. */
const DRAWING_VERSION = 'figure5-svg-1';

/** The SVG texts of one layer in both themes, and the hash naming their files. Pure. */
export function figure5Files(layer: DiagramLayer, words: Figure5Words): { hash: string; files: Record<Variant, { svg: string; width: number; height: number }> } {
  const light = figure5Svg(figure5Layout(), layer, 'light', words);
  const dark = figure5Svg(figure5Layout(), layer, 'dark', words);
  return { hash: diagramHash(light.svg + '\0' + dark.svg, DRAWING_VERSION), files: { light, dark } };
}

/** Writes one layer's two files into the diagram cache (if not there yet) and says how to show them. */
export async function writeFigure5(cacheDir: string, layer: DiagramLayer, words: Figure5Words): Promise<DrawnDiagram> {
  const { hash, files } = figure5Files(layer, words);
  await mkdir(cacheDir, { recursive: true });
  for (const variant of variants) {
    const path = join(cacheDir, diagramFileName(hash, variant));
    if (existsSync(path)) continue;
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, files[variant].svg);
    await rename(temporary, path);
  }
  const size = (v: Variant) => ({ width: files[v].width, height: files[v].height });
  return { hash, sizes: { light: size('light'), dark: size('dark') } };
}
