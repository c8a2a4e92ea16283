import type { Viewer } from "../context.js";
import { forbidden, unauthenticated } from "../graphql/errors.js";
import type { Role } from "./access-tokens.js";

/**
 * Building blocks for the per-domain policies (`<domain>.policy.ts`). Every
 * policy answers a yes/no question; `assertAllowed` turns a no into the right
 * coded error. Anything not explicitly allowed is denied.
 */
export const hasRole = (viewer: Viewer | null, role: Role): boolean => viewer?.roles.includes(role) ?? false;

export const isAdmin = (viewer: Viewer | null): boolean => hasRole(viewer, "ADMIN");

export const isSelf = (viewer: Viewer | null, userId: string | null | undefined): boolean =>
  viewer != null && userId != null && viewer.id === userId;

export function assertAllowed(
  viewer: Viewer | null,
  allowed: boolean,
  message?: string,
): asserts viewer is Viewer {
  if (!viewer) throw unauthenticated();
  if (!allowed) throw forbidden(message);
}
