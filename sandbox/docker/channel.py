"""The channel between the grader and the harness in a container.

Where the engine runs on this host, a Unix socket of the grader's own, alone in a fresh folder
bound read-only into the container at /channel. The harness connects to it before any
submission code runs; the grader accepts that one connection, then closes the listener and
removes the folder, so nothing else can ever connect. Frames then go straight between the two
processes, a tenth of a millisecond a round trip instead of a third through the engine's
attach stream, which remains for the process's own stderr. A remote engine, or a grader in a
container of its own (neither can share our folders), gets the attach stream as the channel.
"""

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

from ..owners import in_a_container

CHANNEL_MOUNT = "/channel"
CONNECT_SECONDS = 30.0


def engine_is_local(client) -> bool:
    """An engine behind a Unix socket runs on this host and can bind our folders, unless this
    process is itself in a container (a worker given the host's socket): its folders are not
    the host's, so the attach stream is the channel there."""
    return (str(getattr(client.api, "base_url", "")).startswith("http+docker://")
            and not in_a_container())


class SocketChannel:
    """A listening socket in a fresh folder, for one connection from the container."""

    def __init__(self) -> None:
        self.folder: Path | None = Path(tempfile.mkdtemp(prefix="mle-judge-channel-"))
        self.folder.chmod(0o755)  # the sandbox's user may enter it, and write nothing in it
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(self.folder / "socket"))
        (self.folder / "socket").chmod(0o666)  # connecting needs write permission on it
        self._listener.listen(1)
        self.connection: socket.socket | None = None

    def bind(self) -> dict:
        """The folder as the container sees it (a read-only bind)."""
        return {str(self.folder): {"bind": CHANNEL_MOUNT, "mode": "ro"}}

    @staticmethod
    def path_inside() -> str:
        return f"{CHANNEL_MOUNT}/socket"

    def accept(self, ended: threading.Event, timeout: float = CONNECT_SECONDS) -> bool:
        """Accepts the harness's connection, once; False when the process ended (`ended`),
        never connected within `timeout`, or the channel was closed under us."""
        if self.connection is not None:
            return True
        deadline = time.monotonic() + timeout
        self._listener.settimeout(0.05)
        while self.connection is None:
            try:
                self.connection, _ = self._listener.accept()
            except TimeoutError:
                if ended.is_set() or time.monotonic() > deadline:
                    return False
            except OSError:  # closed under us: the session is shutting down
                return False
        self.connection.setblocking(True)
        self.close_listener()
        return True

    def close_listener(self) -> None:
        """No second connection, ever: the listener closes and its folder goes."""
        self._listener.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def close(self) -> None:
        self.close_listener()
        if self.connection is not None:
            self.connection.close()
