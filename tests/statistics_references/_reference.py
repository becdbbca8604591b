"""A statistics problem and its reference function, loaded straight from its folder (in this
process, not a sandbox), for checks against SciPy, statsmodels or an independent
re-implementation."""

import importlib.util
from pathlib import Path

from judge.grading.problems import load_problem

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


def load_reference(slug: str):
    """(the loaded problem, its reference's entry function)."""
    folder = PROBLEMS / slug
    problem = load_problem(folder)
    spec = importlib.util.spec_from_file_location("reference_" + slug.replace("-", "_"),
                                                  folder / "reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return problem, getattr(module, problem.meta.entry.name)
