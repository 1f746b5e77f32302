// The oracle's comparison rules (its check.mjs), ported: a trace passes a captured
// case when every sender's segments match one for one (flags as a set, absolute seq/ack, length,
// time within 20 ms + 2 %), the seen states appear in order and are left inside their windows,
// the last state agrees, and every expected error is reported.
import type { OracleTrace } from '../../src/core/index.ts';

export interface CapturedSegment {
  readonly t: number;
  readonly flags: readonly string[];
  readonly seq: number;
  readonly ack: number | null;
  readonly len: number;
}

export interface SeenState {
  readonly state: string;
  readonly first_seen: number;
  readonly last_seen: number | null;
}

export interface CapturedCase {
  readonly name: string;
  readonly about: string;
  readonly scenario: unknown;
  readonly expect: {
    readonly segments: Readonly<Record<'client' | 'server', readonly CapturedSegment[]>>;
    readonly states: Readonly<Record<'client' | 'server', readonly SeenState[]>>;
    readonly errors?: readonly { readonly who: string; readonly call: string; readonly error: string }[];
  };
}

/** Time tolerance: 20 ms plus 2 % of the time since the start. */
export const tolerance = (t: number): number => 0.02 + 0.02 * Math.abs(t);

const sameFlags = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

const fmt = (s: CapturedSegment): string =>
  `${s.flags.join('+') || '-'} seq=${s.seq} ack=${s.ack} len=${s.len} t=${s.t}`;

function compareSegments(who: string, want: readonly CapturedSegment[], got: readonly CapturedSegment[]): string[] {
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const w = want[i];
    const g = got[i];
    if (!w) return [`${who} sent an extra segment #${i + 1}: ${fmt(g as CapturedSegment)}`];
    if (!g) return [`${who} is missing segment #${i + 1}: ${fmt(w)}`];
    if (!sameFlags(w.flags, g.flags) || w.seq !== g.seq || (w.ack ?? null) !== (g.ack ?? null) || w.len !== g.len) {
      return [`${who} segment #${i + 1}: want ${fmt(w)}, got ${fmt(g)}`];
    }
    if (Math.abs(w.t - g.t) > tolerance(w.t)) {
      return [`${who} segment #${i + 1} (${w.flags.join('+')}) at t=${g.t}, want ${w.t} ± ${tolerance(w.t).toFixed(3)}`];
    }
  }
  return [];
}

function compareStates(
  who: string,
  seen: readonly SeenState[],
  reported: readonly { readonly t: number; readonly state: string }[],
): string[] {
  const got = reported.map((r) => r.state);
  let j = 0;
  for (let i = 0; i < seen.length; i++) {
    const s = seen[i] as SeenState;
    while (j < got.length && got[j] !== s.state) j++;
    if (j === got.length) return [`${who} never reported ${s.state} (reported: ${got.join(' > ') || 'nothing'})`];
    const next = seen[i + 1];
    const exit = reported[j + 1]?.t ?? Infinity;
    if (next && s.last_seen !== null) {
      const lo = s.last_seen - tolerance(s.last_seen);
      const hi = next.first_seen + tolerance(next.first_seen);
      if (exit < lo || exit > hi) return [`${who} left ${s.state} at t=${exit}, want between ${lo.toFixed(3)} and ${hi.toFixed(3)}`];
    }
    j++;
  }
  const lastSeen = seen.at(-1);
  const lastGot = reported.at(-1);
  if (lastSeen && lastGot && lastSeen.state !== lastGot.state) return [`${who} ends in ${lastGot.state}, want ${lastSeen.state}`];
  return [];
}

function compareErrors(
  want: readonly { readonly who: string; readonly call: string; readonly error: string }[],
  got: OracleTrace['errors'],
): string[] {
  let j = 0;
  for (const w of want) {
    while (j < got.length && !(got[j]?.who === w.who && got[j]?.call === w.call && got[j]?.error === w.error)) j++;
    if (j === got.length) return [`missing error ${w.error} on ${w.who}'s ${w.call}`];
    j++;
  }
  return [];
}

/** Every problem found (empty when the trace passes), in check.mjs's wording. */
export function compareWithCapture(kase: CapturedCase, trace: OracleTrace): string[] {
  const problems: string[] = [];
  for (const who of ['client', 'server'] as const) {
    const got = trace.segments.filter((s) => s.from === who);
    problems.push(...compareSegments(who, kase.expect.segments[who], got));
    problems.push(...compareStates(who, kase.expect.states[who] ?? [], trace.states[who] ?? []));
  }
  problems.push(...compareErrors(kase.expect.errors ?? [], trace.errors));
  return problems;
}
