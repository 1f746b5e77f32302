/**
 * The lesson front-matter contract (see content/lessons). Kept apart from
 * `src/content.config.ts` so unit tests can run it against bad data.
 * `.strict()` rejects unknown keys, so a typo such as `descripton` fails the
 * build instead of silently dropping the description.
 */
import { z } from 'astro/zod';

export const lessonSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "how-to-use"'),
    order: z.number().int().nonnegative(),
    title: z.string().trim().min(1),
    description: z.string().trim().min(10).max(200),
  })
  .strict();

export type LessonData = z.infer<typeof lessonSchema>;
