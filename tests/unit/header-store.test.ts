// The header explorer's store: loading segments, switching control bits (the checksum follows),
// the field being explained, the notes in one language.
import { describe, expect, it } from 'vitest';
import {
  CONTROL_BITS,
  HEADER_LAYOUT,
  ODD_FLAG_SETS,
  checksumContextOf,
  checksumVerifies,
  encodeHeader,
  headerOfSegment,
} from '../../src/core/header.ts';
import { seqNum } from '../../src/core/seq.ts';
import { headerNotesEn } from '../../src/i18n/sections/header-notes.en.ts';
import { headerNotesZh } from '../../src/i18n/sections/header-notes.zh.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { headerNotesOf } from '../../src/lessons/island-strings.ts';
import { createHeaderExplorerStore, type LoadableSegment } from '../../src/stores/header.ts';

const syn = { seq: seqNum(100), ack: null, flags: ['SYN'] as const, len: 0 };
const synAck = { seq: seqNum(300), ack: seqNum(101), flags: ['SYN', 'ACK'] as const, len: 0 };
const data = { seq: seqNum(101), ack: seqNum(301), flags: ['ACK', 'PSH'] as const, len: 5 };

const SEGMENTS: LoadableSegment[] = [
  { from: 'client', len: 0, header: encodeHeader(headerOfSegment(syn, { from: 'client' })) },
  { from: 'server', len: 0, header: encodeHeader(headerOfSegment(synAck, { from: 'server' })) },
  { from: 'client', len: 5, header: encodeHeader(headerOfSegment(data, { from: 'client' })) },
];

describe('header explorer store', () => {
  it('starts_on_the_first_segment_with_nothing_explained', () => {
    const store = createHeaderExplorerStore(SEGMENTS);
    expect(store.$index.get()).toBe(0);
    expect(store.$bytes.get()).toEqual(SEGMENTS[0]!.header);
    expect(store.$active.get()).toBeNull();
  });

  for (const [i, bit] of CONTROL_BITS.entries()) {
    it(`toggling_${bit}_flips_bit_${7 - i}_of_byte_13_and_the_checksum_still_verifies`, () => {
      const store = createHeaderExplorerStore(SEGMENTS);
      store.load(2);
      const before = store.$bytes.get();
      store.toggle(bit);
      const after = store.$bytes.get();
      expect(after[13]! ^ before[13]!).toBe(0x80 >> i);
      expect(checksumVerifies(after, checksumContextOf('client', 5))).toBe(true);
      store.toggle(bit);
      expect(store.$bytes.get()).toEqual(before);
    });
  }

  it('loading_a_segment_shows_its_header_and_drops_edits', () => {
    const store = createHeaderExplorerStore(SEGMENTS);
    store.toggle('FIN');
    store.load(1);
    expect(store.$index.get()).toBe(1);
    expect(store.$bytes.get()).toEqual(SEGMENTS[1]!.header);
    expect(store.$checksumContext.get()).toEqual(checksumContextOf('server', 0));
    store.load(0);
    expect(store.$bytes.get()).toEqual(SEGMENTS[0]!.header);
  });

  it('rejects_a_segment_it_does_not_have_and_an_empty_list', () => {
    expect(() => createHeaderExplorerStore(SEGMENTS).load(3)).toThrow(/no segment 3: there are 3/);
    expect(() => createHeaderExplorerStore([])).toThrow(RangeError);
  });

  it('explains_the_field_last_pointed_at', () => {
    const store = createHeaderExplorerStore(SEGMENTS);
    store.explain('window');
    store.explain('SYN');
    expect(store.$active.get()).toBe('SYN');
  });

  it('two_stores_never_share_state', () => {
    const a = createHeaderExplorerStore(SEGMENTS);
    const b = createHeaderExplorerStore(SEGMENTS);
    a.toggle('RST');
    a.explain('checksum');
    expect(b.$bytes.get()).toEqual(SEGMENTS[0]!.header);
    expect(b.$active.get()).toBeNull();
  });

  it('every_field_of_the_layout_and_every_odd_flag_set_has_a_note_in_both_languages_and_no_note_is_left_over', () => {
    const expected = [...HEADER_LAYOUT.map(({ id }) => `header.note.${id}`), ...ODD_FLAG_SETS.map((odd) => `header.note.odd.${odd}`)].sort();
    expect(Object.keys(headerNotesEn).sort()).toEqual(expected);
    expect(Object.keys(headerNotesZh).sort()).toEqual(expected);
  });

  for (const [locale, notes] of [['en', headerNotesEn], ['zh', headerNotesZh]] as const) {
    it(`hands_the_island_the_notes_in_${locale}`, () => {
      expect(headerNotesOf(dictionaries[locale])).toEqual(notes);
    });
  }
});
