"""Page-wide details through the ASGI client: an error page keeps the viewer's header, and
/docs (Swagger UI) loads nothing from another site. On SQLite only: nothing here depends on
the database."""

import re
from pathlib import Path

import pytest

from .conftest import make_app
from .test_web import browser, register


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'judge.db'}"


@pytest.fixture
def app(settings):
    """No grading workers: nothing here is graded."""
    yield from make_app(settings, workers=0)



def header(page) -> str:
    return re.search(r'<header class="top">(.*?)</header>', page.text, re.S).group(1)


def test_an_error_page_keeps_a_logged_in_viewers_header(app) -> None:
    client = register(browser(app), "ada")
    for path in ("/no-such-page", "/problems/no-such-problem", "/submissions/999999"):
        page = client.get(path)
        assert page.status_code == 404, path
        assert '<span class="who">ada</span>' in header(page), path
        assert "Log out" in header(page) and "Log in" not in header(page), path

    anonymous = browser(app).get("/no-such-page")
    assert anonymous.status_code == 404
    assert "Log in" in header(anonymous) and "Log out" not in header(anonymous)


def test_an_error_page_is_shown_when_the_viewer_cannot_be_looked_up(app, monkeypatch) -> None:
    client = register(browser(app), "ada")

    def broken():
        raise RuntimeError("the database is gone")

    monkeypatch.setattr(app.state.services, "sessions", broken)
    page = client.get("/no-such-page")
    assert page.status_code == 404  # not a 500
    assert "Log in" in header(page) and "Not found" in page.text


def test_docs_load_only_from_this_site(app) -> None:
    client = browser(app)
    docs = client.get("/docs")
    assert docs.status_code == 200
    # the inline script that starts Swagger UI would be refused under the pages' policy
    assert "content-security-policy" not in docs.headers
    assert '<html lang="en">' in docs.text
    urls = re.findall(r'(?:src|href)="([^"]+)"', docs.text) + re.findall(r"url: '([^']+)'",
                                                                          docs.text)
    assert len(urls) >= 5, urls  # script, two stylesheets, icon, the schema
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        assert client.get(url).status_code == 200, url
    assert "/docs/assets/swagger-ui-bundle.js" in urls and "/static/docs.css" in urls
    assert client.get("/docs/assets/no-such-file.js").status_code == 404
    assert client.get("/redoc").status_code == 404  # off: ReDoc loads its logo from elsewhere


def test_a_result_written_without_running_anything_shows_no_time_or_sandbox(app) -> None:
    """A submission the judge gave up on (its grading interrupted three times) ran no test in
    any sandbox: its page says why, and no "0.00 s · none sandbox"."""
    from judge.service import queue

    from .conftest import GOOD
    from .test_web import submit, text

    client = register(browser(app), "ada")
    location = submit(client, GOOD).headers["location"]
    sessions = app.state.services.sessions
    for _ in range(queue.MAX_ATTEMPTS):  # each lease lapses at once: a worker that died
        assert queue.claim(sessions, "doomed", lease_seconds=-1) is not None
    assert queue.claim(sessions, "doomed", lease_seconds=-1) is None  # given up
    page = text(client.get(location))
    assert "Internal Error" in page and "grading was interrupted 3 times" in page
    assert "none sandbox" not in page and "0.00 s" not in page and "0 of 0" not in page
