"""A coordinator imports a school's leavers file: everything is checked before anything is
stored, the import is all or nothing, re-importing changes nothing, and leavers without a coach
wait to be picked up. On SQLite and PostgreSQL, in-process through the core action."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import col, func, select

from core.actions.organisation import do_add_coach
from core.actions.school_leavers import InvalidLeaversFile, do_import_leavers
from core.db import Database
from core.models import Case, Coach, DueTask
from core.school_leavers import template_csv
from core.timeline import case_timeline
from messages.i18n import render
from messages.import_texts import PROBLEMS
from tests.builders import PASSWORD

DUTCH_EXCEL = (
    "\ufeffLeerlingnummer;Voornaam;Achternaam;Geboortedatum;Uitstroomdatum;School;Coach;Fase\r\n"
    "1001;Sam;Jansen;03-04-2008;2026-07-01;De Baan;anna@koers.test;laatste schooljaar\r\n"
    "1002;Noor;;2008-05-06;;De Baan;;\r\n"
    "1003;Aya;;;;;;Van school af\r\n"
)


async def _coordinator(database: Database) -> Coach:
    async with database.transaction() as session:
        coordinator = await do_add_coach(
            session,
            name="Carla",
            email="carla@koers.test",
            password=PASSWORD,
            is_coordinator=True,
        )
        await do_add_coach(session, name="Anna", email="anna@koers.test", password=PASSWORD)
        return coordinator


async def _import(
    database: Database, who: Coach, content: str | bytes, *, dry_run: bool = False
) -> dict[str, int]:
    data = content.encode("utf-8") if isinstance(content, str) else content
    async with database.transaction() as session:
        return await do_import_leavers(
            session, actor=who, team_id=who.team_id, content=data, dry_run=dry_run
        )


async def _cases(database: Database) -> list[Case]:
    async with database.transaction() as session:
        return list((await session.exec(select(Case).order_by(col(Case.external_id)))).all())


async def test_a_coordinator_imports_a_dutch_excel_file_and_leavers_without_coach_wait(
    database: Database,
) -> None:
    carla = await _coordinator(database)
    assert await _import(database, carla, DUTCH_EXCEL) == {
        "imported": 3,
        "updated": 0,
        "unchanged": 0,
    }
    sam, noor, aya = await _cases(database)
    assert (sam.first_name, sam.birth_date, sam.leaving_date) == (
        "Sam",
        date(2008, 4, 3),
        date(2026, 7, 1),
    )
    assert (sam.school, sam.stage, sam.external_id) == ("De Baan", "last_school_year", "1001")
    async with database.transaction() as session:
        anna = (await session.exec(select(Coach).where(Coach.name == "Anna"))).one()
        assert sam.coach_id == anna.id
        # The surname column is not stored anywhere: Koers keeps only what the work needs.
        assert "Jansen" not in repr(sam.model_dump())
        # Sam has a coach and is watched for going out of view; Noor waits to be picked up.
        watched = (
            await session.exec(select(DueTask.case_id).where(DueTask.kind == "out_of_view_check"))
        ).all()
        assert set(watched) == {sam.id}
        page = await case_timeline(session, sam)
        assert [entry.kind for entry in page.entries][:1] == ["imported"]
    assert (noor.coach_id, aya.coach_id, aya.stage) == (None, None, "leaving_school")


async def test_importing_the_same_file_again_changes_nothing_and_a_changed_row_is_updated(
    database: Database,
) -> None:
    carla = await _coordinator(database)
    await _import(database, carla, DUTCH_EXCEL)
    before = [c.model_dump() for c in await _cases(database)]
    assert await _import(database, carla, DUTCH_EXCEL) == {
        "imported": 0,
        "updated": 0,
        "unchanged": 3,
    }
    assert [c.model_dump() for c in await _cases(database)] == before

    changed = DUTCH_EXCEL.replace(
        "1002;Noor;;2008-05-06;;De Baan;;", "1002;Noortje;;;;;anna@koers.test;"
    )
    changed = changed.replace("laatste schooljaar", "Van school af")
    assert await _import(database, carla, changed) == {"imported": 0, "updated": 1, "unchanged": 2}
    sam, noor, _ = await _cases(database)
    # Names and dates follow the file; an empty cell keeps what Koers knows; a case that has
    # its coach and stage keeps them, one waiting to be picked up takes the file's coach.
    assert (noor.first_name, noor.birth_date, noor.school) == (
        "Noortje",
        date(2008, 5, 6),
        "De Baan",
    )
    assert noor.coach_id is not None
    assert sam.stage == "last_school_year"


async def test_a_file_with_problems_stores_nothing_and_names_every_problem(
    database: Database,
) -> None:
    carla = await _coordinator(database)
    bad = (
        "leerlingnummer,voornaam,geboortedatum,coach,fase\n"
        "2001,Sam,2008-01-01,,\n"
        "2002,,31-02-2008,bob@elders.nl,\n"
        "2001,Sem,,,lottery\n"
    )
    with pytest.raises(InvalidLeaversFile) as refused:
        await _import(database, carla, bad)
    found = [(p.row, p.column, p.code) for p in refused.value.problems]
    assert found == [
        (3, "voornaam", "required"),
        (3, "geboortedatum", "not_a_date"),
        (3, "coach", "unknown_coach"),
        (4, "fase", "unknown_stage"),
    ]
    assert await _cases(database) == []
    stages = render("nl", PROBLEMS["unknown_stage"], **refused.value.problems[-1].params)
    assert "Laatste schooljaar" in stages


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02PK\x03\x04", "not_text"),
        (b"leerlingnummer;voornaam\n", "no_rows"),
        (b"voornaam;school\nSam;De Baan\n", "missing_column"),
        (b"leerlingnummer;voornaam;BSN\n1;Sam;123456782\n", "bsn"),
        (b"leerlingnummer;voornaam\n1;Sam;extra\n", "too_many_cells"),
        (("leerlingnummer;voornaam\n1;" + "a" * 81 + "\n").encode(), "too_long"),
    ],
)
async def test_a_file_koers_cannot_use_gets_a_plain_reason(
    database: Database, content: bytes, code: str
) -> None:
    carla = await _coordinator(database)
    with pytest.raises(InvalidLeaversFile) as refused:
        await _import(database, carla, content)
    assert code in [p.code for p in refused.value.problems]
    assert await _cases(database) == []


async def test_english_headers_commas_and_excel_windows_encoding_are_read(
    database: Database,
) -> None:
    carla = await _coordinator(database)
    english = "External_ID,First name,Birth_Date,Leaving_date\n7,Zoë,2007-12-31,31-07-2026\n"
    assert (await _import(database, carla, english.encode("cp1252")))["imported"] == 1
    (zoe,) = await _cases(database)
    assert (zoe.first_name, zoe.leaving_date) == ("Zoë", date(2026, 7, 31))


async def test_a_dry_run_counts_without_storing_and_only_a_coordinator_imports(
    database: Database,
) -> None:
    carla = await _coordinator(database)
    assert (await _import(database, carla, DUTCH_EXCEL, dry_run=True))["imported"] == 3
    assert await _cases(database) == []
    async with database.transaction() as session:
        anna = (await session.exec(select(Coach).where(Coach.name == "Anna"))).one()
    from core.errors import NotAllowed

    with pytest.raises(NotAllowed):
        await _import(database, anna, DUTCH_EXCEL)
    assert await _cases(database) == []


async def test_the_template_is_the_dutch_header_that_imports_as_a_file(database: Database) -> None:
    carla = await _coordinator(database)
    template = template_csv()
    assert template.startswith(b"\xef\xbb\xbfleerlingnummer;voornaam;")
    filled = template + b"42;Sam;;;;;;\r\n"
    assert (await _import(database, carla, filled))["imported"] == 1
    async with database.transaction() as session:
        count = (await session.exec(select(func.count()).select_from(Case))).one()
    assert count == 1
