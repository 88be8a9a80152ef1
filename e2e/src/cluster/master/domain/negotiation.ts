// Content negotiation of the v1 scheduler endpoint, exactly as libprocess/Mesos do it (protocol §1.1):
// the request's Content-Type is compared by string equality, the response type is picked from Accept.

export type MediaType = 'application/json' | 'application/x-protobuf';

export const JSON_MEDIA: MediaType = 'application/json';
export const PROTOBUF_MEDIA: MediaType = 'application/x-protobuf';

export type RequestTypeOutcome =
  | { readonly ok: true; readonly mediaType: MediaType }
  | { readonly ok: false; readonly status: 400 | 415; readonly body: string };

/** Mesos accepts exactly the two bare media types: no parameters, no other letter case. */
export function requestMediaType(contentType: string | undefined): RequestTypeOutcome {
  if (contentType === undefined) {
    return { ok: false, status: 400, body: "Expecting 'Content-Type' to be present" };
  }
  if (contentType === JSON_MEDIA || contentType === PROTOBUF_MEDIA) {
    return { ok: true, mediaType: contentType };
  }
  return {
    ok: false,
    status: 415,
    body: `Expecting 'Content-Type' of ${JSON_MEDIA} or ${PROTOBUF_MEDIA}`,
  };
}

interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

function parseRange(text: string): MediaRange | null {
  const [range = '', ...params] = text.split(';').map((part) => part.trim());
  const [type, subtype] = range.toLowerCase().split('/');
  if (type === undefined || subtype === undefined || type === '' || subtype === '') return null;
  let q = 1;
  for (const param of params) {
    const [key, value] = param.split('=').map((s) => s.trim());
    if (key?.toLowerCase() === 'q' && value !== undefined) {
      const parsed = Number(value);
      q = Number.isFinite(parsed) ? parsed : 0;
    }
  }
  return { type, subtype, q };
}

/**
 * Whether the Accept header admits the media type. An absent header admits everything; otherwise the
 * most specific matching range decides (`type/subtype`, then `type/*`, then `*\/*`), and any q > 0
 * counts as acceptance, whatever the other ranges' weights.
 */
export function acceptsMediaType(accept: string | undefined, mediaType: MediaType): boolean {
  if (accept === undefined) return true;
  const ranges = accept
    .split(',')
    .map(parseRange)
    .filter((r): r is MediaRange => r !== null);
  const [type, subtype] = mediaType.split('/');
  const candidates: [string, string][] = [
    [type ?? '', subtype ?? ''],
    [type ?? '', '*'],
    ['*', '*'],
  ];
  for (const [candidateType, candidateSubtype] of candidates) {
    const match = ranges.find((r) => r.type === candidateType && r.subtype === candidateSubtype);
    if (match !== undefined) return match.q > 0;
  }
  return false;
}

/** The event encoding of a stream: JSON wins whenever it is acceptable at all (Mesos tests it first). */
export function responseMediaType(accept: string | undefined): MediaType | null {
  if (acceptsMediaType(accept, JSON_MEDIA)) return JSON_MEDIA;
  if (acceptsMediaType(accept, PROTOBUF_MEDIA)) return PROTOBUF_MEDIA;
  return null;
}

export const NOT_ACCEPTABLE_BODY = `Expecting 'Accept' to allow '${JSON_MEDIA}' or '${PROTOBUF_MEDIA}'`;
