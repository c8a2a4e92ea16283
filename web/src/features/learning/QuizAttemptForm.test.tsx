import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFragmentData } from "../../gql/fragment-masking";
import type { QuizAttemptForm_QuizAttemptFragment as Attempt } from "../../gql/graphql";
import { QuizAttemptForm, QuizAttemptForm_QuizAttemptFragment } from "./QuizAttemptForm";
import { formatClock } from "./QuizTimer";

function attemptFixture(overrides: Partial<Attempt> = {}): Attempt {
  const question = (
    n: number,
    type: Attempt["questions"][number]["questionType"],
    options: string[] = [],
  ) => ({
    questionId: `q${n}`,
    position: n,
    questionText: `Question ${n}?`,
    questionType: type,
    points: 1,
    hint: null,
    programmingLanguage: type === "CODE" ? "javascript" : null,
    codeTemplate: type === "CODE" ? "function add(a, b) {}" : null,
    options: options.map((text, i) => ({ id: String.fromCharCode(97 + i), text })),
  });
  return {
    id: "UXVpekF0dGVtcHQ6MQ==",
    attemptNumber: 1,
    deadlineAt: null,
    viewerCanSubmit: true,
    questions: [
      question(1, "MULTIPLE_CHOICE", ["dropna", "fillna", "drop_duplicates"]),
      question(2, "TRUE_FALSE", ["True", "False"]),
      question(3, "SHORT_ANSWER"),
      question(4, "CODE"),
    ],
    ...overrides,
  };
}

function renderForm(attempt = attemptFixture()) {
  const onSubmit = vi.fn();
  render(
    <QuizAttemptForm
      attempt={makeFragmentData(attempt, QuizAttemptForm_QuizAttemptFragment)}
      submitting={false}
      onSubmit={onSubmit}
    />,
  );
  return onSubmit;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("QuizAttemptForm", () => {
  it("collects an answer of every kind: several choices, one of true/false, text, code", () => {
    const onSubmit = renderForm();
    const first = screen.getByRole("group", { name: /Question 1 of 4/ });
    fireEvent.click(within(first).getByLabelText("dropna"));
    fireEvent.click(within(first).getByLabelText("fillna"));
    fireEvent.click(within(first).getByLabelText("fillna"));
    const second = screen.getByRole("group", { name: /Question 2 of 4/ });
    fireEvent.click(within(second).getByLabelText("True"));
    fireEvent.click(within(second).getByLabelText("False"));
    fireEvent.change(screen.getByLabelText("Your answer"), { target: { value: "pandas" } });
    const code = screen.getByLabelText(/Your code/) as HTMLTextAreaElement;
    expect(code.value).toBe("function add(a, b) {}");
    fireEvent.change(code, { target: { value: "function add(a, b) { return a + b; }" } });

    fireEvent.click(screen.getByRole("button", { name: "Submit my answers" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toEqual([
      { questionId: "q1", optionIds: ["a"] },
      { questionId: "q2", optionIds: ["b"] },
      { questionId: "q3", text: "pandas" },
      { questionId: "q4", code: "function add(a, b) { return a + b; }" },
    ]);
    expect(onSubmit.mock.calls[0]?.[1]).toBe("submitted");
  });

  it("counts down to the deadline and submits what was answered when time is up, once", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-03-04T10:00:00.000Z"));
    const onSubmit = renderForm(attemptFixture({ deadlineAt: "2030-03-04T10:01:05.000Z" }));
    expect(screen.getByText("Time left: 1:05", { selector: "[aria-hidden]" })).toBeTruthy();
    fireEvent.click(screen.getByLabelText("drop_duplicates"));

    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(screen.getByText("Time left: 0:55", { selector: "[aria-hidden]" })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]).toEqual([[{ questionId: "q1", optionIds: ["c"] }], "timeUp"]);

    fireEvent.click(screen.getByRole("button", { name: "Submit my answers" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe("formatClock", () => {
  it("writes minutes and two-digit seconds", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65)).toBe("1:05");
    expect(formatClock(1200)).toBe("20:00");
  });
});
