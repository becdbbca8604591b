"""The version of a problem's computed artefacts (its suite of tests, its rendered statement):
a hash of its files and of the code that computes them. Cheap to compute: nothing heavy is
imported here, so a command can find a cached artefact without loading the problem.
"""

import hashlib
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sandbox.base import HARNESS_PATH

if TYPE_CHECKING:
    from .problems.loader import Problem

FORMAT = 2
"""The suite file's format; a change makes every key new."""
GRADING_DIR = Path(__file__).resolve().parent


@cache
def grading_fingerprint() -> str:
    """The grading code, the harness and the library versions that shape inputs and values
    (read from the installed distributions: importing them here would cost a CLI start)."""
    from importlib.metadata import version

    digest = hashlib.sha256()
    versions = " ".join(version(name) for name in ("hypothesis", "numpy", "pandas"))
    digest.update(f"{FORMAT} {sys.version} {versions}".encode())
    for path in sorted(GRADING_DIR.rglob("*.py")) + [HARNESS_PATH]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def problem_key(problem: "Problem | Path") -> str:
    """A hash of the problem's files (its known-wrong submissions aside) and of the grading
    code: the version of its tests (and of its rendered statement)."""
    folder = problem if isinstance(problem, Path) else problem.path
    digest = hashlib.sha256(grading_fingerprint().encode())
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if (not path.is_file() or relative.parts[0] == "wrong"
                or "__pycache__" in relative.parts):
            continue
        digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]
