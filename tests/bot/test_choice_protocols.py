"""A button's choice is the flow's; how it travels is each channel's own: Telegram's callback
data (bot/telegram/callback.py) and the web form's value (portal/choice_form.py). Both carry
every choice there and back unchanged, and the Telegram form is the one already in people's
chats, so buttons sent before an upgrade keep working."""

from __future__ import annotations

import pytest

from bot.telegram.callback import decode, encode, inline_keyboard
from core.choices import THREAD, Choice, choice_button, link_button
from portal.choice_form import form_choice, form_value

CHOICES = [
    Choice("menu", "ask"),
    Choice("nav", "stop"),
    Choice("lang", "ar"),
    Choice("settings", "pausefor", "7"),
    Choice("appts", "add", ""),
    Choice("appts", "day", "2026-12-08"),
    Choice("checkin", "attended", "yes.12"),
    Choice(THREAD, "take", "5"),
]


@pytest.mark.parametrize("choice", CHOICES, ids=str)
def test_every_choice_travels_through_telegram_and_the_web_unchanged(choice: Choice) -> None:
    assert decode(encode(choice)) == choice
    assert form_choice(form_value(choice)) == choice
    assert len(encode(choice).encode()) <= 64  # Telegram's limit for callback data


@pytest.mark.parametrize(
    ("data", "choice"),
    [
        ("v1:take:18", Choice(THREAD, "take", "18")),
        ("v1:menu:concern", Choice("menu", "concern")),
        ("v1:appts:add:", Choice("appts", "add", "")),
        ("v1:consent:yes", Choice("consent", "yes")),
        ("v1:settings:parentsset:yes", Choice("settings", "parentsset", "yes")),
    ],
)
def test_buttons_already_in_peoples_chats_still_mean_the_same(data: str, choice: Choice) -> None:
    assert decode(data) == choice
    assert encode(choice) == data


@pytest.mark.parametrize("data", ["", "v1", "v1:menu", "v2:menu:ask", "menu:ask:x", "🙂"])
def test_data_that_is_not_ours_is_no_choice(data: str) -> None:
    assert decode(data) is None


@pytest.mark.parametrize("value", ["", "menu", ":ask", "x" * 300])
def test_a_form_value_that_is_not_a_choice_is_none(value: str) -> None:
    assert form_choice(value) is None


def test_the_telegram_keyboard_carries_choices_as_data_and_links_as_links() -> None:
    keyboard = inline_keyboard(
        [
            [choice_button("Ja", "consent", "yes"), link_button("Open", "https://koers.example/")],
            [{"text": "Oud", "callback_data": "v1:nav:stop"}],
        ]
    )
    assert keyboard == {
        "inline_keyboard": [
            [
                {"text": "Ja", "callback_data": "v1:consent:yes"},
                {"text": "Open", "url": "https://koers.example/"},
            ],
            [{"text": "Oud", "callback_data": "v1:nav:stop"}],
        ]
    }
