"""Webhook updates arriving together are committed together, each request answered only once
its update is stored; a commit that fails fails every request in it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlmodel import select

from bot.telegram import group_commit
from bot.telegram.group_commit import GroupCommit
from core.bots import DEFAULT_BOT
from core.db import Database
from core.models import InboundUpdate


def _update(update_id: int) -> dict[str, Any]:
    chat = {"id": 7000 + update_id, "type": "private"}
    return {
        "update_id": update_id,
        "message": {"message_id": 1, "date": 0, "chat": chat, "text": "hoi"},
    }


async def test_fifty_updates_posted_at_once_are_stored_in_a_few_commits(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits: list[int] = []
    real_store = group_commit.store_updates

    async def counted(db: Database, payloads: list[dict[str, Any]], *, bot: str) -> int:
        commits.append(len(payloads))
        return await real_store(db, payloads, bot=bot)

    monkeypatch.setattr(group_commit, "store_updates", counted)
    group = GroupCommit(database, DEFAULT_BOT)

    await asyncio.gather(*(group.store(_update(n)) for n in range(50)))

    async with database.transaction() as session:
        stored = sorted((await session.exec(select(InboundUpdate.update_id))).all())
    assert stored == list(range(50))
    assert sum(commits) == 50 and len(commits) < 50  # grouped, none stored twice


async def test_a_failed_commit_fails_every_request_in_it(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def database_away(db: Database, payloads: list[dict[str, Any]], *, bot: str) -> int:
        raise ConnectionError("the database is away")

    monkeypatch.setattr(group_commit, "store_updates", database_away)
    group = GroupCommit(database, DEFAULT_BOT)

    outcomes = await asyncio.gather(
        *(group.store(_update(n)) for n in range(5)), return_exceptions=True
    )

    assert all(isinstance(outcome, ConnectionError) for outcome in outcomes)
    async with database.transaction() as session:
        assert (await session.exec(select(InboundUpdate))).all() == []
