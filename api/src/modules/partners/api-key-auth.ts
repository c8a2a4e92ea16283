import type { Request } from "express";
import { GraphQLError } from "graphql";
import type { App } from "../../app.js";
import type { AccessClaims } from "../../auth/access-tokens.js";
import type { RequestApiKey } from "../../context.js";
import { apiKeyFromHeaders } from "./api-key-secret.js";

/**
 * `x-api-key` / `Authorization: ApiKey …`: the request acts as the key's user, narrowed to the
 * key's scopes. null when the request carries no key; a bad key is a 401, never anonymous.
 */
export async function authenticateApiKey(
  app: App,
  req: Request,
): Promise<{ auth: AccessClaims; apiKey: RequestApiKey } | null> {
  const key = apiKeyFromHeaders((name) => req.get(name));
  if (!key) return null;
  const found = await app.services.apiKeys.authenticate(key);
  if (!found) {
    throw new GraphQLError("The API key is invalid, expired or revoked.", {
      extensions: { code: "UNAUTHENTICATED", reason: "invalid_api_key", http: { status: 401 } },
    });
  }
  return { auth: { userId: found.userId, roles: [] }, apiKey: { id: found.id, scopes: found.scopes } };
}
