"""The home page, the catalogue: what the site is and where to start, search, filters that
combine, acceptance rates, and a user's marks and counts; and judge.service.progress beneath
it. On SQLite and PostgreSQL; submissions are stored directly (no grading needed here)."""

import html
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from judge.grading.problems import ProblemRepository
from judge.grading.problems.layout import CATEGORIES
from judge.service import progress, submissions
from judge.service.plans import default_plan
from judge.service.progress import Mark
from judge.service.store.models import Submission, User

from .conftest import ROOT, make_app
from .test_web import browser, register, text

CATALOGUE = ProblemRepository(ROOT / "problems").catalogue()
BY_SLUG = {meta.slug: meta for meta in CATALOGUE}


@pytest.fixture
def app(settings):
    """No grading workers: nothing here is graded."""
    yield from make_app(settings, workers=0)



def add(sessions, username: str, *runs: tuple[str, str, str | None]) -> None:
    """Stores the user's submissions as (problem, mode, verdict): None is not graded yet."""
    with sessions() as session:
        user_id = session.query(User.id).filter_by(username=username).scalar()
        if user_id is None:
            user = User(username=username, password_hash="-")
            session.add(user)
            session.flush()
            user_id = user.id
        for slug, mode, verdict in runs:
            session.add(Submission(user_id=user_id, problem_slug=slug, mode=mode, code="x",
                                   status="queued" if verdict is None else "done",
                                   verdict=verdict))
        session.commit()


def user(sessions, username: str) -> User:
    with sessions() as session:
        return session.query(User).filter_by(username=username).one()


def problem_links(page) -> list[str]:
    return re.findall(r'<td class="title"><a href="/problems/([a-z0-9-]+)"', page.text)


def hrefs(page, start: str = "", end: str = "") -> list[str]:
    """Every link's target, unescaped; only between the markers `start` and `end` if given."""
    body = page.text
    if start:
        body = body.split(start, 1)[1].split(end, 1)[0]
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', body)]


def query(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    assert parts.path == "/", url
    return dict(parse_qsl(parts.query))


def row(page, slug: str) -> str:
    found = re.search(r'<tr>\s*<td class="mark">((?:(?!</tr>).)*?/problems/'
                      + re.escape(slug) + r'".*?)</tr>', page.text, re.S)
    assert found, f"no row for {slug}"
    return found.group(1)


# --- judge.service.progress -------------------------------------------------------------


def test_acceptance_counts_graded_full_runs_only(sessions) -> None:
    add(sessions, "ada", ("insert-positions", "full", "Accepted"),
        ("insert-positions", "full", "Accepted"),            # the same solver twice
        ("insert-positions", "full", "Wrong Answer"),
        ("insert-positions", "samples", "Accepted"),          # samples prove less
        ("insert-positions", "custom", "Accepted"),           # the lead's coming mode
        ("insert-positions", "full", "Internal Error"),       # the judge's fault
        ("insert-positions", "full", None),                   # still queued
        ("knn-classify", "samples", "Wrong Answer"))
    add(sessions, "bob", ("insert-positions", "full", "Time Limit Exceeded"),
        ("lru-cache", "full", "Accepted"))
    with sessions() as session:
        stats = progress.problem_stats(session)
    assert stats["insert-positions"] == progress.ProblemStats(graded=4, accepted=2, solvers=1)
    assert stats["insert-positions"].rate == 50
    assert stats["lru-cache"].rate == 100 and stats["lru-cache"].solvers == 1
    assert "knn-classify" not in stats  # nothing graded in full: no rate at all
    assert progress.ProblemStats(graded=3, accepted=1, solvers=1).rate == 33


def test_marks_agree_with_solved_slugs(sessions) -> None:
    add(sessions, "ada", ("insert-positions", "samples", "Accepted"),
        ("insert-positions", "full", "Accepted"),
        ("knn-classify", "samples", "Accepted"),       # attempted: samples only
        ("lru-cache", "full", "Wrong Answer"),         # attempted
        ("welch-t-test", "full", None),                # attempted: still queued
        ("bootstrap-mean-ci", "custom", "Accepted"))   # neither: a custom run is a try-out
    add(sessions, "bob", ("knn-classify", "full", "Accepted"))
    ada = user(sessions, "ada")
    with sessions() as session:
        marks = progress.marks(session, ada)
        solved = submissions.solved_slugs(session, ada)
    assert marks == {"insert-positions": Mark.solved, "knn-classify": Mark.attempted,
                     "lru-cache": Mark.attempted, "welch-t-test": Mark.attempted}
    assert {slug for slug, mark in marks.items() if mark == Mark.solved} == solved


def test_summary_counts_by_category_and_difficulty() -> None:
    solved = {"insert-positions", "lru-cache", "no-longer-in-the-catalogue"}
    summary = progress.summary(CATALOGUE, solved)
    assert summary.overall.total == len(CATALOGUE) and summary.overall.solved == 2
    rows = {category: (cells, total) for category, cells, total in summary.rows()}
    assert list(rows) == list(CATEGORIES)
    assert sum(total.total for _cells, total in rows.values()) == len(CATALOGUE)
    for slug in ("insert-positions", "lru-cache"):
        meta = BY_SLUG[slug]
        cell = dict(rows[meta.category][0])[meta.difficulty.value]
        assert cell.solved >= 1
        assert cell.total == sum(1 for m in CATALOGUE if (m.category, m.difficulty)
                                 == (meta.category, meta.difficulty))
    assert sum(tally.solved for _level, tally in summary.totals()) == 2


def test_start_here_is_one_unsolved_easiest_problem_a_category() -> None:
    first = progress.start_here(CATALOGUE, set())
    assert [meta.category for meta in first] == list(CATEGORIES)
    assert all(meta.difficulty.value == "easy" for meta in first)
    opening = default_plan(CATALOGUE).weeks[0].problems[0]
    assert first[0].slug == opening  # the built-in plan's first problem
    assert progress.start_here(CATALOGUE, set()) == first  # the same every time
    after = progress.start_here(CATALOGUE, {opening})
    assert after[0].slug != opening and after[1:] == first[1:]
    everything = {meta.slug for meta in CATALOGUE if meta.category != "sql"}
    assert [meta.category for meta in progress.start_here(CATALOGUE, everything)] == ["sql"]


def test_the_home_page_reads_recent_stats_at_most_every_few_seconds(sessions) -> None:
    add(sessions, "ada", ("insert-positions", "full", "Accepted"))
    with sessions() as session:
        before = progress.recent_problem_stats(session)
    add(sessions, "bob", ("insert-positions", "full", "Wrong Answer"))
    with sessions() as session:
        assert progress.recent_problem_stats(session) == before  # kept
        fresh = progress.recent_problem_stats(session, max_age=0)
    assert fresh["insert-positions"].graded == 2 and before["insert-positions"].graded == 1


# --- the page ------------------------------------------------------------------------------


def test_a_visitor_learns_what_the_site_is_and_where_to_start(app) -> None:
    page = browser(app).get("/")
    assert page.status_code == 200
    words = text(page)
    assert "machine-learning-engineer interviews" in words and "hidden tests" in words
    assert "Run the samples" in words and "Submit" in words
    assert "/register" in hrefs(page, 'class="intro"', "</section>")
    start = re.findall(r'href="/problems/([a-z0-9-]+)"', page.text.split('class="start"')[1]
                       .split("</p>")[0])
    assert start == [meta.slug for meta in progress.start_here(CATALOGUE, set())]
    assert sorted(problem_links(page)) == sorted(BY_SLUG)
    assert "Status:" not in words and "Your progress" not in words  # a user's, not a visitor's
    form = re.search(r'<form method="get" action="/" role="search".*?</form>', page.text, re.S)
    assert form and '<label for="q">' in form.group(0) and 'id="q" name="q"' in form.group(0)


def test_search_matches_every_word_in_titles_slugs_patterns_and_categories(app) -> None:
    client = browser(app)

    def found(q: str) -> set[str]:
        page = client.get("/", params={"q": q})
        assert page.status_code == 200
        return set(problem_links(page))

    def haystack(slug: str) -> str:
        meta = BY_SLUG[slug]
        return " ".join((meta.title, meta.slug, meta.category, *meta.patterns)).lower()

    assert found("INSERT positions") == {"insert-positions"}
    window = found("sliding window")
    assert {m.slug for m in CATALOGUE if "sliding-window" in m.patterns} <= window
    assert all("sliding" in haystack(slug) and "window" in haystack(slug) for slug in window)
    assert found("monotonic-stack") == {m.slug for m in CATALOGUE
                                        if "monotonic-stack" in m.patterns}
    assert {m.slug for m in CATALOGUE if m.category == "pandas"} <= found("pandas")
    assert found("  ") == set(BY_SLUG)  # blank: no search
    nothing = client.get("/", params={"q": "knn zebra"})
    assert nothing.status_code == 200 and not problem_links(nothing)
    assert "No problem matches" in text(nothing)
    assert "/" in hrefs(nothing, "No problem matches", "</p>")  # clears the filters


def test_filters_combine_and_every_link_keeps_the_others(app) -> None:
    client = browser(app)
    page = client.get("/", params={"category": "ml", "difficulty": "medium", "q": "regression"})
    shown = set(problem_links(page))
    assert shown and shown == {m.slug for m in CATALOGUE if m.category == "ml"
                               and m.difficulty.value == "medium"
                               and "regression" in (m.title + m.slug).lower()}
    links = [query(h) for h in hrefs(page, 'class="filters"', "</div>")]
    assert {"category": "sql", "difficulty": "medium", "q": "regression"} in links
    assert {"category": "ml", "difficulty": "hard", "q": "regression"} in links
    assert {"difficulty": "medium", "q": "regression"} in links  # category: all
    assert 'aria-current="true">ml</a>' in page.text
    # The search form keeps the other filters as hidden fields.
    assert '<input type="hidden" name="category" value="ml">' in page.text
    assert '<input type="hidden" name="difficulty" value="medium">' in page.text

    # Pattern tags link to the page filtered by them, keeping the rest.
    knn = client.get("/", params={"category": "ml"})
    tags = [query(h) for h in hrefs(knn) if "pattern=" in h]
    assert {"category": "ml", "pattern": "knn"} in tags
    by_pattern = client.get("/", params={"category": "ml", "pattern": "knn"})
    assert set(problem_links(by_pattern)) == {m.slug for m in CATALOGUE
                                              if "knn" in m.patterns and m.category == "ml"}
    # Each active filter has a link that removes it alone.
    removers = [query(h) for h in hrefs(by_pattern, 'class="active-filters"', "</p>")]
    assert {"pattern": "knn"} in removers and {"category": "ml"} in removers
    assert 'aria-label="Remove the filter Pattern: knn"' in by_pattern.text


UNKNOWN = [
    ({"category": "cooking"}, "There is no category “cooking”"),
    ({"difficulty": "extreme", "category": "sql"}, "There is no difficulty “extreme”"),
    ({"pattern": "no-such-pattern"}, "There is no pattern “no-such-pattern”"),
    ({"status": "mastered"}, "There is no status “mastered”"),
]


def test_an_unknown_filter_value_is_named_with_the_choices(app) -> None:
    client = browser(app)
    for params, message in UNKNOWN:
        page = client.get("/", params=params)
        assert page.status_code == 404 and "text/html" in page.headers["content-type"]
        assert message in html.unescape(page.text) and 'role="alert"' in page.text
        rest = {k: v for k, v in params.items() if v not in message}
        expected = {m.slug for m in CATALOGUE if m.category == rest.get("category", m.category)}
        assert set(problem_links(page)) == expected  # the other filters still apply
        choices = [query(h) for h in hrefs(page, 'class="filters"', "</div>")]
        assert all({**rest, "category": name} in choices for name in CATEGORIES)


def test_hostile_filters_get_a_page_not_a_crash(app) -> None:
    client = browser(app)
    assert client.get("/", params={"q": "x" * 201}).status_code == 422
    for q in ("<script>alert(1)</script>", "%", "_", "\u202e", "' OR 1=1 --"):
        page = client.get("/", params={"q": q})
        assert page.status_code == 200 and "<script>alert" not in page.text
    page = client.get("/?category=ml&category=sql")  # the last one wins, as FastAPI reads it
    assert page.status_code == 200


def test_a_user_sees_marks_rates_counts_and_can_filter_by_status(app, sessions) -> None:
    client = register(browser(app), "ada")
    add(sessions, "ada", ("insert-positions", "full", "Accepted"),
        ("knn-classify", "samples", "Wrong Answer"))
    add(sessions, "bob", ("insert-positions", "full", "Wrong Answer"),
        ("insert-positions", "full", "Accepted"), ("insert-positions", "full", "Accepted"))
    page = client.get("/")
    solved, attempted = row(page, "insert-positions"), row(page, "knn-classify")
    assert '<span class="solved" aria-hidden="true">✓</span>' in solved
    assert '<span class="visually-hidden">solved</span>' in solved
    assert '<span class="attempted" aria-hidden="true">•</span>' in attempted
    assert '<span class="visually-hidden">attempted</span>' in attempted
    assert 'class="solved"' not in attempted
    assert row(page, "lru-cache").startswith("</td>")  # untried: an empty mark cell
    assert "75% · 2 solvers" in solved   # 3 of 4 graded full runs, by ada and bob
    assert "—" in attempted and "not graded yet" in attempted  # a samples run is no grade
    assert '<th scope="col" class="mark"><span class="visually-hidden">Status</span></th>' \
        in page.text

    words = text(page)
    assert f"Your progress: 1 of {len(CATALOGUE)} solved" in words
    easy_algorithms = sum(1 for m in CATALOGUE if m.category == "algorithms"
                          and m.difficulty.value == "easy")
    assert re.search(r'<th scope="row">algorithms</th>\s*<td><a href="/\?category=algorithms'
                     rf'&amp;difficulty=easy">1/{easy_algorithms}</a>', page.text)
    # The next suggestion for algorithms is no longer the solved one.
    start = hrefs(page, 'class="start"', "</p>")
    assert "Next up" in words and len(start) == len(CATEGORIES)
    assert "/problems/insert-positions" not in start

    def shown(status: str) -> set[str]:
        return set(problem_links(client.get("/", params={"status": status})))

    assert shown("solved") == {"insert-positions"}
    assert shown("attempted") == {"knn-classify"}
    assert shown("untried") == set(BY_SLUG) - {"insert-positions", "knn-classify"}
    status_links = [query(h) for h in hrefs(client.get("/?category=ml"), 'class="filters"',
                                            "</div>")]
    assert {"category": "ml", "status": "untried"} in status_links


def test_a_visitor_asking_for_a_status_is_asked_to_log_in(app) -> None:
    page = browser(app).get("/", params={"status": "solved", "category": "sql"})
    assert page.status_code == 200
    assert "Log in to filter by what you have solved" in text(page)
    assert any(h.startswith("/login?next=/%3F") and "status%3Dsolved" in h
               for h in hrefs(page))
    assert set(problem_links(page)) == {m.slug for m in CATALOGUE if m.category == "sql"}
