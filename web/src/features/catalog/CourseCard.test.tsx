import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { makeFragmentData } from "../../gql/fragment-masking";
import { i18next } from "../../i18n/i18n";
import { CourseCard, CourseCard_CourseFragment } from "./CourseCard";
import { courseFixture } from "./course.fixtures";

function renderCard(course = courseFixture()) {
  render(
    <MemoryRouter>
      <CourseCard course={makeFragmentData(course, CourseCard_CourseFragment)} />
    </MemoryRouter>,
  );
  return screen.getByRole("article", { name: course.title });
}

describe("CourseCard", () => {
  it("shows the course's title (a link to its page), format, level, lessons, rating and price", () => {
    const card = renderCard();

    const title = within(card).getByRole("heading", { level: 2 });
    expect(title.textContent).toBe("React Fundamentals");
    expect(within(title).getByRole("link").getAttribute("href")).toBe("/courses/react-fundamentals");
    expect(within(card).getByText("In person · Beginner")).toBeTruthy();
    expect(within(card).getByText("Components, state and effects in two days")).toBeTruthy();
    expect(within(card).getByText("12")).toBeTruthy();
    expect(within(card).getByText("4.7 / 5 (3 reviews)")).toBeTruthy();
    expect(within(card).getByText("€490.00")).toBeTruthy();
  });

  it("says so when the course has no reviews and shows a decorative thumbnail", () => {
    const card = renderCard(
      courseFixture({
        averageRating: null,
        reviewCount: 0,
        thumbnailUrl: "https://cdn.example.com/react.png",
      }),
    );

    expect(within(card).getByText("No reviews yet")).toBeTruthy();
    // The image repeats the title, so it is hidden from assistive technology.
    expect(within(card).queryByRole("img")).toBeNull();
    expect(card.querySelector("img")?.getAttribute("alt")).toBe("");
  });

  it("says Free for free courses and formats in French", async () => {
    await i18next.changeLanguage("fr");
    const card = renderCard(
      courseFixture({ isFree: true, price: { amountCents: 0, currency: "EUR" }, reviewCount: 1 }),
    );
    expect(within(card).getByText("Gratuit")).toBeTruthy();
    expect(within(card).getByText("En présentiel · Débutant")).toBeTruthy();
    expect(within(card).getByText("4,7 / 5 (1 avis)")).toBeTruthy();
  });
});
