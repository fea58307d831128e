"""Check-ins: after an appointment, or in aftercare, Koers asks the young person how it went.

Been there? (yes / no / moved) → how was it? (four faces) → anything to tell? → next
appointment? (DESIGN §4.3). An aftercare check-in has no appointment and starts at the faces;
"moved" asks for the new time and ends there. Each answer is recorded in the transaction of the
update that brought it, so a young person who stops after one question still told us that.

A *no*, one of the two lowest faces or a worry in the text alerts the coach. Whatever the young
person writes reaches the coach in one thread per check-in (kind "checkin"), opened at the first
thing to pass on: the coach reads it in the portal inbox and replies there or in Telegram.

Koers starts this conversation, not the person, so it is a running flow like any other
(core/conversation.py): flow "checkin", the step, and data {checkin_id, thread_id}.
The step is checked here, so an answer counts only in the step that asked for it, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit, conversation
from core.actions.absence import responsible_coach
from core.actions.appointments import do_mark_appointment_moved
from core.actions.cadence import do_note_bad_signal
from core.actions.checkin_alert import gather_for_coach, send_gathered
from core.actions.checkin_questions import (
    ATTENDED,
    CHOICES,
    FLOW,
    MOOD,
    MOVED,
    NEW_TIME,
    NEXT,
    NEXT_WHEN,
    QUIET_MOOD,
    THREAD_KIND,
    TOLD,
    YES,
    appointment_said,
    checkin_question,
)
from core.actions.mail_notices import tell_question_by_mail
from core.actions.notify import tell_person
from core.actions.out_of_view import note_contact
from core.actions.questions import (
    add_person_message,
    do_receive_message,
    media_label,
    open_thread,
    text_for_coach,
)
from core.actions.referrals import note_youth_answer
from core.actions.roles import current_membership
from core.clock import as_utc, utcnow
from core.errors import InvalidInput, NotAllowed, NotFound
from core.mail import WebReach
from core.models import (
    Appointment,
    Case,
    CaseMember,
    CaseStatus,
    Channel,
    CheckIn,
    CheckInKind,
    Coach,
    Person,
    Role,
    Thread,
    ThreadStatus,
)
from core.people import Membership, described_for_coach, membership
from core.worry import signals_worry
from messages import checkin_texts
from messages.i18n import render


@dataclass(frozen=True)
class CheckInAnswered:
    checkin: CheckIn
    # The step now asked; None when the check-in is over.
    step: str | None
    coach: Coach
    # This answer alerted the coach (a no, a bad face, a worry).
    alerted: bool = False
    # What the young person wrote with this answer reached the coach.
    passed: bool = False


@dataclass(frozen=True)
class Said:
    """What a young person wrote or sent as an answer: text, or media with an optional caption."""

    text: str
    media_kind: str | None = None
    media_file_id: str | None = None

    @property
    def empty(self) -> bool:
        return not self.text.strip() and not self.media_kind

    def as_text(self) -> str:
        """As kept on the check-in: the words, or what kind of media it was."""
        label = media_label(self.media_kind, None) if self.media_kind else ""
        return self.text.strip() or label


async def do_start_checkin(
    session: AsyncSession,
    *,
    appointment_id: int | None = None,
    case_id: int | None = None,
    kind: CheckInKind = CheckInKind.APPOINTMENT,
    reach: WebReach,
) -> CheckIn | None:
    """Asks the young person the first question; None (and nothing done) when Koers may not.

    Not for a closed case, an appointment cancelled, moved or asked about before, or a young
    person without consent, who blocked the bot or paused what Koers starts itself. Someone
    without Telegram is asked on their web page, only when Koers can e-mail them that a
    question waits (else nobody would ever see it). A flow they were in ends; what they typed
    in it and had not sent reaches their coach, as when they choose something else from the
    menu.
    """
    appointment = None
    if kind == CheckInKind.APPOINTMENT:
        appointment = await session.get(Appointment, appointment_id or 0)
        if appointment is None or case_id not in (None, appointment.case_id):
            raise NotFound(f"no appointment {appointment_id}")
        case_id = appointment.case_id
        if appointment.cancelled_at is not None or appointment.moved_at is not None:
            return None
        asked = select(CheckIn.id).where(CheckIn.appointment_id == appointment_id)
        if (await session.exec(asked)).first() is not None:
            return None
    elif appointment_id is not None:
        raise InvalidInput("an aftercare check-in is about no appointment")
    case = await session.get(Case, case_id or 0)
    if case is None:
        raise NotFound(f"no case {case_id}")
    now = utcnow()
    who = await _reachable_young_person(session, case, now, mail=reach.mail)
    if case.status != CaseStatus.ACTIVE or who is None:
        return None

    checkin = CheckIn(
        case_id=case.id or 0,
        member_id=who.member.id or 0,
        appointment_id=appointment_id,
        kind=kind,
        asked_at=now,
    )
    session.add(checkin)
    await session.flush()
    person = who.person
    passed_to = await leave_running_flow(session, person, base_url=reach.base_url)
    if passed_to is not None:
        passed = render(person.language, checkin_texts.TYPED_PASSED, coach=passed_to)
        tell_person(session, person, passed)
    step = ATTENDED if appointment is not None else MOOD
    conversation.enter(person, FLOW, step, checkin_id=checkin.id)
    text, buttons = await checkin_question(session, checkin, step, person)
    tell_person(session, person, text, buttons=buttons, purpose="checkin")
    if person.telegram_chat_id is None:
        await tell_question_by_mail(session, who, reach)
    audit.record(session, actor=None, action="checkin_started", case_id=case.id, kind=kind)
    return checkin


async def leave_running_flow(session: AsyncSession, person: Person, *, base_url: str) -> str | None:
    """Ends the flow a person is in; what they typed in it reaches their coach as a message.

    Returns the name of the coach it went to, or None when nothing typed was waiting.
    """
    typed = conversation.leave(person)
    who = await current_membership(session, person) if typed else None
    if who is None:
        return None
    text = "\n\n".join(typed)
    received = await do_receive_message(
        session, who=who, text=text, channel=Channel.TELEGRAM, base_url=base_url
    )
    return received.coach.name


def has_answer(checkin: CheckIn) -> bool:
    """Whether the young person answered anything, even when they stopped halfway."""
    answers = (checkin.attended, checkin.mood, checkin.told, checkin.next_appointment)
    return checkin.answered_at is not None or any(a is not None for a in answers)


async def do_answer_attended(
    session: AsyncSession, *, who: Membership, checkin_id: int, answer: str, base_url: str
) -> CheckInAnswered:
    """Been there? A no alerts the coach; moved marks the appointment and asks the new time."""
    if answer not in CHOICES[ATTENDED]:
        raise InvalidInput("attended")
    turn = await _turn(session, who, checkin_id, base_url, ATTENDED)
    turn.checkin.attended = answer
    await note_youth_answer(session, turn.checkin)
    if answer == YES:
        return turn.ask(MOOD)
    if answer == MOVED:
        moved = turn.checkin.appointment_id or 0
        await do_mark_appointment_moved(session, who=turn.mine, appointment_id=moved)
        return turn.ask(NEW_TIME)
    said = await appointment_said(session, turn.checkin, turn.language)
    body = render(turn.language, checkin_texts.THREAD_NOT_ATTENDED, **said)
    msgid = checkin_texts.COACH_ALERT_NOT_ATTENDED
    await turn.to_coach(body, msgid, params=said, alert="not_attended")
    return turn.ask(TOLD, alerted=True)


async def do_answer_mood(
    session: AsyncSession, *, who: Membership, checkin_id: int, mood: int, base_url: str
) -> CheckInAnswered:
    """How was it (how is it going)? One of the two lowest faces alerts the coach."""
    if str(mood) not in CHOICES[MOOD]:
        raise InvalidInput("mood")
    turn = await _turn(session, who, checkin_id, base_url, MOOD)
    turn.checkin.mood = mood
    if mood >= QUIET_MOOD:
        return turn.ask(TOLD)
    face = render(turn.language, CHOICES[MOOD][str(mood)])
    msgid, params = checkin_texts.COACH_ALERT_MOOD_AFTERCARE, {"face": face}
    if turn.checkin.kind == CheckInKind.APPOINTMENT:
        msgid = checkin_texts.COACH_ALERT_MOOD_APPOINTMENT
        params.update(await appointment_said(session, turn.checkin, turn.language))
    body = render(turn.language, checkin_texts.THREAD_MOOD, face=face)
    await turn.to_coach(body, msgid, params=params, alert="mood")
    return turn.ask(TOLD, alerted=True)


async def do_tell(
    session: AsyncSession,
    *,
    who: Membership,
    checkin_id: int,
    said: Said | None,
    base_url: str,
) -> CheckInAnswered:
    """Anything to tell? It reaches the coach, as an alert when it names a worry. None: nothing."""
    turn = await _turn(session, who, checkin_id, base_url, TOLD)
    if said is None or said.empty:
        turn.checkin.told = ""
        return turn.ask(NEXT)
    turn.checkin.told = said.as_text()
    alerted = await turn.to_coach(said.text, checkin_texts.COACH_CHECKIN_TOLD, said=said)
    return turn.ask(NEXT, alerted=alerted, passed=True)


async def do_answer_next(
    session: AsyncSession, *, who: Membership, checkin_id: int, has_next: bool, base_url: str
) -> CheckInAnswered:
    """A next appointment? Yes asks when and where; no ends the check-in."""
    turn = await _turn(session, who, checkin_id, base_url, NEXT)
    if has_next:
        return turn.ask(NEXT_WHEN)
    turn.checkin.next_appointment = ""
    return await turn.finish()


async def do_give_when(
    session: AsyncSession, *, who: Membership, checkin_id: int, said: Said | None, base_url: str
) -> CheckInAnswered:
    """When and where: the next appointment, or the new time of a moved one (None: not known).

    Kept as the young person wrote it and passed to the coach, who plans it; the check-in ends.
    """
    turn = await _turn(session, who, checkin_id, base_url, NEXT_WHEN, NEW_TIME)
    given = said.as_text() if said is not None else ""
    turn.checkin.next_appointment = given
    if said is None or said.empty:
        return await turn.finish()
    if turn.step == NEW_TIME:
        what = (await appointment_said(session, turn.checkin, turn.language))["what"]
        body = render(turn.language, checkin_texts.THREAD_NEW_TIME, what=what, text=given)
        msgid, params = checkin_texts.COACH_CHECKIN_NEW_TIME, {"what": what}
    else:
        body = render(turn.language, checkin_texts.THREAD_NEXT, text=given)
        msgid, params = checkin_texts.COACH_CHECKIN_NEXT, {}
    alerted = await turn.to_coach(body, msgid, params=params, said=said)
    return await turn.finish(alerted=alerted, passed=True)


async def do_pass_on_checkin_text(
    session: AsyncSession, *, who: Membership, checkin_id: int, said: Said, base_url: str
) -> CheckInAnswered:
    """Text or media where a button was expected, once more: the check-in ends, and everything
    typed in it reaches the coach. The answers given so far stay recorded."""
    turn = await _turn(session, who, checkin_id, base_url, *CHOICES)
    kept = conversation.running(turn.person)
    typed_before = list(kept.data.get("typed", [])) if kept else []
    typed = "\n\n".join(part for part in [*typed_before, said.text] if part)
    everything = Said(typed, said.media_kind, said.media_file_id)
    alerted = await turn.to_coach(typed, checkin_texts.COACH_CHECKIN_TYPED, said=everything)
    conversation.end(turn.person)
    await send_gathered(session, checkin_id=checkin_id, base_url=base_url)
    return CheckInAnswered(turn.checkin, None, turn.mine.coach, alerted=alerted, passed=True)


async def _reachable_young_person(
    session: AsyncSession, case: Case, now: datetime, *, mail: bool
) -> Membership | None:
    members = await session.exec(
        select(CaseMember)
        .where(CaseMember.case_id == case.id, CaseMember.role == Role.YOUTH)
        .order_by(col(CaseMember.id))
    )
    for member in members.all():
        person = await session.get(Person, member.person_id)
        if person is None or person.consent_at is None:
            continue
        # Without Telegram only when a mail can tell them a question waits on their page.
        if person.telegram_chat_id is None and not (mail and person.email):
            continue
        paused = person.notifications_paused_until
        if person.telegram_blocked_at is None and (paused is None or as_utc(paused) <= now):
            return await membership(session, member.id or 0)
    return None


async def _turn(
    session: AsyncSession, who: Membership, checkin_id: int, base_url: str, *steps: str
) -> _Turn:
    """The check-in and its young person, if this person is in one of these steps of it.

    Also notes the contact: an answer means the case is in view and the chat works.
    """
    now_running = conversation.running(who.person)
    if (
        now_running is None
        or now_running.flow != FLOW
        or now_running.step not in steps
        or now_running.data.get("checkin_id") != checkin_id
    ):
        raise NotAllowed("not this step of this check-in")
    checkin = await session.get(CheckIn, checkin_id)
    mine = await membership(session, checkin.member_id) if checkin is not None else None
    if checkin is None or mine is None or mine.person.id != who.person.id:
        raise NotFound(f"no check-in {checkin_id}")
    now = utcnow()
    note_contact(mine.case, now=now)
    mine.person.telegram_blocked_at = None
    step = now_running.step
    audit.record(
        session, actor=mine.person, action="checkin_answered", case_id=mine.case.id, step=step
    )
    return _Turn(session, checkin, mine, step, now, base_url)


def _data(person: Person) -> dict[str, Any]:
    now = conversation.running(person)
    return dict(now.data) if now is not None else {}


@dataclass
class _Turn:
    """One answer being recorded: the check-in, its young person, the step it answers."""

    session: AsyncSession
    checkin: CheckIn
    mine: Membership
    step: str
    now: datetime
    base_url: str

    @property
    def person(self) -> Person:
        return self.mine.person

    @property
    def language(self) -> str:
        """The coach's: what the coach reads of an answer is written in it."""
        return self.mine.coach.language

    def ask(self, step: str, *, alerted: bool = False, passed: bool = False) -> CheckInAnswered:
        conversation.replace(self.person, step, _data(self.person))
        return CheckInAnswered(self.checkin, step, self.mine.coach, alerted=alerted, passed=passed)

    async def finish(self, *, alerted: bool = False, passed: bool = False) -> CheckInAnswered:
        """The last answer: done; anything typed on the way (and kept) still reaches the coach."""
        self.checkin.answered_at = self.now
        typed = "\n\n".join(conversation.kept(self.person)[0])
        if typed:
            kept = await self.to_coach(typed, checkin_texts.COACH_CHECKIN_TYPED, said=Said(typed))
            alerted, passed = alerted or kept, True
        conversation.end(self.person)
        await send_gathered(self.session, checkin_id=self.checkin.id or 0, base_url=self.base_url)
        return CheckInAnswered(self.checkin, None, self.mine.coach, alerted=alerted, passed=passed)

    async def to_coach(
        self,
        body: str,
        msgid: str,
        *,
        params: dict[str, str] | None = None,
        said: Said | None = None,
        alert: str | None = None,
    ) -> bool:
        """Into the check-in's thread (the portal inbox) now, and into the one Telegram message
        the coach gets when the check-in ends (core/actions/checkin_alert.py).

        `said` is what the young person wrote themselves: a worry in it makes this an alert.
        Returns whether the coach was alerted.
        """
        said = said or Said("")
        if signals_worry(said.text):
            msgid, alert = checkin_texts.COACH_ALERT_WORRY, "worry"
        mine = self.mine
        coach = await responsible_coach(self.session, mine.case)
        shown = text_for_coach(said.text, said.media_kind, None, self.language)
        who = described_for_coach(mine.person, mine.member, mine.case, self.language)
        thread = await self._thread()
        add_person_message(
            self.session,
            who=mine,
            thread=thread,
            text=body,
            channel=Channel.TELEGRAM,
            media_kind=said.media_kind,
            media_file_id=said.media_file_id,
            now=self.now,
        )
        await gather_for_coach(
            self.session,
            checkin=self.checkin,
            coach=coach,
            text=render(self.language, msgid, who=who, text=shown, **(params or {})),
            thread_id=thread.id or 0,
            alert=alert is not None,
            now=self.now,
        )
        if alert is None:
            return False
        self.checkin.alerted_at = self.checkin.alerted_at or self.now
        await do_note_bad_signal(self.session, mine.case)
        audit.record(
            self.session,
            actor=mine.person,
            action="checkin_alerted",
            case_id=mine.case.id,
            reason=alert,
        )
        return True

    async def _thread(self) -> Thread:
        """The check-in's thread: the one opened earlier in it while still open, else a new one."""
        data = _data(self.person)
        thread_id = data.get("thread_id")
        found = await self.session.get(Thread, thread_id) if isinstance(thread_id, int) else None
        if found is not None and found.status == ThreadStatus.OPEN:
            return found
        thread = await open_thread(self.session, self.mine, now=self.now, kind=THREAD_KIND)
        now = conversation.running(self.person)
        if now is not None:
            # Later answers in this check-in join the same thread.
            conversation.replace(self.person, now.step, {**data, "thread_id": thread.id})
        return thread
