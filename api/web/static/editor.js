// The solution editor. Where the site serves CodeMirror 5 (api/web/editor_assets.py) the
// textarea becomes a code editor: line numbers, Python or SQL highlighting, auto-indent,
// bracket matching and closing, no soft wrap. Where it does not, the textarea stays, with
// Tab handling of its own. Either way: Tab indents by four spaces (a selection of lines is
// indented), Shift+Tab dedents, Escape then Tab leaves the editor (the keyboard never gets
// stuck in it), Ctrl+Enter (Cmd+Enter) submits, the draft is kept in this browser per user
// and problem, and "Reset to the starter" puts the starter code back.
"use strict";
(function () {
  const textarea = document.getElementById("code");
  if (!textarea) return;
  const form = textarea.form;
  const INDENT = "    ";
  const MODIFIERS = ["Shift", "Control", "Alt", "Meta"];

  // Through requestSubmit, as a click on Submit: the form's submit listeners see it too.
  function submit() {
    form.requestSubmit(form.querySelector('button[value="full"]'));
  }

  // Called on every keydown: true for a Tab right after Escape, which the browser must get
  // (to move the focus on). A modifier pressed on its own does not disarm the Escape.
  function escapeThenTab() {
    let escaped = false;
    return function (event) {
      if (event.key === "Escape") { escaped = true; return false; }
      if (MODIFIERS.includes(event.key)) return false;
      const leave = escaped && event.key === "Tab";
      escaped = false;
      return leave;
    };
  }

  // Both editors offer get, set, onChange and focus to the draft and reset features.
  function codeMirror() {
    const label = document.querySelector('label[for="code"]');
    const leaving = escapeThenTab();
    function tab(cm) {
      const lines = cm.listSelections().some(function (r) { return r.anchor.line !== r.head.line; });
      if (lines) cm.indentSelection("add"); else cm.execCommand("insertSoftTab");
    }
    const cm = window.CodeMirror.fromTextArea(textarea, {
      mode: textarea.dataset.mode === "sql" ? "text/x-sqlite" : { name: "python", version: 3 },
      theme: "judge",  // the site's colours, in style.css
      lineNumbers: true, lineWrapping: false,
      indentUnit: 4, tabSize: 4, indentWithTabs: false, smartIndent: true,
      matchBrackets: true, autoCloseBrackets: true, styleActiveLine: true,
      inputStyle: "contenteditable",  // what screen readers follow best
      screenReaderLabel: label ? label.textContent : "Your solution",
      spellcheck: false, autocorrect: false, autocapitalize: false,
      extraKeys: {
        "Tab": tab,
        "Shift-Tab": function (cm) { cm.indentSelection("subtract"); },
        "Ctrl-Enter": function (cm) { cm.save(); submit(); },
        "Cmd-Enter": function (cm) { cm.save(); submit(); },
      },
    });
    const input = cm.getInputField();
    input.setAttribute("role", "textbox");  // CodeMirror marks it presentation, yet labels it
    input.setAttribute("aria-multiline", "true");
    cm.on("keydown", function (_cm, event) {
      if (leaving(event)) event.codemirrorIgnore = true;  // the browser moves the focus on
    });
    // The textarea always holds the current text, for any script that reads the form.
    cm.on("change", function () { cm.save(); });
    if (label) label.addEventListener("click", function () { cm.focus(); });
    return {
      get: function () { return cm.getValue(); },
      set: function (text) { cm.setValue(text); },
      onChange: function (listener) { cm.on("change", listener); },
      focus: function () { cm.focus(); },
    };
  }

  function plain() {
    const leaving = escapeThenTab();
    function replace(start, end, text, caret) {
      textarea.setRangeText(text, start, end, "end");
      if (caret !== undefined) textarea.setSelectionRange(caret, caret);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }
    textarea.addEventListener("keydown", function (event) {
      if (leaving(event) || event.key === "Escape") return;
      if (event.key === "Tab" && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        const start = textarea.selectionStart, end = textarea.selectionEnd;
        if (!event.shiftKey) {
          replace(start, end, INDENT);
        } else {
          const lineStart = textarea.value.lastIndexOf("\n", start - 1) + 1;
          const spaces = textarea.value.slice(lineStart, lineStart + INDENT.length).match(/^ */)[0];
          if (spaces.length) replace(lineStart, lineStart + spaces.length, "", Math.max(lineStart, start - spaces.length));
        }
        return;
      }
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        submit();
      }
    });
    return {
      get: function () { return textarea.value; },
      set: function (text) {
        textarea.value = text;
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
      },
      onChange: function (listener) { textarea.addEventListener("input", listener); },
      focus: function () { textarea.focus(); },
    };
  }

  // localStorage can be missing or full (private windows, quotas): the draft is a comfort.
  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, text) {
    try {
      if (text === null) window.localStorage.removeItem(key); else window.localStorage.setItem(key, text);
    } catch (e) { /* not kept */ }
  }

  // The page shows what the user last submitted (or the starter); a draft that differs is
  // what they were typing since, so it comes back with a note offering the page's text.
  function keepDraft(editor) {
    const key = "judge-draft:" + textarea.dataset.draft;
    const server = editor.get();
    const note = document.getElementById("draft-note");
    const draft = stored(key);
    if (draft !== null && draft !== server) {
      editor.set(draft);
      if (note) note.hidden = false;
    }
    let timer = null;
    function save() {
      clearTimeout(timer);
      timer = null;
      const text = editor.get();
      store(key, text === server ? null : text);
    }
    editor.onChange(function () {
      clearTimeout(timer);
      timer = setTimeout(save, 300);
    });
    window.addEventListener("pagehide", function () { if (timer !== null) save(); });
    form.addEventListener("submit", save);
    const discard = document.getElementById("discard-draft");
    if (discard) {
      discard.addEventListener("click", function () {
        editor.set(server);
        save();
        note.hidden = true;
        editor.focus();
      });
    }
  }

  function offerReset(editor) {
    const button = document.getElementById("reset-code");
    const starter = document.getElementById("starter");
    if (!button || !starter) return;
    const text = starter.content.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (editor.get() !== text
          && window.confirm("Replace your code with the starter code? Your changes will be lost.")) {
        editor.set(text);
      }
      editor.focus();
    });
  }

  const editor = window.CodeMirror ? codeMirror() : plain();
  keepDraft(editor);
  offerReset(editor);
  // Says which editor took the page, once it is ready (tests wait for this).
  textarea.dataset.editor = window.CodeMirror ? "codemirror" : "plain";
})();
