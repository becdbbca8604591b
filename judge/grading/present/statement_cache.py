"""Rendered statements kept on disk by the problem's version, so that `judge show` reads one
without loading the problem, its model or the libraries that render it: only this module,
the problem's folder and its version are needed until a statement must be rendered."""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..problems.fingerprint import problem_key
from ..problems.layout import problem_folder

if TYPE_CHECKING:
    from ..problems.loader import Problem

RENDERING = 2
"""The version of this rendering, part of a cached statement's name: a change to how
statements are rendered bumps it, so no statement rendered the old way is served."""



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
    from .statement import render_statement  # rendering loads numpy, pandas, the model

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
