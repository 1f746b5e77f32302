/**
 * The little inline markup the glossary's definitions and the FAQ's answers use: `code` spans and
 * RFC section references (§3.5 is RFC 9293's; RFC 9112 §9.3 names its RFC), each section linked
 * to its place on rfc-editor.org.
 */
export type InlinePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'section'; readonly text: string; readonly href: string };

const TOKEN = /`([^`]+)`|(?:RFC (\d{3,5}) )?§(\d+(?:\.\d+)*)/g;

export function rfcSectionUrl(rfc: string, section: string): string {
  return `https://www.rfc-editor.org/rfc/rfc${rfc}.html#section-${section}`;
}

export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    const [whole, code, rfc, section] = match;
    if (code !== undefined) parts.push({ kind: 'code', text: code });
    else parts.push({ kind: 'section', text: whole, href: rfcSectionUrl(rfc ?? '9293', section as string) });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
