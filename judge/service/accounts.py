"""Accounts: registration, passwords (argon2) and API tokens (stored as sha256 only)."""

import hashlib
import re
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import JudgeError, RateLimited
from .store.models import ApiToken, LoginFailure, User, seconds_until, utcnow

USERNAME = re.compile(r"[a-z0-9][a-z0-9_-]{2,31}")
MIN_PASSWORD, MAX_PASSWORD = 8, 256
TOKEN_PREFIX = "mlej_"

FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_CLIENT = 10
"""Wrong passwords for one name from one address within the window before it must wait."""
MAX_FAILURES_PER_NAME = 50
"""From all addresses together: guessing spread over many machines is slowed too."""

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


def issue_token(session: Session, user: User) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=token_hash(token)))
    return token


def register(session: Session, username: str, password: str) -> User:
    name = check_username(username)
    check_password(password)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise UsernameTaken(f"the username {name!r} is taken")
    user = User(username=name, password_hash=_hasher.hash(password))
    session.add(user)
    try:
        session.flush()
    except IntegrityError:  # registered by someone else a moment ago
        session.rollback()
        raise UsernameTaken(f"the username {name!r} is taken") from None
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
    _check_throttle(session, name, client)
    user = session.scalar(select(User).where(User.username == name))
    stored_hash = user.password_hash if user else _DUMMY_HASH
    session.commit()  # ends the read: nothing is held while hashing
    try:
        _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        user = None
    if user is None:
        _record_failure(session, name, client)
        raise LoginFailed("wrong username or password")
    session.execute(delete(LoginFailure).where(LoginFailure.username == name,
                                               LoginFailure.client == client))
    return user


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
    for query, limit in ((recent.where(LoginFailure.client == client), MAX_FAILURES_PER_CLIENT),
                         (recent, MAX_FAILURES_PER_NAME)):
        count, oldest = session.execute(query).one()
        if count >= limit:
            wait = seconds_until(oldest + FAILURE_WINDOW)
            raise LoginThrottled(f"too many wrong passwords for {name!r}; try again in "
                                 f"{_minutes(wait)}", retry_after=wait)


def _minutes(seconds: int) -> str:
    return f"{seconds} s" if seconds < 120 else f"{round(seconds / 60)} minutes"


def authenticate(session: Session, token: str) -> User | None:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    return session.scalar(select(User).join(ApiToken, ApiToken.user_id == User.id)
                          .where(ApiToken.token_hash == token_hash(token)))


def revoke(session: Session, token: str) -> None:
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == token_hash(token)))
    if row is not None:
        session.delete(row)
