"""The `docker` backend: one fresh container per session (`session.DockerSession`), from the
runtime image.

Every container is labelled with its owner (`owner.Owner`), so that whatever a process leaves
behind when it dies is removed by the next to look (`DockerBackend.reap`), and a process
stopping removes all of its own, in use or not (`DockerBackend.stop`).
"""

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from ..base import Backend, Session
from ..cgroups import ContainerCgroup
from ..errors import SandboxUnavailable
from ..image import runtime_image_tag
from ..limits import Limits
from ..owners import alive, own_container_id, pid_space
from .failures import engine_failures
from .owner import CONTAINER_LABEL, HOST_LABEL, LABEL, OWNER_LABEL, STARTED_LABEL, Owner
from .session import DockerSession


def _client():
    import docker

    try:
        client = docker.from_env(timeout=30)
        client.ping()
    except Exception as exc:  # the SDK raises several types for "no engine here"
        raise SandboxUnavailable(f"no Docker engine answers: {exc}") from None
    return client


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
            container, started = own_container_id(), None
            if container is not None:
                try:
                    state = self.client().api.inspect_container(container)
                    container, started = state["Id"], state["State"]["StartedAt"]
                except (*engine_failures(), SandboxUnavailable, KeyError):
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
        except engine_failures() as exc:
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
            ContainerCgroup(container).kill_processes()  # at once; the engine's may wait
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
