"""The web channel's dialogue: the flows of bot/flows, rendered as a page instead of a chat.

A pressed button posts its choice, typed words post as text; both become the same `Incoming`
Telegram makes and go to the same entry (`respond_to_person`: crisis words first, then consent,
then the running flow or the coach). What comes back replaces the page's screen
(core/web_screen.py); a choice counts only when it is on that screen or in the menu, as a
Telegram button counts only in its own chat. Adapter only: no rule of a flow lives here.
"""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from bot.flows.context import FlowContext
from bot.flows.events import Incoming, Kind, Response
from bot.flows.menu import SWITCH, main_menu, menu_buttons
from bot.flows.person import respond_to_person
from core import conversation, queries, web_screen
from core.actions.waiting_words import plan_waiting_words
from core.choices import Button, Buttons, Choice, choice_of, choices_in
from core.crisis import signals_crisis
from core.models import Channel, Person
from core.people import Membership
from messages import texts
from messages.i18n import render
from portal.choice_form import form_choice, form_value
from portal.context import settings_of
from portal.rendering import render_page
from portal.security import form_optional, read_form
from portal.views.common import MAX_TEXT, see_other, text_problem
from portal.views.web_channel import consent_page
from portal.views.web_person import (
    TALK_PATH,
    MemberUnit,
    consent_missing,
    member_unit,
    page_context,
    web_sender,
)


@dataclass(frozen=True)
class ChoiceShown:
    label: str
    # A choice posts `value`; a link (a download) goes to `href`.
    value: str = ""
    href: str = ""


@dataclass(frozen=True)
class MessageShown:
    text: str
    rows: list[list[ChoiceShown]]


def _rows(buttons: Buttons) -> list[list[ChoiceShown]]:
    return [
        [ChoiceShown(b["text"], value=_value(b), href=b.get("url", "")) for b in row]
        for row in buttons
    ]


def _value(shown: Button) -> str:
    choice = choice_of(shown)
    return form_value(choice) if choice is not None else ""


def menu_choices(who: Membership) -> set[Choice]:
    """What the menu on every page offers: a flow to start, and switching role."""
    choices = set(choices_in(menu_buttons(who)))
    return choices | {SWITCH} if who.switchable else choices


def _show(person: Person, response: Response) -> None:
    if response.messages:
        web_screen.show(person, ((m.text, m.buttons) for m in response.messages))
    elif response.button_answer:
        # Telegram shows a short note over the chat; the page shows it above what it had.
        current = [(m.text, m.buttons) for m in web_screen.shown(person)]
        web_screen.show(person, [(response.button_answer, None), *current])


def _page(
    request: web.Request, member: MemberUnit, messages: list[MessageShown], **values: object
) -> web.Response:
    status = 400 if values.get("error") else 200
    running = conversation.running(member.who.person)
    # The menu marks the flow the person is in, as the page they are on.
    current = form_value(Choice("menu", running.flow)) if running is not None else ""
    context = page_context(member, current, messages=messages, max_text=MAX_TEXT, **values)
    return render_page(request, "me_talk.html", context, status=status, language=member.language)


async def talk_page(request: web.Request) -> web.Response:
    async with member_unit(request) as member:
        if (gate := consent_missing(member)) is not None:
            return gate
        who = member.talking_as
        shown = web_screen.shown(who.person)
        if not shown:
            shown = [web_screen.Shown(m.text, m.buttons or []) for m in main_menu(who).messages]
    messages = [MessageShown(s.text, _rows(s.buttons)) for s in shown]
    return _page(request, member, messages, text="", error=None)


async def _consent_first(request: web.Request, member: MemberUnit, text: str) -> web.Response:
    """Nothing is stored before consent: the consent question, with what they typed kept in
    the form (sent once they say yes), as asking on /me does."""
    if not text.strip():
        return see_other("/me")
    page = await queries.person_page(member.session, member_id=member.who.member.id or 0)
    assert page is not None
    carried = "" if text_problem(text) else text
    return consent_page(request, member.unit, page, text=carried, status=403)


async def talk(request: web.Request) -> web.Response:
    """A choice or typed words, through the same entry as Telegram; then the page again."""
    form = await read_form(request)
    posted = form.get("choice", "")
    choice = form_choice(posted)
    text = form_optional(form, "text")
    async with member_unit(request, form) as member:
        person = member.who.person
        before_consent = person.consent_at is None
        if before_consent and (posted or not signals_crisis(text)):
            # Words of acute distress go on to the dialogue, which answers them first.
            return await _consent_first(request, member, text)
        offered = web_screen.offered(person) | menu_choices(member.talking_as)
        if posted and (choice is None or choice not in offered):
            # An old page's button, or a forged one: as a stale button in Telegram.
            _show(person, Response(button_answer=render(person.language, texts.STALE_BUTTON)))
            return see_other(TALK_PATH)
        if choice is not None:
            event = Incoming(web_sender(person), Kind.BUTTON, choice=choice)
        else:
            error = text_problem(text)
            if error is not None:
                messages = [
                    MessageShown(s.text, _rows(s.buttons)) for s in web_screen.shown(person)
                ]
                return _page(request, member, messages, text=text, error=error)
            event = Incoming(web_sender(person), Kind.TEXT, text=text)
        context = FlowContext(member.session, settings_of(request).reach, channel=Channel.WEB)
        response = await respond_to_person(context, person, event)
        # Words kept in an unfinished flow reach the coach later if the person never returns.
        await plan_waiting_words(member.session, person)
        if before_consent:
            # The crisis help, here and now: the rest of the dialogue waits for consent.
            help_only = [MessageShown(m.text, []) for m in response.messages]
            return _page(request, member, help_only, text="", error=None)
        _show(person, response)
    return see_other(TALK_PATH)


async def to_talk(request: web.Request) -> web.Response:
    """An old bookmark of a menu page: the dialogue, where every menu choice now lives."""
    return see_other(TALK_PATH)
