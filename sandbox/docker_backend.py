"""The `docker` backend: one fresh container per session, from the runtime image.

No network, read-only root, a size-capped /tmp, the nobody user, every capability dropped,
no-new-privileges, memory without swap, a CPU share, a process cap and a clean environment.
The harness source is passed on the command line, so the image holds only Python and the
numeric libraries. We attach to the container before starting it, or early output is lost.

The channel: where the engine runs on this host, a Unix socket of the grader's own, alone in
a fresh folder bound read-only into the container at /channel. The harness connects to it
before any submission code runs; the grader accepts that one connection, then closes the
listener and removes the folder, so nothing else can ever connect. Frames then go straight
between the two processes, a tenth of a millisecond a round trip instead of a third through
the engine's attach stream, which remains for the process's own stderr. A remote engine, or a
grader in a container of its own (neither can share our folders), gets the attach stream as
the channel.

Every container is labelled with its owner (`Owner`), so that whatever a process leaves behind
when it dies is removed by the next to look (`DockerBackend.reap`), and a process stopping
removes all of its own, in use or not (`DockerBackend.stop`).
"""

import os
import shutil
import signal
import socket
import struct
import tempfile
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from .base import ACTIVITY, SANDBOX_ENV, Backend, Session, SessionReport, harness_source
from .cgroups import CpuClock, run_delay_seconds
from .errors import SandboxClosed, SandboxUnavailable
from .image import runtime_image_tag
from .limits import Limits
from .owners import alive, in_a_container, own_container_id, pid_space

LABEL = "mle-judge.sandbox"
OWNER_LABEL = "mle-judge.owner"
"""The pid of the process that started the container, to tell whose it is."""
HOST_LABEL = "mle-judge.host"
"""Where that pid means something: the host name and the PID namespace (`pid_space()`)."""
CONTAINER_LABEL = "mle-judge.container"
"""The container that process runs in, if any: the engine can say whether it still runs."""
STARTED_LABEL = "mle-judge.container-started"
"""When that container started: restarted, it is a new owner (its old processes are gone)."""


@dataclass(frozen=True)
class Owner:
    """Whose sandboxes a backend starts: a process, named by its pid where that pid means
    something (`space`), and the container it runs in, if any, with the moment that
    container started."""

    pid: int
    space: str
    container: str | None = None
    started: str | None = None

    def labels(self) -> dict[str, str]:
        labels = {LABEL: "1", OWNER_LABEL: str(self.pid), HOST_LABEL: self.space}
        if self.container is not None:
            labels |= {CONTAINER_LABEL: self.container, STARTED_LABEL: self.started or ""}
        return labels

    def filters(self) -> list[str]:
        """The label filters that list this owner's sandboxes (and no one else's)."""
        return [LABEL, f"{OWNER_LABEL}={self.pid}", f"{HOST_LABEL}={self.space}"]


_removals = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sandbox-removal")
"""Containers of finished sessions are removed here, after the verdict: the grade never waits
for it (a container left by a dead process is reaped on the next start)."""
_pending: set[Future] = set()
REMOVAL_DELAY = 5.0
"""Removal waits for a moment when nothing is being graded, at most this long."""


def _remove_later(remove, hurry: threading.Event) -> None:
    def when_idle():
        deadline = time.monotonic() + REMOVAL_DELAY
        while not hurry.is_set() and (left := deadline - time.monotonic()) > 0:
            if ACTIVITY.wait_idle(min(left, 0.25)):  # in slices: `hurry` may come meanwhile
                break
        remove()

    try:
        future = _removals.submit(when_idle)
    except RuntimeError:  # the interpreter is shutting down: no thread to hand it to
        remove()
        return
    _pending.add(future)
    future.add_done_callback(_pending.discard)


def flush_removals(timeout: float = 30.0) -> None:
    """Waits until the containers of every session closed so far are gone."""
    wait(list(_pending), timeout=timeout)


def _cgroup_dirs(container: str, controller: str) -> list[Path]:
    """Where this host keeps a container's cgroup (v1 per controller, v2 unified)."""
    return [Path(f"/sys/fs/cgroup/{controller}/docker/{container}"),
            Path(f"/sys/fs/cgroup/docker/{container}"),
            Path(f"/sys/fs/cgroup/system.slice/docker-{container}.scope")]


def _kill_processes(container: str) -> bool:
    """SIGKILL to every process of a container, from its cgroup where this host is the
    engine's (no call to the engine, which can take seconds on a busy host); False where the
    cgroup is not readable here."""
    for folder in _cgroup_dirs(container, "pids"):
        try:
            pids = (folder / "cgroup.procs").read_text().split()
        except OSError:
            continue
        for pid in pids:
            if not pid.isdigit() or int(pid) <= 0:  # 0: a process outside our PID namespace
                continue  # (and os.kill(0) would be our own process group)
            try:
                os.kill(int(pid), signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        return True
    return False


CHANNEL_MOUNT = "/channel"
CONNECT_SECONDS = 30.0


def _engine_is_local(client) -> bool:
    """An engine behind a Unix socket runs on this host and can bind our folders, unless this
    process is itself in a container (a worker given the host's socket): its folders are not
    the host's, so the attach stream is the channel there."""
    return (str(getattr(client.api, "base_url", "")).startswith("http+docker://")
            and not in_a_container())


def _listening_channel() -> tuple[Path, socket.socket]:
    folder = Path(tempfile.mkdtemp(prefix="mle-judge-channel-"))
    folder.chmod(0o755)  # the sandbox's user may enter it, and write nothing in it
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(folder / "socket"))
    (folder / "socket").chmod(0o666)  # connecting needs write permission on the socket
    listener.listen(1)
    return folder, listener


def _client():
    import docker

    try:
        client = docker.from_env(timeout=30)
        client.ping()
    except Exception as exc:  # the SDK raises several types for "no engine here"
        raise SandboxUnavailable(f"no Docker engine answers: {exc}") from None
    return client


class DockerSession(Session):
    def __init__(self, client, image: str, limits: Limits, labels: dict[str, str],
                 stopping: threading.Event) -> None:
        super().__init__()
        import docker.errors
        from docker.types import Ulimit

        self.client = client
        self._stopping = stopping
        """Set when the process is stopping: the container goes at once, not in the
        background after the grade (the process may not live to see that)."""
        api = client.api
        self._cpu_clock: CpuClock | None = None
        self._channel_dir: Path | None = None
        self._listener: socket.socket | None = None
        self._channel: socket.socket | None = None
        self._ended = threading.Event()
        command = ["python3", "-I", "-B", "-c", harness_source()]
        binds = {}
        if _engine_is_local(client):
            self._channel_dir, self._listener = _listening_channel()
            binds = {str(self._channel_dir): {"bind": CHANNEL_MOUNT, "mode": "ro"}}
            command.append(f"{CHANNEL_MOUNT}/socket")
        host_config = api.create_host_config(
            binds=binds,
            log_config={"type": "none"},  # its stderr comes through the attach stream
            network_mode="none",
            read_only=True,
            tmpfs={"/tmp": f"rw,nosuid,nodev,noexec,size={limits.tmpfs_bytes},mode=1777"},
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            mem_limit=limits.memory_bytes,
            memswap_limit=limits.memory_bytes,
            nano_cpus=int(limits.cpus * 1e9),
            cpu_shares=limits.cpu_shares,
            pids_limit=limits.processes,
            ipc_mode="private",
            ulimits=[
                Ulimit(name="cpu", soft=limits.cpu_seconds, hard=limits.cpu_seconds + 1),
                Ulimit(name="fsize", soft=limits.output_bytes, hard=limits.output_bytes),
                Ulimit(name="nofile", soft=64, hard=64),
                Ulimit(name="core", soft=0, hard=0),
            ],
        )
        try:
            self.container = api.create_container(
                image, command=command,
                stdin_open=True, tty=False, user="65534:65534", environment=dict(SANDBOX_ENV),
                working_dir="/tmp", network_disabled=True, host_config=host_config,
                labels=labels,
            )["Id"]
            self.socket = api.attach_socket(
                self.container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            api.start(self.container)
        except docker.errors.DockerException as exc:
            self._remove()
            self._close_channel()
            self.park()
            raise SandboxUnavailable(f"could not start a sandbox container: {exc}") from None
        self.raw = getattr(self.socket, "_sock", self.socket)
        self._reader = threading.Thread(target=self._demux, daemon=True)
        self._reader.start()

    def _demux(self) -> None:
        """Splits Docker's multiplexed stream: 1 is the channel (unless the socket is), 2 the
        process's own stderr."""
        buffer = bytearray()
        frames = self.frames.feed if self._listener is None else self.stderr.feed
        try:
            while chunk := self.raw.recv(1 << 16):
                buffer.extend(chunk)
                while len(buffer) >= 8:
                    kind, size = buffer[0], struct.unpack_from(">I", buffer, 4)[0]
                    if len(buffer) < 8 + size:
                        break
                    payload = bytes(buffer[8:8 + size])
                    del buffer[:8 + size]
                    (frames if kind == 1 else self.stderr.feed)(payload)
        except OSError:
            pass
        finally:
            self._ended.set()
            if self._listener is None:
                self.frames.close()

    def _connected(self, timeout: float = CONNECT_SECONDS) -> bool:
        """Accepts the harness's connection on the channel socket, once; False when the
        process ended (or never connected) first."""
        if self._channel is not None or self._listener is None:
            return self._channel is not None
        deadline = time.monotonic() + timeout
        self._listener.settimeout(0.05)
        while self._channel is None:
            try:
                self._channel, _ = self._listener.accept()
            except TimeoutError:
                if self._ended.is_set() or time.monotonic() > deadline:
                    self.frames.close()
                    return False
            except OSError:  # closed under us: the session is shutting down
                self.frames.close()
                return False
        self._channel.setblocking(True)
        self.channel_fd = self._channel.fileno()
        self._close_listener()
        return True

    def _close_listener(self) -> None:
        """No second connection, ever: the listener closes and its folder goes."""
        if self._listener is not None:
            self._listener.close()
        if self._channel_dir is not None:
            shutil.rmtree(self._channel_dir, ignore_errors=True)
            self._channel_dir = None

    def _close_channel(self) -> None:
        self._close_listener()
        if self._channel is not None:
            self._channel.close()

    @property
    def alive(self) -> bool:
        if self._listener is not None and self._channel is None:
            return not self._ended.is_set() and not self.frames.closed
        return super().alive

    def receive(self, timeout: float) -> dict:
        if self._listener is not None and not self._connected(timeout):
            raise SandboxClosed("the sandbox never opened its channel")
        return super().receive(timeout)

    def _write(self, data: bytes) -> None:
        if self._listener is None:
            self.raw.sendall(data)
        elif self._connected():
            self._channel.sendall(data)
        else:
            raise BrokenPipeError("the sandbox never opened its channel")

    def cpu_seconds(self) -> float | None:
        if self._cpu_clock is None:
            for path in _cgroup_dirs(self.container, "cpuacct"):
                try:
                    self._cpu_clock = CpuClock(path)  # found once: every call reads it
                    break
                except OSError:
                    continue
            else:
                return None
        try:
            return self._cpu_clock.read()
        except (OSError, ValueError):
            return None

    def waiting_seconds(self) -> float | None:
        for folder in _cgroup_dirs(self.container, "pids"):
            if folder.is_dir():
                return run_delay_seconds(folder / "cgroup.procs")
        return None

    def _set_cpu_shares(self, shares: int) -> None:
        """The container's CPU weight, in its cgroup where this host is the engine's, else
        through the engine's API."""
        v1 = _cgroup_dirs(self.container, "cpu")[0] / "cpu.shares"
        unified = [d / "cpu.weight" for d in _cgroup_dirs(self.container, "cpu")[1:]]
        try:
            if v1.exists():
                v1.write_text(str(shares))
                return
            for path in unified:
                if path.exists():  # cgroup v2: weight 1..10000, 100 for Docker's 1024 shares
                    path.write_text(str(max(1, min(10000, round(shares * 100 / 1024)))))
                    return
        except OSError:
            pass
        import docker.errors

        try:
            self.client.api.update_container(self.container, cpu_shares=shares)
        except docker.errors.DockerException as exc:
            raise SandboxUnavailable(f"could not set the sandbox's CPU weight: {exc}") from None

    def _restrict_memory(self, memory_bytes: int) -> None:
        """The container's memory limit (no swap), written to its cgroup where this host is
        the engine's (a fraction of a millisecond), else through the engine's API."""
        v1 = _cgroup_dirs(self.container, "memory")[0]
        writes = [(v1 / "memory.limit_in_bytes", memory_bytes),
                  (v1 / "memory.memsw.limit_in_bytes", memory_bytes)]
        for unified in _cgroup_dirs(self.container, "memory")[1:]:
            if (unified / "memory.max").exists():
                writes = [(unified / "memory.max", memory_bytes),
                          (unified / "memory.swap.max", 0)]
        try:
            for path, value in writes:  # lowering: the memory limit first, then with swap
                path.write_text(str(value))
            return
        except OSError:
            pass
        import docker.errors

        try:
            self.client.api.update_container(self.container, mem_limit=memory_bytes,
                                              memswap_limit=memory_bytes)
        except docker.errors.DockerException as exc:
            raise SandboxUnavailable(f"could not lower the sandbox's memory: {exc}") from None

    def _peak_memory(self) -> int | None:
        # The cgroup's own counter when this host is the engine's (fast); else the stats API,
        # which can take most of a second.
        for path in (f"/sys/fs/cgroup/memory/docker/{self.container}/memory.max_usage_in_bytes",
                     f"/sys/fs/cgroup/docker/{self.container}/memory.peak",
                     f"/sys/fs/cgroup/system.slice/docker-{self.container}.scope/memory.peak"):
            try:
                with open(path) as handle:
                    return int(handle.read())
            except (OSError, ValueError):
                continue
        try:
            stats = self.client.api.stats(self.container, stream=False, one_shot=True)
            memory = stats.get("memory_stats") or {}
            return memory.get("max_usage") or memory.get("peak") or None
        except Exception:
            return None

    def _remove(self) -> None:
        container = getattr(self, "container", None)
        if container is not None:
            try:
                self.client.api.remove_container(container, force=True)
            except Exception:
                pass

    def _shutdown(self) -> SessionReport:
        if self._stopping.is_set():  # nothing to measure for a grade handed back: just go
            if self._cpu_clock is not None:
                self._cpu_clock.close()
            self._close_channel()
            self._close_streams()
            self._remove()
            return self._measured(None, False, None)
        if self.alive:
            # It answered to the end: there is no exit status or OOM kill to learn, so the
            # report is ready now. Its processes die now; the container goes in the background.
            report = self._measured(None, False, self._peak_memory())
            killed = self._kill_now()
            _remove_later(self._remove_after_kill if killed else self._stop_and_remove,
                          self._stopping)
            return report
        return self._stop_and_remove()

    def _remove_after_kill(self) -> None:
        """Its processes are dead already: one call removes the container (and stops it if
        the engine has not noticed yet)."""
        if self._cpu_clock is not None:
            self._cpu_clock.close()
        self._close_streams()
        self._remove()

    def _kill_now(self) -> bool:
        """SIGKILL to every process of the container, at once (see `_kill_processes`)."""
        self._close_channel()
        return _kill_processes(self.container)

    def _stop_and_remove(self) -> SessionReport:
        import docker.errors

        if self._cpu_clock is not None:
            self._cpu_clock.close()
        self._close_channel()

        peak = self._peak_memory()
        try:
            self.client.api.kill(self.container)
        except docker.errors.DockerException:
            pass  # already stopped
        exit_code, oom = None, False
        try:
            state = self.client.api.inspect_container(self.container)["State"]
            oom = bool(state.get("OOMKilled"))
            if not state.get("Running"):
                exit_code = state.get("ExitCode")
        except docker.errors.DockerException:
            pass
        self._close_streams()
        self._remove()
        return self._measured(exit_code, oom, peak)

    def _close_streams(self) -> None:
        try:  # unblocks the reader thread at once, rather than when the stream winds down
            self.raw.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            self.socket.close()
        except OSError:
            pass
        self._reader.join(timeout=2)


class DockerBackend(Backend):
    name = "docker"
    isolation = ("docker sandbox: a fresh container with no network, a read-only root, "
                 "no capabilities and resource limits")

    CHECK_SECONDS = 5.0
    """How long a "the engine answers and has the image" stays believed: every sandbox asking
    again cost two calls to the engine. A failed start says what is wrong anyway."""
    STOP_SECONDS = 5.0
    """How long `stop` keeps removing this process's containers (the engine may still be
    removing some when first asked)."""

    def __init__(self, image: str | None = None, owner: Owner | None = None) -> None:
        self.image = image or runtime_image_tag()
        self._client = None
        self._checked_at = -self.CHECK_SECONDS
        self._owner = owner
        self._stopping = threading.Event()

    def client(self):
        if self._client is None:
            self._client = _client()
        return self._client

    def owner(self) -> Owner:
        """Who this backend's sandboxes belong to: this process, and the container it runs
        in when the engine knows that container (a worker given the host's socket)."""
        if self._owner is None:
            import docker.errors

            container, started = own_container_id(), None
            if container is not None:
                try:
                    state = self.client().api.inspect_container(container)
                    container, started = state["Id"], state["State"]["StartedAt"]
                except (docker.errors.DockerException, SandboxUnavailable, KeyError):
                    container = None  # another engine runs us: the pid is all we have
            self._owner = Owner(os.getpid(), pid_space(), container, started)
        return self._owner

    def unavailable_reason(self) -> str | None:
        import docker.errors

        try:
            client = self.client()
        except SandboxUnavailable as exc:
            return str(exc)
        try:
            client.images.get(self.image)
        except docker.errors.ImageNotFound:
            return (f"the runtime image {self.image} is not built "
                    "(build it with `judge sandbox build`)")
        except docker.errors.DockerException as exc:
            return f"the Docker engine failed: {exc}"
        return None

    def reap(self) -> int:
        """Removes the sandboxes, anyone's, whose owner is gone: its container no longer runs
        (or restarted since), or its process, where its pid means something here, died."""
        try:
            listed = self.client().api.containers(all=True, filters={"label": [LABEL]})
        except Exception:
            return 0
        here, runs = pid_space(), {}
        return self._remove([c["Id"] for c in listed
                             if self._owner_gone(c.get("Labels") or {}, here, runs)])

    def _owner_gone(self, labels: dict[str, str], here: str, runs: dict) -> bool:
        container = labels.get(CONTAINER_LABEL)
        if container:
            key = (container, labels.get(STARTED_LABEL) or None)
            if key not in runs:
                runs[key] = self._container_runs(*key)
            if not runs[key]:
                return True
        # the same container run, or a process outside any: its pid tells, where it names it
        owner = labels.get(OWNER_LABEL, "")
        return labels.get(HOST_LABEL) == here and owner.isdigit() and not alive(int(owner))

    def _container_runs(self, container: str, started: str | None) -> bool:
        """Whether that container still runs, since `started`; True when the engine cannot
        say (a sandbox is left rather than a live one removed)."""
        import docker.errors

        try:
            state = self.client().api.inspect_container(container)["State"]
        except docker.errors.NotFound:
            return False
        except Exception:
            return True
        return bool(state.get("Running")) and started in (None, state.get("StartedAt"))

    def _remove(self, containers: list[str]) -> int:
        """Removes these containers, a few at a time; how many are gone or going."""
        import docker.errors

        def remove(container: str) -> bool:
            _kill_processes(container)  # at once; the engine's own kill may wait its turn
            try:
                self.client().api.remove_container(container, force=True)
            except docker.errors.NotFound:
                return False  # someone else's removal got there first
            except docker.errors.APIError as exc:
                return exc.status_code == 409  # its removal is already under way
            except Exception:
                return False
            return True

        if not containers:
            return 0
        with ThreadPoolExecutor(max_workers=min(8, len(containers)),
                                thread_name_prefix="sandbox-sweep") as removals:
            return sum(removals.map(remove, containers))

    def stop(self) -> int:
        """Removes every container this process started, in use or waiting, and opens no
        more: the process is stopping, and whatever it grades has been handed back."""
        self._stopping.set()
        if self._client is None:
            return 0  # it never reached the engine: it started nothing
        filters = {"label": self.owner().filters()}
        removed: set[str] = set()
        deadline = time.monotonic() + self.STOP_SECONDS
        while time.monotonic() < deadline:
            try:
                left = [c["Id"] for c in self.client().api.containers(all=True, filters=filters)]
            except Exception:
                break
            if not left:
                break
            if set(left) <= removed:
                time.sleep(0.1)  # the engine is still removing them
            self._remove(left)
            removed.update(left)
        return len(removed)

    def open(self, limits: Limits, modules: tuple[str, ...] = ()) -> Session:
        if self._stopping.is_set():
            raise SandboxUnavailable("the judge is stopping")
        if time.monotonic() - self._checked_at >= self.CHECK_SECONDS:
            reason = self.unavailable_reason()
            if reason:
                raise SandboxUnavailable(f"the docker sandbox cannot run: {reason}")
            self._checked_at = time.monotonic()
        try:
            session = DockerSession(self.client(), self.image, limits, self.owner().labels(),
                                    self._stopping)
        except SandboxUnavailable:
            self._checked_at = -self.CHECK_SECONDS  # look again next time
            raise
        if self._stopping.is_set():  # `stop` may have looked before this container existed
            session.close()  # removed at once, the process stopping
            raise SandboxUnavailable("the judge is stopping")
        return session
