from typing import Annotated

from fastapi import APIRouter, Path, Request, status
from sqlalchemy.orm import Session

from judge.service import accounts, submissions
from judge.service.store.models import User

from ..deps import Credentials, CurrentUser, ServicesDep, SessionDep, client_address
from ..responses import errors
from ..schemas import MAX_ID, AccountCreate, AccountLogin, TokenInfo, TokenPublic, UserPublic

router = APIRouter(prefix="/api/auth", tags=["accounts"], responses=errors(503))
TokenId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _issued(session: Session, services: ServicesDep, request: Request,
            user: User) -> TokenPublic:
    token, expires_at = accounts.issue_token(session, user, days=services.settings.token_days,
                                             client=client_address(request))
    session.commit()
    return TokenPublic(username=user.username, token=token, expires_at=expires_at)


@router.post("/register", status_code=status.HTTP_201_CREATED,
             responses=errors(409, 413, 422, 429))
def register(body: AccountCreate, session: SessionDep, services: ServicesDep,
             request: Request) -> TokenPublic:
    """Create an account; the answer carries a first API token."""
    user = accounts.register(session, body.username, body.password, client_address(request))
    return _issued(session, services, request, user)


@router.post("/login", responses=errors(401, 413, 422, 429))
def login(body: AccountLogin, session: SessionDep, services: ServicesDep,
          request: Request) -> TokenPublic:
    """Exchange a username and password for a new API token, valid for `JUDGE_TOKEN_DAYS`
    (30 by default). After 10 wrong passwords for a name from one address in 15 minutes,
    429 from that address until the oldest ages out; after 50 from all addresses together,
    429 from every address the name has not logged in from in the last 90 days."""
    user = accounts.login(session, body.username, body.password, client_address(request))
    return _issued(session, services, request, user)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT, responses=errors(401))
def logout(user: CurrentUser, session: SessionDep, credentials: Credentials) -> None:
    """Revoke the token this request is made with (CurrentUser has checked it is sent)."""
    accounts.revoke(session, credentials.credentials)
    session.commit()


@router.get("/tokens", responses=errors(401))
def list_tokens(user: CurrentUser, session: SessionDep,
                credentials: Credentials) -> list[TokenInfo]:
    """Your tokens that have not expired, newest first (the tokens themselves are never
    shown again)."""
    current = accounts.token_hash(credentials.credentials)
    return [TokenInfo(id=t.id, created_at=t.created_at, expires_at=t.expires_at,
                      client=t.client, current=t.token_hash == current)
            for t in accounts.tokens_of(session, user)]


@router.delete("/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT,
               responses=errors(401, 404, 422))
def revoke_token(token_id: TokenId, user: CurrentUser, session: SessionDep) -> None:
    """Revoke one of your tokens (say, one left on another machine)."""
    accounts.revoke_by_id(session, user, token_id)
    session.commit()


@router.get("/me", responses=errors(401))
def me(user: CurrentUser, session: SessionDep) -> UserPublic:
    return UserPublic(username=user.username, created_at=user.created_at,
                      submissions=submissions.count_own(session, user), is_admin=user.is_admin)
