"""Following up someone who reached Koers without a working link (an intake request): a coach
answers them through the bot, gives the request to a colleague, or makes a case of it.

Their chat is linked to no case, so nothing about any case goes to it: an answer carries only
what the coach wrote; a new case reaches them as a start button, and only the /start with that
code (bound to the Telegram user who uses it, core/actions/linking.py) links their chat.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit
from core.actions.invites import IssuedInvite, do_create_case_invite
from core.actions.notify import tell_coach
from core.actions.organisation import do_add_case
from core.choices import link_button
from core.clock import utcnow
from core.errors import InvalidInput
from core.models import Case, Coach, IntakeRequest
from core.outbox import enqueue
from messages import coach_texts
from messages.i18n import render

MAX_ANSWER = 4_000


async def do_answer_intake(
    session: AsyncSession, *, coach: Coach, intake_id: int, text: str
) -> IntakeRequest:
    """The coach's words go to the chat the request came from. InvalidInput("empty"),
    ("too_long") or ("no_chat") when there is nothing to send or nowhere to send it."""
    intake = await access.intake_for(session, coach, intake_id)
    text = text.strip()
    if not text:
        raise InvalidInput("empty")
    if len(text) > MAX_ANSWER:
        raise InvalidInput("too_long")
    if intake.telegram_chat_id is None:
        raise InvalidInput("no_chat")
    said = render(None, coach_texts.INTAKE_ANSWER, coach=coach.name, text=text)
    enqueue(
        session,
        bot=intake.bot,
        chat_id=intake.telegram_chat_id,
        text=said,
        purpose="intake_answer",
    )
    reply = {"coach": coach.id, "at": utcnow().isoformat(), "text": text}
    intake.replies = [*(intake.replies or []), reply]
    audit.record(session, actor=coach, action="intake_answered", intake_id=intake.id)
    return intake


async def do_give_intake(
    session: AsyncSession, *, coach: Coach, intake_id: int, to_coach_id: int
) -> IntakeRequest:
    """The request becomes the colleague's (in their inbox under "mine"); they hear of it in
    Telegram. InvalidInput("coach") for someone who is not a coach of the team."""
    intake = await access.intake_for(session, coach, intake_id)
    colleague = await session.get(Coach, to_coach_id)
    if colleague is None or colleague.team_id != intake.team_id:
        raise InvalidInput("coach")
    intake.coach_id = colleague.id
    name = intake.first_name or render(colleague.language, coach_texts.SOMEONE)
    text = render(colleague.language, coach_texts.INTAKE_GIVEN, coach=coach.name, name=name)
    tell_coach(session, colleague, text)
    audit.record(
        session, actor=coach, action="intake_given", intake_id=intake.id, to_coach=colleague.id
    )
    return intake


@dataclass(frozen=True)
class IntakeCase:
    case: Case
    invite: IssuedInvite
    # The person got a start button in their chat.
    told: bool


async def do_make_case_of_intake(
    session: AsyncSession,
    *,
    coach: Coach,
    intake_id: int,
    first_name: str,
    bot_username: str,
    base_url: str,
    valid_days: int,
) -> IntakeCase:
    """A case with the coach (or the colleague it was given to) as coach; the person gets a
    start button that links their chat to it. The request is handled."""
    intake = await access.intake_for(session, coach, intake_id)
    if intake.case_id is not None:
        raise InvalidInput("already_a_case")
    owner = await session.get(Coach, intake.coach_id) if intake.coach_id else None
    case = await do_add_case(
        session,
        coach=owner or coach,
        first_name=first_name or intake.first_name or "",
        actor=coach,
    )
    invite = await do_create_case_invite(
        session,
        case_id=case.id or 0,
        role="youth",
        bot_username=bot_username,
        base_url=base_url,
        valid_days=valid_days,
        actor=coach,
    )
    told = False
    if intake.telegram_chat_id is not None and bot_username:
        text = render(None, coach_texts.INTAKE_CASE_MADE, coach=(owner or coach).name)
        button = link_button(render(None, coach_texts.INTAKE_START_BUTTON), invite.link)
        enqueue(
            session,
            bot=intake.bot,
            chat_id=intake.telegram_chat_id,
            text=text,
            buttons=[[button]],
            purpose="intake_answer",
        )
        told = True
    intake.case_id, intake.handled_at = case.id, utcnow()
    audit.record(
        session, actor=coach, action="intake_made_case", intake_id=intake.id, case_id=case.id
    )
    return IntakeCase(case=case, invite=invite, told=told)
