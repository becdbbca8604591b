"""Sandboxes nobody will close: a process stopping removes all of its own at once, and those
of an owner that is gone (a killed process, a crashed or restarted container) are removed by
the next reaper to look, never those of an owner it cannot judge (a pid of another PID
namespace) or one still running."""

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sandbox import cgroups
from sandbox.docker import DockerBackend, Owner
from sandbox.errors import SandboxError, SandboxUnavailable
from sandbox.limits import Limits
from sandbox.local import LocalBackend

from ._sandboxes import harness_pids, judge_cgroups

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(180)


def _exists(backend: DockerBackend, container: str) -> bool:
    import docker.errors

    try:
        backend.client().api.inspect_container(container)
    except docker.errors.NotFound:
        return False
    return True


def _needs_root_and_unshare() -> None:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to make a PID namespace")


def _in_another_pid_namespace(code: str) -> str:
    """Runs Python `code` in a PID namespace of its own; what it printed."""
    done = subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", sys.executable, "-c",
                           code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("name", [pytest.param("local", marks=pytest.mark.bwrap),
                                  pytest.param("docker", marks=pytest.mark.docker)])
def test_a_stopping_process_removes_every_sandbox_it_started(request, name) -> None:
    """In use or waiting: `stop` removes them at once, and no more open (a process stopping
    after handing its work back)."""
    fixture = request.getfixturevalue(f"{name}_backend")
    backend = DockerBackend(fixture.image) if name == "docker" else LocalBackend()
    sessions = [backend.open(Limits()) for _ in range(2)]
    for session in sessions:
        assert session.request({"op": "hello"}, 30)["ok"] is True
    assert backend.stop() == 2
    for session in sessions:
        with pytest.raises(SandboxError):
            session.request({"op": "hello"}, 10)
        session.close()  # as the thread grading in it does, finding it dead
    with pytest.raises(SandboxUnavailable, match="stopping"):
        backend.open(Limits())
    if name == "docker":
        assert [s.container for s in sessions if _exists(backend, s.container)] == []
    else:
        assert harness_pids() == set()
        assert judge_cgroups() == set()


@pytest.mark.docker
def test_a_reaper_in_another_pid_namespace_leaves_our_sandboxes(docker_backend) -> None:
    """A worker in a container on the host's network has the host's name but pids of its
    own: our pid means nothing there, so it must not take our live sandbox for an orphan."""
    _needs_root_and_unshare()
    session = docker_backend.open(Limits())
    try:
        _in_another_pid_namespace("from sandbox.docker import DockerBackend; "
                                  f"print(DockerBackend({docker_backend.image!r}).reap())")
        assert _exists(docker_backend, session.container)
    finally:
        session.close()


@pytest.mark.docker
def test_the_reaper_removes_sandboxes_whose_owner_container_is_gone(docker_backend) -> None:
    """A worker in a container labels its sandboxes with that container; any reaper asks
    the engine: a container that restarted (its processes are new) or is gone owns nothing
    any more, one still running keeps its sandboxes."""
    api = docker_backend.client().api
    owner = api.create_container(docker_backend.image,
                                 command=["python3", "-c", "import time; time.sleep(600)"],
                                 host_config=api.create_host_config(network_mode="none"))["Id"]
    sessions = []

    def sandbox_of_the_owner():
        started = api.inspect_container(owner)["State"]["StartedAt"]
        backend = DockerBackend(docker_backend.image,
                                owner=Owner(1, "elsewhere/pid:[1]", owner, started))
        sessions.append(backend.open(Limits()))
        return sessions[-1].container

    reaper = DockerBackend(docker_backend.image)  # any worker on this engine
    try:
        api.start(owner)
        first = sandbox_of_the_owner()
        reaper.reap()
        assert _exists(reaper, first)  # its owner runs

        api.restart(owner, timeout=0)  # as a crashed worker's container is restarted
        reaper.reap()
        assert not _exists(reaper, first)

        second = sandbox_of_the_owner()  # the restarted owner's own
        reaper.reap()
        assert _exists(reaper, second)

        api.remove_container(owner, force=True)
        reaper.reap()
        assert not _exists(reaper, second)
    finally:
        api.remove_container(owner, force=True) if _exists(reaper, owner) else None
        for session in sessions:
            session.close()


OWNER = """
from sandbox.limits import Limits
from sandbox.local import LocalBackend
session = LocalBackend().open(Limits())
assert session.request({"op": "hello"}, 30)["ok"] is True
print("ready", flush=True)
import time; time.sleep(600)
"""


@pytest.mark.bwrap
def test_the_local_reaper_removes_the_cgroups_a_killed_owner_left(local_backend) -> None:
    """As root each local sandbox has a cgroup named for its maker (PID namespace and pid).
    Killed, the maker leaves it (empty: bubblewrap's processes die with it); a reaper in the
    same PID namespace removes it, one in another namespace cannot judge that pid and
    leaves it, and a live owner's cgroup stays."""
    _needs_root_and_unshare()
    victim = subprocess.Popen([sys.executable, "-c", OWNER], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert victim.stdout.readline().strip() == "ready"
    finally:
        victim.send_signal(signal.SIGKILL)
        victim.wait(30)
    prefix = cgroups.owner_prefix(victim.pid)
    left = [name for name in cgroups.sandbox_cgroups() if name.startswith(prefix)]
    assert len(left) == 1, cgroups.sandbox_cgroups()

    mine = local_backend.open(Limits())
    try:
        _in_another_pid_namespace("from sandbox.local import LocalBackend; "
                                  "print(LocalBackend().reap())")
        assert left[0] in cgroups.sandbox_cgroups()
        assert LocalBackend().reap() >= 1
        assert left[0] not in cgroups.sandbox_cgroups()
        assert judge_cgroups() != set()  # ours, in use, stays
        assert mine.request({"op": "hello"}, 30)["ok"] is True
    finally:
        mine.close()
