// The demo cast. Every login uses DEMO_PASSWORD; keys are how other seed files refer to people.
import type { Role, SkillLevel } from "../../../api/src/generated/prisma/enums.js";

export const DEMO_PASSWORD = "campus-demo-2026";

export type ExpertDef = {
  bio: string;
  expertiseAreas: string[];
  hourlyRateCents: number;
  currency: string;
  rating: string;
};

export type LearnerDef = {
  learningGoals: string[];
  interests: string[];
  experienceLevel: SkillLevel;
  preferredSessionDurationMinutes: number;
  currency: string;
};

export type PersonDef = {
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
  timezone: string;
  language: "en" | "fr";
  /** What this login is good for, shown in the seed summary. */
  demo: string;
  bio?: string;
  phone?: string;
  joinedDaysAgo: number;
  expert?: ExpertDef;
  learner?: LearnerDef;
  deactivated?: boolean;
};

const learner = (
  experienceLevel: SkillLevel,
  currency: string,
  learningGoals: string[],
  interests: string[],
): LearnerDef => ({
  experienceLevel,
  currency,
  learningGoals,
  interests,
  preferredSessionDurationMinutes: 60,
});

export const people = {
  admin: {
    email: "admin@campus.test",
    firstName: "Nadia",
    lastName: "Benali",
    roles: ["ADMIN"],
    timezone: "Europe/Paris",
    language: "en",
    joinedDaysAgo: 400,
    demo: "Platform administrator: every object, audit log, refunds",
  },
  thomas: {
    email: "thomas.joannes@campus.test",
    firstName: "Thomas",
    lastName: "Joannes",
    roles: ["INSTRUCTOR", "ADMIN"],
    timezone: "Europe/Paris",
    language: "fr",
    joinedDaysAgo: 390,
    phone: "+33 6 12 34 56 78",
    bio: "Fondateur de BridgeFacile, moniteur de bridge diplômé de la FFB depuis 2009.",
    demo: "Instructor AND admin (BridgeFacile founder): bridge courses, live group sessions",
  },
  claire: {
    email: "claire.dubois@campus.test",
    firstName: "Claire",
    lastName: "Dubois",
    roles: ["INSTRUCTOR"],
    timezone: "Europe/Paris",
    language: "fr",
    joinedDaysAgo: 300,
    phone: "+33 6 98 76 54 32",
    bio: "Professeure de bridge, spécialiste des cours particuliers en visio.",
    demo: "Bridge teacher of BridgeFacile individual video courses; expert in Europe/Paris (EUR); quotes IQ-…",
    expert: {
      bio: "Cours particuliers de bridge en visio : enchères, jeu de la carte, défense. Tous niveaux.",
      expertiseAreas: ["bridge", "enchères", "jeu de la carte", "défense"],
      hourlyRateCents: 6000,
      currency: "EUR",
      rating: "4.90",
    },
  },
  marcus: {
    email: "marcus.reed@campus.test",
    firstName: "Marcus",
    lastName: "Reed",
    roles: ["INSTRUCTOR"],
    timezone: "America/New_York",
    language: "en",
    joinedDaysAgo: 280,
    bio: "Staff engineer who has shipped GraphQL APIs at three scale-ups.",
    demo: "Expert in America/New_York (USD): GraphQL/TypeScript tutoring, group office hours",
    expert: {
      bio: "I help teams design GraphQL schemas that survive their second year.",
      expertiseAreas: ["graphql", "typescript", "api design", "node.js"],
      hourlyRateCents: 12000,
      currency: "USD",
      rating: "4.80",
    },
  },
  priya: {
    email: "priya.nair@campus.test",
    firstName: "Priya",
    lastName: "Nair",
    roles: ["INSTRUCTOR"],
    timezone: "Australia/Sydney",
    language: "en",
    joinedDaysAgo: 250,
    bio: "Data scientist and educator based in Sydney.",
    demo: "Expert in Australia/Sydney (AUD): Python and data-science mentoring",
    expert: {
      bio: "Hands-on pandas, statistics and machine-learning mentoring for analysts.",
      expertiseAreas: ["python", "pandas", "machine learning", "statistics"],
      hourlyRateCents: 10000,
      currency: "AUD",
      rating: "4.70",
    },
  },
  sarah: {
    email: "sarah.chen@campus.test",
    firstName: "Sarah",
    lastName: "Chen",
    roles: ["INSTRUCTOR"],
    timezone: "America/Los_Angeles",
    language: "en",
    joinedDaysAgo: 370,
    bio: "Front-end architect, author of the TypeScript and React courses.",
    demo: "Instructor of self-paced TypeScript courses and the live React cohort",
  },
  james: {
    email: "james.oconnor@campus.test",
    firstName: "James",
    lastName: "O'Connor",
    roles: ["INSTRUCTOR"],
    timezone: "Europe/London",
    language: "en",
    joinedDaysAgo: 360,
    bio: "Paramedic and HSE-approved first-aid trainer.",
    demo: "In-person first-aid trainer (schedules in Paris and Copenhagen)",
  },
  sophie: {
    email: "sophie.laurent@campus.test",
    firstName: "Sophie",
    lastName: "Laurent",
    roles: ["INSTRUCTOR"],
    timezone: "Europe/Paris",
    language: "fr",
    joinedDaysAgo: 200,
    bio: "Formatrice SST et secourisme pédiatrique.",
    demo: "In-person first-aid trainer (schedules in Lyon and Paris)",
  },
  emma: {
    email: "emma.wilson@campus.test",
    firstName: "Emma",
    lastName: "Wilson",
    roles: ["STUDENT"],
    timezone: "Europe/London",
    language: "en",
    joinedDaysAgo: 180,
    demo: "Learner: premium subscriber, completed course with certificate, bookings, drip emails",
    learner: learner(
      "INTERMEDIATE",
      "USD",
      ["Ship a GraphQL API", "Get the FAW certificate"],
      ["typescript", "graphql", "first aid"],
    ),
  },
  lucas: {
    email: "lucas.bernard@campus.test",
    firstName: "Lucas",
    lastName: "Bernard",
    roles: ["STUDENT"],
    timezone: "Europe/Paris",
    language: "fr",
    joinedDaysAgo: 150,
    demo: "Apprenant : bridge en autonomie et en groupe, réservation avec Claire",
    learner: learner("BEGINNER", "EUR", ["Jouer en club", "Maîtriser les enchères"], ["bridge"]),
  },
  helene: {
    email: "helene.girard@campus.test",
    firstName: "Hélène",
    lastName: "Girard",
    roles: ["STUDENT"],
    timezone: "Europe/Paris",
    language: "fr",
    joinedDaysAgo: 120,
    demo: "Élève du cours particulier de bridge (devis IQ-…-0001 accepté, abonnement sur mesure)",
    learner: learner("INTERMEDIATE", "EUR", ["Progresser en défense"], ["bridge"]),
  },
  jeanpierre: {
    email: "jean-pierre.moreau@campus.test",
    firstName: "Jean-Pierre",
    lastName: "Moreau",
    roles: ["STUDENT"],
    timezone: "Europe/Paris",
    language: "fr",
    joinedDaysAgo: 20,
    demo: "Prospect : devis révisé en attente de réponse (lien secret)",
    learner: learner("BEGINNER", "EUR", ["Apprendre le bridge à la retraite"], ["bridge"]),
  },
  noah: {
    email: "noah.garcia@campus.test",
    firstName: "Noah",
    lastName: "Garcia",
    roles: ["STUDENT"],
    timezone: "America/New_York",
    language: "en",
    joinedDaysAgo: 140,
    demo: "Learner: GraphQL course, tutoring with Marcus, partial refund",
    learner: learner("ADVANCED", "USD", ["Design a public API"], ["graphql", "api design"]),
  },
  mia: {
    email: "mia.jensen@campus.test",
    firstName: "Mia",
    lastName: "Jensen",
    roles: ["STUDENT"],
    timezone: "Europe/Copenhagen",
    language: "en",
    joinedDaysAgo: 110,
    demo: "Learner: data science, refunded booking, first-aid class in Copenhagen",
    learner: learner("BEGINNER", "AUD", ["Analyse data with Python"], ["python", "data"]),
  },
  chloe: {
    email: "chloe.petit@campus.test",
    firstName: "Chloé",
    lastName: "Petit",
    roles: ["STUDENT"],
    timezone: "Europe/Paris",
    language: "fr",
    joinedDaysAgo: 60,
    demo: "Apprenante : réservation en attente de paiement, secourisme à Lyon",
    learner: learner("BEGINNER", "EUR", ["Obtenir le certificat de secourisme"], ["bridge", "first aid"]),
  },
  oliver: {
    email: "oliver.smith@campus.test",
    firstName: "Oliver",
    lastName: "Smith",
    roles: ["STUDENT"],
    timezone: "Australia/Sydney",
    language: "en",
    joinedDaysAgo: 90,
    demo: "Learner: group office hours with a discount code, React live cohort",
    learner: learner("INTERMEDIATE", "USD", ["Become a senior front-end developer"], ["react", "typescript"]),
  },
  ravi: {
    email: "ravi.patel@campus.test",
    firstName: "Ravi",
    lastName: "Patel",
    roles: ["STUDENT"],
    timezone: "Asia/Kolkata",
    language: "en",
    joinedDaysAgo: 45,
    demo: "Learner with a pending instructor application",
    learner: learner("ADVANCED", "USD", ["Teach Kubernetes"], ["devops", "kubernetes"]),
  },
  lena: {
    email: "lena.fischer@campus.test",
    firstName: "Lena",
    lastName: "Fischer",
    roles: ["STUDENT"],
    timezone: "Europe/Berlin",
    language: "en",
    joinedDaysAgo: 330,
    deactivated: true,
    demo: "Deactivated account (login must be refused)",
  },
} satisfies Record<string, PersonDef>;

export type PersonKey = keyof typeof people;

export function person(key: PersonKey): PersonDef {
  return people[key];
}

export const fullName = (key: PersonKey): string => `${people[key].firstName} ${people[key].lastName}`;
