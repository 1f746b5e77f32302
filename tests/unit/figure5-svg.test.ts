// The Figure 5 drawing as SVG: the same bytes every time, every state and label in it, and no
// label (its width estimated, CJK at 1 em) running over a box or off the canvas, in either language.
import { describe, expect, it } from 'vitest';
import { figure5Layout, layerOf, type DiagramLayer } from '../../src/core/figure5.ts';
import { TCP_STATES } from '../../src/core/types.ts';
import { estimateTextWidth, figure5Svg, LABEL_FONT_SIZE, placeLabel, stateName } from '../../src/plugins/state-diagram/figure5-svg.ts';
import { figure5Files } from '../../src/plugins/state-diagram/files.ts';
import { figure5Words } from '../../src/plugins/state-diagram/words.ts';

const layout = figure5Layout();
const cases = (['en', 'zh'] as const).flatMap((locale) => (['figure5', 'more'] as const).map((layer) => [locale, layer] as const));

describe.each(cases)('Figure 5 in %s, layer %s', (locale, layer: DiagramLayer) => {
  const words = figure5Words(locale, 'title', 'description');

  it('is the same SVG on every call, and differs between themes only in colour', () => {
    const light = figure5Svg(layout, layer, 'light', words).svg;
    expect(figure5Svg(layout, layer, 'light', words).svg).toBe(light);
    const dark = figure5Svg(layout, layer, 'dark', words).svg;
    expect(dark).not.toBe(light);
    expect(dark.replace(/#[0-9a-f]{6}/g, '')).toBe(light.replace(/#[0-9a-f]{6}/g, ''));
    expect(figure5Files(layer, words).hash).toBe(figure5Files(layer, words).hash);
  });

  it('sets no Chinese text in italics (a font would only slant its glyphs)', () => {
    const { svg } = figure5Svg(layout, layer, 'light', words);
    const slanted = [...svg.matchAll(/<text[^>]*class="([^"]*)"[^>]*>([^<]*)<\/text>/g)]
      .filter(([, cls, content]) => /(?:^| )(?:aside|not-modelled)(?: |$)/.test(cls!) && !/(?:^| )han(?: |$)/.test(cls!) && /\p{Script=Han}/u.test(content!));
    expect(slanted.map(([, , content]) => content)).toEqual([]);
    expect(svg).toContain('.label.han{font-style:normal}');
  });

  it('names every state', () => {
    const { svg } = figure5Svg(layout, layer, 'light', words);
    for (const state of TCP_STATES) expect(svg).toContain(`>${stateName(state)}</text>`);
  });

  it('keeps every label off the boxes and on its canvas', () => {
    const { boxes, arcs } = layerOf(layout, layer);
    const view = layer === 'figure5' ? layout.figure5View : { x: 0, y: 0, w: layout.width, h: layout.height };
    for (const arc of arcs) {
      for (const line of placeLabel(arc, words).lines) {
        const w = estimateTextWidth(line.text);
        const left = line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - w : line.x - w / 2;
        const box = { left, right: left + w, top: line.y - LABEL_FONT_SIZE * 0.8, bottom: line.y + LABEL_FONT_SIZE * 0.2 };
        const where = `${arc.id}: "${line.text}"`;
        expect(box.left >= view.x && box.right <= view.x + view.w && box.top >= view.y && box.bottom <= view.y + view.h, `${where} on the canvas`).toBe(true);
        for (const b of boxes) {
          const hits = box.left < b.x + b.w && b.x < box.right && box.top < b.y + b.h && b.y < box.bottom;
          expect(hits, `${where} over ${b.id}`).toBe(false);
        }
      }
    }
  });
});
