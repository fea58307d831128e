"""A migrated database that lives only for one benchmark: SQLite in a temporary folder, or a
fresh PostgreSQL database on 127.0.0.1 that is dropped afterwards."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

from core.db import Database
from core.migrate import migrate

ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"


@asynccontextmanager
async def scratch_database(kind: str) -> AsyncIterator[Database]:
    """`kind` is "sqlite" or "postgresql"."""
    with tempfile.TemporaryDirectory() as directory:
        pg_name = None
        if kind == "sqlite":
            url = f"sqlite+aiosqlite:///{directory}/bench.db"
        else:
            pg_name = f"koers_bench_{uuid.uuid4().hex[:8]}"
            connection = await asyncpg.connect(ADMIN_DSN)
            await connection.execute(f'CREATE DATABASE "{pg_name}"')
            await connection.close()
            url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{pg_name}"
        database = Database(url)
        try:
            await migrate(database)
            yield database
        finally:
            await database.dispose()
            if pg_name is not None:
                connection = await asyncpg.connect(ADMIN_DSN)
                await connection.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')
                await connection.close()
