"""The service's image for real (issue 17): built offline by scripts/build-image, the API and
two worker containers against a real PostgreSQL, a submission through the API graded in a
sandbox container the workers start through the host's Docker socket. Then a worker
container killed and restarted removes what its crashed run left, and both, stopped as
compose would (SIGTERM, SIGKILL after the `stop_grace_period` compose.yaml gives workers) in
the middle of a grade, hand it back, remove their sandboxes and exit by themselves."""

import json
import os
import re
import shutil
import subprocess
import tarfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from testkit.processes import free_port

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "hostile"
REFERENCE = (ROOT / "problems/insert-positions/reference.py").read_text()
SLOW = REFERENCE.replace(
    "def insert_positions(nums: list[int], queries: list[int]) -> list[int]:\n",
    "def insert_positions(nums: list[int], queries: list[int]) -> list[int]:\n"
    "    import time\n    time.sleep(0.5)\n")
"""Right, but half a second a call: its grade lasts longer than a stop lets a grade run."""
pytestmark = [pytest.mark.docker, pytest.mark.timeout(900)]


def _unavailable(reason: str) -> None:
    if os.environ.get("JUDGE_REQUIRE_SANDBOXES") == "1":
        pytest.fail(f"cannot build the service image: {reason} (JUDGE_REQUIRE_SANDBOXES=1)",
                    pytrace=False)
    pytest.skip(f"cannot build the service image: {reason}")


@pytest.fixture(scope="module")
def image(docker_backend) -> str:
    """The image, built as a deployer would (the base from Debian's packages, no registry)."""
    if os.geteuid() != 0 or not shutil.which("debootstrap"):
        _unavailable("needs root and debootstrap for the base")
    built = subprocess.run([str(ROOT / "scripts" / "build-image")], capture_output=True,
                           text=True, timeout=900)
    assert built.returncode == 0, built.stderr[-3000:]
    return built.stdout.strip().splitlines()[-1]


def _layer_files(image: str) -> Iterator[str]:
    """The path of every file in every layer of `image`, read from `docker save`'s archive
    (a tar holding each layer as a tar), streamed."""
    save = subprocess.Popen(["docker", "save", image], stdout=subprocess.PIPE)
    try:
        with tarfile.open(fileobj=save.stdout, mode="r|") as archive:
            for member in archive:
                # Docker 20's layout: <id>/layer.tar; OCI's (Docker 25 on): blobs/sha256/<id>
                if member.isfile() and (member.name.endswith("layer.tar")
                                        or member.name.startswith("blobs/")):
                    try:
                        with tarfile.open(fileobj=archive.extractfile(member),
                                          mode="r|*") as layer:
                            yield from (entry.name for entry in layer)
                    except tarfile.ReadError:
                        continue  # a manifest or the image's configuration
    finally:
        save.stdout.close()
        assert save.wait() == 0


def test_no_layer_of_the_image_keeps_the_wheels(image) -> None:
    """The wheels are installed in a build stage: a step deleting them would leave them in
    the layer that copied them (50 MB once)."""
    wheels = {path.name for path in (ROOT / ".build" / "wheels").glob("*.whl")}
    assert wheels  # what scripts/build-image downloaded for the image
    files = list(_layer_files(image))
    assert any(name.startswith("opt/judge/") for name in files)  # the layers were read
    kept = [name for name in files if name.rsplit("/", 1)[-1] in wheels]
    assert not kept, kept[:10]


class Containers:
    """Containers started here, removed at the end whatever happens (their logs kept for
    the failure message)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.ids: dict[str, str] = {}

    def run(self, image: str, name: str, *args: str, env: dict[str, str],
            options: tuple[str, ...] = ()) -> str:
        name = f"judge-test-{name}-{uuid.uuid4().hex[:8]}"
        variables = [part for key, value in env.items() for part in ("-e", f"{key}={value}")]
        started = subprocess.run(["docker", "run", "-d", "--name", name, "--network", "host",
                                  "--health-interval", "2s", "--health-start-period", "60s",
                                  *options, *variables, image, *args],
                                 check=True, capture_output=True, text=True)
        self.names.append(name)
        self.ids[name] = started.stdout.strip()
        return name

    def state(self, name: str) -> dict:
        return json.loads(subprocess.run(["docker", "inspect", "-f", "{{json .State}}", name],
                                         capture_output=True, text=True, check=True).stdout)

    def logs(self, name: str) -> str:
        return subprocess.run(["docker", "logs", name], capture_output=True,
                              text=True).stderr

    def health(self, name: str) -> str:
        return self.state(name)["Health"]["Status"]

    def stop(self, *names: str, seconds: int = 10) -> None:
        """All at once, as compose does: SIGTERM, then SIGKILL after `seconds` (`docker
        stop`'s default is compose's when a service sets no `stop_grace_period`)."""
        stopping = [subprocess.Popen(["docker", "stop", "-t", str(seconds), name],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    for name in names or self.names]
        for process in stopping:
            process.wait(120)

    def remove(self) -> None:
        if self.names:
            subprocess.run(["docker", "rm", "-f", *self.names], capture_output=True)


def _worker_stop_seconds() -> int:
    """The time compose gives a worker to stop before it kills it: compose.yaml's
    `stop_grace_period` for the service (a Go duration such as "30s" or "1m30s")."""
    import yaml

    period = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["worker"].get(
        "stop_grace_period", "10s")
    parts = re.fullmatch(r"(?:(\d+)m)?(?:(\d+)s)?", period)
    assert parts and period, f"unexpected stop_grace_period {period!r}"
    return int(parts[1] or 0) * 60 + int(parts[2] or 0)


def _sandboxes_of(*containers: str) -> set[str]:
    """The sandbox containers these worker containers started (labelled with their ids)."""
    from sandbox.docker import CONTAINER_LABEL, LABEL

    found = set()
    for container in containers:
        found |= set(subprocess.run(
            ["docker", "ps", "-aq", "--no-trunc", "--filter", f"label={LABEL}",
             "--filter", f"label={CONTAINER_LABEL}={container}"],
            capture_output=True, text=True, check=True).stdout.split())
    return found


def _wait_until(condition, timeout: float, what: str, logs=lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} within {timeout:.0f} s\n{logs()}")
        time.sleep(0.5)


def test_api_and_two_worker_containers_grade_on_postgres(image, postgres_url) -> None:
    port = free_port()
    env = {"JUDGE_DATABASE_URL": postgres_url, "JUDGE_LOG_FORMAT": "json"}
    socket_group = str(os.stat("/var/run/docker.sock").st_gid)
    containers = Containers()
    try:
        api = containers.run(image, "api", "serve", "--host", "127.0.0.1", "--workers", "0",
                             env=env | {"JUDGE_PORT": str(port)})
        workers = [containers.run(
            image, f"worker{n}", "worker",
            env=env | {"JUDGE_METRICS_PORT": str(free_port())},
            options=("--group-add", socket_group, "-v", "/sys/fs/cgroup:/sys/fs/cgroup:ro",
                     "-v", "/var/run/docker.sock:/var/run/docker.sock"))
            for n in (1, 2)]
        everyone = lambda: "\n".join(f"--- {n}\n{containers.logs(n)[-3000:]}"  # noqa: E731
                                     for n in containers.names)
        base = f"http://127.0.0.1:{port}"

        def answers() -> bool:
            try:
                return httpx.get(base + "/api/health", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        _wait_until(answers, 120, "the API did not answer", everyone)
        health = httpx.get(base + "/api/health").json()
        assert health["database"] == "ok" and health["workers"] == 0, health

        token = httpx.post(base + "/api/auth/register", json={
            "username": "ada", "password": "correct horse"}).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        codes = {
            "Accepted": REFERENCE,
            # prints a reply frame with the right answer on stdout: in a container the
            # workers' channel is the engine's attach stream, which must not believe it
            "forged": (HOSTILE / "forged_stdout_frame.py").read_text(),
        }
        ids = {}
        for label, code in codes.items():
            for _ in range(2):
                response = httpx.post(base + "/api/submissions", headers=headers, json={
                    "problem": "insert-positions", "code": code})
                assert response.status_code == 202, response.text
                ids[response.json()["id"]] = label

        def graded() -> bool:
            return all(httpx.get(f"{base}/api/submissions/{i}", headers=headers).json()[
                "status"] == "done" for i in ids)

        _wait_until(graded, 240, "the submissions were not graded", everyone)
        for submission, label in ids.items():
            body = httpx.get(f"{base}/api/submissions/{submission}", headers=headers).json()
            assert body["result"]["backend"] == "docker", body
            if label == "Accepted":
                assert body["verdict"] == "Accepted", body
            else:
                assert body["verdict"] in ("Wrong Answer", "Output Limit Exceeded"), body
        # the image's own health check, on the API and on each worker
        for name in [api, *workers]:
            _wait_until(lambda n=name: containers.health(n) == "healthy", 90,
                        f"{name} was not healthy", lambda n=name: containers.logs(n)[-3000:])
        # each submission graded once, by one of the two workers, logged as JSON lines
        graded_by = {}
        for name in workers:
            for line in containers.logs(name).splitlines():
                if line.startswith("{") and json.loads(line).get("submission_id") in ids:
                    record = json.loads(line)
                    if record["message"].endswith(("Accepted", "Wrong Answer",
                                                   "Output Limit Exceeded")):
                        assert record["submission_id"] not in graded_by, record
                        graded_by[record["submission_id"]] = name
        assert set(graded_by) == set(ids), everyone()
        worker_ids = [containers.ids[name] for name in workers]

        # a worker container crashes (SIGKILL): its warm pool stays behind, labelled with
        # the container; restarted (a new run of it: new processes), it removes them
        crashed = workers[1]
        _wait_until(lambda: _sandboxes_of(containers.ids[crashed]), 120,
                    "the worker started no warm sandbox", everyone)
        subprocess.run(["docker", "kill", crashed], check=True, capture_output=True)
        left = _sandboxes_of(containers.ids[crashed])
        assert left, "nothing was left to remove"
        subprocess.run(["docker", "start", crashed], check=True, capture_output=True)
        _wait_until(lambda: not left & _sandboxes_of(containers.ids[crashed]), 120,
                    "the restarted worker did not remove what its crashed run left", everyone)

        # stopped mid-grade as compose would: each hands back what it grades, removes its
        # sandboxes and exits by itself (0, not 137: SIGKILLed when its time was up)
        response = httpx.post(base + "/api/submissions", headers=headers, json={
            "problem": "insert-positions", "code": SLOW})
        slow = response.json()["id"]
        _wait_until(lambda: httpx.get(f"{base}/api/submissions/{slow}", headers=headers)
                    .json()["status"] == "running", 120, "the slow submission was not claimed",
                    everyone)
        containers.stop(*workers, seconds=_worker_stop_seconds())
        for name in workers:
            state = containers.state(name)
            assert (state["Status"], state["ExitCode"]) == ("exited", 0), (state, everyone())
        assert _sandboxes_of(*worker_ids) == set(), everyone()
        body = httpx.get(f"{base}/api/submissions/{slow}", headers=headers).json()
        assert (body["status"], body["attempts"]) == ("queued", 0), (body, everyone())
    finally:
        containers.stop()
        containers.remove()
        leftovers = _sandboxes_of(*containers.ids.values())
        if leftovers:
            subprocess.run(["docker", "rm", "-f", *leftovers], capture_output=True)


def _compose() -> list[str]:
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    if os.environ.get("JUDGE_REQUIRE_SANDBOXES") == "1":
        pytest.fail("no Docker Compose to check compose.yaml (JUDGE_REQUIRE_SANDBOXES=1)",
                    pytrace=False)
    pytest.skip("no Docker Compose to check compose.yaml")


def _compose_config(env: dict[str, str]) -> subprocess.CompletedProcess:
    kept = {k: v for k, v in os.environ.items()
            if k not in ("DOCKER_GID", "JUDGE_POSTGRES_PASSWORD")}
    return subprocess.run([*_compose(), "-f", str(ROOT / "compose.yaml"), "config"],
                          capture_output=True, text=True, env=kept | env, cwd=ROOT)


def test_compose_file_is_valid_and_asks_for_what_it_needs() -> None:
    import yaml

    config = _compose_config({"JUDGE_POSTGRES_PASSWORD": "s3cret", "DOCKER_GID": "999"})
    assert config.returncode == 0, config.stderr
    services = yaml.safe_load(config.stdout)["services"]
    assert set(services) == {"postgres", "api", "worker"}
    api, worker = services["api"], services["worker"]
    assert api["command"][:1] == ["serve"] and "--workers" in api["command"]
    assert api["environment"]["JUDGE_DATABASE_URL"] == (
        "postgresql://judge:s3cret@postgres:5432/judge")
    assert not any("docker.sock" in str(v) for v in api.get("volumes", []))  # grades nothing
    assert worker["command"] == ["worker"]
    assert any("/var/run/docker.sock" in str(v) for v in worker["volumes"])
    assert [str(g) for g in worker["group_add"]] == ["999"]
    assert "ports" not in worker  # a worker scales: nothing of it is published
    # time to hand its grade back and remove its sandboxes before a SIGKILL (the test above
    # stops workers with it)
    assert worker["stop_grace_period"] == "30s"
    # without the socket's group or the password it says which is missing
    for missing in ("DOCKER_GID", "JUDGE_POSTGRES_PASSWORD"):
        env = {"JUDGE_POSTGRES_PASSWORD": "s3cret", "DOCKER_GID": "999"}
        del env[missing]
        config = _compose_config(env)
        assert config.returncode != 0 and missing in config.stderr, config.stderr
