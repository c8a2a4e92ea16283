import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import {
  COURSE_ID,
  type CourseWire,
  courseFixture,
  coursePayload,
  lessonFixture,
  moduleFixture,
  userErrorFixture,
} from "./authoring.fixtures";
import { CourseEditorPage } from "./CourseEditorPage";
import { moveId } from "./reorder";

const intro = lessonFixture({ id: "TGVzc29uOjE", title: "Intro" });
const jsx = lessonFixture({ id: "TGVzc29uOjI", title: "JSX", type: "ARTICLE", durationMinutes: 5 });
const props = lessonFixture({ id: "TGVzc29uOjM", title: "Props", durationMinutes: 8 });
const basics = moduleFixture({ id: "TW9kdWxlOjE", title: "Basics", lessons: [intro, jsx, props] });
const state = moduleFixture({ id: "TW9kdWxlOjI", title: "State", lessons: [] });
const course = courseFixture({ modules: [basics, state] });

function renderEditor(...handlers: Parameters<typeof fakeApi>) {
  const api = fakeApi(
    on("CourseEditor", () => ({ data: { course } })),
    ...handlers,
  );
  api.render(<CourseEditorPage />, {
    path: `/teaching/courses/${COURSE_ID}`,
    route: "/teaching/courses/:courseId",
  });
  return api;
}

const moduleTitles = () =>
  within(screen.getByRole("list", { name: "Modules" }))
    .getAllByRole("heading", { level: 3 })
    .map((heading) => heading.textContent);
const lessonTitles = (module: string) =>
  within(screen.getByRole("list", { name: `Lessons of ${module}` }))
    .getAllByRole("listitem")
    .map((item) => item.getAttribute("aria-label"));

/** The API's answer to a reorder: the course with its curriculum in the order asked. */
const reordered = (typename: string, changed: CourseWire) => ({
  data: {
    [typename === "modules" ? "reorderCourseModules" : "reorderLessons"]: coursePayload(
      "CurriculumChangePayload",
      changed,
    ),
  },
});

describe("moveId", () => {
  it("moves one id a place up or down and never off the list", () => {
    expect(moveId(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveId(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveId(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveId(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});

describe("CurriculumEditor", () => {
  it("moves a module down with its button, then keeps the focus on the moved module", async () => {
    const api = renderEditor(
      on("ReorderCourseModules", () => reordered("modules", courseFixture({ modules: [state, basics] }))),
    );
    await screen.findByRole("heading", { name: "Basics", level: 3 });
    expect(moduleTitles()).toEqual(["Basics", "State"]);
    expect((screen.getByRole("button", { name: "Move “Basics” up" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole("button", { name: "Move “State” down" }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    const down = screen.getByRole("button", { name: "Move “Basics” down" });
    down.focus();
    fireEvent.click(down);

    await waitFor(() => expect(moduleTitles()).toEqual(["State", "Basics"]));
    expect(api.requests.at(-1)).toEqual({
      operationName: "ReorderCourseModules",
      variables: { input: { courseId: COURSE_ID, moduleIds: [state.id, basics.id] } },
    });
    // Now last, "down" is disabled: the focus stays with the module, on its "up" button.
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("Move “Basics” up"));
    expect(screen.getByText("“Basics” is now 2 of 2.")).toBeTruthy();
  });

  it("moves a lesson up within its module", async () => {
    const api = renderEditor(
      on("ReorderLessons", () =>
        reordered(
          "lessons",
          courseFixture({ modules: [moduleFixture({ ...basics, lessons: [intro, props, jsx] }), state] }),
        ),
      ),
    );
    await screen.findByRole("heading", { name: "Basics", level: 3 });
    expect(lessonTitles("Basics")).toEqual(["Intro", "JSX", "Props"]);

    fireEvent.click(screen.getByRole("button", { name: "Move “Props” up" }));
    await waitFor(() => expect(lessonTitles("Basics")).toEqual(["Intro", "Props", "JSX"]));
    expect(api.requests.at(-1)?.variables).toEqual({
      input: { moduleId: basics.id, lessonIds: [intro.id, props.id, jsx.id] },
    });
  });

  it("says why a move was refused and leaves the order as it was", async () => {
    renderEditor(
      on("ReorderLessons", () => ({
        data: {
          reorderLessons: {
            __typename: "CurriculumChangePayload",
            course: null,
            userErrors: [userErrorFixture("lessonIds", "List every lesson exactly once, and only those.")],
          },
        },
      })),
    );
    await screen.findByRole("heading", { name: "Basics", level: 3 });
    fireEvent.click(screen.getByRole("button", { name: "Move “Intro” down" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "List every lesson exactly once, and only those.",
    );
    expect(lessonTitles("Basics")).toEqual(["Intro", "JSX", "Props"]);
  });

  it("adds a module, refusing an empty title first", async () => {
    const added = moduleFixture({ id: "TW9kdWxlOjM", title: "Effects", lessons: [] });
    const api = renderEditor(
      on("CreateCourseModule", () => ({
        data: {
          createCourseModule: {
            __typename: "CourseModulePayload",
            module: { __typename: "CourseModule", id: added.id },
            course: courseFixture({ modules: [basics, state, added] }),
            userErrors: [],
          },
        },
      })),
    );
    await screen.findByRole("heading", { name: "Basics", level: 3 });
    fireEvent.click(screen.getByRole("button", { name: "Add the module" }));
    await screen.findByText("This field is required.");
    expect(api.requests.map((request) => request.operationName)).toEqual(["CourseEditor"]);

    fireEvent.change(screen.getByLabelText("New module title"), { target: { value: "Effects" } });
    fireEvent.click(screen.getByRole("button", { name: "Add the module" }));
    await waitFor(() => expect(moduleTitles()).toEqual(["Basics", "State", "Effects"]));
    expect(api.requests.at(-1)?.variables).toEqual({ input: { courseId: COURSE_ID, title: "Effects" } });
  });

  it("adds a lesson to a module with its type and duration", async () => {
    const added = lessonFixture({ id: "TGVzc29uOjk", title: "useState", durationMinutes: 15 });
    const api = renderEditor(
      on("CreateLesson", () => ({
        data: {
          createLesson: {
            __typename: "LessonPayload",
            lesson: { __typename: "Lesson", id: added.id },
            course: courseFixture({ modules: [basics, moduleFixture({ ...state, lessons: [added] })] }),
            userErrors: [],
          },
        },
      })),
    );
    await screen.findByRole("heading", { name: "State", level: 3 });
    fireEvent.click(screen.getByRole("button", { name: "Add a lesson to “State”" }));
    fireEvent.change(screen.getByLabelText("Lesson title"), { target: { value: "useState" } });
    fireEvent.change(screen.getByLabelText("Duration (minutes)"), { target: { value: "15" } });
    fireEvent.click(screen.getByRole("button", { name: "Add a lesson" }));

    await waitFor(() => expect(lessonTitles("State")).toEqual(["useState"]));
    expect(api.requests.at(-1)?.variables).toEqual({
      input: {
        moduleId: state.id,
        title: "useState",
        type: "VIDEO",
        durationMinutes: 15,
        description: null,
        videoUrl: null,
        articleContent: null,
        isPreview: false,
      },
    });
  });

  it("deletes a lesson only once confirmed", async () => {
    const api = renderEditor(
      on("DeleteLesson", () => ({
        data: {
          deleteLesson: coursePayload(
            "CurriculumChangePayload",
            courseFixture({ modules: [moduleFixture({ ...basics, lessons: [intro, props] }), state] }),
            { deletedId: jsx.id },
          ),
        },
      })),
    );
    await screen.findByRole("heading", { name: "Basics", level: 3 });
    fireEvent.click(screen.getByRole("button", { name: "Delete “JSX”" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete the lesson “JSX”?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(api.requests.map((request) => request.operationName)).toEqual(["CourseEditor"]);

    fireEvent.click(screen.getByRole("button", { name: "Delete “JSX”" }));
    const again = await screen.findByRole("dialog", { name: "Delete the lesson “JSX”?" });
    fireEvent.click(within(again).getByRole("button", { name: "Delete the lesson" }));
    await waitFor(() => expect(lessonTitles("Basics")).toEqual(["Intro", "Props"]));
    expect(api.requests.at(-1)).toEqual({
      operationName: "DeleteLesson",
      variables: { input: { lessonId: jsx.id } },
    });
  });

  it("renames a module in place", async () => {
    const api = renderEditor(
      on("UpdateCourseModule", () => ({
        data: {
          updateCourseModule: {
            __typename: "CourseModulePayload",
            module: { __typename: "CourseModule", id: basics.id, title: "Foundations", description: null },
            userErrors: [],
          },
        },
      })),
    );
    await screen.findByRole("heading", { name: "Basics", level: 3 });
    fireEvent.click(screen.getByRole("button", { name: "Rename “Basics”" }));
    fireEvent.change(screen.getByLabelText("Module title"), { target: { value: "Foundations" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the module" }));
    await waitFor(() => expect(moduleTitles()).toEqual(["Foundations", "State"]));
    expect(api.requests.at(-1)?.variables).toEqual({
      input: { moduleId: basics.id, title: "Foundations", description: null },
    });
  });

  it("creates a quiz for a lesson and opens it; a deleted quiz leaves the list without a refetch", async () => {
    const quiz = {
      __typename: "Quiz" as const,
      id: "UXVpejox",
      title: "JSX check",
      quizType: "GRADED" as const,
      questionCount: 0,
      totalPoints: 0,
      lesson: { __typename: "Lesson" as const, id: jsx.id, title: "JSX" },
      course: { __typename: "Course" as const, id: COURSE_ID },
    };
    const api = fakeApi(
      on("CourseEditor", () => ({
        data: { course: courseFixture({ modules: [basics, state], quizzes: [quiz] }) },
      })),
      on("DeleteQuiz", () => ({
        data: { deleteQuiz: { __typename: "QuizPayload", deletedId: quiz.id, userErrors: [] } },
      })),
      on("CreateQuiz", () => ({
        data: {
          createQuiz: {
            __typename: "QuizPayload",
            quiz: {
              ...quiz,
              id: "UXVpejoy",
              title: "Props check",
              course: { __typename: "Course", id: COURSE_ID },
            },
            userErrors: [],
          },
        },
      })),
    );
    const { router } = api.render(<CourseEditorPage />, {
      path: `/teaching/courses/${COURSE_ID}`,
      route: "/teaching/courses/:courseId",
    });
    const link = await screen.findByRole("link", { name: "JSX check" });
    expect(link.getAttribute("href")).toBe(`/teaching/courses/${COURSE_ID}/quizzes/${quiz.id}`);
    expect(screen.getByText(/For the lesson “JSX”/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Delete “JSX check”" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete the quiz “JSX check”?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Delete the quiz" }));
    await screen.findByText("No quiz yet.");
    expect(api.requests.filter((request) => request.operationName === "CourseEditor")).toHaveLength(1);

    fireEvent.change(screen.getByLabelText("New quiz title"), { target: { value: "Props check" } });
    fireEvent.change(screen.getByLabelText("Attached to"), { target: { value: props.id } });
    fireEvent.click(screen.getByRole("button", { name: "Create the quiz" }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/teaching/courses/${COURSE_ID}/quizzes/UXVpejoy`),
    );
    expect(api.requests.at(-1)?.variables).toEqual({
      input: { courseId: COURSE_ID, title: "Props check", lessonId: props.id },
    });
  });
});
