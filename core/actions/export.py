"""Export on request (DESIGN §8): everything Koers stores about one person, as a file they can read.

The file is plain UTF-8 text in the person's language: headings and short lines, not a data
format. It holds what is about this person (their details, roles, choices, appointments and
check-ins where they may see them) and every message in their own threads — what they wrote and
the answers they got. Nothing of other people beyond that: no other parent's messages, no notes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from babel.dates import format_date
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.appointments import may_see_appointments
from core.actions.notify import tell_person
from core.actions.questions import media_label
from core.bots import bot_of
from core.clock import local, utcnow
from core.models import (
    Appointment,
    CaseMember,
    Channel,
    CheckIn,
    Coach,
    Role,
    Thread,
    ThreadMessage,
)
from core.outbox import enqueue
from core.people import Membership, membership, role_name
from messages import settings_texts as st
from messages import texts
from messages.i18n import format_moment, language_name, render, supported

EXPORT_PURPOSE = "export"
THREAD_KINDS = {
    "question": texts.KIND_QUESTION,
    "concern": texts.KIND_CONCERN,
    "report": texts.KIND_REPORT,
    "good_news": texts.KIND_GOOD_NEWS,
}
ATTENDED = {"yes": st.VALUE_YES, "no": st.VALUE_NO, "moved": st.VALUE_MOVED}
INDENT = "    "


@dataclass(frozen=True)
class Export:
    """The file: its name and its text (UTF-8 when written as bytes)."""

    file_name: str
    content: str
    language: str


async def do_export_person_data(
    session: AsyncSession, *, who: Membership, channel: Channel = Channel.TELEGRAM
) -> Export:
    """Builds the person's file and records that they asked for it.

    In Telegram the file is sent to their chat (after a line saying it comes); on the web the
    caller hands it to the browser, so nothing is queued.
    """
    person = who.person
    language = supported(person.language)
    memberships = await _memberships(session, who)
    doc = _Document(language)
    doc.title(render(language, st.EXPORT_TITLE))
    doc.line(render(language, st.EXPORT_MADE_AT, moment=format_moment(utcnow(), language)))
    doc.blank()
    doc.line(render(language, st.EXPORT_INTRO))
    _about(doc, who)
    _roles(doc, memberships)
    await _messages(session, doc, memberships)
    await _appointments(session, doc, memberships)
    await _checkins(session, doc, memberships)
    export = Export(
        file_name=f"koers-{local(utcnow()).date().isoformat()}.txt",
        content=doc.text(),
        language=language,
    )
    audit.record(
        session, actor=person, action="data_exported", case_id=who.case.id, channel=channel
    )
    if channel == Channel.TELEGRAM and tell_person(
        session, person, render(language, st.EXPORT_COMING), purpose=EXPORT_PURPOSE
    ):
        assert person.telegram_chat_id is not None
        enqueue(
            session,
            bot=bot_of(person),
            chat_id=person.telegram_chat_id,
            text=export.content,
            purpose=EXPORT_PURPOSE,
            person_id=person.id,
            document_name=export.file_name,
        )
    return export


@dataclass
class _Document:
    """Lines of the file, with headings a person recognises when they scroll through it."""

    language: str
    lines: list[str] = field(default_factory=list)

    def title(self, text: str) -> None:
        self.lines += [text, "=" * len(text)]

    def heading(self, text: str) -> None:
        self.lines += ["", "", text, "-" * len(text)]

    def line(self, text: str, *, depth: int = 0) -> None:
        self.lines += [INDENT * depth + part for part in text.split("\n")]

    def item(self, text: str) -> None:
        self.line(f"- {text}")

    def blank(self) -> None:
        self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


async def _memberships(session: AsyncSession, who: Membership) -> list[Membership]:
    """Every role this person has, oldest first; the one they act in is among them."""
    member_ids = (
        await session.exec(
            select(CaseMember.id)
            .where(CaseMember.person_id == who.person.id)
            .order_by(col(CaseMember.id))
        )
    ).all()
    found = [
        who if member_id == who.member.id else await membership(session, member_id or 0)
        for member_id in member_ids
    ]
    return [m for m in found if m is not None]


def _about(doc: _Document, who: Membership) -> None:
    person, language = who.person, doc.language
    doc.heading(render(language, st.EXPORT_ABOUT_YOU))
    if person.first_name:
        doc.item(render(language, st.EXPORT_NAME, name=person.first_name))
    else:
        doc.item(render(language, st.EXPORT_NAME_UNKNOWN))
    doc.item(render(language, st.EXPORT_LANGUAGE, language=language_name(language)))
    if person.telegram_user_id is not None:
        doc.item(render(language, st.EXPORT_TELEGRAM_LINKED, user_id=person.telegram_user_id))
    else:
        doc.item(render(language, st.EXPORT_TELEGRAM_NONE))
    if person.telegram_blocked_at is not None:
        moment = format_moment(person.telegram_blocked_at, language)
        doc.item(render(language, st.EXPORT_TELEGRAM_BLOCKED, moment=moment))
    if person.email:
        doc.item(render(language, st.EXPORT_EMAIL, email=person.email))
    if person.consent_at is not None:
        moment = format_moment(person.consent_at, language)
        version = person.consent_version or "—"
        doc.item(render(language, st.EXPORT_CONSENT, moment=moment, version=version))
    elif person.consent_declined_at is not None:
        moment = format_moment(person.consent_declined_at, language)
        doc.item(render(language, st.EXPORT_CONSENT_DECLINED, moment=moment))
    else:
        doc.item(render(language, st.EXPORT_CONSENT_NONE))
    paused = person.notifications_paused_until
    if paused is not None and paused > utcnow():
        doc.item(render(language, st.EXPORT_PAUSE, moment=format_moment(paused, language)))
    else:
        doc.item(render(language, st.EXPORT_PAUSE_NONE))
    if person.erasure_requested_at is not None:
        moment = format_moment(person.erasure_requested_at, language)
        doc.item(render(language, st.EXPORT_ERASURE, moment=moment))
    else:
        doc.item(render(language, st.EXPORT_ERASURE_NONE))


def _roles(doc: _Document, memberships: list[Membership]) -> None:
    language = doc.language
    doc.heading(render(language, st.EXPORT_ROLES))
    for who in memberships:
        case, coach = who.case.first_name, who.coach.name
        if who.role == Role.YOUTH:
            doc.item(render(language, st.EXPORT_ROLE_YOUTH, case=case, coach=coach))
            if who.case.birth_date is not None:
                born = _day(who.case.birth_date, language)
                doc.line(render(language, st.EXPORT_BIRTH_DATE, date=born), depth=1)
        else:
            role = role_name(who.member, language)
            doc.item(render(language, st.EXPORT_ROLE_OTHER, role=role, case=case, coach=coach))
    for who in memberships:
        if who.role != Role.YOUTH:
            continue
        doc.heading(render(language, st.EXPORT_CHOICES, case=who.case.first_name))
        parents = _yes_no(who.case.parents_may_see_appointments, language)
        good_news = _yes_no(who.case.good_news_shared_with_youth, language)
        doc.item(render(language, st.EXPORT_CHOICE_PARENTS, answer=parents))
        doc.item(render(language, st.EXPORT_CHOICE_GOOD_NEWS, answer=good_news))


async def _messages(session: AsyncSession, doc: _Document, memberships: list[Membership]) -> None:
    """Only this person's own threads: each holds their words and their coaches' answers."""
    language = doc.language
    doc.heading(render(language, st.EXPORT_MESSAGES))
    by_member = {who.member.id: who for who in memberships}
    threads = (
        await session.exec(
            select(Thread)
            .where(col(Thread.member_id).in_(list(by_member)))
            .order_by(col(Thread.created_at), col(Thread.id))
        )
    ).all()
    if not threads:
        doc.line(render(language, st.EXPORT_NO_MESSAGES))
        return
    coaches: dict[int, str] = {}
    for thread in threads:
        who = by_member[thread.member_id]
        kind = render(language, THREAD_KINDS.get(thread.kind, texts.KIND_QUESTION))
        started = format_moment(thread.created_at, language)
        doc.blank()
        if who.role == Role.YOUTH:
            doc.line(render(language, st.EXPORT_THREAD_OWN, kind=kind, moment=started))
        else:
            case = who.case.first_name
            doc.line(render(language, st.EXPORT_THREAD, kind=kind, case=case, moment=started))
        messages = (
            await session.exec(
                select(ThreadMessage)
                .where(ThreadMessage.thread_id == thread.id)
                .order_by(col(ThreadMessage.created_at), col(ThreadMessage.id))
            )
        ).all()
        for message in messages:
            moment = format_moment(message.created_at, language)
            if message.from_coach_id is None:
                said = render(language, st.EXPORT_FROM_YOU, moment=moment)
            else:
                name = await _coach_name(session, coaches, message.from_coach_id)
                said = render(language, st.EXPORT_FROM_COACH, moment=moment, coach=name)
            doc.line(said, depth=1)
            doc.line(_body(message, language), depth=2)
        if thread.closed_at is not None:
            closed = format_moment(thread.closed_at, language)
            doc.line(render(language, st.EXPORT_THREAD_CLOSED, moment=closed), depth=1)


async def _appointments(
    session: AsyncSession, doc: _Document, memberships: Iterable[Membership]
) -> None:
    """The young person's, and a parent's only when the young person allowed them to see."""
    language = doc.language
    seen: set[int] = set()
    for who in memberships:
        case_id = who.case.id or 0
        if not may_see_appointments(who) or case_id in seen:
            continue
        seen.add(case_id)
        doc.heading(render(language, st.EXPORT_APPOINTMENTS, case=who.case.first_name))
        found = (
            await session.exec(
                select(Appointment)
                .where(Appointment.case_id == case_id)
                .order_by(col(Appointment.starts_at), col(Appointment.id))
            )
        ).all()
        if not found:
            doc.line(render(language, texts.APPOINTMENTS_NONE))
        for appointment in found:
            when = format_moment(appointment.starts_at, language)
            doc.item(render(language, st.EXPORT_APPOINTMENT, what=appointment.what, moment=when))
            if appointment.where:
                doc.line(
                    render(language, texts.APPOINTMENT_WHERE, where=appointment.where), depth=1
                )
            if appointment.cancelled_at is not None:
                doc.line(render(language, st.EXPORT_APPOINTMENT_CANCELLED), depth=1)
            elif appointment.moved_at is not None:
                doc.line(render(language, st.EXPORT_APPOINTMENT_MOVED), depth=1)


async def _checkins(
    session: AsyncSession, doc: _Document, memberships: Iterable[Membership]
) -> None:
    """What a young person answered when Koers asked how it went; a section only when asked."""
    language = doc.language
    for who in memberships:
        if who.role != Role.YOUTH:
            continue
        found = (
            await session.exec(
                select(CheckIn)
                .where(CheckIn.case_id == who.case.id, CheckIn.member_id == who.member.id)
                .order_by(col(CheckIn.asked_at), col(CheckIn.id))
            )
        ).all()
        if not found:
            continue
        doc.heading(render(language, st.EXPORT_CHECKINS))
        for checkin in found:
            doc.item(
                render(
                    language, st.EXPORT_CHECKIN, moment=format_moment(checkin.asked_at, language)
                )
            )
            for line in await _checkin_lines(session, checkin, language):
                doc.line(line, depth=1)


async def _checkin_lines(session: AsyncSession, checkin: CheckIn, language: str) -> list[str]:
    lines: list[str] = []
    if checkin.appointment_id is not None:
        appointment = await session.get(Appointment, checkin.appointment_id)
        if appointment is not None:
            lines.append(render(language, st.EXPORT_CHECKIN_ABOUT, what=appointment.what))
    if checkin.answered_at is None and checkin.attended is None and checkin.mood is None:
        lines.append(render(language, st.EXPORT_CHECKIN_OPEN))
    if checkin.attended in ATTENDED:
        answer = render(language, ATTENDED[checkin.attended])
        lines.append(render(language, st.EXPORT_CHECKIN_ATTENDED, answer=answer))
    if checkin.mood is not None:
        lines.append(render(language, st.EXPORT_CHECKIN_MOOD, mood=checkin.mood))
    if checkin.told:
        lines.append(render(language, st.EXPORT_CHECKIN_TOLD, text=checkin.told))
    if checkin.next_appointment:
        lines.append(render(language, st.EXPORT_CHECKIN_NEXT, text=checkin.next_appointment))
    return lines


async def _coach_name(session: AsyncSession, known: dict[int, str], coach_id: int) -> str:
    if coach_id not in known:
        coach = await session.get(Coach, coach_id)
        known[coach_id] = coach.name if coach is not None else "—"
    return known[coach_id]


def _body(message: ThreadMessage, language: str) -> str:
    """What was written; media labelled, since the file holds words, not photos."""
    if not message.media_kind:
        return message.body
    # Media sent without a caption was stored under its Dutch label.
    caption = "" if message.body == media_label(message.media_kind, None) else message.body
    label = render(
        language, texts.COACH_ALERT_MEDIA, kind=media_label(message.media_kind, language)
    )
    return f"{label} {caption}".strip()


def _yes_no(value: bool, language: str) -> str:
    return render(language, st.VALUE_YES if value else st.VALUE_NO)


def _day(day: date, language: str) -> str:
    return format_date(day, "d MMMM y", locale=language)
