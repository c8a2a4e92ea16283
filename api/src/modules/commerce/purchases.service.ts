import { z } from "zod";
import type { Viewer } from "../../context.js";
import { classifyDatabaseError } from "../../db/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import { accessGrantingEnrollment } from "../catalog/course-access.loaders.js";
import type { CommerceDeps } from "./commerce.deps.js";
import { normalizeCode } from "./discount.rules.js";
import { recordRedemption, redeemDiscount } from "./discount-redemption.js";
import { grantCourseEnrollment } from "./enrollment-grant.js";
import { type PaymentRow, paymentSelect } from "./ledger.js";
import type { PaymentFlowService } from "./payment-flow.service.js";

type Tx = Prisma.TransactionClient;

const schema = z.object({
  courseId: globalIdOf("Course", "course"),
  discountCode: z.string().trim().min(1).max(50, "Discount codes have at most 50 characters.").nullish(),
  paymentMethodId: z.string().trim().min(1).max(255).nullish(),
});
type Input = z.infer<typeof schema>;

const fail = (code: UserErrorCode, message: string, field?: string): never => {
  throw new UserErrorsException([userError(code, message, field)]);
};

// Bought per class seat (bookScheduleSeat) or through a quote, not outright.
const NOT_SOLD_OUTRIGHT = ["IN_PERSON", "INDIVIDUAL"];
const OPEN_PURCHASE = "payment_transactions_one_open_course_purchase";

/**
 * Course purchases (Doctrina purchases, UsefulWriter enrollments): the ledger
 * row first, then the intent; the enrollment only when the payment succeeds
 * (enrollment-grant.ts), whichever of the confirmation and the webhook comes first.
 */
export class PurchaseService {
  constructor(private readonly deps: CommerceDeps & { flow: PaymentFlowService }) {}

  async purchaseCourse(viewer: Viewer, input: unknown) {
    const data = parseInput(schema, input);
    const events = new PendingEvents();
    const payment = await this.openCheckout(viewer, data, events);
    events.publish(this.deps.pubsub);
    if (payment.status !== "PENDING" || payment.providerPaymentIntentId) {
      const action =
        payment.status === "PENDING" ? await this.deps.flow.paymentAction(viewer, payment.id) : null;
      return { payment, paymentAction: action };
    }
    return this.deps.flow.startIntent(payment.id, data.paymentMethodId ?? null);
  }

  /** One open checkout per learner and course (a partial unique index): a concurrent twin is retried onto it. */
  private async openCheckout(viewer: Viewer, data: Input, events: PendingEvents): Promise<PaymentRow> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.deps.prisma.$transaction((tx) => this.checkout(tx, viewer, data, events), {
          maxWait: 15_000,
          timeout: 20_000,
        });
      } catch (error) {
        const known = classifyDatabaseError(error);
        const retry =
          (known?.kind === "unique" && known.constraint === OPEN_PURCHASE) || known?.kind === "serialization";
        if (!retry || attempt >= 3) throw error;
      }
    }
  }

  private async checkout(tx: Tx, viewer: Viewer, data: Input, events: PendingEvents): Promise<PaymentRow> {
    const now = new Date();
    const course = await tx.course.findUnique({
      where: { id: data.courseId },
      select: {
        id: true,
        title: true,
        priceCents: true,
        currency: true,
        status: true,
        deletedAt: true,
        instructorId: true,
        format: true,
        courseType: true,
      },
    });
    if (course?.status !== "PUBLISHED" || course.deletedAt)
      return fail(UserErrorCode.NOT_FOUND, "No such course.", "courseId");
    if (NOT_SOLD_OUTRIGHT.includes(course.format))
      fail(
        UserErrorCode.INVALID,
        "This course is booked per class or through a quote, not bought outright.",
        "courseId",
      );
    if (course.instructorId === viewer.id) fail(UserErrorCode.INVALID, "You teach this course.", "courseId");
    const enrolled = await tx.enrollment.findFirst({
      where: { ...accessGrantingEnrollment(viewer.id, now), courseId: course.id },
      select: { id: true },
    });
    if (enrolled) fail(UserErrorCode.TAKEN, "You are already enrolled in this course.", "courseId");

    const code = data.discountCode ? normalizeCode(data.discountCode) : null;
    const open = await tx.paymentTransaction.findFirst({
      where: {
        userId: viewer.id,
        courseId: course.id,
        kind: "COURSE_PURCHASE",
        status: { in: ["PENDING", "AUTHORIZED"] },
      },
      select: paymentSelect,
    });
    // A retried purchase meets its own checkout; a different code replaces it.
    if (open && open.promotionalCode === code) return open;
    if (open) {
      const after = await this.deps.flow.cancelOpen(tx, events, open.id);
      if (after?.status === "SUCCEEDED")
        fail(UserErrorCode.TAKEN, "You are already enrolled in this course.", "courseId");
    }

    const discount = data.discountCode
      ? await redeemDiscount(tx, {
          code: data.discountCode,
          userId: viewer.id,
          target: {
            kind: "COURSE_PURCHASE",
            courseId: course.id,
            format: course.format,
            courseType: course.courseType,
          },
          priceCents: course.priceCents,
          currency: course.currency,
          now,
        })
      : null;
    const amountCents = course.priceCents - (discount?.amountCents ?? 0);
    const free = amountCents === 0;
    const payment = await tx.paymentTransaction.create({
      data: {
        userId: viewer.id,
        kind: "COURSE_PURCHASE",
        status: free ? "SUCCEEDED" : "PENDING",
        amountCents,
        currency: course.currency,
        discountAmountCents: discount?.amountCents ?? 0,
        productName: course.title,
        provider: free ? "FREE_GRANT" : this.deps.gateway.provider,
        promotionalCode: discount?.code ?? null,
        discountCodeId: discount?.discountCodeId ?? null,
        courseId: course.id,
      },
      select: paymentSelect,
    });
    if (discount) await recordRedemption(tx, discount, { userId: viewer.id, transactionId: payment.id });
    // Nothing to pay (a free course, or a code taking it all): access at once.
    if (free) await grantCourseEnrollment(tx, payment, discount ? "PROMOTIONAL" : "FREE_GRANT");
    return tx.paymentTransaction.findUniqueOrThrow({ where: { id: payment.id }, select: paymentSelect });
  }
}
