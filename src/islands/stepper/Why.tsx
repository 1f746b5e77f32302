/** Pieces the live stepper and its static picture share. */
import type { Explanation, StepperStrings } from './explain.ts';

/** The reasons and notes of a step. Live, each citation links to the RFC; the static list keeps it plain (HTML weight). */
export function Why({ x, links }: { x: Explanation; links: boolean }) {
  return (
    <>
      {x.reasons.map((r, i) => (
        <p key={i} class="stp-why">
          {r.text}{' '}
          {links && r.href ? <a href={r.href}>{r.cite}</a> : <span class="stp-cite">{r.cite}</span>}
        </p>
      ))}
      {x.notes.map((note, i) => (
        <p key={`n${i}`} class="stp-why">{note}</p>
      ))}
    </>
  );
}

export function timerNamesOf(s: StepperStrings): Readonly<Record<string, string>> {
  return { retransmit: s['timer.retransmit'], delayed_ack: s['timer.delayed_ack'], time_wait: s['timer.time_wait'], fin_wait_2: s['timer.fin_wait_2'] };
}

