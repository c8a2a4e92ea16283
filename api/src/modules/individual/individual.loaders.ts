import type { AppContext } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { byKey, defineLoader, groupByKey } from "../../graphql/loaders.js";

/** Loaders of the individual domain, unchecked: callers apply individual.policy.ts. */
export const courseById = defineLoader(
  "individualCourseById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.individualCourse.findMany({ where: { id: { in: [...ids] } } });
    return byKey(ids, rows, (r) => r.id);
  },
);

export const quoteById = defineLoader("courseQuoteById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.courseQuote.findMany({ where: { id: { in: [...ids] } } });
  return byKey(ids, rows, (r) => r.id);
});

export const contactById = defineLoader("contactById", async (ctx: AppContext, ids: readonly string[]) => {
  const rows = await ctx.prisma.contact.findMany({ where: { id: { in: [...ids] } } });
  return byKey(ids, rows, (r) => r.id);
});

export const sessionById = defineLoader(
  "individualSessionById",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.individualSession.findMany({ where: { id: { in: [...ids] } } });
    return byKey(ids, rows, (r) => r.id);
  },
);

/** A course's quotes, newest first (index course_quotes(individual_course_id)). */
export const quotesByCourse = defineLoader(
  "quotesByCourse",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.courseQuote.findMany({
      where: { individualCourseId: { in: [...ids] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    return groupByKey(ids, rows, (r) => r.individualCourseId);
  },
);

/** A course's sessions in order (unique index (individual_course_id, session_number)). */
export const sessionsByCourse = defineLoader(
  "sessionsByCourse",
  async (ctx: AppContext, ids: readonly string[]) => {
    const rows = await ctx.prisma.individualSession.findMany({
      where: { individualCourseId: { in: [...ids] } },
      orderBy: [{ individualCourseId: "asc" }, { sessionNumber: "asc" }],
    });
    return groupByKey(ids, rows, (r) => r.individualCourseId);
  },
);

export type CourseRow = Prisma.IndividualCourseGetPayload<Record<string, never>>;
export type QuoteRow = Prisma.CourseQuoteGetPayload<Record<string, never>>;
export type ContactRow = Prisma.ContactGetPayload<Record<string, never>>;
export type SessionRow = Prisma.IndividualSessionGetPayload<Record<string, never>>;
