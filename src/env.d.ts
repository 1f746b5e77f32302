// What src/middleware.ts tells every page and component about the page being rendered.
declare namespace App {
  interface Locals {
    /** The page's language (Astro's i18n routing decides it). */
    locale: import('./i18n/locales.ts').Locale;
    /** The lesson the page shows (its front matter), or undefined on a page that is not a lesson. */
    lesson: import('./lessons/schema.ts').LessonData | undefined;
    /** The steppers the lesson's MDX places, in order (none on a page that is not a lesson). */
    steppers: readonly import('./lessons/stepper-build.ts').StepperInput[];
  }
}
