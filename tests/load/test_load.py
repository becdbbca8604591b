"""The load scenario in its small size (15 submissions, 40 wrong logins, 10 event streams)
against a real `judge serve` grading in Docker. The full size is a command for a person:
`.venv/bin/python -m tests.load.run --full`."""

from pathlib import Path

import pytest

from .scenario import SMALL, run_load

pytestmark = [pytest.mark.docker, pytest.mark.load]


def test_the_service_holds_under_a_small_load(tmp_path: Path, docker_backend) -> None:
    report = run_load(tmp_path, SMALL)
    if report.failures:
        pytest.fail(report.text(), pytrace=False)
    print(report.text())  # the figures, shown with -s
