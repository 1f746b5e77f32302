/**
 * The lab's workbench: the setup form (with the level's tools), the run drawn and explained by the
 * lessons' stepper view, the goal's verdict, and the hint's companions: "show me", start over and
 * copy link. The page's static picture of one solution is this island's children: what shows
 * until it has hydrated, and all there is without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Profile } from '../core/types.ts';
import type { GoalId } from '../lab/goals.ts';
import type { Tool } from '../lab/levels.ts';
import type { LabSetup } from '../lab/setup.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ReasonMessages } from '../i18n/reason-format.ts';
import type { StepperStrings } from '../i18n/sections/stepper.ts';
import { fillTemplate } from '../i18n/template.ts';
import { createLabStore, type LabStore } from '../stores/lab.ts';
import { createStepperStore } from '../stores/stepper.ts';
import { followStepHash } from '../stores/stepper-hash.ts';
import type { LinkedViewTexts } from './stepper/step-segments.ts';
import { RunLadder } from './stepper/RunLadder.tsx';
import { StepperView } from './stepper/StepperView.tsx';
import { SetupEditor, type Text } from './lab/SetupEditor.tsx';
import { useHydrated } from './hydrated.ts';

export interface LabBenchProps {
  levelId: string;
  goal: GoalId;
  tools: readonly Tool[];
  start: LabSetup;
  solution: LabSetup;
  locale: Locale;
  /** The lab's interface strings, keys without 'lab.'. */
  strings: Readonly<Record<string, string>>;
  /** Every stepper string: a learner's setup can show any event. */
  stepper: StepperStrings;
  /** Every reason template, for the same reason. */
  reasons: ReasonMessages;
  /** The linked views' strings (the states read out, the step's header, the small Figure 5). */
  views: LinkedViewTexts;
  children?: ComponentChildren;
}

export default function LabBench(props: LabBenchProps) {
  return useHydrated() ? <LiveBench {...props} /> : <div>{props.children}</div>;
}

type Copy = 'copied' | 'copyFailed' | null;

/** The bench's run answers `#step=N`, as a lesson's first stepper does, so a copied link opens at its step. */
const BENCH_LINK = { id: 'lab', answersStepEquals: true } as const;

function LiveBench(props: LabBenchProps) {
  const { strings, stepper, reasons, locale } = props;
  const t: Text = (key, params) => fillTemplate(strings[key] ?? (stepper as Record<string, string>)[key] ?? key, params ?? {});
  const lab: LabStore = useMemo(() => createLabStore(props), []);
  const setup = useStore(lab.$setup);
  const run = useStore(lab.$run);
  const solved = useStore(lab.$solved);
  const shown = useStore(lab.$shown);
  const [copy, setCopy] = useState<Copy>(null);
  const [opened, setOpened] = useState(true);
  const view = useMemo(() => createStepperStore({ runs: { [run.profile]: run } }), [run]);

  // The first run opens at the URL's step (a shared link shows the same frame); a changed setup starts at its beginning.
  useLayoutEffect(() => {
    const stop = followStepHash(view, BENCH_LINK);
    if (!opened) view.reset();
    setOpened(false);
    return () => {
      stop();
      view.pause();
    };
  }, [view]);

  const act = (fn: () => void) => () => {
    setCopy(null);
    fn();
  };
  const showMe = act(() => {
    lab.showMe();
  });
  // Play the solution once its run is on the bench.
  useLayoutEffect(() => {
    if (shown) view.play();
  }, [shown, view]);
  const figure = (profile: Profile, current: number) => <RunLadder run={view.runOf(profile)} strings={stepper} current={current} />;
  const copyLink = () => {
    const done = (state: Copy) => () => setCopy(state);
    navigator.clipboard?.writeText(lab.link()).then(done('copied'), done('copyFailed')) ?? setCopy('copyFailed');
  };

  return (
    <div class="lab-bench" data-testid="lab-bench" data-solved={solved ? '' : undefined}>
      <h2>{t('bench.label')}</h2>
      {lab.problem && (
        <p class="lab-problem" role="alert" data-testid="lab-problem">
          {t(`problem.${lab.problem}`)}
        </p>
      )}
      <SetupEditor setup={setup} tools={props.tools} t={t} onChange={(next) => (setCopy(null), lab.edit(next))} />
      <p class={`lab-verdict${solved ? ' is-solved' : ''}`} role="status" data-testid="lab-verdict">
        {solved ? t('bench.solved') : t('bench.notYet')}
        {shown && ` ${t('bench.shown')}`}
      </p>
      <div class="lab-actions">
        <button type="button" data-action="show-me" onClick={showMe}>{t('bench.showMe')}</button>
        <button type="button" data-action="start-over" onClick={act(lab.startOver)}>{t('bench.startOver')}</button>
        <button type="button" data-action="copy-link" onClick={copyLink}>{t('bench.copy')}</button>
        <span role="status" class="lab-copy">{copy && t(`bench.${copy}`)}</span>
      </div>
      <StepperView store={view} strings={stepper} messages={reasons} locale={locale} label={t('bench.run')} id={BENCH_LINK.id} views={props.views} figure={figure} />
    </div>
  );
}
