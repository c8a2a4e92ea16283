import { isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";

/** Email addresses are personal data: the user and admins only. */
export const canReadUserEmail = (viewer: Viewer | null, userId: string) =>
  isSelf(viewer, userId) || isAdmin(viewer);
