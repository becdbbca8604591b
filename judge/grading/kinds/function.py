"""A function problem: the submission defines one function, called once per test."""

from .base import Kind, ProblemKind


class FunctionKind(ProblemKind):
    kind = Kind.function
