/**
 * A step's segment in the header explorer's view, read only: the twenty bytes field by field (the
 * explorer's grid and classes), the flags byte, the bytes in hex and the checksum, all from the
 * core's header encoding of the model's segment. Loaded only when a learner opens it, so a page
 * pays for it only then.
 */
import { Fragment } from 'preact';
import {
  FLAGS_BYTE_INDEX,
  HEADER_LAYOUT,
  encodeHeader,
  fieldValue,
  flagsByte,
  headerOfSegment,
  isControlBit,
  toBinary,
  toHex,
  type FieldId,
} from '../../core/header.ts';
import type { SentSegment } from '../../core/simulate.ts';
import { fillTemplate } from '../../i18n/template.ts';
import type { Frame } from '../../core/timeline.ts';
import { captionOf, stepSegments, type HeaderViewStrings } from './step-segments.ts';

const hex2 = (byte: number): string => byte.toString(16).padStart(2, '0');

/** "1001 1100": a field's bits, in nibbles. */
function bitsOf(value: number, length: number): string {
  return toBinary(value, length).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The segments a step puts before the learner (./step-segments.ts), each in the header view, or why there are none. */
export function StepHeaders({ frame, s }: { frame: Frame; s: HeaderViewStrings }) {
  const segments = stepSegments(frame);
  if (segments.length === 0) return <p data-testid="stepper-header-none">{s['stepperViews.header.none']}</p>;
  return <>{segments.map((seg) => <HeaderView key={seg.sent.id} sent={seg.sent} caption={captionOf(seg, s)} s={s} />)}</>;
}

export function HeaderView({ sent, caption, s }: { sent: SentSegment; caption: string; s: HeaderViewStrings }) {
  const fields = headerOfSegment(sent.segment, { from: sent.from });
  const bytes = encodeHeader(fields);
  const flags = flagsByte(fields.controlBits);
  const nameOf = (id: FieldId) => (isControlBit(id) ? id : s[`header.name.${id}`]);
  const rows = Array.from({ length: bytes.length / 4 }, (_, r) => Array.from(bytes.subarray(r * 4, r * 4 + 4)));
  return (
    <div class="hx stp-hx" data-testid="stepper-header" data-seq={sent.segment.seq}>
      <p class="hx-title">{caption}</p>
      <div class="hx-grid">
        {HEADER_LAYOUT.map(({ id, bitLength }) => {
          const value = fieldValue(fields, id);
          const flag = isControlBit(id);
          return (
            <span key={id} class={`hx-cell hx-w${bitLength}${flag ? ` hx-flag${value ? ' on' : ''}` : ''}`} data-field={id}>
              <span class="hx-name">{nameOf(id)}</span>
              <span class="hx-value">{id === 'checksum' ? toHex(value, 4) : value}</span>
              {!flag && <span class="hx-bits" aria-hidden="true">{bitsOf(value, bitLength)}</span>}
            </span>
          );
        })}
      </div>
      <dl class="hx-out">
        <dt>{s['stepperViews.header.flags']}</dt>
        <dd data-testid="stepper-header-flags">{HEADER_LAYOUT.filter((f) => isControlBit(f.id) && fieldValue(fields, f.id)).map((f) => f.id).join(' ') || '—'}</dd>
        <dt>{s['header.flagsByte']}</dt>
        <dd>
          <code>{toBinary(flags)}</code> = <code data-testid="stepper-header-flags-hex">{toHex(flags)}</code>
        </dd>
        <dt>{s['header.bytes']}</dt>
        <dd>
          <code class="hx-hex" data-testid="stepper-header-bytes">
            {rows.map((row, r) => (
              <span key={r} class="hx-row">
                {row.map((byte, b) => (
                  <Fragment key={b}>
                    {b > 0 && ' '}
                    {r * 4 + b === FLAGS_BYTE_INDEX ? <mark>{hex2(byte)}</mark> : hex2(byte)}
                  </Fragment>
                ))}
                {r < rows.length - 1 && ' '}
              </span>
            ))}
          </code>
        </dd>
      </dl>
      <p class="hx-fine">{fillTemplate(s['header.checksumNote'], { len: sent.segment.len })}</p>
    </div>
  );
}
