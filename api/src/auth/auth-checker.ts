import type { AuthChecker } from "type-graphql";
import type { AppContext } from "../context.js";
import { forbidden, unauthenticated } from "../graphql/errors.js";
import type { Role } from "./access-tokens.js";

/**
 * The coarse gate behind `@Authorized(...)`: signed in, and holding one of the
 * roles when roles are listed. Fine-grained rules live in each domain's policy.
 * Throws coded errors rather than returning false, so clients can tell
 * "sign in" (UNAUTHENTICATED) from "not allowed" (FORBIDDEN).
 */
export const authChecker: AuthChecker<AppContext, Role> = async ({ context }, roles) => {
  const viewer = await context.viewer();
  if (!viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role))) throw forbidden();
  return true;
};
