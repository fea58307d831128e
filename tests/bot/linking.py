"""Test steps shared by bot tests: link a coach and a young person through the real dialogue."""

from __future__ import annotations

from core.db import Database
from tests import builders
from tests.builders import World
from tests.fakes.fake_bot_api import FakeBotApi

COACH_CHAT = 9001
YOUTH_CHAT = 7001


async def link_coach(database: Database, api: FakeBotApi, world: World) -> None:
    code = (await builders.coach_invite(database, world.coach)).code
    api.inject_message(COACH_CHAT, f"/start {code}", first_name="Anna")
    await api.wait_for_message(COACH_CHAT, contains="Gelukt")


async def link_youth(
    database: Database, api: FakeBotApi, world: World, *, chat_id: int = YOUTH_CHAT
) -> None:
    """/start with a code, Dutch, consent given: ready to ask questions."""
    code = (await builders.invite(database, world.case, role="youth")).code
    api.inject_message(chat_id, f"/start {code}", first_name="Sam")
    language = await api.wait_for_message(chat_id, contains="welke taal")
    api.inject_callback(chat_id, "v1:lang:nl", message_id=language.message_id or 0)
    consent = await api.wait_for_message(chat_id, contains="Is dat goed?")
    api.inject_callback(chat_id, "v1:consent:yes", message_id=consent.message_id or 0)
    await api.wait_for_message(chat_id, contains="Dank je!")


async def linked_world(database: Database, api: FakeBotApi) -> World:
    world = await builders.coach_with_case(database)
    await link_coach(database, api, world)
    await link_youth(database, api, world)
    return world
