/**
 * Pure pieces of the build-time diagram pipeline: reading a mermaid block's
 * text alternative, naming its files, and tidying the SVG mermaid returns.
 */
import { createHash } from 'node:crypto';

export type Variant = 'light' | 'dark';
export const variants: readonly Variant[] = ['light', 'dark'];

/** Mermaid theme per page theme. */
export const mermaidTheme: Readonly<Record<Variant, 'default' | 'dark'>> = { light: 'default', dark: 'dark' };

/**
 * Font stack baked into the SVG, which is measured in the build browser and
 * drawn by the reader's. Arial comes first because it, or a metric-compatible
 * twin (Liberation Sans, Arimo), is on nearly every system, so Latin labels
 * keep their measured width. CJK families follow: Chinese glyphs are
 * full-width in every CJK font, so labels measured with whichever one the
 * build machine has fit in whichever one the reader has.
 */
export const diagramFontFamily =
  'arial, "Liberation Sans", Arimo, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export interface TextAlternative {
  title: string;
  description: string;
}

/**
 * Read `accTitle:` and `accDescr:` (single line, or `accDescr { ... }` over
 * several lines) from a mermaid diagram's source. Missing parts are `undefined`.
 */
export function readTextAlternative(source: string): Partial<TextAlternative> {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const singleLine = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const description = singleLine ?? block?.replace(/\s+/g, ' ').trim();
  return { title: title || undefined, description: description || undefined };
}

/** The `alt` text for a diagram: its title, then what it shows. */
export function altText({ title, description }: TextAlternative): string {
  return `${title} — ${description}`;
}

/**
 * A short content hash naming a diagram's files. It covers everything that
 * changes the SVG (source, mermaid version, our render settings), so a cached
 * file is reused only when it would be rendered identically.
 */
export function diagramHash(source: string, renderSettings: string): string {
  return createHash('sha256').update(renderSettings).update('\0').update(source).digest('hex').slice(0, 16);
}

export function diagramFileName(hash: string, variant: Variant): string {
  return `${hash}-${variant}.svg`;
}

/** A diagram file's name: `<hash>-<variant>.svg`. */
export const diagramFileNamePattern = /[0-9a-f]{16}-(?:light|dark)\.svg/;

/** Matches the diagram files referenced from built HTML: `_diagrams/<hash>-<variant>.svg`. */
export const diagramFilePattern = new RegExp(`_diagrams/(${diagramFileNamePattern.source})`, 'g');

/**
 * Give mermaid's root `<svg>` a fixed intrinsic size, so it scales inside an
 * `<img>` like a picture instead of collapsing to `width="100%"`.
 */
export function fixSvgSize(svg: string, width: number, height: number): string {
  return svg.replace(/<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace(/\sstyle="[^"]*"/, '')
      .replace(/^<svg/, `<svg width="${width}" height="${height}"`),
  );
}

/**
 * A label measured with the build machine's fonts may be a little wider in the
 * reader's. SVG clips <foreignObject> by default, which would cut such a label
 * off; let it overflow its box slightly instead.
 */
export function letLabelsOverflow(svg: string): string {
  return svg.replace('</style>', 'foreignObject{overflow:visible}</style>');
}

/**
 * A diagram is drawn at the width its figure has. geometricPrecision scales its text's glyphs
 * with the drawing, so a browser sets up one font instance per label size for all the diagrams
 * instead of one per diagram and screen width (each a synchronous round trip in Chromium on Linux).
 */
export function scaleGlyphsWithDrawing(svg: string): string {
  return svg.replace('</style>', 'svg{text-rendering:geometricPrecision}</style>');
}

/** Escape text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The smallest share of its drawn size a diagram shrinks to on a narrow screen: mermaid's 16 px
 * labels stay near 10 px. A diagram that would need to shrink further keeps this size and
 * scrolls sideways inside its figure instead.
 */
export const DIAGRAM_MIN_SCALE = 0.6;

/**
 * The HTML of a rendered diagram: a focusable figure with one lazily loaded image per theme (CSS
 * shows the one matching the page). Used by the Markdown plugin and by <TraceDiagram>.
 */
export function diagramFigureHtml(
  base: string,
  diagram: { hash: string; sizes: Record<Variant, { width: number; height: number }> },
  alternative: TextAlternative,
  minScale: number = DIAGRAM_MIN_SCALE,
): string {
  const alt = escapeAttribute(altText(alternative));
  const images = variants.map((variant) => {
    const { width, height } = diagram.sizes[variant];
    const src = `${base}_diagrams/${diagramFileName(diagram.hash, variant)}`;
    const minWidth = Math.round(width * minScale);
    return `<img class="diagram-${variant}" src="${src}" alt="${alt}" width="${width}" height="${height}" style="min-width:${minWidth}px" loading="lazy" decoding="async" />`;
  });
  return `<figure class="diagram" data-testid="diagram" tabindex="0">${images.join('')}</figure>`;
}
