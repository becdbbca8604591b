"""The `judge` command line: a module per topic, each adding its commands to one Typer app.

- `problems`: the catalogue and grading on this machine (list, show, start, test, verify,
  sandbox build|status);
- `server`: running the service (serve, worker, rejudge);
- `submit`: using a server as a user (register, login, submit, status, submissions);
- `groups`: study groups, leaderboards and plans on a server;
- `practice`: practising alone on a server (the review queue);
- `client` and `userconfig`: the HTTP client and the user's own config file;
- `render`: how results, progress and diagnostics look in a terminal.
"""

# Each module registers its commands; the order here is the order `judge --help` lists them.
from . import problems  # noqa: I001, F401
from . import server  # noqa: F401
from . import submit  # noqa: F401
from . import groups  # noqa: F401
from . import practice  # noqa: F401
from .app import app, run


def main() -> None:
    run()


__all__ = ["app", "main"]
