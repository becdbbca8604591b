// The solution editor: Tab indents by four spaces (Escape, then Tab, leaves the editor, so the
// keyboard never gets stuck in it), Shift+Tab removes up to four spaces at the line's start,
// and Ctrl+Enter (Cmd+Enter) submits.
"use strict";
(function () {
  const editor = document.getElementById("code");
  if (!editor) return;
  const INDENT = "    ";
  let escaped = false;

  function replace(start, end, text, caret) {
    editor.setRangeText(text, start, end, "end");
    if (caret !== undefined) editor.setSelectionRange(caret, caret);
    editor.dispatchEvent(new Event("input", { bubbles: true }));
  }

  editor.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { escaped = true; return; }
    if (event.key === "Tab" && !escaped && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      const start = editor.selectionStart, end = editor.selectionEnd;
      if (!event.shiftKey) {
        replace(start, end, INDENT);
      } else {
        const lineStart = editor.value.lastIndexOf("\n", start - 1) + 1;
        const spaces = editor.value.slice(lineStart, lineStart + INDENT.length).match(/^ */)[0];
        if (spaces.length) replace(lineStart, lineStart + spaces.length, "", Math.max(lineStart, start - spaces.length));
      }
      return;
    }
    escaped = false;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      const submit = editor.form.querySelector('button[value="full"]');
      editor.form.requestSubmit(submit);
    }
  });
})();
