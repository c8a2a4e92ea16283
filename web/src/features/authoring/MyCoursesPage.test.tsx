import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { courseFixture } from "./authoring.fixtures";
import { MyCoursesPage, MyCoursesQuery } from "./MyCoursesPage";
import { CreateCourseMutation } from "./NewCoursePage";

const published = courseFixture({
  id: "Q291cnNlOjI",
  slug: "graphql-apis",
  title: "Designing GraphQL APIs",
  status: "PUBLISHED",
  studentCount: 12,
  isFree: false,
  price: { __typename: "Money", amountCents: 7900, currency: "EUR" },
});
const draft = courseFixture();

const myCourses =
  (...courses: ReturnType<typeof courseFixture>[]) =>
  () => ({
    data: {
      viewer: {
        __typename: "User",
        id: "VXNlcjox",
        taughtCourses: { __typename: "TaughtCourseConnection", nodes: courses },
      },
    },
  });

describe("MyCoursesPage", () => {
  it("lists the instructor's courses, drafts included, with status, lessons, students and price", async () => {
    fakeApi(on("MyCourses", myCourses(draft, published))).render(<MyCoursesPage />);
    const table = await screen.findByRole("table", { name: "My courses" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ["Draft", "1", "0", "Free", "Mar 1, 2030"],
      ["Published", "1", "12", "€79.00", "Mar 1, 2030"],
    ]);
    expect(screen.getByRole("link", { name: "React from scratch" }).getAttribute("href")).toBe(
      `/teaching/courses/${draft.id}`,
    );
    expect(screen.getByRole("link", { name: "Create a course" }).getAttribute("href")).toBe(
      "/teaching/courses/new",
    );
  });

  it("invites to create the first course when there is none", async () => {
    fakeApi(on("MyCourses", myCourses())).render(<MyCoursesPage />);
    await screen.findByText("You have no course yet. Create your first one.");
  });

  it("puts a created course at the top of the cached list, without a refetch", async () => {
    const api = fakeApi(
      on("MyCourses", myCourses(published)),
      on("CreateCourse", () => ({
        data: { createCourse: { __typename: "CoursePayload", course: draft, userErrors: [] } },
      })),
    );
    const { client } = api.campus;
    await client.query(MyCoursesQuery, {}).toPromise();
    await client.mutation(CreateCourseMutation, { input: { title: "React from scratch" } }).toPromise();

    const cached = client.readQuery(MyCoursesQuery, {});
    expect(cached?.data?.viewer?.taughtCourses.nodes.map((course) => course.id)).toEqual([
      draft.id,
      published.id,
    ]);
    expect(api.requests.map((request) => request.operationName)).toEqual(["MyCourses", "CreateCourse"]);
  });
});
