"""Every problem in the repository is proven by the linter (`judge verify`).

Verifying the whole catalogue in Docker takes longer than CI may, and grows with it, so each
problem keeps its verification record (`verification.json`) as it keeps its mutation score:
a test checks every record is current and passed, without grading; and a sample of problems
chosen from the commit (at least two of each category) is verified again in Docker and must
agree with its record. `JUDGE_VERIFY_SAMPLE` chooses the sample instead: slugs separated by
commas, or `all`.

What verify checks without a sandbox (samples written as a user's input read back, the
growth estimate's inputs suit the reference) is in the records too. Collecting these tests
reads each problem's folder name and problem.toml, never its cases.
"""

import ast
import os
import random
import subprocess
import tomllib
from pathlib import Path

import pytest

from judge.grading.problems import ProblemRepository
from judge.grading.problems.layout import CATEGORIES, problem_slugs
from judge.grading.run.suite import SuiteCache, to_json
from judge.grading.tools.verification import REFRESH, disagreements, load, record_faults
from judge.grading.tools.verify import verify
from judge.grading.wire.codec import encode

ROOT = Path(__file__).resolve().parents[1]
PROBLEMS = ROOT / "problems"
REPOSITORY = ProblemRepository(PROBLEMS)
SLUGS = problem_slugs(PROBLEMS)
SAMPLE_SIZE = 12
PER_CATEGORY = 2


def category(slug: str) -> str:
    return tomllib.loads((PROBLEMS / slug / "problem.toml").read_text())["category"]


def defines(slug: str, name: str) -> bool:
    """Whether the problem's cases.py defines a function `name`, read without running it."""
    tree = ast.parse((PROBLEMS / slug / "cases.py").read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef) and node.name == name for node in tree.body)


def commit_seed() -> str:
    """The checkout's commit: each commit verifies its own sample, so over many commits CI
    verifies every problem."""
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "no commit"


def verification_sample(slugs: list[str], categories: dict[str, str], seed: str,
                        size: int = SAMPLE_SIZE, per_category: int = PER_CATEGORY) -> list[str]:
    """`per_category` problems of each category, then others up to `size`, drawn with
    `seed`."""
    rng = random.Random(seed)
    chosen: list[str] = []
    for name in CATEGORIES:
        members = [slug for slug in slugs if categories[slug] == name]
        chosen += rng.sample(members, min(per_category, len(members)))
    rest = [slug for slug in slugs if slug not in chosen]
    chosen += rng.sample(rest, max(0, min(size - len(chosen), len(rest))))
    return sorted(chosen)


def chosen_sample() -> list[str]:
    wanted = os.environ.get("JUDGE_VERIFY_SAMPLE", "").strip()
    if wanted == "all":
        return SLUGS
    if wanted:
        return [slug.strip() for slug in wanted.split(",") if slug.strip()]
    return verification_sample(SLUGS, {slug: category(slug) for slug in SLUGS}, commit_seed())


SAMPLE = chosen_sample()


def test_there_are_problems() -> None:
    assert len(SLUGS) >= 7
    kinds = {tomllib.loads((PROBLEMS / slug / "problem.toml").read_text())["kind"]
             for slug in SLUGS}
    assert kinds == {"function", "class", "pandas", "sql"}


def test_every_verification_record_is_current_and_passed() -> None:
    """Nothing is graded here: the records say what `judge verify` found, and their keys say
    they were written for these files, this grading code and this runtime image."""
    faults = {slug: found for slug in SLUGS if (found := record_faults(PROBLEMS / slug))}
    lines = [f"{slug}: {'; '.join(found)}" for slug, found in faults.items()]
    assert not faults, (f"{len(faults)} problem(s) without a current, passing verification "
                        f"record; run `{REFRESH}` (or `./scripts/judge verify "
                        f"{' '.join(faults)}`) and commit what it writes:\n" + "\n".join(lines))


def test_the_sample_covers_every_category() -> None:
    categories = {slug: category(slug) for slug in SLUGS}
    for seed in ("a" * 40, "0123456789abcdef" * 2, commit_seed()):
        sample = verification_sample(SLUGS, categories, seed)
        assert len(sample) == SAMPLE_SIZE == len(set(sample))
        for name in CATEGORIES:
            assert sum(categories[slug] == name for slug in sample) >= PER_CATEGORY, name
    assert verification_sample(SLUGS, categories, "x") == verification_sample(
        SLUGS, categories, "x")


@pytest.mark.docker
@pytest.mark.parametrize("slug", SAMPLE)
def test_sampled_problem_verifies_as_recorded(slug: str, docker_backend,
                                              tmp_path: Path) -> None:
    kept = load(PROBLEMS / slug)
    assert kept is not None and not record_faults(PROBLEMS / slug), (
        f"{slug}: {record_faults(PROBLEMS / slug)}; run ./scripts/judge verify {slug}")
    lines: list[str] = []
    built = SuiteCache(tmp_path)
    diag, coverage, [fresh] = verify(REPOSITORY, [slug], docker_backend, lines.append, built,
                                     jobs=2)
    messages = [m for node in diag.walk() for m in node.errors]
    assert diag.ok, "\n".join(lines + messages)
    assert sum(coverage.values()) >= 1
    differences = disagreements(kept, fresh)
    assert not differences, (f"{slug} verifies differently from its record:\n"
                             + "\n".join(differences + lines))
    # the tests verify computed were kept on disk, and read back exactly
    problem = REPOSITORY.get(slug)
    assert list(tmp_path.glob(f"{slug}-{problem.key}.json")), "the suite was not kept"
    kept_suite = SuiteCache(tmp_path)
    kept_suite._build = None  # reading the file must suffice
    assert _same_suite(built.get(problem), kept_suite.get(problem))


def _same_suite(a, b) -> bool:
    return [(t.name, t.group, t.index, t.args_json, t.plain, to_json(encode(t.expected)))
            for t in a.tests] == [(t.name, t.group, t.index, t.args_json, t.plain,
                                   to_json(encode(t.expected))) for t in b.tests]


def test_most_algorithm_problems_can_scale_their_inputs() -> None:
    """Their growth estimates need `scale(rng, n)`; that the reference takes what it makes is
    one of verify's checks (kept in each record)."""
    algorithms = [slug for slug in SLUGS if category(slug) == "algorithms"]
    assert len([s for s in algorithms if defines(s, "scale")]) >= 0.8 * len(algorithms)


@pytest.mark.parametrize("slug", SLUGS)
def test_mutation_score_is_current_and_meets_the_bar(slug: str) -> None:
    """Every problem's kept mutation score (judge verify --mutants) was measured on its
    current files and rejects at least 95% of the reference's non-equivalent mutants. Checked
    from the kept file: nothing is graded here."""
    from judge.grading.tools.mutation.analysis import stored_faults

    assert stored_faults(REPOSITORY.folder(slug)) == []
