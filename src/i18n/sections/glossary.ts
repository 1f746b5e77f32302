// Interface strings of the glossary and FAQ pages, both languages side by side. Keys start with
// 'glossary.' or 'faq.'; zh is typed against en, and en.ts / zh.ts merge this section in.
import { en } from './glossary.en.ts';
import { zh } from './glossary.zh.ts';

export const glossaryStrings = { en, zh };
