"""A problem's tests, computed once per problem version: the cost of a grade follows the
submission, not the problem.

Samples, hidden and generated cases and the derandomized Hypothesis examples are all
deterministic, so their encoded inputs and expected values are worked out once (on first use,
or by `judge verify`), kept in memory per process and on disk keyed by a hash of the problem's
files and of the grading code. A grade then only runs the submission and checks its answers;
the reference runs again only to shrink a failing property example.

The key covers everything an input or an expected value can depend on: every file of the
problem's folder but its known-wrong submissions, the grading code and the harness (the wire
encoding), and the versions of Python, Hypothesis, numpy and pandas. A change to any of them is
a new key, and the old file is never read again.
"""

import json
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import ProblemError
from ..problems.authoring import MISSING, Case
from ..problems.fingerprint import FORMAT, problem_key
from ..problems.loader import Problem
from ..results.verdicts import TestGroup
from ..wire.codec import decode, encode, encode_args
from .properties import record_examples
from .reference import Reference

log = logging.getLogger("judge.grading.run.suite")


@dataclass(frozen=True)
class Test:
    """One call of the submission: its inputs as channel JSON, and the value expected."""

    name: str
    """'sample 1', 'hidden 3', 'generated 7', 'property 12' (as the user reads them)."""
    group: TestGroup
    index: int
    """Its position in its group, from 0: where to find its source arguments for display."""
    args_json: str
    """The encoded arguments, serialized once: every call frame is spliced from it."""
    expected: Any = field(repr=False)
    """The expected value as it looks after crossing the channel (decoded, normalized)."""
    plain: bool = False
    """No tagged value anywhere in the arguments: the harness can use them as parsed."""

    def encoded_args(self) -> list:
        """The encoded arguments as values (for the invariant and the diagnostics)."""
        return json.loads(self.args_json)

    def call_frame(self) -> bytes:
        """The body of the `call` message for this test."""
        plain = ',"plain":true' if self.plain else ""
        return f'{{"op":"call"{plain},"args":{self.args_json}}}'.encode()


def make_test(name: str, group: TestGroup, index: int, encoded: list, expected: Any) -> Test:
    return Test(name, group, index, to_json(encoded), expected, _is_plain(encoded))


def _is_plain(value: Any) -> bool:
    """True when `value` holds no dict at any depth (every tagged value is a dict)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            return False
        if isinstance(item, list):
            stack.extend(x for x in item if isinstance(x, (list, dict)))
    return True


@dataclass(frozen=True)
class Suite:
    """Every test of one problem version, in the order they are run."""

    key: str
    tests: tuple[Test, ...]

    def group(self, name: TestGroup) -> tuple[Test, ...]:
        return tuple(t for t in self.tests if t.group == name)

    @property
    def properties(self) -> tuple[Test, ...]:
        return self.group(TestGroup.properties)


def to_json(value: Any) -> str:
    return json.dumps(value, allow_nan=False, separators=(",", ":"))


# ------------------------------------------------------------------ building
def build(problem: Problem, key: str = "") -> Suite:
    """Computes every test of `problem`: inputs encoded, expected values from the samples'
    hand-written answers or from the reference (run here, in the trusted process)."""
    reference = Reference(problem)
    tests: list[Test] = []

    def add(name: str, group: TestGroup, index: int, args: tuple, written: Any = MISSING) -> None:
        encoded = encode_args(args)
        expected = reference(encoded) if written is MISSING else decode(encode(written))
        tests.append(make_test(name, group, index, encoded, expected))

    def cases(group: TestGroup, items: list[Case]) -> None:
        for index, case in enumerate(items):
            add(f"{group} {index + 1}", group, index, case.args, case.expected)

    cases(TestGroup.sample, problem.samples)
    cases(TestGroup.hidden, problem.hidden)
    cases(TestGroup.generated, problem.generated())
    strategy = problem.strategy()
    if strategy is not None:
        for index, args in enumerate(record_examples(strategy,
                                                     problem.meta.tests.property_examples)):
            add("property", TestGroup.properties, index, args)
    return Suite(key, tuple(tests))


# ------------------------------------------------------------------ files


def _to_file(suite: Suite) -> dict:
    return {"format": FORMAT, "key": suite.key, "tests": [
        {"name": t.name, "group": t.group, "index": t.index, "args": t.args_json,
         "plain": t.plain, "expected": encode(t.expected)} for t in suite.tests]}


def _from_file(data: dict, key: str) -> Suite | None:
    if data.get("format") != FORMAT or data.get("key") != key:
        return None
    return Suite(key, tuple(Test(t["name"], TestGroup(t["group"]), t["index"], t["args"],
                                 decode(t["expected"]), t["plain"]) for t in data["tests"]))


class SuiteCache:
    """Suites by problem: in memory (the most recently used `capacity`) and, given a folder,
    on disk for the next process. Threads asking for the same problem at once build it once."""

    def __init__(self, directory: Path | None = None, capacity: int = 32) -> None:
        self.directory = directory
        self.capacity = capacity
        self._memory: OrderedDict[str, Suite] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}

    def get(self, problem: Problem) -> Suite:
        """The problem's tests; ProblemError when they cannot be computed."""
        key = problem.key or problem_key(problem.path)
        name = f"{problem.slug}-{key}"
        with self._lock:
            suite = self._remember(name)
            building = self._building.setdefault(name, threading.Lock())
        if suite is not None:
            return suite
        with building:
            with self._lock:
                suite = self._remember(name)
            if suite is None:
                suite = self._load(name, key) or self._build(problem, name, key)
                with self._lock:
                    self._memory[name] = suite
                    while len(self._memory) > self.capacity:
                        self._memory.popitem(last=False)
        return suite

    def _remember(self, name: str) -> Suite | None:
        suite = self._memory.get(name)
        if suite is not None:
            self._memory.move_to_end(name)
        return suite

    def _path(self, name: str) -> Path | None:
        return self.directory / f"{name}.json" if self.directory is not None else None

    def _load(self, name: str, key: str) -> Suite | None:
        path = self._path(name)
        if path is None or not path.exists():
            return None
        try:
            return _from_file(json.loads(path.read_text(encoding="utf-8")), key)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring the unreadable suite %s: %s", path, exc)
            return None

    def _build(self, problem: Problem, name: str, key: str) -> Suite:
        try:
            suite = build(problem, key)
        except ProblemError:
            raise
        except Exception as exc:  # the problem's own code (a generator, a strategy) failed
            raise ProblemError(f"{problem.slug}: its tests cannot be computed: "
                               f"{type(exc).__name__}: {exc}") from exc
        path = self._path(name)
        if path is not None:
            temporary = None
            try:  # written whole, then renamed: readers never see half a file
                path.parent.mkdir(parents=True, exist_ok=True)
                data = json.dumps(_to_file(suite), separators=(",", ":"))
                fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(data)
                os.replace(temporary, path)
                temporary = None
                for stale in path.parent.glob(f"{problem.slug}-*.json"):
                    if stale != path and len(stale.stem) == len(name):
                        stale.unlink(missing_ok=True)
            except Exception as exc:  # a disk, or a value, that cannot be kept costs speed only
                log.warning("cannot keep the suite of %s on disk: %s", problem.slug, exc)
            finally:
                if temporary is not None:
                    Path(temporary).unlink(missing_ok=True)
        return suite
