"""Someone in several roles: a parent of two, a young person who is a parent, an employer who is a
parent. They say whom a message is about; one role sees nothing of this."""

from __future__ import annotations

from sqlmodel import select

from bot.app import TelegramService
from bot.flows.menu import MENU
from core.actions.linking import CONSENT_VERSION
from core.db import Database
from core.models import CaseMember, Person, Role
from messages import texts
from messages.i18n import render
from tests import builders
from tests.bot.roles_world import (
    ANNA_CHAT,
    BRAM_CHAT,
    STALE,
    Chat,
    add_role,
    close_case,
    family,
    link_as,
    member,
    parent_of_two,
    person_in,
    threads,
)
from tests.fakes.chat import labels
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import YOUTH_CHAT, linked_world

MENU_INTRO = "Wat wil je doen? Kies een knop, of typ gewoon je vraag."


async def test_a_parent_with_two_children_chooses_whom_a_question_is_about(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, petra = await parent_of_two(database, fake_api)
    petra.types("menu")
    menu = await petra.sees(MENU_INTRO)
    # Until she chooses, the menu is about the newest link, and says so.
    assert menu.text == f"Je praat nu als ouder van Noor.\n{MENU_INTRO}"
    assert labels(menu)[-1] == "Wissel"

    await petra.press(menu, "Wissel")
    choice = await petra.sees("Over wie wil je praten?")
    assert labels(choice) == ["Ouder van Sam", "Ouder van Noor", "Stoppen"]
    assert await petra.press(choice, "Ouder van Sam") == "Ouder van Sam"
    menu = await petra.sees("Je praat nu als ouder van Sam.")
    await petra.press(menu, "Vraag stellen")
    await petra.sees("Typ je vraag. Anna leest mee.")
    petra.types("Mag Sam mee op schoolkamp?")
    await petra.sees("Je vraag is ontvangen.\nAnna antwoordt uiterlijk")
    alert = await fake_api.wait_for_message(ANNA_CHAT, contains="schoolkamp")
    assert "Petra (ouder van Sam)" in (alert.text or "")

    await petra.press(menu, "Wissel")
    await petra.press(await petra.sees("Over wie wil je praten?"), "Ouder van Noor")
    await petra.sees("Je praat nu als ouder van Noor.")
    petra.types("Noor heeft een nieuwe bril nodig.")
    await petra.sees("Bram antwoordt uiterlijk")
    alert = await fake_api.wait_for_message(BRAM_CHAT, contains="nieuwe bril")
    assert "Petra (ouder van Noor)" in (alert.text or "")

    (about_sam, _), (about_noor, _) = await threads(database)
    assert (about_sam.case_id, about_noor.case_id) == (world.sam.id, world.noor.id)
    assert about_sam.member_id == (await member(database, world.sam, "parent")).id
    assert about_noor.member_id == (await member(database, world.noor, "parent")).id
    assert not any("schoolkamp" in (m.text or "") for m in fake_api.sent_to(BRAM_CHAT))


async def test_free_text_from_a_parent_of_two_is_held_until_they_say_whom_it_is_about(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, petra = await parent_of_two(database, fake_api)
    petra.types("Ze is vandaag ziek.")
    question = await petra.sees("Over wie gaat dit?")
    assert labels(question) == ["Ouder van Sam", "Ouder van Noor", "Stoppen"]
    assert await threads(database) == []  # kept, not guessed

    petra.types("Ze komt morgen ook niet.")
    await petra.sees("Dit bericht heb ik ook bewaard. Over wie gaat het?")
    petra.types("het briefje van de dokter", photo=True)
    again = await petra.sees("Dit bericht heb ik ook bewaard.")
    assert await threads(database) == []

    assert await petra.press(again, "Ouder van Noor") == "Ouder van Noor"
    await petra.sees("Je vraag is ontvangen.\nBram antwoordt uiterlijk")
    await petra.sees(f"Je praat nu als ouder van Noor.\n{MENU_INTRO}")
    ((thread, messages),) = await threads(database)
    assert thread.case_id == world.noor.id
    assert [(m.body, m.media_kind) for m in messages] == [
        ("Ze is vandaag ziek.\n\nZe komt morgen ook niet.", None),
        ("het briefje van de dokter", "photo"),
    ]
    assert messages[1].media_file_id  # the photo itself, not only its label
    await fake_api.wait_for_message(BRAM_CHAT, contains="Ze komt morgen ook niet.")
    await fake_api.wait_for_message(BRAM_CHAT, contains="[foto] het briefje van de dokter")

    # Chosen once: the next text goes about Noor without a question.
    petra.types("Ze is weer beter.")
    await petra.sees("Je bericht is erbij gezet. Bram ziet het.")
    noor_parent = await member(database, world.noor, "parent")
    assert (await person_in(database)).current_member_id == noor_parent.id
    assert not any("Petra" in (m.text or "") for m in fake_api.sent_to(ANNA_CHAT))


async def test_a_parent_who_never_chooses_still_reaches_the_coach_the_menu_names(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, petra = await parent_of_two(database, fake_api)
    petra.types("Hallo?")
    await petra.sees("Over wie gaat dit?")
    petra.types("Is daar iemand?")
    await petra.sees("Dit bericht heb ik ook bewaard.")
    petra.types("Hallo???")
    await petra.sees("Dit bericht heb ik ook bewaard.")
    petra.types("Ik snap die knoppen niet.")
    await petra.sees("Je vraag is ontvangen.\nBram antwoordt")
    await petra.sees("Ik heb je berichten doorgegeven. Gaat het over iemand anders?")
    await petra.sees(f"Je praat nu als ouder van Noor.\n{MENU_INTRO}")
    ((thread, (message,)),) = await threads(database)
    assert thread.case_id == world.noor.id
    assert message.body == "Hallo?\n\nIs daar iemand?\n\nHallo???\n\nIk snap die knoppen niet."

    # Stopping instead of choosing: what was kept goes on in the same way.
    petra.types("Nog een vraag.")
    await petra.press(await petra.sees("Over wie gaat dit?"), "Stoppen")
    await petra.sees("Oké, gestopt. Wat je al typte, is naar Bram gegaan.")
    ((_, messages),) = await threads(database)
    assert messages[-1].body == "Nog een vraag."
    assert (await person_in(database)).current_member_id is None


async def test_a_young_person_who_is_also_a_parent_switches_roles(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await family(database, fake_api)
    sam = Chat(fake_api, name="Sam")
    first = await link_as(database, sam, world.sam, "youth")
    assert "Wissel" not in labels(first)

    added = await add_role(database, sam, world.noor, "parent")
    assert "Nu kun je ook praten als ouder van Noor. De coach van Noor is Bram." in (
        added.text or ""
    )
    menu = await sam.sees(MENU_INTRO)
    assert menu.text == f"Je praat nu over jezelf.\n{MENU_INTRO}"  # their own case comes first
    assert "Afspraken" in labels(menu)

    await sam.press(menu, "Wissel")
    choice = await sam.sees("Over wie wil je praten?")
    assert labels(choice) == ["Over mij", "Ouder van Noor", "Stoppen"]
    await sam.press(choice, "Ouder van Noor")
    as_parent = await sam.sees(f"Je praat nu als ouder van Noor.\n{MENU_INTRO}")
    assert "Afspraken" not in labels(as_parent)  # Noor did not allow parents to see them
    sam.types("Hoe gaat het met Noor op school?")
    await sam.sees("Bram antwoordt")

    await sam.press(as_parent, "Wissel")
    await sam.press(await sam.sees("Over wie wil je praten?"), "Over mij")
    await sam.sees(f"Je praat nu over jezelf.\n{MENU_INTRO}")
    sam.types("Ik heb een vraag over mijn stage.")
    await sam.sees("Anna antwoordt")

    (as_a_parent, _), (as_themselves, _) = await threads(database)
    assert as_a_parent.case_id == world.noor.id
    assert as_a_parent.member_id == (await member(database, world.noor, "parent")).id
    assert as_themselves.case_id == world.sam.id
    assert as_themselves.member_id == (await member(database, world.sam, "youth")).id
    await fake_api.wait_for_message(ANNA_CHAT, contains="mijn stage")


async def test_one_role_sees_no_extra_step(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    menu = await fake_api.wait_for_message(YOUTH_CHAT, contains="Wat wil je doen?")
    assert menu.text == render(None, texts.MENU_INTRO)
    assert "Wissel" not in labels(menu)
    assert len(labels(menu)) == len(MENU[Role.YOUTH])
    fake_api.inject_message(YOUTH_CHAT, "Waar moet ik maandag zijn?")
    await fake_api.wait_for_message(YOUTH_CHAT, contains="Je vraag is ontvangen")

    parent = Chat(fake_api, chat_id=7402)
    parent_menu = await link_as(database, parent, world.case, "parent")
    assert parent_menu.text == render(None, texts.MENU_INTRO)
    assert "Wissel" not in labels(parent_menu)
    parent.types("Hoe gaat het met Sam?")
    await parent.sees("Je vraag is ontvangen")
    assert not [m for m in fake_api.sent_to(7402) if "Over wie" in (m.text or "")]
    assert len(await threads(database)) == 2


async def test_a_second_invite_adds_a_role_to_the_same_person(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await family(database, fake_api)
    petra = Chat(fake_api)
    await link_as(database, petra, world.sam, "parent")
    before = await person_in(database)

    added = await add_role(database, petra, world.noor, "parent")
    assert added.text == (
        "Je bent al aangemeld.\n"
        "Nu kun je ook praten als ouder van Noor. De coach van Noor is Bram.\n"
        "Met de knop Wissel kies je over wie het gaat."
    )
    menu = await petra.sees(MENU_INTRO)
    assert "Wissel" in labels(menu)
    # Consent was given to this very text: not asked again, nor the language.
    asked = [m.text for m in fake_api.sent_to(petra.chat_id) if "Is dat goed?" in (m.text or "")]
    assert len(asked) == 1

    after = await person_in(database)
    assert (after.id, after.consent_at, after.consent_version) == (
        before.id,
        before.consent_at,
        CONSENT_VERSION,
    )
    async with database.transaction() as session:
        roles = (await session.exec(select(CaseMember).where(CaseMember.role == "parent"))).all()
        assert {(m.case_id, m.person_id) for m in roles} == {
            (world.sam.id, before.id),
            (world.noor.id, before.id),
        }
        # The placeholder the invite was made for is gone: one person, two roles.
        people = (await session.exec(select(Person).where(Person.first_name == "Petra"))).all()
        assert len(people) == 1


async def test_a_second_invite_asks_consent_again_only_when_its_text_changed(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await family(database, fake_api)
    petra = Chat(fake_api)
    await link_as(database, petra, world.sam, "parent")
    async with database.transaction() as session:
        person = (await session.exec(select(Person).where(Person.first_name == "Petra"))).one()
        person.consent_version = "2020-01-v0"

    code = (await builders.invite(database, world.noor, role="parent")).code
    petra.types(f"/start {code}")
    consent = await petra.sees("Is dat goed?")
    petra.types("Krijgt Noor ook een coach?")  # kept until the answer, like the first time
    await petra.sees("Eerst nog één vraag.")
    await petra.press(consent, "Ja, dat is goed")
    await petra.sees("Dank je!")
    await petra.sees("Over wie gaat dit?")  # what she typed waited; now: about whom?
    assert (await person_in(database)).consent_version == CONSENT_VERSION


async def test_a_stale_switch_button_gets_a_kind_answer(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, petra = await parent_of_two(database, fake_api)
    petra.types("menu")
    menu = await petra.sees(MENU_INTRO)
    await petra.press(menu, "Wissel")
    choice = await petra.sees("Over wie wil je praten?")
    await petra.press(choice, "Ouder van Noor")
    await petra.sees("Je praat nu als ouder van Noor.")
    assert await petra.press(choice, "Ouder van Sam") == STALE  # the choice was made already

    await petra.press(menu, "Wissel")
    choice = await petra.sees("Over wie wil je praten?")
    await close_case(database, world.noor)
    assert await petra.press(choice, "Ouder van Noor") == "Dat kan niet meer."
    await petra.sees("Over die persoon kun je hier niet meer praten.")
    # One role left: its menu, with nothing to switch, and Noor's choice no longer counts.
    left = await petra.sees(MENU_INTRO)
    assert left.text == MENU_INTRO and "Wissel" not in labels(left)
    assert await petra.press(choice, "Ouder van Sam") == STALE
    assert await petra.press(menu, "Wissel") == "Dat kan niet meer."

    petra.types("Is Sam vandaag op school geweest?")
    await petra.sees("Anna antwoordt")
    ((thread, _),) = await threads(database)
    assert thread.case_id == world.sam.id


async def test_the_employer_role_counts_once_with_two_young_people_placed(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await family(database, fake_api)
    piet = Chat(fake_api, name="Piet")
    await link_as(database, piet, world.sam, "employer")
    second = await add_role(database, piet, world.noor, "employer")
    assert second.text == "Je bent al aangemeld. Typ je vraag hier. Bram leest mee."
    piet.types("menu")
    menu = await piet.sees(MENU_INTRO)
    assert menu.text == MENU_INTRO and "Wissel" not in labels(menu)
    piet.types("Hoe laat begint de cursus?")
    await piet.sees("Je vraag is ontvangen")  # straight on: one role, however many placed

    daan = await builders.add_case(database, world.anna, first_name="Daan")
    added = await add_role(database, piet, daan, "parent")
    assert "Nu kun je ook praten als ouder van Daan." in (added.text or "")
    menu = await piet.sees(MENU_INTRO)
    await piet.press(menu, "Wissel")
    choice = await piet.sees("Over wie wil je praten?")
    assert labels(choice) == ["Ouder van Daan", "Als werkgever", "Stoppen"]
    await piet.press(choice, "Als werkgever")
    as_employer = await piet.sees(f"Je praat nu als werkgever.\n{MENU_INTRO}")
    await piet.press(as_employer, "Melding doen")
    which = await piet.sees("Over wie gaat het?")
    assert {"Sam", "Noor"} <= set(labels(which))
