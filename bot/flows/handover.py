"""A warm handover, as the young person (or, under 16, their parent) has it: Koers asks what
may go to the new team — everything, nothing, or part by part — and, when the coach proposed
it, whether the old coach may go on reading for a while. The rules are in
core/actions/handover_consent.py; the web page shows the same questions.

Text typed where a button was expected reaches the coach, and the question is asked again:
nothing is lost, and nothing is agreed to by accident.
"""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.menu import main_menu
from core import conversation
from core.actions.checkin_questions import parse_button_value
from core.actions.handover_consent import (
    ASK,
    FLOW,
    HandoverAnswered,
    do_answer_handover,
    handover_question,
)
from core.actions.questions import do_receive_message
from core.errors import KoersError
from core.network_models import Handover
from core.people import Membership
from messages import checkin_texts, handover_texts, texts
from messages.i18n import render

NAME = FLOW
LABEL = handover_texts.PART_TITLES["story"]


async def start(ctx: FlowContext, who: Membership) -> Response:
    """Not in the menu: only Koers starts it. A stray start shows the menu."""
    return main_menu(who)


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    stale = Response(button_answer=render(who.person.language, texts.STALE_BUTTON))
    parsed = parse_button_value(value)
    if parsed is None:
        return stale
    answer, handover_id = parsed
    try:
        answered = await do_answer_handover(
            ctx.session, who=who, handover_id=handover_id, step=action, answer=answer
        )
    except KoersError:
        return stale  # pressed twice, or a button of an older question
    return _next(who, answered, Response(button_answer=_label(who, action, answer)))


_LABELS = {
    "all": handover_texts.ALL,
    "choose": handover_texts.CHOOSE,
    "none": handover_texts.NONE,
    "yes": handover_texts.YES,
    "no": handover_texts.NO,
}


def _label(who: Membership, step: str, answer: str) -> str:
    return render(who.person.language, _LABELS.get(answer, texts.NAV_STOP))


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    now = conversation.running(who.person)
    assert now is not None and now.flow == NAME
    handover_id = now.data.get("handover_id")
    handover = (
        await ctx.session.get(Handover, handover_id) if isinstance(handover_id, int) else None
    )
    if handover is None:
        conversation.end(who.person)
        return main_menu(who)
    typed = _typed_choice(who, now.step, event)
    if typed is not None:
        try:
            answered = await do_answer_handover(
                ctx.session, who=who, handover_id=handover.id or 0, step=now.step, answer=typed
            )
        except KoersError:
            conversation.end(who.person)
            return main_menu(who)
        return _next(who, answered, Response())
    # Anything else is for the coach; the question stays open.
    received = await do_receive_message(
        ctx.session,
        who=who,
        text=event.text,
        channel=ctx.channel,
        media_kind=event.media_kind,
        media_file_id=event.media_file_id,
        base_url=ctx.base_url,
    )
    passed = render(who.person.language, checkin_texts.PASSED_TO_COACH, coach=received.coach.name)
    index = int(now.data.get("index", 0))
    text, buttons = await handover_question(ctx.session, who, handover, now.step, index)
    return Response().say(passed).say(text, buttons)


def _typed_choice(who: Membership, step: str, event: Incoming) -> str | None:
    """A button's label typed instead of pressed ("ja", "Alles mag mee"), in the person's
    language or in Dutch."""
    if event.kind != Kind.TEXT:
        return None
    said = " ".join(event.text.lower().split()).strip(".!")
    options = ("all", "choose", "none") if step == ASK else ("yes", "no")
    for answer in options:
        label = _LABELS[answer]
        if said in (render(who.person.language, label).lower(), render("nl", label).lower()):
            return answer
    return None


def _next(who: Membership, answered: HandoverAnswered, response: Response) -> Response:
    if answered.question is not None:
        text, buttons = answered.question
        return response.say(text, buttons)
    return main_menu(who, response.say(answered.thanks or ""))
