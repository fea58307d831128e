"""Asking the young person about a warm handover (core/actions/handover.py), in Telegram or on
their web page: what would go to whom, and what may go — everything, nothing, or part by part;
then, when the coach proposed it, whether the old coach may go on reading for a while. Someone
of 16 or older decides themselves; for someone younger a parent on the case is asked.

Koers starts the conversation (flow "handover", steps ask → part → read); each answer is
checked against the step and the handover named in it, so an old button counts for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import conversation
from core.actions.checkins import leave_running_flow
from core.actions.handover_steps import organisation_of, record_consent, tell_about_consent
from core.actions.mail_notices import tell_question_by_mail
from core.actions.notify import tell_person
from core.choices import Buttons, button
from core.clock import local, utcnow
from core.errors import InvalidInput, NotAllowed, NotFound
from core.mail import WebReach
from core.models import Case, CaseMember, Coach, Person, Role, Team
from core.network_models import HANDOVER_PARTS, Handover, HandoverStatus
from core.people import Membership, membership
from messages import handover_texts, texts
from messages.i18n import render

FLOW = "handover"
ASK, PART, READ = "ask", "part", "read"
ALL, CHOOSE, NONE, YES, NO = "all", "choose", "none", "yes", "no"
ADULT_ENOUGH = 16


async def do_ask_consent(session: AsyncSession, handover: Handover, reach: WebReach) -> bool:
    """Asks whoever decides (the young person; a parent under 16) if Koers can reach them;
    False when nobody can be asked here and the coach records the answer from a conversation."""
    case = await session.get(Case, handover.case_id)
    assert case is not None
    asked = await _who_decides(session, case)
    if asked is None:
        return False
    person = asked.person
    await leave_running_flow(session, person, base_url=reach.base_url)
    conversation.enter(person, FLOW, ASK, handover_id=handover.id, chosen=[], index=0)
    text, buttons = await handover_question(session, asked, handover, ASK, 0)
    tell_person(session, person, text, buttons=buttons, purpose="checkin")
    if person.telegram_chat_id is None:
        await tell_question_by_mail(session, asked, reach)
    return True


async def _who_decides(session: AsyncSession, case: Case) -> Membership | None:
    wanted = Role.YOUTH if _decides_themselves(case.birth_date) else Role.PARENT
    rows = await session.exec(
        select(CaseMember, Person)
        .join(Person, col(Person.id) == CaseMember.person_id)
        .where(CaseMember.case_id == case.id, CaseMember.role == wanted)
        .order_by(col(CaseMember.id))
    )
    for member, person in rows.all():
        if person.consent_at is not None and person.telegram_blocked_at is None:
            return await membership(session, member.id or 0)
    return None


def _decides_themselves(birth_date: date | None) -> bool:
    if birth_date is None:
        return True
    today = local(utcnow()).date()
    age = (
        today.year
        - birth_date.year
        - ((today.month, today.day) < (birth_date.month, birth_date.day))
    )
    return age >= ADULT_ENOUGH


async def handover_question(
    session: AsyncSession, who: Membership, handover: Handover, step: str, index: int
) -> tuple[str, Buttons]:
    language = who.person.language
    stop = [button(language, texts.NAV_STOP, "nav", "stop")]
    value = f".{handover.id}"
    if step == ASK:
        team = await session.get(Team, handover.to_team_id)
        coach = await session.get(Coach, handover.from_coach_id)
        assert team is not None and coach is not None
        organisation = await organisation_of(session, team.id or 0)
        parts = "\n".join(
            f"• {render(language, handover_texts.PARTS[part])}" for part in HANDOVER_PARTS
        )
        asked = handover_texts.ASK if who.role == Role.YOUTH else handover_texts.ASK_PARENT
        text = render(
            language,
            asked,
            coach=coach.name,
            team=team.name,
            organisation=organisation.name,
            parts=parts,
            name=who.case.first_name,
        )
        choices = [
            [button(language, handover_texts.ALL, FLOW, ASK, ALL + value)],
            [button(language, handover_texts.CHOOSE, FLOW, ASK, CHOOSE + value)],
            [button(language, handover_texts.NONE, FLOW, ASK, NONE + value)],
        ]
        return text, [*choices, stop]
    yes_no = [
        button(language, handover_texts.YES, FLOW, step, YES + value),
        button(language, handover_texts.NO, FLOW, step, NO + value),
    ]
    if step == PART:
        part = render(language, handover_texts.PARTS[HANDOVER_PARTS[index]])
        return render(language, handover_texts.ASK_PART, part=part), [yes_no, stop]
    coach = await session.get(Coach, handover.from_coach_id)
    assert coach is not None
    text = render(language, handover_texts.ASK_READ, coach=coach.name, days=handover.read_days)
    return text, [yes_no, stop]


@dataclass(frozen=True)
class HandoverAnswered:
    handover: Handover
    # The next question; None when the answer is complete.
    question: tuple[str, Buttons] | None = None
    thanks: str | None = None


async def do_answer_handover(
    session: AsyncSession, *, who: Membership, handover_id: int, step: str, answer: str
) -> HandoverAnswered:
    """One button of the handover question; raises NotAllowed for a button of another step or
    handover, InvalidInput for an answer the step does not know."""
    running = conversation.running(who.person)
    if (
        running is None
        or running.flow != FLOW
        or running.step != step
        or running.data.get("handover_id") != handover_id
    ):
        raise NotAllowed("not this step of this handover")
    handover = await session.get(Handover, handover_id)
    if handover is None or handover.case_id != who.case.id:
        raise NotFound(f"no handover {handover_id}")
    if handover.status != HandoverStatus.PROPOSED:
        conversation.end(who.person)
        raise InvalidInput("decided")
    chosen: list[str] = list(running.data.get("chosen", []))
    index = int(running.data.get("index", 0))
    if step == ASK and answer in (ALL, NONE):
        chosen = list(HANDOVER_PARTS) if answer == ALL else []
        return await _after_parts(session, who, handover, chosen)
    if step == ASK and answer == CHOOSE:
        conversation.replace(
            who.person, PART, {"handover_id": handover_id, "chosen": [], "index": 0}
        )
        return HandoverAnswered(handover, await handover_question(session, who, handover, PART, 0))
    if step == PART and answer in (YES, NO):
        if answer == YES:
            chosen.append(HANDOVER_PARTS[index])
        if index + 1 < len(HANDOVER_PARTS):
            data = {"handover_id": handover_id, "chosen": chosen, "index": index + 1}
            conversation.replace(who.person, PART, data)
            question = await handover_question(session, who, handover, PART, index + 1)
            return HandoverAnswered(handover, question)
        return await _after_parts(session, who, handover, chosen)
    if step == READ and answer in (YES, NO):
        return await _done(session, who, handover, chosen, may_read=answer == YES)
    raise InvalidInput("answer")


async def _after_parts(
    session: AsyncSession, who: Membership, handover: Handover, chosen: list[str]
) -> HandoverAnswered:
    if chosen and handover.read_days > 0:
        data = {"handover_id": handover.id, "chosen": chosen, "index": 0}
        conversation.replace(who.person, READ, data)
        return HandoverAnswered(handover, await handover_question(session, who, handover, READ, 0))
    return await _done(session, who, handover, chosen, may_read=False)


async def _done(
    session: AsyncSession, who: Membership, handover: Handover, chosen: list[str], *, may_read: bool
) -> HandoverAnswered:
    conversation.end(who.person)
    via = "telegram" if who.person.telegram_chat_id is not None else "web"
    record_consent(
        session, handover, parts=chosen, old_coach_may_read=may_read, via=via, by=who.person
    )
    await tell_about_consent(session, handover)
    language = who.person.language
    coach = await session.get(Coach, handover.from_coach_id)
    team = await session.get(Team, handover.to_team_id)
    assert coach is not None and team is not None
    if chosen:
        thanks = render(language, handover_texts.THANKS, team=team.name, coach=coach.name)
    else:
        thanks = render(language, handover_texts.THANKS_NONE, coach=coach.name)
    return HandoverAnswered(handover, None, thanks)
