"""'Er is iets': a life domain, then what is going on, to the coach with priority (DESIGN §4.5).

Steps: domain (buttons) → text (or media) → confirmation naming the coach and the deadline, then
the menu. Text typed where a button was expected is kept and asked about once more; a second
text ends the flow and everything typed reaches the coach as a concern about "something else".

Crisis words are caught before any flow sees the text (`answer_crisis`, called from person.py):
whatever the person was doing, they get crisis information and the coach an urgent alert.
"""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.menu import main_menu, stop_buttons
from bot.flows.questions import pass_to_coach
from core import conversation
from core.actions.concerns import DOMAINS, OTHER, do_raise_concern, do_raise_crisis
from core.choices import Buttons, button
from core.crisis import signals_crisis
from core.people import Membership
from messages import concern_texts, texts
from messages.i18n import format_moment, render

NAME = "concern"
LABEL = concern_texts.MENU_CONCERN

DOMAIN, TEXT = "domain", "text"


async def start(ctx: FlowContext, who: Membership) -> Response:
    conversation.enter(who.person, NAME, DOMAIN)
    language = who.person.language
    return Response().say(render(language, concern_texts.ASK_DOMAIN), _domain_buttons(language))


async def on_button(ctx: FlowContext, who: Membership, action: str, value: str) -> Response:
    now = conversation.running(who.person)
    # A button only counts in the step that showed it: twice, or from an old message, is stale.
    if action != DOMAIN or now is None or now.step != DOMAIN or value not in DOMAINS:
        return Response(button_answer=render(who.person.language, texts.STALE_BUTTON))
    return _choose(who, value)


async def on_text(ctx: FlowContext, who: Membership, event: Incoming) -> Response:
    now = conversation.running(who.person)
    assert now is not None and now.flow == NAME
    if event.kind == Kind.TEXT and _said_stop(who.person.language, event.text):
        return await _stop(ctx, who)
    if now.step == TEXT:
        return await _raise(ctx, who, now.data.get(DOMAIN, OTHER), event)
    if event.kind == Kind.TEXT:
        typed_domain = _domain_named(who.person.language, event.text)
        if typed_domain is not None:
            return _choose(who, typed_domain)
        if not now.data.get("asked_again"):
            conversation.remember_typed(who.person, event.text)
            conversation.advance(who.person, DOMAIN, asked_again=True)
            language = who.person.language
            stop = render(language, concern_texts.STOP_WORD)
            ask = render(language, concern_texts.PICK_A_BUTTON, stop=stop)
            return Response().say(ask, _domain_buttons(language))
    # A second text, or a photo or voice message instead of a domain: nothing is lost.
    return await _raise(ctx, who, OTHER, event)


async def answer_crisis(ctx: FlowContext, who: Membership, event: Incoming) -> Response | None:
    """Crisis information and an urgent alert when the text signals acute distress, else None.

    Runs before any flow: the flow the person was in ends, and what they typed in it goes with
    the alert. Only the crisis information is sent back, never the step's usual answer.
    """
    if not signals_crisis(event.text):
        return None
    now = conversation.running(who.person)
    domain = now.data.get(DOMAIN) if now is not None and now.flow == NAME else None
    typed = conversation.leave(who.person)
    raised = await do_raise_crisis(
        ctx.session,
        who=who,
        text="\n\n".join([*typed, event.text]),
        channel=ctx.channel,
        base_url=ctx.base_url,
        domain=domain,
        media_kind=event.media_kind,
        media_file_id=event.media_file_id,
    )
    return Response().say(raised.help_text)


def _choose(who: Membership, domain: str) -> Response:
    conversation.advance(who.person, TEXT, domain=domain)
    language = who.person.language
    label = render(language, concern_texts.DOMAIN_LABELS[domain])
    response = Response(button_answer=label)
    return response.say(render(language, concern_texts.ASK_TEXT), stop_buttons(language))


async def _raise(ctx: FlowContext, who: Membership, domain: str, event: Incoming) -> Response:
    typed = conversation.leave(who.person)
    text = "\n\n".join([*typed, event.text] if event.text else typed)
    raised = await do_raise_concern(
        ctx.session,
        who=who,
        domain=domain,
        text=text,
        channel=ctx.channel,
        media_kind=event.media_kind,
        media_file_id=event.media_file_id,
        base_url=ctx.base_url,
    )
    language = who.person.language
    due = format_moment(raised.due_at, language)
    confirmation = render(
        language, concern_texts.CONCERN_RECEIVED, coach=raised.coach.name, due=due
    )
    return main_menu(who, Response().say(confirmation))


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


def _domain_buttons(language: str | None) -> Buttons:
    labels = [
        button(language, label, NAME, DOMAIN, domain)
        for domain, label in concern_texts.DOMAIN_LABELS.items()
    ]
    return [*(labels[i : i + 2] for i in range(0, len(labels), 2)), *stop_buttons(language)]


def _words(text: str) -> str:
    return " ".join(text.casefold().strip(" .!?").split())


def _said_stop(language: str | None, text: str) -> bool:
    stop_words = {render(language, concern_texts.STOP_WORD), render(language, texts.NAV_STOP)}
    return _words(text) in {_words(word) for word in stop_words | {"stop", "stoppen"}}


def _domain_named(language: str | None, text: str) -> str | None:
    """The domain whose button label someone typed ("geld"), so they need not press it."""
    typed = _words(text)
    for domain, label in concern_texts.DOMAIN_LABELS.items():
        if typed in (_words(render(language, label)), _words(label)):
            return domain
    return None
