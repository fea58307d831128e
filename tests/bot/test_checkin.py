"""The check-in after an appointment or in aftercare: answers recorded, worrying ones alerted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import time_machine
from sqlmodel import col, select

from bot.app import TelegramService
from core.actions.checkin_alert import GATHER
from core.actions.checkins import do_start_checkin
from core.clock import utcnow
from core.config import Settings
from core.db import Database
from core.models import (
    Appointment,
    AuditEntry,
    CheckIn,
    CheckInKind,
    OutboxMessage,
    Person,
    Thread,
    ThreadMessage,
)
from scheduler.jobs import HANDLERS
from scheduler.runner import run_due
from tests import builders
from tests.builders import World
from tests.fakes.chat import ChatWindow, labels
from tests.fakes.fake_bot_api import FakeBotApi, SentMessage
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, coach_alert, linked_world

STALE = "Deze knop werkt niet meer."
FACES = ["😀 Goed", "🙂 Wel oké", "😕 Niet zo goed", "😞 Slecht"]


@dataclass
class Chat(ChatWindow):
    """The young person's chat."""

    chat_id: int = YOUTH_CHAT


async def appointment(database: Database, world: World, what: str = "Sollicitatie bakkerij") -> int:
    """An appointment that ended an hour ago: the moment the scheduler starts the check-in."""
    async with database.transaction() as session:
        added = Appointment(
            case_id=world.case.id or 0,
            what=what,
            where="Dorpsstraat 1",
            starts_at=utcnow() - timedelta(hours=2),
            minutes=60,
        )
        session.add(added)
        await session.flush()
        return added.id or 0


async def start(
    database: Database,
    settings: Settings,
    *,
    appointment_id: int | None = None,
    case_id: int | None = None,
    kind: CheckInKind = CheckInKind.APPOINTMENT,
) -> CheckIn | None:
    async with database.transaction() as session:
        return await do_start_checkin(
            session,
            appointment_id=appointment_id,
            case_id=case_id,
            kind=kind,
            reach=settings.reach,
        )


async def checkin_started(
    database: Database, api: FakeBotApi, settings: Settings
) -> tuple[World, Chat, SentMessage]:
    world = await linked_world(database, api)
    sam = Chat(api, seen=len(api.sent_to(YOUTH_CHAT)))
    started = await start(database, settings, appointment_id=await appointment(database, world))
    assert started is not None
    return world, sam, await sam.sees("Ben je geweest?")


async def the_checkin(database: Database) -> CheckIn:
    async with database.transaction() as session:
        return (await session.exec(select(CheckIn).order_by(col(CheckIn.id).desc()))).first()  # type: ignore[return-value]


async def threads(database: Database) -> list[tuple[Thread, list[str]]]:
    async with database.transaction() as session:
        found = (await session.exec(select(Thread).order_by(col(Thread.id)))).all()
        result = []
        for thread in found:
            query = select(ThreadMessage.body).where(ThreadMessage.thread_id == thread.id)
            bodies = (await session.exec(query.order_by(col(ThreadMessage.id)))).all()
            result.append((thread, list(bodies)))
        return result


async def coach_alerts(database: Database) -> list[str]:
    async with database.transaction() as session:
        query = select(OutboxMessage.text).where(
            OutboxMessage.chat_id == COACH_CHAT, OutboxMessage.purpose != "dialogue"
        )
        return list((await session.exec(query.order_by(col(OutboxMessage.id)))).all())


async def test_young_person_went_and_it_went_well_and_nothing_is_alerted(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    assert question.text is not None
    assert question.text.startswith("Je had een afspraak: Sollicitatie bakkerij,")
    assert labels(question) == ["Ja", "Nee", "Verzet", "Stoppen"]
    assert await sam.press(question, "Ja") == "Ja"
    mood = await sam.sees("Hoe ging het?")
    assert labels(mood) == [*FACES, "Stoppen"]
    assert await sam.press(mood, "😀 Goed") == "😀 Goed"
    told = await sam.sees("Wil je nog iets vertellen? Typ het hier.")
    assert labels(told) == ["Nee, niets", "Stoppen"]
    await sam.press(told, "Nee, niets")
    next_one = await sam.sees("Heb je al een nieuwe afspraak?")
    assert labels(next_one) == ["Ja", "Nee", "Stoppen"]
    await sam.press(next_one, "Nee")
    await sam.sees("Dat waren alle vragen. Dank je wel!")
    await sam.sees("Wat wil je doen?")

    checkin = await the_checkin(database)
    assert (checkin.attended, checkin.mood, checkin.told, checkin.next_appointment) == (
        "yes",
        4,
        "",
        "",
    )
    assert checkin.answered_at is not None and checkin.alerted_at is None
    assert await threads(database) == []
    assert await coach_alerts(database) == []
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.conversation is None


async def test_young_person_did_not_go_and_the_coach_is_alerted(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Nee")
    await sam.sees("Dat is jammer. Ik vertel het aan Anna.")
    why = await sam.sees("Wil je vertellen wat er gebeurde?")
    assert labels(why) == ["Nee, niets", "Stoppen"]
    checkin = await the_checkin(database)
    assert checkin.attended == "no" and checkin.alerted_at is not None
    assert await coach_alerts(database) == []  # the check-in's answers come together

    sam.types("Ik had me verslapen")
    await sam.sees("Ik geef het door aan Anna.")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Nee")
    await sam.sees("Dat waren alle vragen.")
    alert = await coach_alert(database, fake_api, "is niet naar de afspraak geweest")
    first, told, hint = (alert.text or "").split("\n\n", 2)
    assert first.startswith("⚠️ Sam is niet naar de afspraak geweest: Sollicitatie")
    assert told == "Sam vertelt na de check-in:"
    assert hint == "Ik had me verslapen\n\nAntwoorden? Beantwoord dit bericht in Telegram."
    assert labels(alert) == ["Ik pak het op", "Open in portaal", "Sluiten"]
    assert len(await coach_alerts(database)) == 1  # one check-in, one message
    ((thread, bodies),) = await threads(database)
    assert thread.kind == "checkin" and thread.status == "open"
    assert bodies[0].startswith("Niet geweest naar de afspraak: Sollicitatie bakkerij,")
    assert bodies[1] == "Ik had me verslapen"
    checkin = await the_checkin(database)
    assert checkin.told == "Ik had me verslapen" and checkin.answered_at is not None


async def test_a_bad_face_alerts_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Ja")
    await sam.press(await sam.sees("Hoe ging het?"), "😞 Slecht")
    await sam.sees("Dat is jammer. Ik vertel het aan Anna.")
    await sam.press(await sam.sees("Wil je nog iets vertellen?"), "Nee, niets")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Nee")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="niet goed ging")
    assert "⚠️ Sam zegt dat de afspraak niet goed ging: 😞 Slecht" in (alert.text or "")
    assert "Afspraak: Sollicitatie bakkerij" in (alert.text or "")
    checkin = await the_checkin(database)
    assert (checkin.attended, checkin.mood) == ("yes", 1) and checkin.alerted_at is not None
    ((_, bodies),) = await threads(database)
    assert bodies == ["Check-in: 😞 Slecht"]
    assert len(await coach_alerts(database)) == 1


async def test_a_young_person_who_stops_halfway_still_reaches_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Nee")
    await sam.press(await sam.sees("Wil je vertellen wat er gebeurde?"), "Stoppen")
    await sam.sees("Oké, gestopt.")
    assert await coach_alerts(database) == []
    # Ten minutes after their last answer the scheduler sends what they answered.
    with time_machine.travel(utcnow() + GATHER + timedelta(seconds=1), tick=False):
        report = await run_due(database, HANDLERS)
    assert report.done == 1
    (alert,) = await coach_alerts(database)
    assert alert.startswith("⚠️ Sam is niet naar de afspraak geweest: Sollicitatie")


async def test_a_middle_face_is_recorded_without_an_alert(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Ja")
    await sam.press(await sam.sees("Hoe ging het?"), "🙂 Wel oké")
    await sam.sees("Wil je nog iets vertellen?")
    checkin = await the_checkin(database)
    assert checkin.mood == 3 and checkin.alerted_at is None
    assert await coach_alerts(database) == []


async def test_a_worry_in_the_text_alerts_the_coach_and_the_text_reaches_them(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Ja")
    await sam.press(await sam.sees("Hoe ging het?"), "😀 Goed")
    await sam.sees("Wil je nog iets vertellen?")
    sam.types("Het ging goed, maar thuis is er veel ruzie")
    await sam.sees("Ik geef het door aan Anna.")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Nee")

    alert = await coach_alert(database, fake_api, "iets dat zorgen kan geven")
    assert (alert.text or "").startswith("⚠️ Sam schreef in de check-in iets dat zorgen")
    assert "Het ging goed, maar thuis is er veel ruzie" in (alert.text or "")
    checkin = await the_checkin(database)
    assert checkin.told == "Het ging goed, maar thuis is er veel ruzie"
    assert checkin.alerted_at is not None
    ((thread, bodies),) = await threads(database)
    assert thread.kind == "checkin"
    assert bodies == ["Het ging goed, maar thuis is er veel ruzie"]

    # The coach answers by replying to the alert, as to any question.
    fake_api.inject_message(
        COACH_CHAT, "Wil je morgen even bellen?", reply_to_message_id=alert.message_id
    )
    await sam.sees("Antwoord van Anna:\n\nWil je morgen even bellen?")


async def test_a_photo_tells_something_too(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Ja")
    await sam.press(await sam.sees("Hoe ging het?"), "😀 Goed")
    await sam.sees("Wil je nog iets vertellen?")
    sam.types("Mijn rooster", photo=True)
    await sam.sees("Ik geef het door aan Anna.")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Nee")
    told = await fake_api.wait_for_message(COACH_CHAT, contains="Mijn rooster")
    assert "[foto] Mijn rooster" in (told.text or "")
    async with database.transaction() as session:
        message = (await session.exec(select(ThreadMessage))).one()
        assert message.media_kind == "photo" and message.media_file_id
    assert (await the_checkin(database)).told == "Mijn rooster"


async def test_moved_marks_the_appointment_and_the_new_time_reaches_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Verzet")
    ask = await sam.sees("Wat is de nieuwe dag en tijd? Typ het hier.")
    assert labels(ask) == ["Weet ik nog niet", "Stoppen"]
    await fake_api.wait_for_message(COACH_CHAT, contains="zegt dat deze afspraak is verzet")
    sam.types("Dinsdag om 10 uur")
    await sam.sees("Ik geef het door aan Anna.")
    await sam.sees("Dat waren alle vragen.")

    new_time = await fake_api.wait_for_message(COACH_CHAT, contains="De nieuwe tijd:")
    assert "Dinsdag om 10 uur" in (new_time.text or "")
    assert "Sollicitatie bakkerij" in (new_time.text or "")
    checkin = await the_checkin(database)
    assert (checkin.attended, checkin.next_appointment) == ("moved", "Dinsdag om 10 uur")
    assert checkin.answered_at is not None and checkin.alerted_at is None
    async with database.transaction() as session:
        moved = (await session.exec(select(Appointment))).one()
        assert moved.moved_at is not None
    ((_, bodies),) = await threads(database)
    assert bodies == ["Afspraak verzet: Sollicitatie bakkerij. De nieuwe tijd: Dinsdag om 10 uur"]


async def test_next_appointment_is_recorded_and_passed_on(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Ja")
    await sam.press(await sam.sees("Hoe ging het?"), "🙂 Wel oké")
    await sam.press(await sam.sees("Wil je nog iets vertellen?"), "Nee, niets")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Ja")
    when = await sam.sees("Wanneer en waar? Typ het hier.")
    assert labels(when) == ["Stoppen"]
    sam.types("Donderdag 14:00 bij het UWV")
    await sam.sees("Ik geef het door aan Anna.")
    await sam.sees("Dat waren alle vragen.")

    passed = await fake_api.wait_for_message(COACH_CHAT, contains="heeft een volgende afspraak")
    assert "Donderdag 14:00 bij het UWV" in (passed.text or "")
    checkin = await the_checkin(database)
    assert checkin.next_appointment == "Donderdag 14:00 bij het UWV"
    assert checkin.answered_at is not None and checkin.alerted_at is None
    ((_, bodies),) = await threads(database)
    assert bodies == ["Volgende afspraak: Donderdag 14:00 bij het UWV"]


async def test_typed_button_labels_count_as_the_buttons(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, _ = await checkin_started(database, fake_api, settings)
    sam.types("ja")
    await sam.sees("Hoe ging het?")
    sam.types("Goed!")
    await sam.sees("Wil je nog iets vertellen?")
    sam.types("nee")
    await sam.sees("Heb je al een nieuwe afspraak?")
    sam.types("Nee")
    await sam.sees("Dat waren alle vragen.")
    checkin = await the_checkin(database)
    assert (checkin.attended, checkin.mood, checkin.told, checkin.next_appointment) == (
        "yes",
        4,
        "",
        "",
    )
    assert await threads(database) == []


async def test_text_instead_of_a_button_is_asked_again_then_passed_on(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, _ = await checkin_started(database, fake_api, settings)
    sam.types("welke afspraak bedoel je?")
    await sam.sees("Ik bewaar wat je typte voor Anna.\nKies nu eerst een knop hieronder.")
    again = await sam.sees("Ben je geweest?")
    assert labels(again) == ["Ja", "Nee", "Verzet", "Stoppen"]
    sam.types("ik snap het niet")
    await sam.sees("Oké, gestopt. Wat je al typte, is naar Anna gegaan.")
    await sam.sees("Wat wil je doen?")

    passed = await coach_alert(database, fake_api, "schreef tijdens de check-in")
    assert "welke afspraak bedoel je?\n\nik snap het niet" in (passed.text or "")
    ((thread, bodies),) = await threads(database)
    assert thread.kind == "checkin"
    assert bodies == ["welke afspraak bedoel je?\n\nik snap het niet"]
    checkin = await the_checkin(database)
    assert checkin.attended is None and checkin.answered_at is None
    async with database.transaction() as session:
        assert (await session.exec(select(Person))).one().conversation is None


async def test_text_kept_before_a_button_reaches_the_coach_at_the_end(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, _ = await checkin_started(database, fake_api, settings)
    sam.types("sorry ik was laat")
    await sam.sees("Ik bewaar wat je typte voor Anna.")
    await sam.press(await sam.sees("Ben je geweest?"), "Ja")
    await sam.press(await sam.sees("Hoe ging het?"), "😀 Goed")
    await sam.press(await sam.sees("Wil je nog iets vertellen?"), "Nee, niets")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Nee")
    await sam.sees("Ik geef het door aan Anna.")
    await sam.sees("Dat waren alle vragen.")
    passed = await fake_api.wait_for_message(COACH_CHAT, contains="sorry ik was laat")
    assert (passed.text or "").startswith("Sam schreef tijdens de check-in:")
    assert (await the_checkin(database)).answered_at is not None


async def test_stopping_halfway_keeps_the_answers(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Ja")
    await sam.press(await sam.sees("Hoe ging het?"), "🙂 Wel oké")
    await sam.press(await sam.sees("Wil je nog iets vertellen?"), "Stoppen")
    await sam.sees("Oké, gestopt.")
    await sam.sees("Wat wil je doen?")
    checkin = await the_checkin(database)
    assert (checkin.attended, checkin.mood, checkin.told) == ("yes", 3, None)
    assert checkin.answered_at is None
    async with database.transaction() as session:
        assert (await session.exec(select(Person))).one().conversation is None


async def test_typing_stop_ends_the_checkin_too(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    _, sam, question = await checkin_started(database, fake_api, settings)
    await sam.press(question, "Nee")
    await sam.sees("Wil je vertellen wat er gebeurde?")
    sam.types("stop")
    await sam.sees("Oké, gestopt.")
    checkin = await the_checkin(database)
    assert checkin.attended == "no" and checkin.told is None
    assert checkin.alerted_at is not None


async def test_an_old_checkin_button_does_nothing(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world, sam, old = await checkin_started(database, fake_api, settings)
    second = await appointment(database, world, "Intake UWV")
    assert await start(database, settings, appointment_id=second) is not None
    current = await sam.sees("Intake UWV")

    assert await sam.press(old, "Nee") == STALE
    assert await sam.press(current, "Ja") == "Ja"
    assert await sam.press(current, "Ja") == STALE
    await sam.sees("Hoe ging het?")
    async with database.transaction() as session:
        checkins = (await session.exec(select(CheckIn).order_by(col(CheckIn.id)))).all()
        assert [c.attended for c in checkins] == [None, "yes"]
        answered = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "checkin_answered"))
        ).all()
        assert len(answered) == 1
    assert await coach_alerts(database) == []


async def test_the_same_appointment_is_asked_about_once(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world = await linked_world(database, fake_api)
    appointment_id = await appointment(database, world)
    assert await start(database, settings, appointment_id=appointment_id) is not None
    assert await start(database, settings, appointment_id=appointment_id) is None
    async with database.transaction() as session:
        assert len((await session.exec(select(CheckIn))).all()) == 1


async def test_an_aftercare_checkin_starts_with_the_faces(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world = await linked_world(database, fake_api)
    sam = Chat(fake_api, seen=len(fake_api.sent_to(YOUTH_CHAT)))
    started = await start(database, settings, case_id=world.case.id, kind=CheckInKind.AFTERCARE)
    assert started is not None and started.appointment_id is None
    question = await sam.sees("Hoi Sam! Hoe gaat het met je?")
    assert labels(question) == [*FACES, "Stoppen"]
    await sam.press(question, "😕 Niet zo goed")
    await sam.sees("Dat is jammer. Ik vertel het aan Anna.")
    await sam.press(await sam.sees("Wil je nog iets vertellen?"), "Nee, niets")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Nee")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="niet goed gaat")
    assert "⚠️ Sam zegt dat het niet goed gaat: 😕 Niet zo goed" in (alert.text or "")
    checkin = await the_checkin(database)
    assert (checkin.kind, checkin.attended, checkin.mood) == ("aftercare", None, 2)
    assert checkin.alerted_at is not None


async def test_a_checkin_ends_a_running_flow_and_what_was_typed_reaches_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world = await linked_world(database, fake_api)
    sam = Chat(fake_api)
    menu = await sam.sees("Wat wil je doen?")
    await sam.press(menu, "Er is iets")
    await sam.sees("Waar gaat het over?")
    sam.types("ik weet het niet precies")
    await sam.sees("Kies een knop hieronder.")

    assert await start(database, settings, appointment_id=await appointment(database, world))
    await sam.sees("Wat je al typte, is naar Anna gegaan.")
    await sam.sees("Ben je geweest?")
    question = await fake_api.wait_for_message(COACH_CHAT, contains="ik weet het niet precies")
    assert (question.text or "").startswith("Nieuwe vraag van Sam")
    async with database.transaction() as session:
        person = (await session.exec(select(Person))).one()
        assert person.conversation is not None
        assert person.conversation["flow"] == "checkin"
        assert person.conversation["step"] == "attended"


async def test_no_checkin_for_a_young_person_koers_cannot_reach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world = await linked_world(database, fake_api)
    noor = World(world.coach, await builders.add_case(database, world.coach, first_name="Noor"))
    assert await start(database, settings, appointment_id=await appointment(database, noor)) is None

    async with database.transaction() as session:
        linked = select(Person).where(Person.telegram_chat_id == YOUTH_CHAT)
        (await session.exec(linked)).one().telegram_blocked_at = utcnow()
    assert (
        await start(database, settings, appointment_id=await appointment(database, world)) is None
    )
    async with database.transaction() as session:
        assert (await session.exec(select(CheckIn))).all() == []
        sent = await session.exec(select(OutboxMessage).where(OutboxMessage.purpose == "checkin"))
        assert sent.all() == []
