import { print } from "graphql";
import { graphql } from "../gql/gql";
import type { RefreshSessionMutation } from "../gql/graphql";
import { accessTokenExpiring, getSession, type StoredSession, sessionFromTokens, setSession } from "./auth";

const RefreshSessionMutationDocument = graphql(`
  mutation RefreshSession($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      tokens {
        accessToken
        accessTokenExpiresAt
        refreshToken
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const query = print(RefreshSessionMutationDocument);

let inFlight: Promise<StoredSession | null> | null = null;

/**
 * Rotates the refresh token into a new pair. Refresh tokens are single use
 * (reusing one ends the whole session family), so one refresh runs at a time
 * in this tab, and across tabs under a Web Lock; after waiting, a refresh
 * another tab already did is reused instead of spending the old token again.
 */
export function refreshSession(url: string, fetchImpl: typeof fetch = fetch): Promise<StoredSession | null> {
  if (!inFlight) {
    inFlight = withLock(() => rotate(url, fetchImpl)).finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

/** The session with an access token that is not about to expire, refreshing it when needed. */
export async function freshSession(url: string, fetchImpl?: typeof fetch): Promise<StoredSession | null> {
  const session = getSession();
  if (!session || !accessTokenExpiring(session)) return session;
  try {
    return await refreshSession(url, fetchImpl);
  } catch {
    // Offline: let the request go and fail on its own; the next one retries.
    return getSession();
  }
}

async function rotate(url: string, fetchImpl: typeof fetch): Promise<StoredSession | null> {
  const before = getSession();
  if (!before) return null;
  const response = await fetchImpl(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables: { input: { refreshToken: before.refreshToken } } }),
  });
  const body = (await response.json()) as { data?: RefreshSessionMutation | null };
  // The stored session may have changed while the request ran (sign-out in another tab).
  if (getSession()?.refreshToken !== before.refreshToken) return getSession();
  const tokens = body.data?.refreshToken.tokens;
  if (tokens) {
    const session = sessionFromTokens(tokens);
    setSession(session);
    return session;
  }
  if (body.data?.refreshToken.userErrors.length) {
    // Expired, revoked or reused: the session is over.
    setSession(null);
    return null;
  }
  throw new Error(`Refreshing the session failed (HTTP ${response.status}).`);
}

type LockManagerLike = {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
};

async function withLock(task: () => Promise<StoredSession | null>): Promise<StoredSession | null> {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManagerLike }) | undefined)?.locks;
  if (!locks) return task();
  const before = getSession()?.refreshToken;
  return locks.request("campus.session.refresh", async () => {
    const now = getSession();
    // Another tab rotated the token while this one waited for the lock.
    if (now && now.refreshToken !== before && !accessTokenExpiring(now)) return now;
    return task();
  });
}
