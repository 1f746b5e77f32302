// Interface strings of the states reference page and its Figure 5 drawing, both languages side by
// side. Keys start with 'states.'; zh is typed against en, and en.ts / zh.ts merge this section.
import { en } from './states.en.ts';
import { zh } from './states.zh.ts';

export const statesStrings = { en, zh };
