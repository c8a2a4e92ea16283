import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { isValidTimeZone } from "../../lib/time-zones.js";
import { parseInput } from "../../lib/validation.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { windowsOverlap } from "./availability.rules.js";
import { regenerateExpertSlots, type SlotHorizon } from "./slot-generation.js";
import { windowSelect } from "./tutoring.loaders.js";
import { assertCanManageExpert } from "./tutoring.policy.js";
import { parseLocalTime } from "./zoned-time.js";

const localTime = z.string().transform((value, ctx) => {
  const minutes = parseLocalTime(value);
  if (minutes === null) {
    ctx.addIssue({ code: "custom", message: "Use a time of day as HH:mm (00:00–24:00)." });
    return z.NEVER;
  }
  return minutes;
});

const saveSchema = z.object({
  windowId: globalIdOf("AvailabilityWindow", "availability window").nullish(),
  dayOfWeek: z
    .number()
    .int()
    .min(0, "0 = Sunday … 6 = Saturday.")
    .max(6, "0 = Sunday … 6 = Saturday.")
    .nullish(),
  startTime: localTime.nullish(),
  endTime: localTime.nullish(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, "Unknown time zone; use an IANA name such as Europe/Paris.")
    .nullish(),
  isActive: z.boolean().nullish(),
});

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

type Window = Prisma.AvailabilityWindowGetPayload<{ select: typeof windowSelect }>;

/** Weekly availability windows of the viewer (seed 003); every change regenerates the slots. */
export class AvailabilityService {
  constructor(private readonly deps: { prisma: CampusPrisma; pubsub: CampusPubSub; horizon: SlotHorizon }) {}

  private async viewerExpert(viewer: Viewer | null) {
    const expert = viewer
      ? await this.deps.prisma.expertProfile.findUnique({
          where: { userId: viewer.id },
          select: { id: true, userId: true },
        })
      : null;
    if (!expert) {
      assertCanManageExpert(viewer, { userId: "" });
      return fail(UserErrorCode.INVALID_STATE, "Create your expert profile first.");
    }
    return expert;
  }

  async save(viewer: Viewer | null, input: unknown) {
    const data = parseInput(saveSchema, input);
    const expert = await this.viewerExpert(viewer);
    const { window, changed, events } = await this.deps.prisma.$transaction(
      async (tx) => {
        // The expert row lock (also taken by regeneration) serializes window edits, so two
        // concurrent overlapping windows cannot both pass the overlap check.
        await tx.$queryRaw`SELECT 1 FROM expert_profiles WHERE id = ${expert.id}::uuid FOR UPDATE`;
        const others = await tx.availabilityWindow.findMany({
          where: { expertId: expert.id },
          select: windowSelect,
        });
        const current = data.windowId ? others.find((w) => w.id === data.windowId) : undefined;
        if (data.windowId && !current)
          fail(UserErrorCode.NOT_FOUND, "No such availability window.", "windowId");
        const next = {
          dayOfWeek: data.dayOfWeek ?? current?.dayOfWeek,
          startMinutes: data.startTime ?? current?.startMinutes,
          endMinutes: data.endTime ?? current?.endMinutes,
          timezone: data.timeZone ?? current?.timezone,
          isActive: data.isActive ?? current?.isActive ?? true,
        };
        const missing = (
          [
            ["dayOfWeek", next.dayOfWeek],
            ["startTime", next.startMinutes],
            ["endTime", next.endMinutes],
            ["timeZone", next.timezone],
          ] as const
        ).filter(([, v]) => v === undefined);
        if (missing.length) {
          throw new UserErrorsException(
            missing.map(([k]) => userError(UserErrorCode.REQUIRED, `${k} is required.`, k)),
          );
        }
        const candidate = next as Omit<Window, "id" | "expertId">;
        if (candidate.endMinutes <= candidate.startMinutes) {
          fail(
            UserErrorCode.INVALID,
            "The end must be after the start (a window crossing midnight is two windows).",
            "endTime",
          );
        }
        const clash = others.find(
          (w) =>
            w.id !== current?.id &&
            w.isActive &&
            candidate.isActive &&
            windowsOverlap({ ...w, id: w.id }, { ...candidate, id: "new" }, new Date()),
        );
        if (clash)
          fail(UserErrorCode.CONFLICT, "It overlaps another of your availability windows.", "startTime");
        const saved = current
          ? await tx.availabilityWindow.update({
              where: { id: current.id },
              data: candidate,
              select: windowSelect,
            })
          : await tx.availabilityWindow.create({
              data: { ...candidate, expertId: expert.id },
              select: windowSelect,
            });
        const regenerated = await regenerateExpertSlots(tx, expert.id, this.deps.horizon);
        return { window: saved, ...regenerated };
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    events.publish(this.deps.pubsub);
    return { window, slotsChanged: changed };
  }

  async remove(viewer: Viewer | null, input: unknown) {
    const data = parseInput(
      z.object({ windowId: globalIdOf("AvailabilityWindow", "availability window") }),
      input,
    );
    const expert = await this.viewerExpert(viewer);
    const { changed, events } = await this.deps.prisma.$transaction(
      async (tx) => {
        const removed = await tx.availabilityWindow.deleteMany({
          where: { id: data.windowId, expertId: expert.id },
        });
        if (removed.count === 0) fail(UserErrorCode.NOT_FOUND, "No such availability window.", "windowId");
        return regenerateExpertSlots(tx, expert.id, this.deps.horizon);
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    events.publish(this.deps.pubsub);
    return { window: null, slotsChanged: changed };
  }
}
