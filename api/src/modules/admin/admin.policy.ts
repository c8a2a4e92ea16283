import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import { forbidden } from "../../graphql/errors.js";

/** Users, the audit trail and reports are admin-only; everyone else is denied. */
export function assertAdmin(viewer: Viewer, what = "Only admins can do this."): void {
  if (!isAdmin(viewer)) throw forbidden(what);
}
