"""Test steps for people in several roles: two coaches with a case each, invites used in turn."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from core.db import Database
from core.models import Case, CaseMember, Coach, Person, Thread, ThreadMessage
from tests import builders
from tests.fakes.chat import ChatWindow
from tests.fakes.fake_bot_api import FakeBotApi, SentMessage
from tests.fakes.linking import link_coach

ANNA_CHAT = 9001  # the coach of Sam (tests.fakes.linking.COACH_CHAT)
BRAM_CHAT = 9002  # the coach of Noor
PERSON_CHAT = 7401
STALE = "Deze knop werkt niet meer."


@dataclass
class Family:
    """Sam's case with coach Anna, Noor's case with coach Bram; both coaches linked."""

    anna: Coach
    bram: Coach
    sam: Case
    noor: Case


@dataclass
class Chat(ChatWindow):
    """A person's chat in these tests: Petra's by default; old buttons may be pressed."""

    chat_id: int = PERSON_CHAT
    name: str = "Petra"
    check_buttons: bool = False


async def family(database: Database, api: FakeBotApi) -> Family:
    world = await builders.coach_with_case(database)
    await link_coach(database, api, world)
    bram = await builders.add_coach(database, name="Bram", email="bram@koers.test")
    code = (await builders.coach_invite(database, bram)).code
    api.inject_message(BRAM_CHAT, f"/start {code}", first_name="Bram")
    await api.wait_for_message(BRAM_CHAT, contains="Gelukt")
    noor = await builders.add_case(database, bram, first_name="Noor")
    return Family(anna=world.coach, bram=bram, sam=world.case, noor=noor)


async def link_as(database: Database, chat: Chat, case: Case, role: str) -> SentMessage:
    """The first invite: /start with a code, Dutch, consent. Returns the first menu."""
    code = (await builders.invite(database, case, role=role)).code
    chat.types(f"/start {code}")
    await chat.press(await chat.sees("welke taal"), "Nederlands")
    await chat.press(await chat.sees("Is dat goed?"), "Ja, dat is goed")
    await chat.sees("Dank je!")
    return await chat.sees("Wat wil je doen?")


async def add_role(database: Database, chat: Chat, case: Case, role: str) -> SentMessage:
    """Another invite used by the same, linked person. Returns Koers's first answer."""
    code = (await builders.invite(database, case, role=role)).code
    chat.types(f"/start {code}")
    return await chat.sees("Je bent al aangemeld")


async def parent_of_two(database: Database, api: FakeBotApi) -> tuple[Family, Chat]:
    """Petra, linked as the parent of Sam and then of Noor; she has not chosen yet."""
    world = await family(database, api)
    petra = Chat(api)
    await link_as(database, petra, world.sam, "parent")
    await add_role(database, petra, world.noor, "parent")
    await petra.sees("Wat wil je doen?")
    return world, petra


async def member(database: Database, case: Case, role: str) -> CaseMember:
    async with database.transaction() as session:
        query = select(CaseMember).where(CaseMember.case_id == case.id, CaseMember.role == role)
        found = (await session.exec(query)).first()
        assert found is not None
        return found


async def person_in(database: Database, chat_id: int = PERSON_CHAT) -> Person:
    async with database.transaction() as session:
        query = select(Person).where(Person.telegram_chat_id == chat_id)
        found = (await session.exec(query)).first()
        assert found is not None
        return found


async def threads(database: Database) -> list[tuple[Thread, list[ThreadMessage]]]:
    """Every thread, oldest first, with its messages."""
    async with database.transaction() as session:
        found = (await session.exec(select(Thread).order_by(col(Thread.id)))).all()
        result = []
        for thread in found:
            query = (
                select(ThreadMessage)
                .where(ThreadMessage.thread_id == thread.id)
                .order_by(col(ThreadMessage.id))
            )
            result.append((thread, list((await session.exec(query)).all())))
        return result


async def close_case(database: Database, case: Case) -> None:
    async with database.transaction() as session:
        stored = await session.get(Case, case.id)
        assert stored is not None
        stored.status = "closed"
