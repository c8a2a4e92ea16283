import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf, text } from "../../lib/id-schema.js";
import { isValidTimeZone } from "../../lib/time-zones.js";
import { parseInput } from "../../lib/validation.js";
import { writeAuditLog } from "../audit/audit-log.js";
import { venueSelect } from "./training.loaders.js";
import { assertCanManageVenues } from "./training.policy.js";

const facilities = z.record(z.string(), z.unknown(), "Facilities must be a JSON object.");
const capacity = z
  .number()
  .int("Capacity must be a whole number.")
  .min(1, "Capacity must be at least 1.")
  .max(10_000);

const timezone = z
  .string()
  .refine(isValidTimeZone, "Unknown time zone; use an IANA name such as Europe/London.");

const createSchema = z.object({
  name: text("Name", 200),
  addressLine1: text("Address", 200),
  addressLine2: z.string().trim().max(200).nullish(),
  city: text("City", 100),
  postcode: text("Postcode", 20),
  capacity,
  facilities: facilities.nullish(),
  parkingInfo: z.string().trim().max(2000).nullish(),
  timezone: timezone.nullish(),
});

const updateSchema = z.object({
  venueId: globalIdOf("Venue"),
  name: text("Name", 200).nullish(),
  addressLine1: text("Address", 200).nullish(),
  addressLine2: z.string().trim().max(200).nullish(),
  city: text("City", 100).nullish(),
  postcode: text("Postcode", 20).nullish(),
  timezone: timezone.nullish(),
  capacity: capacity.nullish(),
  facilities: facilities.nullish(),
  parkingInfo: z.string().trim().max(2000).nullish(),
  isActive: z.boolean().nullish(),
});

/** Venues of in-person training (seed 004): admins manage them, everyone may read active ones. */
export class VenueService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  list(
    viewer: Viewer | null,
    filter: { city?: string | null; includeInactive?: boolean | null },
    page: PageArgs,
  ) {
    // Switched-off venues are for admins, who may switch them back on.
    if (filter.includeInactive) assertCanManageVenues(viewer);
    const where: Prisma.VenueWhereInput = {
      ...(filter.includeInactive ? {} : { isActive: true }),
      ...(filter.city ? { city: { equals: filter.city.trim(), mode: "insensitive" as const } } : {}),
    };
    return paginate(page, {
      sort: [{ field: "name", direction: "asc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.venue.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: venueSelect,
        }),
      count: () => this.deps.prisma.venue.count({ where }),
    });
  }

  async create(viewer: Viewer | null, input: unknown) {
    assertCanManageVenues(viewer);
    const data = parseInput(createSchema, input);
    return this.deps.prisma.$transaction(async (tx) => {
      const venue = await tx.venue.create({
        data: { ...data, facilities: (data.facilities ?? {}) as Prisma.InputJsonObject },
        select: venueSelect,
      });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "venue.create",
        entityType: "Venue",
        entityId: venue.id,
        oldValues: null,
        newValues: venue,
      });
      return { venue };
    });
  }

  async update(viewer: Viewer | null, input: unknown) {
    assertCanManageVenues(viewer);
    const { venueId, ...changes } = parseInput(updateSchema, input);
    return this.deps.prisma.$transaction(async (tx) => {
      // Row lock: a schedule planned concurrently cannot slip in above a lowered capacity.
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id::text FROM venues WHERE id = ${venueId}::uuid FOR UPDATE`;
      const old = locked.length
        ? await tx.venue.findUnique({ where: { id: venueId }, select: venueSelect })
        : null;
      if (!old)
        throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, "No such venue.", "venueId")]);
      const planned: Prisma.CourseScheduleWhereInput = {
        venueId,
        status: { in: ["DRAFT", "PUBLISHED", "FULL"] },
        endsAt: { gt: new Date() },
      };
      if (changes.timezone != null && changes.timezone !== old.timezone) {
        // A run's instants stay put; its local time at the venue would silently move.
        if (await tx.courseSchedule.count({ where: planned })) {
          throw new UserErrorsException([
            userError(
              UserErrorCode.INVALID,
              "Runs are planned at this venue: cancel or finish them before changing its time zone.",
              "timezone",
            ),
          ]);
        }
      }
      if (changes.capacity != null) {
        const biggest = await tx.courseSchedule.aggregate({
          where: planned,
          _max: { capacity: true },
        });
        const needed = biggest._max.capacity ?? 0;
        if (changes.capacity < needed) {
          throw new UserErrorsException([
            userError(UserErrorCode.INVALID, `A planned schedule here offers ${needed} seats.`, "capacity"),
          ]);
        }
      }
      const venue = await tx.venue.update({
        where: { id: venueId },
        data: {
          name: changes.name ?? undefined,
          addressLine1: changes.addressLine1 ?? undefined,
          // An empty second line clears it; null leaves it.
          addressLine2: changes.addressLine2 == null ? undefined : changes.addressLine2 || null,
          city: changes.city ?? undefined,
          postcode: changes.postcode ?? undefined,
          timezone: changes.timezone ?? undefined,
          capacity: changes.capacity ?? undefined,
          facilities: (changes.facilities ?? undefined) as Prisma.InputJsonObject | undefined,
          parkingInfo: changes.parkingInfo === undefined ? undefined : changes.parkingInfo,
          isActive: changes.isActive ?? undefined,
        },
        select: venueSelect,
      });
      await writeAuditLog(tx, {
        actorId: viewer.id,
        action: "venue.update",
        entityType: "Venue",
        entityId: venueId,
        oldValues: old,
        newValues: venue,
      });
      return { venue };
    });
  }
}
