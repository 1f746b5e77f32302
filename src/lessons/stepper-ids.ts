/**
 * Each stepper's id on its page, the stem of its links (`#<id>-step-N`): the scenario's id, and
 * the values of the lesson's params that tell two runs of one scenario apart (the profile aside:
 * the learner switches that). The same in both languages, so the language switch keeps the link.
 */
const claimed = new WeakMap<object, Set<string>>();

export function stepperIdOf(scenario: string, params: Readonly<Record<string, unknown>> = {}): string {
  const parts = Object.entries(params)
    .filter(([key, value]) => key !== 'profile' && (typeof value === 'string' || typeof value === 'number'))
    .map(([, value]) => String(value));
  return [scenario, ...parts].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Claims an id on one page (keyed by its request): two steppers may not share a link. */
export function claimStepperId(page: object, id: string): string {
  const ids = claimed.get(page) ?? new Set<string>();
  if (ids.has(id)) throw new Error(`two <Stepper>s on one page would have the id "${id}": give one an id="…"`);
  ids.add(id);
  claimed.set(page, ids);
  return id;
}
