import { hasRole, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";

/** Applications: the applicant sees their own, admins see and decide all. */
export const canViewApplication = (viewer: Viewer | null, application: { userId: string }): boolean =>
  isSelf(viewer, application.userId) || isAdmin(viewer);

export const canReviewApplications = (viewer: Viewer | null): boolean => isAdmin(viewer);

/** Signed-in people who do not teach yet. */
export const canApplyToTeach = (viewer: Viewer | null): boolean =>
  viewer !== null && !hasRole(viewer, "INSTRUCTOR");
