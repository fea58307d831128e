"""Employer reports and good news: a thread on the placed young person's case, the coach alerted.

An employer may have several young people placed with them; each placement is a CaseMember with
the role employer. A report is always about one of those cases and goes to that case's coach.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.absence import routed
from core.actions.notify import tell_coach, tell_person, thread_buttons
from core.actions.questions import add_person_message, open_thread, text_for_coach
from core.clock import utcnow
from core.deadlines import Urgency
from core.errors import InvalidInput, NotAllowed
from core.models import (
    Case,
    CaseMember,
    CaseStatus,
    Channel,
    Coach,
    Person,
    Role,
    Thread,
)
from core.people import Membership, described_for_coach, membership
from messages import report_texts, settings_texts
from messages.i18n import format_moment, render

REPORT = "report"
GOOD_NEWS = "good_news"

# A report's categories (the codes stored on Thread.category) with their labels, in button order.
CATEGORIES: dict[str, str] = {
    "late_absent": report_texts.CATEGORY_LATE_ABSENT,
    "behaviour": report_texts.CATEGORY_BEHAVIOUR,
    "performance": report_texts.CATEGORY_PERFORMANCE,
    "safety": report_texts.CATEGORY_SAFETY,
    "health": report_texts.CATEGORY_HEALTH,
    "other": report_texts.CATEGORY_OTHER,
}
# How soon an employer wants an answer (stored on Thread.urgency), in button order.
URGENCIES: dict[str, str] = {
    Urgency.TODAY: report_texts.URGENCY_TODAY,
    Urgency.WEEK: report_texts.URGENCY_WEEK,
    Urgency.INFO: report_texts.URGENCY_INFO,
}


@dataclass(frozen=True)
class ReportFiled:
    """A filed report: its thread, the placement it is about, by when the coach answers."""

    thread: Thread
    placement: Membership
    due_at: datetime

    @property
    def coach(self) -> Coach:
        return self.placement.coach


@dataclass(frozen=True)
class GoodNewsShared:
    """Good news passed on: its thread (to read, without a deadline) and the placement."""

    thread: Thread
    placement: Membership
    # The young person got it too (they allowed it and their chat works).
    shared_with_youth: bool = False

    @property
    def coach(self) -> Coach:
        return self.placement.coach


async def placements(session: AsyncSession, person: Person) -> list[Membership]:
    """The young people placed with this person as employer (active cases), oldest first."""
    query = (
        select(CaseMember.id)
        .join(Case, col(Case.id) == CaseMember.case_id)
        .where(
            CaseMember.person_id == person.id,
            CaseMember.role == Role.EMPLOYER,
            Case.status == CaseStatus.ACTIVE,
        )
        .order_by(col(CaseMember.id))
    )
    member_ids = (await session.exec(query)).all()
    found = [await membership(session, member_id or 0) for member_id in member_ids]
    return [who for who in found if who is not None]


async def placement(session: AsyncSession, person: Person, case_id: int) -> Membership:
    """The employer's membership on this case; NotAllowed when the young person is not theirs."""
    for who in await placements(session, person):
        if who.case.id == case_id:
            return who
    raise NotAllowed(f"person {person.id} is not the employer on case {case_id}")


async def do_report_as_employer(
    session: AsyncSession,
    *,
    employer: Person,
    case_id: int,
    category: str,
    urgency: str,
    text: str,
    channel: Channel,
    base_url: str,
    media_kind: str | None = None,
    media_file_id: str | None = None,
    note: str | None = None,
) -> ReportFiled:
    """Files a report about a young person placed with the employer and alerts their coach.

    Only "for information" may come without a text (or media): the coach then reads that none
    was given.
    """
    if category not in CATEGORIES:
        raise InvalidInput("category")
    if urgency not in URGENCIES:
        raise InvalidInput("urgency")
    text = text.strip()
    if not text and not media_kind and urgency != Urgency.INFO:
        raise InvalidInput("a report needs a text")
    who = await routed(session, await placement(session, employer, case_id))
    thread = await _start_thread(
        session,
        who,
        kind=REPORT,
        category=category,
        urgency=urgency,
        text=text,
        channel=channel,
        media_kind=media_kind,
        media_file_id=media_file_id,
    )
    assert thread.due_at is not None  # a report has a deadline; only good news has none
    coach = who.coach
    language = coach.language
    alert = (
        report_texts.COACH_ALERT_REPORT_TODAY
        if urgency == Urgency.TODAY
        else report_texts.COACH_ALERT_REPORT
    )
    tell_coach(
        session,
        coach,
        render(
            language,
            alert,
            who=described_for_coach(who.person, who.member, who.case, language),
            category=render(language, CATEGORIES[category]),
            urgency=render(language, URGENCIES[urgency]),
            due=format_moment(thread.due_at, language),
            text=_shown_to_coach(text, media_kind, note, language),
        ),
        buttons=thread_buttons(coach, thread.id or 0, base_url),
        thread_id=thread.id,
    )
    audit.record(
        session,
        actor=employer,
        action="employer_report_filed",
        case_id=case_id,
        category=category,
        urgency=urgency,
    )
    return ReportFiled(thread=thread, placement=who, due_at=thread.due_at)


async def do_share_good_news(
    session: AsyncSession,
    *,
    employer: Person,
    case_id: int,
    text: str,
    channel: Channel,
    base_url: str,
    media_kind: str | None = None,
    media_file_id: str | None = None,
    note: str | None = None,
) -> GoodNewsShared:
    """Passes something good about a placed young person to their coach (urgency "info").

    The young person gets it too, in their own language, when they allowed it in their settings
    (Case.good_news_shared_with_youth) and their Telegram chat is linked, consented and not
    blocked. Only words are passed on: a photo without a caption reaches the coach only.
    """
    text = text.strip()
    if not text and not media_kind:
        raise InvalidInput("good news needs a text")
    who = await routed(session, await placement(session, employer, case_id))
    thread = await _start_thread(
        session,
        who,
        kind=GOOD_NEWS,
        category=None,
        urgency=Urgency.INFO,
        text=text,
        channel=channel,
        media_kind=media_kind,
        media_file_id=media_file_id,
    )
    coach = who.coach
    language = coach.language
    tell_coach(
        session,
        coach,
        render(
            language,
            report_texts.COACH_ALERT_GOOD_NEWS,
            who=described_for_coach(who.person, who.member, who.case, language),
            text=_shown_to_coach(text, media_kind, note, language),
        ),
        buttons=thread_buttons(coach, thread.id or 0, base_url),
        thread_id=thread.id,
    )
    audit.record(session, actor=employer, action="employer_good_news", case_id=case_id)
    shared = await _share_with_youth(session, who, text)
    return GoodNewsShared(thread=thread, placement=who, shared_with_youth=shared)


async def young_person_of(session: AsyncSession, case: Case) -> Membership | None:
    """The young person whose case it is, if they were invited."""
    query = (
        select(CaseMember.id)
        .where(CaseMember.case_id == case.id, CaseMember.role == Role.YOUTH)
        .order_by(col(CaseMember.id))
    )
    member_id = (await session.exec(query)).first()
    return await membership(session, member_id) if member_id is not None else None


async def _share_with_youth(session: AsyncSession, employer: Membership, text: str) -> bool:
    if not employer.case.good_news_shared_with_youth or not text:
        return False
    youth = await young_person_of(session, employer.case)
    if youth is None or youth.person.consent_at is None:
        return False
    language = youth.person.language
    if employer.person.first_name:
        message = render(
            language,
            settings_texts.GOOD_NEWS_FOR_YOUTH,
            employer=employer.person.first_name,
            text=text,
        )
    else:
        message = render(language, settings_texts.GOOD_NEWS_FOR_YOUTH_NO_NAME, text=text)
    # No thread id: the thread is the employer's, and a reply by the young person must not
    # land in it; whatever they answer reaches their coach as their own message.
    if not tell_person(session, youth.person, message, purpose="good_news"):
        return False
    audit.record(
        session,
        actor=employer.person,
        action="good_news_shared_with_youth",
        case_id=employer.case.id,
    )
    return True


async def _start_thread(
    session: AsyncSession,
    who: Membership,
    *,
    kind: str,
    category: str | None,
    urgency: str,
    text: str,
    channel: Channel,
    media_kind: str | None,
    media_file_id: str | None,
) -> Thread:
    """A new thread (never added to an open question) with the employer's words as its first."""
    now = utcnow()
    thread = await open_thread(session, who, now=now, kind=kind, category=category, urgency=urgency)
    if not text and not media_kind:
        text = render(None, report_texts.NO_TEXT_GIVEN)
    add_person_message(
        session,
        who=who,
        thread=thread,
        text=text,
        channel=channel,
        media_kind=media_kind,
        media_file_id=media_file_id,
        now=now,
    )
    return thread


def _shown_to_coach(text: str, media_kind: str | None, note: str | None, language: str) -> str:
    shown = text_for_coach(text, media_kind, note, language)
    return shown or render(language, report_texts.NO_TEXT_GIVEN)
