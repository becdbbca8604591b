"""The statement a user reads: the author's text, then the signature, examples and limits
generated from the package (so the examples shown are exactly the samples graded).

Rendering imports the problem's cases (and whatever they build); `statement_cache` keeps
the text on disk by the problem's version, so `judge show` reads it without loading anything.
"""

from pathlib import Path

from ..problems.loader import Problem
from ..render.markdown import fence, markdown_table
from ..render.views import table_view
from ..wire.codec import normalize
from ..wire.lazy_pandas import is_frame
from ..wire.structures import SqlResult


def render_statement(problem: Problem) -> str:
    meta = problem.meta
    parts = [problem.statement.rstrip(), ""]
    parts.append(f"**{meta.difficulty.value}** · {meta.category} · "
                 f"{', '.join(meta.patterns)} · `{meta.kind.value}` problem")
    if problem.kind.shows_signature:
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


_RENDERED: dict[tuple[Path, str], str] = {}


def statement_markdown(problem: Problem) -> str:
    """The statement of this version of `problem`, rendered once per process: the web page
    and the API show it on every view."""
    version = (problem.path, problem.key)
    if version not in _RENDERED:
        _RENDERED[version] = render_statement(problem)
    return _RENDERED[version]


def _example(problem: Problem, args: tuple, expected: object) -> list[str]:
    """One example as Markdown: the call as text, its frames and SQL tables as tables, then
    what it returns (a table, or text after an arrow)."""
    expected = normalize(expected)
    kind = problem.kind
    text, tables = kind.example_input(problem, args)
    result = table_view(expected) if is_frame(expected) or isinstance(expected, SqlResult) \
        else None
    if not tables and result is None:
        return fence([*text, kind.answer_line(expected)])
    lines = fence(text) + [""] if text else []
    for name, table in tables:
        view = table_view(table)
        lines += [f"`{name}` · {view['caption']}", "", *markdown_table(view), ""]
    if result is None:
        return lines + fence([kind.answer_line(expected)])
    return lines + [f"{kind.result_heading} · {result['caption']}", "", *markdown_table(result)]


STRUCTURES = {
    "TreeNode": "`TreeNode` is defined for you (do not import it): `node.val`, `node.left` and "
                "`node.right`, a missing child being `None`; `TreeNode(val, left=None, "
                "right=None)` makes one.",
    "ListNode": "`ListNode` is defined for you (do not import it): `node.val` and `node.next`, "
                "the last node's `next` being `None`; `ListNode(val, next=None)` makes one.",
}
RECURSION_NOTE = ("The grader raises Python's recursion limit from 1,000 to 100,000, so "
                  "recursing once per level of the input is fine.")


def _structures(problem: Problem) -> list[str]:
    """How the predefined node classes look, for a problem whose code uses them."""
    text = problem.meta.entry.signature + problem.starter + problem.reference
    notes = [note for name, note in STRUCTURES.items() if name in text]
    if not notes:
        return []
    return ["", "## Nodes", "", *[f"- {note}" for note in notes], f"- {RECURSION_NOTE}"]
