"""A real service for end-to-end tests: `judge serve` and `judge worker` processes in a data
folder of their own, grading in Docker, and the `judge` CLI run against them."""

import os
import signal
import subprocess
import time
from pathlib import Path

from testkit.processes import JUDGE, ROOT, free_port, stop_group, wait_healthy


class Service:
    """A data folder, a config folder and the processes running against them."""

    def __init__(self, tmp_path: Path, database_url: str | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ, COLUMNS="120", JUDGE_DATA_DIR=str(tmp_path / "data"),
                        JUDGE_CONFIG_DIR=str(tmp_path / "config"), JUDGE_SERVER=self.url,
                        JUDGE_SANDBOX="docker", JUDGE_LEASE_SECONDS="3",
                        JUDGE_PASSWORD="correct horse battery")
        if database_url:
            self.env["JUDGE_DATABASE_URL"] = database_url
        self.logs = tmp_path
        self.processes: list[subprocess.Popen] = []

    def start(self, *args: str, name: str) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")
        process = subprocess.Popen([*JUDGE, *args], cwd=ROOT, env=self.env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.processes.append(process)
        return process

    def serve(self, workers: int) -> subprocess.Popen:
        process = self.start("serve", "--port", str(self.port), "--workers", str(workers),
                             name="serve")
        wait_healthy(self.url, process, self.logs / "serve.log", timeout=60)
        return process

    def judge(self, *args: str, config: str = "config") -> subprocess.CompletedProcess:
        """Runs the CLI as the user whose config folder is `config`."""
        env = dict(self.env, JUDGE_CONFIG_DIR=str(self.logs / config))
        return subprocess.run([*JUDGE, *args], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=300)

    def sandboxes(self, process: subprocess.Popen) -> list[dict]:
        """The sandbox containers a judge process started that are still there, running or
        not (the engine's view: its labels name the process)."""
        import docker

        from sandbox.docker import HOST_LABEL, LABEL, OWNER_LABEL
        from sandbox.owners import pid_space

        client = docker.from_env()
        try:
            return client.api.containers(all=True, filters={"label": [
                LABEL, f"{OWNER_LABEL}={process.pid}", f"{HOST_LABEL}={pid_space()}"]})
        finally:
            client.close()

    def wait_for_sandboxes(self, process: subprocess.Popen, count: int,
                           timeout: float = 120) -> None:
        """Until the process has `count` sandboxes running: its warm pool's (it starts
        filling it, a profile of problems at a time, as its workers start)."""
        deadline = time.monotonic() + timeout
        while sum(c["State"] == "running" for c in self.sandboxes(process)) < count:
            assert process.poll() is None, "the process ended"
            assert time.monotonic() < deadline, "no warm sandbox"
            time.sleep(0.2)

    def stop(self, process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
        stop_group(process, sig)

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(30)
