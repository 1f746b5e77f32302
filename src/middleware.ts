/**
 * Tells every page and component which language it is in and which lesson it shows, once, as
 * `Astro.locals` (the way Starlight hands its components route data): the lesson wrappers read
 * it instead of each working it out from the URL. A lesson's steppers are listed too, so that each
 * knows the page's others (src/lessons/placed-steppers.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales.ts';
import { getLessons } from './lessons/index.ts';
import { steppersPlacedIn } from './lessons/placed-steppers.ts';
import { isLessonRoute } from './lessons/routes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = isLocale(context.currentLocale) ? context.currentLocale : defaultLocale;
  context.locals.locale = locale;
  const id = isLessonRoute(context.routePattern) ? context.params.id : undefined;
  const entry = id === undefined ? undefined : (await getLessons(locale)).find((lesson) => lesson.data.id === id);
  context.locals.lesson = entry?.data;
  context.locals.steppers = entry ? steppersPlacedIn(entry.body ?? '') : [];
  return next();
});
