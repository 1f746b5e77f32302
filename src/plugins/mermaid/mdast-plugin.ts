/**
 * A Sätteri mdast plugin (Astro 7's Markdown pipeline) that replaces each
 * ```mermaid block with a <figure> of two lazily loaded SVG images, one per
 * theme. No mermaid code reaches the browser.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import type { RenderedDiagram } from './render.ts';
import { diagramFigureHtml, readTextAlternative } from './source.ts';

export interface MermaidPluginOptions {
  /** The site's base path with a trailing slash, e.g. `/` or `/REPO/`. */
  base: string;
  render: (source: string) => Promise<RenderedDiagram>;
}

export function mermaidDiagrams({ base, render }: MermaidPluginOptions): MdastPluginDefinition {
  return {
    name: 'hw-mermaid-diagrams',
    options: { position: true }, // for the line number in error messages
    async code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unknown file)';
      const line = node.position ? `:${node.position.start.line}` : '';
      const { title, description } = readTextAlternative(node.value);
      if (!title || !description) {
        const missing = [title ? undefined : 'accTitle', description ? undefined : 'accDescr'].filter(Boolean).join(' and ');
        throw new Error(`${file}${line}: mermaid diagram has no ${missing}. Every diagram needs both: they become its text alternative.`);
      }
      let diagram: RenderedDiagram;
      try {
        diagram = await render(node.value);
      } catch (error) {
        throw new Error(`${file}${line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      ctx.replaceNode(node, {
        raw: diagramFigureHtml(base, diagram, { title, description }),
        mdxExpressions: false,
      });
    },
  };
}
