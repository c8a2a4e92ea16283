// Reviews, discussions, wishlists and resources. Reviewers are always enrolled in the course
// (checked when seeding) so "verified learner" badges hold.
import type { PersonKey } from "./people.js";

export type ReviewDef = { who: PersonKey; slug: string; rating: number; content: string; daysAgo: number };

export const reviews: ReviewDef[] = [
  {
    who: "emma",
    slug: "typescript-from-zero",
    rating: 5,
    content: "Clear, practical and the exercises are just the right size. Strict mode finally makes sense.",
    daysAgo: 94,
  },
  {
    who: "noah",
    slug: "typescript-from-zero",
    rating: 4,
    content: "Great pacing. I would have liked a chapter on declaration files.",
    daysAgo: 20,
  },
  {
    who: "noah",
    slug: "graphql-api-design",
    rating: 5,
    content: "The connections and payload chapters alone were worth it.",
    daysAgo: 8,
  },
  {
    who: "emma",
    slug: "graphql-api-design",
    rating: 4,
    content: "Dense but excellent. Rewatch the nullability video twice.",
    daysAgo: 3,
  },
  {
    who: "mia",
    slug: "python-data-analysis",
    rating: 3,
    content: "Good basics, the cleaning chapter goes a bit fast for beginners.",
    daysAgo: 15,
  },
  {
    who: "emma",
    slug: "python-data-analysis",
    rating: 5,
    content: "Free and better than most paid courses.",
    daysAgo: 2,
  },
  {
    who: "lucas",
    slug: "bridge-les-bases",
    rating: 3,
    content: "Bien expliqué, mais le chapitre sur l'impasse va un peu vite.",
    daysAgo: 12,
  },
  {
    who: "helene",
    slug: "bridge-les-bases",
    rating: 5,
    content: "Enfin un cours de bridge clair ! Les donnes commentées sont excellentes.",
    daysAgo: 69,
  },
  {
    who: "lucas",
    slug: "decouvrir-le-bridge",
    rating: 5,
    content: "Parfait pour se lancer, j'ai tout de suite acheté la suite.",
    daysAgo: 139,
  },
  { who: "chloe", slug: "decouvrir-le-bridge", rating: 4, content: "Court et efficace.", daysAgo: 40 },
  {
    who: "lucas",
    slug: "bridge-encheres-en-groupe",
    rating: 5,
    content: "Thomas est un pédagogue hors pair, le Stayman n'a plus de secret pour moi.",
    daysAgo: 5,
  },
  {
    who: "oliver",
    slug: "react-live-cohort",
    rating: 4,
    content: "Live code review is the best part.",
    daysAgo: 6,
  },
  {
    who: "noah",
    slug: "react-live-cohort",
    rating: 1,
    content: "The sessions clash with my working hours and the recordings came a week late.",
    daysAgo: 7,
  },
  {
    who: "lena",
    slug: "angularjs-essentials",
    rating: 3,
    content: "Fine at the time, now outdated.",
    daysAgo: 260,
  },
];

export type DiscussionDef = {
  key: string;
  slug: string;
  who: PersonKey;
  title?: string;
  content: string;
  daysAgo: number;
  replies: ReadonlyArray<{ who: PersonKey; content: string; daysAgo: number }>;
};

export const discussions: DiscussionDef[] = [
  {
    key: "ts-generics",
    slug: "typescript-from-zero",
    who: "emma",
    daysAgo: 120,
    title: "Generics or overloads for a fetch wrapper?",
    content: "In the REST client lesson, when would you pick overloads over a generic parameter?",
    replies: [
      {
        who: "sarah",
        content: "Overloads when the return type depends on a literal argument, generics otherwise.",
        daysAgo: 119,
      },
      { who: "noah", content: "This helped me too, thanks. Conditional types cover the rest.", daysAgo: 60 },
    ],
  },
  {
    key: "bridge-1sa",
    slug: "bridge-les-bases",
    who: "lucas",
    daysAgo: 30,
    title: "Ouvrir de 1SA avec un singleton ?",
    content: "J'ai 16 points et un singleton à pique, puis-je ouvrir de 1 Sans-Atout ?",
    replies: [
      {
        who: "thomas",
        content: "Non : 1SA promet une main régulière. Ouvrez de votre couleur longue.",
        daysAgo: 29,
      },
    ],
  },
  {
    key: "graphql-errors",
    slug: "graphql-api-design",
    who: "noah",
    daysAgo: 9,
    title: "User errors vs. GraphQL errors",
    content: "Should a forbidden action be a userError or a top-level error?",
    replies: [
      {
        who: "marcus",
        content: "Authorization failures are top-level errors; expected business failures are userErrors.",
        daysAgo: 8,
      },
    ],
  },
];

export const wishlist: ReadonlyArray<[PersonKey, string, number]> = [
  ["emma", "first-aid-at-work", 30],
  ["emma", "react-live-cohort", 12],
  ["lucas", "bridge-cours-particuliers", 25],
  ["chloe", "paediatric-first-aid", 7],
  ["noah", "python-data-analysis", 4],
  ["mia", "emergency-first-aid-at-work", 50],
];

export type ResourceDef = {
  key: string;
  title: string;
  description: string;
  type: string;
  slug: string | null;
  author: string;
  /** The author's account, who may edit the resource. */
  owner: PersonKey;
  categories: string[];
  tags: string[];
  featured: boolean;
  restricted: boolean;
  fileSize: string;
  downloads: number;
  daysAgo: number;
};

export const resources: ResourceDef[] = [
  {
    key: "ts-cheatsheet",
    owner: "sarah",
    title: "TypeScript cheat sheet",
    description: "Two pages: narrowing, generics and utility types.",
    type: "pdf",
    slug: "typescript-from-zero",
    author: "Sarah Chen",
    categories: ["Programming"],
    tags: ["typescript"],
    featured: true,
    restricted: false,
    fileSize: "1.2 MB",
    downloads: 842,
    daysAgo: 300,
  },
  {
    key: "graphql-checklist",
    owner: "marcus",
    title: "GraphQL schema review checklist",
    description: "The checklist used in the course's schema reviews.",
    type: "template",
    slug: "graphql-api-design",
    author: "Marcus Reed",
    categories: ["Programming", "APIs"],
    tags: ["graphql", "checklist"],
    featured: false,
    restricted: true,
    fileSize: "96 KB",
    downloads: 213,
    daysAgo: 240,
  },
  {
    key: "pandas-notebook",
    owner: "priya",
    title: "pandas cookbook notebook",
    description: "Ready-to-run recipes for cleaning and reshaping data.",
    type: "notebook",
    slug: "python-data-analysis",
    author: "Priya Nair",
    categories: ["Data Science"],
    tags: ["python", "pandas"],
    featured: true,
    restricted: false,
    fileSize: "340 KB",
    downloads: 1290,
    daysAgo: 220,
  },
  {
    key: "memo-ouvertures",
    owner: "thomas",
    title: "Fiche mémo : les ouvertures",
    description: "Toutes les ouvertures du SEF sur une page.",
    type: "pdf",
    slug: "bridge-les-bases",
    author: "Thomas Joannes",
    categories: ["Bridge"],
    tags: ["bridge", "enchères"],
    featured: true,
    restricted: false,
    fileSize: "480 KB",
    downloads: 2310,
    daysAgo: 360,
  },
  {
    key: "sef-resume",
    owner: "claire",
    title: "Résumé du Système d'Enseignement Français",
    description: "Le SEF en dix pages, pour réviser avant le stage.",
    type: "pdf",
    slug: null,
    author: "Claire Dubois",
    categories: ["Bridge"],
    tags: ["bridge", "sef"],
    featured: false,
    restricted: false,
    fileSize: "2.5 MB",
    downloads: 640,
    daysAgo: 180,
  },
  {
    key: "first-aid-card",
    owner: "james",
    title: "First aid quick reference card",
    description: "DRABC, CPR ratios and recovery position at a glance.",
    type: "pdf",
    slug: null,
    author: "James O'Connor",
    categories: ["First Aid"],
    tags: ["first aid", "cpr"],
    featured: false,
    restricted: false,
    fileSize: "220 KB",
    downloads: 955,
    daysAgo: 350,
  },
];

export const favorites: ReadonlyArray<[PersonKey, string]> = [
  ["emma", "ts-cheatsheet"],
  ["noah", "ts-cheatsheet"],
  ["emma", "pandas-notebook"],
  ["mia", "pandas-notebook"],
  ["lucas", "memo-ouvertures"],
  ["helene", "memo-ouvertures"],
  ["chloe", "memo-ouvertures"],
  ["lucas", "sef-resume"],
  ["mia", "first-aid-card"],
];
