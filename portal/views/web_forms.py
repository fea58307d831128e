"""The web channel's forms: 'Er is iets' (a concern), an employer's report, something good.

Each is one page: GET shows the form, POST hands it to the same action the Telegram flow calls.
Words of acute distress in what is typed come first, consent or not, as in Telegram (DESIGN §4.5).
A form with something missing comes back with what was typed and chosen still in it, and a
kind sentence at the field; a sent form goes to /me, which names the coach and the deadline.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from core import queries
from core.actions.concerns import DOMAINS, do_raise_concern, do_raise_crisis
from core.actions.employer_reports import (
    CATEGORIES,
    URGENCIES,
    do_report_as_employer,
    do_share_good_news,
    placements,
)
from core.crisis import signals_crisis
from core.errors import InvalidInput, NotAllowed
from core.ids import parse_row_id
from core.models import Channel
from core.people import Membership
from messages import concern_texts, web_texts
from portal.context import settings_of
from portal.rendering import render_page
from portal.security import Form, form_text, read_form
from portal.views.common import MAX_TEXT, see_other, text_problem
from portal.views.web_channel import consent_page, render_my_page
from portal.views.web_person import (
    Choice,
    MemberUnit,
    consent_missing,
    member_unit,
    page_context,
    require_offered,
    say,
)


def _choices(member: MemberUnit, labels: dict[str, str], chosen: str) -> list[Choice]:
    return [Choice(code, say(member, label), code == chosen) for code, label in labels.items()]


def _sent(thread_id: int | None) -> web.Response:
    return see_other(f"/me?sent={thread_id}")


async def _raise_crisis(
    request: web.Request,
    member: MemberUnit,
    who: Membership,
    text: str,
    *,
    domain: str | None = None,
) -> web.Response:
    """An urgent alert, and the crisis information on the person's own page, as after asking."""
    raised = await do_raise_crisis(
        member.session,
        who=who,
        text=text,
        channel=Channel.WEB,
        base_url=settings_of(request).base_url,
        domain=domain,
    )
    page = await queries.person_page(member.session, member_id=member.who.member.id or 0)
    assert page is not None
    return render_my_page(request, member.unit, page, crisis_help=raised.help_text)


async def _consent_first(request: web.Request, member: MemberUnit, text: str) -> web.Response:
    """Nothing is stored before consent: the consent question, with what they typed kept in it.

    After 'yes' the text reaches the coach as a message (do_web_consent): nothing is lost.
    """
    page = await queries.person_page(member.session, member_id=member.who.member.id or 0)
    assert page is not None
    carried = "" if text_problem(text) else text
    return consent_page(request, member.unit, page, text=carried, status=403)


def _form_page(
    request: web.Request, member: MemberUnit, template: str, current: str, **values: Any
) -> web.Response:
    problems: list[str] = values.pop("problems", [])
    context = page_context(member, current, problems=problems, max_text=MAX_TEXT, **values)
    status = 400 if problems else 200
    return render_page(request, template, context, status=status, language=member.language)


# -- 'Er is iets' -----------------------------------------------------------------------------


def _concern_page(
    request: web.Request,
    member: MemberUnit,
    *,
    domain: str = "",
    text: str = "",
    problems: list[str] | None = None,
) -> web.Response:
    return _form_page(
        request,
        member,
        "me_concern.html",
        "concern",
        domains=_choices(member, concern_texts.DOMAIN_LABELS, domain),
        text=text,
        problems=problems or [],
    )


async def concern_form(request: web.Request) -> web.Response:
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        require_offered(member, "concern")
        return _concern_page(request, member)


async def raise_concern(request: web.Request) -> web.Response:
    form = await read_form(request)
    text = form_text(form, "text")
    domain = form.get("domain", "")
    async with member_unit(request, form) as member:
        require_offered(member, "concern")
        who = member.who
        if signals_crisis(text):
            chosen = domain if domain in DOMAINS else None
            return await _raise_crisis(request, member, who, text, domain=chosen)
        if who.person.consent_at is None:
            return await _consent_first(request, member, text)
        problems = [] if domain in DOMAINS else ["domain"]
        problems += filter(None, [text_problem(text)])
        if problems:
            kept = domain if domain in DOMAINS else ""
            return _concern_page(request, member, domain=kept, text=text, problems=problems)
        raised = await do_raise_concern(
            member.session,
            who=who,
            domain=domain,
            text=text,
            channel=Channel.WEB,
            base_url=settings_of(request).base_url,
        )
        return _sent(raised.thread.id)


# -- the employer: which young person ---------------------------------------------------------


def _case_id(form: Form) -> int | None:
    """The young person chosen (a case id), 0 for a value no case can have, None for no choice."""
    value = form.get("case", "")
    if not value:
        return None
    return parse_row_id(value) or 0


def _who_problems(places: list[Membership], case_id: int | None) -> list[str]:
    if case_id is None:
        return ["who"]
    if case_id not in {p.case.id for p in places}:
        # Only the young people placed with them are offered; anything else is refused kindly.
        return ["not_placed"]
    return []


def _place_choices(places: list[Membership], case_id: int | None) -> list[Choice]:
    # With one young person placed, that one is chosen already: one question less.
    only = places[0].case.id if len(places) == 1 else None
    return [Choice(str(p.case.id), p.case.first_name, p.case.id in (case_id, only)) for p in places]


def _placement_for_crisis(
    places: list[Membership], case_id: int | None, own: Membership
) -> Membership:
    return next((p for p in places if p.case.id == case_id), own)


def _no_placement(member: MemberUnit) -> str:
    return say(member, web_texts.NO_PLACEMENT, coach=member.who.coach.name)


# -- an employer's report -------------------------------------------------------------------------


def _report_page(
    request: web.Request,
    member: MemberUnit,
    places: list[Membership],
    *,
    case_id: int | None = None,
    category: str = "",
    urgency: str = "",
    text: str = "",
    problems: list[str] | None = None,
) -> web.Response:
    return _form_page(
        request,
        member,
        "me_report.html",
        "report",
        places=_place_choices(places, case_id),
        no_placement=_no_placement(member),
        categories=_choices(member, CATEGORIES, category),
        urgencies=_choices(member, URGENCIES, urgency),
        text=text,
        problems=problems or [],
    )


async def report_form(request: web.Request) -> web.Response:
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        require_offered(member, "report")
        places = await placements(member.session, member.who.person)
        return _report_page(request, member, places)


async def file_report(request: web.Request) -> web.Response:
    form = await read_form(request)
    text = form_text(form, "text")
    category, urgency = form.get("category", ""), form.get("urgency", "")
    case_id = _case_id(form)
    async with member_unit(request, form) as member:
        require_offered(member, "report")
        who = member.who
        places = await placements(member.session, who.person)
        if signals_crisis(text):
            about = _placement_for_crisis(places, case_id, who)
            return await _raise_crisis(request, member, about, text)
        if who.person.consent_at is None:
            return await _consent_first(request, member, text)
        problems = _who_problems(places, case_id)
        problems += [] if category in CATEGORIES else ["category"]
        problems += [] if urgency in URGENCIES else ["urgency"]
        problems += ["too_long"] if len(text) > MAX_TEXT else []
        if not problems:
            try:
                filed = await do_report_as_employer(
                    member.session,
                    employer=who.person,
                    case_id=case_id or 0,
                    category=category,
                    urgency=urgency,
                    text=text,
                    channel=Channel.WEB,
                    base_url=settings_of(request).base_url,
                )
            except NotAllowed:
                problems.append("not_placed")
            except InvalidInput:
                # The choices were checked above: what the action misses is the text.
                problems.append("text")
            else:
                return _sent(filed.thread.id)
        return _report_page(
            request,
            member,
            places,
            case_id=case_id,
            category=category if category in CATEGORIES else "",
            urgency=urgency if urgency in URGENCIES else "",
            text=text,
            problems=problems,
        )


# -- something good -------------------------------------------------------------------------


def _good_news_page(
    request: web.Request,
    member: MemberUnit,
    places: list[Membership],
    *,
    case_id: int | None = None,
    text: str = "",
    problems: list[str] | None = None,
) -> web.Response:
    return _form_page(
        request,
        member,
        "me_good_news.html",
        "good_news",
        places=_place_choices(places, case_id),
        no_placement=_no_placement(member),
        text=text,
        problems=problems or [],
    )


async def good_news_form(request: web.Request) -> web.Response:
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        require_offered(member, "good_news")
        places = await placements(member.session, member.who.person)
        return _good_news_page(request, member, places)


async def share_good_news(request: web.Request) -> web.Response:
    form = await read_form(request)
    text = form_text(form, "text")
    case_id = _case_id(form)
    async with member_unit(request, form) as member:
        require_offered(member, "good_news")
        who = member.who
        places = await placements(member.session, who.person)
        if signals_crisis(text):
            about = _placement_for_crisis(places, case_id, who)
            return await _raise_crisis(request, member, about, text)
        if who.person.consent_at is None:
            return await _consent_first(request, member, text)
        problems = _who_problems(places, case_id)
        problems += filter(None, [text_problem(text)])
        if not problems:
            try:
                shared = await do_share_good_news(
                    member.session,
                    employer=who.person,
                    case_id=case_id or 0,
                    text=text,
                    channel=Channel.WEB,
                    base_url=settings_of(request).base_url,
                )
            except NotAllowed:
                problems.append("not_placed")
            except InvalidInput:
                problems.append("empty")
            else:
                return _sent(shared.thread.id)
        return _good_news_page(
            request, member, places, case_id=case_id, text=text, problems=problems
        )
