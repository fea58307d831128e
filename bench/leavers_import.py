"""Importing a school's leavers file: `koers import` of 10,000 rows (goal: at most 10 s).

A file in the shape of DESIGN's school-leavers file (Dutch headers, `;`, UTF-8 with BOM), half
the rows with a coach, the rest waiting to be picked up, is imported into a scratch database
by the real `koers import` process; then the same file again (nothing changes) and a file with
every tenth row changed. Printed: the wall time of each, including starting the process and
migrating, and the in-process time of the action alone.

    .venv/bin/python -m bench.leavers_import                         # SQLite
    .venv/bin/python -m bench.leavers_import --database postgresql
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scratch_database import scratch_database
from core.access import OPERATOR
from core.actions.organisation import do_add_coach
from core.actions.school_leavers import do_import_leavers
from core.db import Database

ROWS = 10_000
COACHES = 20
KOERS = str(Path(sys.executable).with_name("koers"))


def leavers_file(rows: int, *, changed_every: int = 0) -> bytes:
    lines = ["\ufeffleerlingnummer;voornaam;geboortedatum;uitstroomdatum;school;coach;fase"]
    for n in range(rows):
        name = f"Jongere{n}" + ("x" if changed_every and n % changed_every == 0 else "")
        coach = f"coach{n % COACHES}@koers.test" if n % 2 == 0 else ""
        lines.append(
            f"{100000 + n};{name};{1 + n % 28:02d}-0{1 + n % 9}-2008;2027-07-01;"
            f"Praktijkschool {n % 7};{coach};laatste schooljaar"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


async def team_with_coaches(database: Database) -> int:
    async with database.transaction() as session:
        team_id = 0
        for n in range(COACHES):
            coach = await do_add_coach(
                session,
                name=f"Coach {n}",
                email=f"coach{n}@koers.test",
                password="bench wachtwoord lang genoeg",
            )
            team_id = coach.team_id
        return team_id


def cli_import(url: str, path: Path, team_id: int) -> tuple[float, dict[str, int]]:
    env = {**os.environ, "KOERS_DATABASE_URL": url}
    started = time.perf_counter()
    done = subprocess.run(
        [KOERS, "import", str(path), "--team", str(team_id), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, json.loads(done.stdout)


async def run(kind: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        first = Path(directory) / "leerlingen.csv"
        first.write_bytes(leavers_file(ROWS))
        changed = Path(directory) / "gewijzigd.csv"
        changed.write_bytes(leavers_file(ROWS, changed_every=10))
        async with scratch_database(kind) as database:
            team_id = await team_with_coaches(database)
            for label, path in (("first import", first), ("same file again", first)):
                seconds, counts = await asyncio.to_thread(cli_import, database.url, path, team_id)
                print(f"  koers import, {label}: {seconds:.2f} s {counts}")
            seconds, counts = await asyncio.to_thread(cli_import, database.url, changed, team_id)
            print(f"  koers import, every tenth row changed: {seconds:.2f} s {counts}")
        async with scratch_database(kind) as database:
            team_id = await team_with_coaches(database)
            started = time.perf_counter()
            async with database.transaction() as session:
                await do_import_leavers(
                    session, actor=OPERATOR, team_id=team_id, content=first.read_bytes()
                )
            print(f"  the action alone (no process start): {time.perf_counter() - started:.2f} s")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()
    print(f"Importing {ROWS:,} school leavers, {args.database}:")
    await run(args.database)
    print("  goal: at most 10 s")
    print(f"  reproduce: .venv/bin/python -m bench.leavers_import --database {args.database}")


if __name__ == "__main__":
    asyncio.run(main())
