// State of one header explorer: which segment is loaded, its header fields as the learner has
// edited them, and which field is being explained. One store per island instance (a factory), so
// two explorers on a page never share state. What the fields mean is the island's prop, not state.
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  checksumContextOf,
  decodeHeader,
  encodeHeader,
  withChecksum,
  type ChecksumContext,
  type ControlBit,
  type FieldId,
  type HeaderFields,
} from '../core/header.ts';
import type { Side } from '../core/types.ts';

/** A segment the explorer can load: its header bytes and what the checksum covers. */
export interface LoadableSegment {
  readonly from: Side;
  /** Payload length in bytes (the payload itself is zeros). */
  readonly len: number;
  /** The 20 header bytes. */
  readonly header: Uint8Array;
}

export interface HeaderExplorerStore {
  readonly $index: ReadableAtom<number>;
  readonly $fields: ReadableAtom<HeaderFields>;
  readonly $bytes: ReadableAtom<Uint8Array>;
  /** The field whose explanation is shown, or null before the learner points at one. */
  readonly $active: ReadableAtom<FieldId | null>;
  readonly $checksumContext: ReadableAtom<ChecksumContext>;
  load(index: number): void;
  /** Turns one control bit on or off; the checksum follows. */
  toggle(bit: ControlBit): void;
  explain(field: FieldId): void;
}

export function createHeaderExplorerStore(segments: readonly LoadableSegment[]): HeaderExplorerStore {
  if (segments.length === 0) throw new RangeError('the header explorer needs at least one segment');
  const segmentAt = (index: number): LoadableSegment => {
    const segment = segments[index];
    if (!segment) throw new RangeError(`no segment ${index}: there are ${segments.length}`);
    return segment;
  };

  const $index = atom(0);
  const $fields = atom(decodeHeader(segmentAt(0).header));
  const $active = atom<FieldId | null>(null);
  const $checksumContext = computed($index, (index) => {
    const { from, len } = segmentAt(index);
    return checksumContextOf(from, len);
  });

  return {
    $index,
    $fields,
    $bytes: computed($fields, encodeHeader),
    $active,
    $checksumContext,
    load(index) {
      $fields.set(decodeHeader(segmentAt(index).header));
      $index.set(index);
    },
    toggle(bit) {
      const fields = $fields.get();
      const edited = { ...fields, controlBits: { ...fields.controlBits, [bit]: !fields.controlBits[bit] } };
      $fields.set(withChecksum(edited, $checksumContext.get()));
    },
    explain(field) {
      $active.set(field);
    },
  };
}
