"""The `local` backend: the harness in a subprocess under bubblewrap, with limits.

Bubblewrap gives the process its own network, PID, IPC and mount namespaces; the only things
mounted are the system's /usr, the Python runtime (its prefix and the virtual environment's)
read-only, a fresh /proc and /dev, and a size-capped /tmp. The project's files, problems/
included, are not mounted. Limits come from rlimits and, when running as root, a cgroup.

This is weaker isolation than the docker backend (same kernel, fewer layers, no seccomp
profile of Docker's): it is meant for one person grading their own code on their own machine.
"""

import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from . import cgroups
from .base import INTERPRETER_FLAGS, SANDBOX_ENV, Backend, Session, SessionReport, harness_source
from .cgroups import Cgroup
from .errors import SandboxUnavailable
from .limits import Limits
from .owners import alive, pid_namespace_id

NOBODY = 65534


def _runtime_binds() -> list[str]:
    """Read-only mounts for the system and this Python (and its packages)."""
    args: list[str] = ["--ro-bind", "/usr", "/usr"]
    for top in ("/lib", "/lib64", "/bin", "/sbin", "/lib32"):
        path = Path(top)
        if path.is_symlink():
            args += ["--symlink", os.readlink(top), top]
        elif path.is_dir():
            args += ["--ro-bind", top, top]
    seen: set[str] = set()
    for prefix in (sys.base_prefix, sys.prefix, sys.exec_prefix):
        real = os.path.realpath(prefix)
        for path in {prefix, real}:
            if path not in seen and not path.startswith("/usr/") and path != "/usr":
                seen.add(path)
                args += ["--ro-bind", path, path]
    return args


def bwrap_command(limits: Limits, python: str, source: str) -> list[str]:
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise SandboxUnavailable("bubblewrap (bwrap) is not installed")
    command = [
        bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
        "--proc", "/proc", "--dev", "/dev",
        # /tmp first: the Python prefix may itself live under /tmp, and is bound over it
        "--size", str(limits.tmpfs_bytes), "--tmpfs", "/tmp",
        *_runtime_binds(),
        # bubblewrap's root and /dev are writable tmpfs without a size: make them read-only,
        # so /tmp (capped) is the only place a submission can write
        "--remount-ro", "/dev", "--remount-ro", "/",
        "--chdir", "/tmp",
    ]
    if os.geteuid() == 0:
        command += ["--unshare-user", "--uid", str(NOBODY), "--gid", str(NOBODY),
                    "--cap-drop", "ALL"]
    for key, value in SANDBOX_ENV.items():
        command += ["--setenv", key, value]
    return command + ["--", python, *INTERPRETER_FLAGS, "-c", source]


class LocalSession(Session):
    def __init__(self, limits: Limits) -> None:
        super().__init__()
        self.cgroup = Cgroup.create(limits.memory_bytes, limits.processes)
        command = bwrap_command(limits, sys.executable, harness_source())
        try:
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                env={}, cwd="/", close_fds=True, preexec_fn=self._child_setup(limits),
            )
        except BaseException:
            if self.cgroup is not None:
                self.cgroup.destroy()
            self.park()
            raise
        self.channel_fd = self.process.stdout.fileno()  # frames: read as the grader waits
        self._threads = [
            threading.Thread(target=self._pump, args=(self.process.stderr, self.stderr.feed,
                                                      None), daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _child_setup(self, limits: Limits):
        cgroup = self.cgroup

        def setup() -> None:
            if cgroup is not None:
                cgroup.enter()
            else:
                # Without a cgroup, the data segment is the nearest rlimit to resident memory.
                resource.setrlimit(resource.RLIMIT_DATA, (limits.memory_bytes,) * 2)
                resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes,) * 2)
            resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 1))
            resource.setrlimit(resource.RLIMIT_FSIZE, (limits.output_bytes,) * 2)
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

        return setup

    @staticmethod
    def _pump(stream, feed, done) -> None:
        try:
            while chunk := stream.read1(1 << 16):
                feed(chunk)
        except (OSError, ValueError):
            pass
        finally:
            if done is not None:
                done()

    def kill(self) -> None:
        """Ends the sandbox now, from another thread: the one grading in it finds it dead and
        closes it as usual (os.kill, not Popen's, which would reap the process under it)."""
        try:
            os.kill(self.process.pid, signal.SIGKILL)  # bubblewrap: what it started dies with it
        except ProcessLookupError:
            pass

    def cpu_seconds(self) -> float | None:
        return self.cgroup.cpu_seconds() if self.cgroup is not None else None

    def waiting_seconds(self) -> float | None:
        return self.cgroup.run_delay_seconds() if self.cgroup is not None else None

    def _restrict_memory(self, memory_bytes: int) -> None:
        if self.cgroup is None:  # the data segment's rlimit was set at start, for good
            super()._restrict_memory(memory_bytes)
        self.cgroup.set_memory(memory_bytes)

    def _write(self, data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def _shutdown(self) -> SessionReport:
        peak = self.cgroup.peak_memory() if self.cgroup else None
        oom = self.cgroup.oom_killed() if self.cgroup else False
        # wait4 ourselves (not Popen.poll, which would reap the child and lose its rusage)
        pid, status, usage = os.wait4(self.process.pid, os.WNOHANG)
        exit_code = os.waitstatus_to_exitcode(status) if pid else None
        try:
            if not pid:
                self.process.kill()
                _, status, usage = os.wait4(self.process.pid, 0)
            self.process.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if self.cgroup is not None:
                self.cgroup.destroy()
        if self.cgroup is None:
            peak = usage.ru_maxrss * 1024
        for thread in self._threads:
            thread.join(timeout=2)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except (OSError, ValueError):
                pass
        return self._measured(exit_code, oom, peak)


class LocalBackend(Backend):
    name = "local"
    isolation = ("local sandbox: bubblewrap namespaces and rlimits on this machine's kernel; "
                 "weaker isolation than the docker backend")

    def unavailable_reason(self) -> str | None:
        if shutil.which("bwrap") is None:
            return "bubblewrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)"
        return None

    def __init__(self) -> None:
        self._sessions: weakref.WeakSet[LocalSession] = weakref.WeakSet()
        self._sessions_lock = threading.Lock()  # the pool's thread and the graders' open
        self._stopping = False

    def open(self, limits: Limits, modules: tuple[str, ...] = ()) -> Session:
        if self._stopping:
            raise SandboxUnavailable("the judge is stopping")
        reason = self.unavailable_reason()
        if reason:
            raise SandboxUnavailable(f"the local sandbox cannot run: {reason}")
        session = LocalSession(limits)
        with self._sessions_lock:
            self._sessions.add(session)
        if self._stopping:  # `stop` may have looked before this one started
            session.kill()
            raise SandboxUnavailable("the judge is stopping")
        return session

    def reap(self) -> int:
        """Removes the cgroups of sandboxes (as root) whose maker died: its processes died
        with it (bubblewrap's --die-with-parent), its empty cgroups did not. Only those made
        in this PID namespace: elsewhere its pid names another process, or none."""
        here, removed = pid_namespace_id(), 0
        for name, folders in cgroups.sandbox_cgroups().items():
            owner = cgroups.owner_of(name)
            if owner is not None and owner[0] == here and not alive(owner[1]):
                removed += cgroups.remove(folders)
        return removed

    def stop(self) -> int:
        """Kills every sandbox this process started and removes their cgroups; the threads
        grading in them find them dead and close them."""
        self._stopping = True
        with self._sessions_lock:
            sessions = [s for s in self._sessions if s.process.returncode is None]  # open
        for session in sessions:
            session.kill()
        prefix = cgroups.owner_prefix()
        for name, folders in cgroups.sandbox_cgroups().items():
            if name.startswith(prefix):
                cgroups.remove(folders)
        return len(sessions)
