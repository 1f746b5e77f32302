/**
 * A Sätteri mdast plugin that puts the site's base path in front of
 * root-relative Markdown links (`[next](/lessons/x/)`), which Astro does not
 * rewrite by itself. Lessons can then link the same way under any base.
 */
import type { MdastPluginDefinition } from 'satteri';
import { withBase } from '../i18n/locales.ts';

export function baseLinks(base: string): MdastPluginDefinition {
  return {
    name: 'hw-base-links',
    link(node, ctx) {
      const url = withBase(base, node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
