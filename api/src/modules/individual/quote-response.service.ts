import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { quoteRespondedEvent, quoteViewedEvent } from "./individual.events.js";
import type { QuoteRow } from "./individual.loaders.js";
import { canAnswerAsStudent } from "./individual.policy.js";
import { courseTransitionError, type IndividualCourseStatus } from "./individual-course.rules.js";
import { respondSchema } from "./quote.inputs.js";
import { answerError, type QuoteStatus } from "./quote.rules.js";
import { lockQuote } from "./quote.service.js";
import { queueQuoteAnsweredEmail } from "./quote-email.js";
import { hashQuoteToken, isWellFormedQuoteToken } from "./quote-link.js";
import type { QuotePaymentOpening, QuotePaymentPort } from "./quote-payment.port.js";

type Tx = Prisma.TransactionClient;

// One message for unknown, wrong, expired and revoked links: the answer must not
// tell a guesser which tokens exist or ever existed.
const LINK_NOT_FOUND = "Quote";
const linkNotFound = () =>
  new UserErrorsException([userError(UserErrorCode.NOT_FOUND, "Quote was not found.", "token")]);

export interface QuoteResponseDeps {
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  payments: QuotePaymentPort;
  clock: () => Date;
}

/** The recipient's side of a quote: view it by its secret link, accept or reject it. */
export class QuoteResponseService {
  constructor(private readonly deps: QuoteResponseDeps) {}

  /** The quote id a live link opens, or null (unknown, malformed, expired, revoked alike). */
  private async quoteIdByToken(tx: Tx | CampusPrisma, token: string): Promise<string | null> {
    if (!isWellFormedQuoteToken(token)) return null;
    const link = await tx.quoteAccessToken.findUnique({
      where: { tokenHash: hashQuoteToken(token) },
      select: { id: true, quoteId: true, expiresAt: true, revokedAt: true },
    });
    if (!link || link.revokedAt || link.expiresAt <= this.deps.clock()) return null;
    return link.quoteId;
  }

  /** Anonymous. The first view moves SENT to VIEWED and tells the instructor. */
  async byToken(token: string) {
    const events = new PendingEvents();
    const quote = await this.deps.prisma.$transaction(async (tx) => {
      const quoteId = await this.quoteIdByToken(tx, token);
      if (!quoteId) return null;
      const now = this.deps.clock();
      await tx.quoteAccessToken.update({
        where: { tokenHash: hashQuoteToken(token) },
        data: { lastUsedAt: now },
      });
      const firstView = await tx.courseQuote.updateMany({
        where: { id: quoteId, status: "SENT" },
        data: { status: "VIEWED", viewedAt: now },
      });
      const quote = await tx.courseQuote.findUniqueOrThrow({ where: { id: quoteId } });
      if (firstView.count > 0) await this.follow(tx, events, quote, quoteViewedEvent);
      return quote;
    });
    if (!quote) throw notFound(LINK_NOT_FOUND);
    events.publish(this.deps.pubsub);
    return quote;
  }

  private async follow(tx: Tx, events: PendingEvents, quote: QuoteRow, add: typeof quoteViewedEvent) {
    const course = await tx.individualCourse.findUniqueOrThrow({
      where: { id: quote.individualCourseId },
      select: { instructorId: true },
    });
    add(events, quote, course.instructorId);
  }

  /**
   * Accept or reject, by link or as the signed-in student. Accepting confirms the course
   * at the quoted price in the same transaction, then opens the payment.
   */
  async respond(viewer: Viewer | null, input: unknown) {
    const data = parseInput(respondSchema, input);
    const events = new PendingEvents();
    const quote = await this.deps.prisma.$transaction(async (tx) => {
      const quoteId = data.token
        ? await this.quoteIdByToken(tx, data.token)
        : await this.asStudent(tx, viewer, data.quoteId);
      if (!quoteId) throw linkNotFound();
      const quote = await lockQuote(tx, quoteId);
      await tx.$queryRaw`SELECT 1 FROM individual_courses WHERE id = ${quote.individualCourseId}::uuid FOR UPDATE`;
      const course = await tx.individualCourse.findUniqueOrThrow({ where: { id: quote.individualCourseId } });
      const now = this.deps.clock();
      const refused = answerError({ status: quote.status as QuoteStatus, validUntil: quote.validUntil }, now);
      if (refused) throw new UserErrorsException([userError(UserErrorCode[refused.code], refused.message)]);
      const accept = data.decision === "ACCEPT";
      if (accept) {
        const error = courseTransitionError(course.status as IndividualCourseStatus, "CONFIRMED");
        if (error) throw new UserErrorsException([userError(UserErrorCode.INVALID_STATE, error)]);
        await tx.individualCourse.update({
          where: { id: course.id },
          data: {
            status: "CONFIRMED",
            quotedPriceCents: quote.totalPriceCents,
            pricePerHourCents: quote.hourlyRateCents,
            totalHours: quote.estimatedHours,
            currency: quote.currency,
            paymentStatus: "PENDING",
          },
        });
      }
      const answered = await tx.courseQuote.update({
        where: { id: quote.id },
        data: {
          status: accept ? "ACCEPTED" : "REJECTED",
          respondedAt: now,
          viewedAt: quote.viewedAt ?? now,
          clientResponse: data.message ?? null,
        },
      });
      quoteRespondedEvent(events, answered, course.instructorId);
      await queueQuoteAnsweredEmail(tx, answered, course);
      return { answered, studentId: course.studentId };
    });
    events.publish(this.deps.pubsub);
    const payment =
      quote.answered.status === "ACCEPTED" ? await this.openPayment(quote.answered, quote.studentId) : null;
    return { quote: quote.answered, payment };
  }

  private async asStudent(tx: Tx, viewer: Viewer | null, quoteId: string | null | undefined) {
    if (!viewer || !quoteId) return null;
    const quote = await tx.courseQuote.findUnique({
      where: { id: quoteId },
      select: { id: true, individualCourse: { select: { studentId: true, instructorId: true } } },
    });
    return quote && canAnswerAsStudent(viewer, quote.individualCourse) ? quote.id : null;
  }

  private openPayment(quote: QuoteRow, studentId: string): Promise<QuotePaymentOpening> {
    return this.deps.payments.openPayment({
      quoteId: quote.id,
      quoteNumber: quote.quoteNumber,
      individualCourseId: quote.individualCourseId,
      studentId,
      amountCents: quote.totalPriceCents,
      currency: quote.currency,
      paymentTerms: quote.paymentTerms,
    });
  }
}
