// live: sessions of the LIVE_GROUP courses in every state (completed with a recording, live right
// now, scheduled, cancelled) and a standalone AMA, with participants who joined and left.
import type { LiveSessionStatus } from "../../api/src/generated/prisma/enums.js";
import { type SeedContext, stamps } from "./context.js";
import type { PersonKey } from "./data/people.js";
import { seedId } from "./ids.js";
import { courseId, liveSessionId, userId } from "./refs.js";
import { addDays, addMinutes, localDateOf, zonedInstant } from "./time.js";

type LiveDef = {
  key: string;
  title: string;
  description: string;
  host: PersonKey;
  slug: string | null;
  timezone: string;
  /** Days from today and local start time in minutes; null = started 20 minutes ago (LIVE). */
  when: readonly [days: number, localMinutes: number] | null;
  minutes: number;
  status: LiveSessionStatus;
  max: number;
  participants: PersonKey[];
};

const sessions: LiveDef[] = [
  {
    key: "bridge-s1",
    title: "Séance 1 : répondre à 1♥ et 1♠",
    description: "Les réponses naturelles et le soutien.",
    host: "thomas",
    slug: "bridge-encheres-en-groupe",
    timezone: "Europe/Paris",
    when: [-14, 18 * 60],
    minutes: 90,
    status: "COMPLETED",
    max: 12,
    participants: ["lucas"],
  },
  {
    key: "bridge-s2",
    title: "Séance 2 : le Stayman et les Texas",
    description: "Trouver le fit majeur après 1SA.",
    host: "thomas",
    slug: "bridge-encheres-en-groupe",
    timezone: "Europe/Paris",
    when: [-7, 18 * 60],
    minutes: 90,
    status: "COMPLETED",
    max: 12,
    participants: ["lucas", "chloe"],
  },
  {
    key: "bridge-rattrapage",
    title: "Séance de rattrapage",
    description: "Annulée : l'animateur était souffrant.",
    host: "thomas",
    slug: "bridge-encheres-en-groupe",
    timezone: "Europe/Paris",
    when: [-3, 18 * 60],
    minutes: 60,
    status: "CANCELLED",
    max: 12,
    participants: [],
  },
  {
    key: "bridge-s3",
    title: "Séance 3 : les enchères compétitives",
    description: "Intervenir, contrer et surenchérir.",
    host: "thomas",
    slug: "bridge-encheres-en-groupe",
    timezone: "Europe/Paris",
    when: [7, 18 * 60],
    minutes: 90,
    status: "SCHEDULED",
    max: 12,
    participants: ["lucas", "chloe"],
  },
  {
    key: "react-w1",
    title: "Week 1: components and state",
    description: "Live coding and homework review.",
    host: "sarah",
    slug: "react-live-cohort",
    timezone: "America/Los_Angeles",
    when: [-10, 17 * 60],
    minutes: 120,
    status: "COMPLETED",
    max: 20,
    participants: ["oliver", "noah"],
  },
  {
    key: "react-w2",
    title: "Week 2: data fetching",
    description: "Suspense, caching and avoiding waterfalls.",
    host: "sarah",
    slug: "react-live-cohort",
    timezone: "America/Los_Angeles",
    when: null,
    minutes: 120,
    status: "LIVE",
    max: 20,
    participants: ["oliver", "noah"],
  },
  {
    key: "graphql-ama",
    title: "Ask me anything: GraphQL at scale",
    description: "Bring your schema questions.",
    host: "marcus",
    slug: null,
    timezone: "America/New_York",
    when: [3, 12 * 60],
    minutes: 60,
    status: "SCHEDULED",
    max: 100,
    participants: ["emma", "noah", "ravi"],
  },
];

export async function seedLive(ctx: SeedContext): Promise<void> {
  const rows = sessions.map((s) => {
    const startsAt = s.when
      ? zonedInstant(s.timezone, localDateOf(s.timezone, addDays(ctx.today, s.when[0])), s.when[1])
      : addMinutes(ctx.now, -20);
    return { def: s, startsAt, endsAt: addMinutes(startsAt, s.minutes) };
  });
  await ctx.prisma.liveSession.createMany({
    skipDuplicates: true,
    data: rows.map(({ def: s, startsAt, endsAt }) => ({
      id: liveSessionId(s.key),
      title: s.title,
      description: s.description,
      instructorId: userId(s.host),
      courseId: s.slug ? courseId(s.slug) : null,
      startsAt,
      endsAt,
      isRecorded: s.slug !== null,
      maxParticipants: s.max,
      status: s.status,
      meetingUrl: `https://meet.campus.test/${s.key}`,
      recordingUrl: s.status === "COMPLETED" ? `https://media.campus.test/live/${s.key}.mp4` : null,
      ...stamps(addDays(startsAt, -20)),
    })),
  });
  await ctx.prisma.sessionParticipant.createMany({
    skipDuplicates: true,
    data: rows.flatMap(({ def: s, startsAt, endsAt }) =>
      s.participants.map((who, i) => {
        const attended = s.status === "COMPLETED" || s.status === "LIVE";
        return {
          id: seedId(`session-participant:${s.key}:${who}`),
          liveSessionId: liveSessionId(s.key),
          userId: userId(who),
          joinedAt: attended ? addMinutes(startsAt, 1 + i * 3) : null,
          leftAt: s.status === "COMPLETED" ? addMinutes(endsAt, -i * 10) : null,
          ...stamps(addDays(startsAt, -5)),
        };
      }),
    ),
  });
}
