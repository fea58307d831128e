"""An update Koers could not handle, even after retries: what the person wrote still gets seen."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.absence import routed
from core.actions.intake import do_open_intake_request
from core.actions.notify import tell_coach
from core.bots import DEFAULT_BOT
from core.models import Alert, CaseMember
from core.outbox import enqueue
from core.people import described_for_coach, membership, person_for_telegram_user
from messages import texts
from messages.i18n import render


async def do_report_unhandled_update(
    session: AsyncSession,
    *,
    chat_id: int,
    telegram_user_id: int | None,
    first_name: str | None,
    text: str | None,
    bot: str = DEFAULT_BOT,
) -> None:
    """The person hears their message is kept (from the bot they wrote to); their coach (or
    the team) sees what it said."""
    person = None
    if telegram_user_id is not None:
        person = await person_for_telegram_user(session, telegram_user_id)
    language = person.language if person else None
    said = render(language, texts.SOMETHING_WENT_WRONG)
    enqueue(session, bot=bot, chat_id=chat_id, text=said)
    if person is None:
        await do_open_intake_request(
            session,
            reason="unhandled",
            telegram_user_id=telegram_user_id,
            chat_id=chat_id,
            first_name=first_name,
            text=text,
            bot=bot,
        )
        return
    members = await session.exec(select(CaseMember).where(CaseMember.person_id == person.id))
    for member in members.all():
        found = await membership(session, member.id or 0)
        assert found is not None
        who = await routed(session, found)
        session.add(
            Alert(
                coach_id=who.coach.id or 0,
                case_id=who.case.id,
                kind="message_unhandled",
                detail={"text": text, "member": member.id},
            )
        )
        described = described_for_coach(person, member, who.case, who.coach.language)
        tell_coach(
            session,
            who.coach,
            render(who.coach.language, texts.COACH_ALERT_UNHANDLED, who=described, text=text or ""),
            case_id=who.case.id,
        )
        audit.record(session, actor=person, action="message_unhandled", case_id=who.case.id)
