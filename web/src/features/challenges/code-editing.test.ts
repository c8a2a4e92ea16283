import { describe, expect, it } from "vitest";
import { defaultLanguage, indent, outdent, starterCodeFor } from "./code-editing";

describe("indent", () => {
  it("replaces a caret or a one-line selection with two spaces", () => {
    expect(indent("ab", 1, 1)).toEqual({ value: "a  b", selectionStart: 3, selectionEnd: 3 });
    expect(indent("a-x-b", 1, 4)).toEqual({ value: "a  b", selectionStart: 3, selectionEnd: 3 });
  });

  it("indents every line of a selection over several lines and keeps it selected", () => {
    const value = "if (a) {\nreturn 1;\n}";
    const edit = indent(value, 3, value.length);
    expect(edit.value).toBe("  if (a) {\n  return 1;\n  }");
    expect(edit.value.slice(edit.selectionStart, edit.selectionEnd)).toBe("(a) {\n  return 1;\n  }");
  });
});

describe("outdent", () => {
  it("removes at most one indent from each line touched", () => {
    const value = "    a\n  b\nc";
    const edit = outdent(value, 5, value.length);
    expect(edit.value).toBe("  a\nb\nc");
    expect(edit.selectionStart).toBe(3);
  });

  it("leaves unindented text as it is", () => {
    expect(outdent("abc", 1, 1)).toEqual({ value: "abc", selectionStart: 1, selectionEnd: 1 });
  });
});

describe("starter code and language", () => {
  it("reads the starter code of a language, ignoring anything that is not a string", () => {
    expect(starterCodeFor({ javascript: "let x;" }, "javascript")).toBe("let x;");
    expect(starterCodeFor({ javascript: 1 }, "javascript")).toBe("");
    expect(starterCodeFor(null, "javascript")).toBe("");
    expect(starterCodeFor(["let x;"], "0")).toBe("");
  });

  it("starts in JavaScript when the challenge accepts it, since that is what the judge runs", () => {
    expect(defaultLanguage(["python", "JavaScript"])).toBe("JavaScript");
    expect(defaultLanguage(["typescript", "python"])).toBe("typescript");
    expect(defaultLanguage([])).toBe("javascript");
  });
});
