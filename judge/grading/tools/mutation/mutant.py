"""A mutant: the reference with one small change, named so a problem can declare it
equivalent, and shown as a diff."""

import difflib
from collections import Counter
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Mutant:
    id: str
    """Where and what, e.g. `7:16 `<` -> `<=`` (line and column in the reference) or, for SQL,
    `L12 LEFT JOIN -> JOIN` (line in the query as the judge prints it)."""
    code: str
    diff: str


def mutant_diff(original: str, mutated: str) -> str:
    """The changed lines only, with one line of context."""
    lines = difflib.unified_diff(original.splitlines(), mutated.splitlines(),
                                 "reference", "mutant", n=1, lineterm="")
    return "\n".join(list(lines)[2:])


def first_changed_line(original: str, mutated: str) -> int:
    """The line (from 1) of `mutated` where it first differs from `original`."""
    for number, (before, after) in enumerate(zip(original.splitlines(),
                                                 mutated.splitlines(), strict=False), 1):
        if before != after:
            return number
    return min(len(original.splitlines()), len(mutated.splitlines())) + 1


def unique_ids(mutants: list[Mutant]) -> list[Mutant]:
    """Two mutants at one place with one label (rare: a label that cannot tell two sites
    apart) get `#2`, `#3`, ... in the order they were made."""
    counts = Counter(mutant.id for mutant in mutants)
    seen: Counter = Counter()
    named = []
    for mutant in mutants:
        seen[mutant.id] += 1
        if counts[mutant.id] > 1 and seen[mutant.id] > 1:
            mutant = replace(mutant, id=f"{mutant.id} #{seen[mutant.id]}")
        named.append(mutant)
    return named
