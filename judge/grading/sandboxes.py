"""Picks the sandbox backend: `docker` where the engine and image answer, else `local`."""

from sandbox.base import Backend
from sandbox.docker_backend import DockerBackend
from sandbox.errors import SandboxUnavailable
from sandbox.local import LocalBackend

from ..settings import Settings


def select_backend(choice: str, settings: Settings) -> Backend:
    docker = DockerBackend(settings.docker_image)
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
