"""The backup and restore steps of docs/operations.md, run exactly as written there (the blocks
marked `<!-- tested: NAME -->`, read from the page): a database with submissions is backed
up while the judge has it open, wiped, restored from the copy, and every submission is back,
on SQLite and on PostgreSQL (the host's form; the compose form, which needs the images, is
checked for its shell syntax)."""

import os
import re
import stat
import subprocess
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.engine import make_url

from judge.service import accounts
from judge.service.store.db import make_engine
from judge.service.store.migrate import open_database
from judge.service.store.models import Status, Submission, SubmissionEvent

from .conftest import ROOT

OPERATIONS = ROOT / "docs" / "operations.md"
TESTED = re.compile(r"<!-- tested: ([\w-]+) -->\n```sh\n(.*?)```", re.DOTALL)


def _blocks() -> dict[str, str]:
    return dict(TESTED.findall(OPERATIONS.read_text()))


def _run(folder: Path, step: str, fails: bool = False, **env: str) -> None:
    """The page's names block, then the step's, in bash from `folder`, stopping at the first
    failure (as pasted, line by line, a shell would go on: the steps are written to be safe
    either way)."""
    blocks = _blocks()
    script = blocks["names"] + blocks[step]
    done = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=folder,
                          env=os.environ | env, capture_output=True, text=True, timeout=120)
    assert (done.returncode != 0) == fails, (step, done.stdout, done.stderr)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _fill(sessions) -> list[dict]:
    """Two users' submissions, finished and not, with their progress events; all of them as
    rows."""
    with sessions.begin() as session:
        users = [accounts.register(session, name, "correct horse") for name in ("ada", "bob")]
        for n in range(12):
            submission = Submission(
                user_id=users[n % 2].id, problem_slug="insert-positions",
                code=f"def insert_positions(nums, queries):\n    return [{n}] * len(queries)\n",
                status=Status.done if n % 3 else Status.queued,
                verdict="Wrong Answer" if n % 3 else None,
                result={"tests": [{"name": "sample", "passed": False}]} if n % 3 else None)
            session.add(submission)
            session.flush()
            session.add(SubmissionEvent(submission_id=submission.id, attempt=1, kind="test",
                                        data={"index": n}))
    return _rows(sessions)


def _rows(sessions) -> list[dict]:
    with sessions() as session:
        return [dict(row) for row in session.execute(
            select(Submission.__table__).order_by(Submission.id)).mappings()]


def _wipe(sessions) -> None:
    with sessions.begin() as session:
        session.query(SubmissionEvent).delete()
        session.query(Submission).delete()
    assert _rows(sessions) == []


def _the_copy(folder: Path, suffix: str) -> Path:
    backups = folder / "backups"
    assert _mode(backups) == 0o700
    (copy,) = backups.glob(f"judge-*{suffix}")
    assert _mode(copy) == 0o600  # accounts and everyone's code: its owner's alone
    return copy


def test_sqlite_backup_and_restore_as_the_operations_guide_says(tmp_path: Path) -> None:
    database = tmp_path / "data" / "judge.db"
    engine, sessions = open_database(f"sqlite:///{database}")
    try:
        before = _fill(sessions)
        # the judge still has it open: the latest writes are in the WAL, not yet in judge.db
        assert Path(f"{database}-wal").stat().st_size > 0
        _run(tmp_path, "sqlite-backup")
        _the_copy(tmp_path, ".db")
        _wipe(sessions)
    finally:
        engine.dispose()  # the judge stopped, as the restore asks

    # no copy to restore: nothing is moved
    (tmp_path / "backups").rename(tmp_path / "elsewhere")
    _run(tmp_path, "sqlite-restore", fails=True)
    assert database.exists() and not list(tmp_path.glob("data/judge.db.replaced-*"))
    (tmp_path / "elsewhere").rename(tmp_path / "backups")

    _run(tmp_path, "sqlite-restore")
    assert _mode(database) == 0o600
    (replaced,) = tmp_path.glob("data/judge.db.replaced-*")
    assert _mode(replaced) == 0o700 and (replaced / "judge.db").exists()
    engine, sessions = open_database(f"sqlite:///{database}")
    try:
        assert _rows(sessions) == before
        with sessions() as session:
            assert session.query(SubmissionEvent).count() == len(before)
    finally:
        engine.dispose()


def test_postgres_backup_and_restore_as_the_operations_guide_says(tmp_path: Path,
                                                                   postgres_url: str) -> None:
    # as an operator sets it: postgresql://, which pg_dump reads as well as the judge
    url = make_url(postgres_url).set(drivername="postgresql").render_as_string(
        hide_password=False)
    engine, sessions = open_database(url)
    try:
        before = _fill(sessions)
        _run(tmp_path, "postgres-backup", JUDGE_DATABASE_URL=url)
        _the_copy(tmp_path, ".dump")
        _wipe(sessions)
        # and what a newer version would have added since: the restore takes it away too
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "CREATE TABLE newer (user_id INTEGER REFERENCES users (id))")
    finally:
        engine.dispose()

    _run(tmp_path, "postgres-restore", JUDGE_DATABASE_URL=url)
    engine, sessions = open_database(url)
    try:
        assert _rows(sessions) == before
        assert "newer" not in inspect(engine).get_table_names()
        with sessions() as session:
            assert session.query(SubmissionEvent).count() == len(before)
    finally:
        engine.dispose()
    # a copy cut short (the newest, so the one restored): the database stays as it was
    whole = _the_copy(tmp_path, ".dump")
    cut = tmp_path / "backups" / "judge-9999-12-31T000000Z.dump"
    cut.write_bytes(whole.read_bytes()[:whole.stat().st_size // 2])
    _run(tmp_path, "postgres-restore", fails=True, JUDGE_DATABASE_URL=url)
    assert _count(url) == len(before)
    cut.unlink()
    # a second round, on the database the first restore made
    _run(tmp_path, "postgres-backup", JUDGE_DATABASE_URL=url)
    _run(tmp_path, "postgres-restore", JUDGE_DATABASE_URL=url)
    assert _count(url) == len(before)


def _count(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql("SELECT count(*) FROM submissions").scalar()
    finally:
        engine.dispose()


def test_every_backup_block_of_the_guide_is_valid_shell() -> None:
    """The compose blocks cannot run here (no images without a registry): bash reads them at
    least, as it reads the ones run above."""
    text = OPERATIONS.read_text()
    section = text[text.index("## Backups"):text.index("## Upgrades")]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 7 and set(_blocks()) == {"names", "sqlite-backup", "sqlite-restore",
                                                   "postgres-backup", "postgres-restore"}
    for block in blocks:
        checked = subprocess.run(["bash", "-n", "-c", block], capture_output=True, text=True)
        assert checked.returncode == 0, (block, checked.stderr)
