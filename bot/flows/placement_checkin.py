"""The first weeks of a placement, as the employer has it: Koers asks after week 1, 2 and 4
how it goes (three faces), then whether they want to say something (text, or "Nee, niets").
Stoppen keeps the face already chosen. The rules are in core/actions/placement_checkins.py.

Text typed where a face was expected is taken as what they want to say: nothing is lost.
"""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.menu import main_menu
from core import conversation
from core.actions.checkin_questions import parse_button_value
from core.actions.placement_checkins import (
    FLOW,
    MOOD,
    NOTHING,
    TOLD,
    PlacementAnswered,
    do_answer_placement_mood,
    do_placement_tell,
    placement_question,
)
from core.errors import KoersError
from core.people import Membership
from messages import checkin_texts, placement_texts, texts
from messages.i18n import render

NAME = FLOW
LABEL = checkin_texts.KIND_CHECKIN


async def start(ctx: FlowContext, who: Membership) -> Response:
    """Not in the menu: only Koers starts it. A stray start shows the menu."""
    return main_menu(who)


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    language = who.person.language
    stale = Response(button_answer=render(language, texts.STALE_BUTTON))
    parsed = parse_button_value(value)
    if parsed is None:
        return stale
    answer, checkin_id = parsed
    try:
        if action == MOOD and answer in placement_texts.FACES:
            answered = await do_answer_placement_mood(
                ctx.session, who=who, checkin_id=checkin_id, mood=int(answer)
            )
            label = render(language, placement_texts.FACES[answer])
        elif action == TOLD and answer == NOTHING:
            answered = await do_placement_tell(
                ctx.session, who=who, checkin_id=checkin_id, text="", base_url=ctx.base_url
            )
            label = render(language, checkin_texts.NOTHING_TO_TELL)
        else:
            return stale
    except KoersError:
        return stale  # pressed twice, or a button of an older question
    return _next(who, answered, Response(button_answer=label))


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    now = conversation.running(who.person)
    assert now is not None and now.flow == NAME
    checkin_id = now.data.get("checkin_id")
    text = event.text if event.kind == Kind.TEXT else event.text or event.media_kind or ""
    if not isinstance(checkin_id, int):
        conversation.end(who.person)
        return main_menu(who)
    try:
        answered = await do_placement_tell(
            ctx.session, who=who, checkin_id=checkin_id, text=text, base_url=ctx.base_url
        )
    except KoersError:
        conversation.end(who.person)
        return main_menu(who)
    return _next(who, answered, Response())


def _next(who: Membership, answered: PlacementAnswered, response: Response) -> Response:
    language = who.person.language
    if answered.step is not None:
        text, buttons = placement_question(who, answered.checkin, answered.step)
        return response.say(text, buttons)
    if answered.passed:
        thanks = render(language, placement_texts.THANKS_PASSED, coach=answered.coach.name)
    else:
        thanks = render(language, placement_texts.THANKS)
    return main_menu(who, response.say(thanks))
