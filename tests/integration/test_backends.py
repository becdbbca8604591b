"""The sandbox backends for real: the reference passes, output is captured, containers are
removed, and each sandbox's isolation (network, user, read-only root, capped /tmp, hidden
project) holds, observed from inside by small probes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from sandbox.docker import flush_removals
from sandbox.limits import Limits

from ._sandboxes import probe, sandbox_containers

PROBLEM_DIR = Path(__file__).resolve().parents[2] / "problems" / "insert-positions"
HOSTILE = Path(__file__).resolve().parent.parent / "hostile"
BACKENDS = [pytest.param("local", marks=pytest.mark.bwrap, id="local"),
            pytest.param("docker", marks=pytest.mark.docker, id="docker")]
pytestmark = pytest.mark.timeout(120)

REFERENCE = (PROBLEM_DIR / "reference.py").read_text(encoding="utf-8")

# Each probe returns json.dumps(...) of what it saw from inside the sandbox.
IDENTITY = """
import json, os
def f():
    status = open("/proc/self/status").read()
    caps = [line.split()[1] for line in status.splitlines() if line.startswith("CapEff")]
    return json.dumps({"uid": os.getuid(), "euid": os.geteuid(), "gid": os.getgid(),
                       "cap_eff": caps[0] if caps else None, "cwd": os.getcwd(),
                       "env": dict(os.environ)})
"""

NETWORK = """
import json, socket
def f():
    seen = {}
    for host, port in (("127.0.0.1", 80), ("1.1.1.1", 53), ("8.8.8.8", 53)):
        try:
            socket.create_connection((host, port), timeout=1.5).close()
            seen[host] = "connected"
        except OSError as exc:
            seen[host] = "failed: %s" % exc
    try:
        socket.getaddrinfo("example.com", 443)
        seen["dns"] = "resolved"
    except OSError as exc:
        seen["dns"] = "failed: %s" % exc
    seen["interfaces"] = sorted(name for _, name in socket.if_nameindex())
    return json.dumps(seen)
"""

FILESYSTEM = """
import errno, json, os
def _try_write(path):
    try:
        with open(path, "wb") as handle:
            handle.write(b"x")
        os.unlink(path)
        return "ok"
    except OSError as exc:
        return errno.errorcode.get(exc.errno, str(exc.errno))
def f():
    out = {"writes": {p: _try_write(p) for p in ("/usr/judge-probe", "/etc/judge-probe",
                                                   "/judge-probe", "/tmp/judge-probe")}}
    chunk = b"\\x01" * (1 << 20)
    written, failure = 0, None
    for index in range(64):
        try:
            with open("/tmp/fill-%02d" % index, "wb") as handle:
                handle.write(chunk)
            written += len(chunk)
        except OSError as exc:
            failure = errno.errorcode.get(exc.errno, str(exc.errno))
            break
    out["tmp_written"] = written
    out["tmp_failure"] = failure
    return json.dumps(out)
"""

PROJECT = """
import json, os
PATHS = ["/work/main/problems", "/work/main/problems/insert-positions/cases.py",
         "/work/main/judge", "/work/main/sandbox", "/work/main/tests", "/work/main/.git",
         "/work/main/pyproject.toml", "/root/.ssh", "/var/run/docker.sock", "/run/docker.sock"]
def f():
    return json.dumps({path: os.path.exists(path) for path in PATHS})
"""

PROCESSES = """
import json, os
def f():
    return json.dumps(sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))
"""


def _backend(request, name):
    return request.getfixturevalue(f"{name}_backend")


@pytest.mark.parametrize("name", BACKENDS)
def test_reference_is_accepted(request, name, problem):
    result = Grader(problem, _backend(request, name)).grade(REFERENCE)
    assert result.verdict == Verdict.accepted, (result.verdict, result.message)
    assert result.first_failure is None
    assert len(result.tests) >= len(problem.samples) + len(problem.hidden)
    assert result.backend == name
    assert result.peak_memory_bytes is None or result.peak_memory_bytes > 0


@pytest.mark.parametrize("name", BACKENDS)
def test_stdout_is_captured(request, name, problem):
    code = REFERENCE.replace(
        "    return [lower_bound(q) for q in queries]",
        "    print('probe: %d queries' % len(queries))\n"
        "    return [lower_bound(q) for q in queries]")
    assert code != REFERENCE
    result = Grader(problem, _backend(request, name)).grade(code, samples_only=True)
    assert result.verdict == Verdict.accepted, (result.verdict, result.message)
    assert "probe: 4 queries" in result.stdout
    assert "probe: 2 queries" in result.stdout


@pytest.mark.parametrize("name", BACKENDS)
def test_runtime_error_shows_the_users_traceback(request, name, problem):
    code = "def insert_positions(nums, queries):\n    return [1 // 0]\n"
    result = Grader(problem, _backend(request, name)).grade(code)
    assert result.verdict == Verdict.runtime_error
    failure = result.first_failure
    assert failure is not None and failure.name == "sample 1"
    assert failure.error is not None and failure.error.type == "ZeroDivisionError"
    assert any(line == 2 for line, _, _ in failure.error.frames)


@pytest.mark.docker
def test_docker_container_is_removed(docker_backend, problem):
    import docker.errors

    before = sandbox_containers(docker_backend)
    result = Grader(problem, docker_backend).grade(REFERENCE, samples_only=True)
    assert result.verdict == Verdict.accepted
    flush_removals()  # removed after the verdict, in the background
    assert sandbox_containers(docker_backend) - before == set()

    session = docker_backend.open(Limits())
    container = session.container
    assert container in sandbox_containers(docker_backend)
    session.close()
    flush_removals()
    with pytest.raises(docker.errors.NotFound):
        docker_backend.client().api.inspect_container(container)
    assert container not in sandbox_containers(docker_backend)


@pytest.mark.parametrize("name", BACKENDS)
def test_sandbox_has_no_network(request, name):
    seen, _ = probe(_backend(request, name), NETWORK)
    for host in ("127.0.0.1", "1.1.1.1", "8.8.8.8"):
        assert seen[host].startswith("failed"), seen
    assert seen["dns"].startswith("failed"), seen
    assert set(seen["interfaces"]) <= {"lo"}, seen


@pytest.mark.parametrize("name", BACKENDS)
def test_sandbox_runs_as_nobody_without_capabilities(request, name):
    if name == "local" and os.geteuid() != 0:
        pytest.skip("the local sandbox switches to nobody only when the judge runs as root")
    seen, _ = probe(_backend(request, name), IDENTITY)
    assert seen["uid"] == seen["euid"] == 65534, seen
    assert seen["gid"] == 65534, seen
    assert int(seen["cap_eff"], 16) == 0, seen
    assert seen["cwd"] == "/tmp"
    # A clean environment: nothing of the judge's own leaks in.
    assert set(seen["env"]) <= {"PATH", "LANG", "HOME", "OPENBLAS_NUM_THREADS",
                                "OMP_NUM_THREADS", "MKL_NUM_THREADS", "PYTHONHASHSEED",
                                "PYTHONDONTWRITEBYTECODE", "LC_CTYPE", "HOSTNAME", "PWD"}, seen


@pytest.mark.parametrize("name", BACKENDS)
def test_root_is_read_only_and_tmp_is_capped(request, name):
    limits = Limits(tmpfs_bytes=8 << 20)
    seen, _ = probe(_backend(request, name), FILESYSTEM, limits)
    writes = seen["writes"]
    assert writes["/usr/judge-probe"] in ("EROFS", "EACCES"), seen
    assert writes["/etc/judge-probe"] in ("EROFS", "EACCES", "ENOENT"), seen
    assert writes["/judge-probe"] in ("EROFS", "EACCES"), seen
    if name == "docker":
        assert writes["/usr/judge-probe"] == "EROFS", seen  # read-only, not just permissions
    assert writes["/tmp/judge-probe"] == "ok", seen
    # /tmp is writable but capped near its size (8 MiB here), far below the 64 MiB tried.
    assert 1 << 20 <= seen["tmp_written"] <= limits.tmpfs_bytes, seen
    assert seen["tmp_failure"] in ("ENOSPC", "EFBIG", "EDQUOT"), seen


@pytest.mark.bwrap
def test_local_sandbox_cannot_see_the_project(local_backend):
    seen, _ = probe(local_backend, PROJECT)
    leaked = [path for path, exists in seen.items() if exists]
    assert leaked == [], f"visible inside the local sandbox: {leaked}"
    assert Path("/work/main/problems").exists() or Path(PROBLEM_DIR).exists()


@pytest.mark.docker
def test_docker_sandbox_cannot_see_the_project(docker_backend):
    seen, _ = probe(docker_backend, PROJECT)
    assert [path for path, exists in seen.items() if exists] == []


@pytest.mark.parametrize("name", BACKENDS)
def test_sandbox_sees_only_its_own_processes(request, name):
    pids, _ = probe(_backend(request, name), PROCESSES)
    assert 1 <= len(pids) <= 3, pids


@pytest.mark.parametrize("name", BACKENDS)
def test_process_cap(request, name):
    code = """
import json, os, time
def f():
    children, error = [], None
    for _ in range(64):
        try:
            pid = os.fork()
        except OSError as exc:
            error = type(exc).__name__
            break
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    return json.dumps({"forked": len(children), "error": error})
"""
    seen, _ = probe(_backend(request, name), code, Limits(processes=8))
    assert seen["error"] is not None and seen["forked"] < 8, seen


def test_filesystem_probe_finds_the_tests_outside_a_sandbox():
    """Control for hostile/read_filesystem.py: unsandboxed, it does find the hidden tests, so
    its Wrong Answer inside a sandbox means the sandbox hid them."""
    code = (HOSTILE / "read_filesystem.py").read_text() + "\nprint(json.dumps(found))\n"
    code = "import json\n" + code
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "HOSTILE_FS_SECONDS": "2"})
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert any("insert-positions" in path or "problems" in path for path in found), found


HASHING = """
import json, sys
def f():
    return json.dumps({"hash": hash("judge"), "randomized": sys.flags.hash_randomization,
                       "user_site": sys.flags.no_user_site, "safe_path": sys.flags.safe_path})
"""


@pytest.mark.parametrize("name", BACKENDS)
def test_string_hashes_are_the_same_in_every_sandbox(request, name):
    # PYTHONHASHSEED=0 must reach the interpreter (-I would drop it), so a submission that
    # iterates a set of strings gets the same order, and the same verdict, on every run.
    backend = _backend(request, name)
    first, _ = probe(backend, HASHING)
    second, _ = probe(backend, HASHING)
    assert first["randomized"] == 0, first
    assert first["hash"] == second["hash"], (first, second)
    assert first["user_site"] == 1 and first["safe_path"] is True, first
