"""The service commands of the CLI where no server is needed to show the behaviour: an
unreachable server, no login, a broken config file, a server that is not the judge. Each is
one line on stderr and exit 2."""

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JUDGE = [sys.executable, "-c", "from judge.cli import main; main()"]
REFERENCE = str(ROOT / "problems" / "insert-positions" / "reference.py")


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again: nothing listens there


def judge(config: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "JUDGE_SERVER"}
    environment.update(JUDGE_CONFIG_DIR=str(config), JUDGE_PASSWORD="long enough", **env)
    return subprocess.run([*JUDGE, *args], capture_output=True, text=True, cwd=ROOT,
                          env=environment, timeout=60)


def _one_line_error(result: subprocess.CompletedProcess, needle: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_an_unreachable_server_is_named(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_dead_port()}"
    _one_line_error(judge(tmp_path, "login", "ada", "--server", url), f"cannot reach the "
                                                                       f"judge at {url}")
    _one_line_error(judge(tmp_path, "register", "ada", JUDGE_SERVER=url), url)


@pytest.mark.parametrize("args", [("submit", "insert-positions", REFERENCE), ("status", "1"),
                                  ("submissions",), ("leaderboard", "1"), ("plan", "1"),
                                  ("plan", "--mine"), ("review",), ("stats",),
                                  ("mock", "start", "ml"), ("mock", "history"),
                                  ("group", "show", "1"), ("group", "create", "x")])
def test_commands_needing_a_login_say_so(tmp_path: Path, args) -> None:
    _one_line_error(judge(tmp_path, *args), "not logged in")


def test_a_token_is_only_sent_to_the_server_it_came_from(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps(
        {"server": "http://judge.example:8000", "username": "ada", "token": "mlej_x"}))
    other = f"http://127.0.0.1:{_dead_port()}"
    _one_line_error(judge(tmp_path, "submissions", "--server", other),
                    f"not logged in to {other}")


def test_a_broken_config_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{not json")
    _one_line_error(judge(tmp_path, "submissions"), "cannot read")


def test_a_server_that_is_not_the_judge(tmp_path: Path) -> None:
    class NotTheJudge(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>hello</html>")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), NotTheJudge)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        _one_line_error(judge(tmp_path, "login", "ada", "--server", url), "is it the judge?")
    finally:
        server.shutdown()


def test_usage_errors_of_the_service_commands(tmp_path: Path) -> None:
    _one_line_error(judge(tmp_path, "serve", "--workers", "-1"), "cannot be negative")
    _one_line_error(judge(tmp_path, "rejudge"), "name submission ids")
    _one_line_error(judge(tmp_path, "rejudge", "--problem", "no-such-problem",
                          JUDGE_DATA_DIR=str(tmp_path / "data")),
                    "no problem named 'no-such-problem': nothing was queued")
    _one_line_error(judge(tmp_path, "submissions", "--limit", "0"), "limit")


@pytest.mark.parametrize("args, message", [
    (("--week", "--since", "2026-11-02"),
     "--week cannot be combined with --since or --until"),
    (("--until", "2026-11-08", "--week"), "--week cannot be combined with --since or --until"),
    (("--since", "yesterday"), "--since must be a date YYYY-MM-DD, not 'yesterday'"),
    (("--until", "2026-02-30"), "--until must be a date YYYY-MM-DD, not '2026-02-30'"),
    (("--since", "20261102"), "--since must be a date YYYY-MM-DD"),
    (("--since", "2026-11-09", "--until", "2026-11-02"),
     "--until (2026-11-02) is before --since (2026-11-09)"),
])
def test_leaderboard_windows_are_checked_before_asking_the_server(tmp_path: Path, args,
                                                                  message) -> None:
    """Told in the options' own names, before any server is asked (none runs here)."""
    url = f"http://127.0.0.1:{_dead_port()}"
    result = judge(tmp_path, "leaderboard", "circle", *args, "--server", url)
    _one_line_error(result, message)
    assert "query." not in result.stderr and "start" not in result.stderr
