"""Choosing whom a person speaks for, when they are linked in several roles (core/actions/roles.py).

Two ways in. The "Wissel" button under the menu (step switch) lists the roles; the choice shows
the menu for it. Free text outside a flow from someone who never chose (step about) is kept, and
they are asked "Over wie gaat dit?"; the choice sends what was kept to that role's coach. More
messages while the question waits (people often type in bursts) are kept too, and the question
asked once more each time; after MAX_ASKS questions the next message takes everything to the
coach of the role the menu shows, so nothing waits forever for a button nobody presses.

What was kept is also in the flow's "typed" list, as text: stopping, another menu button or words
of distress pass it on through person.py like any half-finished flow.
"""

from __future__ import annotations

from typing import Any

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.menu import main_menu, stop_buttons
from bot.flows.questions import pass_to_coach
from core import conversation
from core.actions.questions import text_for_coach
from core.actions.roles import Identity, do_choose_identity, identities, must_ask_whom
from core.choices import Buttons, choice_button
from core.models import Role
from core.people import Membership
from messages import concern_texts, role_texts, texts
from messages.i18n import SOURCE_LANGUAGE, render

NAME = "role"
SWITCH, ABOUT = "switch", "about"
CHOOSE = "as"
# How often "Over wie gaat dit?" is asked before what was kept goes to the menu's coach.
MAX_ASKS = 3


async def free_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    """Text (or media) outside any flow: to the coach, unless it is unclear whom it is about."""
    if must_ask_whom(who):
        conversation.enter(who.person, NAME, ABOUT)
        return await _keep_event_and_ask(ctx, who, event)
    return await pass_to_coach(
        ctx,
        who,
        text=event.text,
        media_kind=event.media_kind,
        media_file_id=event.media_file_id,
        note=event.note,
    )


async def keep_and_ask(ctx: FlowContext, who: Membership, text: str) -> Response:
    """What was typed before consent, from someone in several roles: kept, and asked whom
    it is about (the caller checked must_ask_whom)."""
    conversation.enter(who.person, NAME, ABOUT)
    return await _keep_and_ask(ctx, who, {"text": text}, text)


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    """Typed while the choice is shown: kept, and asked whom it is about."""
    if event.kind == Kind.TEXT and _said_stop(who.person.language, event.text):
        return await _stop(ctx, who)
    return await _keep_event_and_ask(ctx, who, event)


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    language = who.person.language
    if action == "switch":
        return await _offer_choice(ctx, who)
    now = conversation.running(who.person)
    if action != CHOOSE or now is None or now.flow != NAME or not value.isdigit():
        return Response(button_answer=render(language, texts.STALE_BUTTON))
    chosen = await do_choose_identity(ctx.session, person=who.person, member_id=int(value))
    if chosen is None:
        return await _choice_gone(ctx, who)
    kept = list(now.data.get("held", []))
    conversation.leave(who.person)
    label = render(language, role_texts.CHOICE_LABELS[chosen.role], name=chosen.case.first_name)
    response = Response(button_answer=label)
    if kept:
        passed = await _pass_kept(ctx, chosen, kept)
        response.messages.extend(passed.messages)
    return main_menu(chosen, response)


async def _offer_choice(ctx: FlowContext, who: Membership) -> Response:
    """The "Wissel" button: one button per role. Pressed from an old menu halfway through
    another flow, what was typed there still reaches the coach first."""
    person, language = who.person, who.person.language
    found = await identities(ctx.session, person)
    if len(found) < 2:
        return main_menu(who, Response(button_answer=render(language, role_texts.CHOICE_GONE)))
    response = Response()
    now = conversation.running(person)
    if now is not None and now.flow == NAME and now.step == ABOUT:
        # Still waiting for whom kept messages are about: the same question again.
        return response.say(render(language, role_texts.ASK_WHOM), _choices(language, found))
    typed = conversation.leave(person)
    if typed:
        await pass_to_coach(ctx, who, text="\n\n".join(typed))
        response.say(render(language, texts.FLOW_STOPPED_PASSED, coach=who.coach.name))
    conversation.enter(person, NAME, SWITCH)
    return response.say(render(language, role_texts.ASK_SWITCH), _choices(language, found))


async def _keep_event_and_ask(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    item = {
        "text": event.text,
        "media_kind": event.media_kind,
        "media_file_id": event.media_file_id,
        "note": event.note,
    }
    as_text = text_for_coach(event.text, event.media_kind, event.note, SOURCE_LANGUAGE)
    return await _keep_and_ask(ctx, who, item, as_text)


async def _keep_and_ask(
    ctx: FlowContext, who: Membership, item: dict[str, Any], as_text: str
) -> Response:
    """Keeps one more message (whole, and as text for the ways out) and asks whom it is
    about; after MAX_ASKS questions, everything goes to the coach the menu names."""
    person, language = who.person, who.person.language
    now = conversation.running(person)
    assert now is not None and now.flow == NAME
    kept = [*now.data.get("held", []), item]
    typed = [*now.data.get("typed", []), as_text]
    asked = int(now.data.get("asked", 0))
    found = await identities(ctx.session, person)
    if asked >= MAX_ASKS or len(found) < 2:
        conversation.leave(person)
        response = await _pass_kept(ctx, who, kept)
        if asked >= MAX_ASKS:
            response.say(render(language, role_texts.PASSED_WITHOUT_CHOICE))
        return main_menu(who, response)
    conversation.enter(person, NAME, ABOUT, held=kept, typed=typed, asked=asked + 1)
    question = role_texts.ASK_WHOM if asked == 0 else role_texts.ASK_WHOM_AGAIN
    return Response().say(render(language, question), _choices(language, found))


async def _choice_gone(ctx: FlowContext, who: Membership) -> Response:
    """A role that is no longer theirs: said kindly; the roles left to choose from, if any."""
    person, language = who.person, who.person.language
    response = Response(button_answer=render(language, role_texts.CHOICE_GONE))
    response.say(render(language, role_texts.CHOICE_GONE_TEXT))
    found = await identities(ctx.session, person)
    now = conversation.running(person)
    waiting = now is not None and now.step == ABOUT
    if len(found) >= 2:
        question = role_texts.ASK_WHOM if waiting else role_texts.ASK_SWITCH
        return response.say(render(language, question), _choices(language, found))
    # One role left: there is nothing to choose, and kept messages go to its coach.
    kept = list(now.data.get("held", [])) if now is not None else []
    conversation.leave(person)
    if kept:
        passed = await _pass_kept(ctx, who, kept)
        response.messages.extend(passed.messages)
    return main_menu(who, response)


async def _stop(ctx: FlowContext, who: Membership) -> Response:
    """The stop word: what was kept reaches the coach the menu names, as with "Stoppen"."""
    typed = conversation.leave(who.person)
    language = who.person.language
    response = Response()
    if typed:
        await pass_to_coach(ctx, who, text="\n\n".join(typed))
        response.say(render(language, texts.FLOW_STOPPED_PASSED, coach=who.coach.name))
    else:
        response.say(render(language, texts.FLOW_STOPPED))
    return main_menu(who, response)


async def _pass_kept(ctx: FlowContext, who: Membership, kept: list[dict[str, Any]]) -> Response:
    """Kept messages to the coach: plain texts together, media one by one so the file goes too.

    The person reads the first confirmation (who answers, by when); the rest join that thread.
    """
    batches: list[dict[str, Any]] = []
    for item in kept:
        if batches and _plain(batches[-1]) and _plain(item):
            batches[-1] = {**batches[-1], "text": f"{batches[-1]['text']}\n\n{item['text']}"}
        else:
            batches.append(dict(item))
    first: Response | None = None
    for item in batches:
        passed = await pass_to_coach(
            ctx,
            who,
            text=str(item.get("text") or ""),
            media_kind=item.get("media_kind"),
            media_file_id=item.get("media_file_id"),
            note=item.get("note"),
        )
        first = first or passed
    return first or Response()


def _plain(item: dict[str, Any]) -> bool:
    return not item.get("media_kind") and not item.get("note")


def _choices(language: str | None, found: list[Identity]) -> Buttons:
    """One button per role, one to a row (the labels are long), and "Stoppen"."""
    own = sum(identity.role == Role.YOUTH for identity in found)
    rows: Buttons = []
    for identity in found:
        label = role_texts.CHOICE_LABELS[identity.role]
        if identity.role == Role.YOUTH and own > 1:
            label = role_texts.CHOICE_ABOUT_ME_ON
        text = render(language, label, name=identity.name)
        rows.append([choice_button(text, NAME, CHOOSE, identity.member_id)])
    return [*rows, *stop_buttons(language)]


def _said_stop(language: str | None, text: str) -> bool:
    said = " ".join(text.casefold().strip(" .!?").split())
    words = {render(language, concern_texts.STOP_WORD), render(language, texts.NAV_STOP)}
    return said in {word.casefold() for word in words | {"stop", "stoppen"}}
