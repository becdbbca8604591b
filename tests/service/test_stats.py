"""Progress one can see: tallies by category and pattern, the weakest patterns and what to try
next, activity day by day, the SVG charts, and all of it through the API and the web (on
SQLite and PostgreSQL)."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

from sqlalchemy import select

from api.web import charts
from judge.grading.problems import ProblemRepository
from judge.grading.problems.model import PATTERNS
from judge.service import profile
from judge.service.profile import Day, Tally
from judge.service.progress import Mark
from judge.service.store.models import Mode, Status, Submission, User, utcnow

from .conftest import ROOT, register_api

CATALOGUE = ProblemRepository(ROOT / "problems").catalogue()
BY_SLUG = {meta.slug: meta for meta in CATALOGUE}
SVG = "{http://www.w3.org/2000/svg}"


def _with(pattern: str) -> list[str]:
    return [m.slug for m in CATALOGUE if pattern in m.patterns]


def test_tallies_count_each_problem_once_per_category_and_pattern() -> None:
    marks = {"insert-positions": Mark.solved, "welch-t-test": Mark.attempted}
    categories = {t.name: t for t in profile.by_category(CATALOGUE, marks)}
    assert categories["algorithms"].solved == 1 and categories["algorithms"].attempted == 0
    assert categories["statistics"].attempted == 1
    assert sum(t.total for t in categories.values()) == len(CATALOGUE)
    patterns = {t.name: t for t in profile.by_pattern(CATALOGUE, marks)}
    assert patterns["binary-search"].solved == 1
    assert patterns["binary-search"].total == len(_with("binary-search"))
    assert [t.name for t in profile.by_pattern(CATALOGUE, {})] == [
        p for p in PATTERNS if _with(p)]  # the catalogue's order; none without a problem


def test_the_weakest_are_worked_on_patterns_with_the_least_solved_then_untouched_ones() -> None:
    window = _with("sliding-window")
    dp = _with("dp-1d")
    marks = {window[0]: Mark.attempted, window[1]: Mark.attempted,
             dp[0]: Mark.solved, dp[1]: Mark.attempted}
    patterns = profile.by_pattern(CATALOGUE, marks)
    weak = profile.weakest(CATALOGUE, marks, patterns)
    names = [w.tally.name for w in weak]
    touched = {p for slug in marks for p in BY_SLUG[slug].patterns}
    worked = [n for n in names if n in touched]
    shares = [next(t for t in patterns if t.name == n) for n in worked]
    assert [t.solved / t.total for t in shares] == sorted(t.solved / t.total for t in shares)
    assert len(names) == 5 and names[:len(worked)] == worked
    untouched = [n for n in names if n not in touched]
    assert untouched == [p for p in PATTERNS if _with(p) and p not in touched][:len(untouched)]
    sliding = next(w for w in weak if w.tally.name == "sliding-window")
    assert sliding.suggestion.slug not in marks or marks[sliding.suggestion.slug] != Mark.solved
    levels = ["easy", "medium", "hard"]
    open_levels = [levels.index(BY_SLUG[s].difficulty.value) for s in window]
    assert levels.index(sliding.suggestion.difficulty.value) == min(open_levels)


def test_a_fully_solved_pattern_is_never_weak() -> None:
    marks = {slug: Mark.solved for slug in _with("binary-search")}
    weak = profile.weakest(CATALOGUE, marks, profile.by_pattern(CATALOGUE, marks))
    assert "binary-search" not in [w.tally.name for w in weak]
    everything = {m.slug: Mark.solved for m in CATALOGUE}
    assert profile.weakest(CATALOGUE, everything, profile.by_pattern(CATALOGUE, everything)) == []


def test_the_bars_are_proportional_and_names_are_escaped() -> None:
    svg = charts.progress_bars("t", "Title <b>", [Tally("a<script>", 1, 2, 4),
                                                    Tally("b", 0, 0, 3)])
    root = ET.fromstring(str(svg))  # well-formed: escaped text, closed elements
    assert root.get("role") == "img" and root.find(f"{SVG}title").text == "Title <b>"
    assert "a<script>: 1 solved, 2 attempted, of 4" in root.find(f"{SVG}desc").text
    rects = root.findall(f"{SVG}rect")
    full, solved, attempted = (float(r.get("width")) for r in rects[:3])
    assert (solved / full, attempted / full) == (0.25, 0.5)
    assert float(rects[1].get("x")) + solved == float(rects[2].get("x"))
    assert [t.text for t in root.findall(f"{SVG}text")][:2] == ["a<script>", "1/4"]


def test_the_activity_chart_scales_to_the_busiest_day() -> None:
    days = [Day(date(2026, 12, 1) + timedelta(days=i), runs, ok)
            for i, (runs, ok) in enumerate([(0, 0), (4, 1), (2, 2)])]
    root = ET.fromstring(str(charts.activity_bars("a", days)))
    heights = [float(r.get("height")) for r in root.findall(f"{SVG}rect")]
    assert heights == [100.0, 25.0, 50.0, 50.0]  # runs and Accepted, the peak full height
    assert "6 full runs, 3 Accepted, on 2 of the last 3 days" in root.find(f"{SVG}desc").text


def _run(sessions, name: str, slug: str, verdict: str, days_ago: int,
         mode: str = Mode.full) -> None:
    with sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == name))
        session.add(Submission(user_id=user.id, problem_slug=slug, code="#", mode=mode,
                               created_at=utcnow() - timedelta(days=days_ago),
                               status=Status.done, verdict=verdict))


def test_stats_through_the_api(client, store) -> None:
    ada = register_api(client, "ada")
    empty = client.get("/api/stats/mine", headers=ada).json()
    assert (empty["solved"], empty["attempted"], empty["total"]) == (0, 0, len(CATALOGUE))
    assert len(empty["activity"]) == 84 and empty["activity"][-1]["day"] == str(utcnow().date())
    assert all(d["runs"] == 0 for d in empty["activity"])
    assert [w["pattern"] for w in empty["weakest"]] == [p for p in PATTERNS if _with(p)][:5]

    _run(store, "ada", "insert-positions", "Wrong Answer", 2)
    _run(store, "ada", "insert-positions", "Accepted", 2)
    _run(store, "ada", "welch-t-test", "Wrong Answer", 0)
    _run(store, "ada", "lru-cache", "Accepted", 0, mode=Mode.samples)  # practice: attempted
    _run(store, "ada", "best-hop-score", "Accepted", 200)              # before the window
    body = client.get("/api/stats/mine", headers=ada).json()
    assert (body["solved"], body["attempted"]) == (2, 2)
    categories = {t["name"]: t for t in body["categories"]}
    assert (categories["algorithms"]["solved"], categories["algorithms"]["attempted"]) == (2, 1)
    assert categories["statistics"]["attempted"] == 1
    days = {d["day"]: d for d in body["activity"]}
    two_days_ago = str(utcnow().date() - timedelta(days=2))
    assert (days[two_days_ago]["runs"], days[two_days_ago]["accepted"]) == (2, 1)
    assert days[str(utcnow().date())]["runs"] == 1  # the samples run is not a full run
    assert sum(d["runs"] for d in body["activity"]) == 3
    weakest = body["weakest"]
    assert weakest[0]["solved"] == 0 and weakest[0]["attempted"] >= 1
    assert all(w["next"] is None or not w["next"]["solved"] for w in weakest)
    assert client.get("/api/stats/mine").status_code == 401


def test_the_progress_page(client, store) -> None:
    assert client.get("/progress", follow_redirects=False).status_code == 303
    client.post("/register", data={"username": "bob", "password": "correct horse",
                                   "csrf": _csrf(client), "next": "/"})
    _run(store, "bob", "insert-positions", "Accepted", 1)
    page = client.get("/progress")
    assert page.status_code == 200
    charts_drawn = page.text.split('<svg xmlns="http://www.w3.org/2000/svg" class="chart"')
    assert len(charts_drawn) == 4
    assert "You have solved 1 of" in page.text and "Weakest patterns" in page.text
    for svg in charts_drawn[1:]:
        ET.fromstring('<svg xmlns="http://www.w3.org/2000/svg"' + svg.split("</svg>")[0]
                      + "</svg>")  # well-formed


def _csrf(client) -> str:
    client.get("/login")
    return client.cookies["judge_csrf"]
