// Notifications, drip email courses and AI assistant chats of the demo cast.
import type {
  AiContextType,
  AiMessageRole,
  NotificationType,
} from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

/** [who, type, title, description, link, hours ago, read?] */
export const notifications: ReadonlyArray<
  [PersonKey, NotificationType, string, string, string | null, number, boolean]
> = [
  [
    "emma",
    "CERTIFICATE",
    "Your certificate is ready",
    "TypeScript from Zero to Production: download or share it.",
    "/certificates",
    95 * 24,
    true,
  ],
  [
    "emma",
    "BOOKING",
    "Office hours confirmed",
    "Group office hours with Marcus Reed are confirmed.",
    "/bookings",
    10,
    false,
  ],
  [
    "emma",
    "LIVE_SESSION",
    "AMA in 3 days",
    "Ask me anything: GraphQL at scale, with Marcus Reed.",
    "/live",
    5,
    false,
  ],
  [
    "emma",
    "MILESTONE",
    "New learning streak",
    "You have learned every day for two weeks. Keep going!",
    "/dashboard",
    2,
    false,
  ],
  [
    "emma",
    "PAYMENT",
    "Payment received",
    "Campus Premium renewed for another month.",
    "/billing",
    12 * 24,
    true,
  ],
  [
    "lucas",
    "BOOKING",
    "Réservation confirmée",
    "Votre séance individuelle avec Claire Dubois est confirmée.",
    "/bookings",
    29,
    false,
  ],
  [
    "lucas",
    "COMMUNITY",
    "Thomas vous a répondu",
    "Nouvelle réponse à « Ouvrir de 1SA avec un singleton ? ».",
    "/courses/bridge-les-bases",
    29 * 24,
    true,
  ],
  [
    "lucas",
    "LIVE_SESSION",
    "Séance 3 dans une semaine",
    "Les enchères compétitives, en visio avec Thomas Joannes.",
    "/live",
    20,
    false,
  ],
  [
    "jeanpierre",
    "QUOTE",
    "Nouveau devis",
    "Claire Dubois vous a envoyé un devis révisé.",
    "/quotes",
    48,
    false,
  ],
  [
    "claire",
    "QUOTE",
    "Devis révisé demandé",
    "Jean-Pierre Moreau trouve le devis au-dessus de son budget.",
    "/quotes",
    72,
    true,
  ],
  [
    "claire",
    "BOOKING",
    "Nouvelle réservation",
    "Lucas Bernard a réservé une séance individuelle.",
    "/expert/bookings",
    30,
    true,
  ],
  [
    "claire",
    "BOOKING",
    "Réservation en attente de paiement",
    "Chloé Petit a commencé une réservation.",
    "/expert/bookings",
    0.1,
    false,
  ],
  [
    "marcus",
    "BOOKING",
    "New office hours booking",
    "Oliver Smith booked group office hours.",
    "/expert/bookings",
    20,
    false,
  ],
  [
    "noah",
    "PAYMENT",
    "Partial refund issued",
    "Half of your pairing session was refunded (late cancellation).",
    "/billing",
    6 * 24,
    true,
  ],
  [
    "noah",
    "COURSE_UPDATE",
    "New lesson available",
    "Designing GraphQL APIs: Schema evolution without versions.",
    "/courses/graphql-api-design",
    30,
    false,
  ],
  ["mia", "PAYMENT", "Refund processed", "Your pandas session was refunded in full.", "/billing", 48, false],
  [
    "admin",
    "MESSAGE",
    "New instructor application",
    "Ravi Patel applied to teach Kubernetes.",
    "/admin/applications",
    3 * 24,
    false,
  ],
  [
    "oliver",
    "ANNOUNCEMENT",
    "Campus is now bilingual",
    "Courses are now available in English and French.",
    "/courses",
    30 * 24,
    true,
  ],
];

export type DripDef = {
  key: string;
  name: string;
  description: string;
  schedule: "DAILY" | "WEEKDAYS" | "WEEKLY";
  days: ReadonlyArray<readonly [subject: string, preview: string]>;
};

export const dripCourses: DripDef[] = [
  {
    key: "typescript-tips",
    name: "TypeScript in 5 emails",
    description: "One practical tip a day.",
    schedule: "DAILY",
    days: [
      ["Tip 1: unknown beats any", "Why unknown is the safe default"],
      ["Tip 2: narrow with in", "Discriminate unions without tags"],
      ["Tip 3: satisfies", "Check a literal without widening it"],
      ["Tip 4: template literal types", "Typed event names"],
      ["Tip 5: strict mode", "Flags worth turning on today"],
    ],
  },
  {
    key: "bridge-4-semaines",
    name: "Le bridge en 4 semaines",
    description: "Une leçon par semaine pour réviser les bases.",
    schedule: "WEEKLY",
    days: [
      ["Semaine 1 : compter ses points", "As 4, Roi 3, Dame 2, Valet 1"],
      ["Semaine 2 : ouvrir", "Majeure cinquième ou Sans-Atout ?"],
      ["Semaine 3 : répondre", "Le soutien et les nouvelles couleurs"],
      ["Semaine 4 : jouer la carte", "Compter ses levées avant de jouer"],
    ],
  },
];

/** [who, drip, status, current day, opened, clicked] */
export const dripSubscriptions: ReadonlyArray<
  [PersonKey, string, "ACTIVE" | "PAUSED" | "COMPLETED" | "UNSUBSCRIBED", number, number, number]
> = [
  ["emma", "typescript-tips", "ACTIVE", 3, 3, 1],
  ["noah", "typescript-tips", "COMPLETED", 5, 4, 2],
  ["mia", "typescript-tips", "PAUSED", 2, 1, 0],
  ["lucas", "bridge-4-semaines", "ACTIVE", 1, 1, 1],
  ["chloe", "bridge-4-semaines", "UNSUBSCRIBED", 2, 0, 0],
];

export type ChatDef = {
  key: string;
  who: PersonKey;
  slug?: string;
  lesson?: readonly [number, number];
  context: AiContextType;
  review?: boolean;
  hoursAgo: number;
  messages: ReadonlyArray<readonly [AiMessageRole, string]>;
};

export const chats: ChatDef[] = [
  {
    key: "emma-connections",
    who: "emma",
    slug: "graphql-api-design",
    lesson: [1, 0],
    context: "LESSON_HELP",
    hoursAgo: 26,
    messages: [
      [
        "SYSTEM",
        "You are the Campus tutor for the lesson 'Relay connections'. Answer briefly and cite the lesson.",
      ],
      ["USER", "Why do connections have both edges and nodes?"],
      [
        "ASSISTANT",
        "edges carry per-item data such as the cursor; nodes is a shortcut when you only need the items.",
      ],
      ["USER", "So I can skip edges if I only paginate forward with pageInfo.endCursor?"],
      [
        "ASSISTANT",
        "Yes: request nodes plus pageInfo { hasNextPage endCursor } and pass endCursor as `after`.",
      ],
    ],
  },
  {
    key: "lucas-impasse",
    who: "lucas",
    slug: "bridge-les-bases",
    lesson: [2, 1],
    context: "COURSE_HELP",
    hoursAgo: 5,
    messages: [
      ["USER", "Quand faut-il faire l'impasse au Roi ?"],
      [
        "ASSISTANT",
        "Quand l'As et la Dame sont dans la même main et que le Roi est probablement devant eux : jouez vers la fourchette.",
      ],
    ],
  },
  {
    key: "noah-billing",
    who: "noah",
    context: "TECHNICAL_SUPPORT",
    review: true,
    hoursAgo: 140,
    messages: [
      ["USER", "I cancelled my pairing session and only got half back. Is that right?"],
      [
        "ASSISTANT",
        "Cancellations within 24 hours of the session are refunded at 50%. I have flagged your question for our team.",
      ],
    ],
  },
];
