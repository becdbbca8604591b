"""The metadata of a problem (`problem.toml`), validated by pydantic."""

import ast
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sandbox.limits import Limits, MiB

from ..kinds import Kind, kind_of
from .layout import CATEGORIES
from .patterns import PATTERNS

__all__ = ["CATEGORIES", "PATTERNS", "CheckerSpec", "Difficulty", "Entry", "GrowthSpec", "Kind",
           "LimitsSpec", "Metadata", "TestsSpec"]

class Difficulty(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entry(Strict):
    name: str = Field(description="the function or class the submission defines")
    signature: str = Field(description="its signature as Python source, shown to users")

    @field_validator("name")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not value.isidentifier():
            raise ValueError(f"{value!r} is not a Python identifier")
        return value

    def parameters(self) -> list[str]:
        """Parameter names parsed from the signature (empty for classes and SQL)."""
        text = self.signature.strip()
        if not text.startswith("def "):
            return []
        try:
            tree = ast.parse(text + ("" if text.rstrip().endswith(":") else ":") + " ...")
        except SyntaxError:
            return []
        node = tree.body[0]
        assert isinstance(node, ast.FunctionDef)
        return [a.arg for a in node.args.args if a.arg != "self"]

    def constructor_parameters(self) -> list[str]:
        """A class's `__init__` parameter names, from its signature (else empty)."""
        try:
            tree = ast.parse(self.signature.strip())
        except SyntaxError:
            return []
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "__init__":
                return [a.arg for a in node.args.args if a.arg != "self"]
        return []


class LimitsSpec(Strict):
    time_seconds: float = Field(2.0, gt=0, le=60, description="wall time per call")
    total_seconds: float = Field(60.0, gt=0, le=600, description="wall time for all calls")
    memory_mb: int = Field(256, ge=32, le=4096)
    processes: int = Field(16, ge=1, le=256)
    output_kb: int = Field(1024, ge=1, le=65536)

    def sandbox_limits(self) -> Limits:
        return Limits(memory_bytes=self.memory_mb * MiB,
                      cpu_seconds=int(self.total_seconds) + 5,
                      processes=self.processes,
                      output_bytes=self.output_kb * 1024)


class CheckerSpec(Strict):
    policy: Literal["exact", "float", "unordered", "dataframe", "sql", "custom"] = "exact"
    rtol: float = Field(0.0, ge=0)
    atol: float = Field(0.0, ge=0)
    unordered_depth: int = Field(1, ge=1, le=4, description="levels whose order is ignored")
    row_order: bool = Field(False, description="DataFrame/SQL: must rows come in order?")
    column_order: bool = Field(False, description="DataFrame: must columns come in order?")
    column_names: bool = Field(True, description="DataFrame/SQL: must column names match?")
    dtype: Literal["strict", "lenient", "ignore"] = Field(
        "lenient", description="DataFrame: strict dtypes, same family (int~float), or none")
    check_index: bool = Field(False, description="DataFrame: compare the index too")


class TestsSpec(Strict):
    generated: int = Field(0, ge=0, le=1000, description="cases drawn from generate()")
    seed: int = 20261128
    property_examples: int = Field(0, ge=0, le=2000)


class GrowthSpec(Strict):
    """How to time a solution at growing input sizes (needs `scale(rng, n)` in cases.py)."""

    sizes: tuple[int, ...] = Field((), description="explicit sizes; default doubles up to max_n")
    min_n: int = Field(128, ge=1)
    max_n: int = Field(131072, ge=2)
    budget_seconds: float = Field(5.0, gt=0, le=120, description="time for one curve")
    call_seconds: float = Field(1.0, gt=0, le=30, description="a call slower than this ends "
                                "the curve")
    repeats: int = Field(3, ge=1, le=9, description="timings per size (the fastest is kept)")

    def size_list(self) -> list[int]:
        if self.sizes:
            return sorted(set(self.sizes))
        sizes, n = [], self.min_n
        while n <= self.max_n:
            sizes.append(n)
            n *= 2
        return sizes


class RulesSpec(Strict):
    """Rules the statement states, which the grader enforces (judge.grading.problems.rules)."""

    forbidden_imports: tuple[str, ...] = Field(
        (), description="modules a submission may not import (the statement must say so)")
    keeps_arguments: bool = Field(
        False, description="the statement says the input must not change: the grader "
                           "compares the arguments after each call (a class problem's: its "
                           "constructor's, after the operations) with what it sent")


class Metadata(Strict):
    slug: str
    title: str
    difficulty: Difficulty
    category: Literal["algorithms", "ml", "statistics", "pandas", "sql"]
    patterns: tuple[str, ...] = Field(min_length=1)
    kind: Kind
    version: int = Field(ge=1)
    entry: Entry
    limits: LimitsSpec = LimitsSpec()
    checker: CheckerSpec = CheckerSpec()
    tests: TestsSpec = TestsSpec()
    growth: GrowthSpec = GrowthSpec()
    rules: RulesSpec = RulesSpec()

    @field_validator("slug")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not value or not all(c.islower() or c.isdigit() or c == "-" for c in value):
            raise ValueError(f"slug {value!r} must be lowercase letters, digits and dashes")
        return value

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [p for p in value if p not in PATTERNS]
        if unknown:
            raise ValueError(f"unknown patterns {unknown}; the list is in "
                             "judge/grading/problems/patterns.py")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Metadata":
        refused = kind_of(self.kind).policy_refused(self.checker.policy)
        if refused:
            raise ValueError(refused)
        return self
