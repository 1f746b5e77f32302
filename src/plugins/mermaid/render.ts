/**
 * Renders a mermaid diagram to light and dark SVG files, once: results are
 * cached on disk by content hash, so rebuilds skip the browser entirely and
 * give byte-identical files.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import mermaidPackage from 'mermaid/package.json' with { type: 'json' };
import { diagramBrowserLaunchOptions } from './browser.ts';
import {
  diagramFileName,
  diagramFontFamily,
  diagramHash,
  fixSvgSize,
  letLabelsOverflow,
  mermaidTheme,
  scaleGlyphsWithDrawing,
  variants,
  type Variant,
} from './source.ts';

export interface Size {
  width: number;
  height: number;
}

export interface RenderedDiagram {
  hash: string;
  sizes: Record<Variant, Size>;
}

/** Bump when a change here alters the SVG, so old cache entries are not reused. */
const pipelineVersion = 3;
const renderSettings = JSON.stringify({ pipelineVersion, mermaid: mermaidPackage.version, mermaidTheme, diagramFontFamily });

export function createDiagramRenderer(cacheDir: string): (source: string) => Promise<RenderedDiagram> {
  let renderer: MermaidRenderer | undefined;
  const browser = () =>
    (renderer ??= createMermaidRenderer({
      launchOptions: diagramBrowserLaunchOptions(),
    }));

  async function renderVariant(source: string, hash: string, variant: Variant): Promise<Size> {
    const [result] = await browser()([source], {
      prefix: `d${hash}-${variant}`,
      mermaidConfig: {
        theme: mermaidTheme[variant],
        fontFamily: diagramFontFamily,
        themeVariables: { fontFamily: diagramFontFamily },
        // HTML labels wrap at word boundaries like the page does; SVG-text labels break
        // inside words ("SYN_RECEIVE / D"). Both render inside an <img>.
        htmlLabels: true,
        deterministicIds: true,
        deterministicIDSeed: hash,
        securityLevel: 'strict',
      },
    });
    if (!result || result.status === 'rejected') {
      const reason: unknown = result?.reason;
      throw new Error(`mermaid could not render the diagram: ${reason instanceof Error ? reason.message : String(reason)}`);
    }
    const width = Math.ceil(result.value.width);
    const height = Math.ceil(result.value.height);
    const svg = scaleGlyphsWithDrawing(letLabelsOverflow(fixSvgSize(result.value.svg, width, height)));
    await writeAtomically(join(cacheDir, diagramFileName(hash, variant)), svg);
    return { width, height };
  }

  return async function render(source) {
    const hash = diagramHash(source, renderSettings);
    const sizeFile = join(cacheDir, `${hash}.json`);
    const cached = await readFile(sizeFile, 'utf8').catch(() => undefined);
    if (cached !== undefined) return { hash, sizes: JSON.parse(cached) as Record<Variant, Size> };

    await mkdir(cacheDir, { recursive: true });
    // Both variants in flight at once, so they share one browser launch.
    const [light, dark] = await Promise.all(variants.map((variant) => renderVariant(source, hash, variant)));
    const sizes: Record<Variant, Size> = { light: light!, dark: dark! };
    // The size file is written last: its presence means both SVGs are complete.
    await writeAtomically(sizeFile, JSON.stringify(sizes));
    return { hash, sizes };
  };
}

async function writeAtomically(path: string, contents: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}
