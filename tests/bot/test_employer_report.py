"""Employer report: four taps and a sentence reach the young person's coach, with a deadline."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlmodel import col, select

from bot.app import TelegramService
from core.actions.employer_reports import do_report_as_employer
from core.db import Database
from core.deadlines import response_due
from core.errors import NotAllowed
from core.models import Case, CaseMember, Channel, Person, Role, Thread, ThreadMessage
from messages.i18n import format_moment
from tests import builders
from tests.builders import World
from tests.fakes.chat import ChatWindow, labels
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, link_coach, link_youth

EMPLOYER_CHAT = 7301
OTHER_COACH_CHAT = 9002
CATEGORY_LABELS = [
    "Te laat / afwezig",
    "Gedrag",
    "Werk / prestaties",
    "Veiligheid / ongeluk",
    "Gezondheid",
    "Anders",
]
NAV = ["Terug", "Stoppen"]
STALE = "Deze knop werkt niet meer."


@dataclass
class Chat(ChatWindow):
    """The employer's chat: Piet's; old buttons may be pressed (to see them refused)."""

    name: str = "Piet"
    check_buttons: bool = False


async def link_employer(database: Database, api: FakeBotApi, case: Case) -> Chat:
    """/start with an employer's code, Dutch, consent: Piet sees the employer's menu."""
    chat = Chat(api, EMPLOYER_CHAT)
    code = (await builders.invite(database, case, role="employer")).code
    chat.types(f"/start {code}")
    await chat.press(await chat.sees("welke taal"), "Nederlands")
    await chat.press(await chat.sees("Is dat goed?"), "Ja, dat is goed")
    await chat.sees("Dank je!")
    return chat


async def place_also(database: Database, chat: Chat, case: Case) -> None:
    """A second young person placed with the same, already linked employer."""
    code = (await builders.invite(database, case, role="employer")).code
    chat.types(f"/start {code}")
    await chat.sees("al aangemeld")


async def second_coach_with_case(database: Database, api: FakeBotApi, name: str) -> World:
    bram = await builders.add_coach(database, name="Bram", email="bram@koers.test")
    code = (await builders.coach_invite(database, bram)).code
    api.inject_message(OTHER_COACH_CHAT, f"/start {code}", first_name="Bram")
    await api.wait_for_message(OTHER_COACH_CHAT, contains="Gelukt")
    return World(coach=bram, case=await builders.add_case(database, bram, first_name=name))


async def threads(database: Database) -> list[tuple[Thread, list[ThreadMessage]]]:
    async with database.transaction() as session:
        found = (await session.exec(select(Thread).order_by(col(Thread.id)))).all()
        return [
            (
                thread,
                list(
                    (
                        await session.exec(
                            select(ThreadMessage)
                            .where(ThreadMessage.thread_id == thread.id)
                            .order_by(col(ThreadMessage.id))
                        )
                    ).all()
                ),
            )
            for thread in found
        ]


async def employer_member(database: Database, case: Case) -> CaseMember:
    async with database.transaction() as session:
        query = select(CaseMember).where(
            CaseMember.case_id == case.id, CaseMember.role == Role.EMPLOYER
        )
        member = (await session.exec(query)).first()
        assert member is not None
        return member


async def test_an_employer_reports_absence_for_today_and_the_coach_is_alerted_with_the_deadline(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    piet = await link_employer(database, fake_api, world.case)

    menu = await piet.sees("Wat wil je doen?")
    assert labels(menu)[:2] == ["Melding doen", "Iets goeds melden"]
    assert "Mijn coach" in labels(menu)
    await piet.press(menu, "Melding doen")
    category = await piet.sees("Waar gaat het om?")
    assert category.text == "Melding over Sam. Waar gaat het om?"  # the only one: no choice
    assert labels(category) == [*CATEGORY_LABELS, *NAV]
    await piet.press(category, "Te laat / afwezig")
    urgency = await piet.sees("Hoe snel")
    assert urgency.text == "Hoe snel moet Anna reageren?"
    assert labels(urgency) == ["Vandaag", "Deze week", "Ter info", *NAV]
    await piet.press(urgency, "Vandaag")
    prompt = await piet.sees("Wat is er gebeurd?")
    assert prompt.text == "Wat is er gebeurd? Eén zin is genoeg."
    assert labels(prompt) == NAV
    piet.types("Sam is er niet en neemt zijn telefoon niet op.")
    confirmation = await piet.sees("is doorgegeven")

    ((thread, messages),) = await threads(database)
    member = await employer_member(database, world.case)
    assert (thread.kind, thread.category, thread.urgency) == ("report", "late_absent", "today")
    assert (thread.case_id, thread.member_id) == (world.case.id, member.id)
    assert thread.due_at == response_due(thread.created_at, "today")
    assert [m.body for m in messages] == ["Sam is er niet en neemt zijn telefoon niet op."]
    due = format_moment(thread.due_at, "nl")
    assert (
        confirmation.text == f"Je melding over Sam is doorgegeven.\nAnna reageert uiterlijk {due}."
    )
    assert labels(await piet.sees("Wat wil je doen?"))[:2] == ["Melding doen", "Iets goeds melden"]

    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Melding van")
    assert (alert.text or "").startswith("‼️ VANDAAG REAGEREN\nMelding van Piet (werkgever van Sam)")
    assert "Onderwerp: Te laat / afwezig" in (alert.text or "")
    assert f"uiterlijk {due}" in (alert.text or "")
    assert "Sam is er niet en neemt zijn telefoon niet op." in (alert.text or "")
    assert "Ik pak het op" in labels(alert)


async def test_an_employer_with_two_placed_young_people_chooses_whom_it_is_about(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    lisa = await second_coach_with_case(database, fake_api, "Lisa")
    piet = await link_employer(database, fake_api, world.case)
    menu = await piet.sees("Wat wil je doen?")
    await place_also(database, piet, lisa.case)

    await piet.press(menu, "Melding doen")
    who = await piet.sees("Over wie gaat het?")
    assert labels(who) == ["Sam", "Lisa", *NAV]
    await piet.press(who, "Lisa")
    category = await piet.sees("Waar gaat het om?")
    assert category.text == "Melding over Lisa. Waar gaat het om?"
    await piet.press(category, "Gedrag")
    urgency = await piet.sees("Hoe snel")
    assert urgency.text == "Hoe snel moet Bram reageren?"  # Lisa's coach, not Sam's
    await piet.press(urgency, "Deze week")
    piet.types("Lisa was onbeleefd tegen een klant.")
    confirmation = await piet.sees("is doorgegeven")
    assert "Je melding over Lisa is doorgegeven.\nBram reageert uiterlijk" in (
        confirmation.text or ""
    )

    ((thread, messages),) = await threads(database)
    member = await employer_member(database, lisa.case)
    assert (thread.kind, thread.category, thread.urgency) == ("report", "behaviour", "week")
    assert (thread.case_id, thread.member_id) == (lisa.case.id, member.id)
    assert thread.due_at == response_due(thread.created_at, "week")
    assert [m.body for m in messages] == ["Lisa was onbeleefd tegen een klant."]
    alert = await fake_api.wait_for_message(OTHER_COACH_CHAT, contains="Melding van")
    assert "Piet (werkgever van Lisa)" in (alert.text or "")
    assert "VANDAAG" not in (alert.text or "")
    assert "Reageren: Deze week" in (alert.text or "")
    assert not [m for m in fake_api.sent_to(COACH_CHAT) if "Melding" in (m.text or "")]


async def test_an_employer_cannot_report_about_a_young_person_not_placed_with_them(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    lisa = await builders.add_case(database, world.coach, first_name="Lisa")
    noor = await builders.add_case(database, world.coach, first_name="Noor")
    piet = await link_employer(database, fake_api, world.case)
    menu = await piet.sees("Wat wil je doen?")
    await place_also(database, piet, lisa)

    await piet.press(menu, "Melding doen")
    who = await piet.sees("Over wie gaat het?")
    assert "Noor" not in labels(who)
    forged = await piet.press_data(who, f"v1:report:case:{noor.id}")
    assert forged == "Over deze jongere kun je geen melding doen."
    assert await piet.press_data(who, "v1:report:case:nonsense") == forged
    assert await threads(database) == []

    # Still choosing: the real buttons work, and a choice cannot be made twice.
    assert await piet.press(who, "Sam") is None
    await piet.sees("Melding over Sam.")
    assert await piet.press(who, "Lisa") == STALE
    async with database.transaction() as session:
        employer = (await session.exec(select(Person).where(Person.first_name == "Piet"))).one()
        with pytest.raises(NotAllowed):
            await do_report_as_employer(
                session,
                employer=employer,
                case_id=noor.id or 0,
                category="safety",
                urgency="today",
                text="Noor is gevallen.",
                channel=Channel.TELEGRAM,
                base_url="http://127.0.0.1:8080",
            )
    assert await threads(database) == []
    assert not [m for m in fake_api.sent_to(COACH_CHAT) if "Noor" in (m.text or "")]


async def test_for_information_needs_no_text(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    piet = await link_employer(database, fake_api, world.case)
    await piet.press(await piet.sees("Wat wil je doen?"), "Melding doen")
    await piet.press(await piet.sees("Waar gaat het om?"), "Gezondheid")
    await piet.press(await piet.sees("Hoe snel"), "Ter info")
    prompt = await piet.sees("Wat is er gebeurd?")
    assert labels(prompt) == ["Geen toelichting", *NAV]
    await piet.press(prompt, "Geen toelichting")
    confirmation = await piet.sees("is doorgegeven")

    ((thread, messages),) = await threads(database)
    assert (thread.kind, thread.category, thread.urgency) == ("report", "health", "info")
    assert thread.due_at == response_due(thread.created_at, "info")
    assert [m.body for m in messages] == ["(geen toelichting)"]
    assert f"uiterlijk {format_moment(thread.due_at, 'nl')}" in (confirmation.text or "")
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Melding van")
    assert "Onderwerp: Gezondheid\nReageren: Ter info" in (alert.text or "")
    assert "(geen toelichting)" in (alert.text or "")

    # After it was filed, the old buttons do nothing.
    assert await piet.press_data(prompt, "v1:report:skip") == STALE
    assert len(await threads(database)) == 1


async def test_something_good_reaches_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    await link_youth(database, fake_api, world)
    piet = await link_employer(database, fake_api, world.case)
    await piet.press(await piet.sees("Wat wil je doen?"), "Iets goeds melden")
    prompt = await piet.sees("Wat ging er goed?")
    assert prompt.text == "Iets goeds over Sam. Wat ging er goed?"
    assert labels(prompt) == NAV
    piet.types("Sam heeft vandaag een nieuwe collega ingewerkt. Top!")
    thanks = await piet.sees("Dank je!")
    assert thanks.text == "Dank je! Anna krijgt het te zien."
    await piet.sees("Wat wil je doen?")

    ((thread, messages),) = await threads(database)
    assert (thread.kind, thread.category, thread.urgency) == ("good_news", None, "info")
    assert thread.case_id == world.case.id
    assert [m.body for m in messages] == ["Sam heeft vandaag een nieuwe collega ingewerkt. Top!"]
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Goed nieuws van")
    assert "Goed nieuws van Piet (werkgever van Sam):" in (alert.text or "")
    assert "nieuwe collega ingewerkt" in (alert.text or "")
    # Not shared with the young person: there is no consent for that yet.
    assert not [m for m in fake_api.sent_to(YOUTH_CHAT) if "collega" in (m.text or "")]


async def test_text_instead_of_a_button_is_asked_again_once_then_passed_on(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    piet = await link_employer(database, fake_api, world.case)
    await piet.press(await piet.sees("Wat wil je doen?"), "Melding doen")
    category = await piet.sees("Waar gaat het om?")
    piet.types("Sam was er vandaag weer niet")
    kindly = await piet.sees("Kies een van de knoppen")
    assert kindly.text == "Kies een van de knoppen, dan gaat het sneller. Wat je typte, bewaar ik."
    again = await piet.sees("Waar gaat het om?")
    assert labels(again) == [*CATEGORY_LABELS, *NAV]
    assert await threads(database) == []

    piet.types("en hij belt ook niet af")
    passed = await piet.sees("doorgegeven aan Anna")
    await piet.sees("Wat wil je doen?")
    ((thread, messages),) = await threads(database)
    assert (thread.kind, thread.category, thread.urgency) == ("report", "other", "week")
    assert thread.case_id == world.case.id
    assert [m.body for m in messages] == ["Sam was er vandaag weer niet\n\nen hij belt ook niet af"]
    due = format_moment(thread.due_at or thread.created_at, "nl")
    assert passed.text == f"Ik heb je bericht doorgegeven aan Anna.\nAnna reageert uiterlijk {due}."
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Melding van")
    assert "weer niet\n\nen hij belt ook niet af" in (alert.text or "")

    # The flow is over: an old category button does nothing, a new text is a plain message.
    assert await piet.press(category, "Gedrag") == STALE
    assert len(await threads(database)) == 1


async def test_back_goes_one_step_back(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    lisa = await builders.add_case(database, world.coach, first_name="Lisa")
    piet = await link_employer(database, fake_api, world.case)
    menu = await piet.sees("Wat wil je doen?")
    await place_also(database, piet, lisa)

    await piet.press(menu, "Melding doen")
    who = await piet.sees("Over wie gaat het?")
    await piet.press(who, "Sam")
    category = await piet.sees("Melding over Sam.")
    await piet.press(category, "Terug")
    who = await piet.sees("Over wie gaat het?")
    assert await piet.press(category, "Terug") == STALE  # pressed twice: once is enough
    await piet.press(who, "Lisa")
    category = await piet.sees("Melding over Lisa.")
    await piet.press(category, "Veiligheid / ongeluk")
    urgency = await piet.sees("Hoe snel")
    await piet.press(urgency, "Terug")
    category = await piet.sees("Melding over Lisa.")
    await piet.press(category, "Werk / prestaties")
    await piet.press(await piet.sees("Hoe snel"), "Deze week")
    prompt = await piet.sees("Wat is er gebeurd?")
    await piet.press(prompt, "Terug")
    urgency = await piet.sees("Hoe snel")
    await piet.press(urgency, "Ter info")
    await piet.press(await piet.sees("Wat is er gebeurd?"), "Geen toelichting")
    await piet.sees("Je melding over Lisa is doorgegeven.")
    ((thread, _),) = await threads(database)
    assert (thread.case_id, thread.category, thread.urgency) == (lisa.id, "performance", "info")

    # Back from the first step is the menu; nothing is filed.
    await piet.press(await piet.sees("Wat wil je doen?"), "Iets goeds melden")
    await piet.press(await piet.sees("Over wie gaat het goede nieuws?"), "Terug")
    await piet.sees("Wat wil je doen?")
    assert len(await threads(database)) == 1


async def test_a_photo_at_the_text_step_is_the_report(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    piet = await link_employer(database, fake_api, world.case)
    await piet.press(await piet.sees("Wat wil je doen?"), "Melding doen")
    await piet.press(await piet.sees("Waar gaat het om?"), "Veiligheid / ongeluk")
    await piet.press(await piet.sees("Hoe snel"), "Vandaag")
    await piet.sees("Wat is er gebeurd?")
    piet.types("de ladder waar hij vanaf viel", photo=True)
    await piet.sees("Je melding over Sam is doorgegeven.")
    ((thread, (message,)),) = await threads(database)
    assert (thread.category, thread.urgency) == ("safety", "today")
    assert (message.body, message.media_kind) == ("de ladder waar hij vanaf viel", "photo")
    assert message.media_file_id
    alert = await fake_api.wait_for_message(COACH_CHAT, contains="Melding van")
    assert "[foto] de ladder waar hij vanaf viel" in (alert.text or "")


async def test_an_employer_who_is_also_a_parent_reports_only_about_whom_is_placed_with_them(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await builders.coach_with_case(database)
    await link_coach(database, fake_api, world)
    child = await builders.add_case(database, world.coach, first_name="Daan")
    piet = Chat(fake_api, EMPLOYER_CHAT)
    parent_code = (await builders.invite(database, child, role="parent")).code
    employer_code = (await builders.invite(database, world.case, role="employer")).code
    piet.types(f"/start {parent_code}")
    await piet.press(await piet.sees("welke taal"), "Nederlands")
    await piet.press(await piet.sees("Is dat goed?"), "Ja, dat is goed")
    piet.types(f"/start {employer_code}")
    await piet.sees("al aangemeld")
    piet.types("menu")

    # The newest link (employer) is their primary membership: the employer's menu.
    await piet.press(await piet.sees("Wat wil je doen?"), "Melding doen")
    category = await piet.sees("Waar gaat het om?")
    assert category.text == "Melding over Sam. Waar gaat het om?"  # never Daan, their child
    await piet.press(category, "Anders")
    await piet.press(await piet.sees("Hoe snel"), "Deze week")
    piet.types("Sam wil graag meer uren werken.")
    await piet.sees("Je melding over Sam is doorgegeven.")
    ((thread, _),) = await threads(database)
    assert thread.case_id == world.case.id
