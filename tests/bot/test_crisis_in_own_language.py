"""Someone Koers does not know yet writes words of distress: help in their own language first."""

from __future__ import annotations

from bot.app import TelegramService
from core.db import Database
from messages import concern_texts
from messages.i18n import render
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi

STRANGER = 8601


async def test_a_stranger_with_an_arabic_telegram_gets_crisis_help_in_arabic_and_dutch(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await builders.coach_with_case(database)
    fake_api.inject_message(STRANGER, "لا أريد أن أعيش بعد الآن", language_code="ar")
    answer = await fake_api.wait_for_message(STRANGER, contains="0800-0113")
    text = answer.text or ""
    arabic, dutch = render("ar", concern_texts.CRISIS_HELP), render("nl", concern_texts.CRISIS_HELP)
    assert text.startswith(arabic) and dutch in text
    assert "\u20660800-0113\u2069" in text  # the number keeps its order in right-to-left text
