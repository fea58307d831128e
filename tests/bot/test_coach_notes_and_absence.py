"""A coach in Telegram keeps notes on cases, and says when they are away: the backup takes over."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select

from bot.app import TelegramService
from core.actions.absence import day_start, do_set_absence
from core.actions.organisation import do_add_coach
from core.clock import local, utcnow
from core.config import Settings
from core.db import Database
from core.models import Case, CaseNote, Channel, Coach, CoachAbsence
from messages.coach_texts import format_day
from tests import builders
from tests.builders import World
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, linked_world
from tests.fakes.wire import SentMessage
from tests.portal.conftest import Portal, _client, free_port

BACKUP_CHAT = 9002
COORDINATOR_CHAT = 9003


def press(api: FakeBotApi, chat_id: int, message: SentMessage, label: str) -> None:
    data = next(b["callback_data"] for b in message.buttons if b["text"] == label)
    api.inject_callback(chat_id, data, message_id=message.message_id or 0)


async def answer_to_press(api: FakeBotApi, answered_before: int) -> str | None:
    """The short answer Koers gave to the next pressed button."""
    await api.wait_for_call("answerCallbackQuery", count=answered_before + 1)
    return api.callback_answers[-1].params.get("text")


async def add_linked_backup(database: Database, api: FakeBotApi, world: World) -> Coach:
    """Bram, in Anna's team, is the backup on Sam's case and has linked his chat."""
    bram = await builders.add_coach(database, name="Bram", email="bram@koers.test")
    code = (await builders.coach_invite(database, bram)).code
    api.inject_message(BACKUP_CHAT, f"/start {code}", first_name="Bram")
    await api.wait_for_message(BACKUP_CHAT, contains="Gelukt")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.backup_coach_id = bram.id
    return bram


async def add_linked_coordinator(database: Database, api: FakeBotApi) -> Coach:
    """Carla coordinates Anna's team and has linked her chat; Sam's case has no backup."""
    async with database.transaction() as session:
        carla = await do_add_coach(
            session,
            name="Carla",
            email="carla@koers.test",
            password="lang genoeg wachtwoord",
            is_coordinator=True,
        )
    code = (await builders.coach_invite(database, carla)).code
    api.inject_message(COORDINATOR_CHAT, f"/start {code}", first_name="Carla")
    await api.wait_for_message(COORDINATOR_CHAT, contains="Gelukt")
    return carla


async def notes_of(database: Database) -> list[tuple[int, int, str, str]]:
    async with database.transaction() as session:
        notes = await session.exec(select(CaseNote).order_by(col(CaseNote.id)))
        return [(n.case_id, n.coach_id, n.body, n.channel) for n in notes.all()]


async def conversation_of(database: Database, coach: Coach) -> dict[str, Any] | None:
    async with database.transaction() as session:
        fresh = await session.get(Coach, coach.id)
        assert fresh is not None
        return fresh.conversation


def today() -> date:
    return local(utcnow()).date()


async def test_coach_adds_a_note_in_telegram_and_it_shows_in_the_portal(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world = await linked_world(database, fake_api)
    noor = await builders.add_case(database, world.coach, first_name="Noor")

    fake_api.inject_message(COACH_CHAT, "/notitie")
    which = await fake_api.wait_for_message(COACH_CHAT, contains="Bij wie hoort de notitie?")
    assert [b["text"] for b in which.buttons] == ["Noor", "Sam", "Stoppen"]
    press(fake_api, COACH_CHAT, which, "Sam")
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bij Sam. Typ je notitie.")
    fake_api.inject_message(COACH_CHAT, "Belde over het rooster.\nGaat goed.")
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bewaard bij Sam.")

    # The shortcut: a name after the command skips the question.
    fake_api.inject_message(COACH_CHAT, "/notitie noor")
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bij Noor. Typ je notitie.")
    fake_api.inject_message(COACH_CHAT, "Intake gepland.")
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bewaard bij Noor.")

    assert await notes_of(database) == [
        (world.case.id, world.coach.id, "Belde over het rooster.\nGaat goed.", Channel.TELEGRAM),
        (noor.id, world.coach.id, "Intake gepland.", Channel.TELEGRAM),
    ]
    assert await conversation_of(database, world.coach) is None

    client = await _client(settings.model_copy(update={"port": free_port()}), database)
    try:
        portal = Portal(client=client, database=database, settings=settings)
        await portal.log_in()
        page = await portal.page(f"/cases/{world.case.id}")
    finally:
        await client.close()
    assert "Notities" in page and "Belde over het rooster." in page and "via Telegram" in page
    assert "Intake gepland." not in page  # Noor's note is on Noor's case


async def test_note_button_on_a_shown_thread_starts_a_note_for_that_case(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await builders.add_case(database, world.coach, first_name="Noor")
    fake_api.inject_message(YOUTH_CHAT, "Ik heb de baan!")
    await coach_alert(database, fake_api, "Ik heb de baan!")
    fake_api.inject_message(COACH_CHAT, "/inbox")
    listing = await fake_api.wait_for_message(COACH_CHAT, contains="Open vragen en meldingen: 1")
    fake_api.inject_callback(
        COACH_CHAT, listing.buttons[0]["callback_data"], message_id=listing.message_id or 0
    )
    shown = await coach_alert(database, fake_api, "antwoord uiterlijk")
    press(fake_api, COACH_CHAT, shown, "Notitie")
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bij Sam. Typ je notitie.")

    # A reply to the shown thread still answers Sam, even while the note waits for its text.
    fake_api.inject_message(COACH_CHAT, "Gefeliciteerd!", reply_to_message_id=shown.message_id)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Gefeliciteerd!")
    await fake_api.wait_for_message(COACH_CHAT, contains="Verstuurd naar Sam.")

    fake_api.inject_message(COACH_CHAT, "Begint maandag bij de bakker.")
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bewaard bij Sam.")
    assert await notes_of(database) == [
        (world.case.id, world.coach.id, "Begint maandag bij de bakker.", Channel.TELEGRAM)
    ]


async def test_coach_sets_away_until_and_a_new_question_goes_to_the_backup(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await add_linked_backup(database, fake_api, world)

    fake_api.inject_message(COACH_CHAT, "/weg")
    question = await fake_api.wait_for_message(COACH_CHAT, contains="Tot wanneer ben je weg?")
    assert [b["text"] for b in question.buttons] == [
        "Tot morgen",
        "Tot maandag",
        "1 week",
        "2 weken",
        "Typ een datum",
        "Stoppen",
    ]
    press(fake_api, COACH_CHAT, question, "1 week")
    last_day = today() + timedelta(days=6)
    said = await fake_api.wait_for_message(COACH_CHAT, contains="Je bent weg tot en met")
    assert f"Je bent weg tot en met {format_day(last_day, 'nl')}." in (said.text or "")
    assert "Bram neemt nieuwe berichten over." in (said.text or "")
    assert f"Vanaf {format_day(last_day + timedelta(days=1), 'nl')}" in (said.text or "")
    told = await fake_api.wait_for_message(BACKUP_CHAT, contains="Anna is weg tot en met")
    assert "de nieuwe berichten van: Sam" in (told.text or "")

    alerts_for_anna = len(fake_api.sent_to(COACH_CHAT))
    fake_api.inject_message(YOUTH_CHAT, "Mag ik morgen later komen?")
    received = await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")
    assert "Bram antwoordt uiterlijk" in (received.text or "")
    alert = await coach_alert(database, fake_api, "Mag ik morgen later komen?", BACKUP_CHAT)
    assert "Nieuwe vraag van Sam" in (alert.text or "")

    # Bram answers by replying; Anna's chat stayed quiet, and Sam is still Anna's case.
    fake_api.inject_message(BACKUP_CHAT, "Ja, dat is goed.", reply_to_message_id=alert.message_id)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Antwoord van Bram")
    assert len(fake_api.sent_to(COACH_CHAT)) == alerts_for_anna
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None and case.coach_id == world.coach.id
        absence = (await session.exec(select(CoachAbsence))).one()
        assert absence.ends_at == day_start(last_day + timedelta(days=1))


async def test_coach_back_with_terug_gets_new_questions_again(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await add_linked_backup(database, fake_api, world)
    fake_api.inject_message(COACH_CHAT, "/weg")
    question = await fake_api.wait_for_message(COACH_CHAT, contains="Tot wanneer ben je weg?")
    press(fake_api, COACH_CHAT, question, "2 weken")
    await fake_api.wait_for_message(COACH_CHAT, contains="Bram neemt nieuwe berichten over.")

    fake_api.inject_message(COACH_CHAT, "/terug")
    await fake_api.wait_for_message(COACH_CHAT, contains="Welkom terug!")
    await fake_api.wait_for_message(BACKUP_CHAT, contains="Anna is terug.")
    fake_api.inject_message(YOUTH_CHAT, "Hoe laat is de intake?")
    received = await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")
    assert "Anna antwoordt uiterlijk" in (received.text or "")
    await coach_alert(database, fake_api, "Hoe laat is de intake?")
    assert not any("intake" in (m.text or "") for m in fake_api.sent_to(BACKUP_CHAT))

    fake_api.inject_message(COACH_CHAT, "/terug")
    await fake_api.wait_for_message(COACH_CHAT, contains="Je staat niet als weg.")
    async with database.transaction() as session:
        absence = (await session.exec(select(CoachAbsence))).one()
        assert absence.cancelled_at is None and absence.ends_at <= utcnow()


async def test_my_coach_names_the_stand_in_while_away(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await add_linked_backup(database, fake_api, world)
    last_day = today() + timedelta(days=3)
    async with database.transaction() as session:
        anna = await session.get(Coach, world.coach.id)
        assert anna is not None
        await do_set_absence(session, coach=anna, last_day=last_day)

    menu = await fake_api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    press(fake_api, YOUTH_CHAT, menu, "Mijn coach")
    card = await fake_api.wait_for_message(YOUTH_CHAT, contains="Bereikbaar")
    day = format_day(last_day, "nl")
    assert f"Anna is weg tot en met {day}. Tot die tijd helpt Bram je." in (card.text or "")
    assert "Is Anna er niet?" not in (card.text or "")


async def test_a_foreign_or_old_note_button_does_nothing(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await builders.add_case(database, world.coach, first_name="Noor")
    foreign = await builders.thread_in_another_team(database)

    fake_api.inject_message(COACH_CHAT, "/notitie")
    which = await fake_api.wait_for_message(COACH_CHAT, contains="Bij wie hoort de notitie?")
    sam = next(b["callback_data"] for b in which.buttons if b["text"] == "Sam")
    answered = len(fake_api.callback_answers)

    # Another team's case or thread, forged onto this message: refused, nothing changes.
    for forged in (f"v1:note:case:{foreign.case.id}", f"v1:note:thread:{foreign.thread_id}"):
        fake_api.inject_callback(
            COACH_CHAT, forged, message_id=which.message_id or 0, check_button=False
        )
        assert await answer_to_press(fake_api, answered) in (
            "Deze knop werkt niet meer.",
            "Deze knop is niet voor jou.",
        )
        answered += 1
    assert (await conversation_of(database, world.coach) or {}).get("step") == "case"

    fake_api.inject_callback(COACH_CHAT, sam, message_id=which.message_id or 0)
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bij Sam.")
    answered += 1
    fake_api.inject_message(COACH_CHAT, "Eerste notitie.")
    await fake_api.wait_for_message(COACH_CHAT, contains="Notitie bewaard bij Sam.")

    # The same button again, from the old question: the step is over.
    fake_api.inject_callback(COACH_CHAT, sam, message_id=which.message_id or 0)
    assert await answer_to_press(fake_api, answered) == "Deze knop werkt niet meer."
    fake_api.inject_message(COACH_CHAT, "Dit is geen notitie meer.")
    await fake_api.wait_for_message(COACH_CHAT, contains="Houd de melding van de vraag ingedrukt")
    assert await notes_of(database) == [
        (world.case.id, world.coach.id, "Eerste notitie.", Channel.TELEGRAM)
    ]
    assert await conversation_of(database, world.coach) is None


async def test_coach_types_an_away_date(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await add_linked_backup(database, fake_api, world)
    fake_api.inject_message(COACH_CHAT, "/weg")
    question = await fake_api.wait_for_message(COACH_CHAT, contains="Tot wanneer ben je weg?")
    press(fake_api, COACH_CHAT, question, "Typ een datum")
    await fake_api.wait_for_message(COACH_CHAT, contains="Tot en met welke dag ben je weg?")

    fake_api.inject_message(COACH_CHAT, "als het regent")
    await fake_api.wait_for_message(COACH_CHAT, contains="Die datum snap ik niet.")
    last_day = today() + timedelta(days=9)
    fake_api.inject_message(COACH_CHAT, f"{last_day.day}-{last_day.month}")
    said = await fake_api.wait_for_message(COACH_CHAT, contains="Je bent weg tot en met")
    assert f"tot en met {format_day(last_day, 'nl')}. Bram neemt" in (said.text or "")
    async with database.transaction() as session:
        absence = (await session.exec(select(CoachAbsence))).one()
        assert absence.coach_id == world.coach.id
        assert absence.ends_at == day_start(last_day + timedelta(days=1))
    assert await conversation_of(database, world.coach) is None


async def test_a_crisis_while_the_coach_is_away_alerts_the_coach_and_the_stand_in(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await add_linked_coordinator(database, fake_api)
    async with database.transaction() as session:
        anna = await session.get(Coach, world.coach.id)
        assert anna is not None
        await do_set_absence(session, coach=anna, last_day=today() + timedelta(days=2))
    await fake_api.wait_for_message(COORDINATOR_CHAT, contains="Anna is weg tot en met")

    fake_api.inject_message(YOUTH_CHAT, "ik zie het echt niet meer zitten")
    help_message = await fake_api.wait_for_message(YOUTH_CHAT, contains="Bel 112")
    assert "Carla krijgt je bericht met voorrang" in (help_message.text or "")
    await fake_api.wait_for_message(COACH_CHAT, contains="🚨 DRINGEND: Sam")
    stand_in = await fake_api.wait_for_message(COORDINATOR_CHAT, contains="🚨 DRINGEND: Sam")
    assert "Je krijgt dit als achtervang van Anna." in (stand_in.text or "")
