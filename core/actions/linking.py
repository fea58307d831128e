"""Linking a Telegram chat with /start <code>, then language and consent (DESIGN §4.1)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit, conversation
from core.actions.absence import routed
from core.actions.notify import tell_coach
from core.actions.roles import added_identity
from core.bots import DEFAULT_BOT
from core.clock import utcnow
from core.models import Alert, CaseMember, Coach, Invite, Person
from core.people import Membership, described_for_coach, membership
from core.tokens import hash_token
from messages import texts
from messages.i18n import LANGUAGES, render

# Bump when CONSENT_TEXT changes meaning: every consent records the version it was given to.
CONSENT_VERSION = "2026-11-v1"
MAX_CODE_LENGTH = 64


class LinkOutcome(StrEnum):
    LINKED = "linked"
    ALREADY_LINKED = "already_linked"
    COACH_LINKED = "coach_linked"
    EXPIRED = "expired"
    USED = "used"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class LinkResult:
    outcome: LinkOutcome
    membership: Membership | None = None
    coach: Coach | None = None
    # An already linked person gained a role to switch to (a second child, or another role).
    added_role: bool = False
    # Consent was given to an older text: asked again before anything else.
    ask_consent_again: bool = False


async def do_redeem_start_code(
    session: AsyncSession,
    *,
    code: str,
    telegram_user_id: int,
    chat_id: int,
    first_name: str,
    bot: str = DEFAULT_BOT,
) -> LinkResult:
    """Links the chat to whom the code was made for; the code works once, for one Telegram user.
    Whatever is for them from then on goes out through `bot`, the bot they used it with."""
    invite = None
    if 0 < len(code) <= MAX_CODE_LENGTH:
        query = select(Invite).where(Invite.code_hash == hash_token(code))
        invite = (await session.exec(query)).first()
    if invite is None:
        return LinkResult(LinkOutcome.UNKNOWN)
    if invite.used_at is not None:
        if invite.used_by_telegram_user_id == telegram_user_id:
            return LinkResult(LinkOutcome.ALREADY_LINKED)
        return LinkResult(LinkOutcome.USED)
    if invite.expires_at <= utcnow():
        return LinkResult(LinkOutcome.EXPIRED)

    invite.used_at, invite.link_code = utcnow(), None
    invite.used_by_telegram_user_id = telegram_user_id
    if invite.coach_id is not None:
        coach = await session.get(Coach, invite.coach_id)
        assert coach is not None
        await _release_telegram_user(session, telegram_user_id, keep=coach)
        coach.telegram_user_id, coach.telegram_chat_id = telegram_user_id, chat_id
        coach.telegram_bot = bot
        coach.telegram_blocked_at = None
        audit.record(session, actor=coach, action="coach_chat_linked")
        return LinkResult(LinkOutcome.COACH_LINKED, coach=coach)

    member = await session.get(CaseMember, invite.member_id)
    assert member is not None
    invited_person_id = member.person_id
    person = await _person_for(session, member, telegram_user_id)
    person.telegram_user_id, person.telegram_chat_id = telegram_user_id, chat_id
    person.telegram_bot = bot
    person.telegram_blocked_at = None
    if not person.first_name:
        person.first_name = first_name.strip()[:80]
    # Consent is about what Koers keeps of this person, whichever roles they have: a new role
    # asks it again only when the text changed since (another CONSENT_VERSION).
    ask_again = person.consent_at is not None and person.consent_version != CONSENT_VERSION
    if person.consent_at is None:
        conversation.start_onboarding(person, conversation.LANGUAGE)
    elif ask_again:
        conversation.start_onboarding(person, conversation.CONSENT)
    await session.flush()
    linked = await membership(session, member.id or 0)
    assert linked is not None
    added = person.id != invited_person_id and await added_identity(session, person, member)
    audit.record(session, actor=person, action="chat_linked", case_id=member.case_id)
    return LinkResult(
        LinkOutcome.LINKED, membership=linked, added_role=added, ask_consent_again=ask_again
    )


async def _person_for(session: AsyncSession, member: CaseMember, telegram_user_id: int) -> Person:
    """The member's person; when this Telegram user is already someone, the member moves there."""
    existing = (
        await session.exec(select(Person).where(Person.telegram_user_id == telegram_user_id))
    ).first()
    placeholder = await session.get(Person, member.person_id)
    assert placeholder is not None
    if existing is None or existing.id == placeholder.id:
        return placeholder
    # A parent with a second child in Koers: one person, two memberships.
    member.person_id = existing.id or 0
    others = await session.exec(
        select(CaseMember).where(CaseMember.person_id == placeholder.id, CaseMember.id != member.id)
    )
    if others.first() is None and placeholder.telegram_user_id is None:
        await session.flush()
        await session.delete(placeholder)
    return existing


async def _release_telegram_user(session: AsyncSession, telegram_user_id: int, keep: Coach) -> None:
    previous = (
        await session.exec(select(Coach).where(Coach.telegram_user_id == telegram_user_id))
    ).first()
    if previous is not None and previous.id != keep.id:
        previous.telegram_user_id = previous.telegram_chat_id = None
        await session.flush()


async def do_choose_language(session: AsyncSession, *, person: Person, language: str) -> bool:
    if language not in LANGUAGES:
        return False
    person.language = language
    if person.consent_at is None:
        conversation.ask_onboarding(person, conversation.CONSENT)
    return True


@dataclass(frozen=True)
class ConsentResult:
    accepted: bool
    held_texts: list[str]


def consent_question_open(person: Person, *, accepted: bool) -> bool:
    """Only an open question is answered: once given, consent is withdrawn in the settings, not
    by a stale "no" from another tab; a second "no" alerts the coach no second time."""
    if person.consent_at is not None:
        return False
    return accepted or person.consent_declined_at is None


async def do_record_consent(
    session: AsyncSession, *, person: Person, accepted: bool, base_url: str
) -> ConsentResult:
    """Records the answer with its time and the text version shown; a 'no' is told to the coach."""
    held = conversation.take_held_until_consent(person)
    now = utcnow()
    if accepted:
        person.consent_at, person.consent_version = now, CONSENT_VERSION
        person.consent_declined_at = None
        audit.record(session, actor=person, action="consent_given", version=CONSENT_VERSION)
        return ConsentResult(accepted=True, held_texts=held)
    person.consent_declined_at = now
    audit.record(session, actor=person, action="consent_declined", version=CONSENT_VERSION)
    linked = await _memberships(session, person)
    for found in linked:
        item = await routed(session, found)
        session.add(
            Alert(coach_id=item.coach.id or 0, case_id=item.case.id, kind="consent_declined")
        )
        who = described_for_coach(person, item.member, item.case, item.coach.language)
        text = render(item.coach.language, texts.COACH_ALERT_CONSENT_DECLINED, who=who)
        tell_coach(session, item.coach, text, case_id=item.case.id)
    return ConsentResult(accepted=False, held_texts=[])


async def _memberships(session: AsyncSession, person: Person) -> list[Membership]:
    members = await session.exec(select(CaseMember).where(CaseMember.person_id == person.id))
    found = [await membership(session, m.id or 0) for m in members.all()]
    return [m for m in found if m is not None]
