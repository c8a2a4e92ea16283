import { afterEach, describe, expect, it } from "vitest";
import { getSession, onSessionChange, type StoredSession, setSession, subjectOf } from "./auth";
import { freshSession, refreshSession } from "./refresh";

const jwt = (sub: string) => `x.${btoa(JSON.stringify({ sub })).replace(/=+$/, "")}.y`;

const expired: StoredSession = {
  accessToken: jwt("user-1"),
  accessTokenExpiresAt: "2000-01-01T00:00:00.000Z",
  refreshToken: "refresh-1",
  userId: "user-1",
};

function api(answer: (refreshToken: string) => unknown) {
  const calls: string[] = [];
  const fetchStub: typeof fetch = async (_url, init) => {
    const body = JSON.parse(String(init?.body));
    calls.push(body.variables.input.refreshToken);
    return new Response(JSON.stringify(answer(body.variables.input.refreshToken)), {
      headers: { "content-type": "application/json" },
    });
  };
  return { calls, fetchStub };
}

const rotated = (n: number) => ({
  data: {
    refreshToken: {
      tokens: {
        accessToken: jwt("user-1"),
        accessTokenExpiresAt: "2999-01-01T00:00:00.000Z",
        refreshToken: `refresh-${n}`,
      },
      userErrors: [],
    },
  },
});

afterEach(() => {
  setSession(null);
});

describe("refreshSession", () => {
  it("rotates the refresh token once however many requests need it at the same time", async () => {
    setSession(expired);
    const { calls, fetchStub } = api(() => rotated(2));
    const results = await Promise.all([
      refreshSession("/graphql", fetchStub),
      refreshSession("/graphql", fetchStub),
      freshSession("/graphql", fetchStub),
    ]);
    expect(calls).toEqual(["refresh-1"]);
    expect(results.map((session) => session?.refreshToken)).toEqual(["refresh-2", "refresh-2", "refresh-2"]);
    expect(getSession()?.refreshToken).toBe("refresh-2");
  });

  it("ends the session when the API refuses the refresh token", async () => {
    setSession(expired);
    const seen: Array<StoredSession | null> = [];
    const stop = onSessionChange((session) => seen.push(session));
    const { fetchStub } = api(() => ({
      data: {
        refreshToken: { tokens: null, userErrors: [{ code: "INVALID", message: "Invalid refresh token." }] },
      },
    }));
    expect(await refreshSession("/graphql", fetchStub)).toBeNull();
    expect(getSession()).toBeNull();
    expect(seen).toEqual([null]);
    stop();
  });

  it("keeps a fresh session as it is", async () => {
    const fresh = { ...expired, accessTokenExpiresAt: "2999-01-01T00:00:00.000Z" };
    setSession(fresh);
    const { calls, fetchStub } = api(() => rotated(3));
    expect(await freshSession("/graphql", fetchStub)).toEqual(fresh);
    expect(calls).toEqual([]);
  });

  it("reads the user of an access token without trusting it", () => {
    expect(subjectOf(jwt("user-9"))).toBe("user-9");
    expect(subjectOf("garbage")).toBeNull();
  });
});
