"""The main menu: a few buttons per role, and the way back to it from every step."""

from __future__ import annotations

from bot.flows.events import Response
from core.actions.appointments import may_see_appointments
from core.choices import Buttons, Choice, button
from core.models import Role
from core.people import Membership
from messages import concern_texts, report_texts, role_texts, texts
from messages.i18n import render

# Flows a person can start from the menu, per role, in the order of the buttons: the flow's
# name (its NAME, see registry.py) and the button's label. Data only, so that flows can show
# the menu without importing each other.
MENU: dict[Role, tuple[tuple[str, str], ...]] = {
    Role.YOUTH: (
        ("ask", texts.MENU_ASK),
        ("concern", concern_texts.MENU_CONCERN),
        ("appts", texts.MENU_APPOINTMENTS),
        ("coach", texts.MENU_COACH),
        ("settings", texts.MENU_SETTINGS),
    ),
    Role.PARENT: (
        ("ask", texts.MENU_ASK),
        ("concern", concern_texts.MENU_CONCERN),
        ("appts", texts.MENU_APPOINTMENTS),
        ("coach", texts.MENU_COACH),
        ("settings", texts.MENU_SETTINGS),
    ),
    Role.EMPLOYER: (
        ("report", report_texts.MENU_REPORT),
        ("good_news", report_texts.MENU_GOOD_NEWS),
        ("ask", texts.MENU_ASK),
        ("coach", texts.MENU_COACH),
        ("settings", texts.MENU_SETTINGS),
    ),
}
# The "Wissel" button under the menu of someone in several roles; handled in identity.py.
SWITCH = Choice("role", "switch")
# Words that open the menu whatever step a person is in.
MENU_WORDS = frozenset({"menu", "/menu", "help", "/help", "hulp", "start"})


def menu_buttons(who: Membership) -> Buttons:
    language = who.person.language
    labels = [
        button(language, label, "menu", name)
        for name, label in MENU[who.role]
        # A parent sees the appointments button only once the young person allowed it.
        if name != "appts" or may_see_appointments(who)
    ]
    return [labels[i : i + 2] for i in range(0, len(labels), 2)]


def main_menu(who: Membership, response: Response | None = None) -> Response:
    response = response or Response()
    language = who.person.language
    intro, buttons = render(language, texts.MENU_INTRO), menu_buttons(who)
    if who.switchable:
        # Someone in several roles sees whom the menu is about, and can switch (identity.py).
        now = render(language, role_texts.TALKING_AS[who.role], name=who.case.first_name)
        intro = f"{now}\n{intro}"
        buttons = [*buttons, [button(language, role_texts.SWITCH, SWITCH.area, SWITCH.action)]]
    return response.say(intro, buttons)


def stop_buttons(language: str | None) -> Buttons:
    return [[button(language, texts.NAV_STOP, "nav", "stop")]]
