"""Employer report: which young person, what about, how soon, one sentence — under 30 seconds.

Steps: case (only with more than one young person placed) → category → urgency → text. Every
step has "Terug" (one step back) and "Stoppen". A button only counts in the step that showed it,
so a press twice or from an old message is answered "Deze knop werkt niet meer." and does
nothing. The helpers for choosing a young person and for text typed instead of a button are
shared with the good-news flow.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from bot.flows.menu import main_menu
from bot.flows.questions import pass_to_coach
from core import conversation
from core.actions.employer_reports import (
    CATEGORIES,
    URGENCIES,
    do_report_as_employer,
    placement,
    placements,
)
from core.actions.questions import media_label
from core.choices import Buttons, button, choice_button
from core.deadlines import Urgency
from core.errors import NotAllowed
from core.models import Role
from core.people import Membership
from messages import report_texts, texts
from messages.i18n import format_moment, render

NAME = "report"
LABEL = report_texts.MENU_REPORT

CASE, CATEGORY, URGENCY, TEXT = "case", "category", "urgency", "text"
# What a typed text instead of a button becomes: nothing is lost, the coach reads it this week.
TYPED_CATEGORY, TYPED_URGENCY = "other", Urgency.WEEK


async def start(ctx: FlowContext, who: Membership) -> Response:
    places = await placements(ctx.session, who.person)
    if not places:
        return no_placement(who)
    if len(places) == 1:
        conversation.enter(who.person, NAME, CATEGORY, case_id=places[0].case.id, single=True)
        return await _ask(ctx, who, CATEGORY)
    conversation.enter(who.person, NAME, CASE)
    return await _ask(ctx, who, CASE)


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    now = conversation.running(who.person)
    if now is None or now.step != TEXT:
        return await typed_instead_of_button(ctx, who, event, _ask_current)
    text = event.text.strip()
    if not text and not event.media_kind:
        return await _ask(ctx, who, TEXT)
    return await _file(
        ctx,
        who,
        text=text,
        media_kind=event.media_kind,
        media_file_id=event.media_file_id,
        note=event.note,
    )


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    now = conversation.running(who.person)
    stale = Response(button_answer=render(who.person.language, texts.STALE_BUTTON))
    if now is None:
        return stale
    step = now.step
    if action == "back" and value == step:
        return await _back(ctx, who, step, single=bool(now.data.get("single")))
    if action == "case" and step == CASE:
        refused = await check_placement(ctx, who, value)
        if refused is not None:
            return refused
        conversation.advance(who.person, CATEGORY, case_id=int(value))
        return await _ask(ctx, who, CATEGORY)
    if action == "cat" and step == CATEGORY and value in CATEGORIES:
        conversation.advance(who.person, URGENCY, category=value)
        return await _ask(ctx, who, URGENCY)
    if action == "urg" and step == URGENCY and value in URGENCIES:
        conversation.advance(who.person, TEXT, urgency=value)
        return await _ask(ctx, who, TEXT)
    if action == "skip" and step == TEXT and now.data.get("urgency") == Urgency.INFO:
        return await _file(ctx, who, text="")
    return stale


async def _back(ctx: FlowContext, who: Membership, step: str, *, single: bool) -> Response:
    if step == CASE or (step == CATEGORY and single):
        return await back_to_menu(ctx, who)
    previous = {CATEGORY: CASE, URGENCY: CATEGORY, TEXT: URGENCY}[step]
    conversation.advance(who.person, previous)
    return await _ask(ctx, who, previous)


async def _ask_current(ctx: FlowContext, who: Membership, response: Response) -> Response:
    now = conversation.running(who.person)
    assert now is not None
    return await _ask(ctx, who, now.step, response)


async def _ask(
    ctx: FlowContext, who: Membership, step: str, response: Response | None = None
) -> Response:
    """The question of a step, with its buttons, "Terug" and "Stoppen"."""
    response = response or Response()
    language = who.person.language
    if step == CASE:
        places = await placements(ctx.session, who.person)
        buttons = [*case_buttons(NAME, places), nav_row(language, NAME, CASE)]
        return response.say(render(language, report_texts.REPORT_WHO), buttons)
    about = await chosen_placement(ctx, who)
    if about is None:
        return await placement_gone(ctx, who, response)
    if step == CATEGORY:
        choices = _choices(language, "cat", CATEGORIES)
        buttons = [*_rows(choices, 2), nav_row(language, NAME, CATEGORY)]
        text = render(language, report_texts.REPORT_CATEGORY, name=about.case.first_name)
        return response.say(text, buttons)
    if step == URGENCY:
        buttons = [_choices(language, "urg", URGENCIES), nav_row(language, NAME, URGENCY)]
        text = render(language, report_texts.REPORT_URGENCY, coach=about.coach.name)
        return response.say(text, buttons)
    now = conversation.running(who.person)
    buttons = [nav_row(language, NAME, TEXT)]
    if now is not None and now.data.get("urgency") == Urgency.INFO:
        skip = button(language, report_texts.REPORT_SKIP_TEXT, NAME, "skip")
        buttons.insert(0, [skip])
    return response.say(render(language, report_texts.REPORT_TEXT), buttons)


def _choices(language: str | None, action: str, labels: dict[str, str]) -> list[dict[str, str]]:
    return [button(language, label, NAME, action, code) for code, label in labels.items()]


async def _file(
    ctx: FlowContext,
    who: Membership,
    *,
    text: str,
    media_kind: str | None = None,
    media_file_id: str | None = None,
    note: str | None = None,
) -> Response:
    now = conversation.running(who.person)
    assert now is not None
    data = now.data
    # Anything typed earlier instead of a button belongs to this report too.
    typed = conversation.leave(who.person)
    try:
        filed = await do_report_as_employer(
            ctx.session,
            employer=who.person,
            case_id=int(data["case_id"]),
            category=str(data["category"]),
            urgency=str(data["urgency"]),
            text="\n\n".join([*typed, text] if text else typed),
            channel=ctx.channel,
            base_url=ctx.base_url,
            media_kind=media_kind,
            media_file_id=media_file_id,
            note=note,
        )
    except NotAllowed:
        return await placement_gone(ctx, who, Response(), passed=[*typed, text])
    language = who.person.language
    filed_text = render(
        language,
        report_texts.REPORT_FILED,
        name=filed.placement.case.first_name,
        coach=filed.coach.name,
        due=format_moment(filed.due_at, language),
    )
    return main_menu(who, Response().say(filed_text))


# Shared with the good-news flow. ----------------------------------------------------------


def nav_row(language: str | None, flow: str, step: str) -> list[dict[str, str]]:
    """ "Terug" (valid only in the step that shows it) and "Stoppen"."""
    return [
        button(language, report_texts.NAV_BACK, flow, "back", step),
        button(language, texts.NAV_STOP, "nav", "stop"),
    ]


def case_buttons(flow: str, places: list[Membership]) -> Buttons:
    """One button per placed young person, by first name, two to a row."""
    choices = [choice_button(who.case.first_name, flow, "case", who.case.id) for who in places]
    return _rows(choices, 2)


def _rows(items: list[dict[str, str]], width: int) -> Buttons:
    return [items[i : i + width] for i in range(0, len(items), width)]


def no_placement(who: Membership) -> Response:
    text = render(who.person.language, report_texts.NO_PLACEMENT, coach=who.coach.name)
    return main_menu(who, Response().say(text))


async def check_placement(ctx: FlowContext, who: Membership, value: str) -> Response | None:
    """None when the pressed case is a young person placed with them; else a kind refusal."""
    refused = Response(button_answer=render(who.person.language, report_texts.NOT_PLACED))
    if not value.isdigit():
        return refused
    try:
        await placement(ctx.session, who.person, int(value))
    except NotAllowed:
        return refused
    return None


async def chosen_placement(ctx: FlowContext, who: Membership) -> Membership | None:
    """The placement chosen in the running flow, if it still exists."""
    now = conversation.running(who.person)
    if now is None or "case_id" not in now.data:
        return None
    try:
        return await placement(ctx.session, who.person, int(now.data["case_id"]))
    except NotAllowed:
        return None


async def typed_instead_of_button(
    ctx: FlowContext,
    who: Membership,
    event: Incoming,
    ask_again: Callable[[FlowContext, Membership, Response], Awaitable[Response]],
) -> Response:
    """Asks once more, keeping the text; a second time, everything typed goes to the coach."""
    person = who.person
    conversation.remember_typed(person, _as_typed(event))
    now = conversation.running(person)
    assert now is not None
    if not now.data.get("asked_again"):
        conversation.advance(person, now.step, asked_again=True)
        kindly = Response().say(render(person.language, report_texts.USE_THE_BUTTONS))
        return await ask_again(ctx, who, kindly)
    return await pass_on_typed(ctx, who)


async def back_to_menu(ctx: FlowContext, who: Membership) -> Response:
    """Back from the first step: the menu; what they typed on the way still reaches the coach."""
    now = conversation.running(who.person)
    if now is not None and now.data.get("typed"):
        return await pass_on_typed(ctx, who)
    conversation.leave(who.person)
    return main_menu(who)


async def pass_on_typed(ctx: FlowContext, who: Membership) -> Response:
    """Ends the flow; what they typed becomes a report ("other", this week) for the coach.

    It goes to the chosen young person's case, else the only one; with several and none chosen,
    to the case of the membership they write from (if it is a placement), else the oldest.
    """
    now = conversation.running(who.person)
    chosen = now.data.get("case_id") if now is not None else None
    typed = conversation.leave(who.person)
    places = await placements(ctx.session, who.person)
    ids = [p.case.id for p in places]
    if chosen not in ids:
        own = who.case.id if who.role == Role.EMPLOYER else None
        chosen = own if own in ids else (ids[0] if ids else None)
    text = "\n\n".join(typed)
    if chosen is None or not text:
        return await placement_gone(ctx, who, Response(), passed=typed)
    filed = await do_report_as_employer(
        ctx.session,
        employer=who.person,
        case_id=int(chosen),
        category=TYPED_CATEGORY,
        urgency=TYPED_URGENCY,
        text=text,
        channel=ctx.channel,
        base_url=ctx.base_url,
    )
    language = who.person.language
    due = format_moment(filed.due_at, language)
    passed = render(language, report_texts.TYPED_PASSED, coach=filed.coach.name, due=due)
    return main_menu(who, Response().say(passed))


async def placement_gone(
    ctx: FlowContext, who: Membership, response: Response, *, passed: list[str] | None = None
) -> Response:
    """The young person is no longer placed with them: say so; their words go on as a message."""
    typed = conversation.leave(who.person) + (passed or [])
    response.say(render(who.person.language, report_texts.NOT_PLACED))
    text = "\n\n".join(t for t in typed if t)
    if text:
        response.messages.extend((await pass_to_coach(ctx, who, text=text)).messages)
    return main_menu(who, response)


def _as_typed(event: Incoming) -> str:
    """What a person sent, as text: media is kept as its label with the caption."""
    if not event.media_kind:
        return event.text
    label = render(None, texts.COACH_ALERT_MEDIA, kind=media_label(event.media_kind, None))
    return f"{label} {event.text}".strip()
