import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { lessonMessagesPlugin } from '../src/plugins/lesson-messages.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // Islands and stores fetch their lesson's messages through this plugin's virtual module.
  plugins: [lessonMessagesPlugin()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
