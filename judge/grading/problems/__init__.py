"""Problem packages: metadata, statement, starter, reference, known-wrong submissions, tests."""

from .loader import Problem, ProblemRepository, load_problem
from .model import CATEGORIES, PATTERNS, Metadata

__all__ = ["CATEGORIES", "PATTERNS", "Metadata", "Problem", "ProblemRepository", "load_problem"]
