// What a quiz may ask about: segments (of which scenarios) and next-state situations. A lesson
// declares its own in its front matter (src/lessons/schema.ts); any page may pass one to <Quiz>.
import type { NextStateCaseId } from './kinds/next-state.ts';
import type { SegmentPick } from './story.ts';

export interface QuizPool {
  readonly segments: readonly SegmentPick[];
  readonly situations: readonly NextStateCaseId[];
}
