"""Referrals that close the loop: the coach sends a young person somewhere, Koers asks afterwards
whether they went, and the referral keeps its status until someone acts on it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import select

from bot.app import TelegramService
from core.actions.referrals import (
    do_add_referral,
    do_set_referral_status,
    needs_action,
)
from core.clock import AMSTERDAM, utcnow
from core.config import Settings
from core.db import Database
from core.errors import InvalidInput
from core.journey_models import Referral
from core.models import Appointment, Case
from core.timeline import case_timeline
from tests import builders
from tests.bot.test_checkin import Chat, start
from tests.builders import World
from tests.fakes.chat import labels
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import YOUTH_CHAT, coach_alert, linked_world


def next_week_at_ten() -> datetime:
    return (
        (utcnow() + timedelta(days=7))
        .astimezone(AMSTERDAM)
        .replace(hour=10, minute=0, second=0, microsecond=0, tzinfo=None)
    )


async def referral_made(database: Database, world: World) -> Referral:
    async with database.transaction() as session:
        return await do_add_referral(
            session,
            coach=world.coach,
            case_id=world.case.id or 0,
            service="Intake schuldhulp",
            organisation="Geldwijzer",
            contact="Fatima, 010-1234567",
            first_local=next_week_at_ten(),
        )


async def first_appointment_passed(database: Database, referral: Referral) -> None:
    """A week later: the first appointment there ended an hour ago."""
    async with database.transaction() as session:
        appointment = await session.get(Appointment, referral.appointment_id)
        found = await session.get(Referral, referral.id)
        assert appointment is not None and found is not None
        appointment.starts_at = found.first_appointment_at = utcnow() - timedelta(hours=2)


async def the_referral(database: Database, referral_id: int | None) -> Referral:
    async with database.transaction() as session:
        found = await session.get(Referral, referral_id)
        assert found is not None
        return found


async def timeline_lines(database: Database, world: World) -> list[str]:
    async with database.transaction() as session:
        case = await session.get(Case, world.case.id)
        assert case is not None
        page = await case_timeline(session, case, group="referrals")
        return [entry.summary("nl") for entry in page.entries]


async def test_a_young_person_says_they_went_and_the_referral_is_done(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world = await linked_world(database, fake_api)
    sam = Chat(fake_api, seen=len(fake_api.sent_to(YOUTH_CHAT)))
    referral = await referral_made(database, world)
    told = await sam.sees("Intake schuldhulp")
    assert "Geldwijzer" in (told.text or "")  # the first appointment, told like any other
    assert needs_action(await the_referral(database, referral.id), utcnow()) is False

    await first_appointment_passed(database, referral)
    assert await start(database, settings, appointment_id=referral.appointment_id)
    question = await sam.sees("Ben je geweest?")
    assert labels(question) == ["Ja", "Nee", "Verzet", "Stoppen"]
    await sam.press(question, "Ja")
    await sam.sees("Hoe ging het?")

    done = await the_referral(database, referral.id)
    assert (done.status, done.youth_said) == ("went", "yes")
    assert not needs_action(done, utcnow())
    assert await timeline_lines(database, world) == [
        "Sam zegt: geweest bij Geldwijzer",
        "Verwezen naar Geldwijzer: Intake schuldhulp",
    ]


async def test_a_young_person_who_did_not_go_leaves_an_item_for_the_coach(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService, settings: Settings
) -> None:
    world = await linked_world(database, fake_api)
    sam = Chat(fake_api, seen=len(fake_api.sent_to(YOUTH_CHAT)))
    referral = await referral_made(database, world)
    await first_appointment_passed(database, referral)
    assert await start(database, settings, appointment_id=referral.appointment_id)
    await sam.press(await sam.sees("Ben je geweest?"), "Nee")
    await sam.press(await sam.sees("Wil je vertellen wat er gebeurde?"), "Nee, niets")
    await sam.press(await sam.sees("Heb je al een nieuwe afspraak?"), "Nee")
    await coach_alert(database, fake_api, "is niet naar de afspraak geweest")

    open_item = await the_referral(database, referral.id)
    assert (open_item.status, open_item.youth_said) == ("pending", "no")
    assert needs_action(open_item, utcnow())

    async with database.transaction() as session:
        with pytest.raises(InvalidInput, match="reason"):
            await do_set_referral_status(
                session, actor=world.coach, referral_id=referral.id or 0, status="not_helped"
            )
        await do_set_referral_status(
            session,
            actor=world.coach,
            referral_id=referral.id or 0,
            status="not_helped",
            reason="no_capacity",
        )
    closed = await the_referral(database, referral.id)
    assert (closed.status, closed.reason) == ("not_helped", "no_capacity")
    assert not needs_action(closed, utcnow())
    assert (await timeline_lines(database, world))[:2] == [
        "Verwijzing naar Geldwijzer: Kon geen hulp krijgen (geen plek)",
        "Sam zegt: niet geweest bij Geldwijzer",
    ]


async def test_a_referral_without_an_outcome_after_its_date_needs_the_coach(
    database: Database,
) -> None:
    world = await builders.coach_with_case(database)
    referral = await referral_made(database, world)
    assert referral.first_appointment_at is not None
    assert not needs_action(referral, referral.first_appointment_at - timedelta(minutes=1))
    assert needs_action(referral, referral.first_appointment_at + timedelta(minutes=1))
    async with database.transaction() as session:
        with pytest.raises(InvalidInput, match="organisation"):
            await do_add_referral(
                session,
                coach=world.coach,
                case_id=world.case.id or 0,
                service="Jobcoach",
                organisation="   ",
            )
        no_date = await do_add_referral(
            session,
            coach=world.coach,
            case_id=world.case.id or 0,
            service="Jobcoach",
            organisation="Werkpunt",
        )
        await do_set_referral_status(
            session, actor=world.coach, referral_id=no_date.id or 0, status="no_longer_wanted"
        )
        listed = (await session.exec(select(Referral))).all()
        assert sorted((r.organisation, r.status) for r in listed) == [
            ("Geldwijzer", "pending"),
            ("Werkpunt", "no_longer_wanted"),
        ]
