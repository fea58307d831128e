"""Someone reaches Koers without a link: a coach answers them through the bot, gives the request
to a colleague, and makes a case of it; the person taps the start button and is linked."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from core.actions.organisation import do_add_coach
from core.db import Database
from core.models import Case, IntakeRequest, OutboxMessage, Person
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi
from tests.portal.conftest import Portal

STRANGER = 7777


async def a_stranger_wrote(database: Database, fake_api: FakeBotApi) -> IntakeRequest:
    fake_api.inject_message(STRANGER, "/start", first_name="Yara")
    await fake_api.wait_for_message(STRANGER, contains="dat je contact zoekt")
    fake_api.inject_message(STRANGER, "Ik zoek werk, kan iemand helpen?", first_name="Yara")
    await fake_api.wait_for_message(STRANGER, count=2)
    async with database.transaction() as session:
        return (await session.exec(select(IntakeRequest))).one()


async def test_a_coach_answers_gives_and_makes_a_case_of_an_intake_request(
    telegram_portal: Portal,
    database: Database,
    fake_api: FakeBotApi,
    telegram: TelegramService,
) -> None:
    portal = telegram_portal
    anna = await builders.add_coach(database)
    async with database.transaction() as session:
        bram = await do_add_coach(
            session, name="Bram", email="bram@koers.test", password=builders.PASSWORD
        )
    intake = await a_stranger_wrote(database, fake_api)
    await portal.log_in()
    inbox = await portal.page("/inbox")
    assert f'id="intake-{intake.id}"' in inbox and "Antwoord via Telegram" in inbox

    empty = await portal.send(f"/intake/{intake.id}/answer", {"text": "   "})
    assert empty.headers["Location"] == f"/inbox?done=intake_empty#intake-{intake.id}"
    answered = await portal.send(
        f"/intake/{intake.id}/answer", {"text": "Hoi Yara, ik bel je morgen even."}
    )
    assert answered.headers["Location"].startswith("/inbox?done=intake_answered")
    told = await fake_api.wait_for_message(STRANGER, contains="ik bel je morgen")
    assert told.text == "Bericht van Anna van Koers:\n\nHoi Yara, ik bel je morgen even."
    assert "Hoi Yara, ik bel je morgen even." in await portal.page("/inbox")

    given = await portal.send(f"/intake/{intake.id}/give", {"coach": str(bram.id)})
    assert given.headers["Location"].startswith("/inbox?done=intake_given")
    assert f'id="intake-{intake.id}"' not in await portal.page("/inbox?whose=mine")
    assert (await portal.send(f"/intake/{intake.id}/give", {"coach": "999"})).status == 400

    made = await portal.send(f"/intake/{intake.id}/case", {"first_name": "Yara"})
    location = made.headers["Location"]
    assert location.endswith("?done=made_from_intake")
    assert "De persoon kreeg in Telegram een knop om te beginnen." in await portal.page(location)
    start = await fake_api.wait_for_message(STRANGER, contains="Tik op de knop")
    assert start.text == "Hoi! Je coach bij Koers is Bram. Tik op de knop om te beginnen."
    (button,) = start.buttons
    assert button["text"] == "Begin" and button["url"].startswith("https://t.me/koers_test_bot")
    async with database.transaction() as session:
        case = (await session.exec(select(Case))).one()
        assert (case.first_name, case.coach_id) == ("Yara", bram.id)
        stored = await session.get(IntakeRequest, intake.id)
        assert stored is not None and stored.handled_at is not None
        assert stored.case_id == case.id
    again = await portal.send(f"/intake/{intake.id}/case", {"first_name": "Yara"})
    assert "done=intake_already_a_case" in again.headers["Location"]  # no second case

    # The person taps Begin: Telegram sends /start with the code, from their own account.
    code = button["url"].split("start=")[1]
    fake_api.inject_message(STRANGER, f"/start {code}", first_name="Yara")
    await fake_api.wait_for_message(STRANGER, contains="welke taal")
    async with database.transaction() as session:
        youth = (await session.exec(select(Person))).one()
        assert youth.telegram_user_id == STRANGER
        sent = (await session.exec(select(OutboxMessage))).all()
        assert all("Yara" not in (m.text or "") or m.chat_id != 0 for m in sent)
    assert anna.id != bram.id
