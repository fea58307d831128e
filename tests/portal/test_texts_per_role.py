"""Consent, the thanks after it, "what Koers knows" and settings speak to the role that reads
them: a parent or employer is not told about "your appointments" or "your coach", and is not
offered a pause in reminders they never get. On the web and in Telegram."""

from __future__ import annotations

from bot.app import TelegramService
from core.db import Database
from core.models import Person
from tests import builders
from tests.bot.roles_world import Chat, family
from tests.fakes.chat import WebChat, labels, read_talk_page
from tests.fakes.fake_bot_api import FakeBotApi
from tests.portal.conftest import Portal, person_id_of


async def test_a_parent_on_the_web_reads_about_their_own_part_and_gets_no_pause(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role="parent")
    await portal.open_web_link(issued.web_link or "")

    consent = await portal.page("/me")
    assert "je berichten aan de coach van Sam" in consent
    assert "je afspraken" not in consent and "Alleen de coach Anna en het team" in consent

    agreed = await portal.answer_consent("yes")
    page = await portal.page(agreed.headers["Location"])
    assert "Dank je! De coach van Sam is Anna." in page and "Typ hem hieronder." in page
    assert "chat" not in page.lower()
    home = await portal.page("/me")
    assert "De coach van <bdi>Sam</bdi> is <strong>Anna</strong>." in home
    assert "Je coach is" not in home and "Je coach is" not in page

    chat = WebChat(portal)
    settings = await chat.press("Instellingen")
    assert "Even geen berichten" not in settings.buttons and "Taal" in settings.buttons
    # A forged pause choice (never shown to a parent) changes nothing.
    refused = await portal.send("/me/talk", {"choice": "settings:pausefor:7"})
    assert refused.status == 303
    assert "Deze knop werkt niet meer." in read_talk_page(await portal.page("/me/talk"))
    person_id = await person_id_of(database, issued.member_id or 0)
    async with database.transaction() as session:
        person = await session.get(Person, person_id)
        assert person is not None and person.notifications_paused_until is None

    known = await chat.press("Wat weet Koers?")
    assert "coach van Sam: Anna" in known and "afspraken" not in known.text


async def test_a_young_person_on_the_web_still_reads_about_their_appointments_and_coach(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case)
    await portal.open_web_link(issued.web_link or "")
    assert "je berichten en je afspraken" in await portal.page("/me")
    page = await portal.page((await portal.answer_consent("yes")).headers["Location"])
    assert "Dank je! Je coach is Anna." in page and "Typ hem hieronder." in page
    assert "Even geen berichten" in (await WebChat(portal).press("Instellingen")).buttons


async def test_an_employer_in_telegram_consents_to_reports_about_the_young_person(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await family(database, fake_api)
    chat = Chat(fake_api, name="Piet")
    code = (await builders.invite(database, world.sam, role="employer")).code
    chat.types(f"/start {code}")
    await chat.press(await chat.sees("welke taal"), "Nederlands")
    consent = await chat.sees("Is dat goed?")
    assert "je berichten en meldingen over Sam" in (consent.text or "")
    assert "je afspraken" not in (consent.text or "")
    await chat.press(consent, "Ja, dat is goed")
    thanks = await chat.sees("Dank je!")
    assert (thanks.text or "").startswith("Dank je! De coach van Sam is Anna.")

    menu = await chat.sees("Wat wil je doen?")
    await chat.press(menu, "Instellingen")
    choices = await chat.sees("Wat wil je aanpassen?")
    assert "Even geen berichten" not in labels(choices)
    assert "Taal" in labels(choices) and "Wat weet Koers?" in labels(choices)
