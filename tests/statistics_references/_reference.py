"""A statistics problem's own files, loaded straight from its folder (in this process, not a
sandbox), for checks against SciPy, statsmodels or an independent re-implementation."""

import importlib.util
from pathlib import Path

from judge.grading.problems import load_problem

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


def load_module(slug: str, name: str):
    """The problem's `<name>.py` (its reference, its cases, or a file under it such as
    `accepted/<file>`) as a module."""
    module_name = f"{slug}_{name}".replace("-", "_").replace("/", "_")
    spec = importlib.util.spec_from_file_location(module_name, PROBLEMS / slug / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_reference(slug: str):
    """(the loaded problem, its reference's entry function)."""
    problem = load_problem(PROBLEMS / slug)
    return problem, getattr(load_module(slug, "reference"), problem.meta.entry.name)
