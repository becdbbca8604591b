from fastapi import APIRouter, Request, status
from sqlalchemy.orm import Session

from judge.service import accounts, submissions
from judge.service.store.models import User

from ..deps import CurrentUser, SessionDep
from ..schemas import AccountCreate, TokenPublic, UserPublic

router = APIRouter(prefix="/api/auth", tags=["accounts"])


def _issued(session: Session, user: User) -> TokenPublic:
    token = accounts.issue_token(session, user)
    session.commit()
    return TokenPublic(username=user.username, token=token)


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(body: AccountCreate, session: SessionDep) -> TokenPublic:
    """Create an account; the answer carries a first API token."""
    return _issued(session, accounts.register(session, body.username, body.password))


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


@router.post("/login")
def login(body: AccountCreate, session: SessionDep, request: Request) -> TokenPublic:
    """Exchange a username and password for a new API token. After 10 wrong passwords for a
    name from one address in 15 minutes (50 from all), 429 until the oldest ages out."""
    return _issued(session, accounts.login(session, body.username, body.password,
                                           client_address(request)))


@router.get("/me")
def me(user: CurrentUser, session: SessionDep) -> UserPublic:
    return UserPublic(username=user.username, created_at=user.created_at,
                      submissions=submissions.count_own(session, user))
