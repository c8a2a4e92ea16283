import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { badUserInput } from "../../graphql/errors.js";
import type { CourseRow } from "../catalog/catalog.loaders.js";
import { Course } from "../catalog/catalog.types.js";
import { upcomingSessionsByCourse } from "./live-session.loaders.js";
import { LiveSession, type LiveSessionRow } from "./live-session.types.js";

const MAX = 50;

@Resolver(() => Course)
export class CourseLiveSessionsResolver {
  @FieldResolver(() => [LiveSession], {
    description:
      "The course's scheduled and live sessions that are not over, soonest first (one statement for every course of the request).",
  })
  async upcomingLiveSessions(
    @Root() course: CourseRow,
    @Arg("first", () => Int, { nullable: true, description: `At most this many (1–${MAX}, default 5).` })
    first: number | null,
    @Ctx() ctx: AppContext,
  ): Promise<LiveSessionRow[]> {
    const limit = first ?? 5;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX)
      throw badUserInput(`first must be between 1 and ${MAX}.`, "first");
    // The parent course is visible to the viewer, and so are its sessions.
    return (await upcomingSessionsByCourse(ctx).load(course.id)).slice(0, limit);
  }
}
