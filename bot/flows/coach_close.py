"""A coach closes a concern or crisis from Telegram: what was done (buttons) → a few words → closed.

The alert's "Sluiten" button closes a question at once; for a concern the core refuses without an
outcome, and this flow asks for it. Steps, kept on Coach.conversation: "outcome" → "note". A
button only counts in the step that showed it; the thread is checked against the coach's team
again when it closes.
"""

from __future__ import annotations

from bot.flows.coach_steps import CoachSteps
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from core.actions.notes import case_of_thread
from core.actions.questions import do_close_thread
from core.choices import Buttons, button
from core.concern_outcomes import CONCERN_OUTCOMES, NOTE_LIMIT
from core.errors import InvalidInput, NotFound
from core.models import Coach
from messages import coach_texts, texts
from messages.i18n import render

NAME = "closing"
OUTCOME, NOTE = "outcome", "note"


_steps = CoachSteps(NAME)
_running, _enter, _leave = _steps.running, _steps.enter, _steps.leave


def _stop_row(language: str) -> list[dict[str, str]]:
    return [button(language, texts.NAV_STOP, NAME, "stop", "")]


def _outcome_label(language: str, outcome: str) -> str:
    return render(language, coach_texts.CLOSING_OUTCOME_LABELS[outcome])


async def start(ctx: FlowContext, coach: Coach, argument: str) -> Response:
    """Only reached through a thread's close button; a typed start has nothing to close."""
    return Response().say(render(coach.language, coach_texts.COACH_HELP))


async def ask_outcome(ctx: FlowContext, coach: Coach, thread_id: int) -> Response:
    """The close button on a concern: which outcome, as buttons."""
    language = coach.language
    try:
        case = await case_of_thread(ctx.session, coach=coach, thread_id=thread_id)
    except NotFound:
        return Response(button_answer=render(language, texts.NOT_YOUR_BUTTON))
    _enter(coach, OUTCOME, thread_id=thread_id, name=case.first_name)
    rows: Buttons = [
        [button(language, coach_texts.CLOSING_OUTCOME_LABELS[code], NAME, "outcome", code)]
        for code in CONCERN_OUTCOMES
    ]
    rows.append(_stop_row(language))
    asked = render(language, coach_texts.CLOSING_ASK_OUTCOME, name=case.first_name)
    return Response(button_answer=render(language, texts.BUTTON_CLOSE)).say(asked, rows)


async def on_button(ctx: FlowContext, coach: Coach, action: str, value: str) -> Response:
    language = coach.language
    now = _running(coach)
    if now is None:
        return Response(button_answer=render(language, texts.STALE_BUTTON))
    if action == "stop":
        _leave(coach)
        stopped = render(language, texts.FLOW_STOPPED)
        return Response(button_answer=stopped).say(stopped)
    data = now.get("data", {})
    if action == OUTCOME and now.get("step") == OUTCOME and value in CONCERN_OUTCOMES:
        _enter(coach, NOTE, **data, outcome=value)
        label = _outcome_label(language, value)
        asked = render(language, coach_texts.CLOSING_ASK_NOTE, outcome=label)
        return Response(button_answer=label).say(asked, [_stop_row(language)])
    return Response(button_answer=render(language, texts.STALE_BUTTON))


async def on_text(ctx: FlowContext, coach: Coach, event: Incoming) -> Response:
    now = _running(coach)
    assert now is not None
    language = coach.language
    data = now.get("data", {})
    stopped = _steps.stop_typed(coach, event)
    if stopped is not None:
        return stopped
    if now.get("step") != NOTE:
        return Response().say(
            render(language, coach_texts.CLOSING_ASK_OUTCOME, name=data.get("name", "")),
        )
    if event.kind != Kind.TEXT or not event.text.strip():
        return Response().say(
            render(language, coach_texts.CLOSING_TEXT_ONLY), [_stop_row(language)]
        )
    try:
        await do_close_thread(
            ctx.session,
            coach=coach,
            thread_id=int(data["thread_id"]),
            outcome=data.get("outcome"),
            note=event.text,
        )
    except NotFound:
        _leave(coach)
        return Response().say(render(language, texts.STALE_BUTTON))
    except InvalidInput:
        too_long = render(language, coach_texts.CLOSING_NOTE_TOO_LONG, limit=NOTE_LIMIT)
        return Response().say(too_long, [_stop_row(language)])
    _leave(coach)
    done = render(
        language,
        coach_texts.CLOSING_DONE,
        name=data.get("name", ""),
        outcome=_outcome_label(language, str(data.get("outcome"))),
    )
    return Response().say(done)
