"""Appointments in Telegram: the young person lists them and says one moved; parents if allowed."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import select

from bot.app import TelegramService
from core.actions.appointments import do_add_appointment
from core.clock import AMSTERDAM, utcnow
from core.db import Database
from core.models import Appointment, Case, ThreadMessage
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world


async def _add(database: Database, case_id: int, what: str, days: int) -> None:
    when = (utcnow() + timedelta(days=days)).astimezone(AMSTERDAM)
    local = datetime(when.year, when.month, when.day, 10, 30)
    async with database.transaction() as session:
        await do_add_appointment(
            session, case_id=case_id, what=what, where="Stationsplein 1", starts_local=local
        )


async def _open_appointments(api: FakeBotApi) -> None:
    menu = await api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    choice = next(b for b in menu.buttons if b["text"] == "Afspraken")
    api.inject_callback(YOUTH_CHAT, choice["callback_data"], message_id=menu.message_id or 0)


async def test_a_young_person_sees_upcoming_appointments_and_says_one_moved(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await _add(database, world.case.id or 0, "Intake UWV", 2)
    await _add(database, world.case.id or 0, "Sollicitatie bakkerij", 5)
    await _open_appointments(fake_api)
    listing = await fake_api.wait_for_message(YOUTH_CHAT, contains="Je afspraken:")
    text = listing.text or ""
    assert text.index("Intake UWV") < text.index("Sollicitatie bakkerij")
    assert "om 10:30" in text and "Waar: Stationsplein 1" in text
    moved = next(b for b in listing.buttons if b["text"] == "Verzet: Sollicitatie bakkerij")
    fake_api.inject_callback(YOUTH_CHAT, moved["callback_data"], message_id=listing.message_id or 0)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="nieuwe dag en tijd")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="is verzet")
    assert "Sollicitatie bakkerij" in (alert.text or "")
    fake_api.inject_message(YOUTH_CHAT, "Volgende week dinsdag om 9 uur")
    await fake_api.wait_for_message(COACH_CHAT, contains="dinsdag om 9 uur")
    async with database.transaction() as session:
        appointment = (
            await session.exec(
                select(Appointment).where(Appointment.what == "Sollicitatie bakkerij")
            )
        ).one()
        assert appointment.moved_at is not None
        bodies = (await session.exec(select(ThreadMessage.body))).all()
        assert list(bodies) == ["Volgende week dinsdag om 9 uur"]


async def test_no_appointments_is_said_plainly(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    await _open_appointments(fake_api)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Er staan geen afspraken.")


async def test_an_old_moved_button_from_another_case_does_nothing(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await _add(database, world.case.id or 0, "Intake UWV", 2)
    await _open_appointments(fake_api)
    listing = await fake_api.wait_for_message(YOUTH_CHAT, contains="Je afspraken:")
    fake_api.inject_callback(
        YOUTH_CHAT, "v1:appts:moved:999", message_id=listing.message_id or 0, check_button=False
    )
    await fake_api.wait_for_call("answerCallbackQuery", count=4)
    assert fake_api.callback_answers[-1].params.get("text") == "Deze knop werkt niet meer."
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        moved = (await session.exec(select(Appointment.moved_at))).all()
        assert moved == [None]
