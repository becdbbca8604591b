"""A statistics problem's own files, loaded straight from its folder (in this process, not a
sandbox), for checks against SciPy, statsmodels or an independent re-implementation."""

import importlib.util
from pathlib import Path

from judge.grading.problems import load_problem

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


def load_module(slug: str, name: str):
    """The problem's `<name>.py` (its reference or its cases) as a module."""
    spec = importlib.util.spec_from_file_location(f"{slug.replace('-', '_')}_{name}",
                                                  PROBLEMS / slug / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_reference(slug: str):
    """(the loaded problem, its reference's entry function)."""
    problem = load_problem(PROBLEMS / slug)
    return problem, getattr(load_module(slug, "reference"), problem.meta.entry.name)
