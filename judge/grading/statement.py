"""The statement a user reads: the author's text, then the signature, examples and limits
generated from the package (so the examples shown are exactly the samples graded)."""

from .codec import normalize
from .display import show_input, show_value
from .problems.loader import Problem
from .problems.model import Kind


def render_statement(problem: Problem) -> str:
    meta = problem.meta
    parts = [problem.statement.rstrip(), ""]
    parts.append(f"**{meta.difficulty.value}** · {meta.category} · "
                 f"{', '.join(meta.patterns)} · `{meta.kind.value}` problem")
    if meta.kind != Kind.sql:
        parts += ["", "## Signature", "", "```python", meta.entry.signature, "```"]
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
