/**
 * How the browser's JavaScript is split into files (issue 4, item 8: a lesson page ships at most
 * 30 KB of gzip JavaScript in all). Every lesson page with islands loads Preact, the progress store
 * and, through its quiz, the TCP core; left to itself the bundler cuts those into a handful of small
 * shared chunks, and each file is compressed on its own, so it loses the redundancy between them
 * (about 1 KB gzip here). This groups what every such page needs into one "runtime" chunk; island
 * code and the per-language messages stay in their own files.
 *
 * Used as `environments.client.build.rolldownOptions.output.codeSplitting` in astro.config.mjs.
 */

/** A module id with forward slashes, whatever the platform. */
const slashed = (id: string): string => id.replaceAll('\\', '/');

/** Packages every island page runs: Preact and its hooks/JSX runtime, nanostores and its Preact bindings, the islands renderer. */
const RUNTIME_PACKAGE = /\/node_modules\/(preact|nanostores|@nanostores\/preact|@astrojs\/preact\/dist\/(client|static-html)\.js)/;

/**
 * Our modules every lesson page with a quiz runs: the TCP core (not the header encoding, which only
 * the header explorer uses), the reason formatter and loader, and the progress store the sidebar marks read.
 */
const RUNTIME_SOURCE = /\/src\/(core\/(?!header\.ts)[\w-]+\.ts|i18n\/reason-format\.ts|stores\/(progress|quiz)\.ts|quiz\/(kinds\/)?[\w-]+\.ts|islands\/(lesson-messages\.ts|preact-client\.ts|Quiz\.tsx|ProgressMarks\.tsx|quiz\/[\w-]+\.tsx?))$/;

/** The loaders of the lessons' message chunks (src/plugins/lesson-messages.ts): a few lines every island page runs. */
const LESSON_LOADERS = '\0virtual:hw-lesson-messages';

export function isRuntimeModule(id: string): boolean {
  const path = slashed(id);
  return id === LESSON_LOADERS || RUNTIME_PACKAGE.test(path) || RUNTIME_SOURCE.test(path);
}

export const codeSplitting = {
  groups: [{ name: 'runtime', test: isRuntimeModule }],
};
