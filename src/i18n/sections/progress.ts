// Interface strings of the progress area, both languages side by side. Keys start with 'progress.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
import { en } from './progress.en.ts';
import { zh } from './progress.zh.ts';

export const progressStrings = { en, zh };
