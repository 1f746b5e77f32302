/**
 * The live stepper's view of one store: both endpoints with their state and sequence variables,
 * the controls (buttons, ← → Home End, play), the step's explanation and the ladder. The lesson
 * stepper (ConnectionStepper) and the lab's workbench both draw their runs with it.
 */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import type { EndpointSnapshot, Side } from '../../core/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ReasonMessages } from '../../i18n/reason-format.ts';
import type { StepperStrings } from '../../i18n/sections/stepper.ts';
import type { StepperStore } from '../../stores/stepper.ts';
import { explain } from './explain.ts';
import { timerNamesOf, Why } from './Why.tsx';
import { Ladder } from './Ladder.tsx';
import { ladderOf } from './ladder.ts';

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

export interface StepperViewProps {
  store: StepperStore;
  /** Only what the runs can show is there: the keys of what they cannot are never asked for. */
  strings: StepperStrings;
  messages: ReasonMessages;
  locale: Locale;
  /** The accessible name of the group. */
  label: string;
}

export function StepperView({ store, strings: s, messages, locale, label }: StepperViewProps) {
  const index = useStore(store.$index);
  const profile = useStore(store.$profile);
  const playing = useStore(store.$playing);
  const timeline = useStore(store.$timeline);
  const frame = timeline.at(index);
  const ladder = useMemo(() => ladderOf(store.runOf(profile)), [store, profile]);
  const names = { client: s.client, server: s.server };
  const total = timeline.length - 1;

  const before = timeline.at(Math.max(0, index - 1));
  const x = explain(frame, total, s, messages, locale);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const act = { ArrowLeft: store.back, ArrowRight: store.forward, Home: store.reset, End: store.toEnd }[e.key];
    if (!act) return;
    e.preventDefault();
    store.pause();
    act();
  };
  const button = (name: keyof typeof ICONS, text: string, onClick: () => void, disabled = false) => (
    <button type="button" class="stp-btn" aria-label={text} title={text} onClick={onClick} disabled={disabled} data-action={name}>
      <Icon d={ICONS[name]} />
    </button>
  );

  return (
    <div class="stp is-live" role="group" aria-label={label} tabIndex={0} onKeyDown={onKeyDown} data-step={index} data-profile={profile}>
      <div class="stp-panel">
        <div class="stp-ends">
          {SIDES.map((side) => (
            <Endpoint key={side} name={names[side]} now={frame[side]} before={index === 0 ? frame[side] : before[side]} />
          ))}
        </div>
        <div class="stp-controls">
          {button('reset', s.reset, () => (store.pause(), store.reset()), index === 0)}
          {button('back', s.back, () => (store.pause(), store.back()), index === 0)}
          {playing ? button('pause', s.pause, store.pause) : button('play', s.play, store.play)}
          {button('forward', s.forward, () => (store.pause(), store.forward()), index === total)}
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
        <div class="stp-explain" aria-live="polite" data-testid="stepper-explanation">
          {x.heading && <p class="stp-heading">{x.heading}</p>}
          <p class="stp-event">{x.event}</p>
          <Why x={x} links />
        </div>
        <p class="stp-keys">{s.keys}</p>
      </div>
      <Ladder ladder={ladder} names={names} timerNames={timerNamesOf(s)} current={index} label={s.diagram} />
    </div>
  );
}

