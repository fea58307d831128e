"""SQLite calls run in the event loop's thread (core/sqlite_inline): no thread per connection, no
hop per statement, and errors, rollbacks and commits behave as with aiosqlite's thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError, OperationalError

from core.db import Database


async def test_sqlite_statements_run_in_the_event_loops_thread(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    threads_before = threading.active_count()
    ran_in: set[str] = set()

    @event.listens_for(database.engine.sync_engine, "connect")
    def _thread_function(dbapi_connection: Any, _record: Any) -> None:
        # Called by SQLite itself, so it tells the thread SQLite runs in.
        dbapi_connection.create_function("thread_id", 0, lambda: str(threading.get_ident()))

    for _ in range(3):
        async with database.transaction() as session:
            row = (await session.exec(text("SELECT thread_id()"))).one()  # type: ignore[call-overload]
            ran_in.add(row[0])
    assert ran_in == {str(threading.get_ident())}
    assert threading.active_count() == threads_before
    await database.dispose()


async def test_a_failed_statement_rolls_back_and_the_connection_goes_on(tmp_path: Path) -> None:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    async with database.transaction() as session:
        await session.exec(text("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)"))  # type: ignore[call-overload]
        await session.exec(text("INSERT INTO note VALUES (1, 'kept')"))  # type: ignore[call-overload]

    with pytest.raises(IntegrityError):
        async with database.transaction() as session:
            await session.exec(text("INSERT INTO note VALUES (2, 'rolled back')"))  # type: ignore[call-overload]
            await session.exec(text("INSERT INTO note VALUES (1, 'twice')"))  # type: ignore[call-overload]
    with pytest.raises(OperationalError):
        async with database.transaction() as session:
            await session.exec(text("SELECT nothing FROM nowhere"))  # type: ignore[call-overload]

    async with database.transaction() as session:
        rows = (await session.exec(text("SELECT id, body FROM note"))).all()  # type: ignore[call-overload]
    assert [tuple(row) for row in rows] == [(1, "kept")]
    await database.dispose()

    # Committed means on disk: a connection of its own (as another process) reads it.
    again = Database(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    async with again.transaction() as session:
        count = (await session.exec(text("SELECT count(*) FROM note"))).one()  # type: ignore[call-overload]
    assert tuple(count) == (1,)
    await again.dispose()
