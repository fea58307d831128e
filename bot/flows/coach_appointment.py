"""A coach adds an appointment for a young person from Telegram: `/afspraak Sam`.

Steps, kept on Coach.conversation: "case" (buttons of the coach's own active cases by first
name; a name that fits one case skips it) → the steps of bot/flows/pickers.py: what → day →
time → where → confirm → saved; the young person is told in Telegram by the action. A button
only counts in the step that showed it, and a case is always checked against the coach's team.
A coach who types a day Koers cannot read is simply asked again: there is no one to pass it to.
"""

from __future__ import annotations

from typing import Any

from bot.flows import pickers
from bot.flows.coach_steps import refused_button
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.pickers import Step, Steps
from core import access
from core.actions.appointments import (
    appointment_cases,
    do_add_appointment_as_coach,
)
from core.choices import Buttons, button, choice_button
from core.errors import InvalidInput, NotFound, OtherTeam
from core.models import Case, Coach
from messages import appointment_texts, texts
from messages.i18n import render

NAME = "cappt"
CASE = "case"
STOP = "stop"
# Telegram shows about this many buttons comfortably; `/afspraak <name>` reaches the rest.
MAX_CASE_BUTTONS = 8


def _running(coach: Coach) -> dict[str, Any] | None:
    conversation = coach.conversation or {}
    return conversation if conversation.get("flow") == NAME else None


def _set(coach: Coach, step: str, data: dict[str, Any]) -> None:
    coach.conversation = {"flow": NAME, "step": step, "data": data}


def _leave(coach: Coach) -> None:
    if _running(coach) is not None:
        coach.conversation = None


def _stop_buttons(language: str) -> Buttons:
    return [[button(language, texts.NAV_STOP, NAME, STOP, "")]]


def _steps(coach: Coach) -> Steps:
    return Steps(flow=NAME, language=coach.language, stop=_stop_buttons(coach.language))


def _show(coach: Coach, step: Step, data: dict[str, Any]) -> Response:
    _set(coach, step.name, pickers.merged(data, step.data))
    return Response().say(step.text, step.buttons)


def _stale(coach: Coach) -> Response:
    return Response(button_answer=render(coach.language, texts.STALE_BUTTON))


async def start(ctx: FlowContext, coach: Coach, argument: str) -> Response:
    """`/afspraak` or `/afspraak Sam`."""
    language = coach.language
    name = " ".join(argument.split())
    found = await appointment_cases(ctx.session, coach=coach, name=name)
    if len(found) == 1 and name:
        return _begin(coach, found[0])
    if not found and name:
        _leave(coach)
        return Response().say(render(language, appointment_texts.COACH_NO_MATCH, name=name))
    if not found or len(found) > MAX_CASE_BUTTONS:
        _leave(coach)
        return Response().say(render(language, appointment_texts.COACH_HINT))
    _set(coach, CASE, {"cases": [case.id for case in found]})
    rows = [[choice_button(_case_label(case, found), NAME, CASE, case.id)] for case in found]
    question = render(language, appointment_texts.COACH_WHICH_CASE)
    return Response().say(question, rows + _stop_buttons(language))


async def on_button(ctx: FlowContext, coach: Coach, action: str, value: str) -> Response:
    now = _running(coach)
    if now is None:
        return _stale(coach)
    language = coach.language
    step, data = str(now.get("step", "")), dict(now.get("data", {}))
    if action == STOP:
        _leave(coach)
        stopped = render(language, appointment_texts.COACH_STOPPED)
        return Response(button_answer=render(language, texts.FLOW_STOPPED)).say(stopped)
    if action == CASE:
        if step != CASE or not value.isdigit() or int(value) not in data.get("cases", []):
            return _stale(coach)
        try:
            case = await access.case_for(ctx.session, coach, int(value))
        except OtherTeam as refused:
            return await refused_button(ctx, coach, refused, "telegram appointment")
        except NotFound:
            return Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
        return _begin(coach, case)
    if step not in pickers.STEPS:
        return _stale(coach)
    steps = _steps(coach)
    if action == pickers.CONFIRM and step == pickers.CONFIRM:
        if value == pickers.YES:
            return await _save(ctx, coach, data)
        if value == pickers.AGAIN:
            return _show(coach, steps.ask_what(_ask_what_text(coach, data)), _fresh(data))
    following = steps.button_step(data, step, action, value)
    if following is None:
        return _stale(coach)
    return _show(coach, following, data)


async def on_text(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    now = _running(coach)
    if now is None:
        return await start(ctx, coach, event.text)
    steps = _steps(coach)
    step, data = str(now.get("step", "")), dict(now.get("data", {}))
    text = event.text.strip() if event.kind == Kind.TEXT else ""
    if text and steps.said_stop(text):
        _leave(coach)
        return Response().say(render(coach.language, appointment_texts.COACH_STOPPED))
    if step == CASE:
        # A name typed instead of pressed.
        return await start(ctx, coach, text)
    if step == pickers.WHAT:
        return _show(coach, steps.what_typed(text), data)
    if step in (pickers.DAY, pickers.TIME):
        following = steps.typed_moment(data, text) if text else None
        return _show(coach, following or steps.not_read(data, step), data)
    if step == pickers.WHERE:
        return _show(coach, steps.where_given(data, text or None), data)
    chosen = steps.confirm_word(text)
    if chosen == pickers.YES:
        return await _save(ctx, coach, data)
    if chosen == pickers.AGAIN:
        return _show(coach, steps.ask_what(_ask_what_text(coach, data)), _fresh(data))
    asked = render(coach.language, appointment_texts.PICK_CONFIRM)
    return _show(coach, steps.confirm(data, asked), data)


def _begin(coach: Coach, case: Case) -> Response:
    data = {"case_id": case.id, "name": case.first_name}
    return _show(coach, _steps(coach).ask_what(_ask_what_text(coach, data)), data)


def _fresh(data: dict[str, Any]) -> dict[str, Any]:
    """A new start for the same young person."""
    return {"case_id": data["case_id"], "name": data["name"]}


def _ask_what_text(coach: Coach, data: dict[str, Any]) -> str:
    return render(coach.language, appointment_texts.COACH_ASK_WHAT, name=data["name"])


async def _save(ctx: FlowContext, coach: Coach, data: dict[str, Any]) -> Response:
    language = coach.language
    try:
        added = await do_add_appointment_as_coach(
            ctx.session,
            coach=coach,
            case_id=int(data["case_id"]),
            what=data["what"],
            starts_local=pickers.starts_local(data),
            where=data.get("where"),
        )
    except NotFound:
        _leave(coach)
        return Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
    except InvalidInput as refused:
        return _show(coach, _steps(coach).again_after_refusal(data, refused), data)
    _leave(coach)
    name = added.case.first_name
    if added.youth_told:
        saved = appointment_texts.COACH_SAVED_TOLD
    elif added.youth_on_page:
        saved = appointment_texts.COACH_SAVED_ON_PAGE
    else:
        saved = appointment_texts.COACH_SAVED
    answer = render(language, appointment_texts.CONFIRM_YES)
    return Response(button_answer=answer).say(render(language, saved, name=name))


def _case_label(case: Case, shown: list[Case]) -> str:
    """The first name; with the case number when two cases share it."""
    same = sum(1 for other in shown if other.first_name.casefold() == case.first_name.casefold())
    return f"{case.first_name} (#{case.id})" if same > 1 else case.first_name
