"""In Telegram, a coach closes a crisis by choosing what was done and writing a few words."""

from __future__ import annotations

from bot.app import TelegramService
from core.db import Database
from core.models import Thread
from tests.bot.test_concern_flow import Chat, labels, stored
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, linked_world


async def crisis_closed_by_anna(
    database: Database, fake_api: FakeBotApi, words: str
) -> tuple[Thread, Chat]:
    """Sam writes words of crisis; Anna presses "Sluiten" under the urgent alert."""
    await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, words, first_name="Sam")
    alert = await coach_alert(database, fake_api, "DRINGEND")
    ((thread, _),) = await stored(database)
    anna = Chat(fake_api, COACH_CHAT, "Anna", seen=len(fake_api.sent_to(COACH_CHAT)))
    await anna.press_data(alert, f"v1:close:{thread.id}")
    return thread, anna


async def test_a_coach_closes_a_crisis_in_telegram_with_an_outcome_and_a_note(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    thread, anna = await crisis_closed_by_anna(database, fake_api, "ik wil niet meer leven")
    asked = await anna.sees("Je sluit de zorg over Sam. Wat is er gedaan?")
    assert labels(asked) == [
        "Gesproken, er is een plan",
        "Doorverwezen naar hulp",
        "Crisisdienst, 113 of 112 ingeschakeld",
        "Ouders of netwerk ingeschakeld",
        "Opgelost, geen zorg meer",
        "Iets anders",
        "Stoppen",
    ]
    ((still_open, _),) = await stored(database)
    assert still_open.status == "open"

    anna.types("ja")  # words before an outcome was chosen do not close it
    await anna.sees("Wat is er gedaan? Kies een knop.")
    await anna.press(asked, "Crisisdienst, 113 of 112 ingeschakeld")
    await anna.sees("Schrijf in een paar woorden wat er is gebeurd.")
    anna.types("Sam en moeder gebeld; crisisdienst komt vanavond langs.")
    await anna.sees("De zorg over Sam is gesloten: Crisisdienst, 113 of 112 ingeschakeld.")

    async with database.transaction() as session:
        closed = await session.get(Thread, thread.id)
        assert closed is not None and closed.status == "closed"
        assert (closed.outcome, closed.outcome_note) == (
            "crisis_service",
            "Sam en moeder gebeld; crisisdienst komt vanavond langs.",
        )

    # The old outcome buttons do nothing now.
    assert await anna.press(asked, "Iets anders") == "Deze knop werkt niet meer."


async def test_a_coach_who_stops_closing_leaves_the_crisis_open(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    _, anna = await crisis_closed_by_anna(database, fake_api, "ik snij mezelf weer")
    asked = await anna.sees("Wat is er gedaan?")
    await anna.press(asked, "Stoppen")
    await anna.sees("gestopt")
    ((still_open, _),) = await stored(database)
    assert (still_open.status, still_open.outcome) == ("open", None)
