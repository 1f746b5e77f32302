// English half of the reasons section (see ./reasons.ts): its three files together. Islands never
// import it; they are handed the templates they can show (src/lessons/island-strings.ts).
import { en as open } from './reasons-open.en.ts';
import { en as close } from './reasons-close.en.ts';
import { en as edge } from './reasons-edge.en.ts';

export const en = { ...open, ...close, ...edge } as const;
