import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { i18next } from "../../i18n/i18n";
import { fakeApi, on } from "../../test/api";
import { COURSE_ID, courseFixture, userErrorFixture } from "./authoring.fixtures";
import { CourseEditorPage } from "./CourseEditorPage";
import { courseFieldOf, courseInput, emptyCourseForm } from "./course-form";
import { NewCoursePage } from "./NewCoursePage";

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const errorOf = (label: string) => {
  const control = screen.getByLabelText(label);
  const ids = control.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent).join(" | ");
};

function renderNewCourse(...handlers: Parameters<typeof fakeApi>) {
  const api = fakeApi(...handlers);
  const view = api.render(<NewCoursePage />, {
    path: "/teaching/courses/new",
    route: "/teaching/courses/new",
  });
  return { api, ...view };
}

describe("course form input", () => {
  it("turns what was typed into the API's input: cents, lists, nulls for empty fields", () => {
    expect(
      courseInput({
        ...emptyCourseForm,
        title: "  React from scratch ",
        price: "49,90",
        currency: "usd",
        tags: "react, hooks, , jsx",
        learningOutcomes: "Build components\n\nManage state\n",
        certificationValidityYears: "3",
      }),
    ).toEqual({
      title: "React from scratch",
      subtitle: null,
      longDescription: null,
      category: null,
      subcategory: null,
      level: null,
      format: "SELF_PACED",
      language: "en",
      priceCents: 4990,
      currency: "USD",
      tags: ["react", "hooks", "jsx"],
      hasCertificate: true,
      certificationValidityYears: 3,
      discussionEnabled: true,
      durationText: null,
      maxCapacity: null,
      thumbnailUrl: null,
      previewVideoUrl: null,
      targetAudience: null,
      learningOutcomes: ["Build components", "Manage state"],
      prerequisites: [],
    });
  });

  it("maps the API's field paths to the form's fields", () => {
    expect(courseFieldOf(["input", "priceCents"])).toBe("price");
    expect(courseFieldOf(["input", "tags", "2"])).toBe("tags");
    expect(courseFieldOf(["input", "courseId"])).toBeNull();
    expect(courseFieldOf(null)).toBeNull();
  });
});

describe("NewCoursePage", () => {
  it("refuses bad input field by field before asking the API", async () => {
    const { api } = renderNewCourse();
    fill("Price", "12.345");
    fill("Currency", "EURO");
    fill("Language", "English");
    fill("Certificate valid for (years)", "80");
    fill("Thumbnail image URL", "ftp://example.com/a.png");
    fireEvent.click(screen.getByRole("button", { name: "Create the draft" }));

    await waitFor(() => expect(errorOf("Title")).toContain("This field is required."));
    expect(errorOf("Price")).toContain("Enter an amount such as 49 or 49.90");
    expect(errorOf("Currency")).toContain("three-letter currency code");
    expect(errorOf("Language")).toContain("language tag");
    expect(errorOf("Certificate valid for (years)")).toContain("between 1 and 50");
    expect(errorOf("Thumbnail image URL")).toContain("http:// or https://");
    expect(screen.getByLabelText("Title").getAttribute("aria-invalid")).toBe("true");
    expect(api.requests).toEqual([]);
  });

  it("creates the draft and opens it in the editor", async () => {
    const { api, router } = renderNewCourse(
      on("CreateCourse", () => ({
        data: {
          createCourse: { __typename: "CoursePayload", course: courseFixture(), userErrors: [] },
        },
      })),
    );
    fill("Title", "React from scratch");
    fill("Price", "49");
    fill("Tags", "React, Hooks");
    fireEvent.change(screen.getByLabelText("Level"), { target: { value: "BEGINNER" } });
    fireEvent.click(screen.getByRole("button", { name: "Create the draft" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/teaching/courses/${COURSE_ID}`));
    expect(api.requests[0]).toMatchObject({
      operationName: "CreateCourse",
      variables: {
        input: { title: "React from scratch", priceCents: 4900, tags: ["React", "Hooks"], level: "BEGINNER" },
      },
    });
  });

  it("shows the API's userErrors under their fields, and the others above the form", async () => {
    renderNewCourse(
      on("CreateCourse", () => ({
        data: {
          createCourse: {
            __typename: "CoursePayload",
            course: null,
            userErrors: [
              userErrorFixture("priceCents", "The price must be at most 1000000000."),
              userErrorFixture("tags.1", "Tags are at most 50 characters.", "TOO_LONG"),
              userErrorFixture(null, "Only instructors can create courses."),
            ],
          },
        },
      })),
    );
    fill("Title", "React from scratch");
    fireEvent.click(screen.getByRole("button", { name: "Create the draft" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Only instructors can create courses.");
    expect(errorOf("Price")).toContain("The price must be at most 1000000000.");
    expect(errorOf("Tags")).toContain("Tags are at most 50 characters.");
  });
});

describe("CourseEditorPage publication", () => {
  const editor = (...handlers: Parameters<typeof fakeApi>) => {
    const api = fakeApi(
      on("CourseEditor", () => ({ data: { course: courseFixture() } })),
      ...handlers,
    );
    api.render(<CourseEditorPage />, {
      path: `/teaching/courses/${COURSE_ID}`,
      route: "/teaching/courses/:courseId",
    });
    return api;
  };
  const refusal = () => ({
    data: {
      publishCourse: {
        __typename: "CoursePayload",
        course: null,
        userErrors: [
          userErrorFixture("description", "Describe the course before publishing it.", "REQUIRED"),
          userErrorFixture("category", "Choose a category before publishing.", "REQUIRED"),
        ],
      },
    },
  });

  it("lists what publishing still needs, as the API says it", async () => {
    editor(on("PublishCourse", refusal));
    await screen.findByRole("heading", { name: "React from scratch", level: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Publish" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The course cannot be published yet:");
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Describe the course before publishing it.", "Choose a category before publishing."]);
  });

  it("says it in French too", async () => {
    await i18next.changeLanguage("fr");
    editor(on("PublishCourse", refusal));
    await screen.findByRole("heading", { name: "React from scratch", level: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Publier" }));
    const alert = await screen.findByRole("alert");
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Décrivez le cours avant de le publier.", "Choisissez une catégorie avant de publier."]);
  });

  it("publishes once the course is complete, and the status follows", async () => {
    const api = editor(
      on("PublishCourse", () => ({
        data: {
          publishCourse: {
            __typename: "CoursePayload",
            course: courseFixture({ status: "PUBLISHED", publishedAt: "2030-03-02T09:00:00.000Z" }),
            userErrors: [],
          },
        },
      })),
    );
    await screen.findByText("Draft");
    fireEvent.click(screen.getByRole("button", { name: "Publish" }));
    await screen.findByText("The course is published: it is in the catalog.");
    expect(screen.getByText("Published")).toBeTruthy();
    expect(screen.getByRole("link", { name: "See it in the catalog" }).getAttribute("href")).toBe(
      "/courses/react-from-scratch",
    );
    expect(screen.queryByRole("button", { name: "Publish" })).toBeNull();
    expect(api.requests.at(-1)?.variables).toEqual({ input: { courseId: COURSE_ID } });
  });

  it("saves the details and shows the API's field errors in place", async () => {
    const api = editor(
      on("UpdateCourse", (variables) => {
        const input = variables.input as { category: string | null };
        return input.category === "Programming"
          ? {
              data: {
                updateCourse: {
                  __typename: "CoursePayload",
                  course: courseFixture({ category: "Programming", description: "Learn React." }),
                  userErrors: [],
                },
              },
            }
          : {
              data: {
                updateCourse: {
                  __typename: "CoursePayload",
                  course: null,
                  userErrors: [
                    userErrorFixture("category", "A published course needs a category.", "INVALID_STATE"),
                  ],
                },
              },
            };
      }),
    );
    await screen.findByRole("heading", { name: "React from scratch", level: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Save the course" }));
    await waitFor(() => expect(errorOf("Category")).toContain("A published course needs a category."));

    fill("Category", "Programming");
    fill("Short description", "Learn React.");
    fireEvent.click(screen.getByRole("button", { name: "Save the course" }));
    await screen.findByText("Saved.");
    expect(api.requests.at(-1)?.variables).toMatchObject({
      input: { courseId: COURSE_ID, category: "Programming", description: "Learn React." },
    });
  });
});
