"""The home page: what the site is and where to start, then the problem catalogue with a
search, filters that combine, each problem's acceptance rate and the user's own marks.

Every filter link is built here (urlencode), each one keeping the other filters; an unknown
filter value is not an error page: the page says so, lists the choices and shows what the
other filters match, with 404 as its status (there is no such category, say).
"""

from collections import defaultdict
from dataclasses import dataclass, fields, replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import HTMLResponse

from judge.grading.problems.layout import CATEGORIES, DIFFICULTIES
from judge.grading.problems.model import PATTERNS, Metadata
from judge.service import progress
from judge.service.progress import Mark

from ..deps import ServicesDep, SessionDep
from ..routes.plan import my_plan_public
from ..routes.review import review_public
from .render import page
from .session import Viewer, login_url

router = APIRouter(include_in_schema=False)
STATUSES = tuple(Mark)
LABELS = {"category": "Category", "difficulty": "Difficulty", "pattern": "Pattern",
          "status": "Status", "q": "Search"}


@dataclass(frozen=True)
class Filters:
    """The active filters, in the order they appear in a URL."""

    category: str | None = None
    difficulty: str | None = None
    pattern: str | None = None
    status: str | None = None
    q: str | None = None

    def active(self) -> dict[str, str]:
        return {f.name: value for f in fields(self) if (value := getattr(self, f.name))}

    def url(self, **changes: str | None) -> str:
        """This page with `changes` applied (None removes a filter), the others kept."""
        params = replace(self, **changes).active()
        return "/?" + urlencode(params) if params else "/"

    def words(self) -> list[str]:
        return (self.q or "").casefold().split()


def _haystack(meta: Metadata) -> str:
    """What a search looks in; hyphens also as spaces, so "sliding window" finds the
    sliding-window pattern word by word."""
    text = " ".join((meta.title, meta.slug, meta.category, *meta.patterns)).casefold()
    return text + " " + text.replace("-", " ")


def _matches(meta: Metadata, filters: Filters, words: list[str], marks: dict[str, Mark]) -> bool:
    if filters.category and meta.category != filters.category:
        return False
    if filters.difficulty and meta.difficulty.value != filters.difficulty:
        return False
    if filters.pattern and filters.pattern not in meta.patterns:
        return False
    if filters.status and marks.get(meta.slug, Mark.untried) != filters.status:
        return False
    if words:
        haystack = _haystack(meta)
        return all(word in haystack for word in words)
    return True


def _checked(filters: Filters, logged_in: bool) -> tuple[Filters, list[str], list[str]]:
    """The filters with unknown values dropped, what was wrong with them (errors), and what
    was set aside for another reason (notes)."""
    errors, notes = [], []
    for name, allowed in (("category", CATEGORIES), ("difficulty", DIFFICULTIES),
                          ("pattern", PATTERNS), ("status", STATUSES)):
        value = getattr(filters, name)
        if value and value not in allowed:
            errors.append(f"There is no {name} “{value}”: "
                          + ("each problem's patterns below are links." if name == "pattern"
                             else f"choose from {', '.join(allowed)}."))
            filters = replace(filters, **{name: None})
    if filters.status and not logged_in:
        notes.append("Log in to filter by what you have solved.")
        filters = replace(filters, status=None)
    return filters, errors, notes


@dataclass(frozen=True)
class Choice:
    text: str
    url: str
    current: bool


def _bar(filters: Filters, name: str, values: tuple[str, ...], everything: str) -> list[Choice]:
    current = getattr(filters, name)
    return [Choice(everything, filters.url(**{name: None}), current is None)] + [
        Choice(value, filters.url(**{name: value}), current == value) for value in values]


@dataclass(frozen=True)
class Row:
    meta: Metadata
    mark: Mark
    stats: progress.ProblemStats | None
    patterns: list[tuple[str, str]]
    """(name, the page filtered by it)"""


@router.get("/", response_class=HTMLResponse)
def catalogue(request: Request, user: Viewer, session: SessionDep, services: ServicesDep,
              category: Annotated[str | None, Query(max_length=40)] = None,
              difficulty: Annotated[str | None, Query(max_length=40)] = None,
              pattern: Annotated[str | None, Query(max_length=40)] = None,
              status_: Annotated[str | None, Query(alias="status", max_length=40)] = None,
              q: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    asked = Filters(category, difficulty, pattern, status_, " ".join((q or "").split()) or None)
    filters, errors, notes = _checked(asked, user is not None)
    metas = services.repository.catalogue()
    marks = progress.marks(session, user) if user else {}
    solved = {slug for slug, mark in marks.items() if mark == Mark.solved}
    stats = progress.recent_problem_stats(session)

    words = filters.words()
    levels = list(DIFFICULTIES)
    by_category: dict[str, list[Row]] = defaultdict(list)
    for meta in sorted(metas, key=lambda m: (levels.index(m.difficulty.value), m.title)):
        if _matches(meta, filters, words, marks):
            by_category[meta.category].append(Row(
                meta, marks.get(meta.slug, Mark.untried), stats.get(meta.slug),
                [(name, filters.url(pattern=name)) for name in meta.patterns]))

    bars = [("Category", _bar(filters, "category", CATEGORIES, "all")),
            ("Difficulty", _bar(filters, "difficulty", DIFFICULTIES, "any"))]
    if user:
        bars.append(("Status", _bar(filters, "status", STATUSES, "any")))
    active = [(LABELS[name], value, filters.url(**{name: None}))
              for name, value in filters.active().items()]
    kept = [(name, value) for name, value in filters.active().items() if name != "q"]
    return page(request, "catalogue.html", user,
                status_code=status.HTTP_404_NOT_FOUND if errors else status.HTTP_200_OK,
                filters=filters, bars=bars, active=active, kept=kept, errors=errors,
                notes=notes, login=login_url(asked.url()),
                by_category=[(name, by_category[name]) for name in CATEGORIES
                             if by_category[name]],
                total=sum(len(rows) for rows in by_category.values()),
                start=progress.start_here(metas, solved),
                summary=progress.summary(metas, solved) if user else None,
                plan=my_plan_public(session, services, user) if user else None,
                review=review_public(session, services, user) if user else None,
                filter_url=lambda **only: Filters(**only).url())
