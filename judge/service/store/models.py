"""The tables. The submission row is also the grading job (see judge.service.queue)."""

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


def seconds_until(moment: datetime) -> int:
    """Whole seconds from now until `moment`, rounded up, at least 1: a Retry-After."""
    return max(1, int((moment - utcnow()).total_seconds()) + 1)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every database (SQLite keeps no zone: store naive UTC there)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Status(StrEnum):
    queued = "queued"
    running = "running"
    done = "done"


class Mode(StrEnum):
    full = "full"
    samples = "samples"
    """Only the visible samples: full feedback, never counted on a leaderboard."""
    custom = "custom"
    """The user's own input, beside the reference's answer on it; never counted."""


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    """May rejudge through the API (`judge admin grant NAME` on the server)."""


class LoginFailure(Base):
    """A wrong password (or unknown name), kept for a while to slow down guessing."""

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_username_at", "username", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    """As typed, normalised (it need not exist: guesses at unknown names count too)."""
    client: Mapped[str] = mapped_column(String(64))
    """The address the attempt came from."""
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    """sha256 of the token: the token itself is shown once and never stored."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    client: Mapped[str] = mapped_column(String(64), default="")
    """The address it was issued to, so its owner can tell their tokens apart."""


class KnownClient(Base):
    """An address a user has logged in from: the per-name limit on wrong passwords does not
    apply there, so a stranger's guessing cannot lock the owner out of their usual places."""

    __tablename__ = "known_clients"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_login_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Submission(Base):
    __tablename__ = "submissions"
    __table_args__ = (
        Index("ix_submissions_status_id", "status", "id"),
        Index("ix_submissions_user_created", "user_id", "created_at"),
        # Fair claims: a waiting user's latest claim (judge.service.queue.fair_order).
        Index("ix_submissions_user_started", "user_id", "started_at"),
        Index("ix_submissions_user_problem", "user_id", "problem_slug"),
        # The leaderboard's: a member's Accepted submissions in a window, and their activity.
        Index("ix_submissions_user_verdict_created", "user_id", "verdict", "created_at", "mode",
              "problem_slug"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    problem_slug: Mapped[str] = mapped_column(String(100))
    mode: Mapped[str] = mapped_column(String(10), default=Mode.full)
    code: Mapped[str] = mapped_column(Text)
    input: Mapped[str | None] = mapped_column(Text)
    dialect: Mapped[str | None] = mapped_column(String(10))
    """A SQL submission's engine (`judge.grading.kinds.DIALECTS`); None: the default."""
    """A custom run's input (judge.grading.present.input_text); None in the other modes."""
    status: Mapped[str] = mapped_column(String(10), default=Status.queued)
    verdict: Mapped[str | None] = mapped_column(String(40))
    result: Mapped[dict | None] = mapped_column(JSON)
    """judge.grading.results.contract.result_json of the grade, written once by the worker that
    finished it."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    """Received: stored by the API (every stage below is of the latest attempt)."""
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Claimed by a worker."""
    sandbox_ready_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """The sandbox answered, with what the problem needs imported."""
    graded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """The last test ran (the verdict is known)."""
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """The result was stored."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    """How many times a worker claimed it; a worker that dies mid-grade leaves this > 1."""
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Group(Base):
    """A study group. Its id is its name in URLs: names need not be unique, and a taken name
    must not tell an outsider that a group exists."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    invite_code: Mapped[str] = mapped_column(String(32), unique=True)
    plan: Mapped[dict | None] = mapped_column(JSON)
    """{"name", "weeks": [{"title", "problems": [slug, ...]}]}; None: the built-in plan."""
    plan_started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Membership(Base):
    __tablename__ = "group_members"

    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"),
                                          primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PlanChoice(Base):
    """The plan a user follows: a group's (while a member), else the built-in one. A user
    without a row follows the built-in plan from the day they registered."""

    __tablename__ = "plan_choices"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True)
    """None: the built-in plan."""
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    """When the user chose it: week 1 of the built-in plan (a group's plan keeps the group's
    own start, which everyone in it shares)."""


class MockInterview(Base):
    """A timed session of problems the user had not solved, shown one at a time
    (judge.service.mock). Runs sent during it are ordinary submissions: the report reads them
    by problem and time, so a rejudge changes it too."""

    __tablename__ = "mock_interviews"
    __table_args__ = (Index("ix_mock_interviews_user_started", "user_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    round: Mapped[str] = mapped_column(String(20))
    minutes: Mapped[int] = mapped_column(Integer)
    problems: Mapped[list] = mapped_column(JSON)
    """The slugs drawn, in the order they are shown."""
    shown: Mapped[list] = mapped_column(JSON)
    """When each problem so far was shown (ISO 8601, UTC): the last is the current one."""
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Finished early, or the end of time once it has passed; None while it runs."""
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    """Its report is visible to the members of the user's groups."""


class SubmissionEvent(Base):
    """Grading progress, one row per step; the event stream reads these, so the API can
    stream a submission graded by a worker in another process or on another machine."""

    __tablename__ = "submission_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    """started, test or finished"""
    data: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
