"""Counterexamples added to a problem's `cases.py` as hidden cases, below what is there, with
the imports their source needs."""

import re
from pathlib import Path

IMPORTS = {
    "np.": "import numpy as np",
    "pd.": "import pandas as pd",
    "Table(": "from judge.grading.authoring import Table",
    "tree(": "from judge.grading.authoring import tree",
    "linked(": "from judge.grading.authoring import linked",
}
HEADER = ("\n\n# Found by `judge verify --mutants --search`: inputs on which a mutant that passed "
          "every other test\n# is wrong.\n")


def add_hidden_cases(folder: Path, cases: list[str]) -> Path:
    path = folder / "cases.py"
    text = path.read_text(encoding="utf-8")
    if not re.search(r"^HIDDEN\s*[:=]", text, re.MULTILINE):
        raise ValueError(f"{path} has no module-level HIDDEN list to add cases to")
    needed = [line for marker, line in IMPORTS.items()
              if any(marker in case for case in cases) and line not in text]
    block = HEADER + "".join(f"{line}  # noqa: E402\n" for line in needed)
    block += "HIDDEN += [\n" + "".join(f"    {case},\n" for case in cases) + "]\n"
    path.write_text(text.rstrip("\n") + block, encoding="utf-8")
    return path
