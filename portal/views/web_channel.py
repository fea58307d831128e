"""The web channel: a magic link's confirm page and exchange, consent, a person's page, asking."""

from __future__ import annotations

from aiohttp import web

from bot.flows import checkin, placement_checkin
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind
from bot.flows.person import respond_to_person
from core import conversation, queries, web_screen
from core.actions.concerns import CrisisRaised
from core.actions.linking import consent_question_open
from core.actions.mail_notices import do_request_new_link
from core.actions.portal_sessions import AlreadyOpened, do_portal_open_web_link
from core.actions.sessions import do_end_session
from core.actions.web_ask import do_web_ask
from core.actions.weblinks import WebLinkProblem, check_web_link
from core.choices import Choice
from core.models import Channel
from core.people import Membership
from messages import texts
from messages.i18n import format_moment, render
from messages.reader_texts import consent_text, consent_thanks
from portal.context import database_of, settings_of
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import (
    Form,
    PersonUnit,
    clear_session_cookie,
    form_text,
    looks_like_token,
    person_unit,
    read_form,
    session_token,
    set_session_cookie,
)
from portal.views.common import MAX_TEXT, person_context, query_id, see_other, text_problem
from portal.views.web_person import TALK_PATH, member_unit, menu, web_sender

CONSENT_ANSWERS = {"yes": True, "no": False}

LINK_PROBLEMS = {
    WebLinkProblem.UNKNOWN: (404, Trouble.LINK_UNKNOWN),
    WebLinkProblem.USED: (410, Trouble.LINK_USED),
    WebLinkProblem.EXPIRED: (410, Trouble.LINK_EXPIRED),
}


def link_problem(request: web.Request, problem: WebLinkProblem, token: str) -> Problem:
    """The page for a link that does not work; with e-mail on, it offers a new link. An unknown
    link offers it too, so the page never tells whether a link existed."""
    status, trouble = LINK_PROBLEMS[problem]
    mail = settings_of(request).reach.mail
    return Problem(status, trouble, new_link_token=token if mail else None)


def _link_token(request: web.Request) -> str:
    token = request.match_info.get("token", "")
    if not looks_like_token(token):
        raise link_problem(request, WebLinkProblem.UNKNOWN, "")
    return token


async def confirm_link(request: web.Request) -> web.Response:
    """Only shows a button: opening a link (or a mail scanner fetching it) spends nothing."""
    token = _link_token(request)
    async with database_of(request).transaction() as session:
        link = await check_web_link(session, token)
        if isinstance(link, WebLinkProblem):
            raise link_problem(request, link, token)
        language = await queries.member_language(session, member_id=link.member_id)
    return render_page(request, "link_confirm.html", {"token": token}, language=language)


async def open_link(request: web.Request) -> web.Response:
    token = _link_token(request)
    async with database_of(request).transaction() as session:
        outcome = await do_portal_open_web_link(
            session, previous_token=session_token(request), token=token
        )
    if isinstance(outcome, WebLinkProblem):
        raise link_problem(request, outcome, token)
    response = see_other("/me")
    if not isinstance(outcome, AlreadyOpened):  # a double submit keeps the session it started
        set_session_cookie(response, settings_of(request), outcome.token)
    return response


async def ask_new_link(request: web.Request) -> web.Response:
    """'Stuur me een nieuwe link': the same page whatever happened (core/actions/mail_notices)."""
    token = _link_token(request)
    await read_form(request)
    async with database_of(request).transaction() as session:
        await do_request_new_link(session, token=token, reach=settings_of(request).reach)
    return render_page(request, "new_link_asked.html")


def _who(page: queries.PersonPage) -> Membership:
    asker = page.asker
    return Membership(member=asker.member, person=asker.person, case=asker.case, coach=page.coach)


def render_my_page(
    request: web.Request,
    unit: PersonUnit,
    page: queries.PersonPage,
    *,
    confirmation: str = "",
    error: str | None = None,
    text: str = "",
    crisis_help: str = "",
    status: int = 200,
) -> web.Response:
    """The person's own page: the menu, their coach, the ask form and their open threads."""
    context = person_context(
        unit,
        page=page,
        menu=menu(_who(page)),
        confirmation=confirmation,
        error=error,
        text=text,
        max_text=MAX_TEXT,
        crisis_help=crisis_help,
        question_waiting=_question_waiting(page),
    )
    return render_page(request, "me.html", context, status=status, language=unit.language)


def _confirmation(request: web.Request, page: queries.PersonPage, language: str | None) -> str:
    """After consent and after asking: the bot's own words, for a thread of this person only."""
    lines = []
    if request.query.get("done") == "consent":
        thanks = consent_thanks(page.asker.member.role, web=True)
        name = page.asker.case.first_name
        lines.append(render(language, thanks, coach=page.coach.name, name=name))
    received = page.conversation(query_id(request, "received") or 0)
    if received is not None and received.thread.due_at is not None:
        due = format_moment(received.thread.due_at, language)
        lines.append(render(language, texts.QUESTION_RECEIVED, coach=page.coach.name, due=due))
    elif page.conversation(query_id(request, "added") or 0) is not None:
        lines.append(render(language, texts.QUESTION_ADDED, coach=page.coach.name))
    return "\n\n".join(lines)


def consent_page(
    request: web.Request,
    unit: PersonUnit,
    page: queries.PersonPage,
    *,
    text: str = "",
    status: int = 200,
) -> web.Response:
    """The consent question as the bot asks it; after a 'no', a kind page that still offers yes.

    `text`: a question typed before we asked. It stays in the browser (in the form), is stored
    nowhere, and is sent once the person says yes.
    """
    language, coach = unit.language, page.coach.name
    context = person_context(
        unit,
        coach=coach,
        declined=page.asker.person.consent_declined_at is not None,
        consent_text=render(
            language,
            consent_text(page.asker.member.role),
            coach=coach,
            name=page.asker.case.first_name,
        ),
        first=render(language, texts.CONSENT_FIRST) if text else "",
        yes=render(language, texts.CONSENT_YES),
        no=render(language, texts.CONSENT_NO),
        text=text,
    )
    return render_page(request, "consent.html", context, status=status, language=language)


def _question_to_carry(form: Form) -> str:
    """The question typed before the consent question, if it can be sent; else nothing."""
    text = form.get("text", "").replace("\r\n", "\n").replace("\r", "\n")
    return "" if text_problem(text) else text


async def consent(request: web.Request) -> web.Response:
    """The answer to the consent question, given by the dialogue's own consent step (the
    same code as in Telegram, bot/flows/linking.py): held words and the question typed before
    it reach the coach after a yes, and a no alerts the coach."""
    form = await read_form(request)
    accepted = CONSENT_ANSWERS.get(form.get("answer", ""))
    if accepted is None:
        raise Problem(400, Trouble.BAD_REQUEST)
    async with member_unit(request, form) as member:
        person = member.who.person
        if not consent_question_open(person, accepted=accepted):
            return see_other(TALK_PATH if person.consent_at is not None else "/me")
        carried = _question_to_carry(form)
        if accepted and carried:
            conversation.hold_until_consent(person, carried)
        conversation.ask_onboarding(person, conversation.CONSENT)
        answer = Choice("consent", "yes" if accepted else "no")
        context = FlowContext(member.session, settings_of(request).reach, channel=Channel.WEB)
        response = await respond_to_person(
            context, person, Incoming(web_sender(person), Kind.BUTTON, choice=answer)
        )
        if accepted:
            web_screen.show(person, ((m.text, m.buttons) for m in response.messages))
    return see_other(TALK_PATH if accepted else "/me")


async def my_page(request: web.Request) -> web.Response:
    async with person_unit(request) as unit:
        page = await queries.person_page(unit.session, member_id=unit.member.id or 0)
    assert page is not None
    if page.asker.person.consent_at is None:
        return consent_page(request, unit, page)
    confirmation = _confirmation(request, page, unit.language)
    return render_my_page(request, unit, page, confirmation=confirmation)


def _question_waiting(page: queries.PersonPage) -> bool:
    """A check-in Koers started (a young person's, or an employer's about a placement) waits
    for an answer on the dialogue page (web_talk.py)."""
    running = conversation.running(page.asker.person)
    return running is not None and running.flow in (checkin.NAME, placement_checkin.NAME)


async def ask(request: web.Request) -> web.Response:
    form = await read_form(request)
    text = form_text(form, "text")
    error = text_problem(text)
    received = page = None
    async with person_unit(request, form) as unit:
        if error is None:
            received = await do_web_ask(
                unit.session,
                member_id=unit.member.id or 0,
                text=text,
                base_url=settings_of(request).base_url,
            )
        if received is None or isinstance(received, CrisisRaised):
            page = await queries.person_page(unit.session, member_id=unit.member.id or 0)
    if isinstance(received, CrisisRaised):
        assert page is not None
        return render_my_page(request, unit, page, crisis_help=received.help_text)
    if received is not None:
        key = "received" if received.new_thread else "added"
        return see_other(f"/me?{key}={received.thread.id}")
    assert page is not None
    if page.asker.person.consent_at is None:
        # Nothing is stored before consent: first the question, then what they typed.
        carried = "" if error else text
        return consent_page(request, unit, page, text=carried, status=403)
    return render_my_page(request, unit, page, error=error, text=text, status=400)


async def log_out(request: web.Request) -> web.Response:
    form = await read_form(request)
    async with person_unit(request, form) as unit:
        await do_end_session(unit.session, record=unit.active.record)
    response = render_page(request, "logged_out.html", language=unit.language)
    clear_session_cookie(response, settings_of(request))
    return response
