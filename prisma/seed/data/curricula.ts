// Modules and lessons per course slug: [title, type, minutes, free preview?]. In-person courses
// list the timed blocks of the class day(s), so lesson minutes add up to the class time, which is
// what Course.totalDurationMinutes means for them. Individual courses have no fixed curriculum.
import type { LessonType } from "../../../api/src/generated/prisma/enums.js";

export type LessonDef = readonly [title: string, type: LessonType, minutes: number, preview?: boolean];
export type ModuleDef = { title: string; lessons: readonly LessonDef[] };

const day = (title: string, blocks: ReadonlyArray<readonly [string, LessonType?]>): ModuleDef => ({
  title,
  lessons: blocks.map(([t, type]) => [t, type ?? "ARTICLE", 360 / blocks.length] as const),
});

export const curricula: Record<string, readonly ModuleDef[]> = {
  "typescript-from-zero": [
    {
      title: "Getting started",
      lessons: [
        ["Why TypeScript?", "VIDEO", 8, true],
        ["Setting up the compiler", "VIDEO", 12, true],
        ["Your first types", "ARTICLE", 10],
      ],
    },
    {
      title: "The type system",
      lessons: [
        ["Unions and narrowing", "VIDEO", 15],
        ["Generics without fear", "VIDEO", 18],
        ["Exercise: balanced brackets", "ASSIGNMENT", 25],
      ],
    },
    {
      title: "TypeScript in production",
      lessons: [
        ["Strict mode and tsconfig", "ARTICLE", 12],
        ["Typing a REST client", "VIDEO", 20],
        ["Final exam", "QUIZ", 15],
      ],
    },
  ],
  "graphql-api-design": [
    {
      title: "Schema fundamentals",
      lessons: [
        ["Thinking in graphs", "VIDEO", 14, true],
        ["Nullability is a contract", "VIDEO", 16],
        ["Naming conventions", "ARTICLE", 10],
      ],
    },
    {
      title: "Pagination and mutations",
      lessons: [
        ["Relay connections", "VIDEO", 22],
        ["Mutation payloads and user errors", "VIDEO", 18],
        ["Quiz: schema design", "QUIZ", 10],
      ],
    },
    {
      title: "Operating in production",
      lessons: [
        ["Query cost limits", "VIDEO", 15],
        ["Schema evolution without versions", "DOCUMENT", 12],
      ],
    },
  ],
  "python-data-analysis": [
    {
      title: "Python for analysts",
      lessons: [
        ["A tour of notebooks", "VIDEO", 10, true],
        ["Data types in ten minutes", "VIDEO", 10, true],
      ],
    },
    {
      title: "pandas essentials",
      lessons: [
        ["DataFrames", "VIDEO", 20],
        ["Cleaning messy data", "VIDEO", 25],
        ["Group-by and pivot tables", "VIDEO", 22],
        ["Practice quiz", "QUIZ", 10],
      ],
    },
  ],
  "bridge-les-bases": [
    {
      title: "Premiers pas",
      lessons: [
        ["Qu'est-ce que le bridge ?", "VIDEO", 9, true],
        ["Les 52 cartes et les quatre couleurs", "VIDEO", 11, true],
        ["Le décompte des points d'honneur", "ARTICLE", 8],
      ],
    },
    {
      title: "Les enchères d'ouverture",
      lessons: [
        ["Ouvrir d'une majeure cinquième", "VIDEO", 15],
        ["Ouvrir de 1 Sans-Atout", "VIDEO", 14],
        ["Quiz : l'ouverture", "QUIZ", 10],
      ],
    },
    {
      title: "Le jeu de la carte",
      lessons: [
        ["Compter ses levées", "VIDEO", 16],
        ["L'impasse", "VIDEO", 13],
        ["Donnes commentées", "DOCUMENT", 20],
      ],
    },
  ],
  "decouvrir-le-bridge": [
    {
      title: "Découverte",
      lessons: [
        ["Bienvenue", "VIDEO", 5, true],
        ["Le déroulement d'une donne", "VIDEO", 9, true],
        ["Votre première donne", "ARTICLE", 7, true],
      ],
    },
  ],
  "bridge-encheres-en-groupe": [
    {
      title: "Préparation",
      lessons: [
        ["Programme du stage", "ARTICLE", 5, true],
        ["Rappels : le Système d'Enseignement Français", "DOCUMENT", 15],
      ],
    },
    {
      title: "Séances en direct (replays)",
      lessons: [
        ["Séance 1 : répondre à 1♥ et 1♠", "VIDEO", 90],
        ["Séance 2 : le Stayman et les Texas", "VIDEO", 90],
        ["Séance 3 : les enchères compétitives", "VIDEO", 90],
      ],
    },
  ],
  "react-live-cohort": [
    {
      title: "Before the cohort",
      lessons: [
        ["Welcome and setup", "VIDEO", 10, true],
        ["The React mental model", "ARTICLE", 15],
      ],
    },
    {
      title: "Live sessions (recordings)",
      lessons: [
        ["Week 1: components and state", "VIDEO", 120],
        ["Week 2: data fetching", "VIDEO", 120],
      ],
    },
  ],
  "emergency-first-aid-at-work": [
    {
      title: "Course day",
      lessons: [
        ["Role of the first aider", "ARTICLE", 45],
        ["Assessing an incident", "ARTICLE", 45],
        ["CPR and AED", "ARTICLE", 90],
        ["Choking, bleeding and shock", "ARTICLE", 90],
        ["Practical assessment", "ASSIGNMENT", 90],
      ],
    },
  ],
  "first-aid-at-work": [
    day("Day 1", [["Responsibilities and assessment"], ["CPR and AED"], ["The unresponsive casualty"]]),
    day("Day 2", [["Wounds and bleeding"], ["Fractures and spinal injuries"], ["Burns and poisoning"]]),
    day("Day 3", [
      ["Medical emergencies"],
      ["Scenario practice"],
      ["Written and practical assessment", "ASSIGNMENT"],
    ]),
  ],
  "paediatric-first-aid": [
    day("Day 1", [["Paediatric assessment"], ["Infant and child CPR"], ["Choking in babies and children"]]),
    day("Day 2", [["Allergies, asthma and seizures"], ["Injuries and burns"], ["Assessment", "ASSIGNMENT"]]),
  ],
  "rust-for-web-developers": [
    {
      title: "Ownership for JavaScript developers",
      lessons: [
        ["Why Rust?", "VIDEO", 10],
        ["Borrowing explained", "VIDEO", 20],
      ],
    },
  ],
  "angularjs-essentials": [
    {
      title: "AngularJS basics",
      lessons: [
        ["Modules and controllers", "VIDEO", 15, true],
        ["Two-way binding", "VIDEO", 14],
        ["Directives", "VIDEO", 18],
      ],
    },
  ],
};

/** A lesson with its position, flattened in curriculum order. */
export type FlatLesson = { module: number; lesson: number; title: string; type: LessonType; minutes: number };

export function flatLessons(slug: string): FlatLesson[] {
  return (curricula[slug] ?? []).flatMap((m, module) =>
    m.lessons.map(([title, type, minutes], lesson) => ({ module, lesson, title, type, minutes })),
  );
}
