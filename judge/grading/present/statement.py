"""The statement a user reads: the author's text, then the signature, examples and limits
generated from the package (so the examples shown are exactly the samples graded).

Rendering imports the problem's cases (and whatever they build); `cached_statement` keeps
the text on disk by the problem's version, so `judge show` reads it without loading anything.
"""

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..problems.fingerprint import problem_key
from ..problems.listing import problem_folder

if TYPE_CHECKING:
    from ..problems.loader import Problem


RENDERING = 2
"""The version of this rendering, part of a cached statement's name: a change to how
statements are rendered bumps it, so no statement rendered the old way is served."""


def render_statement(problem: "Problem") -> str:
    meta = problem.meta
    parts = [problem.statement.rstrip(), ""]
    parts.append(f"**{meta.difficulty.value}** · {meta.category} · "
                 f"{', '.join(meta.patterns)} · `{meta.kind.value}` problem")
    if meta.kind.value != "sql":
        parts += ["", "## Signature", "", "```python", meta.entry.signature, "```"]
    parts += _structures(problem)
    parts += ["", "## Examples"]
    for index, case in enumerate(problem.samples, 1):
        parts += ["", f"**Example {index}**" + (f": {case.note}" if case.note else ""), ""]
        parts += _example(problem, case.args, case.expected)
    limits = meta.limits
    parts += ["", "## Limits", "",
              f"{limits.time_seconds:g}s per call, {limits.total_seconds:g}s in all, "
              f"{limits.memory_mb} MiB of memory."]
    return "\n".join(parts) + "\n"


def _example(problem: "Problem", args: tuple, expected: object) -> list[str]:
    """One example as Markdown: the call as text, its frames and SQL tables as tables, then
    what it returns (a table, or text after an arrow)."""
    import pandas as pd

    from ..problems.model import Kind
    from ..render.views import table_view
    from ..wire.codec import normalize
    from ..wire.structures import SqlResult
    from .display import example_call, laid_out, parameter_names, show_input, show_value

    expected = normalize(expected)
    kind = problem.meta.kind
    if kind == Kind.klass:  # a sequence of operations reads best as it is
        return _fence([show_input(problem, args), "→ " + show_value(expected)])
    if kind == Kind.sql:
        text, tables = [], list(args[0].items())
    else:
        at = {i for i, a in enumerate(args) if isinstance(a, (pd.DataFrame, pd.Series))}
        text = example_call(problem, args, at)
        names = parameter_names(problem, args)
        tables = [(names[i], args[i]) for i in sorted(at)]
    result = table_view(expected) if isinstance(
        expected, (pd.DataFrame, pd.Series, SqlResult)) else None
    if not tables and result is None:
        return _fence([*text, "→ " + laid_out(expected, 2)])
    lines = _fence(text) + [""] if text else []
    for name, table in tables:
        view = table_view(table)
        lines += [f"`{name}` · {view['caption']}", "", *_markdown_table(view), ""]
    if result is None:
        return lines + _fence(["→ " + laid_out(expected, 2)])
    heading = "Result" if kind == Kind.sql else "Returns"
    return lines + [f"{heading} · {result['caption']}", "", *_markdown_table(result)]


def _fence(lines: list[str]) -> list[str]:
    return ["```text", *lines, "```"]


def _markdown_table(view: dict) -> list[str]:
    """A table view as a Markdown pipe table: names (and types) in the header, cells as
    code, missing values in italics, numbers aligned right; what the caps left out after."""
    types = view["types"] or [None] * len(view["columns"])
    header = [_code(name) + (f" {_em(kind)}" if kind else "")
              for name, kind in zip(view["columns"], types, strict=True)]
    rule = ["---:" if numeric else "---" for numeric in view["numeric"]]
    rows = [[_em(text) if kind == "null" else _code(text) for text, kind in row]
            for row in view["rows"]]
    if view["index"] is not None:
        header.insert(0, _code(view["index_name"]) if view["index_name"] else _em("index"))
        rule.insert(0, "---")
        rows = [[_code(label), *row] for label, row in zip(view["index"], rows, strict=True)]
    if not header:
        return ["*(no columns)*"]
    lines = ["| " + " | ".join(cells) + " |" for cells in (header, rule, *rows)]
    return lines + ([""] + [_em(note) for note in view["notes"]] if view["notes"] else [])


def _code(text: str) -> str:
    """`text` as a code span inside a table cell: a `|` escaped (the table's), backticks
    fenced by a longer run of them."""
    text = text.replace("|", "\\|")
    ticks = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if text[:1] in ("`", " ") or text[-1:] in ("`", " ") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _em(text: str) -> str:
    """`text` in italics, every punctuation mark escaped (so none of it is Markdown)."""
    return "*" + re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", text) + "*"


STRUCTURES = {
    "TreeNode": "`TreeNode` is defined for you (do not import it): `node.val`, `node.left` and "
                "`node.right`, a missing child being `None`; `TreeNode(val, left=None, "
                "right=None)` makes one.",
    "ListNode": "`ListNode` is defined for you (do not import it): `node.val` and `node.next`, "
                "the last node's `next` being `None`; `ListNode(val, next=None)` makes one.",
}
RECURSION_NOTE = ("The grader raises Python's recursion limit from 1,000 to 100,000, so "
                  "recursing once per level of the input is fine.")


def _structures(problem: "Problem") -> list[str]:
    """How the predefined node classes look, for a problem whose code uses them."""
    text = problem.meta.entry.signature + problem.starter + problem.reference
    notes = [note for name, note in STRUCTURES.items() if name in text]
    if not notes:
        return []
    return ["", "## Nodes", "", *[f"- {note}" for note in notes], f"- {RECURSION_NOTE}"]


def cached_statement(root: Path, slug: str, directory: Path,
                     load: Callable[[str], "Problem"]) -> str:
    """The rendered statement of problem `slug` under `root`, from `directory` when this
    version of it was rendered before; else rendered from `load(slug)` and kept. A cache that
    cannot be written costs time only."""
    key = problem_key(problem_folder(root, slug))
    path = directory / f"{slug}-{key}-r{RENDERING}.md"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    text = render_statement(load(slug))
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{slug}-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except OSError:
        pass
    return text
