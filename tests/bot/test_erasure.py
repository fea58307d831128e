"""Erasure leaves nothing: after a case is erased, no table holds its people's names, Telegram
ids or usernames, or anything they wrote — raw updates, outbox and intake requests included."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import select

from bot.app import TelegramService
from core.access import OPERATOR
from core.actions.case_edit import CaseDetails, do_edit_case
from core.actions.erasure import do_erase_case, do_erase_member
from core.actions.journey import do_set_stage
from core.actions.mail_notices import tell_answer_by_mail
from core.actions.referrals import do_add_referral
from core.db import Database
from core.mail import WebReach
from core.models import Person
from core.people import membership
from tests import builders
from tests.bot.test_unreadable_updates import message_without_date
from tests.builders import World
from tests.databases import dump_database
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, coach_alert, link_coach
from tests.portal.conftest import ask, person_id_of

YOUTH = 739_182_734
NAME, USERNAME = "Zephyrine", "zephy_rine_77"
PARENT_MAIL = "quirijntje@example.test"
THEIRS = (
    NAME,
    USERNAME,
    str(YOUTH),
    "paarse olifant",
    "olifantensoep",
    "Quirijntje",
    PARENT_MAIL,
    "Olifantenhulp",
    "Slurfschool",
)


async def name_person(database: Database, member_id: int, name: str) -> None:
    person_id = await person_id_of(database, member_id)
    async with database.transaction() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        person.first_name = name


async def a_case_that_left_traces_everywhere(
    database: Database, fake_api: FakeBotApi
) -> tuple[World, World]:
    coach = await builders.add_coach(database)
    world = World(coach, await builders.add_case(database, coach, first_name=NAME))
    other = World(coach, await builders.add_case(database, coach, first_name="Bartholomeus"))
    await link_coach(database, fake_api, world)
    me = {"first_name": NAME, "username": USERNAME}
    # Before they had a code: an intake request from their chat.
    fake_api.inject_message(YOUTH, "Ik zoek hulp met mijn paarse olifant", **me)
    await fake_api.wait_for_message(YOUTH, contains="nog niet aangemeld")
    code = (await builders.invite(database, world.case)).code
    fake_api.inject_message(YOUTH, f"/start {code}", **me)
    language = await fake_api.wait_for_message(YOUTH, contains="welke taal")
    fake_api.inject_callback(
        YOUTH, "v1:lang:nl", message_id=language.message_id or 0, first_name=NAME
    )
    consent = await fake_api.wait_for_message(YOUTH, contains="Is dat goed?")
    fake_api.inject_callback(
        YOUTH, "v1:consent:yes", message_id=consent.message_id or 0, first_name=NAME
    )
    await fake_api.wait_for_message(YOUTH, contains="Dank je!")
    # A question, the coach's answer by replying in Telegram, an update Koers cannot read.
    fake_api.inject_message(YOUTH, "Mijn paarse olifant is ziek", **me)
    alert = await coach_alert(database, fake_api, "paarse olifant")
    fake_api.inject_message(
        COACH_CHAT, "Sterkte met je paarse olifant", reply_to_message_id=alert.message_id
    )
    await fake_api.wait_for_message(YOUTH, contains="Sterkte met je paarse olifant")
    fake_api.inject_update(message_without_date(YOUTH, "olifantensoep"))
    await fake_api.wait_for_message(COACH_CHAT, contains="olifantensoep")
    # A parent on the web, and another case that must stay whole.
    parent = await builders.invite(database, world.case, role="parent", email=PARENT_MAIL)
    await name_person(database, parent.member_id or 0, "Quirijntje")
    await ask(database, parent.member_id or 0, "Hoe gaat het met de paarse olifant?")
    async with database.transaction() as session:
        who = await membership(session, parent.member_id or 0)
        assert who is not None
        # Their coach answered on the web: a note to their address waits in the mail outbox.
        assert await tell_answer_by_mail(session, who, WebReach("http://k.test", mail=True))
    # A referral, a school and a journey: the case file's own data.
    async with database.transaction() as session:
        await do_add_referral(
            session,
            coach=world.coach,
            case_id=world.case.id or 0,
            service="Schuldhulp",
            organisation="Olifantenhulp",
            contact="Trijntje 06-12345678",
        )
        await do_edit_case(
            session,
            case_id=world.case.id or 0,
            actor=world.coach,
            details=replace(CaseDetails.of(world.case), school="Slurfschool"),
        )
        await do_set_stage(
            session, case_id=world.case.id or 0, stage="first_weeks", actor=world.coach
        )
    other_youth = await builders.invite(database, other.case)
    await ask(database, other_youth.member_id or 0, "Ik heb een groene giraffe gezien")
    return world, other


async def test_erasing_a_case_leaves_nothing_of_its_people_in_any_table(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world, _ = await a_case_that_left_traces_everywhere(database, fake_api)
    before = await dump_database(database)
    assert all(trace in before for trace in THEIRS)

    async with database.transaction() as session:
        assert (
            await do_erase_case(session, case_id=world.case.id or 0, actor=OPERATOR)
            == world.case.id
        )

    after = await dump_database(database)
    left = [trace for trace in THEIRS if trace in after]
    assert left == [], "\n".join(
        line for line in after.splitlines() if any(t in line for t in left)
    )
    assert "groene giraffe" in after and "Bartholomeus" in after
    assert "case_erased" in after  # the one anonymous audit entry


async def test_erasing_a_parent_who_leaves_keeps_the_young_persons_case(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = World(
        coach := await builders.add_coach(database),
        await builders.add_case(database, coach, first_name="Noor"),
    )
    youth = await builders.invite(database, world.case)
    await ask(database, youth.member_id or 0, "Mijn stage begint maandag")
    parent = await builders.invite(database, world.case, role="parent")
    await name_person(database, parent.member_id or 0, "Quirijntje")
    await ask(database, parent.member_id or 0, "Quirijntje vraagt naar de paarse olifant")

    async with database.transaction() as session:
        await do_erase_member(session, member_id=parent.member_id or 0, actor=coach)
        people = (await session.exec(select(Person.first_name))).all()

    after = await dump_database(database)
    assert "Quirijntje" not in after and "paarse olifant" not in after
    assert "Mijn stage begint maandag" in after and "Noor" in after
    assert "Quirijntje" not in people
