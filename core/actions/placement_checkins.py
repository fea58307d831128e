"""The first weeks of a placement (DESIGN §4): a coach records the young person's first day of
work with an employer; after week 1, 2 and 4 Koers asks the employer how it goes (three faces
and, if they like, a sentence). A bad face alerts the coach; every answer is on the case's
timeline and, when there is something to read, in a thread the coach can answer.

Koers starts the conversation (flow "placement", steps mood → told); the step is checked here,
so an answer counts once and only in the step that asked for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit, conversation, tasks
from core.access import Actor
from core.actions.absence import responsible_coach
from core.actions.checkins import leave_running_flow
from core.actions.journey import move_on_to
from core.actions.mail_notices import tell_question_by_mail
from core.actions.notify import tell_coach, tell_person, thread_buttons
from core.actions.questions import add_person_message, open_thread
from core.case_events import note_event
from core.choices import Buttons, button, choice_button
from core.clock import utcnow
from core.errors import InvalidInput, NotAllowed, NotFound
from core.journey import FIRST_WEEKS
from core.journey_models import CaseEventKind
from core.models import (
    Case,
    CaseMember,
    CaseStatus,
    Channel,
    CheckIn,
    CheckInKind,
    Coach,
    DueTask,
    Role,
)
from core.people import Membership, described_for_coach, membership
from core.team_rules import team_rules, wall_clock
from messages import checkin_texts, placement_texts, texts
from messages.i18n import render

FLOW = "placement"
MOOD, TOLD = "mood", "told"
NOTHING = "nothing"
WEEKS = (1, 2, 4)
PLACEMENT_CHECKIN = "placement_checkin"
# Employers are asked during working hours.
ASK_AT = time(10, 0)
BAD = 1
EARLIEST_START = date(2000, 1, 1)


async def do_set_placement_start(
    session: AsyncSession, *, actor: Actor, member_id: int, start: date | None
) -> CaseMember:
    """The employer's placement starts on `start` (None: no placement date). InvalidInput
    ("placement_start") for someone who is not an employer, or a date that cannot be one."""
    member = await access.member_for(session, actor, member_id)
    if member.role != Role.EMPLOYER:
        raise InvalidInput("placement_start")
    if start is not None and not EARLIEST_START <= start <= utcnow().date() + timedelta(days=366):
        raise InvalidInput("placement_start")
    if member.placement_start == start:
        return member
    member.placement_start = start
    case = await session.get(Case, member.case_id)
    assert case is not None
    note_event(
        session,
        case_id=case.id or 0,
        kind=CaseEventKind.EDITED,
        actor=actor,
        fields=["placement_start"],
    )
    audit.record(session, actor=actor, action="placement_start_set", case_id=case.id)
    if start is None:
        return member
    move_on_to(session, case, FIRST_WEEKS, actor=actor)
    rules = await team_rules(session, case.team_id)
    for week in WEEKS:
        day = start + timedelta(days=7 * week)
        await tasks.plan(
            session,
            kind=PLACEMENT_CHECKIN,
            key=f"{PLACEMENT_CHECKIN}:{member.id}:{start.isoformat()}:{week}",
            due_at=rules.after_quiet_hours(wall_clock(day, ASK_AT)),
            case_id=case.id,
            detail={"member": member.id, "week": week, "start": start.isoformat()},
        )
    return member


async def do_placement_checkin(
    session: AsyncSession, task: DueTask, context: tasks.TaskContext
) -> tasks.Outcome:
    detail = task.detail or {}
    member = await session.get(CaseMember, int(detail.get("member", 0)))
    if member is None or member.placement_start is None:
        return tasks.Skipped("no_placement")
    if member.placement_start.isoformat() != detail.get("start"):
        return tasks.Skipped("start_changed")
    who = await membership(session, member.id or 0)
    if who is None or who.case.status != CaseStatus.ACTIVE:
        return tasks.Skipped("case_closed")
    person = who.person
    reachable = person.telegram_chat_id is not None or (context.mail and person.email)
    if person.consent_at is None or person.telegram_blocked_at is not None or not reachable:
        return tasks.Skipped("employer_unreachable")
    now = utcnow()
    rules = await team_rules(session, who.case.team_id)
    if rules.in_quiet_hours(now):
        return tasks.Later(rules.after_quiet_hours(now), "quiet_hours")
    week = int(detail.get("week", 1))
    checkin = CheckIn(
        case_id=who.case.id or 0,
        member_id=member.id or 0,
        kind=CheckInKind.PLACEMENT,
        week=week,
        asked_at=now,
    )
    session.add(checkin)
    await session.flush()
    passed_to = await leave_running_flow(session, person, base_url=context.base_url)
    if passed_to is not None:
        tell_person(
            session, person, render(person.language, checkin_texts.TYPED_PASSED, coach=passed_to)
        )
    conversation.enter(person, FLOW, MOOD, checkin_id=checkin.id)
    text, buttons = placement_question(who, checkin, MOOD)
    tell_person(session, person, text, buttons=buttons, purpose="checkin")
    if person.telegram_chat_id is None:
        await tell_question_by_mail(session, who, context.reach)
    audit.record(session, actor=None, action="placement_checkin_started", case_id=who.case.id)
    return tasks.Done(f"week_{week}")


def placement_question(who: Membership, checkin: CheckIn, step: str) -> tuple[str, Buttons]:
    language = who.person.language
    stop = [button(language, texts.NAV_STOP, "nav", "stop")]
    if step == MOOD:
        text = render(
            language, placement_texts.ASK_MOOD, name=who.case.first_name, week=checkin.week or 1
        )
        faces = [
            choice_button(render(language, label), FLOW, MOOD, f"{value}.{checkin.id}")
            for value, label in placement_texts.FACES.items()
        ]
        return text, [faces, stop]
    text = render(language, placement_texts.ASK_TOLD, coach=who.coach.name)
    nothing = button(language, checkin_texts.NOTHING_TO_TELL, FLOW, TOLD, f"{NOTHING}.{checkin.id}")
    return text, [[nothing], stop]


@dataclass(frozen=True)
class PlacementAnswered:
    checkin: CheckIn
    # The step now asked; None when the check-in is over.
    step: str | None
    coach: Coach
    # The coach heard of it (a bad face, or something written).
    passed: bool = False


async def do_answer_placement_mood(
    session: AsyncSession, *, who: Membership, checkin_id: int, mood: int
) -> PlacementAnswered:
    if str(mood) not in placement_texts.FACES:
        raise InvalidInput("mood")
    checkin = await _checkin_in_step(who, checkin_id, MOOD, session)
    checkin.mood = mood
    conversation.replace(who.person, TOLD, {"checkin_id": checkin_id})
    return PlacementAnswered(checkin, TOLD, who.coach)


async def do_placement_tell(
    session: AsyncSession, *, who: Membership, checkin_id: int, text: str, base_url: str
) -> PlacementAnswered:
    """The last answer ("" for nothing): the check-in ends; a bad face or a sentence reaches
    the coach in one message, and in a thread the coach can answer."""
    checkin = await _checkin_in_step(who, checkin_id, TOLD, session, also=(MOOD,))
    now = utcnow()
    checkin.told, checkin.answered_at = text.strip(), now
    conversation.end(who.person)
    bad = checkin.mood == BAD
    if not bad and not checkin.told:
        return PlacementAnswered(checkin, None, who.coach)
    coach = await responsible_coach(session, who.case)
    language = coach.language
    face = (
        render(language, placement_texts.FACES.get(str(checkin.mood), "")) if checkin.mood else ""
    )
    params = {
        "who": described_for_coach(who.person, who.member, who.case, language),
        "name": who.case.first_name,
        "week": checkin.week or 1,
        "face": face,
    }
    header = render(
        language, placement_texts.COACH_BAD if bad else placement_texts.COACH_TOLD, **params
    )
    thread = await open_thread(session, who, now=now, kind="checkin")
    body = render(language, placement_texts.THREAD_FACE, week=checkin.week or 1, face=face)
    for part in (body if checkin.mood else "", checkin.told):
        if part:
            add_person_message(
                session,
                who=who,
                thread=thread,
                text=part,
                channel=Channel.TELEGRAM if who.person.telegram_chat_id else Channel.WEB,
                media_kind=None,
                media_file_id=None,
                now=now,
            )
    hint = render(language, checkin_texts.COACH_REPLY_HINT)
    tell_coach(
        session,
        coach,
        "\n\n".join(part for part in (header, checkin.told, hint) if part),
        buttons=thread_buttons(coach, thread.id or 0, base_url),
        thread_id=thread.id,
        case_id=who.case.id,
    )
    if bad:
        checkin.alerted_at = now
    audit.record(
        session, actor=who.person, action="placement_checkin_answered", case_id=who.case.id
    )
    return PlacementAnswered(checkin, None, who.coach, passed=True)


async def _checkin_in_step(
    who: Membership, checkin_id: int, step: str, session: AsyncSession, also: tuple[str, ...] = ()
) -> CheckIn:
    running = conversation.running(who.person)
    if (
        running is None
        or running.flow != FLOW
        or running.step not in (step, *also)
        or running.data.get("checkin_id") != checkin_id
    ):
        raise NotAllowed("not this step of this check-in")
    checkin = await session.get(CheckIn, checkin_id)
    if checkin is None or checkin.member_id != who.member.id:
        raise NotFound(f"no check-in {checkin_id}")
    return checkin
