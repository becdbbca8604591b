"""CodeMirror 5 for the problem page's editor, served by this service itself (never a CDN)
from where a package installed it: Debian's libjs-codemirror, or the npm copy scripts/bootstrap
fetches where Debian's is missing. None of its code is in this repository. Without it nothing
is mounted, the pages leave its files out and the editor is a plain textarea."""

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from judge.settings import REPO_ROOT

DEBIAN = Path("/usr/share/javascript/codemirror")
NPM = REPO_ROOT / ".vendor" / "codemirror"
MOUNT = "/static/codemirror"
"""Mounted before /static, which would otherwise answer these paths with a 404."""


def find(setting: Path | None) -> Path | None:
    """The folder to serve: the setting's (JUDGE_CODEMIRROR_DIR), else Debian's, else npm's;
    only where it holds CodeMirror (an empty or half-installed folder counts as missing)."""
    candidates = [setting] if setting else [DEBIAN, NPM]
    return next((folder for folder in candidates
                 if (folder / "lib" / "codemirror.js").is_file()), None)


def install(app: FastAPI, setting: Path | None) -> None:
    """Serves the folder read-only (StaticFiles refuses any path leading out of it) and tells
    the templates, through `app.state.codemirror`, whether to load the editor from it."""
    folder = find(setting)
    app.state.codemirror = folder is not None
    if folder is not None:
        app.mount(MOUNT, StaticFiles(directory=folder), name="codemirror")
