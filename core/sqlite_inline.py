"""SQLite for the async engine without a thread hop per call.

aiosqlite runs every call (execute, fetch, close a cursor, commit) in a thread of its own and
wakes the event loop when it is done: about four round trips a statement, each dearer than the
statement itself on a local file (a read is a few microseconds, a durable commit 0.3 ms). Under
load a third of an update's time went to those hops. Koers runs one SQLite transaction at a
time per process anyway (core/db.Database queues them), so here the same aiosqlite objects run
each call at once, in the event loop's thread.

The price: while SQLite waits for a lock another *process* holds (a `koers` command beside
`koers run`), the event loop waits too, at most the busy timeout. Several processes are what
PostgreSQL is for (README, "Production").
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Generator
from functools import partial
from typing import Any

import aiosqlite


class _RunAtOnce:
    """Stands where aiosqlite keeps the queue to its thread (SQLAlchemy's adapter also puts
    calls there directly): runs each call as it is put."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:  # handed to the caller, as aiosqlite's thread does
            if future is not None and not future.done():
                future.set_exception(error)
            return
        if future is not None and not future.done():
            future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    """An aiosqlite connection whose calls run in the caller's thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _RunAtOnce()  # type: ignore[assignment]

    def __await__(self) -> Generator[Any, None, aiosqlite.Connection]:
        return self._connect().__await__()  # no thread to start

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)


def inline_connector(path: str, *, timeout_seconds: float) -> Callable[[], Any]:
    """What `create_async_engine(async_creator=...)` calls for each new connection."""

    async def connect() -> aiosqlite.Connection:
        # Made in one thread and used in it; SQLAlchemy may still close it from another.
        opened = partial(sqlite3.connect, path, timeout=timeout_seconds, check_same_thread=False)
        return await InlineConnection(opened)

    return connect
