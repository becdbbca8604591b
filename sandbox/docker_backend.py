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
from pathlib import Path

from .base import ACTIVITY, SANDBOX_ENV, Backend, Session, SessionReport, harness_source
from .cgroups import CpuClock, run_delay_seconds
from .errors import SandboxClosed, SandboxUnavailable
from .image import runtime_image_tag
from .limits import Limits

LABEL = "mle-judge.sandbox"
OWNER_LABEL = "mle-judge.owner"
"""The pid of the process that started the container, to tell whose it is."""
HOST_LABEL = "mle-judge.host"
"""Where that pid means something: the host name and the PID namespace (`pid_space()`)."""


def pid_space() -> str:
    """The host name and this process's PID namespace: a pid names one process only there. A
    worker in a container on the host's network shares the host's name but not its pids, and
    once reaped the host's running sandboxes as if their owners were dead."""
    try:
        namespace = os.readlink("/proc/self/ns/pid")  # "pid:[4026531836]"
    except OSError:
        namespace = "pid:?"
    return f"{socket.gethostname()}/{namespace}"

_removals = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sandbox-removal")
"""Containers of finished sessions are removed here, after the verdict: the grade never waits
for it (a container left by a dead process is reaped on the next start)."""
_pending: set[Future] = set()
REMOVAL_DELAY = 5.0
"""Removal waits for a moment when nothing is being graded, at most this long."""


def _remove_later(remove) -> None:
    def when_idle():
        ACTIVITY.wait_idle(REMOVAL_DELAY)
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


CHANNEL_MOUNT = "/channel"
CONNECT_SECONDS = 30.0


def _engine_is_local(client) -> bool:
    """An engine behind a Unix socket runs on this host and can bind our folders, unless this
    process is itself in a container (a worker given the host's socket): its folders are not
    the host's, so the attach stream is the channel there."""
    return (str(getattr(client.api, "base_url", "")).startswith("http+docker://")
            and not _in_a_container())


def _in_a_container() -> bool:
    return any(Path(marker).exists() for marker in ("/.dockerenv", "/run/.containerenv"))


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
    def __init__(self, client, image: str, limits: Limits) -> None:
        super().__init__()
        import docker.errors
        from docker.types import Ulimit

        self.client = client
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
                labels={LABEL: "1", OWNER_LABEL: str(os.getpid()),
                        HOST_LABEL: pid_space()},
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
        if self.alive:
            # It answered to the end: there is no exit status or OOM kill to learn, so the
            # report is ready now. Its processes die now; the container goes in the background.
            report = self._measured(None, False, self._peak_memory())
            killed = self._kill_now()
            _remove_later(self._remove_after_kill if killed else self._stop_and_remove)
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
        """SIGKILL to every process of the container, from its cgroup where this host is the
        engine's (no call to the engine); False where the cgroup is not readable here."""
        self._close_channel()
        for folder in _cgroup_dirs(self.container, "pids"):
            try:
                pids = (folder / "cgroup.procs").read_text().split()
            except OSError:
                continue
            for pid in pids:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except (ProcessLookupError, ValueError):
                    pass
            return True
        return False

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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DockerBackend(Backend):
    name = "docker"
    isolation = ("docker sandbox: a fresh container with no network, a read-only root, "
                 "no capabilities and resource limits")

    CHECK_SECONDS = 5.0
    """How long a "the engine answers and has the image" stays believed: every sandbox asking
    again cost two calls to the engine. A failed start says what is wrong anyway."""

    def __init__(self, image: str | None = None) -> None:
        self.image = image or runtime_image_tag()
        self._client = None
        self._checked_at = -self.CHECK_SECONDS

    def client(self):
        if self._client is None:
            self._client = _client()
        return self._client

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
        try:
            containers = self.client().api.containers(
                all=True, filters={"label": [LABEL, f"{HOST_LABEL}={pid_space()}"]})
        except Exception:
            return 0
        removed = 0
        for container in containers:
            owner = container.get("Labels", {}).get(OWNER_LABEL, "")
            if owner.isdigit() and not _alive(int(owner)):
                try:
                    self.client().api.remove_container(container["Id"], force=True)
                    removed += 1
                except Exception:
                    pass
        return removed

    def open(self, limits: Limits, modules: tuple[str, ...] = ()) -> Session:
        if time.monotonic() - self._checked_at >= self.CHECK_SECONDS:
            reason = self.unavailable_reason()
            if reason:
                raise SandboxUnavailable(f"the docker sandbox cannot run: {reason}")
            self._checked_at = time.monotonic()
        try:
            return DockerSession(self.client(), self.image, limits)
        except SandboxUnavailable:
            self._checked_at = -self.CHECK_SECONDS  # look again next time
            raise
