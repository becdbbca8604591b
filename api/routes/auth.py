from fastapi import APIRouter, status

from judge import accounts, submissions

from ..deps import CurrentUser, SessionDep
from ..schemas import AccountCreate, TokenPublic, UserPublic

router = APIRouter(prefix="/api/auth", tags=["accounts"])


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(body: AccountCreate, session: SessionDep) -> TokenPublic:
    """Create an account; the answer carries a first API token."""
    user = accounts.register(session, body.username, body.password)
    token = accounts.issue_token(session, user)
    session.commit()
    return TokenPublic(username=user.username, token=token)


@router.post("/login")
def login(body: AccountCreate, session: SessionDep) -> TokenPublic:
    """Exchange a username and password for a new API token."""
    user = accounts.login(session, body.username, body.password)
    token = accounts.issue_token(session, user)
    session.commit()
    return TokenPublic(username=user.username, token=token)


@router.get("/me")
def me(user: CurrentUser, session: SessionDep) -> UserPublic:
    return UserPublic(username=user.username, created_at=user.created_at,
                      submissions=submissions.count_own(session, user))
