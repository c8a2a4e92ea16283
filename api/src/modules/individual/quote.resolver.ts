import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { Money, money } from "../../graphql/money.js";
import { toPayload } from "../../graphql/payload.js";
import {
  type CourseRow,
  courseById,
  type QuoteRow,
  quoteById,
  quotesByCourse,
} from "./individual.loaders.js";
import { canReadCourse } from "./individual.policy.js";
import { IndividualCourse } from "./individual-course.types.js";
import {
  CourseQuote,
  CourseQuotePayload,
  CreateCourseQuoteInput,
  RespondToCourseQuoteInput,
  RespondToCourseQuotePayload,
  ReviseCourseQuoteInput,
  SendCourseQuoteInput,
} from "./quote.types.js";

const empty = { quote: null };

@Resolver(() => CourseQuote)
export class CourseQuoteResolver {
  @Query(() => CourseQuote, {
    description:
      "A quote by the secret of its link (anonymous). The first view marks it VIEWED. Unknown, wrong, expired and revoked links all give the same NOT_FOUND error.",
  })
  quoteByToken(
    @Arg("token", () => String, { description: "The secret from the link." }) token: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.quoteResponses.byToken(token);
  }

  @Mutation(() => CourseQuotePayload, {
    description: "Draft a quote; its IQ-YYYY-NNNN number is allocated now.",
  })
  async createCourseQuote(
    @Arg("input", () => CreateCourseQuoteInput) input: CreateCourseQuoteInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.quotes.create(viewer, input), empty);
  }

  @Mutation(() => CourseQuotePayload, {
    description: "Replace a quote with a new numbered one; the old becomes REVISED.",
  })
  async reviseCourseQuote(
    @Arg("input", () => ReviseCourseQuoteInput) input: ReviseCourseQuoteInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.quotes.revise(viewer, input), empty);
  }

  @Mutation(() => CourseQuotePayload, {
    description: "Send a draft quote to the student by email with a secret link.",
  })
  async sendCourseQuote(
    @Arg("input", () => SendCourseQuoteInput) input: SendCourseQuoteInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.quotes.send(viewer, input), empty);
  }

  @Mutation(() => RespondToCourseQuotePayload, {
    description: "Accept or reject a quote by its link (anonymous) or as the signed-in student.",
  })
  async respondToCourseQuote(
    @Arg("input", () => RespondToCourseQuoteInput) input: RespondToCourseQuoteInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.viewer();
    return toPayload(() => ctx.services.quoteResponses.respond(viewer, input), {
      quote: null,
      payment: null,
    });
  }

  /** Null unless the viewer may read the course: the anonymous link shows the quote only. */
  @FieldResolver(() => IndividualCourse, { nullable: true })
  async individualCourse(@Root() quote: QuoteRow, @Ctx() ctx: AppContext) {
    const course = await courseById(ctx).load(quote.individualCourseId);
    return course && canReadCourse(await ctx.viewer(), course) ? course : null;
  }

  @FieldResolver(() => CourseQuote, { nullable: true })
  async revisedFrom(@Root() quote: QuoteRow, @Ctx() ctx: AppContext) {
    return quote.revisedFromId ? quoteById(ctx).load(quote.revisedFromId) : null;
  }

  @FieldResolver(() => Money)
  hourlyRate(@Root() q: QuoteRow) {
    return money(q.hourlyRateCents, q.currency);
  }

  @FieldResolver(() => Money)
  basePrice(@Root() q: QuoteRow) {
    return money(q.basePriceCents ?? q.hourlyRateCents * q.estimatedHours, q.currency);
  }

  @FieldResolver(() => Money)
  customizationFee(@Root() q: QuoteRow) {
    return money(q.customizationFeeCents, q.currency);
  }

  @FieldResolver(() => Money)
  materialsFee(@Root() q: QuoteRow) {
    return money(q.materialsFeeCents, q.currency);
  }

  @FieldResolver(() => Money)
  discountAmount(@Root() q: QuoteRow) {
    return money(q.discountAmountCents, q.currency);
  }

  @FieldResolver(() => Money)
  totalPrice(@Root() q: QuoteRow) {
    return money(q.totalPriceCents, q.currency);
  }
}

@Resolver(() => IndividualCourse)
export class IndividualCourseQuotesResolver {
  @FieldResolver(() => [CourseQuote], {
    description: "The course's quotes, newest first (visible to whoever may read the course).",
  })
  quotes(@Root() course: CourseRow, @Ctx() ctx: AppContext) {
    return quotesByCourse(ctx).load(course.id);
  }
}
