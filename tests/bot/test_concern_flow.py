"""'Er is iets': a concern reaches the coach with its deadline; crisis words bring help at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlmodel import col, select

from bot.app import TelegramService
from core.clock import local, utcnow
from core.db import Database
from core.deadlines import Urgency, response_due
from core.models import AuditEntry, Case, Coach, Person, Thread, ThreadMessage
from messages.i18n import format_moment
from tests import builders
from tests.builders import World
from tests.fakes.chat import ChatWindow, labels
from tests.fakes.fake_bot_api import FakeBotApi, SentMessage
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world
from tests.fakes.settle import settled

PARENT_CHAT = 7101
EMPLOYER_CHAT = 7301
BACKUP_CHAT = 9002
DOMAINS = ["Werk", "School", "Geld", "Wonen", "Gezondheid", "Thuis", "Iets anders", "Stoppen"]
STALE = "Deze knop werkt niet meer."
KINDERTELEFOON = "De Kindertelefoon bellen: 0800-0432"


@dataclass
class Chat(ChatWindow):
    """One chat as its owner sees it, with the way into 'Er is iets'."""

    async def opens_concern(self, menu: SentMessage | None = None) -> SentMessage:
        menu = menu or await self.sees(button="v1:menu:concern")
        await self.press_data(menu, "v1:menu:concern")
        return await self.sees("Waar gaat het over?")


async def link_person(
    database: Database,
    api: FakeBotApi,
    case: Case,
    *,
    role: str,
    chat_id: int,
    name: str,
    language: str,
) -> Chat:
    """/start with a code, the language chosen, consent given: the person sees their menu."""
    chat = Chat(api, chat_id, name)
    code = (await builders.invite(database, case, role=role)).code
    chat.types(f"/start {code}")
    await chat.press_data(await chat.sees(button=f"v1:lang:{language}"), f"v1:lang:{language}")
    await chat.press_data(await chat.sees(button="v1:consent:yes"), "v1:consent:yes")
    await chat.sees(button="v1:menu:ask")
    chat.seen = 0
    return chat


async def add_linked_backup(database: Database, api: FakeBotApi, world: World) -> Coach:
    """Bram, in Anna's team, stands in for her on Sam's case and has linked his chat."""
    bram = await builders.add_coach(database, name="Bram", email="bram@koers.test")
    code = (await builders.coach_invite(database, bram)).code
    api.inject_message(BACKUP_CHAT, f"/start {code}", first_name="Bram")
    await api.wait_for_message(BACKUP_CHAT, contains="Gelukt")
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.backup_coach_id = bram.id
    return bram


async def set_birth_date(database: Database, world: World, born: date | None) -> None:
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        case.birth_date = born


async def stored(database: Database) -> list[tuple[Thread, list[str]]]:
    async with database.transaction() as session:
        threads = (await session.exec(select(Thread).order_by(col(Thread.id)))).all()
        result = []
        for thread in threads:
            query = select(ThreadMessage.body).where(ThreadMessage.thread_id == thread.id)
            result.append(
                (thread, list((await session.exec(query.order_by(col(ThreadMessage.id)))).all()))
            )
        return result


async def audit_actions(database: Database) -> list[AuditEntry]:
    async with database.transaction() as session:
        query = select(AuditEntry).where(
            col(AuditEntry.action).in_(["concern_raised", "crisis_raised"])
        )
        return list((await session.exec(query)).all())


async def test_a_young_person_raises_a_money_concern_and_the_coach_is_alerted_with_its_deadline(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    question = await sam.opens_concern()
    assert labels(question) == DOMAINS
    assert await sam.press(question, "Geld") == "Geld"
    prompt = await sam.sees("Vertel wat er is. Typ het hier.")
    assert labels(prompt) == ["Stoppen"]
    sam.types("Ik heb een brief van een incassobureau gekregen 😟")

    confirmation = await sam.sees("kijkt ernaar")
    ((thread, bodies),) = await stored(database)
    assert (thread.kind, thread.category, thread.urgency) == ("concern", "money", None)
    assert thread.due_at == response_due(thread.created_at, None)
    assert bodies == ["Ik heb een brief van een incassobureau gekregen 😟"]
    due = format_moment(thread.due_at, "nl")
    assert (
        confirmation.text
        == f"Goed dat je het vertelt.\nAnna kijkt ernaar en reageert uiterlijk {due}."
    )
    await sam.sees("Wat wil je doen?")

    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Zorg van Sam")
    assert "Over: Geld" in (alert.text or "")
    assert f"Urgentie: normaal. Reageer uiterlijk {due}." in (alert.text or "")
    assert "incassobureau" in (alert.text or "")
    assert labels(alert) == ["Ik pak het op", "Open in portaal", "Sluiten"]
    (entry,) = await audit_actions(database)
    assert (entry.action, entry.detail) == ("concern_raised", {"domain": "money"})


async def test_a_parent_raises_a_concern_with_a_photo_and_it_is_kept_for_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    petra = await link_person(
        database,
        fake_api,
        world.case,
        role="parent",
        chat_id=PARENT_CHAT,
        name="Petra",
        language="nl",
    )
    menu = await petra.sees("Wat wil je doen?")
    assert labels(menu)[:3] == ["Vraag stellen", "Er is iets", "Mijn coach"]  # no appointments yet
    await petra.press(await petra.opens_concern(menu), "Thuis")
    await petra.sees("Vertel wat er is.")
    petra.types("Deze brief lag op de mat", photo=True)

    await petra.sees("Anna kijkt ernaar en reageert uiterlijk")
    ((thread, bodies),) = await stored(database)
    assert (thread.kind, thread.category) == ("concern", "home")
    assert bodies == ["Deze brief lag op de mat"]
    async with database.transaction() as session:
        message = (await session.exec(select(ThreadMessage))).one()
        assert message.media_kind == "photo" and message.media_file_id
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Zorg van Petra (ouder van Sam)")
    assert "[foto] Deze brief lag op de mat" in (alert.text or "")


async def test_text_instead_of_a_domain_button_is_asked_again_once_then_passed_on(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await sam.opens_concern()
    sam.types("het gaat niet goed")
    again = await sam.sees("Kies een knop hieronder. Of typ stop.")
    assert labels(again) == DOMAINS
    assert await stored(database) == []
    sam.types("mijn ouders maken steeds ruzie")

    await sam.sees("Anna kijkt ernaar en reageert uiterlijk")
    await sam.sees("Wat wil je doen?")
    ((thread, bodies),) = await stored(database)
    assert (thread.kind, thread.category, thread.urgency) == ("concern", "other", None)
    assert bodies == ["het gaat niet goed\n\nmijn ouders maken steeds ruzie"]
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Zorg van Sam")
    assert "Over: Iets anders" in (alert.text or "")


async def test_text_then_a_domain_button_keeps_the_first_text_with_the_concern(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await sam.opens_concern()
    sam.types("ik moet misschien verhuizen")
    await sam.press(await sam.sees("Kies een knop"), "Wonen")
    await sam.sees("Vertel wat er is.")
    sam.types("de huur is te hoog")

    await sam.sees("kijkt ernaar")
    ((thread, bodies),) = await stored(database)
    assert thread.category == "housing"
    assert bodies == ["ik moet misschien verhuizen\n\nde huur is te hoog"]


async def test_a_typed_domain_name_counts_as_the_button(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await sam.opens_concern()
    sam.types("school")
    await sam.sees("Vertel wat er is.")
    sam.types("Ik word gepest in de klas.")
    await sam.sees("kijkt ernaar")
    ((thread, bodies),) = await stored(database)
    assert (thread.category, bodies) == ("school", ["Ik word gepest in de klas."])


async def test_a_domain_button_pressed_twice_or_after_the_flow_moved_on_does_nothing(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    question = await sam.opens_concern()
    assert await sam.press(question, "Werk") == "Werk"
    await sam.sees("Vertel wat er is.")
    assert await sam.press(question, "Werk") == STALE
    assert await sam.press(question, "Geld") == STALE
    sam.types("Mijn baas betaalt te laat.")
    await sam.sees("kijkt ernaar")
    assert await sam.press(question, "Thuis") == STALE

    ((thread, bodies),) = await stored(database)
    assert (thread.category, bodies) == ("work", ["Mijn baas betaalt te laat."])
    assert [m.text for m in fake_api.sent_to(YOUTH_CHAT)].count(
        "Vertel wat er is. Typ het hier."
    ) == 1


async def test_typing_stop_ends_the_concern_and_what_was_typed_still_reaches_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await sam.opens_concern()
    sam.types("weet niet")
    await sam.sees("Kies een knop")
    sam.types("Stop")
    await sam.sees("Oké, gestopt. Wat je al typte, is naar Anna gegaan.")
    await sam.sees("Wat wil je doen?")
    ((thread, bodies),) = await stored(database)
    assert (thread.kind, bodies) == ("question", ["weet niet"])


async def test_arabic_crisis_words_during_a_question_bring_crisis_info_and_alert_coach_and_backup(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    await add_linked_backup(database, fake_api, world)
    parent = await link_person(
        database,
        fake_api,
        world.case,
        role="parent",
        chat_id=PARENT_CHAT,
        name="Petra",
        language="ar",
    )
    menu = await parent.sees(button="v1:menu:ask")
    await parent.press_data(menu, "v1:menu:ask")
    await parent.sees(button="v1:nav:stop")
    parent.types("لا أستطيع أكثر. أُرِيدُ أَنْ أَمُوتَ")

    help_message = await parent.sees("0800-0113")
    text = help_message.text or ""
    assert "112" in text and "113.nl" in text and "Anna" in text
    assert "0800-0432" not in text  # De Kindertelefoon is for the young person, not a parent
    for chat_id in (COACH_CHAT, BACKUP_CHAT):
        alert = await fake_api.wait_for_message(chat_id, contains="🚨 DRINGEND")
        assert "Petra (ouder van Sam)" in (alert.text or "") and "أَمُوتَ" in (alert.text or "")
        assert "Koers heeft het nummer van 113 Zelfmoordpreventie en 112 gestuurd." in (
            alert.text or ""
        )
    backup_alert = await fake_api.wait_for_message(BACKUP_CHAT, contains="🚨 DRINGEND")
    assert "Je krijgt dit als achtervang van Anna." in (backup_alert.text or "")

    await settled(database)  # nothing else follows: no "question received" on top
    assert [m.text for m in fake_api.sent_to(PARENT_CHAT)][-1] == text
    ((thread, bodies),) = await stored(database)
    assert (thread.kind, thread.category, thread.urgency) == ("concern", "crisis", Urgency.URGENT)
    assert thread.due_at == response_due(thread.created_at, Urgency.URGENT)
    assert bodies == ["لا أستطيع أكثر. أُرِيدُ أَنْ أَمُوتَ"]
    async with database.transaction() as session:
        person = (
            await session.exec(select(Person).where(Person.telegram_chat_id == PARENT_CHAT))
        ).one()
        assert person.conversation is None  # the question flow ended
    (entry,) = await audit_actions(database)
    assert entry.action == "crisis_raised"
    assert entry.detail == {"category": "crisis", "backup_alerted": True}


@pytest.mark.parametrize(
    ("age", "kindertelefoon"), [(16, True), (None, True), (19, False)], ids=["16", "unknown", "19"]
)
async def test_crisis_info_for_an_under_18_includes_de_kindertelefoon(
    database: Database,
    fake_api: FakeBotApi,
    telegram: TelegramService,
    age: int | None,
    kindertelefoon: bool,
) -> None:
    world = await linked_world(database, fake_api)
    # Born on 1 January: exactly `age` today, whatever today is.
    born = None if age is None else date(local(utcnow()).year - age, 1, 1)
    await set_birth_date(database, world, born)
    sam = Chat(fake_api, YOUTH_CHAT)
    sam.types("ik zie het echt niet meer zitten")

    help_message = await sam.sees("Bel 112")
    assert (KINDERTELEFOON in (help_message.text or "")) is kindertelefoon
    assert "bel 113, of gratis 0800-0113" in (help_message.text or "")
    assert "Anna krijgt je bericht met voorrang" in (help_message.text or "")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="🚨 DRINGEND: Sam")
    assert ("De Kindertelefoon gestuurd" in (alert.text or "")) is kindertelefoon
    (entry,) = await audit_actions(database)
    assert entry.detail == {"category": "crisis", "backup_alerted": False}

    sam.types("Ik ben thuis.")  # what follows goes to the same urgent thread
    await sam.sees("Je bericht is erbij gezet")
    ((thread, bodies),) = await stored(database)
    assert thread.urgency == Urgency.URGENT
    assert bodies == ["ik zie het echt niet meer zitten", "Ik ben thuis."]


async def test_crisis_words_in_the_concern_flow_keep_the_chosen_domain_and_make_it_urgent(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await sam.press(await sam.opens_concern(), "Gezondheid")
    await sam.sees("Vertel wat er is.")
    sam.types("Ik wil mezelf iets aandoen")

    await sam.sees("Bel 112")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="🚨 DRINGEND")
    assert "Over: Gezondheid" in (alert.text or "")
    ((thread, bodies),) = await stored(database)
    assert (thread.category, thread.urgency) == ("health", Urgency.URGENT)
    assert bodies == ["Ik wil mezelf iets aandoen"]
    await settled(database)
    texts = [m.text or "" for m in fake_api.sent_to(YOUTH_CHAT)]
    assert not any("kijkt ernaar" in t for t in texts)
    assert not any("Zorg van" in (m.text or "") for m in fake_api.sent_to(COACH_CHAT))


async def test_crisis_words_typed_instead_of_a_domain_button_take_along_what_was_typed_before(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await linked_world(database, fake_api)
    sam = Chat(fake_api, YOUTH_CHAT)
    await sam.opens_concern()
    sam.types("alles gaat mis")
    await sam.sees("Kies een knop")
    sam.types("ik wil er een einde aan maken")
    await sam.sees("Bel 112")
    ((thread, bodies),) = await stored(database)
    assert (thread.category, thread.urgency) == ("crisis", Urgency.URGENT)
    assert bodies == ["alles gaat mis\n\nik wil er een einde aan maken"]


async def test_an_employer_writing_crisis_words_in_english_gets_help_and_the_coach_an_urgent_alert(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    boss = await link_person(
        database,
        fake_api,
        world.case,
        role="employer",
        chat_id=EMPLOYER_CHAT,
        name="Piet",
        language="en",
    )
    menu = await boss.sees(button="v1:menu:report")
    assert "v1:menu:concern" not in [b.get("callback_data") for b in menu.buttons]
    boss.types("Honestly I just want to end my life")
    help_message = await boss.sees("0800-0113")
    assert "0800-0432" not in (help_message.text or "")
    await fake_api.wait_for_message(COACH_CHAT, contains="🚨 DRINGEND")
    ((thread, _),) = await stored(database)
    assert (thread.kind, thread.urgency) == ("concern", Urgency.URGENT)
