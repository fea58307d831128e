"""The dialogue with a linked young person, parent or employer: onboarding, then questions."""

from __future__ import annotations

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.linking import (
    answer_consent,
    choose_language,
    consent_question,
    language_buttons,
)
from bot.flows.questions import pass_to_coach
from core.actions.linking import hold_text_until_consent
from core.models import Person
from core.people import primary_membership
from messages import texts
from messages.i18n import render


async def respond_to_person(ctx: FlowContext, person: Person, event: Incoming) -> Response:
    language = person.language
    if event.kind == Kind.BUTTON:
        return await _button(ctx, person, event)

    step = (person.conversation or {}).get("step")
    if event.kind == Kind.START or (person.consent_at is None and step is None):
        if person.consent_at is None:
            if event.kind != Kind.START and event.text:
                hold_text_until_consent(person, event.text)
            person.conversation = {**(person.conversation or {}), "step": "language"}
            return Response().say(render(language, texts.ASK_LANGUAGE), language_buttons())
        who = await primary_membership(ctx.session, person)
        coach = who.coach.name if who else ""
        return Response().say(render(language, texts.START_ALREADY_LINKED, coach=coach))

    if step in ("language", "consent"):
        # Not lost: held until consent, then passed to the coach.
        if event.text:
            hold_text_until_consent(person, event.text)
            person.conversation = {**(person.conversation or {}), "step": step}
        response = Response().say(render(language, texts.CONSENT_FIRST))
        if step == "language":
            return response.say(render(language, texts.ASK_LANGUAGE), language_buttons())
        question = await consent_question(ctx, person)
        response.messages.extend(question.messages)
        return response

    who = await primary_membership(ctx.session, person)
    if who is None:
        return Response().say(render(language, texts.NOT_LINKED))
    if event.kind == Kind.COMMAND:
        if event.command == "help":
            return Response().say(render(language, texts.HELP_PERSON, coach=who.coach.name))
        return Response().say(render(language, texts.UNKNOWN_COMMAND))
    return await pass_to_coach(
        ctx,
        who,
        text=event.text,
        media_kind=event.media_kind,
        media_file_id=event.media_file_id,
        note=event.note,
    )


async def _button(ctx: FlowContext, person: Person, event: Incoming) -> Response:
    stale = Response(button_answer=render(person.language, texts.STALE_BUTTON))
    if event.button_chat_id != person.telegram_chat_id:
        return Response(button_answer=render(person.language, texts.NOT_YOUR_BUTTON))
    parts = event.button_data.split(":")
    if len(parts) != 3 or parts[0] != "v1":
        return stale
    _, action, value = parts
    step = (person.conversation or {}).get("step")
    if action == "lang":
        return await choose_language(ctx, person, value)
    if action == "consent" and step == "consent" and value in ("yes", "no"):
        return await answer_consent(ctx, person, accepted=value == "yes")
    return stale
