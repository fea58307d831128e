"""Something good: an employer tells the coach what went well with a young person placed with them.

Steps: case (only with more than one young person placed) → text. It always reaches the coach.
The young person gets it too when they allowed that in their settings ("Goed nieuws van je
werk") and their chat works; the thanks tell the employer who will see it.
"""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.employer_report import (
    back_to_menu,
    case_buttons,
    check_placement,
    chosen_placement,
    nav_row,
    no_placement,
    placement_gone,
    typed_instead_of_button,
)
from bot.flows.events import Incoming, Response
from bot.flows.menu import main_menu
from core import conversation
from core.actions.employer_reports import do_share_good_news, placements
from core.errors import NotAllowed
from core.people import Membership
from messages import report_texts, settings_texts, texts
from messages.i18n import render

NAME = "good_news"
LABEL = report_texts.MENU_GOOD_NEWS

CASE, TEXT = "case", "text"


async def start(ctx: FlowContext, who: Membership) -> Response:
    places = await placements(ctx.session, who.person)
    if not places:
        return no_placement(who)
    if len(places) == 1:
        conversation.enter(who.person, NAME, TEXT, case_id=places[0].case.id, single=True)
        return await _ask(ctx, who, TEXT)
    conversation.enter(who.person, NAME, CASE)
    return await _ask(ctx, who, CASE)


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    now = conversation.running(who.person)
    if now is None or now.step != TEXT:
        return await typed_instead_of_button(ctx, who, event, _ask_current)
    text = event.text.strip()
    if not text and not event.media_kind:
        return await _ask(ctx, who, TEXT)
    case_id = int(now.data["case_id"])
    typed = conversation.leave(who.person)
    try:
        shared = await do_share_good_news(
            ctx.session,
            employer=who.person,
            case_id=case_id,
            text="\n\n".join([*typed, text] if text else typed),
            channel=ctx.channel,
            base_url=ctx.base_url,
            media_kind=event.media_kind,
            media_file_id=event.media_file_id,
            note=event.note,
        )
    except NotAllowed:
        return await placement_gone(ctx, who, Response(), passed=[*typed, text])
    language, coach = who.person.language, shared.coach.name
    if shared.shared_with_youth:
        name = shared.placement.case.first_name
        thanks = render(language, settings_texts.GOOD_NEWS_THANKS_SHARED, coach=coach, name=name)
    else:
        thanks = render(language, report_texts.GOOD_NEWS_THANKS, coach=coach)
    return main_menu(who, Response().say(thanks))


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    now = conversation.running(who.person)
    stale = Response(button_answer=render(who.person.language, texts.STALE_BUTTON))
    if now is None:
        return stale
    if action == "back" and value == now.step:
        if now.step == CASE or now.data.get("single"):
            return await back_to_menu(ctx, who)
        conversation.advance(who.person, CASE)
        return await _ask(ctx, who, CASE)
    if action == "case" and now.step == CASE:
        refused = await check_placement(ctx, who, value)
        if refused is not None:
            return refused
        conversation.advance(who.person, TEXT, case_id=int(value))
        return await _ask(ctx, who, TEXT)
    return stale


async def _ask_current(ctx: FlowContext, who: Membership, response: Response) -> Response:
    now = conversation.running(who.person)
    assert now is not None
    return await _ask(ctx, who, now.step, response)


async def _ask(
    ctx: FlowContext, who: Membership, step: str, response: Response | None = None
) -> Response:
    response = response or Response()
    language = who.person.language
    if step == CASE:
        places = await placements(ctx.session, who.person)
        buttons = [*case_buttons(NAME, places), nav_row(language, NAME, CASE)]
        return response.say(render(language, report_texts.GOOD_NEWS_WHO), buttons)
    about = await chosen_placement(ctx, who)
    if about is None:
        return await placement_gone(ctx, who, response)
    text = render(language, report_texts.GOOD_NEWS_TEXT, name=about.case.first_name)
    return response.say(text, [nav_row(language, NAME, TEXT)])
