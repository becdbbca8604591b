"""Picks the sandbox backend: `docker` where the engine and image answer, else `local`; and,
for long-running processes, keeps it behind a warm pool."""

import threading

from .base import Backend
from .docker import DockerBackend
from .errors import SandboxUnavailable
from .local import LocalBackend
from .pool import WarmPool


def select_backend(choice: str, docker_image: str) -> Backend:
    """`choice` is auto, docker or local; `docker_image` the runtime image Docker runs."""
    docker = DockerBackend(docker_image)
    local = LocalBackend()
    if choice == "docker":
        candidates: list[Backend] = [docker]
    elif choice == "local":
        candidates = [local]
    elif choice == "auto":
        candidates = [docker, local]
    else:
        raise SandboxUnavailable(f"unknown sandbox {choice!r}: use auto, docker or local")
    reasons = []
    for backend in candidates:
        reason = backend.unavailable_reason()
        if reason is None:
            return backend
        reasons.append(f"{backend.name}: {reason}")
    raise SandboxUnavailable("no sandbox can run here (" + "; ".join(reasons) + ")")


class PooledBackends:
    """A backend factory for a long-running process (the workers of `judge serve` and
    `judge worker`): the backend `select_backend` picks, behind one warm pool of `size`
    sandboxes per profile, shared by every worker of the process. It selects again when the
    backend it holds stops answering (an `auto` machine whose Docker engine went away)."""

    def __init__(self, choice: str, docker_image: str, size: int, idle_seconds: float) -> None:
        self.choice = choice
        self.docker_image = docker_image
        self.size = size
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._current: Backend | None = None
        self._profiles: tuple[tuple[str, ...], ...] = ()

    def warm(self, *profiles: tuple[str, ...]) -> None:
        """The profiles to start filling as soon as a backend is selected."""
        self._profiles = tuple(profiles)

    def __call__(self) -> Backend:
        with self._lock:
            if self._current is not None and self._current.unavailable_reason() is None:
                return self._current
            self.close()
            backend = select_backend(self.choice, self.docker_image)  # SandboxUnavailable
            if self.size > 0:
                pool = WarmPool(backend, self.size, self.idle_seconds)
                pool.warm(*self._profiles)
                backend = pool
            self._current = backend
            return backend

    def pool(self) -> WarmPool | None:
        """The warm pool in use, if any (for the metrics)."""
        current = self._current
        return current if isinstance(current, WarmPool) else None

    def close(self) -> None:
        if isinstance(self._current, WarmPool):
            self._current.close()
        self._current = None
