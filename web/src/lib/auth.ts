// The session (access token, its expiry, the rotating refresh token) lives in
// localStorage so a reload keeps it, and every tab sees the others' sign-ins,
// sign-outs and refreshes. Every reader goes through this module so the urql
// client, the WebSocket and the UI agree on it.
const STORAGE_KEY = "campus.session";

export type StoredSession = {
  accessToken: string;
  /** ISO instant the access token stops being accepted. */
  accessTokenExpiresAt: string;
  refreshToken: string;
  /** The user the tokens belong to (the access token's `sub`). */
  userId: string;
};

type SessionListener = (session: StoredSession | null) => void;

const listeners = new Set<SessionListener>();

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Access to localStorage throws when the browser blocks site storage.
    return null;
  }
}

function parse(raw: string | null): StoredSession | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredSession>;
    if (
      typeof value.accessToken === "string" &&
      typeof value.refreshToken === "string" &&
      typeof value.accessTokenExpiresAt === "string" &&
      typeof value.userId === "string"
    ) {
      return value as StoredSession;
    }
  } catch {
    // A corrupt entry is the same as no session.
  }
  return null;
}

export function getSession(): StoredSession | null {
  return parse(storage()?.getItem(STORAGE_KEY) ?? null);
}

export function getAccessToken(): string | null {
  return getSession()?.accessToken ?? null;
}

export function setSession(session: StoredSession | null): void {
  const store = storage();
  if (session === null) store?.removeItem(STORAGE_KEY);
  else store?.setItem(STORAGE_KEY, JSON.stringify(session));
  notify(session);
}

export function onSessionChange(listener: SessionListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function notify(session: StoredSession | null): void {
  for (const listener of listeners) listener(session);
}

/** True when the access token expires within `marginMs` (clock skew and request time). */
export function accessTokenExpiring(session: StoredSession, now = Date.now(), marginMs = 30_000): boolean {
  return Date.parse(session.accessTokenExpiresAt) - marginMs <= now;
}

/** The `sub` claim of a JWT, without verifying it (the server does that). */
export function subjectOf(accessToken: string): string | null {
  const payload = accessToken.split(".")[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const claims = JSON.parse(json) as { sub?: unknown };
    return typeof claims.sub === "string" ? claims.sub : null;
  } catch {
    return null;
  }
}

export type IssuedTokens = {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
};

/** The stored form of tokens the API just issued. */
export function sessionFromTokens(tokens: IssuedTokens): StoredSession {
  return {
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshToken: tokens.refreshToken,
    userId: subjectOf(tokens.accessToken) ?? "",
  };
}

// A sign-in, sign-out or refresh in another tab changes the session here too.
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY) notify(parse(event.newValue));
  });
}
