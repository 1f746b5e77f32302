// The header explorer: the 20-byte TCP header drawn field by field from the core's layout table
// (32 bits per row on a wide screen, a stacked list on a phone). The learner loads any segment
// of a scenario, turns control bits on and off, and reads each field's meaning on hover or focus.
// Until it has hydrated (and for good without JavaScript) it draws no controls: the segment shown
// and the bits set are plain text, the fields plain boxes, and the note says what needs JavaScript.
// Renders and dispatches only: the header arithmetic is src/core/header.ts, the state
// src/stores/header.ts; the strings and the fields' notes come in as props, already in the page's language.
import { useStore } from '@nanostores/preact';
import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  CONTROL_BITS,
  FLAGS_BYTE_INDEX,
  HEADER_LAYOUT,
  ROW_BITS,
  bytesOfHex,
  fieldValue,
  flagsByte,
  isControlBit,
  oddFlagSet,
  toBinary,
  toHex,
  type ControlBit,
  type FieldId,
  type FieldLayout,
} from '../core/header.ts';
import { FLAG_ORDER, flagsLabel, type Flag, type Side } from '../core/types.ts';
import type { headerUiStrings } from '../i18n/sections/header.ts';
import type { HeaderNotes } from '../i18n/sections/header-notes.en.ts';
import { fillTemplate } from '../i18n/template.ts';
import { createHeaderExplorerStore } from '../stores/header.ts';
import { useHydrated } from './hydrated.ts';

/**
 * Strings the wrapper only needs at build time, for the segment labels and the static note on
 * options (passed as children): not shipped as props.
 */
export type LabelKey = 'header.client' | 'header.server' | 'header.lost' | 'header.injected' | 'header.synOptions';
export type HeaderStrings = Readonly<Record<Exclude<keyof typeof headerUiStrings.en, LabelKey>, string>>;

export interface SegmentOption {
  /** What the <select> shows, e.g. "1. client → server SYN seq=100". */
  readonly label: string;
  readonly from: Side;
  readonly len: number;
  /** The segment's 20 header bytes as hex. */
  readonly hex: string;
}

interface Props {
  /** Prefix for element ids, unique on the page. */
  readonly id: string;
  /** What each field means, in the page's language. */
  readonly notes: HeaderNotes;
  readonly segments: readonly SegmentOption[];
  readonly strings: HeaderStrings;
  /** Static HTML shown below the bytes (the note on the options the drawn headers leave out). */
  readonly children?: ComponentChildren;
}

const isFlag = (bit: ControlBit): bit is ControlBit & Flag => (FLAG_ORDER as readonly string[]).includes(bit);

/** "SYN+ACK", as the lessons write a flag set, with ECN's bits after; "0" when none is set. */
function bitsLabel(bits: readonly ControlBit[]): string {
  return [flagsLabel(bits.filter(isFlag)), ...bits.filter((bit) => !isFlag(bit))].filter(Boolean).join('+') || '0';
}

/** The bit ruler above the grid numbers every fourth bit, as a nibble boundary. */
const RULER_STEP = 4;

/** "1001 1100 0100 0000": a field's bits, in nibbles. */
function bitsOf(value: number, length: number): string {
  return toBinary(value, length).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The fields with a button of their own (control bits are switched below the grid). */
const FIELD_BUTTONS = HEADER_LAYOUT.filter((field) => !isControlBit(field.id));
const ARROW_STEPS: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -ROW_BITS, ArrowDown: ROW_BITS };

/** Arrow keys move between the fields: left and right in reading order, up and down to the field drawn above or below. */
function moveBetweenFields(e: KeyboardEvent) {
  const step = ARROW_STEPS[e.key];
  const at = FIELD_BUTTONS.findIndex((field) => field.id === (e.target as HTMLElement).dataset.field);
  const bit = (FIELD_BUTTONS[at]?.bitOffset ?? 0) + (step ?? 0);
  const to = step === 1 || step === -1 ? FIELD_BUTTONS[at + step] : FIELD_BUTTONS.find((f) => f.bitOffset <= bit && bit < f.bitOffset + f.bitLength);
  if (!step || at < 0 || !to) return;
  e.preventDefault();
  (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-field="${to.id}"]`)?.focus();
}

export default function HeaderExplorer({ id, notes, segments, strings, children }: Props) {
  const [store] = useState(() =>
    createHeaderExplorerStore(segments.map(({ from, len, hex }) => ({ from, len, header: bytesOfHex(hex) }))),
  );
  const index = useStore(store.$index);
  const fields = useStore(store.$fields);
  const bytes = useStore(store.$bytes);
  const active = useStore(store.$active);
  const hydrated = useHydrated();
  const noteId = `${id}-note`;
  const flags = flagsByte(fields.controlBits);
  // A flag set no ordinary segment has gets a note on what a receiver does with it.
  const odd = oddFlagSet(fields.controlBits);
  const explain = (field: FieldId) => () => store.explain(field);

  const nameOf = (field: FieldId): string => (isControlBit(field) ? field : strings[`header.name.${field}`]);
  const display = (field: FieldId): string => {
    const value = fieldValue(fields, field);
    return field === 'checksum' ? toHex(value, 4) : String(value);
  };

  const cell = ({ id: field, bitLength }: FieldLayout) => {
    const content = (
      <>
        <span class="hx-name">{nameOf(field)}</span>
        <span class="hx-value">{display(field)}</span>
        <span class="hx-bits" aria-hidden="true">
          {bitsOf(fieldValue(fields, field), bitLength)}
        </span>
      </>
    );
    // Nothing to press before the island runs: every field is a plain box.
    if (!hydrated) {
      return (
        <span key={field} class={`hx-cell hx-w${bitLength}${isControlBit(field) ? ` hx-flag${fields.controlBits[field] ? ' on' : ''}` : ''}`} data-field={field}>
          {content}
        </span>
      );
    }
    // Control bits are switched with the labelled buttons below the grid; here they are drawn.
    if (isControlBit(field)) {
      return (
        <span
          key={field}
          class={`hx-cell hx-flag hx-w1${fields.controlBits[field] ? ' on' : ''}${field === active ? ' shown' : ''}`}
          data-field={field}
          onMouseEnter={explain(field)}
        >
          {content}
        </span>
      );
    }
    return (
      <button
        key={field}
        type="button"
        class={`hx-cell hx-w${bitLength}${field === active ? ' shown' : ''}`}
        data-field={field}
        aria-describedby={noteId}
        onFocus={explain(field)}
        onMouseEnter={explain(field)}
        onClick={explain(field)}
      >
        {content}
      </button>
    );
  };

  const activeLayout = HEADER_LAYOUT.find((layout) => layout.id === active);
  const rows = Array.from({ length: bytes.length / 4 }, (_, row) => Array.from(bytes.subarray(row * 4, row * 4 + 4)));

  return (
    <div class="hx" data-testid="header-explorer" data-live={hydrated ? 'true' : 'false'}>
      <p class="hx-title">{strings['header.title']}</p>
      {hydrated ? (
        <p class="hx-pick">
          <label for={`${id}-segment`}>{strings['header.segment']}</label>
          <select id={`${id}-segment`} data-testid="header-segment" value={index} onChange={(e) => store.load(Number(e.currentTarget.value))}>
            {segments.map((segment, i) => (
              <option key={i} value={i}>
                {segment.label}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <p class="hx-pick" data-testid="header-segment-shown">
          {fillTemplate(strings['header.segmentShown'], { label: segments[index]?.label ?? '' })}
        </p>
      )}

      <div class="hx-grid" role="group" aria-label={strings[hydrated ? 'header.grid' : 'header.gridStatic']} onKeyDown={moveBetweenFields}>
        {Array.from({ length: ROW_BITS / RULER_STEP }, (_, i) => (
          <span key={`b${i}`} class="hx-ruler hx-w4" aria-hidden="true">
            {i * RULER_STEP}
          </span>
        ))}
        {HEADER_LAYOUT.map(cell)}
      </div>

      <div class="hx-note" id={noteId} data-testid="header-note">
        {activeLayout ? (
          <>
            <p class="hx-note-head">
              <strong>{nameOf(activeLayout.id)}</strong>
              {' · '}
              {fillTemplate(strings[activeLayout.bitLength === 1 ? 'header.bitSingle' : 'header.bitRange'], {
                first: activeLayout.bitOffset,
                last: activeLayout.bitOffset + activeLayout.bitLength - 1,
                count: activeLayout.bitLength,
              })}
            </p>
            <p>{notes[`header.note.${activeLayout.id}`]}</p>
          </>
        ) : (
          // Until the island runs (and forever without JavaScript) pointing at a field does nothing.
          <p>{strings[hydrated ? 'header.hint' : 'header.noscript']}</p>
        )}
      </div>

      {hydrated ? (
        <>
          <p class="hx-label" id={`${id}-toggles`}>
            {strings['header.toggles']}
          </p>
          <div class="hx-toggles" role="group" aria-labelledby={`${id}-toggles`}>
            {CONTROL_BITS.map((bit) => (
              <button
                key={bit}
                type="button"
                data-flag={bit}
                aria-pressed={fields.controlBits[bit]}
                aria-describedby={noteId}
                onFocus={explain(bit)}
                onMouseEnter={explain(bit)}
                onClick={() => store.toggle(bit)}
              >
                {bit}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p class="hx-label" data-testid="header-bits-set">
          {fillTemplate(strings['header.bitsSet'], { flags: bitsLabel(CONTROL_BITS.filter((bit) => fields.controlBits[bit])) })}
        </p>
      )}

      {hydrated && (
        <p class="hx-odd" role="status" data-testid="header-odd">
          {odd ? notes[`header.note.odd.${odd}`] : null}
        </p>
      )}

      <dl class="hx-out">
        <dt>{strings['header.flagsByte']}</dt>
        <dd>
          <code data-testid="header-flags-binary">{toBinary(flags)}</code> = <code data-testid="header-flags-hex">{toHex(flags)}</code>
        </dd>
        <dt>{strings['header.bytes']}</dt>
        <dd>
          <code class="hx-hex" data-testid="header-bytes">
            {rows.map((row, r) => (
              <Fragment key={r}>
                {r > 0 && ' '}
                <span class="hx-row">
                  {row.map((byte, b) => {
                    const hex = byte.toString(16).padStart(2, '0');
                    return (
                      <Fragment key={b}>
                        {b > 0 && ' '}
                        {r * 4 + b === FLAGS_BYTE_INDEX ? <mark>{hex}</mark> : hex}
                      </Fragment>
                    );
                  })}
                </span>
              </Fragment>
            ))}
          </code>
        </dd>
      </dl>
      {children}
      <p class="hx-fine">{fillTemplate(strings['header.checksumNote'], { len: segments[index]?.len ?? 0 })}</p>
    </div>
  );
}
