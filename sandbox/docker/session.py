"""A docker sandbox session: one fresh container from the runtime image, with no network, a
read-only root, a size-capped /tmp, the nobody user, every capability dropped,
no-new-privileges, memory without swap, a CPU share, a process cap and a clean environment.
The harness source is passed on the command line, so the image holds only Python and the
numeric libraries. We attach to the container before starting it, or early output is lost.
"""

import socket
import struct
import threading

from ..base import INTERPRETER_FLAGS, SANDBOX_ENV, Session, SessionReport, harness_source
from ..cgroups import ContainerCgroup
from ..errors import SandboxClosed, SandboxUnavailable
from ..limits import Limits
from .channel import CONNECT_SECONDS, SocketChannel, engine_is_local
from .failures import engine_failures
from .removal import remove_later


def _host_config(api, limits: Limits, binds: dict):
    from docker.types import Ulimit

    return api.create_host_config(
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


class DockerSession(Session):
    def __init__(self, client, image: str, limits: Limits, labels: dict[str, str],
                 stopping: threading.Event) -> None:
        super().__init__()
        self.client = client
        self._stopping = stopping
        """Set when the process is stopping: the container goes at once, not in the
        background after the grade (the process may not live to see that)."""
        api = client.api
        self._cgroup: ContainerCgroup | None = None
        self._channel: SocketChannel | None = None
        """The socket channel, where the engine is on this host; else the attach stream."""
        self._ended = threading.Event()
        command = ["python3", *INTERPRETER_FLAGS, "-c", harness_source()]
        binds = {}
        if engine_is_local(client):
            self._channel = SocketChannel()
            binds = self._channel.bind()
            command.append(self._channel.path_inside())
        try:
            self.container = api.create_container(
                image, command=command,
                stdin_open=True, tty=False, user="65534:65534", environment=dict(SANDBOX_ENV),
                working_dir="/tmp", network_disabled=True,
                host_config=_host_config(api, limits, binds), labels=labels,
            )["Id"]
            self._cgroup = ContainerCgroup(self.container)
            self.socket = api.attach_socket(
                self.container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            api.start(self.container)
        except engine_failures() as exc:
            self._remove()
            self._close_channel()
            self.park()
            raise SandboxUnavailable(f"could not start a sandbox container: {exc}") from None
        self.raw = getattr(self.socket, "_sock", self.socket)
        self._reader = threading.Thread(target=self._demux, daemon=True)
        self._reader.start()

    # ------------------------------------------------------------------ channel
    def _demux(self) -> None:
        """Splits Docker's multiplexed stream: 1 is the channel (unless the socket is), 2 the
        process's own stderr."""
        buffer = bytearray()
        frames = self.frames.feed if self._channel is None else self.stderr.feed
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
            if self._channel is None:
                self.frames.close()

    def _connected(self, timeout: float = CONNECT_SECONDS) -> bool:
        """The harness's connection on the socket channel, accepted once; False (and no
        more frames) when the process ended, or never connected, first."""
        if self._channel.connection is None:
            if not self._channel.accept(self._ended, timeout):
                self.frames.close()
                return False
            self.channel_fd = self._channel.connection.fileno()
        return True

    def _close_channel(self) -> None:
        if self._channel is not None:
            self._channel.close()

    @property
    def alive(self) -> bool:
        if self._channel is not None and self._channel.connection is None:
            return not self._ended.is_set() and not self.frames.closed
        return super().alive

    def receive(self, timeout: float) -> dict:
        if self._channel is not None and not self._connected(timeout):
            raise SandboxClosed("the sandbox never opened its channel")
        return super().receive(timeout)

    def _write(self, data: bytes) -> None:
        if self._channel is None:
            self.raw.sendall(data)
        elif self._connected():
            self._channel.connection.sendall(data)
        else:
            raise BrokenPipeError("the sandbox never opened its channel")

    # ------------------------------------------------------------------ limits and measures
    def cpu_seconds(self) -> float | None:
        return self._cgroup.cpu_seconds()

    def waiting_seconds(self) -> float | None:
        return self._cgroup.run_delay_seconds()

    def _set_cpu_shares(self, shares: int) -> None:
        """The container's CPU weight, in its cgroup where this host is the engine's, else
        through the engine's API."""
        if self._cgroup.set_cpu_shares(shares):
            return
        try:
            self.client.api.update_container(self.container, cpu_shares=shares)
        except engine_failures() as exc:
            raise SandboxUnavailable(f"could not set the sandbox's CPU weight: {exc}") from None

    def _restrict_memory(self, memory_bytes: int) -> None:
        """The container's memory limit (no swap), written to its cgroup where this host is
        the engine's (a fraction of a millisecond), else through the engine's API."""
        if self._cgroup.set_memory(memory_bytes):
            return
        try:
            self.client.api.update_container(self.container, mem_limit=memory_bytes,
                                              memswap_limit=memory_bytes)
        except engine_failures() as exc:
            raise SandboxUnavailable(f"could not lower the sandbox's memory: {exc}") from None

    def _peak_memory(self) -> int | None:
        # The cgroup's own counter when this host is the engine's (fast); else the stats API,
        # which can take most of a second.
        peak = self._cgroup.peak_memory()
        if peak is not None:
            return peak
        try:
            stats = self.client.api.stats(self.container, stream=False, one_shot=True)
            memory = stats.get("memory_stats") or {}
            return memory.get("max_usage") or memory.get("peak") or None
        except Exception:
            return None

    # ------------------------------------------------------------------ ending
    def _remove(self) -> None:
        container = getattr(self, "container", None)
        if container is not None:
            try:
                self.client.api.remove_container(container, force=True)
            except Exception:
                pass

    def _shutdown(self) -> SessionReport:
        if self._stopping.is_set():  # nothing to measure for a grade handed back: just go
            self._cgroup.close()
            self._close_channel()
            self._close_streams()
            self._remove()
            return self._measured(None, False, None)
        if self.alive:
            # It answered to the end: there is no exit status or OOM kill to learn, so the
            # report is ready now. Its processes die now; the container goes in the background.
            report = self._measured(None, False, self._peak_memory())
            killed = self._kill_now()
            remove_later(self._remove_after_kill if killed else self._stop_and_remove,
                         self._stopping)
            return report
        return self._stop_and_remove()

    def _remove_after_kill(self) -> None:
        """Its processes are dead already: one call removes the container (and stops it if
        the engine has not noticed yet)."""
        self._cgroup.close()
        self._close_streams()
        self._remove()

    def _kill_now(self) -> bool:
        """SIGKILL to every process of the container, at once, from its cgroup where this
        host is the engine's (no call to the engine, which can take seconds on a busy
        host); False where the cgroup is not readable here."""
        self._close_channel()
        return self._cgroup.kill_processes()

    def _stop_and_remove(self) -> SessionReport:
        self._cgroup.close()
        self._close_channel()

        peak = self._peak_memory()
        try:
            self.client.api.kill(self.container)
        except engine_failures():
            pass  # already stopped
        exit_code, oom = None, False
        try:
            state = self.client.api.inspect_container(self.container)["State"]
            oom = bool(state.get("OOMKilled"))
            if not state.get("Running"):
                exit_code = state.get("ExitCode")
        except engine_failures():
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
