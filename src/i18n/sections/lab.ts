// Interface strings of the lab, both languages side by side. Keys start with 'lab.'; zh is typed
// against en, and en.ts / zh.ts merge this section into the one dictionary per language.
import { en } from './lab.en.ts';
import { zh } from './lab.zh.ts';

export const labStrings = { en, zh };
