import { registerEnumType } from "type-graphql";
import type { AppContext } from "../../context.js";
import { forbidden } from "../../graphql/errors.js";

/** What a partner key may do, whatever its user may do: the effective rights are the intersection. */
export enum ApiKeyScope {
  /** Run queries. */
  READ = "READ",
  /** Run mutations (book, cancel, enrol...). */
  WRITE = "WRITE",
  /** Keep the user's ADMIN role; without it a key of an admin acts as a non-admin. */
  ADMIN = "ADMIN",
}

registerEnumType(ApiKeyScope, {
  name: "ApiKeyScope",
  description: "A permission granted to an API key, on top of (never beyond) its user's roles.",
  valuesConfig: {
    READ: { description: "Run queries." },
    WRITE: { description: "Run mutations." },
    ADMIN: { description: "Keep the user's admin role; without it the key acts as a non-admin." },
  },
});

/** Denies an operation the request's API key is not scoped for; tokens are not scoped. */
export function assertOperationScope(ctx: AppContext, operation: "query" | "mutation" | "subscription") {
  if (!ctx.apiKey) return;
  const needed = operation === "mutation" ? ApiKeyScope.WRITE : ApiKeyScope.READ;
  if (!ctx.apiKey.scopes.includes(needed)) {
    throw forbidden(`This API key lacks the ${needed} scope needed for a ${operation}.`);
  }
}
