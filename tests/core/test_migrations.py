"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel, col, select

from core.db import Database
from core.migrate import migrate
from core.models import Case, Team
from core.network_models import Organisation, Region


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


async def test_existing_teams_join_one_default_organisation_and_region(
    unmigrated_database_url: str,
) -> None:
    """Migration 0015 keeps today's teams, coaches and cases: the teams join one default
    organisation in one default region, and every case keeps its coach."""
    database = Database(unmigrated_database_url)
    await migrate(database, "0014")
    no = "false" if not database.is_sqlite else "0"
    async with database.engine.begin() as connection:
        for name in ("Noord", "Zuid"):
            await connection.exec_driver_sql(
                f"INSERT INTO team (name, created_at) VALUES ('{name}', '2026-01-01')"
            )
        await connection.exec_driver_sql(
            "INSERT INTO coach (team_id, name, email, password_hash, is_coordinator, language, "
            f"created_at) VALUES (2, 'A', 'a@x.nl', 'h', {no}, 'nl', '2026-01-01')"
        )
        await connection.exec_driver_sql(
            'INSERT INTO "case" (team_id, coach_id, first_name, status, out_of_view, '
            "parents_may_see_appointments, good_news_shared_with_youth, checkin_cadence_fixed, "
            f"checkin_paused, created_at) VALUES (2, 1, 'Sam', 'active', {no}, {no}, {no}, "
            f"{no}, {no}, '2026-01-01')"
        )
    await migrate(database)
    async with database.transaction() as session:
        teams = (await session.exec(select(Team).order_by(col(Team.id)))).all()
        organisations = (await session.exec(select(Organisation))).all()
        regions = (await session.exec(select(Region))).all()
        assert [t.name for t in teams] == ["Noord", "Zuid"]
        assert len(organisations) == 1 and len(regions) == 1
        assert {t.organisation_id for t in teams} == {organisations[0].id}
        assert organisations[0].region_id == regions[0].id
        case = await session.get(Case, 1)
        assert case is not None and case.coach_id == 1 and case.external_id is None
        if database.is_sqlite:
            violations = await session.exec(text("PRAGMA foreign_key_check"))  # type: ignore[call-overload]
            assert violations.all() == []
    await database.dispose()
