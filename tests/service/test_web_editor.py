"""The problem page loads CodeMirror from this service where its folder is there (and serves
its files, and nothing outside that folder), and leaves it out where it is missing: the page
then keeps the plain textarea (tests/e2e/test_browser_editor.py drives both in a browser)."""

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.web import editor_assets
from judge.settings import Settings

from .conftest import ROOT
from .test_web import browser, register

CODEMIRROR_FILES = ["lib/codemirror.js", "lib/codemirror.css", "mode/python/python.js",
                    "mode/sql/sql.js", "addon/edit/matchbrackets.js",
                    "addon/edit/closebrackets.js", "addon/selection/active-line.js"]


def _codemirror(folder: Path) -> Path:
    """A stand-in for Debian's folder: the files the page needs, each saying which it is."""
    for name in CODEMIRROR_FILES:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"/* {name} */\n")
    return folder


def _client(tmp_path: Path, codemirror_dir: Path):
    settings = Settings(data_dir=tmp_path / "data", problems_dir=ROOT / "problems",
                        codemirror_dir=codemirror_dir)
    app = create_app(settings, workers=0)
    with TestClient(app):
        yield register(browser(app), "ada")


@pytest.fixture
def with_codemirror(tmp_path: Path):
    yield from _client(tmp_path, _codemirror(tmp_path / "codemirror"))


@pytest.fixture
def without_codemirror(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    yield from _client(tmp_path, tmp_path / "empty")


def _assets(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="http://testserver(/static/codemirror/[^"]+)"', html)


def test_the_page_loads_codemirror_from_this_service(with_codemirror) -> None:
    page = with_codemirror.get("/problems/insert-positions")
    assert page.status_code == 200
    assert _assets(page.text) == [
        "/static/codemirror/lib/codemirror.css", "/static/codemirror/lib/codemirror.js",
        "/static/codemirror/mode/python/python.js",
        "/static/codemirror/addon/edit/matchbrackets.js",
        "/static/codemirror/addon/edit/closebrackets.js",
        "/static/codemirror/addon/selection/active-line.js"]
    assert 'data-mode="python"' in page.text and 'data-draft="ada/insert-positions"' in page.text
    assert '<template id="starter">def insert_positions(' in page.text
    for path in _assets(page.text):
        served = with_codemirror.get(path)
        assert served.status_code == 200 and served.text == f"/* {path.split('/', 3)[3]} */\n"
    assert with_codemirror.get("/static/style.css").status_code == 200  # /static still works

    sql = with_codemirror.get("/problems/category-revenue-leaders")
    assert "/static/codemirror/mode/sql/sql.js" in _assets(sql.text)
    assert "/static/codemirror/mode/python/python.js" not in _assets(sql.text)
    assert 'data-mode="sql"' in sql.text


def test_nothing_outside_the_folder_is_served(with_codemirror, tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("not for the web")
    for path in ["/static/codemirror/../secret.txt", "/static/codemirror/%2e%2e/secret.txt",
                 "/static/codemirror/lib/missing.js"]:
        answer = with_codemirror.get(path)
        assert answer.status_code == 404 and "not for the web" not in answer.text


def test_a_logged_out_page_has_no_editor_to_load(with_codemirror) -> None:
    with_codemirror.post("/logout", data={"csrf": with_codemirror.cookies["judge_csrf"]})
    page = with_codemirror.get("/problems/insert-positions")
    assert page.status_code == 200 and 'id="code"' not in page.text
    assert _assets(page.text) == []


def test_without_codemirror_the_page_keeps_the_textarea(without_codemirror) -> None:
    page = without_codemirror.get("/problems/insert-positions")
    assert page.status_code == 200
    assert "codemirror" not in page.text.lower()
    assert '<textarea id="code" name="code"' in page.text and "/static/editor.js" in page.text
    assert without_codemirror.get("/static/codemirror/lib/codemirror.js").status_code == 404


def test_the_folder_is_found_only_where_codemirror_is(tmp_path: Path, monkeypatch) -> None:
    empty, npm = tmp_path / "empty", _codemirror(tmp_path / "npm")
    empty.mkdir()
    assert editor_assets.find(empty) is None  # a setting is taken at its word
    assert editor_assets.find(npm) == npm
    monkeypatch.setattr(editor_assets, "DEBIAN", empty)
    monkeypatch.setattr(editor_assets, "NPM", npm)
    assert editor_assets.find(None) == npm  # Debian's first, else bootstrap's npm copy
    monkeypatch.setattr(editor_assets, "DEBIAN", _codemirror(tmp_path / "debian"))
    assert editor_assets.find(None) == tmp_path / "debian"
