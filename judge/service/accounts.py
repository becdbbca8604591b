"""Accounts: registration, passwords (argon2) and API tokens (stored as sha256 only)."""

import hashlib
import re
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import JudgeError, NotFound, RateLimited
from .slots import host_cores
from .store.models import ApiToken, KnownClient, LoginFailure, User, seconds_until, utcnow

USERNAME = re.compile(r"[a-z0-9][a-z0-9_-]{2,31}")
MIN_PASSWORD, MAX_PASSWORD = 8, 256
TOKEN_PREFIX = "mlej_"

FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_CLIENT = 10
"""Wrong passwords for one name from one address within the window before it must wait."""
MAX_FAILURES_PER_NAME = 50
"""From all addresses together: guessing spread over many machines is slowed too. It does
not apply from an address the name logged in from lately (a KnownClient), so a stranger's
guessing cannot lock the owner out where they usually log in."""
KNOWN_CLIENT_DAYS = 90

_hasher = PasswordHasher()
# Verified against when the user does not exist, so a login takes as long either way.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


class AccountError(JudgeError):
    """A registration or login was refused (bad username or password, name taken)."""


class UsernameTaken(AccountError):
    """Someone registered that name first."""


class LoginFailed(AccountError):
    """The username or the password is wrong (which one is not said)."""


class LoginThrottled(RateLimited):
    """Too many wrong passwords for this name lately: wait before trying again."""


class PasswordWorkBusy(RateLimited):
    """Too many password checks are waiting already (a flood of logins): try again soon."""


class _PasswordWork:
    """Bounds the argon2 work done at once and the requests waiting for it. Each check is
    tens of milliseconds of CPU on purpose; a flood of logins, each holding one of the
    server's request threads while it hashed or waited, once left no thread for anything
    else (/api/health took 30 s). Past the bound a login is refused at once (429), holding
    nothing."""

    def __init__(self, running: int, waiting: int) -> None:
        self.bound = running + waiting
        self.inside = 0
        self._lock = threading.Lock()
        self._running = threading.BoundedSemaphore(running)

    def refuse_if_full(self) -> None:
        """Refuses early, before any database work, when a slot would be refused anyway."""
        if self.inside >= self.bound:
            raise PasswordWorkBusy("the server is checking many passwords at the moment; "
                                   "try again in a few seconds",
                                   retry_after=PASSWORD_BUSY_RETRY_SECONDS)

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._lock:
            self.refuse_if_full()
            self.inside += 1
        try:
            with self._running:
                yield
        finally:
            with self._lock:
                self.inside -= 1


PASSWORD_BUSY_RETRY_SECONDS = 2
_password_work = _PasswordWork(running=max(1, host_cores() - 1), waiting=4 * host_cores())


def _verify(stored_hash: str, password: str) -> bool:
    with _password_work.slot():
        try:
            return _hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False


def _hash(password: str) -> str:
    with _password_work.slot():
        return _hasher.hash(password)


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME.fullmatch(name):
        raise AccountError("a username is 3-32 characters: lowercase letters, digits, '-' and "
                           "'_', starting with a letter or digit")
    return name


def check_password(password: str) -> None:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"a password is {MIN_PASSWORD}-{MAX_PASSWORD} characters long")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, user: User, *, days: int, client: str = "",
                ) -> tuple[str, datetime]:
    """A new token for `user` and when it expires (in `days`); the user's expired ones are
    swept."""
    session.execute(delete(ApiToken).where(ApiToken.user_id == user.id,
                                           ApiToken.expires_at <= utcnow()))
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires_at = utcnow() + timedelta(days=days)
    session.add(ApiToken(user_id=user.id, token_hash=token_hash(token), client=client[:64],
                         expires_at=expires_at))
    return token, expires_at


def register(session: Session, username: str, password: str, client: str = "") -> User:
    name = check_username(username)
    check_password(password)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise UsernameTaken(f"the username {name!r} is taken")
    user = User(username=name, password_hash=_hash(password))  # only read so far: no lock
    session.add(user)
    try:
        session.flush()
    except IntegrityError:  # registered by someone else a moment ago
        session.rollback()
        raise UsernameTaken(f"the username {name!r} is taken") from None
    _remember_client(session, user, client[:64])
    return user


def login(session: Session, username: str, password: str, client: str = "") -> User:
    """The user, if the password is right. Wrong attempts are recorded (committed at once, as
    the caller's transaction ends with the error) and, past the limits, refused unchecked.

    No transaction is open while the password is checked: argon2 takes tens of milliseconds
    on purpose, and on SQLite a write transaction held that long stalls every other writer
    (a flood of wrong logins once stalled the whole service). The checks read; the writes
    come after, each in a short transaction of its own."""
    name = username.strip().lower()[:64]
    client = client[:64]
    _password_work.refuse_if_full()
    _check_throttle(session, name, client)
    user = session.scalar(select(User).where(User.username == name))
    stored_hash = user.password_hash if user else _DUMMY_HASH
    session.commit()  # ends the read: nothing is held while hashing
    if not _verify(stored_hash, password):
        user = None
    if user is None:
        _record_failure(session, name, client)
        raise LoginFailed("wrong username or password")
    session.execute(delete(LoginFailure).where(LoginFailure.username == name,
                                               LoginFailure.client == client))
    _remember_client(session, user, client)
    return user


def _remember_client(session: Session, user: User, client: str) -> None:
    known = session.get(KnownClient, (user.id, client))
    if known is None:
        session.add(KnownClient(user_id=user.id, client=client))
    else:
        known.last_login_at = utcnow()


def _record_failure(session: Session, name: str, client: str) -> None:
    """One wrong attempt, and the sweep of every attempt older than the window, whatever its
    name (a name never tried again, perhaps a mistyped password, is not kept)."""
    session.execute(delete(LoginFailure).where(LoginFailure.at <= utcnow() - FAILURE_WINDOW))
    session.add(LoginFailure(username=name, client=client))
    session.commit()


def _check_throttle(session: Session, name: str, client: str) -> None:
    since = utcnow() - FAILURE_WINDOW
    recent = (select(func.count(), func.min(LoginFailure.at))
              .where(LoginFailure.username == name, LoginFailure.at > since))
    limits = [(recent.where(LoginFailure.client == client), MAX_FAILURES_PER_CLIENT)]
    if not _is_known_client(session, name, client):
        limits.append((recent, MAX_FAILURES_PER_NAME))
    for query, limit in limits:
        count, oldest = session.execute(query).one()
        if count >= limit:
            wait = seconds_until(oldest + FAILURE_WINDOW)
            raise LoginThrottled(f"too many wrong passwords for {name!r}; try again in "
                                 f"{_minutes(wait)}", retry_after=wait)


def _is_known_client(session: Session, name: str, client: str) -> bool:
    """Whether `name` has logged in from `client` within KNOWN_CLIENT_DAYS."""
    since = utcnow() - timedelta(days=KNOWN_CLIENT_DAYS)
    return session.scalar(
        select(KnownClient.user_id).join(User, User.id == KnownClient.user_id)
        .where(User.username == name, KnownClient.client == client,
               KnownClient.last_login_at > since)) is not None


def _minutes(seconds: int) -> str:
    return f"{seconds} s" if seconds < 120 else f"{round(seconds / 60)} minutes"


def authenticate(session: Session, token: str) -> User | None:
    """The token's user, if the token exists and has not expired."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    return session.scalar(select(User).join(ApiToken, ApiToken.user_id == User.id)
                          .where(ApiToken.token_hash == token_hash(token),
                                 ApiToken.expires_at > utcnow()))


def revoke(session: Session, token: str) -> None:
    session.execute(delete(ApiToken).where(ApiToken.token_hash == token_hash(token)))


def tokens_of(session: Session, user: User) -> list[ApiToken]:
    """The user's tokens still valid, newest first."""
    return list(session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.expires_at > utcnow())
        .order_by(ApiToken.id.desc())))


def revoke_by_id(session: Session, user: User, token_id: int) -> None:
    """Revokes one of the user's tokens; another's is as unknown as a missing one."""
    removed = session.execute(delete(ApiToken).where(ApiToken.id == token_id,
                                                     ApiToken.user_id == user.id))
    if not removed.rowcount:
        raise NotFound(f"no token {token_id}")
