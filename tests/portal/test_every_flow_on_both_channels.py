"""Every flow from one scenario through both adapters: Telegram (the real Application against
the fake Bot API) and the web (the portal's /me/talk over HTTP), and a third time in-process
straight into the dialogue's entry (fast, no channel). The flow exists once, in bot/flows; each
scenario below reads as the person's conversation and runs on every channel."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlmodel import col, select

from bot.app import TelegramService
from core.actions.appointments import do_add_appointment
from core.actions.checkins import do_start_checkin
from core.actions.linking import do_record_consent
from core.clock import local, utcnow
from core.db import Database
from core.mail import WebReach
from core.models import Appointment, Case, CheckIn, CheckInKind, Person, Thread, ThreadMessage
from core.people import membership
from tests import builders
from tests.builders import World
from tests.fakes.chat import Chat, CoreChat, TelegramChat, WebChat
from tests.fakes.fake_bot_api import FakeBotApi
from tests.portal.conftest import Portal

YOUTH_CHAT = 7_501
ADDRESS = "iemand@example.test"
EMPLOYER_CHAT = 7_502


@dataclass(frozen=True)
class Scene:
    chat: Chat
    database: Database
    world: World
    channel: str

    async def koers_starts_a_check_in(self) -> None:
        """What the scheduler does in aftercare; someone without Telegram is asked on their
        page and told by e-mail (every web person here left an address)."""
        async with self.database.transaction() as session:
            started = await do_start_checkin(
                session,
                case_id=self.world.case.id or 0,
                kind=CheckInKind.AFTERCARE,
                reach=WebReach("http://127.0.0.1:8080", mail=True),
            )
        assert started is not None


Scenario = Callable[[Scene], Awaitable[None]]


async def _messages(database: Database) -> list[tuple[Thread, ThreadMessage]]:
    async with database.transaction() as session:
        query = select(Thread, ThreadMessage).join(
            ThreadMessage, col(ThreadMessage.thread_id) == Thread.id
        )
        return list((await session.exec(query.order_by(col(ThreadMessage.id)))).all())


async def _case(database: Database, case_id: int | None) -> Case:
    async with database.transaction() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        return case


# -- the scenarios: a young person ----------------------------------------------------------


async def asks_a_question(scene: Scene) -> None:
    prompt = await scene.chat.press("Vraag stellen")
    assert "Typ je vraag" in prompt.text and "Stoppen" in prompt.buttons
    received = await scene.chat.type("Mag ik mijn rooster ruilen? 🙂")
    assert "Anna" in received and "uiterlijk" in received
    _, message = (await _messages(scene.database))[-1]
    assert message.body == "Mag ik mijn rooster ruilen? 🙂" and message.channel == scene.channel


async def raises_a_concern_about_money(scene: Scene) -> None:
    domains = await scene.chat.press("Er is iets")
    assert "Geld" in domains.buttons
    await scene.chat.press("Geld")
    confirmed = await scene.chat.type("Ik kan de huur niet betalen")
    assert "Goed dat je het vertelt." in confirmed
    thread, message = (await _messages(scene.database))[-1]
    assert thread.kind == "concern" and message.channel == scene.channel


async def says_words_of_crisis_halfway_a_concern(scene: Scene) -> None:
    await scene.chat.press("Er is iets")
    await scene.chat.press("Geld")
    helped = await scene.chat.type("ik zie het niet meer zitten, ik wil dood")
    assert "113" in helped
    thread, _ = (await _messages(scene.database))[-1]
    assert thread.urgency == "urgent"


async def looks_up_their_coach(scene: Scene) -> None:
    card = await scene.chat.press("Mijn coach")
    assert "Anna" in card and "Vraag stellen" in card.buttons


async def adds_an_appointment_with_the_pickers(scene: Scene) -> None:
    listed = await scene.chat.press("Afspraken")
    assert "Er staan geen afspraken." in listed
    assert "Werk" in (await scene.chat.press("Afspraak toevoegen")).buttons
    assert "Morgen" in (await scene.chat.press("Werk")).buttons
    assert "10:00" in (await scene.chat.press("Morgen")).buttons
    where = await scene.chat.press("10:00")
    assert "Waar is de afspraak?" in where
    confirm = await scene.chat.type("Bakkerij de Zon")
    assert "Klopt dit?" in confirm and "Bakkerij de Zon" in confirm
    saved = await scene.chat.press("Klopt")
    assert "De afspraak staat erin." in saved
    async with scene.database.transaction() as session:
        stored = (await session.exec(select(Appointment))).all()
    assert [a.what for a in stored] == ["Werk"]


async def says_an_appointment_moved(scene: Scene) -> None:
    async with scene.database.transaction() as session:
        await do_add_appointment(
            session,
            case_id=scene.world.case.id or 0,
            what="Gesprek gemeente",
            starts_local=local(utcnow() + timedelta(days=2)).replace(hour=10, minute=0),
            where="Stadhuis",
        )
    listed = await scene.chat.press("Afspraken")
    assert "Gesprek gemeente" in listed and "Stadhuis" in listed
    moved_label = next(b for b in listed.buttons if "Gesprek gemeente" in b)
    asked = await scene.chat.press(moved_label)
    assert "Stoppen" in asked.buttons
    async with scene.database.transaction() as session:
        appointment = (await session.exec(select(Appointment))).one()
    assert appointment.moved_at is not None


async def pauses_messages_for_a_week(scene: Scene) -> None:
    choices = await scene.chat.press("Instellingen")
    assert "Even geen berichten" in choices.buttons and "Goed nieuws van je werk" in choices.buttons
    await scene.chat.press("Even geen berichten")
    paused = await scene.chat.press("1 week")
    assert "stuurt Koers je geen" in paused
    async with scene.database.transaction() as session:
        person = (await session.exec(select(Person))).first()
    assert person is not None and person.notifications_paused_until is not None


async def lets_parents_see_appointments_by_typing_yes(scene: Scene) -> None:
    await scene.chat.press("Instellingen")
    await scene.chat.press("Ouders en afspraken")
    allowed = await scene.chat.type("ja")
    assert "Je ouders kunnen je afspraken zien." in allowed
    assert (await _case(scene.database, scene.world.case.id)).parents_may_see_appointments
    assert await _messages(scene.database) == []  # a typed "ja" is never a question


async def shares_good_news_from_work(scene: Scene) -> None:
    await scene.chat.press("Instellingen")
    asked = await scene.chat.press("Goed nieuws van je werk")
    yes = next(label for label in asked.buttons if label.startswith("Ja"))
    await scene.chat.press(yes)
    assert (await _case(scene.database, scene.world.case.id)).good_news_shared_with_youth


async def reads_what_koers_knows(scene: Scene) -> None:
    await scene.chat.press("Instellingen")
    known = await scene.chat.press("Wat weet Koers?")
    assert "Sam" in known and "Anna" in known


async def asks_to_erase_everything(scene: Scene) -> None:
    await scene.chat.press("Instellingen")
    sure = await scene.chat.press("Alles wissen")
    assert "Ja, wis alles" in sure.buttons
    done = await scene.chat.press("Ja, wis alles")
    assert "Anna" in done
    async with scene.database.transaction() as session:
        person = (await session.exec(select(Person))).first()
    assert person is not None and person.erasure_requested_at is not None


async def switches_to_english(scene: Scene) -> None:
    await scene.chat.press("Instellingen")
    await scene.chat.press("Taal")
    changed = await scene.chat.press("English")
    assert "in this language" in changed
    assert "Ask a question" in changed.buttons


async def stops_halfway_and_what_was_typed_reaches_the_coach(scene: Scene) -> None:
    await scene.chat.press("Afspraken")
    await scene.chat.press("Afspraak toevoegen")
    await scene.chat.type("Sollicitatie bij de garage")
    stopped = await scene.chat.press("Stoppen")
    assert "Vraag stellen" in stopped.buttons
    assert (await _messages(scene.database)) == [] or all(
        m.channel == scene.channel for _, m in await _messages(scene.database)
    )


async def answers_a_check_in(scene: Scene) -> None:
    await scene.koers_starts_a_check_in()
    asked = await scene.chat.waiting()
    assert "Hoi Sam! Hoe gaat het met je?" in asked and "😀 Goed" in asked.buttons
    told = await scene.chat.press("😀 Goed")
    assert "Nee, niets" in told.buttons
    assert "Heb je al een nieuwe afspraak?" in await scene.chat.press("Nee, niets")
    await scene.chat.type("nee")  # typed where buttons ask yes or no: the answer itself
    async with scene.database.transaction() as session:
        checkin = (await session.exec(select(CheckIn))).one()
    assert checkin.mood == 4 and checkin.answered_at is not None


YOUTH_SCENARIOS: list[Scenario] = [
    asks_a_question,
    raises_a_concern_about_money,
    says_words_of_crisis_halfway_a_concern,
    looks_up_their_coach,
    adds_an_appointment_with_the_pickers,
    says_an_appointment_moved,
    pauses_messages_for_a_week,
    lets_parents_see_appointments_by_typing_yes,
    shares_good_news_from_work,
    reads_what_koers_knows,
    asks_to_erase_everything,
    switches_to_english,
    stops_halfway_and_what_was_typed_reaches_the_coach,
    answers_a_check_in,
]


# -- the scenarios: an employer -------------------------------------------------------------


async def reports_absence(scene: Scene) -> None:
    categories = await scene.chat.press("Melding doen")
    assert "Te laat / afwezig" in categories.buttons
    urgency = await scene.chat.press("Te laat / afwezig")
    await scene.chat.press(urgency.buttons[0])
    filed = await scene.chat.type("Niet op komen dagen vanochtend")
    assert "Anna" in filed
    thread, message = (await _messages(scene.database))[-1]
    assert thread.kind == "report" and message.channel == scene.channel


async def shares_something_good(scene: Scene) -> None:
    await scene.chat.press("Iets goeds melden")
    thanked = await scene.chat.type("Sam heeft vandaag de klant super geholpen")
    assert "Anna" in thanked
    thread, message = (await _messages(scene.database))[-1]
    assert thread.kind == "good_news" and message.channel == scene.channel


async def an_employer_sees_no_reminder_pause(scene: Scene) -> None:
    choices = await scene.chat.press("Instellingen")
    assert "Even geen berichten" not in choices.buttons and "Taal" in choices.buttons


EMPLOYER_SCENARIOS: list[Scenario] = [
    reports_absence,
    shares_something_good,
    an_employer_sees_no_reminder_pause,
]


def _ids(scenarios: list[Scenario]) -> list[str]:
    return [s.__name__ for s in scenarios]


# -- the two adapters -----------------------------------------------------------------------


async def _telegram_scene(database: Database, api: FakeBotApi, role: str, chat_id: int) -> Scene:
    world = await builders.coach_with_case(database)
    chat = TelegramChat(api, database, chat_id)
    code = (await builders.invite(database, world.case, role=role)).code
    await chat.type(f"/start {code}")
    await chat.press("Nederlands")
    await chat.press("Ja, dat is goed")
    return Scene(chat, database, world, "telegram")


async def _web_scene(database: Database, portal: Portal, role: str) -> Scene:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role=role, email=ADDRESS)
    await portal.open_and_agree(issued.web_link or "")
    return Scene(WebChat(portal), database, world, "web")


async def _core_scene(database: Database, role: str) -> Scene:
    world = await builders.coach_with_case(database)
    issued = await builders.invite(database, world.case, role=role, email=ADDRESS)
    async with database.transaction() as session:
        who = await membership(session, issued.member_id or 0)
        assert who is not None
        await do_record_consent(session, person=who.person, accepted=True, base_url="http://x")
        person_id = who.person.id or 0
    return Scene(CoreChat(database, person_id), database, world, "web")


@pytest.mark.parametrize("scenario", YOUTH_SCENARIOS, ids=_ids(YOUTH_SCENARIOS))
async def test_a_young_person_in_process(scenario: Scenario, database: Database) -> None:
    await scenario(await _core_scene(database, "youth"))


@pytest.mark.parametrize("scenario", EMPLOYER_SCENARIOS, ids=_ids(EMPLOYER_SCENARIOS))
async def test_an_employer_in_process(scenario: Scenario, database: Database) -> None:
    await scenario(await _core_scene(database, "employer"))


@pytest.mark.parametrize("scenario", YOUTH_SCENARIOS, ids=_ids(YOUTH_SCENARIOS))
async def test_a_young_person_in_telegram(
    scenario: Scenario, database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await scenario(await _telegram_scene(database, fake_api, "youth", YOUTH_CHAT))


@pytest.mark.parametrize("scenario", YOUTH_SCENARIOS, ids=_ids(YOUTH_SCENARIOS))
async def test_a_young_person_on_the_web(
    scenario: Scenario, database: Database, portal: Portal
) -> None:
    await scenario(await _web_scene(database, portal, "youth"))


@pytest.mark.parametrize("scenario", EMPLOYER_SCENARIOS, ids=_ids(EMPLOYER_SCENARIOS))
async def test_an_employer_in_telegram(
    scenario: Scenario, database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    await scenario(await _telegram_scene(database, fake_api, "employer", EMPLOYER_CHAT))


@pytest.mark.parametrize("scenario", EMPLOYER_SCENARIOS, ids=_ids(EMPLOYER_SCENARIOS))
async def test_an_employer_on_the_web(
    scenario: Scenario, database: Database, portal: Portal
) -> None:
    await scenario(await _web_scene(database, portal, "employer"))
