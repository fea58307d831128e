"""The check-in after an appointment or in aftercare (DESIGN §4.3), as the young person has it.

Koers starts it (`do_start_checkin`), so it is not in the menu. Been there? (Ja / Nee /
Verzet) → how was it? (four faces) → anything to tell? (text, a photo, or "Nee, niets") → a
next appointment? (Ja → when and where, as text). Every answer is recorded by its action in
core/actions/checkins.py as it comes; Stoppen (or typing stop) at any step keeps them.

Text typed where a button was expected is kept and asked about once more, unless it names a
button ("ja", "goed"); a second text ends the check-in and everything typed reaches the coach.
"""

from __future__ import annotations

from typing import Any

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.menu import main_menu
from bot.flows.questions import pass_to_coach
from core import conversation
from core.actions.checkin_questions import (
    ATTENDED,
    BUTTON_STEPS,
    CHOICES,
    FLOW,
    MOOD,
    NEXT,
    NO,
    TOLD,
    YES,
    checkin_question,
    parse_button_value,
)
from core.actions.checkins import (
    CheckInAnswered,
    Said,
    do_answer_attended,
    do_answer_mood,
    do_answer_next,
    do_give_when,
    do_pass_on_checkin_text,
    do_tell,
)
from core.errors import KoersError, NotFound
from core.models import CheckIn
from core.people import Membership, membership
from core.phrases import normalise
from core.yes_no import typed_yes_no
from messages import checkin_texts, concern_texts, texts
from messages.i18n import render

NAME = FLOW
LABEL = checkin_texts.KIND_CHECKIN


async def start(ctx: FlowContext, who: Membership) -> Response:
    """Not in the menu: only Koers starts a check-in. A stray start shows the menu."""
    return main_menu(who)


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    language = who.person.language
    stale = Response(button_answer=render(language, texts.STALE_BUTTON))
    parsed = parse_button_value(value)
    if parsed is None or parsed[0] not in CHOICES.get(action, {}):
        return stale
    answer, checkin_id = parsed
    try:
        answered = await _choose(ctx, who, checkin_id, action, answer)
    except KoersError:
        # Pressed twice, from an older check-in or in another step: nothing recorded again.
        return stale
    return await _next(ctx, who, answered, render(language, CHOICES[action][answer]))


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    now = conversation.running(who.person)
    assert now is not None and now.flow == NAME
    language = who.person.language
    if event.kind == Kind.TEXT and _said_stop(language, event.text):
        return await _stop(ctx, who)
    checkin_id = now.data.get("checkin_id")
    if not isinstance(checkin_id, int):
        return await _pass_on_and_leave(ctx, who, event)
    said = Said(event.text, event.media_kind, event.media_file_id)
    try:
        chosen = _choice_named(language, now.step, event.text)
        if event.kind == Kind.TEXT and chosen is not None:
            return await _next(ctx, who, await _choose(ctx, who, checkin_id, now.step, chosen))
        if now.step not in BUTTON_STEPS:
            act = do_tell if now.step == TOLD else do_give_when
            answered = await act(
                ctx.session, who=who, checkin_id=checkin_id, said=said, base_url=ctx.base_url
            )
            return await _next(ctx, who, answered)
        if event.kind == Kind.TEXT and now.data.get("asked_again") != now.step:
            return await _ask_again(ctx, who, checkin_id, now.step, event.text)
        # A second text, or a photo or voice message instead of a button: nothing is lost.
        answered = await do_pass_on_checkin_text(
            ctx.session, who=who, checkin_id=checkin_id, said=said, base_url=ctx.base_url
        )
    except KoersError:
        return await _pass_on_and_leave(ctx, who, event)
    passed = render(language, texts.FLOW_STOPPED_PASSED, coach=answered.coach.name)
    return main_menu(who, Response().say(passed))


async def _ask_again(
    ctx: FlowContext, who: Membership, checkin_id: int, step: str, text: str
) -> Response:
    """Text where a button was expected, the first time: kept for the coach, asked once more."""
    checkin = await ctx.session.get(CheckIn, checkin_id)
    mine = await membership(ctx.session, checkin.member_id) if checkin is not None else None
    if checkin is None or mine is None:
        raise NotFound(f"no check-in {checkin_id}")
    conversation.remember_typed(who.person, text)
    conversation.advance(who.person, step, asked_again=step)
    language = who.person.language
    stop = render(language, concern_texts.STOP_WORD)
    kept = render(language, checkin_texts.PICK_A_BUTTON, coach=mine.coach.name, stop=stop)
    return await _ask(ctx, who, checkin, step, Response().say(kept))


async def _choose(
    ctx: FlowContext, who: Membership, checkin_id: int, step: str, answer: str
) -> CheckInAnswered:
    """A button's answer (or its label, typed) to the action of its step."""
    common: dict[str, Any] = {"who": who, "checkin_id": checkin_id, "base_url": ctx.base_url}
    if step == ATTENDED:
        return await do_answer_attended(ctx.session, answer=answer, **common)
    if step == MOOD:
        return await do_answer_mood(ctx.session, mood=int(answer), **common)
    if step == NEXT:
        return await do_answer_next(ctx.session, has_next=answer == YES, **common)
    if step == TOLD:
        return await do_tell(ctx.session, said=None, **common)
    return await do_give_when(ctx.session, said=None, **common)


async def _next(
    ctx: FlowContext, who: Membership, answered: CheckInAnswered, button_answer: str | None = None
) -> Response:
    """What the answer did (told the coach), then the next question, or the menu when done."""
    language = who.person.language
    response = Response(button_answer=button_answer)
    if answered.passed:
        response.say(render(language, checkin_texts.PASSED_TO_COACH, coach=answered.coach.name))
    elif answered.alerted:
        response.say(render(language, checkin_texts.SORRY_TOLD_COACH, coach=answered.coach.name))
    if answered.step is None:
        return main_menu(who, response.say(render(language, checkin_texts.DONE)))
    return await _ask(ctx, who, answered.checkin, answered.step, response)


async def _ask(
    ctx: FlowContext, who: Membership, checkin: CheckIn, step: str, response: Response
) -> Response:
    text, buttons = await checkin_question(ctx.session, checkin, step, who.person)
    return response.say(text, buttons)


async def _pass_on_and_leave(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    """A check-in that no longer fits (gone, or this step unknown): the text reaches the coach."""
    typed = conversation.leave(who.person)
    text = "\n\n".join(part for part in [*typed, event.text] if part)
    return await pass_to_coach(
        ctx, who, text=text, media_kind=event.media_kind, media_file_id=event.media_file_id
    )


async def _stop(ctx: FlowContext, who: Membership) -> Response:
    """Typing the stop word does what the Stoppen button does (person.py): typed text is kept."""
    typed = conversation.leave(who.person)
    language = who.person.language
    response = Response()
    if typed:
        await pass_to_coach(ctx, who, text="\n\n".join(typed))
        response.say(render(language, texts.FLOW_STOPPED_PASSED, coach=who.coach.name))
    else:
        response.say(render(language, texts.FLOW_STOPPED))
    return main_menu(who, response)


def _said_stop(language: str | None, text: str) -> bool:
    stop_words = {render(language, concern_texts.STOP_WORD), render(language, texts.NAV_STOP)}
    return normalise(text) in {normalise(word) for word in stop_words | {"stop", "stoppen"}}


def _choice_named(language: str | None, step: str, text: str) -> str | None:
    """The answer whose button label someone typed ("ja", "goed", "niets"), if any."""
    typed = normalise(text)
    if not typed:
        return None
    choices = CHOICES.get(step, {})
    if YES in choices and NO in choices:
        said = typed_yes_no(text, language=language)
        if said is not None:
            return YES if said else NO
    for value, label in choices.items():
        for shown in (render(language, label), label):
            # "Nee, niets": "nee" and "niets" name it as well as the whole label.
            if typed in {normalise(shown), *(normalise(part) for part in shown.split(","))}:
                return value
    return None
