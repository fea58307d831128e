"""The operator's contract for the network (DESIGN §9): `koers team add` and `koers import` of
a school's leavers file, run as separate processes against SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

from sqlmodel import col, select

from core.db import Database
from core.models import Case, Team
from core.network_models import Organisation
from tests.blackbox import KOERS, koers, refused

LEAVERS = (
    "\ufeffLeerlingnummer;Voornaam;Geboortedatum;Uitstroomdatum;School;Coach;Fase\r\n"
    "9001;Sam;03-04-2008;2026-07-01;De Baan;anna@gemeente.nl;laatste_schooljaar\r\n"
    "9002;Noor;2008-05-06;;De Baan;;\r\n"
    "9003;Aya;;;;;\r\n"
)


def test_an_operator_adds_a_team_and_imports_its_leavers_all_or_nothing(
    koers_env: dict[str, str], tmp_path: Path
) -> None:
    team = koers(
        koers_env,
        "team",
        "add",
        "--name",
        "Jongerenteam",
        "--organisation",
        "Gemeente Utrecht",
        "--organisation-kind",
        "municipality",
    )
    assert isinstance(team["id"], int)
    team_id = str(team["id"])
    koers(
        koers_env,
        "coach",
        "add",
        "--name",
        "Anna",
        "--email",
        "anna@gemeente.nl",
        "--password",
        "lang genoeg wachtwoord",
        "--team",
        team_id,
    )
    leavers = tmp_path / "leerlingen.csv"
    leavers.write_bytes(LEAVERS.encode("utf-8"))

    dry = koers(koers_env, "import", str(leavers), "--team", team_id, "--dry-run")
    assert (dry["imported"], dry["updated"], dry["unchanged"]) == (3, 0, 0)
    assert _cases(koers_env) == []
    done = koers(koers_env, "import", str(leavers), "--team", team_id)
    assert {k: done[k] for k in ("imported", "updated", "unchanged")} == {
        "imported": 3,
        "updated": 0,
        "unchanged": 0,
    }
    again = koers(koers_env, "import", str(leavers), "--team", team_id)
    assert (again["imported"], again["updated"], again["unchanged"]) == (0, 0, 3)

    changed = tmp_path / "gewijzigd.csv"
    changed.write_bytes(LEAVERS.replace("9003;Aya;", "9003;Aya-Lin;").encode("utf-8"))
    assert koers(koers_env, "import", str(changed), "--team", team_id)["updated"] == 1

    cases = _cases(koers_env)
    assert [(c["external_id"], c["first_name"]) for c in cases] == [
        ("9001", "Sam"),
        ("9002", "Noor"),
        ("9003", "Aya-Lin"),
    ]
    sam = koers(koers_env, "case", "show", str(cases[0]["id"]))
    assert (sam["coach"], sam["stage"], sam["school"]) == (
        "anna@gemeente.nl",
        "last_school_year",
        "De Baan",
    )
    noor = koers(koers_env, "case", "show", str(cases[1]["id"]))
    assert noor["coach"] is None  # waits to be picked up
    assert noor["timeline"][0]["kind"] == "imported"

    broken = tmp_path / "kapot.csv"
    broken.write_bytes(b"leerlingnummer,voornaam,geboortedatum\n9004,Finn,2008-02-30\n9005,,\n")
    answer = refused(koers_env, "import", str(broken), "--team", team_id)
    assert answer["error"] == "invalid"
    assert answer["rows"] == [
        {
            "row": 2,
            "column": "geboortedatum",
            "detail": "Dit is geen datum. Schrijf bijvoorbeeld 2026-07-01 of 01-07-2026.",
        },
        {
            "row": 3,
            "column": "voornaam",
            "detail": "Dit vakje is leeg, maar het moet ingevuld zijn.",
        },
    ]
    assert len(_cases(koers_env)) == 3  # nothing of the broken file was stored
    assert refused(koers_env, "import", str(leavers), "--team", "999")["error"] == "not_found"

    # A warm handover of Sam to the school's own team elsewhere: proposed, waiting for Sam.
    school = koers(
        koers_env, "team", "add", "--name", "Praktijkschool", "--organisation", "De Baan"
    )
    sam_id = str(cases[0]["id"])
    proposed = koers(
        koers_env, "handover", sam_id, "--to-team", str(school["id"]), "--story", "Gaat goed."
    )
    assert proposed["status"] == "proposed" and isinstance(proposed["handover"], int)
    assert proposed["asked"] is False  # Sam is not linked yet: the coach asks in person
    assert refused(koers_env, "handover", sam_id, "--to-team", str(school["id"]))["error"] == (
        "invalid"
    )
    assert refused(koers_env, "handover", sam_id, "--to-team", team_id)["error"] == "invalid"
    assert refused(koers_env, "handover", "999999", "--to-team", team_id)["error"] == "not_found"
    shown = koers(koers_env, "case", "show", sam_id)
    assert shown["timeline"][0]["kind"] == "handover"
    assert shown["timeline"][0]["summary"] == "Warme overdracht naar Praktijkschool voorgesteld"

    # The network's figures for the team: three leavers, two waiting to be picked up.
    figures = koers(koers_env, "stats", "--team", team_id)
    assert figures["scope"] == {"kind": "team", "id": team["id"], "name": "Jongerenteam"}
    assert figures["reach"]["active"] == 3
    assert figures["reach"]["waiting_to_be_picked_up"] == 2
    assert figures["reach"]["new_in_period"] == 3
    assert figures["outcomes_after_leaving"]["goal_in_work_or_training_after_a_year"] == 0.75
    everything = koers(koers_env, "stats", "--from", "2026-01-01", "--to", "2026-12-31")
    assert everything["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert everything["reach"]["active"] >= 3
    csv_out = subprocess.run(
        [KOERS, "stats", "--team", team_id, "--csv"],
        env=koers_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert csv_out.startswith("figure;value") and "reach.active;3" in csv_out
    assert refused(koers_env, "stats", "--from", "2026-12-31", "--to", "2026-01-01")["error"] == (
        "invalid"
    )
    assert refused(koers_env, "stats", "--team", "999")["error"] == "not_found"


def _cases(env: dict[str, str]) -> list[dict[str, object]]:
    return asyncio.run(_read_cases(env["KOERS_DATABASE_URL"]))


async def _read_cases(url: str) -> list[dict[str, object]]:
    database = Database(url)
    try:
        async with database.transaction() as session:
            rows = await session.exec(select(Case).order_by(col(Case.external_id)))
            teams = await session.exec(select(Team, Organisation).join(Organisation))
            for team, organisation in teams.all():
                if team.name == "Jongerenteam":
                    assert (organisation.name, organisation.kind) == (
                        "Gemeente Utrecht",
                        "municipality",
                    )
            return [
                {"id": c.id, "external_id": c.external_id, "first_name": c.first_name}
                for c in rows.all()
            ]
    finally:
        await database.dispose()
