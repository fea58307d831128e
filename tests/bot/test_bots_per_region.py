"""A bot per region: a region's cases, people and coaches talk through the region's own bot,
end to end through the real python-telegram-bot Application and one fake Bot API root that
serves both bots' tokens (as api.telegram.org does)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import col, select

from bot.app import TelegramService
from core.access import OPERATOR
from core.actions.network import do_add_organisation, do_add_region, do_add_team
from core.actions.organisation import do_add_case, do_add_coach
from core.bots import DEFAULT_BOT
from core.config import Settings
from core.db import Database
from core.models import Case, Coach, InboundUpdate, IntakeRequest, OutboxMessage, Person
from tests import builders
from tests.builders import World
from tests.conftest import BOT_TOKEN
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import link_coach, link_youth
from tests.fakes.several_bots import SeveralBots

REGION = "utrecht"
REGION_TOKEN = "2001:UTRECHT-TEST-TOKEN"
COACH_CHAT, YOUTH_CHAT, STRANGER_CHAT = 9301, 7301, 6301


@pytest.fixture
async def api() -> AsyncIterator[SeveralBots]:
    async with SeveralBots({DEFAULT_BOT: BOT_TOKEN, REGION: REGION_TOKEN}) as api:
        yield api


@pytest.fixture
async def koers(
    database_url: str, database: Database, api: SeveralBots, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[dict[str, TelegramService]]:
    """`koers run` with the default bot and the Utrecht region's bot (its token from the
    environment, as an operator gives it)."""
    monkeypatch.setenv(f"KOERS_BOT_{REGION.upper()}_TOKEN", REGION_TOKEN)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        telegram_token=BOT_TOKEN,
        telegram_api_url=api.root,
        demo=False,
        send_interval_per_chat_seconds=0.0,
    )
    services = {DEFAULT_BOT: TelegramService(settings, database, polling=True)}
    for key, secrets in settings.region_bots().items():
        services[key] = TelegramService(settings, database, polling=True, bot=secrets)
    for service in services.values():
        service.poller.long_poll_seconds = 1
        await service.start()
    yield services
    for service in services.values():
        await service.stop()


async def utrecht_world(database: Database) -> World:
    """A team in the Utrecht region, which has its own bot; its coach and a young person."""
    async with database.transaction() as session:
        region = await do_add_region(session, name="Utrecht", bot=REGION, actor=OPERATOR)
        school = await do_add_organisation(session, name="ROC Utrecht", region=region)
        team = await do_add_team(session, name="Team Utrecht", organisation=school)
        coach = await do_add_coach(
            session,
            name="Ugo",
            email="ugo@koers.test",
            password=builders.PASSWORD,
            team_id=team.id,
        )
        case = await do_add_case(session, coach=coach, first_name="Noor", actor=coach)
    return World(coach=coach, case=case)


async def link_through(
    database: Database, bot: FakeBotApi, world: World, *, youth_chat: int, coach_chat: int
) -> None:
    await link_coach(database, bot, world, chat_id=coach_chat)
    await link_youth(database, bot, world, chat_id=youth_chat)


async def test_a_regions_invite_links_open_the_regions_own_bot(
    database: Database, api: SeveralBots, koers: dict[str, TelegramService]
) -> None:
    elsewhere = await builders.coach_with_case(database)  # the first team, default region
    world = await utrecht_world(database)

    regional = await builders.invite(database, world.case, role="youth")
    default = await builders.invite(database, elsewhere.case, role="youth")
    coach_link = await builders.coach_invite(database, world.coach)

    assert regional.link.startswith("https://t.me/koers_utrecht_bot?start=")
    assert coach_link.link.startswith("https://t.me/koers_utrecht_bot?start=")
    assert default.link.startswith("https://t.me/koers_test_bot?start=")


async def test_a_young_person_and_coach_in_a_region_talk_only_through_its_bot(
    database: Database, api: SeveralBots, koers: dict[str, TelegramService]
) -> None:
    world = await utrecht_world(database)
    utrecht = api[REGION]
    await link_through(database, utrecht, world, youth_chat=YOUTH_CHAT, coach_chat=COACH_CHAT)

    utrecht.inject_message(YOUTH_CHAT, "Hoe laat is mijn gesprek morgen?")
    await utrecht.wait_for_message(YOUTH_CHAT, contains="coach")
    alert = await utrecht.wait_for_message(COACH_CHAT, contains="Hoe laat is mijn gesprek")

    assert alert.text
    assert api[DEFAULT_BOT].sent == []  # nothing went through the default bot
    async with database.transaction() as session:
        person = (await session.exec(select(Person).where(Person.first_name == "Noor"))).one()
        coach = await session.get(Coach, world.coach.id)
        bots_used = set((await session.exec(select(OutboxMessage.bot))).all())
    assert person.telegram_bot == REGION
    assert coach is not None and coach.telegram_bot == REGION
    assert bots_used == {REGION}


async def test_both_bots_at_once_with_the_same_update_numbers_lose_nothing(
    database: Database, api: SeveralBots, koers: dict[str, TelegramService]
) -> None:
    """Both fake bots number their updates from 1000, as two real bots may: each bot's
    update 1000 is its own, handled once, answered through its own bot."""
    default = await builders.coach_with_case(database)
    regional = await utrecht_world(database)
    await link_through(
        database, api[REGION], regional, youth_chat=YOUTH_CHAT, coach_chat=COACH_CHAT
    )
    await link_through(
        database, api[DEFAULT_BOT], default, youth_chat=YOUTH_CHAT + 1, coach_chat=COACH_CHAT + 1
    )

    async with database.transaction() as session:
        stored = (await session.exec(select(InboundUpdate.bot, InboundUpdate.update_id))).all()
    numbers = {bot: sorted(n for b, n in stored if b == bot) for bot in (DEFAULT_BOT, REGION)}
    assert numbers[DEFAULT_BOT] == numbers[REGION]  # the same numbers, kept apart
    assert len(stored) == 2 * len(numbers[REGION])
    assert all(m.chat_id != YOUTH_CHAT + 1 for m in api[REGION].sent)
    assert all(m.chat_id != YOUTH_CHAT for m in api[DEFAULT_BOT].sent)


async def test_a_stranger_who_writes_a_regions_bot_is_heard_by_that_regions_team(
    database: Database, api: SeveralBots, koers: dict[str, TelegramService]
) -> None:
    await builders.coach_with_case(database)  # the first team, in the default region
    world = await utrecht_world(database)

    api[REGION].inject_message(STRANGER_CHAT, "Hallo, ik zoek hulp bij werk", first_name="Ravi")
    reply = await api[REGION].wait_for_message(STRANGER_CHAT)

    assert reply.text
    async with database.transaction() as session:
        intake = (
            await session.exec(select(IntakeRequest).where(col(IntakeRequest.first_name) == "Ravi"))
        ).one()
        case = await session.get(Case, world.case.id)
    assert case is not None and intake.team_id == case.team_id
    assert intake.bot == REGION
    assert api[DEFAULT_BOT].sent_to(STRANGER_CHAT) == []


async def test_a_regions_bot_and_the_default_bot_each_have_their_own_loops(
    koers: dict[str, TelegramService],
) -> None:
    report = koers[DEFAULT_BOT].supervisor.report()
    # Each service reports its own loops; together they are what /healthz shows.
    names = set(report) | set(koers[REGION].supervisor.report())
    assert {"inbox", "sender", "poller"} <= names
    assert {f"inbox:{REGION}", f"sender:{REGION}", f"poller:{REGION}"} <= names
