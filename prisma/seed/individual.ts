// individual (seed 000): Claire Dubois's one-to-one bridge courses with their sessions, the
// inquiries that led to them, quotes IQ-YYYY-NNNN (counter rows are derived in counters.ts), a
// secret quote link, the custom-priced subscription and the deposit in the ledger.
import type { IndividualSessionStatus } from "../../api/src/generated/prisma/enums.js";
import { type SeedContext, stamps } from "./context.js";
import { contacts, HOURLY_RATE_CENTS, quotes } from "./data/individual.js";
import { seedId, shortHash } from "./ids.js";
import { quoteTotal, seedQuotes } from "./individual-quotes.js";
import { contactId, courseId, individualCourseId, subscriptionId, transactionId, userId } from "./refs.js";
import { addDays, addMinutes, localDateOf, zonedInstant } from "./time.js";

const PARIS = "Europe/Paris";
// Hélène's ten lessons: [days from today, status]. The 6th was moved two days later (7th).
const heleneSessions: ReadonlyArray<[number, IndividualSessionStatus]> = [
  [-45, "COMPLETED"],
  [-38, "COMPLETED"],
  [-31, "COMPLETED"],
  [-24, "COMPLETED"],
  [-17, "COMPLETED"],
  [-10, "RESCHEDULED"],
  [-8, "COMPLETED"],
  [4, "SCHEDULED"],
  [11, "SCHEDULED"],
  [18, "SCHEDULED"],
];
const topics = [
  "Entames",
  "Signalisation",
  "Compte des mains",
  "Défense contre SA",
  "Défense contre un contrat à la couleur",
  "Le contre d'appel",
  "Le contre d'appel",
  "Squeeze simple",
  "Révision",
  "Tournoi blanc",
];

const quoteFor = (key: string) => quotes.filter((q) => q.course === key).at(-1);

export async function seedIndividual(ctx: SeedContext): Promise<void> {
  const { prisma } = ctx;
  const at = (days: number, minutes = 18 * 60) =>
    zonedInstant(PARIS, localDateOf(PARIS, addDays(ctx.today, days)), minutes);
  const start = at(heleneSessions[0]?.[0] ?? 0);
  const end = addMinutes(at(heleneSessions.at(-1)?.[0] ?? 0), 60);
  const helene = quoteFor("helene-bridge");
  const jeanpierre = quoteFor("jeanpierre-bridge");
  if (!helene || !jeanpierre) throw new Error("Seed data: individual courses need quotes");
  const common = {
    instructorId: userId("claire"),
    courseId: courseId("bridge-cours-particuliers"),
    currency: "EUR",
    pricePerHourCents: HOURLY_RATE_CENTS,
  };
  await prisma.individualCourse.createMany({
    skipDuplicates: true,
    data: [
      {
        ...common,
        id: individualCourseId("helene-bridge"),
        studentId: userId("helene"),
        status: "IN_PROGRESS",
        preferredSchedule: "Mardi et jeudi en fin de journée",
        actualSchedule: heleneSessions.map(([days, status], i) => ({
          session: i + 1,
          date: at(days).toISOString(),
          status,
        })),
        totalHours: helene.hours,
        quotedPriceCents: quoteTotal(helene),
        paymentStatus: "PARTIALLY_PAID",
        studentLevel: "INTERMEDIATE",
        specificGoals: "Mieux défendre et signaler juste en tournoi de club.",
        customCurriculum: topics.map((t, i) => ({ week: i + 1, topic: t })),
        learningPace: "NORMAL",
        initialInquiry: contacts[0]?.message ?? null,
        instructorNotes: "Très bonne lecture du jeu, travailler le compte des points cachés.",
        studentFeedback: "Les séances sont passionnantes !",
        inquiryDate: ctx.day(-62, 9),
        quoteSentDate: ctx.day(-58, 10),
        courseStartDate: start,
        courseEndDate: end,
        ...stamps(ctx.day(-60, 9)),
      },
      {
        ...common,
        id: individualCourseId("jeanpierre-bridge"),
        studentId: userId("jeanpierre"),
        status: "QUOTED",
        preferredSchedule: "Le matin en semaine",
        totalHours: jeanpierre.hours,
        quotedPriceCents: quoteTotal(jeanpierre),
        paymentStatus: "PENDING",
        studentLevel: "BEGINNER",
        specificGoals: "Pouvoir jouer au club avec des amis.",
        learningPace: "SLOW",
        initialInquiry: contacts[1]?.message ?? null,
        inquiryDate: ctx.day(-7, 9),
        quoteSentDate: ctx.day(-2, 10),
        ...stamps(ctx.day(-6, 9)),
      },
    ],
  });
  await prisma.individualSession.createMany({
    skipDuplicates: true,
    data: heleneSessions.map(([days, status], i) => ({
      id: seedId(`individual-session:helene-bridge:${i + 1}`),
      individualCourseId: individualCourseId("helene-bridge"),
      sessionNumber: i + 1,
      sessionDate: at(days),
      durationMinutes: 60,
      status,
      topicsCovered: status === "COMPLETED" ? [topics[i] ?? "Révision"] : [],
      lessonPlan: `Thème : ${topics[i] ?? "Révision"}`,
      homeworkAssigned: status === "COMPLETED" ? "Rejouer les quatre donnes envoyées par email." : null,
      studentPerformance: status === "COMPLETED" ? "Bonne progression." : null,
      meetingLink: `https://meet.campus.test/bridge-helene-${i + 1}`,
      recordingLink:
        status === "COMPLETED" ? `https://media.campus.test/individual/helene-${i + 1}.mp4` : null,
      materialsShared:
        status === "COMPLETED" ? [`https://cdn.campus.test/individual/helene/donnes-${i + 1}.pdf`] : [],
      instructorNotes: status === "RESCHEDULED" ? "Déplacée à la demande de l'élève." : null,
      ...stamps(addDays(at(days), -7)),
    })),
  });
  await prisma.contact.createMany({
    skipDuplicates: true,
    data: contacts.map((c) => ({
      id: contactId(c.key),
      name: c.name,
      email: c.email,
      phone: c.phone ?? null,
      subject: c.subject,
      message: c.message,
      status: c.status,
      userId: c.user ? userId(c.user) : null,
      courseTypeInterest: c.interest,
      urgencyLevel: c.urgency,
      budgetRange: c.budget ?? null,
      availabilityInfo: c.availability ?? null,
      individualCourseId: c.course ? individualCourseId(c.course) : null,
      ...stamps(c.daysAgo === 0 ? addMinutes(ctx.now, -25) : ctx.day(-c.daysAgo, 11)),
    })),
  });
  await seedQuotes(ctx);
  await seedIndividualPayment(ctx, start, end, quoteTotal(helene), helene.hours);
}

async function seedIndividualPayment(ctx: SeedContext, start: Date, end: Date, total: number, hours: number) {
  const subscription = subscriptionId("helene:individual");
  await ctx.prisma.subscription.createMany({
    skipDuplicates: true,
    data: [
      {
        id: subscription,
        userId: userId("helene"),
        status: "ACTIVE",
        interval: "ONE_TIME",
        priceCents: hours * HOURLY_RATE_CENTS,
        currency: "EUR",
        currentPeriodStart: start,
        currentPeriodEnd: end,
        isIndividualCourse: true,
        individualCourseId: individualCourseId("helene-bridge"),
        customPriceCents: total,
        customDurationHours: hours,
        ...stamps(ctx.day(-55, 21)),
      },
    ],
  });
  // A 50 % deposit was paid on acceptance: the course is PARTIALLY_PAID until the balance is settled.
  await ctx.prisma.paymentTransaction.createMany({
    skipDuplicates: true,
    data: [
      {
        id: transactionId("individual:helene:deposit"),
        userId: userId("helene"),
        kind: "INDIVIDUAL_COURSE",
        status: "SUCCEEDED",
        amountCents: Math.round(total / 2),
        currency: "EUR",
        productName: "Cours particuliers de bridge : acompte",
        provider: "OFFLINE",
        providerPaymentIntentId: `pi_offline_${shortHash("individual/helene/deposit")}`,
        paymentMethodType: "card",
        idempotencyKey: "seed:individual:helene:deposit",
        metadata: { installment: "1/2", simulated: true },
        individualCourseId: individualCourseId("helene-bridge"),
        subscriptionId: subscription,
        ...stamps(ctx.day(-54, 9)),
      },
    ],
  });
}
