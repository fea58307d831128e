"""Export on request: a person asks for their data in Settings and gets one readable file."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlmodel import col, select

from bot.app import TelegramService
from core.actions.appointments import do_add_appointment
from core.actions.export import do_export_person_data
from core.actions.questions import do_receive_message
from core.clock import local, utcnow
from core.db import Database
from core.models import (
    Appointment,
    AuditEntry,
    Case,
    CaseMember,
    Channel,
    CheckIn,
    OutboxMessage,
    Person,
)
from core.people import membership
from tests import builders
from tests.builders import World
from tests.fakes.fake_bot_api import FakeBotApi, SentMessage
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, linked_world

FILE_NAME = re.compile(r"koers-\d{4}-\d{2}-\d{2}\.txt")


def in_days(days: int) -> datetime:
    """A wall-clock time in the Netherlands, `days` from now, as appointments are entered."""
    return local(utcnow() + timedelta(days=days)).replace(tzinfo=None, second=0, microsecond=0)


async def _press(api: FakeBotApi, chat_id: int, message: SentMessage, label: str) -> None:
    data = {b["text"]: b["callback_data"] for b in message.buttons}[label]
    api.inject_callback(chat_id, data, message_id=message.message_id or 0)


async def _ask_as_parent(database: Database, world: World, text: str) -> int:
    """A parent on the same case writes to the coach through the web channel."""
    issued = await builders.invite(database, world.case, role="parent")
    assert issued.member_id is not None
    async with database.transaction() as session:
        parent = await membership(session, issued.member_id)
        assert parent is not None
        await do_receive_message(
            session, who=parent, text=text, channel=Channel.WEB, base_url="http://x"
        )
    return issued.member_id


async def _appointment_with_checkin(database: Database, world: World) -> None:
    async with database.transaction() as session:
        appointment = await do_add_appointment(
            session,
            case_id=world.case.id or 0,
            what="Intake bij het UWV",
            starts_local=in_days(3),
            where="Utrecht",
        )
        youth = (
            await session.exec(select(Person).where(Person.telegram_chat_id == YOUTH_CHAT))
        ).one()
        member = (
            await session.exec(select(CaseMember).where(CaseMember.person_id == youth.id))
        ).one()
        session.add(
            CheckIn(
                case_id=world.case.id or 0,
                member_id=member.id or 0,
                appointment_id=appointment.id,
                attended="yes",
                mood=3,
                told="Het was best spannend.",
                answered_at=utcnow(),
            )
        )


async def test_a_young_person_asks_for_their_data_and_gets_one_readable_file(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    fake_api.inject_message(YOUTH_CHAT, "Moet ik mijn paspoort meenemen?")
    alert = await coach_alert(database, fake_api, "Nieuwe vraag van Sam")
    fake_api.inject_message(COACH_CHAT, "Ja, neem hem mee.", reply_to_message_id=alert.message_id)
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Antwoord van Anna")
    await _ask_as_parent(database, world, "Hoe gaat het met mijn zoon? Hij slaapt slecht.")
    await _appointment_with_checkin(database, world)

    fake_api.inject_message(YOUTH_CHAT, "menu")
    menu = await fake_api.wait_for_message(YOUTH_CHAT, count=2, contains="Wat wil je doen?")
    await _press(fake_api, YOUTH_CHAT, menu, "Instellingen")
    settings = await fake_api.wait_for_message(YOUTH_CHAT, contains="Wat wil je aanpassen?")
    await _press(fake_api, YOUTH_CHAT, settings, "Mijn gegevens downloaden")

    told = await fake_api.wait_for_message(YOUTH_CHAT, contains="Je krijgt nu een bestand")
    document = await fake_api.wait_for_document(YOUTH_CHAT)
    after = await fake_api.wait_for_message(YOUTH_CHAT, count=3, contains="Wat wil je doen?")
    assert (told.message_id or 0) < (document.message_id or 0) < (after.message_id or 0)
    assert FILE_NAME.fullmatch(document.file_name), document.file_name
    assert document.content_type == "text/plain"
    text = document.text
    assert text.startswith("Jouw gegevens bij Koers\n=======================\nGemaakt op ")
    for line in (
        "Over jou\n--------",
        "- Naam: Sam",
        "- Taal: Nederlands",
        f"- Telegram: gekoppeld (gebruikersnummer {YOUTH_CHAT})",
        "(tekst versie 2026-11-v1)",
        "- Pauze in herinneringen: nee",
        "- Vraag om alles te wissen: nee",
        "- Je eigen traject (Sam). Je coach: Anna.",
        "- Je ouders zien je afspraken: nee",
        "- Goed nieuws van je werk doorsturen: nee",
        ", jij:\n        Moet ik mijn paspoort meenemen?",
        ", Anna:\n        Ja, neem hem mee.",
        "Afspraken van Sam",
        "    Waar: Utrecht",
        "Hoe ging het? Je antwoorden",
        "    Over: Intake bij het UWV\n    Ben je geweest? ja\n    Hoe was het? 3 van de 4",
        "    Wat je vertelde: Het was best spannend.",
    ):
        assert line in text, f"{line!r} missing from:\n{text}"
    assert re.search(r"- Toestemming gegeven op \w+ \d+ \w+ om \d\d:\d\d", text)
    assert re.search(r"- Intake bij het UWV: \w+ \d+ \w+ om \d\d:\d\d", text)
    assert "slaapt slecht" not in text  # a parent's message is the parent's data
    async with database.transaction() as session:
        audit = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "data_exported"))
        ).all()
        assert [(a.case_id, (a.detail or {}).get("channel")) for a in audit] == [
            (world.case.id, "telegram")
        ]
        row = (
            await session.exec(
                select(OutboxMessage).where(col(OutboxMessage.document_name).is_not(None))
            )
        ).one()
        assert (row.purpose, row.document_name, row.text) == ("export", document.file_name, text)


async def test_a_parents_file_holds_their_own_words_and_appointments_only_when_allowed(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    parent_member = await _ask_as_parent(database, world, "Mag ik mee naar het gesprek?")
    async with database.transaction() as session:
        await do_add_appointment(
            session,
            case_id=world.case.id or 0,
            what="Gesprek op school",
            starts_local=in_days(5),
        )

    async with database.transaction() as session:
        parent = await membership(session, parent_member)
        assert parent is not None
        hidden = await do_export_person_data(session, who=parent, channel=Channel.WEB)
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.parents_may_see_appointments = True
    async with database.transaction() as session:
        parent = await membership(session, parent_member)
        assert parent is not None
        shown = await do_export_person_data(session, who=parent, channel=Channel.WEB)
        queued = (await session.exec(select(OutboxMessage))).all()

    for export in (hidden, shown):
        assert "- Naam: niet bekend" in export.content
        assert "- Telegram: niet gekoppeld" in export.content
        assert "- Toestemming: nog niet gegeven" in export.content
        assert "- ouder van Sam. Coach: Anna." in export.content
        assert "Vraag over Sam, begonnen op " in export.content
        assert "Mag ik mee naar het gesprek?" in export.content
        assert "Je ouders zien je afspraken" not in export.content  # the young person's choice
    assert "Gesprek op school" not in hidden.content
    assert "Afspraken van Sam" in shown.content and "Gesprek op school" in shown.content
    assert "Hoe ging het?" not in shown.content
    assert queued == []  # on the web the browser gets the file; nothing goes to Telegram


async def test_nothing_of_another_case_or_person_leaks_into_a_file(database: Database) -> None:
    world = await builders.coach_with_case(database)
    other = await builders.add_case(database, world.coach, first_name="Noor")
    mine = await _ask_as_parent(database, world, "Mijn eigen vraag.")
    await _ask_as_parent(database, World(coach=world.coach, case=other), "Vraag over Noor.")
    async with database.transaction() as session:
        await do_add_appointment(
            session,
            case_id=other.id or 0,
            what="Afspraak van Noor",
            starts_local=in_days(2),
        )
        other_case = await session.get(Case, other.id)
        assert other_case is not None
        other_case.parents_may_see_appointments = True
        parent = await membership(session, mine)
        assert parent is not None
        export = await do_export_person_data(session, who=parent, channel=Channel.WEB)
        appointments = (await session.exec(select(Appointment))).all()
    assert len(appointments) == 1
    assert "Mijn eigen vraag." in export.content
    assert "Noor" not in export.content
