"""The statement a user reads: the author's text, then the signature, examples and limits
generated from the package (so the examples shown are exactly the samples graded).

Rendering imports the problem's cases (and whatever they build); `cached_statement` keeps
the text on disk by the problem's version, so `judge show` reads it without loading anything.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .catalogue import problem_folder
from .fingerprint import problem_key

if TYPE_CHECKING:
    from .problems.loader import Problem


def render_statement(problem: "Problem") -> str:
    from .codec import normalize
    from .display import show_input, show_value

    meta = problem.meta
    parts = [problem.statement.rstrip(), ""]
    parts.append(f"**{meta.difficulty.value}** · {meta.category} · "
                 f"{', '.join(meta.patterns)} · `{meta.kind.value}` problem")
    if meta.kind.value != "sql":
        parts += ["", "## Signature", "", "```python", meta.entry.signature, "```"]
    parts += _structures(problem)
    parts += ["", "## Examples"]
    for index, case in enumerate(problem.samples, 1):
        parts += ["", f"**Example {index}**" + (f": {case.note}" if case.note else ""), "",
                  "```text", show_input(problem, case.args), "→ " +
                  show_value(normalize(case.expected)), "```"]
    limits = meta.limits
    parts += ["", "## Limits", "",
              f"{limits.time_seconds:g}s per call, {limits.total_seconds:g}s in all, "
              f"{limits.memory_mb} MiB of memory."]
    return "\n".join(parts) + "\n"


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
    path = directory / f"{slug}-{key}.md"
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
