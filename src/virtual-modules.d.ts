// Modules made by our Vite plugins (src/plugins/).
declare module 'virtual:hw-lesson-messages' {
  import type { LessonMessages } from './i18n/lesson-messages.ts';
  /** One loader per '<lesson>.<lang>' key (src/plugins/lesson-messages.ts). */
  export const loaders: Readonly<Record<string, () => Promise<LessonMessages>>>;
}
