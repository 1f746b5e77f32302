// The HTTP status codes the lessons teach, as data: the one answer key of the quiz that is typed
// in rather than computed by the TCP core, because status codes are HTTP's definitions, not
// something a connection does. The lesson's table and the status-code questions both read this
// list (their words are the dictionaries' `quiz.status.*` and `reasons.status.*` strings, keyed
// by code and effect), so the table and the answers cannot disagree.
//
// Sources: RFC 9110 (HTTP Semantics) §15 for each code's meaning; RFC 9110 §7.8 (Upgrade) and
// RFC 9112 (HTTP/1.1) §6.3 and §9.6 for what a code does to the connection.

/** What a response with this code does to the connection it travels on, where it does something. */
export type ConnectionEffect =
  /** After the 101's empty line the same TCP connection speaks the protocol named in Upgrade (RFC 9110 §7.8). */
  | 'switches'
  /** The response never has content: it ends at its header section, so the next can follow at once (RFC 9112 §6.3). */
  | 'ends-at-headers'
  /** Sent for a request whose framing is broken, after which the server closes the connection (RFC 9112 §6.3). */
  | 'closes-on-bad-framing'
  /** The server stopped waiting for the request and closes the connection (RFC 9110 §15.5.9). */
  | 'closes';

export interface StatusCode {
  readonly code: number;
  /** The reason phrase RFC 9110 gives it (a sender may send any phrase; clients ignore it). */
  readonly phrase: string;
  /** Section of RFC 9110 that defines it. */
  readonly section: string;
  readonly effect?: ConnectionEffect;
}

/** The five classes: the first digit (RFC 9110 §15: a client that does not know a code treats it as x00). */
export const STATUS_CLASSES = [
  { digit: 1, section: '15.2' },
  { digit: 2, section: '15.3' },
  { digit: 3, section: '15.4' },
  { digit: 4, section: '15.5' },
  { digit: 5, section: '15.6' },
] as const;

export const STATUS_CODES: readonly StatusCode[] = [
  { code: 101, phrase: 'Switching Protocols', section: '15.2.2', effect: 'switches' },
  { code: 200, phrase: 'OK', section: '15.3.1' },
  { code: 204, phrase: 'No Content', section: '15.3.5', effect: 'ends-at-headers' },
  { code: 301, phrase: 'Moved Permanently', section: '15.4.2' },
  { code: 302, phrase: 'Found', section: '15.4.3' },
  { code: 304, phrase: 'Not Modified', section: '15.4.5', effect: 'ends-at-headers' },
  { code: 400, phrase: 'Bad Request', section: '15.5.1', effect: 'closes-on-bad-framing' },
  { code: 401, phrase: 'Unauthorized', section: '15.5.2' },
  { code: 403, phrase: 'Forbidden', section: '15.5.4' },
  { code: 404, phrase: 'Not Found', section: '15.5.5' },
  { code: 408, phrase: 'Request Timeout', section: '15.5.9', effect: 'closes' },
  { code: 500, phrase: 'Internal Server Error', section: '15.6.1' },
  { code: 502, phrase: 'Bad Gateway', section: '15.6.3' },
  { code: 503, phrase: 'Service Unavailable', section: '15.6.4' },
  { code: 504, phrase: 'Gateway Timeout', section: '15.6.5' },
];

/** Where each effect is specified: RFC and section. */
export const EFFECT_SOURCES: Readonly<Record<ConnectionEffect, { readonly rfc: 'rfc9110' | 'rfc9112'; readonly section: string }>> = {
  switches: { rfc: 'rfc9110', section: '7.8' },
  'ends-at-headers': { rfc: 'rfc9112', section: '6.3' },
  'closes-on-bad-framing': { rfc: 'rfc9112', section: '6.3' },
  closes: { rfc: 'rfc9110', section: '15.5.9' },
};

/** The dictionary key of a code's meaning (a prompt shows it; the lesson's table too). */
export function meaningKey(code: number): string {
  return `quiz.status.meaning.${code}`;
}
/** The reason key (under `reasons.`) of a connection effect (a grade explains with it; the table too). */
export function effectReasonKey(effect: ConnectionEffect): `status.effect.${ConnectionEffect}` {
  return `status.effect.${effect}`;
}

/** Every code's meaning key: strings only the status-code kind shows. */
export const STATUS_MEANING_KEYS: readonly string[] = STATUS_CODES.map((c) => meaningKey(c.code));
