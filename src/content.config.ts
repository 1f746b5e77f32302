import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lessons/schema.ts';

/**
 * Lessons live in content/lessons/<locale>/<id>.mdx. The entry id is the
 * file path without extension (`en/how-to-use`): its first segment is the
 * locale, and the front-matter `id` is the URL slug.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '{en,zh}/**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
