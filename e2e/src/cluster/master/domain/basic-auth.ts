// HTTP Basic authentication of schedulers as the master's `basic` HTTP authenticator does it
// (protocol §8): every call carries `Authorization: Basic base64(principal:secret)`.

export interface Credential {
  readonly principal: string;
  readonly secret: string;
}

export const AUTH_REALM = 'mesos-master-scheduler';

export type AuthOutcome =
  | { readonly ok: true; readonly principal: string | null }
  | { readonly ok: false; readonly status: 401; readonly challenge: string; readonly body: string };

function unauthorized(body: string): AuthOutcome {
  return { ok: false, status: 401, challenge: `Basic realm="${AUTH_REALM}"`, body };
}

/**
 * Authenticates one request. `credentials` null means authentication is off (the principal is then
 * null). The decoded text must hold exactly one ':' (libprocess splits naively, so a secret with a
 * colon can never authenticate).
 */
export function authenticate(
  authorization: string | undefined,
  credentials: readonly Credential[] | null,
): AuthOutcome {
  if (credentials === null) return { ok: true, principal: null };
  if (authorization === undefined) return unauthorized('');
  const [scheme, encoded, ...rest] = authorization.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'basic' || encoded === undefined || rest.length > 0) {
    return unauthorized('');
  }
  const parts = Buffer.from(encoded, 'base64').toString('utf8').split(':');
  if (parts.length !== 2) return unauthorized('');
  const [principal = '', secret = ''] = parts;
  const match = credentials.find((c) => c.principal === principal && c.secret === secret);
  return match === undefined ? unauthorized('') : { ok: true, principal };
}

export type CredentialsOutcome =
  | { readonly ok: true; readonly credentials: readonly Credential[] }
  | { readonly ok: false; readonly error: string };

/** Parses a Mesos credentials file: `{"credentials":[{"principal":…,"secret":…}]}`. */
export function parseCredentials(text: string): CredentialsOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `credentials file is not JSON: ${(e as Error).message}` };
  }
  const list = (raw as { credentials?: unknown } | null)?.credentials;
  if (!Array.isArray(list))
    return { ok: false, error: "credentials file lacks a 'credentials' list" };
  const credentials: Credential[] = [];
  for (const item of list as unknown[]) {
    const { principal, secret } = (item ?? {}) as { principal?: unknown; secret?: unknown };
    if (typeof principal !== 'string' || typeof secret !== 'string') {
      return { ok: false, error: 'each credential needs a string principal and secret' };
    }
    credentials.push({ principal, secret });
  }
  return { ok: true, credentials };
}
