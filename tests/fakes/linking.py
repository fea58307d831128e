"""Test steps shared by bot and portal tests: link a coach and a young person through the real
dialogue, and find a coach's alert."""

from __future__ import annotations

from core.actions.questions import thread_of_alert
from core.db import Database
from tests import builders
from tests.builders import World
from tests.fakes.fake_bot_api import FakeBotApi, SentMessage
from tests.fakes.settle import settled

COACH_CHAT = 9001
YOUTH_CHAT = 7001


async def link_coach(
    database: Database, api: FakeBotApi, world: World, *, chat_id: int = COACH_CHAT
) -> None:
    code = (await builders.coach_invite(database, world.coach)).code
    api.inject_message(chat_id, f"/start {code}", first_name="Anna")
    await api.wait_for_message(chat_id, contains="Gelukt")


async def link_youth(
    database: Database, api: FakeBotApi, world: World, *, chat_id: int = YOUTH_CHAT
) -> str:
    """/start with a code, Dutch, consent given: ready to ask questions. Returns the code."""
    code = (await builders.invite(database, world.case, role="youth")).code
    api.inject_message(chat_id, f"/start {code}", first_name="Sam")
    language = await api.wait_for_message(chat_id, contains="welke taal")
    api.inject_callback(chat_id, "v1:lang:nl", message_id=language.message_id or 0)
    consent = await api.wait_for_message(chat_id, contains="Is dat goed?")
    api.inject_callback(chat_id, "v1:consent:yes", message_id=consent.message_id or 0)
    await api.wait_for_message(chat_id, contains="Dank je!")
    return code


async def linked_world(database: Database, api: FakeBotApi) -> World:
    world = await builders.coach_with_case(database)
    await link_coach(database, api, world)
    await link_youth(database, api, world)
    return world


async def coach_alert(
    database: Database, api: FakeBotApi, contains: str, chat_id: int = COACH_CHAT
) -> SentMessage:
    """The coach's alert, once Koers has recorded its Telegram id (so a reply can find it).

    A person needs seconds to read and reply; a test replies within milliseconds, possibly
    before the sender has written down which Telegram message the alert became: so wait until
    Koers settled (the sender records the id as it marks the message sent).
    """
    alert = await api.wait_for_message(chat_id, contains=contains)
    await settled(database)
    async with database.transaction() as session:
        recorded = await thread_of_alert(session, chat_id=chat_id, message_id=alert.message_id or 0)
    assert recorded is not None, f"alert {alert.message_id} was never recorded as sent"
    return alert
