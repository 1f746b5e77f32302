/**
 * A run's ladder drawn from the run: laid out (./ladder.ts) and drawn (<Ladder>) here. The build
 * draws every lesson stepper's picture with it; in the browser only the lab does, whose runs are
 * the learner's own. A lesson's live stepper shows the build's drawing instead (./DrawnLadder.tsx).
 */
import { useMemo } from 'preact/hooks';
import type { Replay } from '../../core/simulate.ts';
import type { StepperStrings } from './explain.ts';
import { Ladder } from './Ladder.tsx';
import { actionTextOf, ladderOf } from './ladder.ts';
import { timerNamesOf } from './Why.tsx';

export function RunLadder({ run, strings: s, current }: { run: Replay; strings: StepperStrings; current: number | null }) {
  const actionText = useMemo(() => actionTextOf(timerNamesOf(s)), [s]);
  const ladder = useMemo(() => ladderOf(run, actionText), [run, actionText]);
  return <Ladder ladder={ladder} names={{ client: s.client, server: s.server }} actionText={actionText} current={current} label={s.diagram} />;
}
