import { describe, expect, it } from 'vitest';
import { closeFromClient, lostFinalAck, normalOpen } from '../../src/core/scenarios.ts';
import { simulate } from '../../src/core/simulate.ts';
import { createTimeline, type TimelineCursor } from '../../src/core/timeline.ts';

const run = simulate(normalOpen());

describe('createTimeline', () => {
  it('has one frame before anything happened and one after every step', () => {
    const timeline = createTimeline(run);
    expect(timeline.length).toBe(run.steps.length + 1);
    expect(timeline.index).toBe(0);
    expect(timeline.atStart).toBe(true);
    expect(timeline.frame).toMatchObject({ index: 0, t: 0, event: null, inFlight: [], reasons: [] });
    expect(timeline.frame.client).toBe(run.initial.client);
    expect(timeline.frame.server.state).toBe('CLOSED');
    run.steps.forEach((step, i) => {
      const frame = timeline.at(i + 1);
      expect(frame.t).toBe(step.t);
      expect(frame.event).toBe(step.event);
      expect(frame.client).toBe(step.client);
      expect(frame.server).toBe(step.server);
      expect(frame.inFlight).toBe(step.inFlight);
      expect(frame.reasons).toBe(step.reasons);
    });
  });

  it('shows both endpoints\' variables, the segments in flight and why', () => {
    const timeline = createTimeline(run);
    // Frame 2: the client called connect; its SYN is on the wire.
    const connect = timeline.at(2);
    expect(connect.client).toMatchObject({ state: 'SYN_SENT', iss: 100, sndUna: 100, sndNxt: 101, irs: null });
    expect(connect.inFlight.map((s) => s.segment.flags)).toEqual([['SYN']]);
    expect(connect.reasons.map((r) => r.key)).toEqual(['closed.call_connect', 'closed.send_syn']);
    const last = timeline.seek(Infinity).frame;
    expect(last.client).toMatchObject({ state: 'ESTABLISHED', iss: 100, irs: 300, sndUna: 101, sndNxt: 101, rcvNxt: 301 });
    expect(last.server).toMatchObject({ state: 'ESTABLISHED', iss: 300, irs: 100, sndUna: 301, sndNxt: 301, rcvNxt: 101 });
    expect(last.inFlight).toEqual([]);
  });

  it('steps forward and back without changing the cursor it came from', () => {
    const start = createTimeline(run);
    const one = start.next();
    const two = one.next();
    expect([start.index, one.index, two.index]).toEqual([0, 1, 2]);
    expect(two.prev().prev()).toBe(start);
    expect(one.next()).toBe(two); // the same index is the same value: cheap equality for stores
    expect(Object.isFrozen(start)).toBe(true);
    expect(Object.isFrozen(start.frame)).toBe(true);
    expect(() => {
      (start as { index: number }).index = 5;
    }).toThrow(TypeError);
  });

  it('stops at both ends and clamps seeks', () => {
    const start = createTimeline(run);
    const end = start.seek(start.length - 1);
    expect(start.prev()).toBe(start);
    expect(end.next()).toBe(end);
    expect(end.atEnd).toBe(true);
    expect(start.seek(-3)).toBe(start);
    expect(start.seek(1e9)).toBe(end);
    expect(start.seek(2.7).index).toBe(2);
    expect(start.seek(Number.NaN)).toBe(start);
  });

  it('refuses frames that do not exist', () => {
    const timeline = createTimeline(run);
    expect(() => timeline.at(-1)).toThrow(RangeError);
    expect(() => timeline.at(timeline.length)).toThrow(/outside 0\.\./);
    expect(() => timeline.at(1.5)).toThrow(RangeError);
  });

  it('walks a whole run forward and back to the same frames', () => {
    for (const scenario of [closeFromClient({ profile: 'linux' }), lostFinalAck()]) {
      let cursor: TimelineCursor = createTimeline(simulate(scenario));
      const forward = [cursor.frame];
      while (!cursor.atEnd) {
        cursor = cursor.next();
        forward.push(cursor.frame);
      }
      const backward = [cursor.frame];
      while (!cursor.atStart) {
        cursor = cursor.prev();
        backward.push(cursor.frame);
      }
      expect(backward.reverse()).toEqual(forward);
      expect(forward.map((f) => f.index)).toEqual([...Array(cursor.length).keys()]);
      // Time never runs backwards along the frames.
      expect(forward.every((f, i) => i === 0 || f.t >= (forward[i - 1]?.t ?? 0))).toBe(true);
    }
  });
});
