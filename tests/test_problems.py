"""Every problem in the repository passes the linter (`judge verify`) in the sandbox."""

from pathlib import Path

import pytest

from judge.problems import ProblemRepository
from judge.verify import verify

ROOT = Path(__file__).resolve().parents[1]
REPOSITORY = ProblemRepository(ROOT / "problems")
SLUGS = REPOSITORY.slugs()


def test_there_are_problems() -> None:
    assert len(SLUGS) >= 7
    kinds = {REPOSITORY.get(slug).meta.kind.value for slug in SLUGS}
    assert kinds == {"function", "class", "pandas", "sql"}


@pytest.mark.docker
@pytest.mark.parametrize("slug", SLUGS)
def test_problem_verifies_in_docker(slug: str, docker_backend) -> None:
    lines: list[str] = []
    diag, coverage = verify(REPOSITORY, [slug], docker_backend, lines.append)
    messages = [m for node in diag.walk() for m in node.errors]
    assert diag.ok, "\n".join(lines + messages)
    assert sum(coverage.values()) >= 1
