"""Portal security: the session cookie, CSRF and Origin checks, form parsing, response headers."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from aiohttp import web
from multidict import MultiDictProxy
from sqlmodel.ext.asyncio.session import AsyncSession
from yarl import URL

from core.actions.portal_case_file import do_record_refused_request
from core.actions.sessions import ActiveSession, load_session
from core.audit import Via
from core.config import Settings
from core.errors import OtherTeam
from core.models import CaseMember, Coach
from core.queries import member_language
from portal.context import database_of, settings_of
from portal.errors import Handler, Problem, Trouble, route_of

COOKIE_NAME = "koers_session"
# The __Host- prefix: the browser only accepts it with Secure, Path=/ and no Domain.
SECURE_COOKIE_NAME = "__Host-koers_session"
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,64}")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Paths with their own authentication (the webhook's secret header) instead of a browser origin.
NOT_BROWSER_PATHS = ("/telegram/",)
CSRF_FIELD = "csrf"

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        # Charts are SVG images rendered on the server and given inline (data:), never scripts.
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


# -- the session cookie -------------------------------------------------------------------


def cookie_name(settings: Settings) -> str:
    return SECURE_COOKIE_NAME if settings.secure_cookies else COOKIE_NAME


def session_token(request: web.Request) -> str | None:
    """The session token from the cookie, if it looks like one of ours."""
    token = request.cookies.get(cookie_name(settings_of(request)))
    return token if token and TOKEN_SHAPE.fullmatch(token) else None


def set_session_cookie(response: web.StreamResponse, settings: Settings, token: str) -> None:
    response.set_cookie(
        cookie_name(settings),
        token,
        path="/",
        httponly=True,
        samesite="Lax",
        secure=settings.secure_cookies,
    )


def clear_session_cookie(response: web.StreamResponse, settings: Settings) -> None:
    response.del_cookie(
        cookie_name(settings),
        path="/",
        httponly=True,
        samesite="Lax",
        secure=settings.secure_cookies,
    )


def looks_like_token(value: str) -> bool:
    return bool(TOKEN_SHAPE.fullmatch(value))


# -- Origin check -------------------------------------------------------------------------


def _origin(url: str) -> str | None:
    try:
        parsed = URL(url)
        return str(parsed.origin()) if parsed.absolute else None
    except ValueError:
        return None


def is_same_origin(request: web.Request, expected: str) -> bool:
    """Whether a state-changing request comes from a page of the portal itself.

    Browsers send Origin with every POST; it is "null" when the page's Referrer-Policy is
    no-referrer (our web-link confirm page), and then Sec-Fetch-Site tells the truth. A request
    with none of Origin, Sec-Fetch-Site and Referer is not a browser's, so not a forgery; the CSRF
    token still guards everything behind a session.
    """
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return _origin(origin) == expected
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site == "same-origin"
    if origin == "null":
        return False
    referer = request.headers.get("Referer")
    if referer:
        return _origin(referer) == expected
    return True


@web.middleware
async def same_origin_posts(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.method not in SAFE_METHODS and not request.path.startswith(NOT_BROWSER_PATHS):
        expected = _origin(settings_of(request).base_url)
        if expected is None or not is_same_origin(request, expected):
            raise Problem(403, Trouble.CROSS_ORIGIN)
    return await handler(request)


# -- response headers ---------------------------------------------------------------------


async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Set on every response, error pages and static files included."""
    headers = response.headers
    # No versions for anyone probing for a known hole (aiohttp would name itself and Python).
    headers["Server"] = "Koers"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    # A web link carries its secret in the path: no page of it may tell anyone where it came from.
    on_web_link = request.path.startswith("/w/")
    headers["Referrer-Policy"] = "no-referrer" if on_web_link else "same-origin"
    if not request.path.startswith("/static/"):
        headers["Cache-Control"] = "no-store"
    if settings_of(request).secure_cookies:
        headers["Strict-Transport-Security"] = "max-age=31536000"


# -- forms --------------------------------------------------------------------------------

Form = Mapping[str, str]


async def read_form(request: web.Request) -> Form:
    """The posted form fields; a body that is not a readable form is a 400 (a big one a 413)."""
    try:
        # Values are str or a FileField; typed wider so each is checked below.
        data: MultiDictProxy[object] = await request.post()  # type: ignore[assignment]
    except (UnicodeDecodeError, LookupError, ValueError) as error:
        raise Problem(400, Trouble.BAD_REQUEST) from error
    form: dict[str, str] = {}
    for name, value in data.items():
        if not isinstance(value, str) or "\x00" in value or name in form:
            raise Problem(400, Trouble.BAD_REQUEST)
        form[name] = value
    return form


async def read_form_with_lists(request: web.Request, lists: set[str]) -> tuple[Form, list[str]]:
    """A form where the fields named in `lists` may repeat (checkboxes): the single fields as
    `read_form` gives them, and every value of the repeated ones in order."""
    try:
        data: MultiDictProxy[object] = await request.post()  # type: ignore[assignment]
    except (UnicodeDecodeError, LookupError, ValueError) as error:
        raise Problem(400, Trouble.BAD_REQUEST) from error
    form: dict[str, str] = {}
    repeated: list[str] = []
    for name, value in data.items():
        if not isinstance(value, str) or "\x00" in value:
            raise Problem(400, Trouble.BAD_REQUEST)
        if name in lists:
            repeated.append(value)
        elif name in form:
            raise Problem(400, Trouble.BAD_REQUEST)
        else:
            form[name] = value
    return form, repeated


def form_text(form: Form, name: str) -> str:
    """A required field (it may be empty), with the browser's CRLF line breaks made LF."""
    value = form.get(name)
    if value is None:
        raise Problem(400, Trouble.BAD_REQUEST)
    return value.replace("\r\n", "\n").replace("\r", "\n")


def form_optional(form: Form, name: str) -> str:
    """A field a form may leave out (a radio group with nothing chosen sends nothing): "" then."""
    value = form.get(name) or ""
    return value.replace("\r\n", "\n").replace("\r", "\n")


# -- the unit of work of a signed-in page --------------------------------------------------


@dataclass(frozen=True)
class CoachUnit:
    session: AsyncSession
    active: ActiveSession
    coach: Coach


@dataclass(frozen=True)
class PersonUnit:
    session: AsyncSession
    active: ActiveSession
    member: CaseMember
    language: str | None


def _timeouts(settings: Settings) -> tuple[timedelta, timedelta]:
    return (
        timedelta(minutes=settings.session_idle_minutes),
        timedelta(hours=settings.session_absolute_hours),
    )


class _NoSession(Exception):
    pass


@asynccontextmanager
async def _signed_in(request: web.Request) -> AsyncIterator[tuple[AsyncSession, ActiveSession]]:
    token = session_token(request)
    if token is None:
        raise _NoSession
    idle, absolute = _timeouts(settings_of(request))
    async with database_of(request).transaction() as session:
        active = await load_session(session, token=token, idle=idle, absolute=absolute)
        if active is not None:
            yield session, active
            return
    # Outside the transaction, so that a session found too old is recorded as ended.
    raise _NoSession


@asynccontextmanager
async def coach_unit(request: web.Request, form: Form | None = None) -> AsyncIterator[CoachUnit]:
    """One transaction for a coach's page: no live coach session → /login; a POST's `form` must
    carry the session's CSRF token (else 403 and the transaction is rolled back)."""
    try:
        async with _signed_in(request) as (session, active):
            if active.coach is None:
                # A person's web session: their page is elsewhere.
                raise web.HTTPSeeOther("/me")
            if form is not None and not active.csrf_ok(form.get(CSRF_FIELD)):
                raise Problem(403, Trouble.FORM_EXPIRED)
            coach_id, session_id = active.coach.id or 0, active.record.id
            yield CoachUnit(session=session, active=active, coach=active.coach)
    except _NoSession:
        raise web.HTTPSeeOther("/login") from None
    except OtherTeam as refused:
        # The page's own transaction is rolled back; the refusal is written down on its own.
        async with database_of(request).transaction() as session:
            await do_record_refused_request(
                session,
                coach_id=coach_id,
                case_id=refused.case_id,
                via=Via(session_id=session_id, address=request.remote),
                request=f"{request.method} {route_of(request)}",
            )
        raise


@asynccontextmanager
async def person_unit(request: web.Request, form: Form | None = None) -> AsyncIterator[PersonUnit]:
    """One transaction for a web-channel page: no live session → a kind 'ask for a new link'."""
    try:
        async with _signed_in(request) as (session, active):
            if active.member is None:
                raise _NoSession
            language = await member_language(session, member_id=active.member.id or 0)
            if form is not None and not active.csrf_ok(form.get(CSRF_FIELD)):
                raise Problem(403, Trouble.FORM_EXPIRED, language=language)
            yield PersonUnit(
                session=session, active=active, member=active.member, language=language
            )
    except _NoSession:
        raise Problem(403, Trouble.SESSION_ENDED) from None
