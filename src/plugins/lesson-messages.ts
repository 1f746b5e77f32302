/**
 * The per-lesson messages (src/i18n/lesson-messages.ts) as the islands fetch them:
 *   virtual:hw-lesson-messages   `loaders`, one per lesson and language ('tcp-header.zh')
 * A build writes each lesson's messages to `<assets>/lesson.<lesson>.<lang>.<hash>.json` and the
 * loaders fetch that file: data, not code, so no import() (Vite wraps every import() in a preload
 * helper; see src/islands/preact-client.ts) and no module wrapper. scripts/weight.ts counts these
 * files with the page's JavaScript. The dev server instead imports
 * virtual:hw-lesson-messages/<key>, computed in the browser from the dictionaries, so edits to a
 * dictionary show up without a restart.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { lessonMessages, lessonMessagesFiles } from '../i18n/lesson-messages.ts';

export const LESSON_MESSAGES_ID = 'virtual:hw-lesson-messages';
const RESOLVED = `\0${LESSON_MESSAGES_ID}`;

interface MessageFile {
  readonly key: string;
  readonly fileName: string;
  readonly source: string;
}

/** Every lesson's messages in every language, as the files a build writes. */
function messageFiles(assetsDir: string): MessageFile[] {
  return lessonMessagesFiles().map(({ key, lesson, locale }) => {
    const source = JSON.stringify(lessonMessages(lesson, locale));
    const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
    return { key, fileName: `${assetsDir}/lesson.${key}.${hash}.json`, source };
  });
}

/** `assetsDir`: Astro's `build.assets` ('_astro'). */
export function lessonMessagesPlugin({ assetsDir = '_astro' } = {}): Plugin {
  let serve = false;
  let base = '/';
  let files: MessageFile[] | undefined;
  const built = (): MessageFile[] => (files ??= messageFiles(assetsDir));

  return {
    name: 'hw-lesson-messages',
    configResolved(config) {
      serve = config.command === 'serve';
      base = config.base;
    },
    resolveId(id) {
      if (id === LESSON_MESSAGES_ID || id.startsWith(`${LESSON_MESSAGES_ID}/`)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const entries = serve
          ? lessonMessagesFiles().map(({ key }) => `${JSON.stringify(key)}: () => import(${JSON.stringify(`${LESSON_MESSAGES_ID}/${key}`)}).then((m) => m.default),`)
          : built().map(({ key, fileName }) => `${JSON.stringify(key)}: () => get(${JSON.stringify(base + fileName)}),`);
        return [
          'const get = (url) => fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))));',
          `export const loaders = {\n${entries.join('\n')}\n};`,
        ].join('\n');
      }
      if (!id.startsWith(`${RESOLVED}/`)) return undefined;
      const key = id.slice(RESOLVED.length + 1);
      const file = lessonMessagesFiles().find((f) => f.key === key);
      if (!file) throw new Error(`${LESSON_MESSAGES_ID}: no lesson messages "${key}"`);
      const { lesson, locale } = file;
      return [
        `import { lessonMessages } from '/src/i18n/lesson-messages.ts';`,
        `export default lessonMessages(${JSON.stringify(lesson)}, ${JSON.stringify(locale)});`,
      ].join('\n');
    },
    generateBundle() {
      if (serve || this.environment?.name !== 'client') return;
      for (const { fileName, source } of built()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
