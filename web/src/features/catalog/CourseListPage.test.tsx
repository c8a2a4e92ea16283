import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CourseCard_CourseFragment } from "../../gql/graphql";
import { fakeApi, on } from "../../test/api";
import { CourseListPage } from "./CourseListPage";
import { courseFixture } from "./course.fixtures";

type PageInfo = { hasNextPage: boolean; endCursor: string | null };
type Facets = {
  categories: Array<{ category: string; count: number }>;
  levels: Array<{ level: string; count: number }>;
};

const noFacets: Facets = { categories: [], levels: [] };

// The wire format: graphcache asks for __typename on every selection set.
function coursesResponse(
  courses: CourseCard_CourseFragment[],
  pageInfo: PageInfo,
  totalCount: number,
  facets = noFacets,
) {
  return {
    data: {
      courses: {
        __typename: "CourseConnection",
        totalCount,
        facets: {
          __typename: "CourseFacets",
          categories: facets.categories.map((f) => ({ __typename: "CategoryFacet", ...f })),
          levels: facets.levels.map((f) => ({ __typename: "LevelFacet", ...f })),
        },
        edges: courses.map((course) => ({
          __typename: "CourseEdge",
          cursor: `cursor:${course.slug}`,
          node: { __typename: "Course", ...course, price: { __typename: "Money", ...course.price } },
        })),
        pageInfo: { __typename: "PageInfo", ...pageInfo },
      },
    },
  };
}

const react = courseFixture();
const sql = courseFixture({
  id: "Q291cnNlOjI=",
  slug: "sql-basics",
  title: "SQL Basics",
  format: "SELF_PACED",
});
const tutoring = courseFixture({
  id: "Q291cnNlOjM=",
  slug: "tutoring",
  title: "Tutoring",
  format: "INDIVIDUAL",
});

function renderPage(answer: (variables: Record<string, unknown>) => unknown, path = "/courses") {
  const api = fakeApi(on("CourseListPage", answer));
  const view = api.render(<CourseListPage />, { path, route: "/courses" });
  return { ...api, ...view };
}

describe("CourseListPage", () => {
  it("loads the first page, then appends the next one on Load more", async () => {
    const { requests } = renderPage(({ after }) =>
      after === null
        ? coursesResponse([react, sql], { hasNextPage: true, endCursor: "cursor:sql-basics" }, 3)
        : coursesResponse([tutoring], { hasNextPage: false, endCursor: "cursor:tutoring" }, 3),
    );

    expect(screen.getByRole("status").textContent).toBe("Loading courses…");
    expect(await screen.findByRole("article", { name: "SQL Basics" })).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(2);
    expect(screen.getByText("Showing 2 of 3 courses")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Load more" }));

    expect(await screen.findByRole("article", { name: "Tutoring" })).toBeTruthy();
    expect(screen.getAllByRole("article").map((card) => card.getAttribute("aria-labelledby"))).toEqual([
      "course-react-fundamentals-title",
      "course-sql-basics-title",
      "course-tutoring-title",
    ]);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(requests.map((r) => r.variables.after)).toEqual([null, "cursor:sql-basics"]);
    expect(requests[0]?.variables).toMatchObject({
      first: 12,
      query: null,
      filter: null,
      orderBy: { field: "NEWEST" },
    });
  });

  it("reads search, filters and sort from the URL and sends them to the API", async () => {
    const { requests } = renderPage(
      () =>
        coursesResponse([sql], { hasNextPage: false, endCursor: null }, 1, {
          categories: [{ category: "Programming", count: 1 }],
          levels: [{ level: "BEGINNER", count: 1 }],
        }),
      "/courses?q=sql&level=BEGINNER&free=1&sort=PRICE_ASC",
    );
    expect(await screen.findByRole("heading", { name: "Results for “sql”" })).toBeTruthy();
    await screen.findByRole("article", { name: "SQL Basics" });
    expect(requests[0]?.variables).toMatchObject({
      query: "sql",
      filter: { level: ["BEGINNER"], freeOnly: true },
      orderBy: { field: "PRICE", direction: "ASC" },
    });
    expect((screen.getByRole("checkbox", { name: "Beginner (1)" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: "Free courses only" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByLabelText("Sort by") as HTMLSelectElement).value).toBe("PRICE_ASC");
  });

  it("applies a facet: the URL changes and the list is asked again from its first page", async () => {
    const { requests, router } = renderPage(() =>
      coursesResponse([react, sql], { hasNextPage: false, endCursor: null }, 2, {
        categories: [
          { category: "Programming", count: 1 },
          { category: "First Aid", count: 1 },
        ],
        levels: [],
      }),
    );
    fireEvent.click(await screen.findByRole("checkbox", { name: "Programming (1)" }));
    expect(router.state.location.search).toBe("?category=Programming");
    await screen.findByRole("checkbox", { name: "Programming (1)", checked: true });
    expect(requests.at(-1)?.variables).toMatchObject({ filter: { category: ["Programming"] }, after: null });

    fireEvent.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(router.state.location.search).toBe("");
  });

  it("searches from the search box", async () => {
    const { router } = renderPage(() => coursesResponse([react], { hasNextPage: false, endCursor: null }, 1));
    fireEvent.change(await screen.findByRole("searchbox", { name: "Search courses" }), {
      target: { value: " bridge " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    expect(router.state.location.search).toBe("?q=bridge");
  });

  it("tells when no course is published, and when nothing matches", async () => {
    renderPage(() => coursesResponse([], { hasNextPage: false, endCursor: null }, 0));
    expect(await screen.findByText("No courses are published yet.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("says nothing matches a search with no results", async () => {
    renderPage(() => coursesResponse([], { hasNextPage: false, endCursor: null }, 0), "/courses?q=zzz");
    expect(await screen.findByText("No course matches these filters.")).toBeTruthy();
  });

  it("reports an error and retries", async () => {
    let failing = true;
    renderPage(() =>
      failing
        ? { errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }
        : coursesResponse([react], { hasNextPage: false, endCursor: "cursor:react-fundamentals" }, 1),
    );

    expect((await screen.findByRole("alert")).textContent).toContain("The courses could not be loaded.");

    failing = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));

    expect(await screen.findByRole("article", { name: "React Fundamentals" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
