"""Consent on the web channel: the same question as in Telegram, and no question before it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.concerns import CrisisRaised, do_raise_crisis
from core.actions.linking import do_record_consent
from core.actions.questions import MessageReceived, do_receive_message
from core.crisis import signals_crisis
from core.errors import NotFound
from core.models import Channel
from core.people import Membership, membership


class ConsentAnswer(StrEnum):
    GIVEN = "given"
    DECLINED = "declined"
    UNCHANGED = "unchanged"  # answered before (another tab, a double click): nothing recorded


@dataclass(frozen=True)
class WebConsent:
    answer: ConsentAnswer
    # The question typed before the consent question was asked, sent once consent is given.
    received: MessageReceived | None = None


async def _member(session: AsyncSession, member_id: int) -> Membership:
    who = await membership(session, member_id)
    if who is None:
        raise NotFound(f"no member {member_id}")
    return who


async def do_web_consent(
    session: AsyncSession, *, member_id: int, accepted: bool, text: str = "", base_url: str
) -> WebConsent:
    """Records the answer to the consent question asked on the web page (DESIGN §8).

    Only an open question is answered: a second 'no' alerts the coach no second time, and a
    stale 'no' from another tab does not undo a 'yes' (withdrawing consent is its own flow).
    After a 'yes', messages the person wrote in Telegram while the question was open reach the
    coach (as when the answer is given in Telegram), then `text`, the question they had typed
    on the web page before we asked: nothing a person writes is lost, nothing is kept before.
    """
    who = await _member(session, member_id)
    person = who.person
    if person.consent_at is not None or (not accepted and person.consent_declined_at is not None):
        return WebConsent(ConsentAnswer.UNCHANGED)
    result = await do_record_consent(session, person=person, accepted=accepted, base_url=base_url)
    if not result.accepted:
        return WebConsent(ConsentAnswer.DECLINED)
    if result.held_texts:
        await do_receive_message(
            session,
            who=who,
            text="\n\n".join(result.held_texts),
            channel=Channel.TELEGRAM,
            base_url=base_url,
        )
    received = None
    if text.strip():
        received = await do_receive_message(
            session, who=who, text=text, channel=Channel.WEB, base_url=base_url
        )
    return WebConsent(ConsentAnswer.GIVEN, received)


async def do_web_ask(
    session: AsyncSession, *, member_id: int, text: str, base_url: str
) -> MessageReceived | CrisisRaised | None:
    """A question from the web page; None (and nothing stored) while consent is not given.

    Words of acute distress are answered at once with crisis information and an urgent alert,
    as in Telegram, consent or not: their safety outweighs the wait.
    """
    who = await _member(session, member_id)
    if signals_crisis(text):
        return await do_raise_crisis(
            session, who=who, text=text, channel=Channel.WEB, base_url=base_url
        )
    if who.person.consent_at is None:
        return None
    return await do_receive_message(
        session, who=who, text=text, channel=Channel.WEB, base_url=base_url
    )
