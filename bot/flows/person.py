"""The dialogue with a linked young person, parent or employer: onboarding, then questions."""

from __future__ import annotations

from bot.flows import concern, identity
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.linking import (
    answer_consent,
    choose_language,
    consent_question,
    language_buttons,
)
from bot.flows.menu import MENU, MENU_WORDS, main_menu
from bot.flows.questions import pass_to_coach
from bot.flows.registry import FLOWS
from core import conversation
from core.actions.roles import current_membership
from core.choices import Choice
from core.models import Channel, Person
from core.people import Membership
from core.yes_no import typed_yes_no
from messages import texts
from messages.i18n import render


async def respond_to_person(ctx: FlowContext, person: Person, event: Incoming) -> Response:
    language = person.language
    if event.kind == Kind.BUTTON:
        return await _button(ctx, person, event)

    who = await current_membership(ctx.session, person)
    if who is not None:
        # Words of acute distress come first, whatever flow the person is in (DESIGN §4.5),
        # even before consent was given: their safety outweighs the wait (AVG vital interest).
        crisis = await concern.answer_crisis(ctx, who, event)
        if crisis is not None:
            return crisis

    step = conversation.step(person)
    if event.kind == Kind.START or (person.consent_at is None and step is None):
        if person.consent_at is None:
            if event.kind != Kind.START and event.text:
                conversation.hold_until_consent(person, event.text)
            conversation.ask_onboarding(person, conversation.LANGUAGE)
            return Response().say(render(language, texts.ASK_LANGUAGE), language_buttons())
        who = await current_membership(ctx.session, person)
        if who is None:
            return Response().say(render(language, texts.NOT_LINKED))
        typed = conversation.leave(person)
        if typed:
            # Kept in a flow (or waiting for whom it is about): not lost by starting over.
            await pass_to_coach(ctx, who, text="\n\n".join(typed))
        greeting = render(language, texts.START_ALREADY_LINKED, coach=who.coach.name)
        return main_menu(who, Response().say(greeting))

    if step == conversation.CONSENT and event.kind == Kind.TEXT:
        # "ja", "evet", "так" typed instead of pressing the button is the answer itself.
        said = typed_yes_no(event.text, language=language)
        if said is not None:
            return await answer_consent(ctx, person, accepted=said)
    if step in (conversation.LANGUAGE, conversation.CONSENT):
        # Not lost: held until consent, then passed to the coach.
        if event.text:
            conversation.hold_until_consent(person, event.text)
            conversation.ask_onboarding(person, step)
        response = Response().say(render(language, texts.CONSENT_FIRST))
        if step == conversation.LANGUAGE:
            return response.say(render(language, texts.ASK_LANGUAGE), language_buttons())
        question = await consent_question(ctx, person)
        response.messages.extend(question.messages)
        return response

    if who is None:
        return Response().say(render(language, texts.NOT_LINKED))
    if event.kind == Kind.COMMAND:
        if event.command in ("help", "menu"):
            helped = Response().say(render(language, texts.HELP_PERSON, coach=who.coach.name))
            return main_menu(who, helped)
        return main_menu(who, Response().say(render(language, texts.UNKNOWN_COMMAND)))
    if event.kind == Kind.TEXT and event.text.strip().lower() in MENU_WORDS:
        return await _stop(ctx, who, show_stopped=False)
    now = conversation.running(person)
    if now is not None and now.flow == identity.NAME:
        return await identity.on_text(ctx, who, event)
    if now is not None and now.flow in FLOWS:
        return await FLOWS[now.flow].on_text(ctx, who, event)
    # To the coach; someone in several roles who never chose is first asked whom it is about.
    return await identity.free_text(ctx, who, event)


async def _stop(ctx: FlowContext, who: Membership, *, show_stopped: bool = True) -> Response:
    """Out of any flow, back to the menu; what they typed on the way still reaches the coach."""
    typed = conversation.leave(who.person)
    language = who.person.language
    response = Response()
    if typed:
        await pass_to_coach(ctx, who, text="\n\n".join(typed))
        response.say(render(language, texts.FLOW_STOPPED_PASSED, coach=who.coach.name))
    elif show_stopped:
        response.say(render(language, texts.FLOW_STOPPED))
    return main_menu(who, response)


async def _flow_button(ctx: FlowContext, who: Membership, choice: Choice) -> Response:
    stale = Response(button_answer=render(who.person.language, texts.STALE_BUTTON))
    area, action, value = choice.area, choice.action, choice.value_or_empty
    if area == "nav":
        return await _stop(ctx, who, show_stopped=action == "stop")
    if area == identity.NAME:
        return await identity.on_button(ctx, who, action, value)
    if area == "menu":
        allowed = {name for name, _ in MENU[who.role]}
        if action not in allowed:
            return stale
        # Another menu choice halfway through a flow: what was typed still reaches the coach.
        response = Response()
        typed = conversation.leave(who.person)
        if typed:
            await pass_to_coach(ctx, who, text="\n\n".join(typed))
            passed = render(who.person.language, texts.FLOW_STOPPED_PASSED, coach=who.coach.name)
            response.say(passed)
        started = await FLOWS[action].start(ctx, who)
        response.messages.extend(started.messages)
        response.button_answer = started.button_answer
        return response
    now = conversation.running(who.person)
    if now is None or now.flow != area or area not in FLOWS:
        return stale
    return await FLOWS[area].on_button(ctx, who, action, value)


async def _button(ctx: FlowContext, person: Person, event: Incoming) -> Response:
    stale = Response(button_answer=render(person.language, texts.STALE_BUTTON))
    if ctx.channel == Channel.TELEGRAM and event.button_chat_id != person.telegram_chat_id:
        return Response(button_answer=render(person.language, texts.NOT_YOUR_BUTTON))
    choice = event.choice
    if choice is None:
        return stale
    if choice.area not in ("lang", "consent"):
        who = await current_membership(ctx.session, person)
        if who is None or person.consent_at is None:
            return stale
        return await _flow_button(ctx, who, choice)
    step = conversation.step(person)
    if choice.area == "lang":
        return await choose_language(ctx, person, choice.action)
    if choice.area == "consent" and step == conversation.CONSENT and choice.action in ("yes", "no"):
        return await answer_consent(ctx, person, accepted=choice.action == "yes")
    return stale
