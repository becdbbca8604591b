"""Starting and stopping real `judge` processes."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGE = [sys.executable, "-c", "from judge.cli import main; main()"]
"""The judge's command line, run by this Python (whatever scripts are installed)."""


def judge_command() -> list[str]:
    """The `judge` script beside this Python (.venv/bin/judge), as a host would run it."""
    script = Path(sys.executable).with_name("judge")
    return [str(script)] if script.exists() else list(JUDGE)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    """Returns once `url`/api/health answers 200; fails (with the end of `log`) when the
    process exits first or `timeout` passes."""
    import httpx  # here: a benchmark that never starts a server need not load it

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"judge serve exited ({process.returncode}):\n"
                               + log.read_text(errors="replace")[-3000:])
        try:
            if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError("judge serve did not come up:\n" + log.read_text(errors="replace")[-3000:])


def stop_group(process: subprocess.Popen, sig: int = signal.SIGTERM,
               timeout: float = 60) -> None:
    """`sig` to the process's group (it was started in a session of its own), then SIGKILL if
    it does not end within `timeout`."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, sig)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(30)
