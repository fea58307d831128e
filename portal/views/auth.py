"""Coach sign-in: the login form, logging in and out, and the front door `/`."""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from core.actions.portal_sessions import do_portal_log_in
from core.actions.sessions import LoginProblem, do_end_session
from portal.context import database_of, settings_of
from portal.rendering import render_page
from portal.security import (
    clear_session_cookie,
    coach_unit,
    form_text,
    read_form,
    session_token,
    set_session_cookie,
)
from portal.views.common import see_other

MAX_EMAIL = 254


async def home(request: web.Request) -> web.Response:
    return see_other("/inbox" if session_token(request) else "/login")


async def login_form(request: web.Request) -> web.Response:
    context = {"email": "", "error": None, "wait_minutes": 0}
    return render_page(request, "login.html", context)


async def log_in(request: web.Request) -> web.Response:
    form = await read_form(request)
    email, password = form_text(form, "email")[:MAX_EMAIL], form_text(form, "password")
    settings = settings_of(request)
    async with database_of(request).transaction() as session:
        outcome = await do_portal_log_in(
            session,
            previous_token=session_token(request),
            email=email,
            password=password,
            ip=request.remote or "",
            max_failures=settings.login_max_failures,
            window=timedelta(minutes=settings.login_window_minutes),
        )
    if isinstance(outcome, LoginProblem):
        status = 429 if outcome is LoginProblem.THROTTLED else 200
        context = {
            "email": email.strip(),
            "error": outcome.value,
            "wait_minutes": settings.login_window_minutes,
        }
        return render_page(request, "login.html", context, status=status)
    response = see_other("/inbox")
    set_session_cookie(response, settings, outcome.token)
    return response


async def log_out(request: web.Request) -> web.Response:
    form = await read_form(request)
    async with coach_unit(request, form) as unit:
        await do_end_session(unit.session, record=unit.active.record)
    response = see_other("/login")
    clear_session_cookie(response, settings_of(request))
    return response
