// The glossary's and FAQ's inline markup: code spans, and RFC sections linked where the RFC has them.
import { describe, expect, it } from 'vitest';
import { inlineParts } from '../../src/lessons/inline-text.ts';

describe('inline text', () => {
  it.each([
    ['plain', 'No markup.', [{ kind: 'text', text: 'No markup.' }]],
    ['a code span', 'Call `close()` now.', [{ kind: 'text', text: 'Call ' }, { kind: 'code', text: 'close()' }, { kind: 'text', text: ' now.' }]],
    ['a bare section is RFC 9293’s', '(§3.10.7.4)', [{ kind: 'text', text: '(' }, { kind: 'section', text: '§3.10.7.4', href: 'https://www.rfc-editor.org/rfc/rfc9293.html#section-3.10.7.4' }, { kind: 'text', text: ')' }]],
    ['a section of another RFC', 'RFC 9112 §9.3.', [{ kind: 'section', text: 'RFC 9112 §9.3', href: 'https://www.rfc-editor.org/rfc/rfc9112.html#section-9.3' }, { kind: 'text', text: '.' }]],
    ['a § inside code stays code', '`§3.5`', [{ kind: 'code', text: '§3.5' }]],
  ])('%s', (_what, text, parts) => {
    expect(inlineParts(text)).toEqual(parts);
  });
});
