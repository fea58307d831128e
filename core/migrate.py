"""Applies the Alembic migrations in core/migrations to a database (`koers migrate`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config

from core.db import Database

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def migrate(database: Database, revision: str = "head") -> None:
    config = alembic_config(database.url)

    def upgrade(connection: Any) -> None:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with database.engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        if database.is_sqlite:
            # Alembic alters SQLite tables by copying them; the copy drops the old table, which
            # foreign keys would refuse. The pragma only works outside a transaction.
            await raw.execute("PRAGMA foreign_keys=OFF")
        try:
            async with connection.begin():
                await connection.run_sync(upgrade)
        finally:
            if database.is_sqlite:
                await raw.execute("PRAGMA foreign_keys=ON")
