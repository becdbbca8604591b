"""Request and response bodies: XCreate comes in, XPublic goes out."""

from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, model_validator

from judge.errors import JudgeError
from judge.grading.present.input_text import MAX_INPUT_BYTES
from judge.grading.results.verdicts import Verdict
from judge.service import accounts, groups, plans
from judge.service.submissions import size_text
from judge.service.validation import refused

MAX_ID = 2**31 - 1
"""Ids are 32-bit integers in the database; larger ones are refused at the door."""


def _storable(value: str) -> str:
    # PostgreSQL text cannot hold NUL, and no database takes a lone surrogate.
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (no lone surrogates)") from None
    return value


Text = Annotated[str, AfterValidator(_storable)]


class ErrorBody(BaseModel):
    """Every error the API answers (4xx, and 503 when it cannot serve) has this body."""
    detail: str = Field(examples=["no group 7"])
    """What went wrong, in a sentence."""


def _refused_as_invalid(check: Callable[[str], object]) -> BeforeValidator:
    """The service's own rule, checked at the door: what it refuses is invalid input (422)
    with the service's message, and the schema can state the limits it holds to."""

    def validate(value: Any) -> Any:
        if isinstance(value, str):
            try:
                check(value)
            except JudgeError as exc:
                raise refused(str(exc)) from None
        return value

    return BeforeValidator(validate)


class AccountCreate(BaseModel):
    # the limits are the service's own (accounts.check_username, check_password)
    username: Annotated[Text, Field(min_length=3, max_length=32, examples=["ada"],
                                    description="Letters, digits, '-' and '_', starting with "
                                                "a letter or digit; case is ignored"),
                        _refused_as_invalid(accounts.check_username)]
    password: Annotated[Text, Field(min_length=accounts.MIN_PASSWORD,
                                    max_length=accounts.MAX_PASSWORD,
                                    examples=["a long passphrase"]),
                        _refused_as_invalid(accounts.check_password)]


class AccountLogin(BaseModel):
    username: Text = Field(max_length=64, examples=["ada"])
    password: Text = Field(max_length=1024, examples=["a long passphrase"])


class TokenPublic(BaseModel):
    username: str
    token: str
    """Shown once; the server keeps only its hash."""
    expires_at: datetime


class TokenInfo(BaseModel):
    id: int
    created_at: datetime
    expires_at: datetime
    client: str
    """The address it was issued to."""
    current: bool
    """Whether this request was made with it."""


class UserPublic(BaseModel):
    username: str
    created_at: datetime
    submissions: int
    is_admin: bool
    """May rejudge through the API (POST /api/admin/rejudge)."""


class RejudgeCreate(BaseModel):
    """Which finished submissions to grade again: these ids, every one to this problem, or
    both (as `judge rejudge ID... --problem SLUG`)."""
    ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field([], max_length=1000)
    problem: Text | None = Field(None, max_length=100, examples=["insert-positions"])

    @model_validator(mode="after")
    def _names_some(self) -> "RejudgeCreate":
        if not self.ids and not self.problem:
            raise refused("name submission ids, or a problem")
        return self


class RejudgePublic(BaseModel):
    queued: list[int]
    """Queued to be graded again (their old results stand until then)."""
    skipped: list[int]
    """Named by id but unknown, or not finished (still queued or being graded)."""


class ProblemSummary(BaseModel):
    slug: str
    title: str
    difficulty: str
    category: str
    kind: str
    patterns: list[str]


class Sample(BaseModel):
    input: str
    output: str
    note: str | None = None


class LimitsPublic(BaseModel):
    time_seconds: float
    total_seconds: float
    memory_mb: int


class ProblemPublic(ProblemSummary):
    statement: str
    """Markdown: the author's text, signature, examples and limits."""
    signature: str | None
    samples: list[Sample]
    starter: str
    file_suffix: str
    limits: LimitsPublic
    input_example: str
    """The first sample as an input for mode 'custom': one `name = value` line per
    argument, to edit."""


def _input_fits(value: Any) -> Any:
    """The input's limit is in bytes, as the service reads it (`custom_input`): said so, in
    its words, before the schema's count of characters."""
    if isinstance(value, str) and len(value.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise refused(f"the input is over {size_text(MAX_INPUT_BYTES)}")
    return value


class SubmissionCreate(BaseModel):
    problem: Text = Field(max_length=100, examples=["insert-positions"])
    code: Text = Field(min_length=1, description="Not blank, and at most `JUDGE_MAX_CODE_BYTES` "
                                                  "bytes in UTF-8 (maxLength, set by the app)")
    mode: Literal["full", "samples", "custom"] = "full"
    """'samples' grades only the visible samples; 'custom' runs the code on `input` beside
    the reference solution. Neither counts on a leaderboard."""
    input: Annotated[Text | None, BeforeValidator(_input_fits)] = Field(
        default=None, max_length=MAX_INPUT_BYTES,
        description="Mode 'custom' only: one `name = value` line per argument (see the "
                    f"problem's `input_example`), at most {size_text(MAX_INPUT_BYTES)} in "
                    "UTF-8")
    dialect: Literal["sqlite", "duckdb"] | None = Field(
        default=None, description="SQL problems only: the engine the query is written for "
                                  "(SQLite's or DuckDB's, close to PostgreSQL's); "
                                  "SQLite's if absent")


class SubmissionAccepted(BaseModel):
    id: int
    status: str
    url: str
    events_url: str
    queue_ahead: int | None = None
    """How many submissions will be graded before this one (None once a worker has it)."""


class SubmissionSummary(BaseModel):
    id: int
    problem: str
    mode: str
    dialect: str | None = None
    """A SQL submission's engine (None: SQLite's, the default)."""
    status: str
    verdict: Verdict | None
    created_at: datetime
    finished_at: datetime | None


class SubmissionPublic(SubmissionSummary):
    started_at: datetime | None
    """When a worker claimed it (`created_at` is when it was received)."""
    sandbox_ready_at: datetime | None = None
    """When its sandbox answered, ready to load the code."""
    graded_at: datetime | None = None
    """When its last test ran (`finished_at` is when the result was stored)."""
    attempts: int
    queue_ahead: int | None = None
    """How many submissions will be graded before this one (None once a worker has it)."""
    code: str
    input: str | None = None
    """A custom run's input."""
    result: dict[str, Any] | None
    """The full result: every test's verdict and time, the message, stdout/stderr, growth."""
    first_failure: dict[str, Any] | None
    """The first test that did not pass: its input, expected and actual output, traceback."""


class HealthPublic(BaseModel):
    status: Literal["ok", "degraded"]
    database: str
    sandbox: str
    workers: int
    queued: int | None


class GroupCreate(BaseModel):
    name: Annotated[Text, Field(min_length=1, max_length=groups.MAX_NAME,
                                examples=["Tuesday study circle"]),
                    _refused_as_invalid(groups.check_name)]
    """Not blank; surrounding spaces are dropped."""


class GroupJoin(BaseModel):
    invite_code: Text = Field(max_length=100)


class MemberName(BaseModel):
    username: Text = Field(max_length=64)


class GroupSummary(BaseModel):
    id: int
    name: str
    owner: str
    members: int
    role: Literal["owner", "member"]


class MemberPublic(BaseModel):
    username: str
    joined_at: datetime
    owner: bool


class PlanSummary(BaseModel):
    name: str
    default: bool
    weeks: int
    problems: int
    started_at: datetime
    current_week: int


class GroupPublic(BaseModel):
    id: int
    name: str
    owner: str
    invite_code: str
    created_at: datetime
    members: list[MemberPublic]
    plan: PlanSummary


class WindowPublic(BaseModel):
    label: str
    start: datetime | None
    end: datetime | None


class BoardRow(BaseModel):
    rank: int
    username: str
    points: int
    solved: int
    by_category: dict[str, int]
    attempts: int
    last_activity: datetime | None
    reached_at: datetime | None
    plan_done: int
    plan_total: int


class LeaderboardPublic(BaseModel):
    group_id: int
    group: str
    window: WindowPublic
    points: dict[str, int]
    """Points a problem is worth, by difficulty."""
    categories: list[str]
    rows: list[BoardRow]


class PlanProblem(BaseModel):
    slug: str
    title: str
    difficulty: str
    category: str
    solved: bool


class PlanWeek(BaseModel):
    number: int
    title: str
    done: int
    total: int
    problems: list[PlanProblem]


class PlanPublic(BaseModel):
    group_id: int
    name: str
    default: bool
    started_at: datetime
    current_week: int
    done: int
    total: int
    """The asker's progress: plan problems Accepted, of all."""
    weeks: list[PlanWeek]


class MyPlanPublic(BaseModel):
    """The plan the asker follows, with their progress and what to do next."""

    source: Literal["built-in", "group"]
    group_id: int | None
    """The group whose plan it is; None for the built-in plan."""
    group: str | None
    name: str
    started_at: datetime
    current_week: int
    done: int
    total: int
    next: PlanProblem | None
    """This week's first unsolved problem; once the week is done, one left behind in an
    earlier week, then one of a later week; None when the plan is solved."""
    weeks: list[PlanWeek]


class PlanFollow(BaseModel):
    group_id: int | None = Field(ge=1, le=MAX_ID)
    """A group you are in, to follow its plan; null: the built-in plan, from now."""


class ReviewProblem(BaseModel):
    slug: str
    title: str
    difficulty: str
    category: str
    due: datetime
    last_worked: datetime
    """The last run sent on the latest day you worked on it."""
    last_outcome: Literal["good", "hard", "again"]
    """That day: Accepted at the first run, Accepted after failing, or never Accepted."""
    days_worked: int
    solved: bool


class ReviewPublic(BaseModel):
    """Problems coming back on a spaced-repetition schedule (FSRS): each day you worked on a
    problem is a review, rated from that day's full runs."""

    due: list[ReviewProblem]
    """Due now, the longest overdue first."""
    upcoming: list[ReviewProblem]
    """Due in the next 14 days, the soonest first."""


class TallyPublic(BaseModel):
    name: str
    solved: int
    attempted: int
    """Tried, never Accepted in a full run."""
    total: int


class DayPublic(BaseModel):
    day: date
    runs: int
    """Full runs sent that day (UTC)."""
    accepted: int


class WeakPattern(BaseModel):
    pattern: str
    solved: int
    attempted: int
    total: int
    next: PlanProblem | None
    """The easiest problem of the pattern you have not solved."""


class StatsPublic(BaseModel):
    """Your progress: per category and pattern (solved, attempted, of all problems), your
    full runs per day over twelve weeks, and your weakest patterns."""

    solved: int
    attempted: int
    total: int
    categories: list[TallyPublic]
    patterns: list[TallyPublic]
    """Every pattern some problem has, in the catalogue's order."""
    activity: list[DayPublic]
    """Every day of the last twelve weeks, oldest first, today last."""
    weakest: list[WeakPattern]
    """Worked-on patterns with the smallest share solved first, then untouched ones."""


RoundName = Literal["algorithms", "ml", "statistics", "data", "mixed"]


class MockStart(BaseModel):
    round: RoundName
    """algorithms; ml (ML coding); statistics; data (SQL and pandas); mixed."""
    minutes: int = Field(45, ge=10, le=180)


class MockProblem(BaseModel):
    slug: str
    title: str
    difficulty: str
    category: str
    patterns: list[str]
    shown_at: datetime | None
    """When it was shown; None if time ran out before it was reached."""
    attempts: int
    """Full runs sent on it during the interview."""
    solved_after_seconds: int | None
    """From its showing to the first Accepted run sent during the interview."""


class MockPublic(BaseModel):
    """A mock interview. While it runs, only the problems shown so far are listed (the
    current one last); once it is over, every problem with the report."""

    id: int
    user: str
    round: RoundName
    round_title: str
    minutes: int
    started_at: datetime
    ends_at: datetime
    finished_at: datetime | None
    running: bool
    seconds_left: int
    position: int
    """The current problem's place, from 1."""
    count: int
    """How many problems the interview has."""
    current: str | None
    """The slug of the problem to work on now; None once it is over."""
    shared: bool
    """Its report is visible to the members of your groups."""
    solved: int
    patterns_missed: list[str]
    """Once it is over: the patterns of the problems left unsolved."""
    problems: list[MockProblem]


class MockSummary(BaseModel):
    id: int
    user: str
    round: RoundName
    started_at: datetime
    finished_at: datetime | None
    running: bool
    solved: int
    count: int
    shared: bool


class MockSharing(BaseModel):
    shared: bool


# The limits of judge.service.plans.Plan, which checks the plan again (and that its problems
# exist and none repeats: 422 otherwise).
class WeekCreate(BaseModel):
    title: Text = Field(min_length=1, max_length=plans.MAX_TITLE)
    problems: list[Text] = Field(min_length=1, max_length=plans.MAX_PROBLEMS_A_WEEK)


class PlanCreate(BaseModel):
    name: Text = Field(min_length=1, max_length=plans.MAX_TITLE)
    weeks: list[WeekCreate] = Field(min_length=1, max_length=plans.MAX_WEEKS)
