import type { AppContext } from "../../context.js";
import { contactById, courseById, quoteById, sessionById } from "./individual.loaders.js";
import { canHandleInquiries, canReadCourse } from "./individual.policy.js";

type Fetcher = (ctx: AppContext, id: string) => Promise<object | null>;

/** node(id) for the individual domain, with the same visibility as the domain's own queries. */
async function readableCourse(ctx: AppContext, courseId: string) {
  const course = await courseById(ctx).load(courseId);
  return course && canReadCourse(await ctx.viewer(), course) ? course : null;
}

export const individualNodeFetchers: Record<string, Fetcher> = {
  IndividualCourse: (ctx, id) => readableCourse(ctx, id),
  CourseQuote: async (ctx, id) => {
    const quote = await quoteById(ctx).load(id);
    return quote && (await readableCourse(ctx, quote.individualCourseId)) ? quote : null;
  },
  IndividualSession: async (ctx, id) => {
    const session = await sessionById(ctx).load(id);
    return session && (await readableCourse(ctx, session.individualCourseId)) ? session : null;
  },
  ContactInquiry: async (ctx, id) =>
    canHandleInquiries(await ctx.viewer()) ? contactById(ctx).load(id) : null,
};
