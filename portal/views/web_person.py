"""A person's web pages beyond asking: the menu every page shows, 'my coach', appointments.

The menu offers per role what the Telegram menu offers (bot/flows/menu.py MENU), in the same
order and words; each choice is a page here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.flows.menu import MENU
from core.actions.absence import coach_card
from core.actions.appointments import may_see_appointments, upcoming_appointments
from core.actions.employer_reports import GOOD_NEWS, REPORT
from core.concern_outcomes import CONCERN
from core.deadlines import Urgency
from core.models import CaseMember, Role, Thread
from core.people import Membership, membership
from messages import concern_texts, report_texts, texts
from messages.i18n import format_moment, render
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import Form, PersonUnit, person_unit
from portal.views.common import person_context, see_other

# Where each menu choice (a flow's NAME) lives on the web.
WEB_PATHS: dict[str, str] = {
    "ask": "/me#ask",
    "concern": "/me/concern",
    "appts": "/me/appointments",
    "coach": "/me/coach",
    "settings": "/me/settings",
    "report": "/me/report",
    "good_news": "/me/good-news",
}


@dataclass(frozen=True)
class MenuItem:
    href: str
    label: str
    current: bool


@dataclass(frozen=True)
class Choice:
    """One radio button: the value sent, its label, and whether it is the one chosen."""

    value: str
    label: str
    checked: bool


@dataclass(frozen=True)
class MemberUnit:
    """A web-channel request's unit of work with the person's membership (case, coach) loaded."""

    unit: PersonUnit
    who: Membership

    @property
    def session(self) -> AsyncSession:
        return self.unit.session

    @property
    def language(self) -> str | None:
        return self.unit.language


@asynccontextmanager
async def member_unit(request: web.Request, form: Form | None = None) -> AsyncIterator[MemberUnit]:
    """`person_unit` (session, CSRF for a POST's `form`) plus who the person is on their case."""
    async with person_unit(request, form) as unit:
        who = await membership(unit.session, unit.member.id or 0)
        assert who is not None
        yield MemberUnit(unit=unit, who=who)


def menu(who: Membership, current: str = "") -> list[MenuItem]:
    """The role's menu; a parent sees 'Afspraken' only once the young person allowed it."""
    language = who.person.language
    return [
        MenuItem(href=WEB_PATHS[name], label=render(language, label), current=name == current)
        for name, label in MENU[who.role]
        if name != "appts" or may_see_appointments(who)
    ]


def offers(who: Membership, name: str) -> bool:
    return any(flow == name for flow, _ in MENU[who.role])


def require_offered(member: MemberUnit, name: str) -> None:
    """A page of another role's menu (an employer on 'Er is iets') does not exist for them."""
    if not offers(member.who, name):
        raise Problem(404, Trouble.NOT_FOUND, language=member.language)


def page_context(member: MemberUnit, current: str, **values: Any) -> dict[str, Any]:
    return person_context(member.unit, menu=menu(member.who, current), **values)


def consent_missing(member: MemberUnit) -> web.Response | None:
    """Before consent the only page is /me, where the consent question is asked."""
    return see_other("/me") if member.who.person.consent_at is None else None


def say(member: MemberUnit, message: str, /, **params: object) -> str:
    return render(member.language, message, **params)


# -- what was just sent: the confirmation naming the coach and the deadline ------------------


async def sent_notice(session: AsyncSession, *, person_id: int, thread_id: int) -> str:
    """Telegram's confirmation for a concern, report or good news this person just sent.

    Pure reading; a thread of anyone else, or of another kind, gives nothing.
    """
    found = (
        await session.exec(
            select(Thread, CaseMember)
            .join(CaseMember, col(CaseMember.id) == Thread.member_id)
            .where(Thread.id == thread_id, CaseMember.person_id == person_id)
        )
    ).first()
    if found is None:
        return ""
    thread, member = found
    who = await membership(session, member.id or 0)
    assert who is not None
    language = who.person.language
    coach = who.coach.name
    due = format_moment(thread.due_at, language) if thread.due_at else ""
    if thread.kind == CONCERN and thread.urgency != Urgency.URGENT:
        return render(language, concern_texts.CONCERN_RECEIVED, coach=coach, due=due)
    if thread.kind == REPORT:
        name = who.case.first_name
        return render(language, report_texts.REPORT_FILED, name=name, coach=coach, due=due)
    if thread.kind == GOOD_NEWS:
        return render(language, report_texts.GOOD_NEWS_THANKS, coach=coach)
    return ""


# -- pages ----------------------------------------------------------------------------------


async def my_coach(request: web.Request) -> web.Response:
    """Who the coach is, when reachable, who stands in: what 'Mijn coach' says in Telegram."""
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        who = member.who
        # The same card Telegram shows: the stand-in by name while the coach is away.
        card = await coach_card(member.session, who)
        context = page_context(member, "coach", coach=who.coach.name, card=card)
    return render_page(request, "me_coach.html", context, language=member.language)


@dataclass(frozen=True)
class AppointmentShown:
    what: str
    when: str
    where: str


async def appointments(request: web.Request) -> web.Response:
    """Upcoming appointments; a parent the young person did not allow gets Telegram's sentence."""
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        require_offered(member, "appts")
        who = member.who
        shown: list[AppointmentShown] = []
        refused = header = ""
        if not may_see_appointments(who):
            name = who.case.first_name
            refused = say(member, texts.PARENT_APPOINTMENTS_NOT_ALLOWED, name=name)
        else:
            found = await upcoming_appointments(member.session, case_id=who.case.id or 0)
            shown = [
                AppointmentShown(
                    what=a.what,
                    when=format_moment(a.starts_at, member.language),
                    where=say(member, texts.APPOINTMENT_WHERE, where=a.where) if a.where else "",
                )
                for a in found
            ]
            if who.role == Role.PARENT:
                header = say(member, texts.APPOINTMENTS_HEADER_PARENT, name=who.case.first_name)
            else:
                header = say(member, texts.APPOINTMENTS_HEADER)
        context = page_context(
            member,
            "appts",
            refused=refused,
            header=header,
            appointments=shown,
            none=say(member, texts.APPOINTMENTS_NONE),
        )
    return render_page(request, "me_appointments.html", context, language=member.language)
