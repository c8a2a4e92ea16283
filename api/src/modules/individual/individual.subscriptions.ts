import { Ctx, Resolver, Root, Subscription } from "type-graphql";
import type { AppContext } from "../../context.js";
import { authorizedEvents, refreshForEvent } from "../../realtime/event-scope.js";
import { topics } from "../../realtime/topics.js";
import { ContactInquiry } from "./contact.types.js";
import type { ContactInquiryEvent, QuoteEvent } from "./individual.events.js";
import { contactById, quoteById } from "./individual.loaders.js";
import { assertCanHandleInquiries, canHandleInquiries, canManageCourse } from "./individual.policy.js";
import { CourseQuote } from "./quote.types.js";

/** Per-event check: the viewer still manages the quote's course (re-read, not trusted from subscribe time). */
async function managesQuote(ctx: AppContext, event: QuoteEvent): Promise<boolean> {
  const viewer = await refreshForEvent(ctx);
  const quote = await ctx.prisma.courseQuote.findUnique({
    where: { id: event.quoteId },
    select: { individualCourse: { select: { studentId: true, instructorId: true } } },
  });
  return !!viewer && !!quote && canManageCourse(viewer, quote.individualCourse);
}

/** Quote topics are per instructor: only instructors and admins may subscribe, to their own. */
async function instructorTopic(ctx: AppContext, topic: (userId: string) => string) {
  const viewer = await ctx.requireViewer();
  assertCanHandleInquiries(viewer);
  return authorizedEvents<QuoteEvent>(ctx.pubsub, topic(viewer.id), (event) => managesQuote(ctx, event));
}

@Resolver()
export class IndividualSubscriptions {
  @Subscription(() => CourseQuote, {
    description:
      "Quotes of the viewer's individual courses as their recipients accept or reject them (instructors).",
    subscribe: ({ context }) => instructorTopic(context as AppContext, topics.quoteResponded),
  })
  quoteResponded(@Root() event: QuoteEvent, @Ctx() ctx: AppContext) {
    return quoteById(ctx).load(event.quoteId);
  }

  @Subscription(() => CourseQuote, {
    description:
      "Quotes of the viewer's individual courses as their recipients first open them (instructors).",
    subscribe: ({ context }) => instructorTopic(context as AppContext, topics.quoteViewed),
  })
  quoteViewed(@Root() event: QuoteEvent, @Ctx() ctx: AppContext) {
    return quoteById(ctx).load(event.quoteId);
  }

  @Subscription(() => ContactInquiry, {
    description: "Inquiries as they arrive through the contact form (instructors and admins).",
    subscribe: async ({ context }) => {
      const ctx = context as AppContext;
      assertCanHandleInquiries(await ctx.requireViewer());
      return authorizedEvents<ContactInquiryEvent>(ctx.pubsub, topics.contactInquiryReceived(), async () =>
        canHandleInquiries(await refreshForEvent(ctx)),
      );
    },
  })
  contactInquiryReceived(@Root() event: ContactInquiryEvent, @Ctx() ctx: AppContext) {
    return contactById(ctx).load(event.inquiryId);
  }
}
