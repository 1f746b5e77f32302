/**
 * The one template filler: dictionary strings, reason templates and the quiz's prompts all write
 * their values as `{name}` placeholders. Pure and tiny, so islands import it.
 */

const PLACEHOLDER = /\{(\w+)\}/g;

/** The parameter names a template uses, in order of first use. */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/**
 * Fills {name} from params; a placeholder without a value stays as written, so a gap shows rather
 * than fails. Numbers are written in plain decimal (sequence numbers are not quantities to group).
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
