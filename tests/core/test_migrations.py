"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from core.db import Database
from core.migrate import migrate
from core.models import Case


async def test_the_migrated_schema_matches_the_models(database: Database) -> None:
    def differences(connection: Any) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, SQLModel.metadata))

    async with database.engine.connect() as connection:
        assert await connection.run_sync(differences) == []


async def test_a_database_with_data_upgrades_from_the_first_migration(tmp_path: Path) -> None:
    """An existing installation (SQLite, foreign keys on) takes every later migration."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
    await migrate(database, "0001")
    async with database.engine.begin() as connection:
        await connection.exec_driver_sql(
            "INSERT INTO team (name, created_at) VALUES ('T', '2026-01-01')"
        )
        await connection.exec_driver_sql(
            "INSERT INTO coach (team_id, name, email, password_hash, is_coordinator, language, "
            "created_at) VALUES (1, 'A', 'a@x.nl', 'h', 0, 'nl', '2026-01-01')"
        )
        await connection.exec_driver_sql(
            'INSERT INTO "case" (team_id, coach_id, first_name, status, out_of_view, '
            "created_at) VALUES (1, 1, 'Sam', 'active', 0, '2026-01-01')"
        )
        # A row that points at the case: copying the case table must not trip over it.
        await connection.exec_driver_sql(
            "INSERT INTO appointment (case_id, what, starts_at, minutes, created_at) "
            "VALUES (1, 'Intake', '2026-02-01', 60, '2026-01-01')"
        )
    await migrate(database)
    async with database.transaction() as session:
        case = await session.get(Case, 1)
        assert case is not None and case.first_name == "Sam"
        assert case.parents_may_see_appointments is False
        violations = await session.exec(text("PRAGMA foreign_key_check"))  # type: ignore[call-overload]
        assert violations.all() == []
    await database.dispose()
