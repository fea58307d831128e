"""The web channel: a magic link's confirm page and exchange, a person's own page, asking."""

from __future__ import annotations

from aiohttp import web

from core import queries
from core.actions.portal_sessions import do_portal_open_web_link
from core.actions.questions import do_receive_message
from core.actions.sessions import do_end_session
from core.actions.weblinks import WebLinkProblem, check_web_link
from core.models import Channel
from core.people import membership
from messages import texts
from messages.i18n import format_moment, render
from portal.context import database_of, settings_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import (
    clear_session_cookie,
    form_text,
    looks_like_token,
    person_unit,
    read_form,
    session_token,
    set_session_cookie,
)
from portal.views.common import MAX_TEXT, person_context, query_id, see_other, text_problem

LINK_PROBLEMS = {
    WebLinkProblem.UNKNOWN: Problem(404, Trouble.LINK_UNKNOWN),
    WebLinkProblem.USED: Problem(410, Trouble.LINK_USED),
    WebLinkProblem.EXPIRED: Problem(410, Trouble.LINK_EXPIRED),
}


def _link_token(request: web.Request) -> str:
    token = request.match_info.get("token", "")
    if not looks_like_token(token):
        raise LINK_PROBLEMS[WebLinkProblem.UNKNOWN]
    return token


async def confirm_link(request: web.Request) -> web.Response:
    """Only shows a button: opening a link (or a mail scanner fetching it) spends nothing."""
    token = _link_token(request)
    async with database_of(request).transaction() as session:
        link = await check_web_link(session, token)
        if isinstance(link, WebLinkProblem):
            raise LINK_PROBLEMS[link]
        language = await queries.member_language(session, member_id=link.member_id)
    return render_page(request, "link_confirm.html", {"token": token}, language=language)


async def open_link(request: web.Request) -> web.Response:
    token = _link_token(request)
    async with database_of(request).transaction() as session:
        outcome = await do_portal_open_web_link(
            session, previous_token=session_token(request), token=token
        )
    if isinstance(outcome, WebLinkProblem):
        raise LINK_PROBLEMS[outcome]
    response = see_other("/me")
    set_session_cookie(response, settings_of(request), outcome.token)
    return response


def _confirmation(request: web.Request, page: queries.PersonPage, language: str | None) -> str:
    """After asking: the bot's own confirmation, for a thread of this person only."""
    received = page.conversation(query_id(request, "received") or 0)
    if received is not None and received.thread.due_at is not None:
        due = format_moment(received.thread.due_at, language)
        return render(language, texts.QUESTION_RECEIVED, coach=page.coach.name, due=due)
    if page.conversation(query_id(request, "added") or 0) is not None:
        return render(language, texts.QUESTION_ADDED, coach=page.coach.name)
    return ""


async def my_page(request: web.Request) -> web.Response:
    async with person_unit(request) as unit:
        page = await queries.person_page(unit.session, member_id=unit.member.id or 0)
    assert page is not None
    context = person_context(
        unit,
        page=page,
        confirmation=_confirmation(request, page, unit.language),
        error=None,
        text="",
        max_text=MAX_TEXT,
    )
    return render_page(request, "me.html", context, language=unit.language)


async def ask(request: web.Request) -> web.Response:
    form = await read_form(request)
    text = form_text(form, "text")
    error = text_problem(text)
    async with person_unit(request, form) as unit:
        if error is None:
            who = await membership(unit.session, unit.member.id or 0)
            assert who is not None
            received = await do_receive_message(
                unit.session,
                who=who,
                text=text,
                channel=Channel.WEB,
                base_url=settings_of(request).base_url,
            )
        else:
            page = await queries.person_page(unit.session, member_id=unit.member.id or 0)
    if error is not None:
        assert page is not None
        context = person_context(
            unit, page=page, confirmation="", error=error, text=text, max_text=MAX_TEXT
        )
        return render_page(request, "me.html", context, status=400, language=unit.language)
    key = "received" if received.new_thread else "added"
    return see_other(f"/me?{key}={received.thread.id}")


async def log_out(request: web.Request) -> web.Response:
    form = await read_form(request)
    async with person_unit(request, form) as unit:
        await do_end_session(unit.session, record=unit.active.record)
    response = render_page(request, "logged_out.html", language=unit.language)
    clear_session_cookie(response, settings_of(request))
    return response
