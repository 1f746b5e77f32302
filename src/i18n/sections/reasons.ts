// Interface strings of the reasons area, both languages side by side. Keys start with 'reasons.';
// zh is typed against en, and en.ts / zh.ts merge this section into the one dictionary per language.
const en = {} as const;

const zh: Record<keyof typeof en, string> = {};

export const reasonsStrings = { en, zh };
