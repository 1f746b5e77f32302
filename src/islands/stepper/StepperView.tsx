/**
 * The live view of a stepper's run: both endpoints with their state and sequence variables, the
 * controls (buttons, ← → Home End, play), the ladder, the step's explanation and, on request,
 * the linked views (the step's segment in the header explorer's view, a small Figure 5). It reads
 * and drives one stepper store; the connection stepper and the lab's workbench both show it, each
 * owning its store and what the URL says.
 */
import type { ComponentChildren, FunctionComponent, Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { EndpointSnapshot, Profile, Side } from '../../core/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ReasonMessages } from '../../i18n/reason-format.ts';
import type { StepperStrings } from '../../i18n/sections/stepper.ts';
import { fillTemplate } from '../../i18n/template.ts';
import type { StepperStore } from '../../stores/stepper.ts';
import type { HeaderViewStrings, LinkedViewTexts } from './step-segments.ts';
import { fetchIslandData } from '../island-data.ts';
import type { StepHeaders as StepHeadersComponent } from './HeaderView.tsx';
import type { StateMini as StateMiniComponent } from './StateMini.tsx';
import { explain } from './explain.ts';
import { Why } from './Why.tsx';

const SIDES: readonly Side[] = ['client', 'server'];
const VARS = [
  ['SND.UNA', 'sndUna'],
  ['SND.NXT', 'sndNxt'],
  ['RCV.NXT', 'rcvNxt'],
  ['ISS', 'iss'],
  ['IRS', 'irs'],
] as const;

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}
const ICONS = {
  reset: 'M2 3h2v10H2zM14 3v10L5 8z',
  back: 'M12 3v10L5 8z',
  forward: 'M4 3v10l7-5z',
  play: 'M4 2v12l10-6z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
};

function Endpoint({ name, now, before }: { name: string; now: EndpointSnapshot; before: EndpointSnapshot }) {
  return (
    <div class="stp-end">
      <p class="stp-who">{name}</p>
      <p class={`stp-state${now.state !== before.state ? ' is-changed' : ''}`} data-testid="stepper-state">{now.state}</p>
      <dl class="stp-vars">
        {VARS.map(([label, key]) => (
          <div key={key} class={now[key] !== before[key] ? 'is-changed' : undefined}>
            <dt>{label}</dt>
            <dd>{now[key] ?? '—'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

type StepHeadersType = FunctionComponent<Parameters<typeof StepHeadersComponent>[0]>;
type StateMiniType = FunctionComponent<Parameters<typeof StateMiniComponent>[0]>;

export interface StepperViewProps {
  store: StepperStore;
  /** Only what the runs can show is there: the keys of what they cannot are never asked for. */
  strings: StepperStrings;
  messages: ReasonMessages;
  locale: Locale;
  /** The accessible name of the group. */
  label: string;
  /** The view's id on the page, prefix of its linked views' ids. */
  id: string;
  /** The linked views' strings; without them the view shows no linked views. */
  views?: LinkedViewTexts | undefined;
  /**
   * The ladder of the profile's run at a frame: a lesson's stepper shows the build's drawing
   * (./DrawnLadder.tsx), the lab draws the learner's run (./RunLadder.tsx).
   */
  figure: (profile: Profile, current: number) => ComponentChildren;
  /** The view's root element, for its owner to scroll to. */
  rootRef?: Ref<HTMLDivElement> | undefined;
}

export function StepperView({ store, strings: s, messages, locale, label, id, views, figure, rootRef }: StepperViewProps) {
  const index = useStore(store.$index);
  const profile = useStore(store.$profile);
  const playing = useStore(store.$playing);
  const timeline = useStore(store.$timeline);
  const frame = timeline.at(index);
  const names = { client: s.client, server: s.server };
  const total = timeline.length - 1;
  const ownRoot = useRef<HTMLDivElement>(null);
  const root = (rootRef ?? ownRoot) as { current: HTMLDivElement | null };
  // A step the learner asked for brings the current row into view (not a step played by itself).
  const follow = useRef(false);
  const [StepHeaders, setStepHeaders] = useState<StepHeadersType | null>(null);
  const [headerOpen, setHeaderOpen] = useState(false);
  const [StateMini, setStateMini] = useState<StateMiniType | null>(null);
  const [diagramOpen, setDiagramOpen] = useState(false);
  // The linked views' other strings come with their code, when a view is first opened.
  const [more, setMore] = useState<HeaderViewStrings | null>(null);
  const loadMore = () => {
    if (views && !more) void fetchIslandData<HeaderViewStrings>(views.more).then(setMore, () => undefined);
  };

  // A layout effect, run as each step is drawn: a deferred one would run only at the next frame,
  // or at the start of the next render when two keys come before it (Home, then →), and then
  // spend the second step's request on the first step's picture.
  useLayoutEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    root.current?.querySelector('.lad-now')?.scrollIntoView({ block: 'nearest' });
  }, [index]);

  const openHeader = () => {
    const next = !headerOpen;
    setHeaderOpen(next);
    if (next) loadMore();
    if (next && !StepHeaders) void import('./HeaderView.tsx').then((m) => setStepHeaders(() => m.StepHeaders));
  };

  const openDiagram = () => {
    const next = !diagramOpen;
    setDiagramOpen(next);
    if (next) loadMore();
    if (next && !StateMini) void import('./StateMini.tsx').then((m) => setStateMini(() => m.StateMini));
  };

  const before = timeline.at(Math.max(0, index - 1));
  const x = explain(frame, total, s, messages, locale);
  const by = (act: () => void) => () => {
    follow.current = true;
    store.pause();
    act();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const act = { ArrowLeft: store.back, ArrowRight: store.forward, Home: store.reset, End: store.toEnd }[e.key];
    if (!act) return;
    e.preventDefault();
    by(act)();
  };
  const button = (name: keyof typeof ICONS, text: string, onClick: () => void, disabled = false) => (
    <button type="button" class="stp-btn" aria-label={text} title={text} onClick={onClick} disabled={disabled} data-action={name}>
      <Icon d={ICONS[name]} />
    </button>
  );
  const headerId = `${id}-header`;
  const diagramId = `${id}-diagram`;

  return (
    <div ref={root} class="stp is-live" role="group" aria-label={label} tabIndex={0} onKeyDown={onKeyDown} data-step={index} data-profile={profile}>
      <div class="stp-panel">
        <div class="stp-ends">
          {SIDES.map((side) => (
            <Endpoint key={side} name={names[side]} now={frame[side]} before={index === 0 ? frame[side] : before[side]} />
          ))}
        </div>
        <div class="stp-controls">
          {button('reset', s.reset, by(store.reset), index === 0)}
          {button('back', s.back, by(store.back), index === 0)}
          {playing ? button('pause', s.pause, store.pause) : button('play', s.play, store.play)}
          {button('forward', s.forward, by(store.forward), index === total)}
          <span class="stp-count">{index}/{total}</span>
        </div>
        {store.profiles.length > 1 && (
          <div class="stp-profiles" role="group" aria-label={s.profile}>
            {store.profiles.map((p) => (
              <button key={p} type="button" aria-pressed={p === profile} onClick={() => store.setProfile(p)} data-profile={p}>
                {s[`profile.${p}`]}
              </button>
            ))}
          </div>
        )}
      </div>
      <div class="stp-figure">
        {figure(profile, index)}
      </div>
      <div class="stp-text">
        <div class="stp-explain" aria-live="polite" data-testid="stepper-explanation">
          {views && (
            <p class="stp-sr" data-testid="stepper-states">
              {fillTemplate(views.shown['stepperViews.states'], { client: frame.client.state, server: frame.server.state })}
            </p>
          )}
          {x.heading && <p class="stp-heading">{x.heading}</p>}
          <p class="stp-event">{x.event}</p>
          <Why x={x} links />
        </div>
        {views && (
          <>
            <button type="button" class="stp-open" aria-expanded={headerOpen} aria-controls={headerId} onClick={openHeader} data-action="header">
              {views.shown['stepperViews.header.open']}
            </button>
            <button type="button" class="stp-open" aria-expanded={diagramOpen} aria-controls={diagramId} onClick={openDiagram} data-action="diagram">
              {views.shown['stepperViews.diagram.open']}
            </button>
          </>
        )}
        <p class="stp-keys">{s.keys}</p>
      </div>
      {views && (
        <>
          <div id={diagramId} class="stp-views" hidden={!diagramOpen}>
            {diagramOpen && StateMini && more && (
              <StateMini frames={Array.from({ length: index + 1 }, (_, i) => timeline.at(i))} names={names} label={more['stepperViews.diagram.label']} />
            )}
          </div>
          <div id={headerId} class="stp-views" hidden={!headerOpen}>
            {headerOpen && StepHeaders && more && <StepHeaders frame={frame} s={more} />}
          </div>
        </>
      )}
    </div>
  );
}
