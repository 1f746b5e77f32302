/**
 * Pure pieces of the build-time diagram pipeline: reading a mermaid block's
 * text alternative, naming its files, and tidying the SVG mermaid returns.
 */
import { createHash } from 'node:crypto';

export type Variant = 'light' | 'dark';
export const variants: readonly Variant[] = ['light', 'dark'];

/** Mermaid theme per page theme. */
export const mermaidTheme: Readonly<Record<Variant, string>> = { light: 'default', dark: 'dark' };

/**
 * Font stack baked into the SVG. The diagram is measured with the first family
 * the build browser has, so CJK families are listed to make Chinese labels
 * measure (and later draw) with a real CJK font, not a fallback box.
 */
export const diagramFontFamily =
  '"trebuchet ms", verdana, arial, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';

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

/** Matches the diagram files referenced from built HTML: `_diagrams/<hash>-<variant>.svg`. */
export const diagramFilePattern = /_diagrams\/([0-9a-f]{16}-(?:light|dark)\.svg)/g;

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

/** Escape text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
