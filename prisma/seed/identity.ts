// identity: the demo cast (data/people.ts) with expert and learner profiles and instructor
// applications. Refresh tokens, reset tokens and API keys are runtime secrets, not demo data.
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import { type SeedContext, stamps } from "./context.js";
import { activeLearners, learningDays, streaks } from "./data/analytics.js";
import { type PersonKey, people } from "./data/people.js";
import { seedId, shortHash } from "./ids.js";
import { expertId, userId } from "./refs.js";
import { addDays } from "./time.js";

const keys = Object.keys(people) as PersonKey[];

function userRow(ctx: SeedContext, key: PersonKey): Prisma.UserCreateManyInput {
  const p = people[key];
  const joined = ctx.day(-p.joinedDaysAgo, 9, 30);
  const history = activeLearners.find(([k]) => k === key);
  const streak = history ? streaks(learningDays(key, history[1])) : { current: 0, longest: 0 };
  const premium = key === "emma";
  return {
    id: userId(key),
    email: p.email,
    emailVerifiedAt: addDays(joined, 0.01),
    passwordHash: ctx.passwordHash,
    fullName: `${p.firstName} ${p.lastName}`,
    displayName: p.firstName,
    firstName: p.firstName,
    lastName: p.lastName,
    avatarUrl: `https://cdn.campus.test/avatars/${key}.jpg`,
    phone: "phone" in p ? p.phone : null,
    timezone: p.timezone,
    bio: "bio" in p ? p.bio : null,
    preferredLanguage: p.language,
    roles: p.roles,
    subscriptionStatus: premium ? "ACTIVE" : "FREE",
    subscriptionTier: premium ? "PREMIUM" : null,
    subscriptionExpiresAt: premium ? ctx.day(18) : null,
    stripeCustomerId: premium ? `cus_seed${shortHash(`customer/${key}`, 10)}` : null,
    dailyLearningGoalMinutes: key === "emma" ? 45 : 30,
    lastActiveAt: "deactivated" in p ? ctx.day(-200) : ctx.day(-(history ? 0 : 3), 8),
    lastLoginAt: "deactivated" in p ? ctx.day(-200) : ctx.day(-(history ? 0 : 3), 8),
    currentStreakDays: streak.current,
    longestStreakDays: streak.longest,
    deactivatedAt: "deactivated" in p ? ctx.day(-190) : null,
    ...stamps(joined),
  };
}

export async function seedIdentity(ctx: SeedContext): Promise<void> {
  const users = keys.map((key) => userRow(ctx, key));
  await ctx.prisma.user.createMany({ data: users, skipDuplicates: true });
  // skipDuplicates also skips a row whose *email* exists under another id (an account created
  // through the API before seeding); every later reference would then break, so stop here.
  const present = await ctx.prisma.user.count({ where: { id: { in: users.map((u) => u.id ?? "") } } });
  if (present !== users.length) {
    throw new Error(
      "Some demo emails (@campus.test) already belong to other accounts: seed an empty database.",
    );
  }

  const experts: Prisma.ExpertProfileCreateManyInput[] = [];
  const learners: Prisma.LearnerProfileCreateManyInput[] = [];
  for (const key of keys) {
    const p = people[key];
    const at = ctx.day(-p.joinedDaysAgo + 1, 10);
    if ("expert" in p) {
      experts.push({
        id: expertId(key),
        userId: userId(key),
        ...p.expert,
        isAvailable: true,
        verificationStatus: "VERIFIED",
        ...stamps(at),
      });
    }
    if ("learner" in p) {
      learners.push({
        id: seedId(`learner-profile:${key}`),
        userId: userId(key),
        ...p.learner,
        ...stamps(at),
      });
    }
  }
  await ctx.prisma.expertProfile.createMany({ data: experts, skipDuplicates: true });
  await ctx.prisma.learnerProfile.createMany({ data: learners, skipDuplicates: true });

  await ctx.prisma.instructorApplication.createMany({
    skipDuplicates: true,
    data: [
      {
        id: seedId("instructor-application:sophie"),
        userId: userId("sophie"),
        status: "APPROVED",
        licenseNumber: "SST-69-2019-04417",
        licenseState: "Auvergne-Rhône-Alpes",
        licenseExpiry: ctx.day(700),
        insuranceProvider: "MAIF Pro",
        documents: ["https://cdn.campus.test/applications/sophie/certificat-formateur-sst.pdf"],
        submittedAt: ctx.day(-215),
        reviewedAt: ctx.day(-205),
        reviewedById: userId("admin"),
        ...stamps(ctx.day(-216)),
      },
      {
        id: seedId("instructor-application:ravi"),
        userId: userId("ravi"),
        status: "SUBMITTED",
        licenseNumber: "CKA-2291-7781",
        insuranceProvider: "Hiscox",
        documents: ["https://cdn.campus.test/applications/ravi/cka-certificate.pdf"],
        submittedAt: ctx.day(-3, 14),
        ...stamps(ctx.day(-4)),
      },
      {
        id: seedId("instructor-application:lena"),
        userId: userId("lena"),
        status: "REJECTED",
        documents: [],
        submittedAt: ctx.day(-300),
        reviewedAt: ctx.day(-290),
        reviewedById: userId("thomas"),
        rejectionReason: "No teaching experience or certification provided.",
        ...stamps(ctx.day(-301)),
      },
    ],
  });
}
