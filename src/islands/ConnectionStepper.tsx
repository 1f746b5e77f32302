/**
 * The connection stepper: two endpoints with their state and sequence variables, a ladder diagram
 * of the run, and controls to walk it step by step (buttons, ← → Home End, play). Each step is
 * explained from the core's reasons, in the page's language.
 *
 * <Stepper> passes the static picture (StaticStepper, rendered at build time) as this island's
 * children: it is what the island shows until it has hydrated, and all it shows without
 * JavaScript. Its strings and reason templates, just those its runs can show, come in the page's
 * text blocks, which the page's other steppers (and its quiz) share (./page-texts.ts).
 *
 * Its runs are built with the page (the core simulates each scenario at build time) and fetched
 * as a data file (packed: src/core/run-data.ts) when the island comes to life: the same for every
 * reader, so the browser needs the views, not the simulator. The page's steppers share the file,
 * fetched once. Nor does it need the ladder's layout: the live ladder is the static picture's, each
 * frame shown by changing its classes and in-flight lines (./stepper/DrawnLadder.tsx); another
 * profile's ladder, drawn by the build the same way, is fetched when the learner picks it.
 *
 * Linked views of the step: the endpoints' states (read out to screen readers too), the ladder
 * and, on request, the step's segment in the header explorer's view; the URL's step link drives
 * them all (src/stores/stepper-hash.ts). On a phone the controls and the step's explanation stay on
 * screen while the ladder scrolls between them, and the explanation comes after the ladder so its
 * length never moves it.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { unpackRun, type PackedRun } from '../core/run-data.ts';
import type { Replay } from '../core/simulate.ts';
import type { Profile } from '../core/types.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ReasonMessages } from '../i18n/reason-format.ts';
import type { StepperStrings } from '../i18n/sections/stepper.ts';
import { fillTemplate } from '../i18n/template.ts';
import { byProfile, createStepperStore, type StepperStore } from '../stores/stepper.ts';
import { followStepHash } from '../stores/stepper-hash.ts';
import type { LinkedViewTexts } from './stepper/step-segments.ts';
import { DrawnLadder, drawnLadders } from './stepper/DrawnLadder.tsx';
import { StepperView } from './stepper/StepperView.tsx';
import { useIslandData } from './island-data.ts';
import { usePageTexts } from './page-texts.ts';

export interface ConnectionStepperProps {
  /**
   * The data file the wrapper built with the runs of the page's steppers: for each, the run of
   * every profile it offers, default first (one means no choice is shown).
   */
  runs: string;
  /** Which of the file's steppers this one is. */
  at: number;
  locale: Locale;
  /** The stepper's id on the page: its link is `#<id>-step-N`. */
  id: string;
  /** Whether it also answers (and writes) `#step=N`: the page's first stepper does. */
  ownsHash?: boolean;
  /** What the stepper shows, for its accessible name. */
  title?: string;
  /** The data file with the drawings of its runs after the default (profile → SVG), if it offers more than one. */
  ladders?: string;
  /** The static picture, shown until the live stepper is ready; the live one animates its ladder. */
  children?: ComponentChildren;
}

/**
 * What the page's text blocks hold for a stepper: the strings its runs can show (keys without
 * 'stepper.', src/lessons/island-strings.ts), the reason templates under their exact keys, and
 * the linked views' strings (those shown at once, and where the rest are).
 */
interface StepperTexts {
  readonly stepper: Partial<StepperStrings>;
  readonly reasons: ReasonMessages;
  readonly views: LinkedViewTexts['shown'];
  readonly viewsFile: { readonly url: string };
}

export default function ConnectionStepper(props: ConnectionStepperProps) {
  const texts = usePageTexts() as StepperTexts | undefined;
  const page = useIslandData<readonly (readonly PackedRun[])[]>(props.runs);
  const runs = useMemo(() => page?.[props.at]?.map(unpackRun), [page]);
  // The static picture's ladder, kept for the live stepper to show. The first render always shows
  // the picture: the texts and the runs only come in effects.
  const picture = useRef<HTMLDivElement>(null);
  const drawn = useRef<SVGSVGElement | null>(null);
  useLayoutEffect(() => {
    drawn.current = picture.current?.querySelector<SVGSVGElement>('svg.lad') ?? null;
  }, []);
  // A box of its own around the static picture: client:visible watches the island's children, and
  // Astro's <astro-slot> alone (display: contents) never intersects anything.
  return texts && runs ? <LiveStepper {...props} texts={texts} runs={runs} drawn={drawn.current} /> : <div ref={picture}>{props.children}</div>;
}

function LiveStepper(props: Omit<ConnectionStepperProps, 'runs' | 'at'> & { texts: StepperTexts; runs: readonly Replay[]; drawn: SVGSVGElement | null }) {
  const { locale, ownsHash = true } = props;
  const { reasons: messages } = props.texts;
  const views: LinkedViewTexts = useMemo(() => ({ shown: props.texts.views, more: props.texts.viewsFile.url }), []);
  // Only what the page's runs can show is there: the keys of what they cannot are never asked for.
  const s = props.texts.stepper as StepperStrings;
  // One store for the island's life (its props never change).
  const store: StepperStore = useMemo(() => createStepperStore({ runs: byProfile(props.runs) }), []);
  const ladders = useMemo(() => drawnLadders({ profile: store.profiles[0]!, svg: props.drawn }, props.ladders), []);
  const label = props.title ? fillTemplate(s.titled, { label: s.label, title: props.title }) : s.label;
  const root = useRef<HTMLDivElement>(null);

  // Open where the URL says and keep it in step, before the first frame is painted; a link to
  // this stepper brings it into view (the static picture the browser scrolled to is gone).
  useLayoutEffect(() => {
    const stop = followStepHash(store, { id: props.id, answersStepEquals: ownsHash }, { onLanded: () => root.current?.scrollIntoView({ block: 'start' }) });
    return () => {
      stop();
      store.pause();
    };
  }, [store]);

  const figure = (profile: Profile, current: number) => <DrawnLadder ladders={ladders} profile={profile} current={current} />;
  return <StepperView store={store} strings={s} messages={messages} locale={locale} label={label} id={props.id} views={views} figure={figure} rootRef={root} />;
}
