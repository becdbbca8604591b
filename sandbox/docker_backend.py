"""The `docker` backend: one fresh container per session, from the runtime image.

No network, read-only root, a size-capped /tmp, the nobody user, every capability dropped,
no-new-privileges, memory without swap, a CPU share, a process cap and a clean environment.
The harness source is passed on the command line, so the image holds only Python and the
numeric libraries. We attach to the container before starting it, or early output is lost.
"""

import os
import socket
import struct
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .base import SANDBOX_ENV, Backend, Session, SessionReport, harness_source
from .cgroups import read_cpu_seconds
from .errors import SandboxUnavailable
from .image import runtime_image_tag
from .limits import Limits

LABEL = "mle-judge.sandbox"
OWNER_LABEL = "mle-judge.owner"
"""The pid of the process that started the container, to tell whose it is."""
HOST_LABEL = "mle-judge.host"
"""The host name of that process: a pid means something on its own host only."""

_removals = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sandbox-removal")
"""Containers of finished sessions are killed and removed here, after the verdict: the
grade never waits for it (a container left by a dead process is reaped on the next start)."""


def _cgroup_dirs(container: str, controller: str) -> list[Path]:
    """Where this host keeps a container's cgroup (v1 per controller, v2 unified)."""
    return [Path(f"/sys/fs/cgroup/{controller}/docker/{container}"),
            Path(f"/sys/fs/cgroup/docker/{container}"),
            Path(f"/sys/fs/cgroup/system.slice/docker-{container}.scope")]


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
        host_config = api.create_host_config(
            network_mode="none",
            read_only=True,
            tmpfs={"/tmp": f"rw,nosuid,nodev,noexec,size={limits.tmpfs_bytes},mode=1777"},
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            mem_limit=limits.memory_bytes,
            memswap_limit=limits.memory_bytes,
            nano_cpus=int(limits.cpus * 1e9),
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
                image, command=["python3", "-I", "-B", "-c", harness_source()],
                stdin_open=True, tty=False, user="65534:65534", environment=dict(SANDBOX_ENV),
                working_dir="/tmp", network_disabled=True, host_config=host_config,
                labels={LABEL: "1", OWNER_LABEL: str(os.getpid()),
                        HOST_LABEL: socket.gethostname()},
            )["Id"]
            self.socket = api.attach_socket(
                self.container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            api.start(self.container)
        except docker.errors.DockerException as exc:
            self._remove()
            raise SandboxUnavailable(f"could not start a sandbox container: {exc}") from None
        self.raw = getattr(self.socket, "_sock", self.socket)
        self._cpu_dir: Path | None = None
        self._reader = threading.Thread(target=self._demux, daemon=True)
        self._reader.start()

    def _demux(self) -> None:
        """Splits Docker's multiplexed stream: 1 is the channel, 2 the process's own stderr."""
        buffer = bytearray()
        try:
            while chunk := self.raw.recv(1 << 16):
                buffer.extend(chunk)
                while len(buffer) >= 8:
                    kind, size = buffer[0], struct.unpack_from(">I", buffer, 4)[0]
                    if len(buffer) < 8 + size:
                        break
                    payload = bytes(buffer[8:8 + size])
                    del buffer[:8 + size]
                    (self.frames.feed if kind == 1 else self.stderr.feed)(payload)
        except OSError:
            pass
        finally:
            self.frames.close()

    def _write(self, data: bytes) -> None:
        self.raw.sendall(data)

    def cpu_seconds(self) -> float | None:
        if self._cpu_dir is not None:
            return read_cpu_seconds(self._cpu_dir)
        for path in _cgroup_dirs(self.container, "cpuacct"):
            value = read_cpu_seconds(path)
            if value is not None:
                self._cpu_dir = path  # found once: every call of a grade reads it
                return value
        return None

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
            # report is ready now and the container goes in the background.
            report = self._measured(None, False, self._peak_memory())
            _removals.submit(self._stop_and_remove)
            return report
        return self._stop_and_remove()

    def _stop_and_remove(self) -> SessionReport:
        import docker.errors

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
        try:  # unblocks the reader thread at once, rather than when the stream winds down
            self.raw.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            self.socket.close()
        except OSError:
            pass
        self._reader.join(timeout=2)
        self._remove()
        return self._measured(exit_code, oom, peak)


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

    def __init__(self, image: str | None = None) -> None:
        self.image = image or runtime_image_tag()
        self._client = None

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
                all=True, filters={"label": [LABEL, f"{HOST_LABEL}={socket.gethostname()}"]})
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
        reason = self.unavailable_reason()
        if reason:
            raise SandboxUnavailable(f"the docker sandbox cannot run: {reason}")
        return DockerSession(self.client(), self.image, limits)
