/**
 * The stepper as a static picture: the full ladder and every step's explanation in order. Rendered
 * at build time by <Stepper> (no JavaScript); it is what a reader sees before the island runs and
 * all a reader without JavaScript gets. CSS hides it once the live stepper is there.
 *
 * Each step of the list carries the stepper's link for it (`<id>-step-N`, and `step=N` on the
 * page's first stepper), so a link scrolls there before any script runs: the island then hydrates
 * where the reader is looking and opens at that step.
 */
import type { Run } from '../../core/simulate.ts';
import { createTimeline } from '../../core/timeline.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ReasonMessages } from '../../i18n/reason-format.ts';
import { Why } from './Why.tsx';
import { explain, type StepperStrings } from './explain.ts';
import { RunLadder } from './RunLadder.tsx';
import { stepAnchor } from '../../stores/stepper-hash.ts';

interface Props {
  run: Run;
  strings: StepperStrings;
  messages: ReasonMessages;
  locale: Locale;
  label: string;
  /** The stepper's id on the page. */
  id: string;
  /** Whether it is the one answering `#step=N`. */
  answersStepEquals: boolean;
}

export default function StaticStepper({ run, strings: s, messages, locale, label, id, answersStepEquals }: Props) {
  const timeline = createTimeline(run);
  const total = timeline.length - 1;
  const frames = Array.from({ length: total }, (_, i) => timeline.at(i + 1));
  return (
    <div class="stp stp-static" role="group" aria-label={label} id={stepAnchor(id, 0)}>
      <RunLadder run={run} strings={s} current={null} />
      <p class="stp-heading" id={answersStepEquals ? 'step=0' : undefined}>{s.steps}</p>
      <ol class="stp-steps">
        {frames.map((f) => {
          const x = explain(f, total, s, messages, locale);
          return (
            <li key={f.index} id={stepAnchor(id, f.index)}>
              <p class="stp-event" id={answersStepEquals ? `step=${f.index}` : undefined}>{x.event}</p>
              <Why x={x} links={false} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
