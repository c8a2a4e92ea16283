import { baseUrl } from "./browser";

export const DEMO_PASSWORD = "campus-demo-2026";

type GraphQLResponse<T> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** Talks to the same server as the browser, for setting a scenario up and for checks beside the UI. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export async function logIn(email: string): Promise<string> {
  const data = await gql<{ logIn: { tokens: { accessToken: string } | null; userErrors: unknown[] } }>(
    `mutation ($input: LogInInput!) { logIn(input: $input) { tokens { accessToken } userErrors { message } } }`,
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (!data.logIn.tokens)
    throw new Error(`Could not log ${email} in: ${JSON.stringify(data.logIn.userErrors)}`);
  return data.logIn.tokens.accessToken;
}
