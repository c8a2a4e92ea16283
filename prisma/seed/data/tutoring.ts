// Tutoring offerings of the three experts and their weekly windows, in each expert's own time
// zone. Each window feeds one session, so slots of different sessions never overlap.
import type { SkillLevel } from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

export type TutoringSessionDef = {
  key: string;
  expert: PersonKey;
  title: string;
  description: string;
  short: string;
  tags: string[];
  minutes: number;
  priceCents: number;
  currency: string;
  level: SkillLevel;
  maxParticipants: number;
  prerequisites?: string;
};

export type WindowDef = {
  expert: PersonKey;
  session: string;
  /** 0 = Sunday .. 6 = Saturday, in the expert's time zone. */
  day: number;
  start: string;
  end: string;
  active?: boolean;
};

export const expertZones: Partial<Record<PersonKey, string>> = {
  claire: "Europe/Paris",
  marcus: "America/New_York",
  priya: "Australia/Sydney",
};

export const tutoringSessions: TutoringSessionDef[] = [
  {
    key: "bridge-individuel-60",
    expert: "claire",
    title: "Séance de bridge individuelle",
    description: "Une heure en visio sur le thème de votre choix : enchères, jeu de la carte ou défense.",
    short: "1 h de cours particulier en visio",
    tags: ["bridge", "cours particulier"],
    minutes: 60,
    priceCents: 6000,
    currency: "EUR",
    level: "INTERMEDIATE",
    maxParticipants: 1,
  },
  {
    key: "bridge-analyse-45",
    expert: "claire",
    title: "Analyse de vos donnes de tournoi",
    description: "Envoyez vos donnes, nous les analysons ensemble.",
    short: "45 min d'analyse de donnes",
    tags: ["bridge", "analyse"],
    minutes: 45,
    priceCents: 4500,
    currency: "EUR",
    level: "ADVANCED",
    maxParticipants: 1,
    prerequisites: "Jouer en tournoi de club",
  },
  {
    key: "graphql-review-60",
    expert: "marcus",
    title: "GraphQL schema review",
    description: "A line-by-line review of your schema with written follow-ups.",
    short: "60-minute schema review",
    tags: ["graphql", "api design"],
    minutes: 60,
    priceCents: 12000,
    currency: "USD",
    level: "ADVANCED",
    maxParticipants: 1,
    prerequisites: "Share your SDL 24 hours before",
  },
  {
    key: "ts-pairing-30",
    expert: "marcus",
    title: "TypeScript pairing session",
    description: "Thirty focused minutes on the type error that has been bugging you.",
    short: "30-minute pairing",
    tags: ["typescript"],
    minutes: 30,
    priceCents: 6000,
    currency: "USD",
    level: "INTERMEDIATE",
    maxParticipants: 1,
  },
  {
    key: "office-hours-90",
    expert: "marcus",
    title: "Group office hours",
    description: "Small-group Q&A on APIs and TypeScript, four seats.",
    short: "90 minutes, up to 4 people",
    tags: ["graphql", "typescript", "group"],
    minutes: 90,
    priceCents: 2500,
    currency: "USD",
    level: "INTERMEDIATE",
    maxParticipants: 4,
  },
  {
    key: "pandas-intro-45",
    expert: "priya",
    title: "pandas from zero",
    description: "Load, clean and summarise your own spreadsheet, live.",
    short: "45 minutes of pandas",
    tags: ["python", "pandas"],
    minutes: 45,
    priceCents: 7500,
    currency: "AUD",
    level: "BEGINNER",
    maxParticipants: 1,
  },
  {
    key: "ml-mentoring-90",
    expert: "priya",
    title: "ML project mentoring",
    description: "Scope, validate and ship your machine-learning project.",
    short: "90-minute mentoring",
    tags: ["machine learning", "mentoring"],
    minutes: 90,
    priceCents: 18000,
    currency: "AUD",
    level: "ADVANCED",
    maxParticipants: 1,
  },
];

export const windows: WindowDef[] = [
  { expert: "claire", session: "bridge-individuel-60", day: 1, start: "14:00", end: "18:00" },
  { expert: "claire", session: "bridge-individuel-60", day: 3, start: "14:00", end: "18:00" },
  { expert: "claire", session: "bridge-individuel-60", day: 6, start: "09:00", end: "12:00" },
  { expert: "claire", session: "bridge-analyse-45", day: 2, start: "18:00", end: "21:00" },
  { expert: "claire", session: "bridge-analyse-45", day: 4, start: "18:00", end: "21:00" },
  { expert: "claire", session: "bridge-analyse-45", day: 0, start: "10:00", end: "12:00", active: false },
  { expert: "marcus", session: "graphql-review-60", day: 1, start: "09:00", end: "12:00" },
  { expert: "marcus", session: "graphql-review-60", day: 3, start: "09:00", end: "12:00" },
  { expert: "marcus", session: "graphql-review-60", day: 5, start: "09:00", end: "12:00" },
  { expert: "marcus", session: "ts-pairing-30", day: 2, start: "13:00", end: "16:00" },
  { expert: "marcus", session: "ts-pairing-30", day: 4, start: "13:00", end: "16:00" },
  { expert: "marcus", session: "office-hours-90", day: 5, start: "15:00", end: "16:30" },
  { expert: "priya", session: "pandas-intro-45", day: 2, start: "18:00", end: "21:00" },
  { expert: "priya", session: "pandas-intro-45", day: 4, start: "18:00", end: "21:00" },
  // Ends at midnight (1440): windows never cross it, a later one would be split in two.
  { expert: "priya", session: "ml-mentoring-90", day: 6, start: "19:00", end: "24:00" },
  { expert: "priya", session: "ml-mentoring-90", day: 0, start: "08:00", end: "11:00" },
];

export function sessionDef(key: string): TutoringSessionDef {
  const found = tutoringSessions.find((s) => s.key === key);
  if (!found) throw new Error(`Unknown seed tutoring session ${key}`);
  return found;
}

export const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
