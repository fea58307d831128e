"""A warm handover through Telegram: the coach proposes handing Sam's case to the municipality's
team; Sam chooses part by part what may go; the receiving team takes him on; Sam hears his new
coach's name, his next question reaches the new coach, and the old coach may read along for
the days Sam agreed to."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import col, select

from bot.app import TelegramService
from core.actions.handover import HandoverFile, do_propose_handover
from core.actions.handover_receive import do_accept_handover, shared_parts
from core.actions.network import do_add_organisation, do_add_team
from core.actions.organisation import do_add_coach
from core.actions.portal_case_file import do_read_as_former_coach
from core.clock import utcnow
from core.db import Database
from core.mail import WebReach
from core.models import AuditEntry, Case, CaseMember, Coach, Thread
from core.network_models import Handover, HandoverStatus, OrganisationKind
from core.timeline import case_timeline
from tests import builders
from tests.builders import World
from tests.fakes.chat import ChatWindow, labels
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT, YOUTH_CHAT, linked_world

CARLA_CHAT = 9101
BRAM_CHAT = 9102
REACH = WebReach("http://127.0.0.1:8080")


async def the_municipality(database: Database) -> tuple[Coach, Coach]:
    """The municipality's youth team: Carla coordinates, Bram coaches; both in Telegram."""
    async with database.transaction() as session:
        municipality = await do_add_organisation(
            session, name="Gemeente Utrecht", kind=OrganisationKind.MUNICIPALITY
        )
        team = await do_add_team(session, name="Jongerenloket", organisation=municipality)
        carla = await do_add_coach(
            session,
            name="Carla",
            email="carla@utrecht.test",
            password=builders.PASSWORD,
            team_id=team.id,
            is_coordinator=True,
        )
        bram = await do_add_coach(
            session,
            name="Bram",
            email="bram@utrecht.test",
            password=builders.PASSWORD,
            team_id=team.id,
        )
        carla.telegram_chat_id, bram.telegram_chat_id = CARLA_CHAT, BRAM_CHAT
        return carla, bram


async def propose(database: Database, world: World, to_team_id: int, read_days: int = 30) -> int:
    async with database.transaction() as session:
        proposed = await do_propose_handover(
            session,
            actor=world.coach,
            case_id=world.case.id or 0,
            to_team_id=to_team_id,
            file=HandoverFile(
                story="Sam zit in zijn laatste jaar op de praktijkschool.",
                what_works="Korte berichten, 's ochtends.",
                watch_out="Schulden bij de telefoonaanbieder.",
            ),
            reach=REACH,
            read_days=read_days,
        )
        assert proposed.asked
        return proposed.handover.id or 0


async def test_sam_chooses_what_goes_and_the_municipality_takes_him_on(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    carla, bram = await the_municipality(database)
    handover_id = await propose(database, world, bram.team_id)
    sam = ChatWindow(fake_api, YOUTH_CHAT)

    asked = await sam.sees("Anna wil je dossier doorgeven aan Jongerenloket (Gemeente Utrecht)")
    assert labels(asked) == ["Alles mag mee", "Ik kies zelf", "Nee, liever niet", "Stoppen"]
    assert "• Je afspraken" in (asked.text or "")
    # A question instead of a button reaches Anna; the question about the handover stays.
    sam.types("Wat is het Jongerenloket?")
    await sam.sees("Ik geef het door aan Anna.")
    again = await sam.sees("Wat mag mee?")
    await fake_api.wait_for_message(COACH_CHAT, contains="Wat is het Jongerenloket?")

    await sam.press(again, "Ik kies zelf")
    for part, answer in (
        ("Je verhaal tot nu toe", "Ja"),
        ("Wat goed werkt voor jou", "Ja"),
        ("Waar ze op moeten letten", "Nee"),
        ("Je afspraken", "Ja"),
        ("Wie er om je heen staan", "Nee"),
    ):
        question = await sam.sees(f"Mag dit mee: {part}")
        await sam.press(question, answer)
    await sam.press(await sam.sees("Mag Anna nog 30 dagen meelezen"), "Ja")
    await sam.sees("Dank je. Jongerenloket kijkt of ze je kunnen helpen.")

    told = await fake_api.wait_for_message(COACH_CHAT, contains="akkoord met de overdracht")
    assert "het verhaal tot nu toe, wat werkt, afspraken" in (told.text or "")
    await fake_api.wait_for_message(CARLA_CHAT, contains="warme overdracht voor jullie team")

    async with database.transaction() as session:
        handover = await session.get(Handover, handover_id)
        assert handover is not None and handover.status == HandoverStatus.CONSENTED
        assert shared_parts(handover) == ["story", "what_works", "appointments"]
        assert handover.old_coach_may_read and handover.consent_via == "telegram"
        new_case = await do_accept_handover(
            session, actor=carla, handover_id=handover_id, coach_id=bram.id
        )
        new_case_id = new_case.id or 0

    await sam.sees("Je nieuwe coach is Bram van Jongerenloket.")
    await fake_api.wait_for_message(BRAM_CHAT, contains="Je bent nu de coach van Sam")
    await fake_api.wait_for_message(
        COACH_CHAT, contains="Jongerenloket heeft de overdracht van Sam"
    )
    sam.types("Hoi Bram, wanneer zien we elkaar?")
    await fake_api.wait_for_message(BRAM_CHAT, contains="wanneer zien we elkaar")

    async with database.transaction() as session:
        old = await session.get(Case, world.case.id)
        new = await session.get(Case, new_case_id)
        assert old is not None and new is not None
        assert (old.status, old.stage) == ("closed", "closed")
        assert (new.team_id, new.coach_id, new.first_name) == (bram.team_id, bram.id, "Sam")
        youth = (await session.exec(select(CaseMember).where(CaseMember.role == "youth"))).one()
        assert youth.case_id == new_case_id
        asked_bram = (await session.exec(select(Thread).where(Thread.case_id == new_case_id))).one()
        assert asked_bram.status == "open"
        old_lines = [e.summary("nl") for e in (await case_timeline(session, old)).entries]
        new_lines = [e.summary("nl") for e in (await case_timeline(session, new)).entries]
        assert "Overgedragen aan Jongerenloket" in old_lines
        assert "Warme overdracht naar Jongerenloket voorgesteld" in old_lines
        assert "Overgenomen van Team Koers" in new_lines
        actions = (await session.exec(select(AuditEntry.action).order_by(col(AuditEntry.id)))).all()
        for step in ("proposed", "consented", "accepted", "received"):
            assert f"handover_{step}" in actions
        # Anna may read along (Sam said yes) for 30 days, and not after.
        anna = await session.get(Coach, world.coach.id)
        assert anna is not None
        view = await do_read_as_former_coach(session, coach=anna, case_id=new_case_id)
        assert view is not None and view.coach is not None and view.coach.name == "Bram"
        handover = await session.get(Handover, handover_id)
        assert handover is not None and handover.decided_at is not None
        handover.decided_at = utcnow() - timedelta(days=31)
        assert await do_read_as_former_coach(session, coach=anna, case_id=new_case_id) is None


async def test_sam_says_no_and_nothing_goes(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    world = await linked_world(database, fake_api)
    _, bram = await the_municipality(database)
    handover_id = await propose(database, world, bram.team_id, read_days=0)
    sam = ChatWindow(fake_api, YOUTH_CHAT)
    await sam.press(await sam.sees("Wat mag mee?"), "Nee, liever niet")
    await sam.sees("Goed, er gaat niets mee. Anna blijft je coach")
    await fake_api.wait_for_message(
        COACH_CHAT, contains="wil de overdracht naar Jongerenloket niet"
    )
    async with database.transaction() as session:
        handover = await session.get(Handover, handover_id)
        assert handover is not None and handover.status == HandoverStatus.REFUSED
        assert handover.parts == []
        case = await session.get(Case, world.case.id)
        assert case is not None and case.status == "active"
