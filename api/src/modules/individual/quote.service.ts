import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { recipientSelect } from "../messaging/email-recipient.js";
import type { CourseRow, QuoteRow } from "./individual.loaders.js";
import { assertCanManageCourse } from "./individual.policy.js";
import { acceptsQuotes, type IndividualCourseStatus } from "./individual-course.rules.js";
import { lockCourse } from "./individual-course.service.js";
import { createQuoteSchema, type QuoteTerms, reviseQuoteSchema, sendQuoteSchema } from "./quote.inputs.js";
import { isRevisable, priceBreakdown, type QuoteStatus } from "./quote.rules.js";
import { queueQuoteEmail } from "./quote-email.js";
import { newQuoteToken, quoteLink } from "./quote-link.js";
import type { QuoteNumberAllocator } from "./quote-number.js";

type Tx = Prisma.TransactionClient;

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

export interface QuoteDeps {
  prisma: CampusPrisma;
  numbers: QuoteNumberAllocator;
  clock: () => Date;
  /** Base URL of the web app, for the secret link in the email. */
  webBaseUrl: string;
}

/** The instructor's side of quotes: draft (numbered in its transaction), revise, send. */
export class QuoteService {
  constructor(private readonly deps: QuoteDeps) {}

  async create(viewer: Viewer, input: unknown) {
    const data = parseInput(createQuoteSchema, input);
    const quote = await this.deps.prisma.$transaction((tx) => this.createIn(tx, viewer, data));
    return { quote };
  }

  /**
   * The whole of a quote's creation inside the caller's transaction: checks, number,
   * row. Exposed so the number's gaplessness can be proven against rolled-back transactions.
   */
  async createIn(tx: Tx, viewer: Viewer, data: QuoteTerms & { individualCourseId: string }) {
    const course = await lockCourse(tx, viewer, data.individualCourseId);
    assertCanManageCourse(viewer, course);
    if (!acceptsQuotes(course.status as IndividualCourseStatus)) {
      fail(
        UserErrorCode.INVALID_STATE,
        "Quotes can only be made before the course is confirmed.",
        "individualCourseId",
      );
    }
    return this.insert(tx, viewer, course, data, null);
  }

  async revise(viewer: Viewer, input: unknown) {
    const data = parseInput(reviseQuoteSchema, input);
    const quote = await this.deps.prisma.$transaction(async (tx) => {
      const old = await lockQuote(tx, data.quoteId);
      const course = await lockCourse(tx, viewer, old.individualCourseId).catch(() => notFound());
      assertCanManageCourse(viewer, course);
      if (!isRevisable(old.status as QuoteStatus)) {
        fail(UserErrorCode.INVALID_STATE, "Accepted or already revised quotes cannot be revised.", "quoteId");
      }
      // Checked before the old quote changes, so a bad revision leaves everything as it was.
      const revised = await this.insert(tx, viewer, course, data, old);
      await tx.courseQuote.update({ where: { id: old.id }, data: { status: "REVISED" } });
      await tx.quoteAccessToken.updateMany({
        where: { quoteId: old.id, revokedAt: null },
        data: { revokedAt: this.deps.clock() },
      });
      return revised;
    });
    return { quote };
  }

  private async insert(tx: Tx, viewer: Viewer, course: CourseRow, data: QuoteTerms, old: QuoteRow | null) {
    const now = this.deps.clock();
    const breakdown = {
      ...data,
      customizationFeeCents: data.customizationFeeCents ?? 0,
      materialsFeeCents: data.materialsFeeCents ?? 0,
      discountAmountCents: data.discountAmountCents ?? 0,
    };
    const priced = priceBreakdown(breakdown);
    const problems =
      "problems" in priced
        ? priced.problems.map((p) => userError(UserErrorCode.INVALID, p.message, p.field))
        : [];
    if (data.validUntil <= now)
      problems.push(userError(UserErrorCode.INVALID, "Valid until must be in the future.", "validUntil"));
    if (problems.length || !("priced" in priced)) throw new UserErrorsException(problems);
    const contact = await tx.contact.findFirst({
      where: { individualCourseId: course.id },
      select: { id: true },
    });
    // Only the terms go into the row: a revision's input also carries its `quoteId`.
    const { expectedTotalCents: _checked, ...rest } = breakdown;
    const { quoteId: _revised, ...terms } = rest as typeof rest & { quoteId?: string };
    return tx.courseQuote.create({
      data: {
        ...terms,
        ...priced.priced,
        paymentTerms: data.paymentTerms ?? "Payment due before course start",
        quoteNumber: await this.deps.numbers.next(tx),
        individualCourseId: course.id,
        contactId: contact?.id ?? old?.contactId ?? null,
        currency: course.currency,
        revisedFromId: old?.id ?? null,
        createdById: viewer.id,
      },
    });
  }

  /** DRAFT → SENT, with the secret link's hash and the email queued in the same transaction. */
  async send(viewer: Viewer, input: unknown) {
    const data = parseInput(sendQuoteSchema, input);
    const quote = await this.deps.prisma.$transaction(async (tx) => {
      const quote = await lockQuote(tx, data.quoteId);
      const course = await lockCourse(tx, viewer, quote.individualCourseId).catch(() => notFound());
      assertCanManageCourse(viewer, course);
      const now = this.deps.clock();
      if (quote.status !== "DRAFT")
        fail(UserErrorCode.INVALID_STATE, "Only a draft quote can be sent.", "quoteId");
      if (quote.validUntil <= now)
        fail(UserErrorCode.EXPIRED, "The quote's validity has passed; revise it.", "quoteId");
      if (!acceptsQuotes(course.status as IndividualCourseStatus)) {
        fail(UserErrorCode.INVALID_STATE, "The course is no longer open to quotes.", "quoteId");
      }
      const { token, tokenHash } = newQuoteToken();
      await tx.quoteAccessToken.create({
        data: { quoteId: quote.id, tokenHash, expiresAt: quote.validUntil },
      });
      const sent = await tx.courseQuote.update({
        where: { id: quote.id },
        data: { status: "SENT", sentAt: now },
      });
      await tx.individualCourse.update({
        where: { id: course.id },
        data: { status: "QUOTED", quoteSentDate: course.quoteSentDate ?? now },
      });
      const student = await tx.user.findUniqueOrThrow({
        where: { id: course.studentId },
        select: recipientSelect,
      });
      const link = quoteLink(this.deps.webBaseUrl, token);
      await queueQuoteEmail(tx, sent, student, link, course.instructorId);
      return sent;
    });
    return { quote };
  }
}

const notFound = (): never => fail(UserErrorCode.NOT_FOUND, "No such quote.", "quoteId");

/** Locks a quote row for the transaction (NOT_FOUND when unknown; callers check the course). */
export async function lockQuote(tx: Tx, id: string): Promise<QuoteRow> {
  await tx.$queryRaw`SELECT 1 FROM course_quotes WHERE id = ${id}::uuid FOR UPDATE`;
  const quote = await tx.courseQuote.findUnique({ where: { id } });
  return quote ?? notFound();
}
