// BridgeFacile (seed 000): inquiries, two individual bridge courses with Claire Dubois and their
// quotes. Quote numbers are allocated in creation order per year, like QuoteNumberAllocator.
import { createHash } from "node:crypto";
import type {
  ContactStatus,
  CourseTypeInterest,
  QuoteStatus,
  UrgencyLevel,
} from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

export type ContactDef = {
  key: string;
  name: string;
  email: string;
  phone?: string;
  subject: string;
  message: string;
  status: ContactStatus;
  user?: PersonKey;
  interest: CourseTypeInterest;
  urgency: UrgencyLevel;
  budget?: string;
  availability?: string;
  course?: string;
  daysAgo: number;
};

export const contacts: ContactDef[] = [
  {
    key: "helene",
    name: "Hélène Girard",
    email: "helene.girard@campus.test",
    subject: "Cours particuliers",
    message:
      "Bonjour, je joue en club depuis deux ans et je voudrais progresser en défense. Proposez-vous des cours individuels ?",
    status: "CONVERTED",
    user: "helene",
    interest: "INDIVIDUAL",
    urgency: "MEDIUM",
    budget: "500-700 €",
    availability: "Mardi et jeudi après 17 h",
    course: "helene-bridge",
    daysAgo: 62,
  },
  {
    key: "jeanpierre",
    name: "Jean-Pierre Moreau",
    email: "jean-pierre.moreau@campus.test",
    phone: "+33 6 45 12 78 90",
    subject: "Débuter le bridge à la retraite",
    message:
      "Je suis jeune retraité et j'aimerais apprendre le bridge avec un professeur, de préférence le matin.",
    status: "IN_PROGRESS",
    user: "jeanpierre",
    interest: "INDIVIDUAL",
    urgency: "HIGH",
    budget: "300-400 €",
    availability: "Le matin en semaine",
    course: "jeanpierre-bridge",
    daysAgo: 7,
  },
  {
    key: "martine",
    name: "Martine Lefèvre",
    email: "martine.lefevre@example.fr",
    subject: "Prochain stage en groupe",
    message: "Quand aura lieu le prochain stage d'enchères en visio ? Nous serions trois amies du même club.",
    status: "NEW",
    interest: "LIVE_GROUP",
    urgency: "LOW",
    daysAgo: 1,
  },
  {
    key: "olivia",
    name: "Olivia Brown",
    email: "olivia.brown@northwind.example",
    phone: "+44 20 7946 0321",
    subject: "First aid training for 10 staff",
    message: "We need EFAW for ten employees in London before the end of the quarter.",
    status: "CLOSED",
    interest: "MULTIPLE",
    urgency: "URGENT",
    budget: "£1,000-1,500",
    availability: "Any weekday",
    daysAgo: 40,
  },
  {
    key: "paul",
    name: "Paul Girard",
    email: "paul.girard@example.fr",
    subject: "Renseignements",
    message: "Bonjour, quelle formule me conseillez-vous pour débuter ?",
    status: "NEW",
    interest: "UNDECIDED",
    urgency: "MEDIUM",
    daysAgo: 0,
  },
];

export type QuoteDef = {
  key: string;
  course: string;
  contact: string;
  status: QuoteStatus;
  hours: number;
  customizationFeeCents: number;
  materialsFeeCents: number;
  discountCents: number;
  message: string;
  sentDaysAgo: number;
  viewedDaysAgo?: number;
  respondedDaysAgo?: number;
  response?: string;
  validDays: number;
  revises?: string;
};

export const HOURLY_RATE_CENTS = 6000;

export const quotes: QuoteDef[] = [
  {
    key: "helene-1",
    course: "helene-bridge",
    contact: "helene",
    status: "ACCEPTED",
    hours: 10,
    customizationFeeCents: 0,
    materialsFeeCents: 2000,
    discountCents: 7000,
    message: "Voici ma proposition pour dix séances d'une heure, livre « Le bridge pour tous » inclus.",
    sentDaysAgo: 58,
    viewedDaysAgo: 57,
    respondedDaysAgo: 55,
    response: "Parfait, j'accepte !",
    validDays: 14,
  },
  {
    key: "jeanpierre-1",
    course: "jeanpierre-bridge",
    contact: "jeanpierre",
    status: "REVISED",
    hours: 6,
    customizationFeeCents: 2500,
    materialsFeeCents: 0,
    discountCents: 0,
    message: "Six séances pour découvrir le bridge à votre rythme.",
    sentDaysAgo: 4,
    viewedDaysAgo: 3,
    respondedDaysAgo: 3,
    response: "Un peu au-dessus de mon budget, est-ce négociable ?",
    validDays: 14,
  },
  {
    key: "jeanpierre-2",
    course: "jeanpierre-bridge",
    contact: "jeanpierre",
    status: "SENT",
    hours: 6,
    customizationFeeCents: 0,
    materialsFeeCents: 0,
    discountCents: 3000,
    message: "Proposition révisée : sans frais de personnalisation et avec une remise de bienvenue.",
    sentDaysAgo: 2,
    validDays: 14,
    revises: "jeanpierre-1",
  },
];

/**
 * Secret of the demo quote link (only its SHA-256 is stored), printed in the seed summary.
 * Same shape as the API's tokens (base64url of 32 bytes, 43 characters), or it would never be
 * looked up; derived from a fixed name so every seed run gives the same one.
 */
export const DEMO_QUOTE_TOKEN = createHash("sha256").update("campus-demo-quote-link").digest("base64url");
