import { z } from "zod";
import type { RateLimiter } from "../../auth/rate-limit.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf, text } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { PendingEvents } from "../../realtime/pending-events.js";
import type { CampusPubSub } from "../../realtime/pubsub.js";
import { topics } from "../../realtime/topics.js";
import type { ContactInquiryEvent } from "./individual.events.js";
import { assertCanHandleInquiries, assertCanManageCourse } from "./individual.policy.js";

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).nullish();
const interest = z.enum(["LIVE_GROUP", "SELF_PACED", "INDIVIDUAL", "MULTIPLE", "UNDECIDED"]);
const urgency = z.enum(["LOW", "MEDIUM", "HIGH", "URGENT"]);

// Max lengths bound what an anonymous form can make us store.
const inquirySchema = z.object({
  name: text("Name", 200),
  email: z
    .email("Enter a valid email address.")
    .max(254)
    .transform((v) => v.toLowerCase()),
  phone: optionalText(40),
  subject: optionalText(200),
  message: text("Message", 5000),
  courseTypeInterest: interest.nullish(),
  urgencyLevel: urgency.nullish(),
  budgetRange: optionalText(100),
  availabilityInfo: optionalText(1000),
  language: z.enum(["en", "fr"], "Language must be en or fr.").nullish(),
  website: z.string().max(500).nullish(),
});

const linkSchema = z.object({
  inquiryId: globalIdOf("ContactInquiry", "inquiry"),
  individualCourseId: globalIdOf("IndividualCourse", "individual course"),
});

export interface ContactFilter {
  urgency?: ("LOW" | "MEDIUM" | "HIGH" | "URGENT")[] | null;
  interest?: z.infer<typeof interest>[] | null;
  receivedAfter?: Date | null;
  receivedBefore?: Date | null;
  handled?: boolean | null;
}

export interface ContactDeps {
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  /** Inquiries per client IP; counters shared by replicas through Redis when configured. */
  perIp: RateLimiter;
}

/** The public contact form and the instructors' inquiry inbox (seed 000 contacts). */
export class ContactService {
  constructor(private readonly deps: ContactDeps) {}

  /** Anonymous. A filled honeypot is accepted and dropped, so a bot learns nothing. */
  async submit(viewer: Viewer | null, ip: string, input: unknown) {
    const data = parseInput(inquirySchema, input);
    if (await this.deps.perIp.consume(ip)) {
      throw new UserErrorsException([
        userError(UserErrorCode.RATE_LIMITED, "Too many inquiries from your network. Try again later."),
      ]);
    }
    if (data.website) return { received: true };
    const { website: _honeypot, ...fields } = data;
    const contact = await this.deps.prisma.contact.create({
      data: {
        ...fields,
        urgencyLevel: fields.urgencyLevel ?? "MEDIUM",
        language: fields.language ?? "en",
        userId: viewer?.id ?? null,
      },
      select: { id: true },
    });
    const event: ContactInquiryEvent = { inquiryId: contact.id };
    new PendingEvents().add(topics.contactInquiryReceived(), event).publish(this.deps.pubsub);
    return { received: true };
  }

  /** Newest first; every filter combination is served by a (column, created_at) index. */
  list(viewer: Viewer, filter: ContactFilter, page: PageArgs) {
    assertCanHandleInquiries(viewer);
    const createdAt: Prisma.DateTimeFilter = {};
    if (filter.receivedAfter) createdAt.gte = filter.receivedAfter;
    if (filter.receivedBefore) createdAt.lt = filter.receivedBefore;
    const where: Prisma.ContactWhereInput = {
      ...(filter.urgency?.length ? { urgencyLevel: { in: filter.urgency } } : {}),
      ...(filter.interest?.length ? { courseTypeInterest: { in: filter.interest } } : {}),
      ...(filter.handled == null ? {} : filter.handled ? { status: { not: "NEW" } } : { status: "NEW" }),
      ...(Object.keys(createdAt).length ? { createdAt } : {}),
    };
    const prisma = this.deps.prisma;
    return paginate(page, {
      sort: [{ field: "createdAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        prisma.contact.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
        }),
      count: () => prisma.contact.count({ where }),
    });
  }

  async get(viewer: Viewer | null, id: string) {
    assertCanHandleInquiries(viewer);
    return this.deps.prisma.contact.findUnique({ where: { id } });
  }

  /** Links an inquiry to a course of the viewer's; the inquiry counts as converted. */
  async link(viewer: Viewer, input: unknown) {
    const data = parseInput(linkSchema, input);
    assertCanHandleInquiries(viewer);
    const course = await this.deps.prisma.individualCourse.findUnique({
      where: { id: data.individualCourseId },
      select: { id: true, studentId: true, instructorId: true },
    });
    if (!course) throw notFound("individualCourseId", "No such individual course.");
    assertCanManageCourse(viewer, course);
    const updated = await this.deps.prisma.contact.updateMany({
      where: { id: data.inquiryId },
      data: { individualCourseId: course.id, status: "CONVERTED" },
    });
    if (updated.count === 0) throw notFound("inquiryId", "No such inquiry.");
    return { inquiry: await this.deps.prisma.contact.findUnique({ where: { id: data.inquiryId } }) };
  }
}

const notFound = (field: string, message: string) =>
  new UserErrorsException([userError(UserErrorCode.NOT_FOUND, message, field)]);
