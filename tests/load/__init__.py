"""Load tests: a real `judge serve` on loopback, grading in Docker, under a study group's
submissions, a flood of wrong logins and many open event streams at once (issue 15).

`tests/load/test_load.py` runs a small version in the suite; the full version is a command:
`.venv/bin/python -m tests.load.run --full`."""
