"""The one database helper: engine set-up (SQLite done right, or PostgreSQL) and transactions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from core.sqlite_inline import inline_connector

SQLITE_BUSY_TIMEOUT_MS = 10_000


class Database:
    """Owns the engine; every unit of work is one `transaction()`."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.engine: AsyncEngine = _create_engine(url, echo=echo)
        self._sessions = async_sessionmaker(
            self.engine, class_=AsyncSession, expire_on_commit=False, autoflush=True
        )
        # SQLite has one writer. Queuing our own transactions here is fair and immediate;
        # leaving it to SQLite's busy handler makes them sleep and poll for the lock.
        self._sqlite_writer = asyncio.Lock() if self.is_sqlite else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One write-capable transaction: committed on success, rolled back on any exception.

        On SQLite it starts with BEGIN IMMEDIATE, so a transaction that reads and then writes
        waits for the write lock up front instead of failing with SQLITE_BUSY half-way.
        """
        if self._sqlite_writer is None:
            async with self._sessions() as session, session.begin():
                yield session
            return
        async with self._sqlite_writer, self._sessions() as session, session.begin():
            yield session

    async def ping(self) -> None:
        """Raises when the database does not answer."""
        async with self.transaction() as session:
            # A raw statement: sqlmodel's exec() is typed for select() only.
            await session.exec(text("SELECT 1"))  # type: ignore[call-overload]

    async def dispose(self) -> None:
        await self.engine.dispose()


def _create_engine(url: str, *, echo: bool) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(url, echo=echo, pool_pre_ping=True)

    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(
        url,
        echo=echo,
        async_creator=inline_connector(
            parsed.database or ":memory:", timeout_seconds=SQLITE_BUSY_TIMEOUT_MS / 1000
        ),
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL may lose a committed transaction on power loss; an inbox row must survive.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
