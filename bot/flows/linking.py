"""The linking dialogue: /start with a code, the language question and the consent question."""

from __future__ import annotations

from bot.flows import identity
from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Response
from bot.flows.menu import main_menu
from bot.flows.questions import pass_to_coach
from core.actions.intake import do_open_intake_request
from core.actions.linking import (
    LinkOutcome,
    do_choose_language,
    do_record_consent,
    do_redeem_start_code,
)
from core.actions.roles import current_membership, must_ask_whom
from core.choices import Buttons, button, choice_button
from core.models import Channel, Person
from core.people import Membership
from messages import role_texts, texts
from messages.i18n import LANGUAGES, language_name, render
from messages.reader_texts import consent_text, consent_thanks

REFUSALS = {
    LinkOutcome.EXPIRED: texts.START_CODE_EXPIRED,
    LinkOutcome.USED: texts.START_CODE_USED,
    LinkOutcome.UNKNOWN: texts.START_CODE_UNKNOWN,
}


def language_buttons() -> Buttons:
    labels = [choice_button(language_name(code), "lang", code) for code in LANGUAGES]
    return [labels[i : i + 2] for i in range(0, len(labels), 2)]


def consent_buttons(language: str | None) -> Buttons:
    return [
        [
            button(language, texts.CONSENT_YES, "consent", "yes"),
            button(language, texts.CONSENT_NO, "consent", "no"),
        ]
    ]


async def consent_question(ctx: FlowContext, person: Person) -> Response:
    who = await current_membership(ctx.session, person)
    coach, name = (who.coach.name, who.case.first_name) if who else ("", "")
    role = who.role if who else "youth"
    text = render(person.language, consent_text(role), coach=coach, name=name)
    return Response().say(text, consent_buttons(person.language))


async def start_with_code(ctx: FlowContext, event: Incoming) -> Response | None:
    """The answer to /start <code>; None when this chat already used that very code."""
    sender = event.sender
    result = await do_redeem_start_code(
        ctx.session,
        code=event.argument,
        telegram_user_id=sender.user_id,
        chat_id=sender.chat_id,
        first_name=sender.first_name,
        bot=sender.bot,
    )
    if result.outcome == LinkOutcome.COACH_LINKED:
        assert result.coach is not None
        coach = result.coach
        return Response().say(render(coach.language, texts.COACH_LINKED, name=coach.name))
    if result.outcome == LinkOutcome.LINKED:
        assert result.membership is not None
        person = result.membership.person
        if person.consent_at is None:
            return Response().say(render(None, texts.ASK_LANGUAGE), language_buttons())
        if result.ask_consent_again:
            return await consent_question(ctx, person)
        if result.added_role:
            return await _role_added(ctx, result.membership)
        return Response().say(
            render(person.language, texts.START_ALREADY_LINKED, coach=result.membership.coach.name)
        )
    if result.outcome == LinkOutcome.ALREADY_LINKED:
        # Their own link, opened again: carry on as if they sent a plain /start.
        return None
    await do_open_intake_request(
        ctx.session,
        reason=f"code_{result.outcome}",
        telegram_user_id=sender.user_id,
        chat_id=sender.chat_id,
        first_name=sender.first_name,
        bot=sender.bot,
    )
    return Response().say(render(None, REFUSALS[result.outcome]))


async def _role_added(ctx: FlowContext, added: Membership) -> Response:
    """A second invite for someone already linked: the new role, its coach, and "Wissel"."""
    language = added.person.language
    text = render(
        language,
        role_texts.ROLE_ADDED[added.role],
        name=added.case.first_name,
        coach=added.coach.name,
    )
    response = Response().say(text)
    who = await current_membership(ctx.session, added.person)
    return main_menu(who, response) if who else response


async def start_without_code(ctx: FlowContext, event: Incoming) -> Response:
    sender = event.sender
    await do_open_intake_request(
        ctx.session,
        reason="no_code",
        telegram_user_id=sender.user_id,
        chat_id=sender.chat_id,
        first_name=sender.first_name,
        bot=sender.bot,
    )
    return Response().say(render(None, texts.START_WITHOUT_CODE))


async def choose_language(ctx: FlowContext, person: Person, language: str) -> Response:
    if not await do_choose_language(ctx.session, person=person, language=language):
        return Response(button_answer=render(person.language, texts.STALE_BUTTON))
    if person.consent_at is not None:
        # Changed in the settings: confirm in the new language, then the menu in it.
        who = await current_membership(ctx.session, person)
        changed = Response(button_answer=language_name(language))
        changed.say(render(language, texts.LANGUAGE_CHANGED))
        return main_menu(who, changed) if who else changed
    response = await consent_question(ctx, person)
    response.button_answer = language_name(language)
    return response


async def answer_consent(ctx: FlowContext, person: Person, accepted: bool) -> Response:
    """After a 'yes', the messages held back while we asked go to the coach as one question."""
    who = await current_membership(ctx.session, person)
    coach = who.coach.name if who else ""
    result = await do_record_consent(
        ctx.session, person=person, accepted=accepted, base_url=ctx.base_url
    )
    if not result.accepted:
        return Response().say(render(person.language, texts.CONSENT_DECLINED, coach=coach))
    # On a web page the question is typed in the box below, not "here in the chat".
    thanks = consent_thanks(who.role if who else "youth", web=ctx.channel == Channel.WEB)
    name = who.case.first_name if who else ""
    response = Response().say(render(person.language, thanks, coach=coach, name=name))
    if who is None:
        return response
    if result.held_texts:
        text = "\n\n".join(result.held_texts)
        if must_ask_whom(who):
            # A new role's consent, asked again: the kept text waits for whom it is about.
            asked = await identity.keep_and_ask(ctx, who, text)
            response.messages.extend(asked.messages)
            return response
        held = await pass_to_coach(ctx, who, text=text)
        response.messages.extend(held.messages)
    return main_menu(who, response)
