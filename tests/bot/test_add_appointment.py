"""Adding an appointment in Telegram: the young person with pickers or typed text, and the coach."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import col, select

from bot.app import TelegramService
from core.clock import AMSTERDAM, local, utcnow
from core.db import Database
from core.models import Appointment, AuditEntry, ThreadMessage
from messages.i18n import format_moment
from tests.fakes.chat import ChatWindow, labels
from tests.fakes.fake_bot_api import FakeBotApi, SentMessage
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world

STALE = "Deze knop werkt niet meer."


Chat = ChatWindow


async def opens_adding(sam: Chat) -> SentMessage:
    """From the menu: Afspraken → "Er staan geen afspraken." → Afspraak toevoegen."""
    menu = await sam.sees(button="v1:menu:appts")
    await sam.press_data(menu, "v1:menu:appts")
    listing = await sam.sees("Er staan geen afspraken.")
    assert labels(listing) == ["Afspraak toevoegen", "Stoppen"]
    await sam.press(listing, "Afspraak toevoegen")
    return await sam.sees("Wat is de afspraak?")


async def appointments(database: Database) -> list[Appointment]:
    async with database.transaction() as session:
        query = select(Appointment).order_by(col(Appointment.id))
        return list((await session.exec(query)).all())


async def bodies(database: Database) -> list[str]:
    async with database.transaction() as session:
        query = select(ThreadMessage.body).order_by(col(ThreadMessage.id))
        return list((await session.exec(query)).all())


def clocks_go_forward() -> date:
    """The next last Sunday of March: that night 02:00–03:00 does not exist in the Netherlands."""
    year = local(utcnow()).year + 1
    last = date(year, 3, 31)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def next_tuesday() -> date:
    today = local(utcnow()).date()
    return today + timedelta(days=(1 - today.weekday()) % 7 or 7)


async def test_young_person_adds_an_appointment_with_the_pickers_and_the_coach_is_told(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    what = await opens_adding(sam)
    assert labels(what) == ["Werk", "School", "Gemeente", "Dokter", "Stoppen"]
    await sam.press(what, "Dokter")

    day = await sam.sees("Welke dag is de afspraak?")
    tomorrow = local(utcnow()).date() + timedelta(days=1)
    shown = labels(day)
    assert shown[:2] == ["Vandaag", "Morgen"]
    assert len(shown) == 7 + 2 and shown[-2:] == ["Typ zelf een datum", "Stoppen"]
    await sam.press(day, "Morgen")

    hour = await sam.sees("Hoe laat is de afspraak op")
    assert "08:00" in labels(hour) and "18:00" in labels(hour)
    assert labels(hour)[-2:] == ["Typ zelf een tijd", "Stoppen"]
    await sam.press(hour, "10:00")

    where = await sam.sees("Waar is de afspraak?")
    assert labels(where) == ["Weet ik niet / sla over", "Stoppen"]
    sam.types("Huisartsenpraktijk De Linde")

    starts = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, 0, tzinfo=AMSTERDAM)
    when = format_moment(starts, "nl")
    check = await sam.sees("Klopt dit?")
    assert check.text == (
        f"Klopt dit?\n\nWat: Dokter\nWanneer: {when}\nWaar: Huisartsenpraktijk De Linde"
    )
    assert labels(check) == ["Klopt", "Opnieuw", "Stoppen"]
    await sam.press(check, "Klopt")

    await sam.sees("De afspraak staat erin. Anna ziet hem ook.")
    menu = await sam.sees("Wat wil je doen?", button="v1:menu:appts")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="heeft een afspraak toegevoegd")
    assert alert.text == (
        f"Sam heeft een afspraak toegevoegd: Dokter, {when}. Waar: Huisartsenpraktijk De Linde."
    )
    (saved,) = await appointments(database)
    assert (saved.what, saved.where, saved.created_by_coach_id) == (
        "Dokter",
        "Huisartsenpraktijk De Linde",
        None,
    )
    assert local(saved.starts_at).replace(tzinfo=None) == starts.replace(tzinfo=None)
    assert await bodies(database) == []  # nothing was left over for the coach to read
    async with database.transaction() as session:
        entry = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "appointment_added"))
        ).one()
        assert entry.actor.startswith("person:")

    # The listing shows it now, with the button to add another.
    await sam.press_data(menu, "v1:menu:appts")
    listing = await sam.sees("Je afspraken:")
    assert "Dokter" in (listing.text or "") and "Afspraak toevoegen" in labels(listing)


async def test_young_person_types_di_1430_and_skips_the_time_picker(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await opens_adding(sam)
    sam.types("Sollicitatie bij de bakker")
    day = await sam.sees("Welke dag is de afspraak?")
    await sam.press(day, "Typ zelf een datum")
    await sam.sees("Typ de dag en de tijd. Bijvoorbeeld: di 14:30 of 3 december.")
    sam.types("di 14:30")

    where = await sam.sees("Waar is de afspraak?")  # straight on: no time picker
    assert not any("Hoe laat" in (m.text or "") for m in fake_api.sent_to(YOUTH_CHAT))
    await sam.press(where, "Weet ik niet / sla over")
    tuesday = next_tuesday()
    when = format_moment(
        datetime(tuesday.year, tuesday.month, tuesday.day, 14, 30, tzinfo=AMSTERDAM), "nl"
    )
    check = await sam.sees("Klopt dit?")
    assert check.text == f"Klopt dit?\n\nWat: Sollicitatie bij de bakker\nWanneer: {when}"
    sam.types("klopt")

    await sam.sees("De afspraak staat erin.")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="heeft een afspraak toegevoegd")
    assert alert.text == f"Sam heeft een afspraak toegevoegd: Sollicitatie bij de bakker, {when}."
    (saved,) = await appointments(database)
    assert saved.where is None
    assert local(saved.starts_at).date() == tuesday


async def test_an_unreadable_date_is_asked_again_then_passed_to_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await opens_adding(sam)
    sam.types("Gesprek bij de gemeente")
    await sam.sees("Welke dag is de afspraak?")
    sam.types("als mijn moeder kan")

    again = await sam.sees("Dat snap ik niet. Schrijf bijvoorbeeld: di 14:30 of 3 december.")
    assert labels(again)[:2] == ["Vandaag", "Morgen"]
    sam.types("ergens na de vakantie")

    await sam.sees(
        "Dat snap ik niet goed. Ik stuur wat je schreef naar Anna. Anna plant de afspraak met je."
    )
    await sam.sees("Wat wil je doen?")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="ergens na de vakantie")
    assert "Gesprek bij de gemeente" in (alert.text or "")
    assert await bodies(database) == [
        "Gesprek bij de gemeente\n\nals mijn moeder kan\n\nergens na de vakantie"
    ]
    assert await appointments(database) == []


async def test_a_time_in_the_past_is_refused_kindly(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await opens_adding(sam)
    sam.types("Werk")
    await sam.sees("Welke dag is de afspraak?")
    sam.types("3-12-2020 14:30")

    refused = await sam.sees("Die tijd is al voorbij. Kies een andere dag.")
    assert labels(refused)[:2] == ["Vandaag", "Morgen"]
    await sam.press(refused, "Morgen")
    await sam.sees("Hoe laat is de afspraak op")
    # The buttons still work after the refusal: nothing was stored in between.
    assert await appointments(database) == []
    assert await bodies(database) == []


async def test_a_time_that_does_not_exist_is_asked_again(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await opens_adding(sam)
    sam.types("Nachtdienst")
    await sam.sees("Welke dag is de afspraak?")
    change = clocks_go_forward()
    sam.types(f"{change.day} maart {change.year} 02:30")  # from 02:00 straight to 03:00

    again = await sam.sees("Die tijd bestaat niet die nacht")
    assert "Typ zelf een tijd" in labels(again)
    sam.types("03:30")
    await sam.sees("Waar is de afspraak?")
    assert await appointments(database) == []


async def test_a_time_typed_first_is_kept_while_the_day_is_chosen(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await opens_adding(sam)
    sam.types("Werk")
    await sam.sees("Welke dag is de afspraak?")
    sam.types("om half 3")
    day = await sam.sees("Welke dag is de afspraak om 14:30?")
    await sam.press(day, "Morgen")
    where = await sam.sees("Waar is de afspraak?")
    await sam.press(where, "Weet ik niet / sla over")
    check = await sam.sees("Klopt dit?")
    assert "om 14:30" in (check.text or "")


async def test_stopping_halfway_passes_what_was_typed(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await opens_adding(sam)
    sam.types("Gesprek met de schuldhulp")
    day = await sam.sees("Welke dag is de afspraak?")
    await sam.press(day, "Stoppen")

    await sam.sees("Oké, gestopt. Wat je al typte, is naar Anna gegaan.")
    await fake_api.wait_for_message(COACH_CHAT, contains="Gesprek met de schuldhulp")
    assert await bodies(database) == ["Gesprek met de schuldhulp"]
    assert await appointments(database) == []


async def test_an_old_picker_button_does_nothing(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    what = await opens_adding(sam)
    await sam.press(what, "School")
    day = await sam.sees("Welke dag is de afspraak?")
    await sam.press(day, "Morgen")
    hour = await sam.sees("Hoe laat is de afspraak op")

    # The day picker and the "what" buttons belong to steps that are over.
    assert await sam.press(day, "Vandaag") == STALE
    assert await sam.press(what, "Werk") == STALE
    await sam.press(hour, "09:00")
    where = await sam.sees("Waar is de afspraak?")
    assert await sam.press(hour, "11:00") == STALE
    await sam.press(where, "Weet ik niet / sla over")
    check = await sam.sees("Klopt dit?")
    await sam.press(check, "Klopt")
    await sam.sees("De afspraak staat erin.")

    # Pressed twice, or forged: no second appointment.
    assert await sam.press(check, "Klopt") == STALE
    assert await sam.press_data(check, "v1:appts:confirm:yes", check_button=False) == STALE
    (saved,) = await appointments(database)
    assert saved.what == "School" and local(saved.starts_at).hour == 9


async def test_coach_adds_an_appointment_in_telegram_and_the_young_person_is_told(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    anna = Chat(fake_api, COACH_CHAT, name="Anna")
    sam = Chat(fake_api, YOUTH_CHAT)
    anna.types("/afspraak Sam")

    what = await anna.sees("Afspraak voor Sam. Wat is de afspraak?")
    assert labels(what) == ["Werk", "School", "Gemeente", "Dokter", "Stoppen"]
    anna.types("Intake UWV")
    day = await anna.sees("Welke dag is de afspraak?")
    await anna.press(day, "Typ zelf een datum")
    await anna.sees("Typ de dag en de tijd.")
    anna.types("volgende week dinsdag")
    hour = await anna.sees("Hoe laat is de afspraak op")
    assert await anna.press(day, "Morgen") == STALE
    anna.types("half 3")
    await anna.sees("Waar is de afspraak?")
    anna.types("UWV, Stationsplein 1")
    check = await anna.sees("Klopt dit?")
    assert labels(check) == ["Klopt", "Opnieuw", "Stoppen"]
    await anna.press(check, "Klopt")
    await anna.sees("De afspraak voor Sam staat erin. Sam krijgt een bericht.")
    assert await anna.press(hour, "10:00") == STALE

    today = local(utcnow()).date()
    tuesday = today + timedelta(days=7 - today.weekday() + 1)
    when = format_moment(
        datetime(tuesday.year, tuesday.month, tuesday.day, 14, 30, tzinfo=AMSTERDAM), "nl"
    )
    told = await sam.sees("Anna heeft een afspraak voor je gemaakt")
    assert told.text == (
        f"Anna heeft een afspraak voor je gemaakt:\nIntake UWV\n{when}\nWaar: UWV, Stationsplein 1"
    )
    (saved,) = await appointments(database)
    assert (saved.case_id, saved.created_by_coach_id) == (world.case.id, world.coach.id)
    async with database.transaction() as session:
        entry = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "appointment_added"))
        ).one()
        assert entry.actor == f"coach:{world.coach.id}"


async def test_coach_without_a_known_name_gets_buttons_or_a_hint(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    anna = Chat(fake_api, COACH_CHAT, name="Anna")
    anna.types("/afspraak Noor")
    await anna.sees("Ik vind niemand met de naam Noor. Typ /afspraak en de voornaam.")
    anna.types("/afspraak")
    which = await anna.sees("Voor wie is de afspraak?")
    assert labels(which) == ["Sam", "Stoppen"]
    await anna.press(which, "Sam")
    what = await anna.sees("Afspraak voor Sam.")
    assert await anna.press(which, "Sam") == STALE
    await anna.press(what, "Stoppen")
    await anna.sees("Oké, gestopt. Er is geen afspraak gemaakt.")
    assert await appointments(database) == []
