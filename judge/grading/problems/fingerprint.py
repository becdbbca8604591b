"""The version of a problem's computed artefacts (its suite of tests, its rendered statement):
a hash of its files and of the code that computes them. Cheap to compute: nothing heavy is
imported here, so a command can find a cached artefact without loading the problem.
"""

import hashlib
import importlib.util
import platform
from functools import cache
from pathlib import Path

from sandbox.base import HARNESS_PATH

FORMAT = 2
"""The suite file's format; a change makes every key new."""
SUBMISSION_FOLDERS = {"wrong", "accepted"}
"""Known submissions, graded by `judge verify`: they do not shape the tests."""
MEASURED_FILES = {"mutation.json", "verification.json"}
"""Files written by measuring the problem's tests, not read to compute them."""
GRADING_DIR = Path(__file__).resolve().parent.parent
NOT_GRADING = {("tools", "mutation"), ("problems", "patterns.py")}
"""Folders and files of `GRADING_DIR` (as path parts) that shape no test: the mutation tool
(grading never runs it; it keys its own scores on its sources) and the list of patterns a
problem may be tagged with. A change there leaves every problem's tests and records as they
were."""


def _installed_version(name: str) -> str:
    """A distribution's version from its dist-info folder's name, beside the package (cheap:
    importing the package, or importlib.metadata, would cost a command's start)."""
    spec = importlib.util.find_spec(name)
    if spec is not None and spec.origin:
        for info in Path(spec.origin).parent.parent.glob(f"{name}-*.dist-info"):
            return info.name[len(name) + 1:-len(".dist-info")]
    from importlib.metadata import version

    return version(name)


@cache
def grading_fingerprint() -> str:
    """The grading code, the harness and the library versions that shape inputs and values."""
    digest = hashlib.sha256()
    versions = " ".join(_installed_version(name) for name in ("hypothesis", "numpy", "pandas"))
    python = f"{platform.python_implementation()} {platform.python_version()}"
    digest.update(f"{FORMAT} {python} {versions}".encode())
    for path in _grading_sources() + [HARNESS_PATH]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _grading_sources() -> list[Path]:
    return sorted(path for path in GRADING_DIR.rglob("*.py")
                  if not any(path.relative_to(GRADING_DIR).parts[:len(left_out)] == left_out
                             for left_out in NOT_GRADING))


def problem_key(folder: Path) -> str:
    """A hash of the files of the problem in `folder` (its known submissions aside) and of
    the grading code: the version of its tests (and of its rendered statement)."""
    digest = hashlib.sha256(grading_fingerprint().encode())
    hash_problem_files(digest, folder)
    return digest.hexdigest()[:32]


def hash_problem_files(digest, folder: Path, excluded: frozenset[str] = frozenset(), *,
                       with_submissions: bool = False) -> None:
    """Adds the problem's files to `digest`, by name and content, in a fixed order: all but
    its known submissions (unless `with_submissions`), its measurements, caches, and the
    files named in `excluded`."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if (not path.is_file()
                or (relative.parts[0] in SUBMISSION_FOLDERS and not with_submissions)
                or "__pycache__" in relative.parts or str(relative) in MEASURED_FILES
                or any(part.startswith(".") for part in relative.parts)  # a tool's cache
                # (.hypothesis, .pytest_cache): git ignores it, so no other machine has it
                or str(relative) in excluded):
            continue
        digest.update(str(relative).encode() + b"\0" + path.read_bytes() + b"\0")
