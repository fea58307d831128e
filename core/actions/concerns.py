"""Concerns ("er is iets"): a life domain and a text, as a thread the coach sees with priority.

A concern is its own thread (kind "concern", never added to an open question) so it keeps its
own deadline. Words of acute distress make it a crisis: urgent, the coach *and* the backup coach
alerted, and crisis information for the person to read at once (DESIGN §4.5). The actions are
channel-agnostic; the caller decides whether a text is a crisis (`core.crisis.signals_crisis`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.absence import responsible_coach
from core.actions.cadence import do_note_bad_signal
from core.actions.crisis_followup import crisis_recipients, plan_crisis_realert
from core.actions.intake import do_open_intake_request
from core.actions.notify import tell_coach, thread_buttons
from core.actions.questions import add_person_message, open_thread, text_for_coach
from core.bots import DEFAULT_BOT
from core.clock import local, utcnow
from core.concern_outcomes import CONCERN
from core.deadlines import Urgency
from core.errors import InvalidInput
from core.models import Case, Channel, Coach, Role, Thread
from core.people import Membership, described_for_coach
from messages import concern_texts
from messages.i18n import SOURCE_LANGUAGE, format_moment, render, supported

# The life domains, by the code stored on Thread.category, in button order.
DOMAINS: tuple[str, ...] = tuple(concern_texts.DOMAIN_LABELS)
OTHER = "other"
# The category of a crisis that did not come with a chosen domain.
CRISIS = "crisis"
# De Kindertelefoon is for children and young people up to 18.
KINDERTELEFOON_AGE = 18


def domain_label(category: str | None, language: str | None) -> str:
    """A concern's category as people read it: a life domain, or 'Crisis'."""
    label = concern_texts.DOMAIN_LABELS.get(category or OTHER, concern_texts.CRISIS_LABEL)
    return render(language, label)


@dataclass(frozen=True)
class ConcernRaised:
    thread: Thread
    coach: Coach
    due_at: datetime


async def do_raise_concern(
    session: AsyncSession,
    *,
    who: Membership,
    domain: str,
    text: str,
    channel: Channel,
    media_kind: str | None = None,
    media_file_id: str | None = None,
    base_url: str,
) -> ConcernRaised:
    """Stores a concern as a new thread with its deadline (2 working days) and alerts the coach."""
    if domain not in DOMAINS:
        raise InvalidInput("domain")
    now = utcnow()
    thread = await open_thread(session, who, now=now, kind=CONCERN, category=domain)
    await do_note_bad_signal(session, who.case)
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
    assert thread.due_at is not None
    coach = await responsible_coach(session, who.case)
    language = coach.language
    alert = render(
        language,
        concern_texts.COACH_ALERT_CONCERN,
        who=described_for_coach(who.person, who.member, who.case, language),
        domain=domain_label(domain, language),
        urgency=render(language, concern_texts.URGENCY_NORMAL),
        due=format_moment(thread.due_at, language),
        text=text_for_coach(text, media_kind, None, language),
    )
    tell_coach(
        session,
        coach,
        alert,
        buttons=thread_buttons(coach, thread.id or 0, base_url),
        thread_id=thread.id,
    )
    audit.record(
        session, actor=who.person, action="concern_raised", case_id=who.case.id, domain=domain
    )
    return ConcernRaised(thread=thread, coach=coach, due_at=thread.due_at)


@dataclass(frozen=True)
class CrisisRaised:
    thread: Thread
    coach: Coach
    # The case's backup coach, alerted as well; None when the case has none.
    backup: Coach | None
    due_at: datetime
    # Whether the crisis information includes De Kindertelefoon (a young person under 18).
    under_18: bool
    # Crisis information and who responds, in the person's language, for any channel to show.
    help_text: str


async def do_raise_crisis(
    session: AsyncSession,
    *,
    who: Membership,
    text: str,
    channel: Channel,
    base_url: str,
    domain: str | None = None,
    media_kind: str | None = None,
    media_file_id: str | None = None,
) -> CrisisRaised:
    """Stores words of acute distress as an urgent concern and alerts the coach and the backup.

    `domain` is the life domain chosen in the concern flow, if the person got that far; the
    returned help text is what the person must read now, whatever the channel.
    """
    category = domain if domain in DOMAINS else CRISIS
    now = utcnow()
    thread = await open_thread(
        session, who, now=now, kind=CONCERN, category=category, urgency=Urgency.URGENT
    )
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
    assert thread.due_at is not None
    under_18 = who.role == Role.YOUTH and may_be_under_18(who.case, local(now).date())
    sent = (
        concern_texts.COACH_CRISIS_HELP_SENT_UNDER_18
        if under_18
        else concern_texts.COACH_CRISIS_HELP_SENT
    )
    backup = await _backup_coach(session, who)
    answering = await responsible_coach(session, who.case)
    # No working-hours wait for a crisis: the coordinators hear it at once too.
    for coach in _distinct(
        who.coach, backup, answering, *await crisis_recipients(session, who.case)
    ):
        language = coach.language
        alert = render(
            language,
            concern_texts.COACH_ALERT_CRISIS,
            who=described_for_coach(who.person, who.member, who.case, language),
            domain=domain_label(category, language),
            due=format_moment(thread.due_at, language),
            text=text_for_coach(text, media_kind, None, language),
            helplines=render(language, sent),
        )
        stands_in = coach.id in (getattr(backup, "id", None), answering.id)
        if coach.id != who.coach.id and stands_in:
            backup_line = render(
                language, concern_texts.COACH_ALERT_CRISIS_BACKUP, coach=who.coach.name
            )
            alert = f"{alert}\n{backup_line}"
        tell_coach(
            session,
            coach,
            alert,
            buttons=thread_buttons(coach, thread.id or 0, base_url),
            thread_id=thread.id,
            purpose="coach_alert_urgent",
        )
    await plan_crisis_realert(session, thread, step=1, now=now)
    audit.record(
        session,
        actor=who.person,
        action="crisis_raised",
        case_id=who.case.id,
        category=category,
        backup_alerted=backup is not None,
    )
    return CrisisRaised(
        thread=thread,
        coach=who.coach,
        backup=backup,
        due_at=thread.due_at,
        under_18=under_18,
        help_text=crisis_help(who.person.language, coach=answering.name, under_18=under_18),
    )


def crisis_help(language: str | None, *, coach: str, under_18: bool) -> str:
    """113 and 112 (and De Kindertelefoon for under-18s), then who responds: one message."""
    parts = [render(language, concern_texts.CRISIS_HELP)]
    if under_18:
        parts.append(render(language, concern_texts.CRISIS_HELP_UNDER_18))
    parts.append(render(language, concern_texts.CRISIS_COACH_TOLD, coach=coach))
    return "\n\n".join(parts)


def may_be_under_18(case: Case, today: date) -> bool:
    """True for a young person under 18 today, and when we do not know their age."""
    born = case.birth_date
    if born is None:
        return True
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return age < KINDERTELEFOON_AGE


def _distinct(*coaches: Coach | None) -> list[Coach]:
    """Each coach once, in order: a backup who is also the stand-in gets one alert."""
    seen: set[int | None] = set()
    distinct = []
    for coach in coaches:
        if coach is not None and coach.id not in seen:
            seen.add(coach.id)
            distinct.append(coach)
    return distinct


async def _backup_coach(session: AsyncSession, who: Membership) -> Coach | None:
    backup_id = who.case.backup_coach_id
    if backup_id is None or backup_id == who.coach.id:
        return None
    return await session.get(Coach, backup_id)


async def do_answer_stranger_crisis(
    session: AsyncSession,
    *,
    chat_id: int,
    telegram_user_id: int,
    first_name: str,
    text: str,
    language: str | None = None,
    bot: str = DEFAULT_BOT,
) -> str:
    """Someone we do not know writes words of acute distress: help lines now, the team told.

    Without a link there is no coach; the team's coordinators get the urgent alert, and the
    message is kept as an intake request. The help text includes De Kindertelefoon, since we
    cannot know their age.
    """
    intake = await do_open_intake_request(
        session,
        reason="unlinked_message",
        telegram_user_id=telegram_user_id,
        chat_id=chat_id,
        first_name=first_name,
        text=text,
        bot=bot,
    )
    coordinators = await session.exec(
        select(Coach).where(Coach.team_id == intake.team_id, col(Coach.is_coordinator).is_(True))
    )
    for coordinator in coordinators.all():
        alert = render(
            coordinator.language,
            concern_texts.COORDINATOR_ALERT_STRANGER_CRISIS,
            name=first_name or "?",
            text=text,
        )
        tell_coach(session, coordinator, alert, purpose="coach_alert_urgent")
    audit.record(session, actor=None, action="stranger_crisis", intake_id=intake.id)
    return stranger_crisis_help(language)


def stranger_crisis_help(language: str | None) -> str:
    """The help lines in the person's own language (as Telegram says it), then in Dutch: they
    may be new here, and whoever is with them may read Dutch."""
    help_lines = [concern_texts.CRISIS_HELP, concern_texts.CRISIS_HELP_UNDER_18]
    own = supported((language or "").split("-")[0].lower() or None)
    languages = [own] if own == SOURCE_LANGUAGE else [own, SOURCE_LANGUAGE]
    return "\n\n".join(render(chosen, line) for chosen in languages for line in help_lines)
