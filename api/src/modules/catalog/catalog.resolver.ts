import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { badUserInput, notFound } from "../../graphql/errors.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { Money, money } from "../../graphql/money.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { type CourseRow, courseById, courseBySlug } from "./catalog.loaders.js";
import {
  canDiscussCourse,
  canEditCourse,
  canEnrollInCourse,
  canReadCourseContent,
  canReviewCourse,
} from "./catalog.policy.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { courseIfVisible, viewerFactsFor } from "./course-access.js";
import { CourseConnection, CourseFilter, CourseOrder } from "./course-search.types.js";

/** The public catalog (`courses`, `course`) and the Course fields every concern shares. */
@Resolver(() => Course)
export class CatalogResolver {
  @Query(() => CourseConnection, {
    description:
      "Published courses: full-text search (English and French, accents ignored), filters, order and facets. Without `query` the default order is NEWEST, with it RELEVANCE.",
  })
  async courses(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg("query", () => String, { nullable: true, description: "Search text, e.g. `typescript débutant`." })
    query: string | null,
    @Arg("filter", () => CourseFilter, { nullable: true, description: "Conditions every course must meet." })
    filter: CourseFilter | null,
    @Arg("orderBy", () => CourseOrder, { nullable: true, description: "Sort order." })
    orderBy: CourseOrder | null,
    @Ctx() ctx: AppContext,
  ) {
    const instructorId = filter?.instructorId;
    const result = await ctx.services.catalog.listCourses({
      query,
      // A malformed id stays as given so validation reports it rather than dropping the filter.
      filter: filter && {
        ...filter,
        instructorId: instructorId ? (fromGlobalIdOf("User", instructorId) ?? instructorId) : null,
      },
      orderBy,
      page,
    });
    for (const node of result.nodes) courseById(ctx).prime(node.id, node);
    return result;
  }

  @Query(() => Course, {
    nullable: true,
    description: "A course by id or slug (give exactly one). Null when it does not exist or is not visible.",
  })
  async course(
    @Arg("id", () => ID, { nullable: true, description: "Global id of the course." }) id: string | null,
    @Arg("slug", () => String, { nullable: true, description: "Slug of the course." }) slug: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<CourseRow | null> {
    if ((id == null) === (slug == null)) throw badUserInput("Give exactly one of `id` and `slug`.");
    if (id != null) {
      const uuid = fromGlobalIdOf("Course", id);
      if (!uuid) throw notFound("Course");
      return courseIfVisible(ctx, await courseById(ctx).load(uuid));
    }
    return courseIfVisible(ctx, await courseBySlug(ctx).load(slug ?? ""));
  }

  @FieldResolver(() => Money, { description: "List price; zero for free courses." })
  price(@Root() course: CourseSource) {
    return money(course.priceCents, course.currency);
  }

  @FieldResolver(() => Boolean, { description: "Whether the course costs nothing." })
  isFree(@Root() course: CourseSource): boolean {
    return course.priceCents === 0;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Average review rating (1–5), null without reviews.",
  })
  averageRating(@Root() course: CourseSource): number | null {
    return course.reviewCount === 0 ? null : course.averageRating.toNumber();
  }

  @FieldResolver(() => User, { nullable: true, description: "The instructor who teaches the course." })
  instructor(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<UserSource | null> | null {
    return course.instructorId ? userById(ctx).load(course.instructorId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer is enrolled with current access." })
  async viewerIsEnrolled(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await viewerFactsFor(ctx, course.id)).enrolled;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may edit the course and its curriculum." })
  async viewerCanEdit(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<boolean> {
    return canEditCourse(await ctx.viewer(), course);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may enroll (free courses directly, paid ones through checkout).",
  })
  async viewerCanEnroll(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<boolean> {
    const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
    return canEnrollInCourse(viewer, course, enrolled);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the viewer may review the course (enrolled, not its instructor); see viewerReview to edit.",
  })
  async viewerCanReview(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<boolean> {
    const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
    return canReviewCourse(viewer, course, enrolled);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the viewer may read every lesson, quiz and the forum (preview lessons are public).",
  })
  async viewerCanReadContent(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<boolean> {
    const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
    return canReadCourseContent(viewer, course, enrolled);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may post in the course forum." })
  async viewerCanDiscuss(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<boolean> {
    const { viewer, enrolled } = await viewerFactsFor(ctx, course.id);
    return canDiscussCourse(viewer, course, enrolled);
  }
}
