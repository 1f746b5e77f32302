// Chinese half of the reasons section (see ./reasons.ts), keyed exactly like the English half:
// its three files together.
import type { en } from './reasons.en.ts';
import { zh as open } from './reasons-open.zh.ts';
import { zh as close } from './reasons-close.zh.ts';
import { zh as edge } from './reasons-edge.zh.ts';

export const zh: Record<keyof typeof en, string> = { ...open, ...close, ...edge };
