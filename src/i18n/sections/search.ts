// Interface strings of site search, both languages side by side. Keys start with 'search.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
import { en } from './search.en.ts';
import { zh } from './search.zh.ts';

export const searchStrings = { en, zh };
