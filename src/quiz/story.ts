// Questions about one segment of a scenario run by the core: which segment, the story leading to
// it (every call and segment before it, the segment itself with the asked field hidden), and the
// core's reasons for sending it. Shared by the ack-value, seq-value and which-flags kinds.
import { SEQ_SPACE } from '../core/seq.ts';
import { simulate } from '../core/simulate.ts';
import type { Run, SentSegment } from '../core/simulate.ts';
import type { Profile, Reason, Side } from '../core/types.ts';
import {
  abortiveClose,
  closeFromClient,
  closeFromServer,
  httpLife,
  normalOpen,
  oldDuplicateSynThreeWay,
  oldDuplicateSynTwoWay,
  simultaneousClose,
  type BaseParams,
} from '../core/scenarios.ts';
import type { Scenario } from '../core/scenario.ts';
import { deck } from './kind.ts';
import type { QuizPool } from './pool.ts';
import { drawIsn } from './random.ts';
import type { Rng } from './random.ts';
import type { StoryLine } from './types.ts';

/** The scenarios segment questions draw from (each story's first connection). */
export type StoryScenario =
  | 'normal-open'
  | 'close-from-client'
  | 'close-from-server'
  | 'simultaneous-close'
  | 'abortive-close'
  | 'old-duplicate-syn-three-way'
  | 'old-duplicate-syn-two-way'
  | 'http-life';

type StoryParams = Pick<BaseParams, 'profile' | 'clientIsn' | 'serverIsn'>;
/** RFC 9293 Figure 8's stray SYN carries 90 against the real 100: ten below the client's ISN. */
const strayIsn = (p: StoryParams) => minus(p.clientIsn, 10);

/**
 * Their builders, imported one by one rather than through the library's SCENARIOS registry, so the
 * quiz island bundles these stories and not the whole library.
 */
const STORY_BUILDERS: Readonly<Record<StoryScenario, (params: StoryParams) => Scenario>> = {
  'normal-open': normalOpen,
  'close-from-client': closeFromClient,
  'close-from-server': closeFromServer,
  'simultaneous-close': simultaneousClose,
  'abortive-close': abortiveClose,
  'old-duplicate-syn-three-way': (p) => oldDuplicateSynThreeWay({ ...p, oldIsn: strayIsn(p) }),
  'old-duplicate-syn-two-way': (p) => oldDuplicateSynTwoWay({ ...p, oldIsn: strayIsn(p) }),
  'http-life': httpLife,
};

/** The scenarios a pool's segments may come from. */
export const STORY_SCENARIOS = Object.keys(STORY_BUILDERS) as readonly StoryScenario[];

/** A segment of a scenario: the `nth` (1-based) segment `from` sends. */
export interface SegmentPick {
  readonly scenario: StoryScenario;
  readonly from: Side;
  readonly nth: number;
}

export interface PickedSegment {
  readonly profile: Profile;
  readonly run: Run;
  readonly target: SentSegment;
}

/** Runs the pick's scenario with a random profile and random ISNs. */
export function runPick(rng: Rng, pick: SegmentPick): PickedSegment {
  const profile = rng.pick<Profile>(['rfc9293', 'linux']);
  return runSegment(pick, profile, drawIsn(rng), drawIsn(rng));
}

/** Runs the pick's scenario; the picked segment must exist in it. */
export function runSegment(pick: SegmentPick, profile: Profile, clientIsn: number, serverIsn: number): PickedSegment {
  const run = simulate(STORY_BUILDERS[pick.scenario]({ profile, clientIsn, serverIsn }));
  const target = run.segments.find((s) => s.from === pick.from && s.nth === pick.nth && !s.injected);
  if (!target) throw new Error(`internal: ${pick.scenario} has no segment ${pick.nth} from the ${pick.from}`);
  return { profile, run, target };
}

/**
 * The question maker of a kind that asks about one segment: it works through its own shuffled
 * deck of the pool's segments, passing over those it has nothing to ask about (a SYN carries no
 * acknowledgment number).
 */
export function segmentGenerator<Q>(pool: QuizPool, rng: Rng, ask: (pick: SegmentPick, rng: Rng) => Q | null): () => Q {
  const next = deck(rng, pool.segments);
  return () => {
    for (let tries = 0; tries < pool.segments.length * 2; tries++) {
      const pick = next();
      const question = ask(pick, rng);
      if (question) return { ...question, situation: { segments: [pick], situations: [] } };
    }
    throw new Error('internal: no segment of this pool suits the question kind');
  };
}

export type Hidden = 'seq' | 'ack' | 'flags';

function lineOf(sent: SentSegment, hide: Hidden | null): StoryLine {
  const { seq, ack, flags, len } = sent.segment;
  return {
    type: 'segment',
    from: sent.from,
    flags: hide === 'flags' ? null : flags,
    seq: hide === 'seq' ? null : seq,
    // The ACK field is present iff the ACK bit is: showing it would answer a flags question.
    ack: hide === 'ack' ? null : hide === 'flags' ? 'hidden' : (ack ?? 'none'),
    len,
    ...(sent.injected ? { stale: true as const } : {}),
  };
}

/** Every call and transmitted segment up to the target, the target last with `hide` hidden (if any). */
export function storyUntil(run: Run, target: SentSegment, hide: Hidden | null): StoryLine[] {
  const lines: StoryLine[] = [];
  const isns = { client: run.scenario.client.isn, server: run.scenario.server.isn };
  for (const step of run.steps) {
    if (step.event.kind === 'call') {
      const { side, call } = step.event;
      lines.push({
        type: 'call',
        side,
        call: call.name,
        ...(call.name === 'connect' || call.name === 'listen' ? { isn: isns[side] } : {}),
        ...(call.name === 'send' ? { bytes: call.bytes } : {}),
      });
    }
    // An old duplicate the network delivers is part of the story, though nobody sent it in this run.
    if (step.event.kind === 'arrive' && step.event.segment.injected) lines.push(lineOf(step.event.segment, null));
    for (const sent of step.sent) {
      if (sent.injected) continue;
      lines.push(lineOf(sent, sent.id === target.id ? hide : null));
      if (sent.id === target.id) return lines;
    }
  }
  throw new Error('internal: the target segment is not in the run');
}

/** The core's reasons for the step that sent the target: its state changes, then why it was sent. */
export function reasonsFor(run: Run, target: SentSegment): Reason[] {
  const step = run.steps.find((s) => s.sent.some((sent) => sent.id === target.id));
  return [...(step?.transitions.map((t) => t.reason) ?? []), target.reason];
}

/** Sequence space a segment occupies: its bytes, plus one for SYN and one for FIN (RFC 9293 §3.4). */
export function spaceUsed(sent: SentSegment): number {
  const { flags, len } = sent.segment;
  return len + (flags.includes('SYN') ? 1 : 0) + (flags.includes('FIN') ? 1 : 0);
}

/** The other side's latest segment sent before the target that occupied sequence space. */
export function lastConsumingFrom(run: Run, side: Side, before: SentSegment): SentSegment | undefined {
  return run.segments.filter((s) => s.from === side && s.id < before.id && !s.injected && spaceUsed(s) > 0).at(-1);
}

/** n − k modulo 2^32. */
export function minus(n: number, k: number): number {
  return (((n - k) % SEQ_SPACE) + SEQ_SPACE) % SEQ_SPACE;
}
