import { describe, expect, it } from 'vitest';
import {
  altText,
  DIAGRAM_MIN_SCALE,
  diagramFigureHtml,
  diagramFileName,
  diagramFilePattern,
  diagramHash,
  escapeAttribute,
  fixSvgSize,
  letLabelsOverflow,
  scaleGlyphsWithDrawing,
  readTextAlternative,
} from '../../src/plugins/mermaid/source.ts';

describe('readTextAlternative', () => {
  it('reads single-line accTitle and accDescr', () => {
    const source = 'sequenceDiagram\n  accTitle: The handshake\n  accDescr: Client sends SYN.\n  A->>B: SYN';
    expect(readTextAlternative(source)).toEqual({ title: 'The handshake', description: 'Client sends SYN.' });
  });

  it('reads a multi-line accDescr block, folding whitespace', () => {
    const source = 'flowchart LR\n  accTitle: 三次握手\n  accDescr {\n    客户端发送 SYN。\n    服务器回复 SYN+ACK。\n  }\n  A --> B';
    expect(readTextAlternative(source)).toEqual({ title: '三次握手', description: '客户端发送 SYN。 服务器回复 SYN+ACK。' });
  });

  it('reports what is missing', () => {
    expect(readTextAlternative('flowchart LR\n  accTitle: Only a title\n  A --> B')).toEqual({ title: 'Only a title', description: undefined });
    expect(readTextAlternative('flowchart LR\n  A --> B')).toEqual({ title: undefined, description: undefined });
  });
});

describe('diagram files', () => {
  it('are named by a hash of source and render settings', () => {
    const a = diagramHash('flowchart LR\n A --> B', 'v1');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(diagramHash('flowchart LR\n A --> B', 'v1')).toBe(a);
    expect(diagramHash('flowchart LR\n A --> C', 'v1')).not.toBe(a);
    expect(diagramHash('flowchart LR\n A --> B', 'v2')).not.toBe(a);
  });

  it('are found again in built HTML', () => {
    const html = `<img src="/repo/_diagrams/${diagramFileName('0123456789abcdef', 'light')}"><img src="/_diagrams/${diagramFileName('0123456789abcdef', 'dark')}">`;
    expect([...html.matchAll(diagramFilePattern)].map((m) => m[1])).toEqual(['0123456789abcdef-light.svg', '0123456789abcdef-dark.svg']);
  });
});

describe('fixSvgSize', () => {
  it('replaces the root svg size and style, and nothing inside', () => {
    const svg = '<svg id="x" width="100%" style="max-width: 710px;" viewBox="0 0 710 586"><rect width="10" height="5" style="fill:red"/></svg>';
    expect(fixSvgSize(svg, 710, 586)).toBe('<svg width="710" height="586" id="x" viewBox="0 0 710 586"><rect width="10" height="5" style="fill:red"/></svg>');
  });
});

describe('letLabelsOverflow', () => {
  it('adds one rule to the diagram stylesheet so labels are not clipped', () => {
    const svg = '<svg><style>#d .node{fill:red}</style><g><foreignObject/></g></svg>';
    expect(letLabelsOverflow(svg)).toBe('<svg><style>#d .node{fill:red}foreignObject{overflow:visible}</style><g><foreignObject/></g></svg>');
  });
});

describe('scaleGlyphsWithDrawing', () => {
  it('adds one rule to the diagram stylesheet so its text scales with the drawing', () => {
    const svg = '<svg><style>#d .node{fill:red}</style><text>SYN</text></svg>';
    expect(scaleGlyphsWithDrawing(svg)).toBe('<svg><style>#d .node{fill:red}svg{text-rendering:geometricPrecision}</style><text>SYN</text></svg>');
  });
});

describe('alt text', () => {
  it('joins title and description and is safe in an attribute', () => {
    expect(altText({ title: 'A', description: 'B' })).toBe('A — B');
    expect(escapeAttribute('SYN "seq" <J> & ack')).toBe('SYN &quot;seq&quot; &lt;J&gt; &amp; ack');
  });
});

describe('diagramFigureHtml', () => {
  it('gives each image its size and the smallest width it may shrink to on a phone', () => {
    const size = { width: 510, height: 586 };
    const html = diagramFigureHtml('/repo/', { hash: '0123456789abcdef', sizes: { light: size, dark: size } }, { title: 'T', description: 'D' });
    const images = html.match(/<img [^>]*>/g) ?? [];
    expect(images).toHaveLength(2);
    for (const img of images) {
      expect(img).toContain('width="510" height="586"');
      expect(img).toContain(`style="min-width:${Math.round(510 * DIAGRAM_MIN_SCALE)}px"`);
    }
    expect(DIAGRAM_MIN_SCALE).toBeGreaterThanOrEqual(0.5); // 16 px labels stay at 8 px or more
  });
});
