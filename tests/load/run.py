"""The load test as a command, for a person: `.venv/bin/python -m tests.load.run --full`
(100 submissions, 200 wrong logins, 50 streams); without --full the small version the suite
runs; --submissions/--logins/--streams for any other size. Exits 1 if anything failed."""

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

from sandbox.docker import DockerBackend

from .scenario import FULL, SMALL, run_load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.load.run", description=__doc__)
    parser.add_argument("--full", action="store_true", help="100 / 200 / 50 (default: small)")
    parser.add_argument("--submissions", type=int)
    parser.add_argument("--logins", type=int)
    parser.add_argument("--streams", type=int)
    parser.add_argument("--timeout", type=float, help="seconds for the whole scenario")
    parser.add_argument("--workers", type=int, default=2, help="grading threads (default 2)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the data folder and the server log")
    args = parser.parse_args(argv)
    size = FULL if args.full else SMALL
    size = dataclasses.replace(size, **{k: v for k, v in (
        ("submissions", args.submissions), ("logins", args.logins),
        ("streams", args.streams), ("timeout", args.timeout)) if v is not None})
    reason = DockerBackend(image=os.environ.get("JUDGE_DOCKER_IMAGE") or None
                           ).unavailable_reason()
    if reason is not None:
        print(f"the docker sandbox is unavailable: {reason}", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="judge-load-"))
    report = run_load(folder, size, args.workers)
    print(report.text())
    if args.keep or report.failures:
        print(f"server log: {folder / 'serve.log'}")
    else:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
