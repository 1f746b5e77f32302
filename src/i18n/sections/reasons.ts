// Why the model did what it did: one message per reason key the core can emit (src/core/reasons.ts:
// TRANSITIONS' rules, the reasons of segments sent from one state, and the suffixes the engine puts
// after whatever state it is in). Keys are 'reasons.' + the core's key. A state-built key shares
// one message under 'reasons.*.<suffix>'; an exact key wins over it.
// The types below prove that each language has every message the core needs and none it cannot
// use; tests/unit/reasons.test.ts checks what types cannot: that no template names a param its
// reason lacks. The stepper shows the section beside the sentence, so the sentences say why, not where.
import type { AllowedReasonMessage, RequiredReasonMessage } from '../../core/reasons.ts';
import { en } from './reasons.en.ts';
import { zh } from './reasons.zh.ts';

/** A dictionary's reason messages when complete: every required key, and no key the core cannot emit. */
type Complete<D> = Record<RequiredReasonMessage, string> & ([Exclude<keyof D, AllowedReasonMessage>] extends [never] ? unknown : { unknownKeys: Exclude<keyof D, AllowedReasonMessage> });

export const reasonsStrings = { en: en satisfies Complete<typeof en>, zh: zh satisfies Complete<typeof zh> };
