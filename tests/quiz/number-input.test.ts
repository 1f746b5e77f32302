import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../src/quiz/index.ts';

describe('parseNumberInput', () => {
  const valid: [string, number][] = [
    ['0', 0],
    ['1', 1],
    ['4294967295', 4294967295],
    ['  301 ', 301],
    ['\t42\n', 42],
    ['007', 7],
    ['１２３', 123], // full-width digits from a Chinese input method
    ['\u3000５\u3000', 5], // ideographic spaces trimmed
  ];
  it.each(valid)('reads %j as %d', (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value });
  });

  const invalid: [string, string, number | undefined][] = [
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    ['-1', 'negative', -1],
    ['-4294967295', 'negative', -4294967295],
    ['4294967296', 'too_large', 4294967296],
    ['8589934591', 'too_large', 8589934591],
    ['+5', 'not_a_number', undefined],
    ['0x10', 'not_a_number', undefined],
    ['1e3', 'not_a_number', undefined],
    ['1.0', 'not_a_number', undefined],
    ['3.5', 'not_a_number', undefined],
    ['4,294,967,295', 'not_a_number', undefined],
    ['12 34', 'not_a_number', undefined],
    ['abc', 'not_a_number', undefined],
    ['--1', 'not_a_number', undefined],
    ['-', 'not_a_number', undefined],
    ['NaN', 'not_a_number', undefined],
    ['Infinity', 'not_a_number', undefined],
  ];
  it.each(invalid)('rejects %j as %s', (text, error, value) => {
    const parsed = parseNumberInput(text);
    expect(parsed).toEqual(value === undefined ? { ok: false, error } : { ok: false, error, value });
  });
});
