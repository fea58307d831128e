"""A coach keeps a short note on a case from Telegram: which case → the note → saved.

Steps, kept on Coach.conversation: "case" (buttons by first name; `/notitie Sam` skips it, and
so does a thread the coach just looked at or answered) → "text" → saved, with the case named.
A "Notitie" button on a shown thread starts at "text" for that thread's case. A button only
counts in the step that showed it, and a case is always checked against the coach's team.
"""

from __future__ import annotations

from bot.flows.coach_steps import CoachSteps, refused_button
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from core import access
from core.actions.notes import (
    NoteTooLong,
    case_of_thread,
    do_add_note,
    note_cases,
    recent_case,
)
from core.choices import Buttons, button, choice_button
from core.errors import InvalidInput, NotFound, OtherTeam
from core.models import Case, Channel, Coach
from messages import coach_texts, texts
from messages.i18n import render

NAME = "note"
CASE, TEXT = "case", "text"
# Telegram shows about this many buttons comfortably; `/notitie <name>` reaches the rest.
MAX_CASE_BUTTONS = 8
# Typed in the "which case" step, this many words is a name; more is the note itself.
NAME_WORDS = 3


_steps = CoachSteps(NAME)
_running, _enter, _leave = _steps.running, _steps.enter, _steps.leave


def _stale(coach: Coach) -> Response:
    return Response(button_answer=render(coach.language, texts.STALE_BUTTON))


def _stop_button(language: str) -> list[dict[str, str]]:
    return [button(language, texts.NAV_STOP, NAME, "stop", "")]


async def start(ctx: FlowContext, coach: Coach, argument: str) -> Response:
    """`/notitie` or `/notitie Sam`."""
    name = " ".join(argument.split())
    if name:
        named = await note_cases(ctx.session, coach=coach, name=name)
        if len(named) == 1:
            return _ask_text(coach, named[0], other=False)
        if named:
            return _choose(coach, named)
        unknown = render(coach.language, coach_texts.NOTE_NAME_UNKNOWN, name=name)
        return await _choose_own(ctx, coach, intro=unknown)
    own = await note_cases(ctx.session, coach=coach)
    recent = await recent_case(ctx.session, coach=coach)
    if recent is not None:
        other = any(case.id != recent.id for case in own)
        return _ask_text(coach, recent, other=other)
    return await _choose_own(ctx, coach)


async def on_button(ctx: FlowContext, coach: Coach, action: str, value: str) -> Response:
    now = _running(coach)
    if action == "thread" and value.isdigit():
        # The "Notitie" button under a shown thread: valid from any step, for its own case.
        try:
            case = await case_of_thread(ctx.session, coach=coach, thread_id=int(value))
        except OtherTeam as refused:
            return await refused_button(ctx, coach, refused, "telegram note")
        except NotFound:
            return Response(button_answer=render(coach.language, texts.NOT_YOUR_BUTTON))
        return _ask_text(coach, case, other=False)
    if now is None:
        return _stale(coach)
    step, data = now.get("step"), now.get("data", {})
    if action == "stop":
        _leave(coach)
        return Response(button_answer=render(coach.language, texts.FLOW_STOPPED)).say(
            render(coach.language, texts.FLOW_STOPPED)
        )
    if action == "case" and step == CASE and value.isdigit() and int(value) in data["cases"]:
        try:
            case = await access.case_for(ctx.session, coach, int(value))
        except OtherTeam as refused:
            return await refused_button(ctx, coach, refused, "telegram note")
        except NotFound:
            return Response(button_answer=render(coach.language, texts.NOT_YOUR_BUTTON))
        if data.get("body"):
            return await _save(ctx, coach, case.id or 0, data["body"])
        return _ask_text(coach, case, other=False)
    if action == "other" and step == TEXT:
        return await _choose_own(ctx, coach)
    return _stale(coach)


async def on_text(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    now = _running(coach)
    assert now is not None
    language = coach.language
    data = now.get("data", {})
    stopped = _steps.stop_typed(coach, event)
    if stopped is not None:
        return stopped
    if now.get("step") == CASE:
        return await _typed_instead_of_a_name(ctx, coach, event)
    if event.kind != Kind.TEXT or not event.text.strip():
        return Response().say(
            render(language, coach_texts.NOTE_TEXT_ONLY), [_stop_button(language)]
        )
    return await _save(ctx, coach, int(data["case_id"]), event.text)


async def _typed_instead_of_a_name(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    """A name picks the case; a longer text is the note, kept until a case is picked."""
    text = " ".join(event.text.split())
    if event.kind == Kind.TEXT and text and len(text.split()) <= NAME_WORDS:
        named = await note_cases(ctx.session, coach=coach, name=text)
        if len(named) == 1:
            return _ask_text(coach, named[0], other=False)
        if named:
            return _choose(coach, named)
    if event.kind == Kind.TEXT and len(text.split()) > NAME_WORDS:
        return await _choose_own(ctx, coach, body=event.text)
    unknown = render(coach.language, coach_texts.NOTE_NAME_UNKNOWN, name=text or "?")
    return await _choose_own(ctx, coach, intro=unknown)


async def _save(ctx: FlowContext, coach: Coach, case_id: int, body: str) -> Response:
    language = coach.language
    try:
        added = await do_add_note(
            ctx.session, coach=coach, case_id=case_id, body=body, channel=Channel.TELEGRAM
        )
    except NoteTooLong as too_long:
        _enter(coach, TEXT, case_id=case_id)
        text = render(
            language, coach_texts.NOTE_TOO_LONG, length=too_long.length, limit=too_long.limit
        )
        return Response().say(text, [_stop_button(language)])
    except NotFound:
        _leave(coach)
        return Response().say(render(language, texts.STALE_BUTTON))
    except InvalidInput:
        _enter(coach, TEXT, case_id=case_id)
        return Response().say(
            render(language, coach_texts.NOTE_TEXT_ONLY), [_stop_button(language)]
        )
    _leave(coach)
    return Response().say(render(language, coach_texts.NOTE_SAVED, name=added.case.first_name))


def _ask_text(coach: Coach, case: Case, *, other: bool) -> Response:
    language = coach.language
    _enter(coach, TEXT, case_id=case.id)
    message = coach_texts.NOTE_ASK_TEXT_OTHER if other else coach_texts.NOTE_ASK_TEXT
    rows: Buttons = []
    if other:
        rows.append([button(language, coach_texts.BUTTON_OTHER_CASE, NAME, "other", "")])
    rows.append(_stop_button(language))
    response = Response(button_answer=render(language, coach_texts.BUTTON_NOTE))
    return response.say(render(language, message, name=case.first_name), rows)


async def _choose_own(
    ctx: FlowContext, coach: Coach, *, intro: str | None = None, body: str = ""
) -> Response:
    own = await note_cases(ctx.session, coach=coach)
    if not own:
        _leave(coach)
        return Response().say(render(coach.language, coach_texts.NOTE_NO_CASES))
    if len(own) == 1 and intro is None and not body:
        return _ask_text(coach, own[0], other=False)
    return _choose(coach, own, intro=intro, body=body)


def _choose(
    coach: Coach, cases: list[Case], *, intro: str | None = None, body: str = ""
) -> Response:
    language = coach.language
    shown = cases[:MAX_CASE_BUTTONS]
    _enter(coach, CASE, cases=[case.id for case in shown], body=body)
    names = [case.first_name.casefold() for case in shown]
    rows: Buttons = []
    for case in shown:
        # Two young people with the same first name are told apart by their case number.
        label = case.first_name
        if names.count(case.first_name.casefold()) > 1:
            label = f"{case.first_name} ({case.id})"
        rows.append([choice_button(label, NAME, "case", case.id)])
    rows.append(_stop_button(language))
    lines = [intro] if intro else []
    lines.append(render(language, coach_texts.NOTE_WHICH_CASE))
    if len(cases) > len(shown):
        example = cases[len(shown)].first_name
        lines.append(render(language, coach_texts.NOTE_MORE_CASES, name=example))
    return Response().say("\n".join(lines), rows)
