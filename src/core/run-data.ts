/**
 * A run as data to ship: what the build hands a stepper instead of the simulator. A run refers to
 * one sent segment from several places (its event, what a step sent, what is in flight) and keeps
 * the snapshot of the side that did not move from one step to the next; plain JSON would write
 * each of those out again. `packRun` writes a segment once (elsewhere its id) and a snapshot only
 * where it changed, and drops what follows from position (a step's index); `unpackRun` gives the
 * replay back exactly, shared objects shared again.
 */
import type { Replay, Run, SentSegment, Step, StepEvent } from './simulate.ts';
import type { EndpointSnapshot } from './types.ts';

/** A step's event, its segment (if any) by id. */
export type PackedEvent =
  | Exclude<StepEvent, { readonly kind: 'arrive' | 'lost' }>
  | { readonly kind: 'arrive'; readonly side: StepEvent['side']; readonly segment: number }
  | { readonly kind: 'lost'; readonly side: StepEvent['side']; readonly segment: number };

export interface PackedStep extends Omit<Step, 'index' | 'event' | 'sent' | 'inFlight' | 'client' | 'server'> {
  readonly event: PackedEvent;
  readonly sent: readonly number[];
  readonly inFlight: readonly number[];
  /** Absent: as after the step before (the run's initial snapshot before the first step). */
  readonly client?: EndpointSnapshot;
  readonly server?: EndpointSnapshot;
}

export interface PackedRun extends Omit<Replay, 'steps'> {
  readonly steps: readonly PackedStep[];
}

/** A run's replay as data (the scenario that made it stays behind: no view reads it). */
export function packRun({ scenario: _scenario, ...run }: Run): PackedRun {
  const ids = (segments: readonly SentSegment[]) => segments.map((segment) => segment.id);
  let before: Pick<Step, 'client' | 'server'> = run.initial;
  const steps = run.steps.map(({ index: _index, event, sent, inFlight, client, server, ...rest }): PackedStep => {
    const packed: PackedStep = {
      ...rest,
      event: event.kind === 'arrive' || event.kind === 'lost' ? { ...event, segment: event.segment.id } : event,
      sent: ids(sent),
      inFlight: ids(inFlight),
      ...(same(client, before.client) ? {} : { client }),
      ...(same(server, before.server) ? {} : { server }),
    };
    before = { client, server };
    return packed;
  });
  return { ...run, steps };
}

export function unpackRun(packed: PackedRun): Replay {
  const byId = (id: number): SentSegment => {
    const segment = packed.segments[id];
    if (segment?.id !== id) throw new RangeError(`packed run: no segment ${id}`);
    return segment;
  };
  let before: Pick<Step, 'client' | 'server'> = packed.initial;
  const steps = packed.steps.map(({ event, sent, inFlight, client, server, ...rest }, index): Step => {
    const step: Step = {
      ...rest,
      index,
      event: unpackEvent(event, byId),
      sent: sent.map(byId),
      inFlight: inFlight.map(byId),
      client: client ?? before.client,
      server: server ?? before.server,
    };
    before = step;
    return step;
  });
  return { ...packed, steps };
}

function unpackEvent(event: PackedEvent, byId: (id: number) => SentSegment): StepEvent {
  switch (event.kind) {
    case 'arrive':
      return { ...event, segment: byId(event.segment) };
    case 'lost':
      return { ...event, segment: byId(event.segment) };
    default:
      return event;
  }
}

/** Snapshots compare by value: a packed run has been through JSON, where identity is lost. */
function same(a: EndpointSnapshot, b: EndpointSnapshot): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
