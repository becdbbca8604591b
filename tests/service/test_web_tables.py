"""Values as tables on the web pages: a statement's frames, and a failing test's input,
expected and got (graded by an in-process worker on the fake backend); results stored before
tables existed still render as text. On SQLite only: nothing here depends on the database."""

from pathlib import Path

import pytest

from judge.service.store.models import Submission

from .test_web import browser, graded, register, submit

ROOT = Path(__file__).resolve().parents[2]
SLUG = "top-products-per-category"
WRONG = (ROOT / "problems" / SLUG / "wrong" / "dense_rank.py").read_text()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'judge.db'}"




def test_a_pandas_statement_shows_its_frames_as_tables(app) -> None:
    page = browser(app).get(f"/problems/{SLUG}").text
    assert '<div class="scroll" role="region" aria-label="sales · 6 rows × 5 columns">' in page
    assert '<th class="align-right"><code>order_id</code> <em>int64</em></th>' in page
    assert "<td><em>None</em></td>" in page  # a missing category, apart from the text
    assert "style=" not in page


def test_a_failure_shows_tables_and_an_old_result_its_text(app, sessions) -> None:
    client = register(browser(app), "ada")
    location = submit(client, WRONG, mode="samples", slug=SLUG).headers["location"]
    text = graded(client, location)
    assert "expected 2 rows, got 3: 1 unexpected row(s)" in text  # the checker's message
    page = client.get(location).text
    failure = page[page.index('id="first-failure"'):]
    assert failure.count('<table class="values">') == 3  # input, expected, got
    for name in ("Input sales", "Expected", "Got"):
        assert f'<div class="scroll" tabindex="0" role="region" aria-label="{name}">' in failure
    assert ('<td>toys</td><td>ball</td><td class="num">12.0</td><td class="num">2.0</td>'
            in failure)
    assert "<code>k</code> = <code>2</code>" in failure

    with sessions() as session:  # as a result stored before views existed
        row = session.get(Submission, int(location.rsplit("/", 1)[1]))
        row.result = {**row.result, "tests": [{k: v for k, v in t.items() if k != "views"}
                                              for t in row.result["tests"]]}
        session.commit()
    old = client.get(location)
    assert old.status_code == 200
    failure = old.text[old.text.index('id="first-failure"'):]
    assert 'class="values"' not in failure
    assert '<pre tabindex="0">top_products(...) with\nsales =\n' in failure
