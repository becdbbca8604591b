"""Every problem in the repository passes the linter (`judge verify`) in the sandbox."""

from pathlib import Path

import pytest

from judge.grading.codec import encode, encode_args
from judge.grading.custom_input import format_input, parse_input
from judge.grading.problems import ProblemRepository
from judge.grading.suite import SuiteCache, to_json
from judge.grading.verify import verify

ROOT = Path(__file__).resolve().parents[1]
REPOSITORY = ProblemRepository(ROOT / "problems")
SLUGS = REPOSITORY.slugs()


def test_there_are_problems() -> None:
    assert len(SLUGS) >= 7
    kinds = {REPOSITORY.get(slug).meta.kind.value for slug in SLUGS}
    assert kinds == {"function", "class", "pandas", "sql"}


@pytest.mark.docker
@pytest.mark.parametrize("slug", SLUGS)
def test_problem_verifies_in_docker(slug: str, docker_backend, tmp_path: Path) -> None:
    lines: list[str] = []
    built = SuiteCache(tmp_path)
    diag, coverage = verify(REPOSITORY, [slug], docker_backend, lines.append, built, jobs=2)
    messages = [m for node in diag.walk() for m in node.errors]
    assert diag.ok, "\n".join(lines + messages)
    assert sum(coverage.values()) >= 1
    # the tests verify computed were kept on disk, and read back exactly
    problem = REPOSITORY.get(slug)
    assert list(tmp_path.glob(f"{slug}-{problem.key}.json")), "the suite was not kept"
    kept = SuiteCache(tmp_path)
    kept._build = None  # reading the file must suffice
    assert _same_suite(built.get(problem), kept.get(problem))


def _same_suite(a, b) -> bool:
    return [(t.name, t.group, t.index, t.args_json, t.plain, to_json(encode(t.expected)))
            for t in a.tests] == [(t.name, t.group, t.index, t.args_json, t.plain,
                                   to_json(encode(t.expected))) for t in b.tests]


SCALING = [slug for slug in SLUGS if REPOSITORY.get(slug).scale is not None]


def test_most_algorithm_problems_can_scale_their_inputs() -> None:
    algorithms = [s for s in SLUGS if REPOSITORY.get(s).meta.category == "algorithms"]
    assert len([s for s in SCALING if s in algorithms]) >= 0.8 * len(algorithms)


@pytest.mark.parametrize("slug", SCALING)
def test_scaled_inputs_are_valid_for_the_reference(slug: str) -> None:
    """The growth estimate's inputs: a tuple of arguments the reference accepts, at the
    smallest and the largest size (so sizes stay within what the problem can take)."""
    import random

    from judge.grading.codec import encode_args
    from judge.grading.reference import Reference

    problem = REPOSITORY.get(slug)
    reference = Reference(problem)
    sizes = problem.meta.growth.size_list()
    for n in (sizes[0], sizes[-1]):
        args = problem.scale(random.Random(n), n)
        assert isinstance(args, tuple), f"scale({n}) returned {type(args).__name__}"
        reference(encode_args(args))  # raises ProblemError if the reference rejects them


@pytest.mark.parametrize("slug", SLUGS)
def test_mutation_score_is_current_and_meets_the_bar(slug: str) -> None:
    """Every problem's kept mutation score (judge verify --mutants) was measured on its
    current files and rejects at least 95% of the reference's non-equivalent mutants. Checked
    from the kept file: nothing is graded here."""
    from judge.grading.mutation.analysis import stored_faults

    assert stored_faults(REPOSITORY.folder(slug)) == []


@pytest.mark.parametrize("slug", SLUGS)
def test_samples_read_back_as_custom_input(slug: str) -> None:
    problem = REPOSITORY.get(slug)
    for case in problem.samples:
        text = format_input(problem, case.args)
        assert encode_args(parse_input(problem, text)) == encode_args(tuple(case.args)), text
