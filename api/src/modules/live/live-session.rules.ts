// Lifecycle and places of a live session (seed 001 LiveSessions; unit-tested in
// live-session.rules.test.ts). Transitions: scheduled -> live -> completed, and a scheduled
// session may be cancelled; every other change of status is refused.

export type LiveStatus = "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";

const ALLOWED: Record<LiveStatus, readonly LiveStatus[]> = {
  SCHEDULED: ["LIVE", "CANCELLED"],
  LIVE: ["COMPLETED"],
  COMPLETED: [],
  CANCELLED: [],
};

export const canTransition = (from: LiveStatus, to: LiveStatus): boolean => ALLOWED[from].includes(to);

/** Why a transition is refused, in words a client can show. */
export function transitionRefusal(from: LiveStatus, to: LiveStatus): string | null {
  if (canTransition(from, to)) return null;
  if (from === to) return `The session is already ${from.toLowerCase()}.`;
  const next = ALLOWED[from];
  return next.length === 0
    ? `A ${from.toLowerCase()} session cannot change any more.`
    : `A ${from.toLowerCase()} session can only become ${next.map((s) => s.toLowerCase()).join(" or ")}.`;
}

/** Sessions people can still join (or register for): not over, not cancelled or completed. */
export const isJoinable = (s: { status: string; endsAt: Date }, now: Date): boolean =>
  (s.status === "SCHEDULED" || s.status === "LIVE") && s.endsAt > now;

/** Schedule fields (time, length, places, link) may change only before the session starts. */
export const canReschedule = (status: string): boolean => status === "SCHEDULED";

/** The recording link exists only once the session is over (seed 001: "populated after session completes"). */
export const canSetRecording = (status: string): boolean => status === "COMPLETED";

export const placesLeft = (maxParticipants: number, participants: number): number =>
  Math.max(0, maxParticipants - participants);
