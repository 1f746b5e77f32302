/**
 * The stepper as a static picture: the full ladder and every step's explanation in order. Rendered
 * at build time by <Stepper> (no JavaScript); it is what a reader sees before the island runs and
 * all a reader without JavaScript gets. CSS hides it once the live stepper is there.
 */
import type { Run } from '../../core/simulate.ts';
import { createTimeline } from '../../core/timeline.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ReasonMessages } from '../../i18n/reason-format.ts';
import { timerNamesOf, Why } from './Why.tsx';
import { explain, type StepperStrings } from './explain.ts';
import { Ladder } from './Ladder.tsx';
import { ladderOf } from './ladder.ts';

interface Props {
  run: Run;
  strings: StepperStrings;
  messages: ReasonMessages;
  locale: Locale;
  label: string;
}

export default function StaticStepper({ run, strings: s, messages, locale, label }: Props) {
  const timeline = createTimeline(run);
  const total = timeline.length - 1;
  const frames = Array.from({ length: total }, (_, i) => timeline.at(i + 1));
  return (
    <div class="stp stp-static" role="group" aria-label={label}>
      <Ladder ladder={ladderOf(run)} names={{ client: s.client, server: s.server }} timerNames={timerNamesOf(s)} current={null} label={s.diagram} />
      <p class="stp-heading">{s.steps}</p>
      <ol class="stp-steps">
        {frames.map((f) => {
          const x = explain(f, total, s, messages, locale);
          return (
            <li key={f.index}>
              <p class="stp-event">{x.event}</p>
              <Why x={x} links={false} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
