// Interface strings of the learner area (the progress page, the mistake notebook, progress files),
// both languages side by side. Keys start with 'learner.'; zh is typed against en.
import { en } from './learner.en.ts';
import { zh } from './learner.zh.ts';

export const learnerStrings = { en, zh };
