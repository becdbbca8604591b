"""Three `judge worker` processes, standing in for three grading hosts, on one PostgreSQL:
each of a few hundred submissions is graded exactly once and every worker takes a share; then
a worker killed with SIGKILL mid-grade has its submission finished by the others once its
lease runs out, and leaves no sandbox process behind (its cgroups, as root, a reaper
removes).

Real processes, a real sandbox (bubblewrap: far cheaper per grade than Docker, and the queue
works the same whatever grades), submissions queued by the service's own admission code. The
waits are generous and nothing is timed: CI machines are loaded. One test, so the workers
start once (they cost seconds each)."""

import os
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from judge.service.store.migrate import open_database
from judge.service.store.models import Status, Submission, SubmissionEvent
from sandbox.cgroups import owner_prefix, sandbox_cgroups
from sandbox.local import LocalBackend
from testkit.workers import mix, queue, rows, running_workers, wait_done

SUBMISSIONS = 300
LEASE_SECONDS = 4.0
"""Short, so the killed worker's submission is handed on soon; still some 40 times a grade
of the mix (about 0.1 s), and renewed every third of it while a grade runs."""
SLEEPER = ("import time\ntime.sleep(3)\n"
           + (Path(__file__).resolve().parents[2] / "problems" / "insert-positions"
              / "reference.py").read_text())
"""Right, but three seconds loading: sure to be mid-grade when it is found running. The
sleep is at load, whose limit (20 s, judge/grading/run/grader.py) it is far within on any
machine, timed by CPU or by wall clock."""


@pytest.mark.usefixtures("local_backend")
def test_three_workers_grade_each_once_and_finish_a_killed_workers_grade(
        postgres_url: str, tmp_path: Path) -> None:
    engine, sessions = open_database(postgres_url)  # migrated before the workers start
    try:
        with running_workers(3, tmp_path, postgres_url, "local",
                             lease_seconds=LEASE_SECONDS) as workers:
            _each_graded_once(sessions, workers)
            _killed_mid_grade(sessions, workers)
    finally:
        engine.dispose()


def _each_graded_once(sessions, workers) -> None:
    """SUBMISSIONS queued at once: each done once, right, in one worker's log; all share."""
    expected = queue(sessions, mix(SUBMISSIONS), "samples")
    assert len(expected) == SUBMISSIONS
    wait_done(sessions, expected, timeout=600, workers=workers)

    for submission_id, row in rows(sessions, expected).items():
        assert (row.status, row.attempts, row.verdict) == (
            Status.done, 1, expected[submission_id]), submission_id
    assert set(expected.values()) == {"Accepted", "Wrong Answer", "Compilation Error"}

    graded = [[i for i, _ in worker.graded()] for worker in workers]
    everyone = [i for ids in graded for i in ids]
    assert sorted(everyone) == sorted(expected)  # each id in exactly one worker's lines
    assert all(ids for ids in graded), [len(ids) for ids in graded]
    verdicts = {i: verdict for worker in workers for i, verdict in worker.graded()}
    assert verdicts == expected


def _killed_mid_grade(sessions, workers) -> None:
    """The worker grading the sleeper is killed; the others finish it after its lease."""
    (sleeper,) = queue(sessions, [(SLEEPER, "Accepted")], "samples", users=1)
    owner = _owner_once_running(sessions, sleeper)
    (victim,) = [w for w in workers if w.pid == _pid(owner)]
    sandboxes = _descendants(victim.pid)
    assert sandboxes, "the worker grading has no sandbox process"
    victim.kill()
    assert victim.process.returncode == -signal.SIGKILL
    try:
        _finished_by_the_others(sessions, workers, victim, sleeper, sandboxes)
    finally:
        # what it did leave, as root: its sandboxes' cgroups, empty; a reaper removes them
        LocalBackend().reap()
    assert [name for name in sandbox_cgroups()
            if name.startswith(owner_prefix(victim.pid))] == []


def _finished_by_the_others(sessions, workers, victim, sleeper: int, sandboxes) -> None:
    survivors = [w for w in workers if w is not victim]
    wait_done(sessions, [sleeper], timeout=300, workers=survivors)
    row = rows(sessions, [sleeper])[sleeper]
    assert (row.verdict, row.attempts, row.lease_owner) == ("Accepted", 2, None)
    assert sum(sleeper in dict(w.graded()) for w in survivors) == 1
    assert sleeper not in dict(victim.graded())
    with sessions() as session:
        kinds = session.execute(
            select(SubmissionEvent.kind, func.count()).where(
                SubmissionEvent.submission_id == sleeper).group_by(SubmissionEvent.kind)).all()
    assert dict(kinds)["started"] == 2 and dict(kinds)["finished"] == 1

    # bubblewrap dies with its parent: nothing the killed worker started is left running
    assert [p for p in sandboxes if _alive(*p)] == []


def _owner_once_running(sessions, submission_id: int, timeout: float = 300) -> str:
    deadline = time.monotonic() + timeout
    while True:
        with sessions() as session:
            status, owner = session.execute(
                select(Submission.status, Submission.lease_owner)
                .where(Submission.id == submission_id)).one()
        if status == Status.running and owner:
            return owner
        assert status == Status.queued, f"submission {submission_id} {status} before seen"
        assert time.monotonic() < deadline, "no worker claimed the submission"
        time.sleep(0.05)


def _pid(worker_name: str) -> int:
    """The process id in a worker's name: host:pid:index:suffix (judge/service/worker.py)."""
    return int(worker_name.rsplit(":", 3)[1])


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, start time) of a live process, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    if fields[0] == "Z":  # exited, not yet waited for: gone for our purpose
        return None
    return int(fields[1]), int(fields[19])


def _descendants(root: int) -> list[tuple[int, int]]:
    """(pid, start time) of every process below `root`."""
    parents: dict[int, list[tuple[int, int]]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _stat(int(entry))) is not None:
            parents.setdefault(stat[0], []).append((int(entry), stat[1]))
    out, todo = [], [root]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child[0])
    return out


def _alive(pid: int, started: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[1] == started  # the same process, not a reused pid
