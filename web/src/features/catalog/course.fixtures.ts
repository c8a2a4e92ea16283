import type { CourseCard_CourseFragment } from "../../gql/graphql";

export function courseFixture(overrides: Partial<CourseCard_CourseFragment> = {}): CourseCard_CourseFragment {
  return {
    id: "Q291cnNlOjAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMQ==",
    slug: "react-fundamentals",
    title: "React Fundamentals",
    subtitle: "Components, state and effects in two days",
    format: "IN_PERSON",
    thumbnailUrl: null,
    lessonCount: 12,
    averageRating: 4.66,
    reviewCount: 3,
    level: "BEGINNER",
    isFree: false,
    price: { amountCents: 49000, currency: "EUR" },
    ...overrides,
  };
}
