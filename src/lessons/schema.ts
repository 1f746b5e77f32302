/**
 * The lesson front-matter contract (see content/lessons). Kept apart from
 * `src/content.config.ts` so unit tests can run it against bad data.
 * `.strict()` rejects unknown keys, so a typo such as `descripton` fails the
 * build instead of silently dropping the description.
 *
 * `teaches` says what the lesson teaches, in the quiz engine's terms: segments of the library's
 * scenarios and next-state situations, each checked against the core here, so a lesson cannot
 * name a segment its scenario never sends. Its quiz asks from that, unless `asks` names another
 * pool (what earlier lessons taught may be asked again).
 */
import { z } from 'astro/zod';
import { PROFILES } from '../core/types.ts';
import { NEXT_STATE_CASES, type NextStateCaseId } from '../quiz/kinds/next-state.ts';
import { runSegment, STORY_SCENARIOS, type StoryScenario } from '../quiz/story.ts';

const SITUATIONS = Object.keys(NEXT_STATE_CASES) as [NextStateCaseId, ...NextStateCaseId[]];

/** ISNs to try a pick with: whether a segment exists does not depend on them. */
const TRY_ISNS = [100, 300] as const;

const segmentPick = z
  .object({
    scenario: z.enum(STORY_SCENARIOS as [StoryScenario, ...StoryScenario[]]),
    from: z.enum(['client', 'server']),
    nth: z.number().int().positive(),
  })
  .strict()
  .refine(
    (pick) =>
      PROFILES.every((profile) => {
        try {
          runSegment(pick, profile, ...TRY_ISNS);
          return true;
        } catch {
          return false;
        }
      }),
    { message: 'the scenario does not send that many segments from that side (in every profile)' },
  );

export const quizPoolSchema = z
  .object({
    segments: z.array(segmentPick).default([]),
    situations: z.array(z.enum(SITUATIONS)).default([]),
  })
  .strict();

export const lessonSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "how-to-use"'),
    order: z.number().int().nonnegative(),
    title: z.string().trim().min(1),
    description: z.string().trim().min(10).max(200),
    /** What the lesson teaches: the segments and situations a quiz may ask about from here on. */
    teaches: quizPoolSchema.default({ segments: [], situations: [] }),
    /** What its quiz asks, when not just what it teaches. */
    asks: quizPoolSchema.optional(),
  })
  .strict();

export type LessonData = z.infer<typeof lessonSchema>;
