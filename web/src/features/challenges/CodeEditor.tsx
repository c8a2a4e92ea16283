import { type KeyboardEvent, useLayoutEffect, useRef, useState } from "react";
import { type Edit, indent, outdent } from "./code-editing";

type CodeEditorProps = {
  value: string;
  onChange: (value: string) => void;
  id?: string;
  rows?: number;
  disabled?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A monospace textarea where Tab indents (Shift+Tab outdents). Keyboard users are not trapped:
 * Escape hands Tab back to the browser until the editor is left or typed in again.
 */
export function CodeEditor({ value, onChange, rows = 16, ...rest }: CodeEditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [tabLeaves, setTabLeaves] = useState(false);
  // The caret to restore once React has written the edited value.
  const pending = useRef<Edit | null>(null);

  useLayoutEffect(() => {
    const edit = pending.current;
    const textarea = ref.current;
    if (!edit || !textarea || textarea.value !== edit.value) return;
    pending.current = null;
    textarea.setSelectionRange(edit.selectionStart, edit.selectionEnd);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Escape") {
      setTabLeaves(true);
      return;
    }
    if (event.key !== "Tab" || tabLeaves || event.altKey || event.ctrlKey || event.metaKey) {
      if (event.key !== "Tab" && event.key !== "Shift") setTabLeaves(false);
      return;
    }
    event.preventDefault();
    const { selectionStart, selectionEnd } = event.currentTarget;
    const edit = (event.shiftKey ? outdent : indent)(value, selectionStart, selectionEnd);
    pending.current = edit;
    onChange(edit.value);
  };

  return (
    <textarea
      ref={ref}
      className="code-editor"
      rows={rows}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => setTabLeaves(false)}
      {...rest}
    />
  );
}
