import { assertAllowed, hasRole, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";

export interface ExpertAccess {
  userId: string;
  verificationStatus: string;
}

/** The expert themselves and admins. */
export const canManageExpert = (viewer: Viewer | null, expert: { userId: string }) =>
  isSelf(viewer, expert.userId) || isAdmin(viewer);

/** Verified experts are public; pending and rejected ones only to themselves and admins. */
export const canViewExpert = (viewer: Viewer | null, expert: ExpertAccess) =>
  expert.verificationStatus === "VERIFIED" || canManageExpert(viewer, expert);

/** Active sessions of verified experts are public; the rest belongs to the expert and admins. */
export const canViewTutoringSession = (
  viewer: Viewer | null,
  session: { isActive: boolean },
  expert: ExpertAccess,
) => (session.isActive && expert.verificationStatus === "VERIFIED") || canManageExpert(viewer, expert);

/** "Expert" is an instructor with an expert profile (DESIGN.md): instructors may create one. */
export function assertCanBecomeExpert(viewer: Viewer | null): asserts viewer is Viewer {
  assertAllowed(viewer, hasRole(viewer, "INSTRUCTOR"), "Only instructors can offer tutoring.");
}

/** Sessions, availability and slots of an expert: the expert and admins. */
export function assertCanManageExpert(
  viewer: Viewer | null,
  expert: { userId: string },
): asserts viewer is Viewer {
  assertAllowed(viewer, canManageExpert(viewer, expert), "You cannot manage this expert's tutoring.");
}

export function assertCanVerifyExperts(viewer: Viewer | null): asserts viewer is Viewer {
  assertAllowed(viewer, isAdmin(viewer), "Only admins verify experts.");
}
