"""Markdown for the statement: fenced text, and table views as pipe tables."""

import re


def fence(lines: list[str]) -> list[str]:
    return ["```text", *lines, "```"]


def markdown_table(view: dict) -> list[str]:
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

