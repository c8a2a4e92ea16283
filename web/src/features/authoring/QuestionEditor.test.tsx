import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, on } from "../../test/api";
import { COURSE_ID, questionFixture, quizFixture, userErrorFixture } from "./authoring.fixtures";
import type { ShownUserError } from "./CourseForm";
import { QuestionEditor } from "./QuestionEditor";
import { QuizEditorPage } from "./QuizEditorPage";
import { emptyQuestionDraft, type QuestionDraft, questionDraft, questionInput } from "./question-draft";

/** Renders a new-question editor; `saved` holds the API input of each save. */
function renderEditor(answer: ReadonlyArray<ShownUserError> = []) {
  const saved: unknown[] = [];
  const onSave = vi.fn(async (draft: QuestionDraft) => {
    saved.push(questionInput(draft));
    return answer;
  });
  render(<QuestionEditor initial={emptyQuestionDraft()} submitLabel="Add the question" onSave={onSave} />);
  return { saved, onSave };
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const chooseType = (value: string) => type("Question type", value);
const save = () => fireEvent.click(screen.getByRole("button", { name: "Add the question" }));
const groupError = (legend: string) =>
  screen.getByRole("group", { name: legend }).querySelector(".field__error")?.textContent;

describe("QuestionEditor", () => {
  it("multiple choice: choices with the correct ones ticked, points, hint and explanation", async () => {
    const { saved } = renderEditor();
    type("Question", "Which hooks hold state?");
    type("Points", "3");
    type("Choice 1", "useState");
    type("Choice 2", "useMemo");
    fireEvent.click(screen.getByRole("button", { name: "Add a choice" }));
    type("Choice 3", "useReducer");
    fireEvent.click(screen.getAllByRole("checkbox", { name: /Correct/ })[0] as HTMLElement);
    fireEvent.click(screen.getByRole("checkbox", { name: "Correct (Choice 3)" }));
    type("Hint (students may reveal it)", "Two of them.");
    type("Explanation (shown with the answers)", "useMemo caches a value.");
    save();

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      questionType: "MULTIPLE_CHOICE",
      questionText: "Which hooks hold state?",
      points: 3,
      hint: "Two of them.",
      explanation: "useMemo caches a value.",
      options: [
        { text: "useState", isCorrect: true },
        { text: "useMemo", isCorrect: false },
        { text: "useReducer", isCorrect: true },
      ],
    });
  });

  it("multiple choice: refuses a question without a correct choice, or with one choice", async () => {
    const { onSave } = renderEditor();
    type("Question", "Which hook holds state?");
    type("Choice 1", "useState");
    save();
    await waitFor(() =>
      expect(groupError("Choices")).toBe("A multiple-choice question needs at least two choices."),
    );
    type("Choice 2", "useMemo");
    save();
    await waitFor(() => expect(groupError("Choices")).toBe("Tick at least one correct choice."));
    expect(onSave).not.toHaveBeenCalled();
  });

  it("true or false: the statement's truth", async () => {
    const { saved, onSave } = renderEditor();
    chooseType("TRUE_FALSE");
    type("Question", "Hooks can be called in loops.");
    save();
    await waitFor(() =>
      expect(groupError("The statement is")).toBe("Say whether the statement is true or false."),
    );
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("radio", { name: "False" }));
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      questionType: "TRUE_FALSE",
      questionText: "Hooks can be called in loops.",
      points: 1,
      hint: null,
      explanation: null,
      correctAnswer: false,
    });
  });

  it("short answer: accepted answers, one per line", async () => {
    const { saved, onSave } = renderEditor();
    chooseType("SHORT_ANSWER");
    type("Question", "What does JSX compile to?");
    save();
    await waitFor(() => expect(screen.getByText("Give at least one accepted answer.")).toBeTruthy());
    expect(onSave).not.toHaveBeenCalled();

    type("Accepted answers", "React.createElement\n\n  jsx() \n");
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({
      questionType: "SHORT_ANSWER",
      acceptedAnswers: ["React.createElement", "jsx()"],
    });
    expect(saved[0]).not.toHaveProperty("options");
  });

  it("code: language, starting code and test cases (empty rows left out)", async () => {
    const { saved, onSave } = renderEditor();
    chooseType("CODE");
    type("Question", "Write double(n).");
    save();
    await waitFor(() => expect(groupError("Test cases")).toBe("Give at least one test case."));
    expect(onSave).not.toHaveBeenCalled();

    type("Programming language", "python");
    type("Starting code", "def double(n):\n    pass\n");
    type("Test 1 input", "2");
    type("Test 1 expected output", "4");
    fireEvent.click(screen.getByRole("button", { name: "Add a test case" }));
    fireEvent.click(screen.getByRole("button", { name: "Add a test case" }));
    type("Test 2 input", "5");
    type("Test 2 expected output", "10");
    save();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      questionType: "CODE",
      questionText: "Write double(n).",
      points: 1,
      hint: null,
      explanation: null,
      programmingLanguage: "python",
      codeTemplate: "def double(n):\n    pass\n",
      testCases: [
        { input: "2", expectedOutput: "4" },
        { input: "5", expectedOutput: "10" },
      ],
    });
  });

  it("shows the API's userErrors next to their fields", async () => {
    renderEditor([
      userErrorFixture("options.1.text", "An option must be at most 500 characters.", "TOO_LONG"),
      userErrorFixture("points", "Points must be at most 1000."),
      userErrorFixture(null, "The quiz was deleted."),
    ]);
    type("Question", "Which hook holds state?");
    type("Choice 1", "useState");
    type("Choice 2", "useMemo");
    fireEvent.click(screen.getByRole("checkbox", { name: "Correct (Choice 1)" }));
    save();
    expect((await screen.findByRole("alert")).textContent).toBe("The quiz was deleted.");
    expect(groupError("Choices")).toBe("An option must be at most 500 characters.");
    expect(screen.getByText("Points must be at most 1000.")).toBeTruthy();
  });

  it("reads every saved type back into a draft that saves the same question", () => {
    const questions = [
      questionFixture(),
      questionFixture({
        questionType: "TRUE_FALSE",
        options: [
          { __typename: "QuizOption", id: "a", text: "True", isCorrect: false },
          { __typename: "QuizOption", id: "b", text: "False", isCorrect: true },
        ],
      }),
      questionFixture({
        questionType: "SHORT_ANSWER",
        options: [],
        acceptedAnswers: ["jsx()", "createElement"],
      }),
      questionFixture({
        questionType: "CODE",
        options: [],
        programmingLanguage: "javascript",
        codeTemplate: "function f() {}",
        testCases: [{ __typename: "CodeTestCase", input: "1", expectedOutput: "2" }],
      }),
    ];
    expect(questions.map((question) => questionInput(questionDraft(question)))).toEqual([
      expect.objectContaining({
        options: [
          { text: "useState", isCorrect: true },
          { text: "useMemo", isCorrect: false },
        ],
      }),
      expect.objectContaining({ questionType: "TRUE_FALSE", correctAnswer: false }),
      expect.objectContaining({ acceptedAnswers: ["jsx()", "createElement"] }),
      expect.objectContaining({
        programmingLanguage: "javascript",
        codeTemplate: "function f() {}",
        testCases: [{ input: "1", expectedOutput: "2" }],
      }),
    ]);
  });
});

describe("QuizEditorPage", () => {
  const first = questionFixture();
  const second = questionFixture({
    id: "UXVpelF1ZXN0aW9uOjI",
    questionType: "TRUE_FALSE",
    questionText: "Effects run after render.",
    points: 1,
    options: [
      { __typename: "QuizOption", id: "a", text: "True", isCorrect: true },
      { __typename: "QuizOption", id: "b", text: "False", isCorrect: false },
    ],
  });
  const renderPage = (...handlers: Parameters<typeof fakeApi>) => {
    const api = fakeApi(
      on("QuizEditor", () => ({ data: { node: quizFixture({ questions: [first, second] }) } })),
      ...handlers,
    );
    api.render(<QuizEditorPage />, {
      path: `/teaching/courses/${COURSE_ID}/quizzes/UXVpejox`,
      route: "/teaching/courses/:courseId/quizzes/:quizId",
    });
    return api;
  };
  const questionTexts = () =>
    within(screen.getByRole("list", { name: "Questions" }))
      .getAllByRole("listitem", { name: /^Question \d$/ })
      .map((item) => item.querySelector(".authoring-row__title")?.textContent);

  it("adds a question at the end; the list and totals follow", async () => {
    const added = questionFixture({
      id: "UXVpelF1ZXN0aW9uOjM",
      questionType: "SHORT_ANSWER",
      questionText: "Name the hook for effects.",
      points: 1,
      options: [],
      acceptedAnswers: ["useEffect"],
    });
    const api = renderPage(
      on("AddQuizQuestion", () => ({
        data: {
          addQuizQuestion: {
            __typename: "QuizPayload",
            question: { __typename: "QuizQuestion", id: added.id },
            quiz: quizFixture({ questions: [first, second, added] }),
            userErrors: [],
          },
        },
      })),
    );
    await screen.findByRole("heading", { name: "Hooks check", level: 1 });
    expect(screen.getByText("2 questions · 3 points")).toBeTruthy();
    chooseType("SHORT_ANSWER");
    type("Question", "Name the hook for effects.");
    type("Accepted answers", "useEffect");
    save();

    await waitFor(() =>
      expect(questionTexts()).toEqual([
        "1. Which hook holds state?",
        "2. Effects run after render.",
        "3. Name the hook for effects.",
      ]),
    );
    expect(screen.getByText("3 questions · 4 points")).toBeTruthy();
    expect(api.requests.at(-1)?.variables).toEqual({
      input: {
        quizId: "UXVpejox",
        questionType: "SHORT_ANSWER",
        questionText: "Name the hook for effects.",
        points: 1,
        hint: null,
        explanation: null,
        acceptedAnswers: ["useEffect"],
      },
    });
    // The editor is empty again, ready for the next question.
    expect((screen.getByLabelText("Question") as HTMLTextAreaElement).value).toBe("");
  });

  it("reorders questions and marks the correct choices in the list", async () => {
    const api = renderPage(
      on("ReorderQuizQuestions", () => ({
        data: {
          reorderQuizQuestions: {
            __typename: "QuizPayload",
            quiz: quizFixture({ questions: [second, first] }),
            userErrors: [],
          },
        },
      })),
    );
    await screen.findByRole("heading", { name: "Hooks check", level: 1 });
    const firstItem = screen.getByRole("listitem", { name: "Question 1" });
    expect(within(firstItem).getByText("(Correct)").parentElement?.textContent).toBe("useState (Correct)");

    fireEvent.click(screen.getByRole("button", { name: "Move “Question 2” up" }));
    await waitFor(() =>
      expect(questionTexts()).toEqual(["1. Effects run after render.", "2. Which hook holds state?"]),
    );
    expect(api.requests.at(-1)?.variables).toEqual({
      input: { quizId: "UXVpejox", questionIds: [second.id, first.id] },
    });
  });

  it("edits a question of one type into another", async () => {
    const api = renderPage(
      on("UpdateQuizQuestion", () => ({
        data: {
          updateQuizQuestion: {
            __typename: "QuizPayload",
            question: { ...second, questionType: "MULTIPLE_CHOICE", options: first.options },
            quiz: { __typename: "Quiz", id: "UXVpejox", totalPoints: 3 },
            userErrors: [],
          },
        },
      })),
    );
    await screen.findByRole("heading", { name: "Hooks check", level: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Edit “Question 2”" }));
    const item = screen.getByRole("listitem", { name: "Question 2" });
    expect(within(item).getByRole("radio", { name: "True" })).toHaveProperty("checked", true);
    fireEvent.change(within(item).getByLabelText("Question type"), { target: { value: "MULTIPLE_CHOICE" } });
    fireEvent.change(within(item).getByLabelText("Choice 1"), { target: { value: "useState" } });
    fireEvent.change(within(item).getByLabelText("Choice 2"), { target: { value: "useMemo" } });
    fireEvent.click(within(item).getByRole("checkbox", { name: "Correct (Choice 1)" }));
    fireEvent.click(within(item).getByRole("button", { name: "Save the question" }));

    await waitFor(() => expect(within(item).queryByRole("button", { name: "Save the question" })).toBeNull());
    expect(api.requests.at(-1)?.variables).toMatchObject({
      input: {
        questionId: second.id,
        questionType: "MULTIPLE_CHOICE",
        options: [
          { text: "useState", isCorrect: true },
          { text: "useMemo", isCorrect: false },
        ],
      },
    });
  });
});
