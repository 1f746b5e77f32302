// Why the model did what it did: one message per reason key the core can emit (src/core:
// TRANSITIONS' rules, and the `<state>.send_*` / `<state>.retransmit` keys of segments sent).
// Keys are 'reasons.' + the core's key. A key built from the endpoint's current state and a
// suffix may share one message under 'reasons.*.<suffix>'; an exact key wins over it.
// Templates take {param} placeholders from Reason.params (tests/unit/reasons.test.ts checks that
// every key has a message in both languages and that no template names a param its reason lacks).
// The stepper shows the section beside the sentence, so the sentences say why, not where.
import { en } from './reasons.en.ts';
import { zh } from './reasons.zh.ts';

export const reasonsStrings = { en, zh };
