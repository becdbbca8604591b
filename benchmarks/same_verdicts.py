"""Proof that a change to the grading core keeps its decisions: every reference, starter and
`wrong/` submission of the catalogue graded by this checkout and by an earlier commit, side
by side, with the verdict and the first failure (its test, message, input, expected, got and
the shrunk counterexample) compared.

    .venv/bin/python -m benchmarks.same_verdicts --baseline 253d352            # all problems
    .venv/bin/python -m benchmarks.same_verdicts --baseline 253d352 lru-cache  # some

The baseline runs from a git worktree of that commit, in a process of its own with the same
interpreter (the dependencies are the same). Both grade in the same sandbox (`--sandbox`,
docker by default), one after the other, never at once: a verdict must not depend on load.
Figures that measure time (a CPU time, a wall-time cap) are masked in messages, since two
runs never take the same time. Exit 1 when anything differs.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMING = re.compile(r"\d+\.\d+s\b")


def _imports():
    """The grader, repository and backend choice, under each layout the grading core has had
    (into judge/grading in commit d860f62; into rooms inside it, backend choice in sandbox/,
    after 6f98fda). The backend choice is returned as `choose(name, settings)`."""
    try:
        from judge.grading.problems import ProblemRepository
        from judge.grading.run.grader import Grader
        from sandbox.selection import select_backend as by_image

        def choose(name, settings):
            return by_image(name, settings.docker_image)
    except ImportError:
        try:
            from judge.grading.grader import Grader
            from judge.grading.sandboxes import select_backend as choose

            from judge.grading.problems import ProblemRepository
        except ImportError:
            from judge.grader import Grader
            from judge.problems import ProblemRepository
            from judge.sandboxes import select_backend as choose
    from judge.settings import Settings
    return Grader, ProblemRepository, choose, Settings


def _this_tree_only() -> None:
    """Imports `judge` from the tree on PYTHONPATH, not from the editable install of this
    checkout (whose import hook would otherwise win over the path)."""
    sys.meta_path[:] = [finder for finder in sys.meta_path
                        if "__editable__" not in getattr(finder, "__module__", "")]


def _failure(result) -> dict | None:
    failure = result.first_failure
    if failure is None:
        return None
    masked = TIMING.sub("<t>s", failure.message or "")
    return {"name": failure.name, "group": failure.group, "message": masked,
            "input": failure.input, "expected": failure.expected, "got": failure.got,
            "error": None if failure.error is None else [failure.error.type,
                                                          failure.error.message]}


def grade_catalogue(problems_dir: Path, slugs: list[str], sandbox: str) -> dict:
    """{problem/submission: {verdict, failure, counterexample}} for every submission."""
    Grader, ProblemRepository, select_backend, Settings = _imports()
    settings = Settings(problems_dir=problems_dir)
    try:  # the tests computed once per problem, where this checkout has that
        try:
            from judge.grading.run.suite import SuiteCache
        except ImportError:
            from judge.grading.suite import SuiteCache

        suites = SuiteCache()
        suite_of = lambda problem: {"suite": suites.get(problem)}  # noqa: E731
    except ImportError:
        suite_of = lambda problem: {}  # noqa: E731
    repository = ProblemRepository(problems_dir)
    if sandbox == "in-process":
        from sandbox.fake import FakeBackend, harness_handler

        backend = None
    else:
        backend = select_backend(sandbox, settings)
    out: dict = {}
    for slug in slugs or repository.slugs():
        problem = repository.get(slug)
        submissions = [("reference", problem.reference), ("starter", problem.starter)]
        submissions += [(f"wrong/{w.name}", w.code) for w in problem.wrong
                        if backend is not None or w.verdict.code not in ("TLE", "MLE")]
        grader = Grader(problem, backend, **suite_of(problem)) if backend is not None else None
        for name, code in submissions:
            started = time.monotonic()
            if backend is None:  # a fresh in-process harness per submission, on CPU time
                grader = Grader(problem, FakeBackend(harness_handler(), cpu=time.thread_time),
                                **suite_of(problem))
            result = grader.grade(code, growth="never")
            out[f"{slug}/{name}"] = {
                "verdict": result.verdict.value, "failure": _failure(result),
                "counterexample": result.counterexample, "tests": len(result.tests),
                "seconds": round(time.monotonic() - started, 3)}
            print(f"{slug}/{name}: {result.verdict.value} "
                  f"({time.monotonic() - started:.1f}s)", file=sys.stderr, flush=True)
    return out


def _run(tree: Path, slugs: list[str], sandbox: str, output: Path) -> dict:
    """One side: the code and the catalogue of `tree` (each side grades its own copy of the
    problems, whose imports follow its own layout)."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    subprocess.run([sys.executable, "-m", "benchmarks.same_verdicts", "--grade",
                    str(output), "--problems", str(tree / "problems"), "--sandbox", sandbox,
                    *slugs], cwd=tree, env=env, check=True)
    return json.loads(output.read_text())


def _worktree(commit: str, where: Path) -> Path:
    subprocess.run(["git", "worktree", "add", "--detach", str(where), commit], cwd=ROOT,
                   check=True, capture_output=True)
    # the baseline needs this script too: an old commit may not have it
    (where / "benchmarks").mkdir(exist_ok=True)
    (where / "benchmarks" / "same_verdicts.py").write_text(Path(__file__).read_text())
    return where


def compare(before: dict, after: dict) -> list[str]:
    differences = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            differences.append(f"{key}: graded on one side only")
            continue
        for field in ("verdict", "failure", "counterexample"):
            if old[field] != new[field]:
                differences.append(f"{key}: {field} differs:\n  before {old[field]}\n"
                                   f"  after  {new[field]}")
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--baseline", default="253d352", help="the commit to compare with")
    parser.add_argument("--sandbox", default="docker",
                        help="docker, local, or in-process (the harness in the grader's own "
                             "process: quick, but it skips the submissions declared TLE or "
                             "MLE, which nothing would stop)")
    parser.add_argument("--problems", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--grade", type=Path, help=argparse.SUPPRESS)  # one side's run
    parser.add_argument("--keep", type=Path, help="write both sides' results here")
    parser.add_argument("--before", type=Path,
                        help="the baseline's results from an earlier --keep, instead of "
                             "grading the baseline again")
    args = parser.parse_args()
    if args.grade:
        _this_tree_only()
        args.grade.write_text(json.dumps(grade_catalogue(args.problems, args.slugs,
                                                         args.sandbox), indent=1))
        return
    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        if args.before:
            before = json.loads(args.before.read_text())["before"]
            if args.slugs:
                before = {k: v for k, v in before.items() if k.split("/")[0] in args.slugs}
        else:
            base = _worktree(args.baseline, scratch_path / "baseline")
            try:
                before = _run(base, args.slugs, args.sandbox, scratch_path / "before.json")
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT,
                               capture_output=True)
        after = _run(ROOT, args.slugs, args.sandbox, scratch_path / "after.json")
    if args.keep:
        args.keep.write_text(json.dumps({"before": before, "after": after}, indent=1))
    differences = compare(before, after)
    seconds = [sum(r["seconds"] for r in side.values()) for side in (before, after)]
    print(f"{len(after)} submissions graded on both sides ({seconds[0]:.0f}s before, "
          f"{seconds[1]:.0f}s after); {len(differences)} difference(s)")
    for line in differences:
        print(line)
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
