"""What every page of a person's web channel shares: their unit of work and the menu.

The menu is the Telegram menu (bot/flows/menu.py), in the same order and words; each choice
posts to the dialogue (web_talk.py), which runs the same flow as Telegram.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.flows.events import Sender
from bot.flows.menu import main_menu
from core.actions.roles import current_membership
from core.choices import choice_of
from core.models import Person
from core.people import Membership, membership
from messages.i18n import render
from portal.choice_form import form_value
from portal.security import Form, PersonUnit, person_unit
from portal.views.common import person_context, see_other

# The dialogue page (web_talk.py): every menu choice, and the answer to the consent question.
TALK_PATH = "/me/talk"


def web_sender(person: Person) -> Sender:
    """The web has no chat: the adapter's own sender, whose ids no Telegram update carries."""
    return Sender(user_id=0, chat_id=0, first_name=person.first_name)


@dataclass(frozen=True)
class MenuItem:
    # What pressing it posts to the dialogue (web_talk.py): the Telegram menu's own choice.
    choice: str
    label: str
    current: bool


@dataclass(frozen=True)
class MemberUnit:
    """A web-channel request's unit of work with the person's membership (case, coach) loaded."""

    unit: PersonUnit
    # The role of the link this browser opened: whose page and history it shows.
    who: Membership
    # The role the person talks in, as in Telegram: someone in several roles (a parent of two)
    # chooses it with "Wissel", and the dialogue and its menu follow that choice.
    talking_as: Membership

    @property
    def session(self) -> AsyncSession:
        return self.unit.session

    @property
    def language(self) -> str | None:
        return self.unit.language


@asynccontextmanager
async def member_unit(request: web.Request, form: Form | None = None) -> AsyncIterator[MemberUnit]:
    """`person_unit` (session, CSRF for a POST's `form`) plus who the person is on their case."""
    async with person_unit(request, form) as unit:
        who = await membership(unit.session, unit.member.id or 0)
        assert who is not None
        talking_as = await current_membership(unit.session, who.person) or who
        yield MemberUnit(unit=unit, who=who, talking_as=talking_as)


def menu(who: Membership, current: str = "") -> list[MenuItem]:
    """The role's menu as Telegram shows it (bot/flows/menu.py), switching role included."""
    shown = [b for message in main_menu(who).messages for row in message.buttons or [] for b in row]
    items = []
    for b in shown:
        choice = choice_of(b)
        if choice is not None:
            value = form_value(choice)
            items.append(MenuItem(choice=value, label=b["text"], current=value == current))
    return items


def page_context(member: MemberUnit, current: str, **values: Any) -> dict[str, Any]:
    return person_context(member.unit, menu=menu(member.talking_as, current), **values)


def consent_missing(member: MemberUnit) -> web.Response | None:
    """Before consent the only page is /me, where the consent question is asked."""
    return see_other("/me") if member.who.person.consent_at is None else None


def say(member: MemberUnit, message: str, /, **params: object) -> str:
    return render(member.language, message, **params)
