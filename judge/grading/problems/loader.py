"""Loads `problems/<slug>/` into a typed `Problem`; every fault is a `ProblemError`."""

import importlib.util
import random
import sys
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ...errors import ProblemError
from ..kinds import ProblemKind, kind_of
from ..results.verdicts import Verdict
from .fingerprint import problem_key
from .layout import problem_folder, problem_slugs
from .model import Metadata

if TYPE_CHECKING:  # imported where used: listing problems or finding their folders need
    from .authoring import Case  # neither the authoring kit nor the harness it builds on

VERDICT_HEADER = "# verdict:"


@dataclass(frozen=True)
class WrongSubmission:
    name: str
    code: str
    verdict: Verdict


@dataclass(frozen=True)
class Problem:
    path: Path
    meta: Metadata
    statement: str
    starter: str
    reference: str
    wrong: tuple[WrongSubmission, ...]
    cases_module: ModuleType
    custom_checker: Any = None
    key: str = ""
    """The version of its files as they were loaded (`.fingerprint`): what its
    computed tests and rendered statement are kept under."""
    accepted: tuple[tuple[str, str], ...] = ()
    dialect_references: tuple[tuple[str, str], ...] = ()
    """(dialect, query) for a SQL problem whose reference cannot be written once for every
    engine (date arithmetic): `reference.<dialect>.sql`, which must answer every test as
    `reference.sql` does (`judge verify` checks it)."""
    """`accepted/`: other correct solutions, (name, code), which the tests must accept (a
    typical approach the reference does not take, kept so no change of the tests rejects it)."""

    @property
    def slug(self) -> str:
        return self.meta.slug

    @property
    def kind(self) -> ProblemKind:
        """What its kind of problem means outside the sandbox (`judge.grading.kinds`)."""
        return kind_of(self.meta.kind)

    def reference_in(self, dialect: str | None) -> str:
        """The reference as written for `dialect` (None: the default)."""
        return dict(self.dialect_references).get(dialect or "", self.reference)

    def kind_for(self, dialect: str | None) -> ProblemKind:
        """Its kind for a submission in `dialect` (a SQL problem's engine; None: the
        default). ValueError for a dialect it cannot take."""
        return kind_of(self.meta.kind, dialect)

    @property
    def source_suffix(self) -> str:
        return self.kind.suffix

    @cached_property
    def samples(self) -> "list[Case]":
        return _cases(self.cases_module, "SAMPLES")

    @cached_property
    def hidden(self) -> "list[Case]":
        return _cases(self.cases_module, "HIDDEN")

    def generated(self) -> "list[Case]":
        from .authoring import Case

        count = self.meta.tests.generated
        generate = getattr(self.cases_module, "generate", None)
        if not count:
            return []
        if generate is None:
            raise ProblemError(f"{self.slug}: tests.generated is {count} but cases.py has no "
                               "generate(rng)")
        rng = random.Random(self.meta.tests.seed)
        cases = []
        for _ in range(count):
            args = generate(rng)
            if not isinstance(args, tuple):
                raise ProblemError(f"{self.slug}: generate(rng) must return a tuple of "
                                   f"arguments, not {type(args).__name__}")
            cases.append(Case(args))
        return cases

    def strategy(self):
        arguments = getattr(self.cases_module, "arguments", None)
        if self.meta.tests.property_examples and arguments is None:
            raise ProblemError(f"{self.slug}: tests.property_examples is set but cases.py has "
                               "no arguments()")
        return arguments() if arguments and self.meta.tests.property_examples else None

    @property
    def scale(self):
        """`scale(rng, n)`: the arguments for an input of size n, for growth estimates."""
        return getattr(self.cases_module, "scale", None)

    @property
    def invariant(self):
        return getattr(self.cases_module, "invariant", None)

    @cached_property
    def modules(self) -> tuple[str, ...]:
        """What the harness imports before a submission runs (a sandbox from the warm pool
        has them imported already): numpy and pandas where the reference uses them, sqlite3
        for SQL problems."""
        return self.kind.runtime_modules(self.reference)


def _cases(module: ModuleType, name: str) -> "list[Case]":
    from .authoring import Case

    cases = getattr(module, name, [])
    if not isinstance(cases, list) or not all(isinstance(c, Case) for c in cases):
        raise ProblemError(f"{module.__name__}: {name} must be a list of Case")
    return cases


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProblemError(f"{path.parent.name}: missing {path.name}") from None


def _import(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise ProblemError(f"{path.parent.name}/{path.name} fails to import: "
                           f"{type(exc).__name__}: {exc}") from exc
    return module


def _wrong(folder: Path, kind: ProblemKind) -> tuple[WrongSubmission, ...]:
    if not folder.is_dir():
        return ()
    out = []
    for path in sorted(folder.glob(f"*{kind.suffix}")):
        code = path.read_text(encoding="utf-8")
        first = code.splitlines()[0] if code else ""
        header = VERDICT_HEADER.replace("#", kind.comment)
        if not first.startswith(header):
            raise ProblemError(f"{folder.parent.name}/wrong/{path.name}: the first line must be "
                               f"'{header} <verdict>'")
        try:
            verdict = Verdict.parse(first[len(header):])
        except ValueError as exc:
            raise ProblemError(f"{folder.parent.name}/wrong/{path.name}: {exc}") from None
        out.append(WrongSubmission(path.stem, code, verdict))
    return tuple(out)


def _accepted(folder: Path, suffix: str) -> tuple[tuple[str, str], ...]:
    if not folder.is_dir():
        return ()
    return tuple((path.stem, path.read_text(encoding="utf-8"))
                 for path in sorted(folder.glob(f"*{suffix}")))


def load_metadata(path: Path) -> Metadata:
    """problem.toml alone: cheap, for listings (cases.py may build large inputs on import)."""
    try:
        raw = tomllib.loads(_read(path / "problem.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise ProblemError(f"{path.name}/problem.toml: {exc}") from None
    try:
        meta = Metadata.model_validate(raw)
    except ValidationError as exc:
        details = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'problem'}: {e['msg']}"
                            for e in exc.errors())
        raise ProblemError(f"{path.name}/problem.toml: {details}") from None
    if meta.slug != path.name:
        raise ProblemError(f"{path.name}: the slug {meta.slug!r} differs from the folder name")
    return meta


def _missing() -> Any:
    from .authoring import MISSING

    return MISSING


def load_problem(path: Path) -> Problem:
    key = problem_key(path)  # before the code is imported: a later edit is a new version
    meta = load_metadata(path)
    kind = kind_of(meta.kind)
    suffix = kind.suffix
    module_base = "judge_problem_" + meta.slug.replace("-", "_")
    cases = _import(path / "cases.py", module_base + "_cases") if (
        path / "cases.py").exists() else None
    if cases is None:
        raise ProblemError(f"{path.name}: missing cases.py")
    checker = None
    if meta.checker.policy == "custom":
        module = _import(path / "checker.py", module_base + "_checker")
        checker = getattr(module, "check", None)
        if checker is None:
            raise ProblemError(f"{path.name}/checker.py defines no check()")
    problem = Problem(
        path=path, meta=meta, statement=_read(path / "statement.md"),
        starter=_read(path / f"starter{suffix}"), reference=_read(path / f"reference{suffix}"),
        wrong=_wrong(path / "wrong", kind), cases_module=cases, custom_checker=checker,
        key=key, accepted=_accepted(path / "accepted", suffix),
        dialect_references=tuple((dialect, _read(path / f"reference.{dialect}{suffix}"))
                                 for dialect in kind.dialects
                                 if (path / f"reference.{dialect}{suffix}").exists()))
    for case in problem.samples:
        if case.expected is _missing():
            raise ProblemError(f"{path.name}: every sample needs a hand-written expected value")
    return problem


class ProblemRepository:
    """All the problems under one folder, loaded lazily by slug."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, Problem] = {}
        self._meta_cache: dict[str, Metadata] = {}

    def slugs(self) -> list[str]:
        return problem_slugs(self.root)

    def folder(self, slug: str) -> Path:
        """The problem's folder; UnknownProblem if there is none."""
        return problem_folder(self.root, slug)

    _path = folder

    def get(self, slug: str) -> Problem:
        if slug not in self._cache:
            self._cache[slug] = load_problem(self._path(slug))
        return self._cache[slug]

    def metadata(self, slug: str) -> Metadata:
        """The metadata without importing the problem's code (fast, for listings)."""
        if slug in self._cache:
            return self._cache[slug].meta
        if slug not in self._meta_cache:
            self._meta_cache[slug] = load_metadata(self._path(slug))
        return self._meta_cache[slug]

    def catalogue(self) -> list[Metadata]:
        return [self.metadata(slug) for slug in self.slugs()]

    def profiles(self) -> set[tuple[str, ...]]:
        """Every distinct `Problem.modules` of the catalogue, from the metadata and the
        reference's source alone (no problem's code is imported)."""
        out = set()
        for slug in self.slugs():
            try:
                kind = kind_of(self.metadata(slug).kind)
                out.add(kind.runtime_modules(_read(self._path(slug) / f"reference{kind.suffix}")))
            except ProblemError:
                continue  # a broken package: `judge verify` says why
        return out

    def all(self) -> list[Problem]:
        return [self.get(slug) for slug in self.slugs()]
