/**
 * The browser half of the Preact renderer: @astrojs/preact 6.0.5's client.js without its support
 * for signal props, which no island of ours is given. That support is an import() of
 * @preact/signals, the one import() left in the islands' code, and every import() makes Vite add
 * its module-preload helper (~0.65 KB gzip, on every island page; issue 4, item 8). Everything
 * else is as upstream: slots as static HTML, the island id as the vnode mask (so useId matches
 * the server's), hydrate, and render(null) on astro:unmount. astro.config.mjs points the
 * renderer's client entry here; compare with node_modules/@astrojs/preact/dist/client.js on upgrade.
 */
import { h, hydrate, render, type ComponentType, type VNode } from 'preact';

type Slots = Readonly<Record<string, string>>;

/** A slot's server-rendered HTML, kept as is (Preact never re-renders it). */
function StaticHtml({ value, name, hydrate: live = true }: { value?: string; name?: string; hydrate?: boolean }) {
  if (!value) return null;
  return h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } });
}
StaticHtml.shouldComponentUpdate = () => false;

function islandMaskId(element: HTMLElement): number | string | null {
  const id = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
  return Number.isNaN(id) ? element.getAttribute('uid') : id;
}

export default (element: HTMLElement) =>
  async (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, { default: children, ...slotted }: Slots, { client }: { client: string }) => {
    if (!element.hasAttribute('ssr')) return;
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children == null ? children : h(StaticHtml, { value: children })) as VNode & Record<string, unknown>;
    const maskId = islandMaskId(element);
    if (maskId !== null) child._mask = child.__m = [maskId, 0];
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
