// The `courseSchedules` list: public, or the runs a manager plans (`managedBy`). "Seats left ≥ n" compares two columns
// (capacity - booked_count), which Prisma's filters cannot express, so the page
// of ids comes from one SQL statement (driven by the (status, starts_at) index)
// and the rows from a second; the keyset cursor is the one `paginate` uses.
import type { CampusPrisma } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { decodeCursor, encodeCursor } from "../../graphql/cursor.js";
import { badUserInput } from "../../graphql/errors.js";
import { type ConnectionData, type PageArgs, resolvePageSize } from "../../graphql/pagination.js";
import { scheduleSelect } from "./training.loaders.js";

export interface ScheduleSearch {
  courseType?: string | null;
  courseId?: string | null;
  city?: string | null;
  startsAfter: Date;
  startsBefore?: Date | null;
  minSeatsLeft?: number | null;
  statuses?: readonly string[] | null;
  /** The manager's view: runs of every status this user manages (canManageSchedule; all when admin). */
  managedBy?: { userId: string; admin: boolean } | null;
}

export type ScheduleRow = Prisma.CourseScheduleGetPayload<{ select: typeof scheduleSelect }>;

function conditions(search: ScheduleSearch): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`s.starts_at >= ${search.startsAfter}::timestamptz`];
  const manager = search.managedBy;
  if (!manager) {
    where.push(Prisma.sql`s.status IN ('PUBLISHED', 'FULL')`);
    where.push(Prisma.sql`c.status = 'PUBLISHED' AND c.deleted_at IS NULL`);
  } else if (!manager.admin) {
    // The same rule as canManageSchedule: the run's instructor or whoever planned it.
    where.push(
      Prisma.sql`(s.instructor_id = ${manager.userId}::uuid OR s.created_by_id = ${manager.userId}::uuid)`,
    );
  }
  if (search.statuses?.length) {
    const statuses = search.statuses.map((status) => Prisma.sql`${status}::schedule_status`);
    where.push(Prisma.sql`s.status IN (${Prisma.join(statuses)})`);
  }
  if (search.startsBefore) where.push(Prisma.sql`s.starts_at < ${search.startsBefore}::timestamptz`);
  if (search.courseType) where.push(Prisma.sql`c.course_type = ${search.courseType}::training_course_type`);
  if (search.courseId) where.push(Prisma.sql`s.course_id = ${search.courseId}::uuid`);
  if (search.city) where.push(Prisma.sql`lower(v.city) = lower(${search.city})`);
  if (search.minSeatsLeft != null)
    where.push(Prisma.sql`s.capacity - s.booked_count >= ${search.minSeatsLeft}`);
  return where;
}

const FROM = Prisma.sql`FROM course_schedules s JOIN courses c ON c.id = s.course_id JOIN venues v ON v.id = s.venue_id`;

export async function searchSchedules(
  prisma: CampusPrisma,
  search: ScheduleSearch,
  page: PageArgs,
): Promise<ConnectionData<ScheduleRow>> {
  const { size, backward } = resolvePageSize(page);
  const cursor = backward ? page.before : page.after;
  const where = conditions(search);
  const base = [...where];
  if (cursor != null) {
    const values = decodeCursor(cursor, 2);
    if (!values || !(values[0] instanceof Date) || typeof values[1] !== "string") {
      throw badUserInput("The cursor is not valid for this list.", backward ? "before" : "after");
    }
    where.push(
      backward
        ? Prisma.sql`(s.starts_at, s.id) < (${values[0]}::timestamptz, ${values[1]}::uuid)`
        : Prisma.sql`(s.starts_at, s.id) > (${values[0]}::timestamptz, ${values[1]}::uuid)`,
    );
  }
  const order = backward ? Prisma.sql`s.starts_at DESC, s.id DESC` : Prisma.sql`s.starts_at ASC, s.id ASC`;
  const found = await prisma.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT s.id::text AS id ${FROM} WHERE ${Prisma.join(where, " AND ")} ORDER BY ${order} LIMIT ${size + 1}`,
  );
  const hasMore = found.length > size;
  const ids = found.slice(0, size).map((r) => r.id);
  if (backward) ids.reverse();
  const rows = ids.length
    ? await prisma.courseSchedule.findMany({ where: { id: { in: ids } }, select: scheduleSelect })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const nodes = ids.map((id) => byId.get(id)).filter((r): r is ScheduleRow => r !== undefined);
  const edges = nodes.map((node) => ({ cursor: encodeCursor([node.startsAt, node.id]), node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: backward ? cursor != null : hasMore,
      hasPreviousPage: backward ? hasMore : cursor != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => {
      total ??= prisma
        .$queryRaw<{ n: number }[]>(
          Prisma.sql`SELECT count(*)::int AS n ${FROM} WHERE ${Prisma.join(base, " AND ")}`,
        )
        .then((r) => r[0]?.n ?? 0);
      return total;
    },
  };
}
