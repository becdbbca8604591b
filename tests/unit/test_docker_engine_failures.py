"""A slow or failing Docker engine is a sandbox that cannot be had, never a traceback: the SDK
lets its HTTP library's errors through (a read timeout on a loaded host is a `requests`
error, not a `DockerException`), and every call to the engine counts them as its own."""

import threading

import pytest
import requests.exceptions

from sandbox.docker.backend import DockerBackend
from sandbox.docker.session import DockerSession
from sandbox.errors import SandboxUnavailable
from sandbox.limits import Limits


class SlowApi:
    """An engine that times out on every call, as a loaded host's did."""

    base_url = "tcp://engine.invalid:2375"  # not a local socket: no channel to bind

    def create_container(self, *args, **kwargs):
        raise requests.exceptions.ReadTimeout("Read timed out. (read timeout=30)")

    def __getattr__(self, name):  # the host config, and any other call, which fails too
        def call(*args, **kwargs):
            if name == "create_host_config":
                return {}
            raise requests.exceptions.ConnectionError(f"{name}: connection refused")
        return call


class SlowClient:
    def __init__(self) -> None:
        self.api = SlowApi()

    @property
    def images(self):
        return self

    def get(self, image):
        raise requests.exceptions.ReadTimeout("Read timed out. (read timeout=30)")


def test_a_timed_out_container_start_is_an_unavailable_sandbox() -> None:
    with pytest.raises(SandboxUnavailable, match="could not start a sandbox container: Read "
                                                 "timed out"):
        DockerSession(SlowClient(), "judge-runtime:x", Limits(), {}, threading.Event())


def test_a_timed_out_engine_is_a_reason_not_a_crash(monkeypatch) -> None:
    backend = DockerBackend.__new__(DockerBackend)
    monkeypatch.setattr(backend, "client", SlowClient, raising=False)
    monkeypatch.setattr(backend, "image", "judge-runtime:x", raising=False)
    assert backend.unavailable_reason() == ("the Docker engine failed: Read timed out. "
                                            "(read timeout=30)")
