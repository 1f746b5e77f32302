// English half of the reasons section (see ./reasons.ts): the three groups of ../reason-groups.ts
// together. Islands never import this whole dictionary; they load only the groups their page needs.
import { en as open } from './reasons-open.en.ts';
import { en as close } from './reasons-close.en.ts';
import { en as edge } from './reasons-edge.en.ts';

export const en = { ...open, ...close, ...edge } as const;
