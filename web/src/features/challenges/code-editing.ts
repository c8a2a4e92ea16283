// Plain-text editing for the code editor: a textarea whose Tab key indents instead of leaving.

export const INDENT = "  ";

export type Edit = { value: string; selectionStart: number; selectionEnd: number };

/** Start of the line holding `index`. */
const lineStart = (value: string, index: number) => value.lastIndexOf("\n", index - 1) + 1;

/**
 * Tab: a caret or a selection inside one line is replaced by two spaces; a selection over
 * several lines indents each of them, and stays selected.
 */
export function indent(value: string, start: number, end: number): Edit {
  const selected = value.slice(start, end);
  if (!selected.includes("\n")) {
    const caret = start + INDENT.length;
    return {
      value: value.slice(0, start) + INDENT + value.slice(end),
      selectionStart: caret,
      selectionEnd: caret,
    };
  }
  const from = lineStart(value, start);
  const lines = value.slice(from, end).split("\n");
  const indented = lines.map((line) => INDENT + line).join("\n");
  return {
    value: value.slice(0, from) + indented + value.slice(end),
    selectionStart: start + INDENT.length,
    selectionEnd: end + INDENT.length * lines.length,
  };
}

/** Shift+Tab: removes up to one indent from the start of every line the selection touches. */
export function outdent(value: string, start: number, end: number): Edit {
  const from = lineStart(value, start);
  const lines = value.slice(from, end).split("\n");
  let removedBeforeStart = 0;
  let removed = 0;
  const outdented = lines.map((line, i) => {
    const strip = line.length - line.replace(/^ {1,2}/, "").length;
    if (i === 0) removedBeforeStart = Math.min(strip, start - from);
    removed += strip;
    return line.slice(strip);
  });
  return {
    value: value.slice(0, from) + outdented.join("\n") + value.slice(end),
    selectionStart: start - removedBeforeStart,
    selectionEnd: Math.max(start - removedBeforeStart, end - removed),
  };
}

/** The challenge's starter code per language (a JSON object of strings); anything else is ignored. */
export function starterCodeFor(starterCode: unknown, language: string): string {
  if (!starterCode || typeof starterCode !== "object" || Array.isArray(starterCode)) return "";
  const code = (starterCode as Record<string, unknown>)[language];
  return typeof code === "string" ? code : "";
}

/** JavaScript is the language the judge runs, so it comes first when the challenge accepts it. */
export function defaultLanguage(supported: readonly string[]): string {
  return (
    supported.find((language) => language.toLowerCase() === "javascript") ?? supported[0] ?? "javascript"
  );
}
