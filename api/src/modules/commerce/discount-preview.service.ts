import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { money } from "../../graphql/money.js";
import { type UserError, UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { seatPrice } from "../training/schedule.rules.js";
import type { DiscountTarget } from "./discount.rules.js";
import { checkDiscount } from "./discount-redemption.js";

const schema = z
  .object({
    code: z.string().trim().min(1, "Enter a code.").max(50),
    courseId: globalIdOf("Course", "course").nullish(),
    scheduleId: globalIdOf("CourseSchedule", "course schedule").nullish(),
    slotId: globalIdOf("BookableSlot", "slot").nullish(),
  })
  .refine((v) => [v.courseId, v.scheduleId, v.slotId].filter(Boolean).length === 1, {
    message: "Give exactly one of courseId, scheduleId or slotId.",
    path: ["courseId"],
  });

interface Priced {
  target: DiscountTarget;
  priceCents: number;
  currency: string;
}

const notFound = (field: string): never => {
  throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, "Nothing to buy there.", field)]);
};

/** `validateDiscountCode`: what a code would take off a purchase, or exactly why it would not apply. Writes nothing. */
export class DiscountPreviewService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  async preview(viewer: Viewer, input: unknown) {
    const data = parseInput(schema, input);
    const priced = await this.price(data);
    const base = {
      code: data.code.trim().toUpperCase(),
      original: money(priced.priceCents, priced.currency),
    };
    try {
      const found = await checkDiscount(this.deps.prisma, { code: data.code, ...priced, now: new Date() });
      if (found.maxUsesPerUser != null) {
        const mine = await this.deps.prisma.discountRedemption.count({
          where: { discountCodeId: found.id, userId: viewer.id },
        });
        if (mine >= found.maxUsesPerUser)
          throw new UserErrorsException([
            userError(
              UserErrorCode.LIMIT_REACHED,
              "You have already used this discount code as often as it allows.",
              "code",
            ),
          ]);
      }
      return this.result(base, priced, found.amountCents, []);
    } catch (error) {
      if (!(error instanceof UserErrorsException)) throw error;
      // Redemption errors point at `discountCode` (the checkout field); here the field is `code`.
      const errors: UserError[] = error.userErrors.map((e) => ({ ...e, field: ["input", "code"] }));
      return this.result(base, priced, 0, errors);
    }
  }

  private result(
    base: { code: string; original: ReturnType<typeof money> },
    priced: Priced,
    off: number,
    userErrors: UserError[],
  ) {
    return {
      code: base.code,
      valid: userErrors.length === 0,
      originalPrice: base.original,
      discount: money(off, priced.currency),
      finalPrice: money(priced.priceCents - off, priced.currency),
      userErrors,
    };
  }

  private async price(data: z.infer<typeof schema>): Promise<Priced> {
    const { prisma } = this.deps;
    if (data.courseId) {
      const c = await prisma.course.findUnique({ where: { id: data.courseId } });
      if (c?.status !== "PUBLISHED" || c.deletedAt) return notFound("courseId");
      return {
        target: { kind: "COURSE_PURCHASE", courseId: c.id, format: c.format, courseType: c.courseType },
        priceCents: c.priceCents,
        currency: c.currency,
      };
    }
    if (data.scheduleId) {
      const s = await prisma.courseSchedule.findUnique({
        where: { id: data.scheduleId },
        include: { course: true },
      });
      if (!s || s.status === "DRAFT" || s.course.deletedAt) return notFound("scheduleId");
      const price = seatPrice(s, s.course);
      return {
        target: {
          kind: "SCHEDULE_SEAT",
          courseId: s.courseId,
          format: s.course.format,
          courseType: s.course.courseType,
        },
        priceCents: price.amountCents,
        currency: price.currency,
      };
    }
    const slot = data.slotId
      ? await prisma.bookableSlot.findUnique({
          where: { id: data.slotId },
          include: { tutoringSession: true },
        })
      : null;
    if (!slot) return notFound("slotId");
    return {
      target: { kind: "TUTORING_SLOT" },
      priceCents: slot.tutoringSession.priceCents,
      currency: slot.tutoringSession.currency,
    };
  }
}
