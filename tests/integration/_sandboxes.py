"""Helpers for the integration tests: find sandbox leftovers, run code in a sandbox directly."""

import json
from pathlib import Path

from sandbox.base import Backend
from sandbox.docker_backend import LABEL
from sandbox.limits import Limits

HARNESS_MARK = b"The in-sandbox harness"
CGROUP_DIRS = (Path("/sys/fs/cgroup/memory"), Path("/sys/fs/cgroup/pids"), Path("/sys/fs/cgroup"))


def harness_pids() -> set[int]:
    """Processes on this machine running the harness (with its source on the command line)."""
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if HARNESS_MARK in (entry / "cmdline").read_bytes():
                pids.add(int(entry.name))
        except OSError:
            pass
    return pids


def judge_cgroups() -> set[str]:
    found = set()
    for top in CGROUP_DIRS:
        try:
            found |= {str(p) for p in top.glob("judge-*") if p.is_dir()}
        except OSError:
            pass
    return found


def sandbox_containers(backend) -> set[str]:
    client = backend.client()
    return {c["Id"] for c in client.api.containers(all=True, filters={"label": LABEL})}


def probe(backend: Backend, code: str, limits: Limits | None = None, timeout: float = 30):
    """Loads `code` (defining f()) in a fresh sandbox, calls f(), returns its JSON-decoded
    return value (f returns json.dumps(...)), and the session's report."""
    with backend.open(limits or Limits()) as session:
        loaded = session.request({"op": "load", "kind": "function", "code": code,
                                  "entry": "f"}, 20)
        assert loaded.get("ok") is True, loaded
        reply = session.request({"op": "call", "args": []}, timeout)
        assert reply.get("ok") is True, reply
        value = reply["value"]
        assert isinstance(value, str), reply
    return json.loads(value), session.close()
