"""A coach says they are away ("/weg") or back ("/terug"); their stand-in gets new items.

The buttons say when the coach is back: "Tot morgen" means back tomorrow, so away up to and
including today; "Tot maandag" away up to and including Sunday; "1 week" and "2 weken" back on
that weekday a week or two from now. A typed date is asked as the last day away ("tot en
met"). Either way the answer names the last day away and the day everything comes back, so
nobody has to guess what "tot" meant.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from core.actions.absence import (
    TOO_FAR,
    AbsenceSet,
    current_absence,
    do_end_absence,
    do_set_absence,
)
from core.actions.absence import last_day as last_day_of
from core.choices import Buttons, button
from core.clock import local, utcnow
from core.errors import InvalidInput
from core.models import Coach
from core.typed_dates import read_moment
from messages import coach_texts, texts
from messages.coach_texts import format_day
from messages.i18n import render

NAME = "away"
CHOOSE, TYPE = "choose", "type"
# The day the coach is back, counted from today, for each button.
TOMORROW, MONDAY, WEEK, TWO_WEEKS = "tomorrow", "monday", "week", "2weeks"
CHOICES: dict[str, str] = {
    TOMORROW: coach_texts.AWAY_TOMORROW,
    MONDAY: coach_texts.AWAY_MONDAY,
    WEEK: coach_texts.AWAY_WEEK,
    TWO_WEEKS: coach_texts.AWAY_TWO_WEEKS,
}
EXAMPLE_DAYS_AHEAD = 10
STOP_WORDS = frozenset({"stop", "stoppen"})


def back_on(choice: str, today: date) -> date:
    """The day a coach who pressed `choice` today is back."""
    if choice == TOMORROW:
        return today + timedelta(days=1)
    if choice == MONDAY:
        return today + timedelta(days=7 - today.weekday())
    return today + timedelta(days=7 if choice == WEEK else 14)


def _running(coach: Coach) -> dict[str, Any] | None:
    conversation = coach.conversation or {}
    return conversation if conversation.get("flow") == NAME else None


def _enter(coach: Coach, step: str) -> None:
    coach.conversation = {"flow": NAME, "step": step, "data": {}}


def _leave(coach: Coach) -> None:
    if _running(coach) is not None:
        coach.conversation = None


def _today() -> date:
    return local(utcnow()).date()


def _example() -> str:
    """A date written as typed_dates reads it in any language: day-month."""
    day = _today() + timedelta(days=EXAMPLE_DAYS_AHEAD)
    return f"{day.day}-{day.month}"


def _stop_row(language: str) -> list[dict[str, str]]:
    return [button(language, texts.NAV_STOP, NAME, "stop", "")]


async def start(ctx: FlowContext, coach: Coach, argument: str) -> Response:
    """`/weg`, or `/weg 20-6` with the last day straight away."""
    if argument.strip():
        return await _typed(ctx, coach, argument)
    language = coach.language
    absence = await current_absence(ctx.session, coach)
    _enter(coach, CHOOSE)
    if absence is None:
        question = render(language, coach_texts.AWAY_ASK)
    else:
        day = format_day(last_day_of(absence), language)
        question = render(language, coach_texts.AWAY_ASK_WHILE_AWAY, day=day)
    choice = [button(language, label, NAME, "until", key) for key, label in CHOICES.items()]
    rows: Buttons = [choice[:2], choice[2:]]
    rows.append([button(language, coach_texts.AWAY_TYPE, NAME, "type", "")])
    if absence is not None:
        rows.append([button(language, coach_texts.BUTTON_BACK, NAME, "back", "")])
    rows.append(_stop_row(language))
    return Response().say(question, rows)


async def back(ctx: FlowContext, coach: Coach) -> Response:
    """`/terug`: the current absence ends now."""
    _leave(coach)
    ended = await do_end_absence(ctx.session, coach=coach)
    message = coach_texts.BACK_DONE if ended is not None else coach_texts.BACK_NOT_AWAY
    return Response().say(render(coach.language, message))


async def on_button(ctx: FlowContext, coach: Coach, action: str, value: str) -> Response:
    now = _running(coach)
    language = coach.language
    if now is None or now.get("step") not in (CHOOSE, TYPE):
        return Response(button_answer=render(language, texts.STALE_BUTTON))
    step = now["step"]
    if action == "stop":
        _leave(coach)
        stopped = render(language, texts.FLOW_STOPPED)
        return Response(button_answer=stopped).say(stopped)
    if action == "back":
        response = await back(ctx, coach)
        response.button_answer = render(language, coach_texts.BUTTON_BACK)
        return response
    if action == "until" and step == CHOOSE and value in CHOICES:
        response = await _set(ctx, coach, back_on(value, _today()) - timedelta(days=1))
        response.button_answer = render(language, CHOICES[value])
        return response
    if action == "type" and step == CHOOSE:
        _enter(coach, TYPE)
        ask = render(language, coach_texts.AWAY_TYPE_ASK, example=_example())
        answer = render(language, coach_texts.AWAY_TYPE)
        return Response(button_answer=answer).say(ask, [_stop_row(language)])
    return Response(button_answer=render(language, texts.STALE_BUTTON))


async def on_text(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    """A date typed in either step (also instead of pressing a button)."""
    if event.kind == Kind.TEXT and event.text.strip().casefold() in STOP_WORDS:
        _leave(coach)
        return Response().say(render(coach.language, texts.FLOW_STOPPED))
    if event.kind != Kind.TEXT:
        return _not_a_day(coach)
    return await _typed(ctx, coach, event.text)


async def _typed(ctx: FlowContext, coach: Coach, text: str) -> Response:
    read = read_moment(text, today=_today(), language=coach.language)
    if read is None or read.day is None:
        return _not_a_day(coach)
    return await _set(ctx, coach, read.day)


def _not_a_day(coach: Coach) -> Response:
    language = coach.language
    _enter(coach, TYPE)
    ask = render(language, coach_texts.AWAY_NOT_A_DAY, example=_example())
    return Response().say(ask, [_stop_row(language)])


async def _set(ctx: FlowContext, coach: Coach, last_day: date) -> Response:
    language = coach.language
    try:
        done = await do_set_absence(ctx.session, coach=coach, last_day=last_day)
    except InvalidInput as problem:
        _enter(coach, TYPE)
        why = coach_texts.AWAY_TOO_FAR if str(problem) == TOO_FAR else coach_texts.AWAY_IN_THE_PAST
        return Response().say(render(language, why), [_stop_row(language)])
    _leave(coach)
    return Response().say(confirmation(done, language))


def confirmation(done: AbsenceSet, language: str) -> str:
    """'Je bent weg tot en met …; … neemt het over; vanaf … krijg je weer alles.'"""
    day = format_day(done.last_day, language)
    names = [stand_in.name for stand_in in done.stand_ins]
    if len(names) == 1:
        first = render(language, coach_texts.AWAY_SET_ONE, day=day, backup=names[0])
    elif names:
        first = render(language, coach_texts.AWAY_SET_MANY, day=day, backups=", ".join(names))
    else:
        first = render(language, coach_texts.AWAY_SET_NOBODY, day=day)
    back_day = format_day(done.last_day + timedelta(days=1), language)
    return first + "\n" + render(language, coach_texts.AWAY_BACK_WHEN, day=back_day)
