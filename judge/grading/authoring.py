"""The import path every problem's `cases.py` uses: the authors' kit lives in
`judge.grading.problems.authoring`; this name is kept so no problem changes with the layout."""

from .problems.authoring import *  # noqa: F403
from .problems.authoring import __all__  # noqa: F401
