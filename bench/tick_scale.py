"""A scheduler tick with 100 reminders due, among 10,000 and among 1,000,000 appointments.

What is due lives in the database and is found through the (status, due_at) index, so a tick
should cost what is due, not what is stored. For each size we build a database with that many
appointments (one planned reminder each, almost all in the coming weeks), make 100 of them due
now (their young people linked in Telegram), and time `run_due` doing those 100: the median of
three rounds. Printed: both times and their ratio (goal: at most 1.5). Machines here are noisy:
compare the ratio, not the absolute times.

    .venv/bin/python -m bench.tick_scale                         # SQLite
    .venv/bin/python -m bench.tick_scale --database postgresql
    .venv/bin/python -m bench.tick_scale --sizes 10000 100000    # quicker
    .venv/bin/python -m bench.tick_scale --due 10000 --sizes 20000 1000000
                                                # a Monday morning: 10,000 due (goal <= 10 s)
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from datetime import timedelta

from sqlalchemy import delete, insert, update

from bench.scratch_database import scratch_database
from core.actions.network import do_add_team
from core.clock import utcnow
from core.db import Database
from core.models import (
    Appointment,
    Case,
    CaseMember,
    Coach,
    DueTask,
    OutboxMessage,
    Person,
    TaskStatus,
)
from scheduler.jobs import HANDLERS, PREFETCH
from scheduler.runner import run_due

DUE = 100
APPOINTMENTS_PER_CASE = 10
CHUNK = 10_000
ROUNDS = 3


async def build(database: Database, size: int) -> list[int]:
    """`size` appointments with a reminder each; returns the ids of the DUE due tasks."""
    now = utcnow()
    async with database.transaction() as session:
        team = await do_add_team(session, name="Bench")
        coach = Coach(
            team_id=team.id or 0, name="Coach", email="bench@koers.test", password_hash="-"
        )
        session.add(coach)
        await session.flush()
        team_id, coach_id = team.id, coach.id
    cases = max(size // APPOINTMENTS_PER_CASE, DUE)
    for start in range(0, cases, CHUNK):
        rows = [
            {
                "id": i + 1,
                "team_id": team_id,
                "coach_id": coach_id,
                "first_name": f"J{i}",
                "created_at": now,
            }
            for i in range(start, min(start + CHUNK, cases))
        ]
        async with database.transaction() as session:
            await session.exec(insert(Case), params=rows)  # type: ignore[call-overload]
    # The first DUE cases have a young person linked in Telegram.
    async with database.transaction() as session:
        for i in range(DUE):
            person = Person(
                first_name=f"J{i}",
                language="nl",
                telegram_user_id=900_000 + i,
                telegram_chat_id=900_000 + i,
                consent_at=now,
                consent_version="bench",
            )
            session.add(person)
            await session.flush()
            session.add(CaseMember(case_id=i + 1, person_id=person.id or 0, role="youth"))
    due_ids: list[int] = []
    for start in range(0, size, CHUNK):
        appointments, due_tasks = [], []
        for i in range(start, min(start + CHUNK, size)):
            is_due = i < DUE
            # Due ones start in an hour; the rest spread over the coming 60 days.
            starts = now + (timedelta(hours=1) if is_due else timedelta(minutes=181 + i % 86_000))
            case_id = i + 1 if is_due else (i % cases) + 1
            appointments.append(
                {
                    "id": i + 1,
                    "case_id": case_id,
                    "what": "Afspraak",
                    "starts_at": starts,
                    "created_at": now,
                }
            )
            due_tasks.append(
                {
                    "id": i + 1,
                    "kind": "reminder_before",
                    "key": f"reminder_before:{i + 1}:{starts.isoformat()}",
                    "due_at": now - timedelta(minutes=1) if is_due else starts - timedelta(hours=2),
                    "status": TaskStatus.PENDING,
                    "case_id": case_id,
                    "appointment_id": i + 1,
                    "detail": {"starts_at": starts.isoformat()},
                    "attempts": 0,
                    "created_at": now,
                }
            )
            if is_due:
                due_ids.append(i + 1)
        async with database.transaction() as session:
            await session.exec(insert(Appointment), params=appointments)  # type: ignore[call-overload]
            await session.exec(insert(DueTask), params=due_tasks)  # type: ignore[call-overload]
    if not database.is_sqlite:
        async with database.engine.connect() as connection:
            raw = (await connection.get_raw_connection()).driver_connection
            await raw.execute("ANALYZE")
    return due_ids


async def time_ticks(database: Database, due_ids: list[int]) -> float:
    times = []
    for _ in range(ROUNDS):
        async with database.transaction() as session:
            await session.exec(delete(OutboxMessage))  # type: ignore[call-overload]
            await session.exec(
                update(DueTask)  # type: ignore[call-overload]
                .where(DueTask.id.in_(due_ids))  # type: ignore[union-attr]
                .values(status=TaskStatus.PENDING, done_at=None, outcome=None)
            )
        started = time.perf_counter()
        report = await run_due(database, HANDLERS, limit=2 * DUE, prefetch=PREFETCH)
        times.append(time.perf_counter() - started)
        assert report.done == DUE, report
    return statistics.median(times)


async def one_size(kind: str, size: int) -> float:
    async with scratch_database(kind) as database:
        built = time.perf_counter()
        due_ids = await build(database, size)
        print(f"  built {size:>9,} appointments in {time.perf_counter() - built:.0f} s")
        return await time_ticks(database, due_ids)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 1_000_000])
    parser.add_argument("--due", type=int, default=100, help="reminders due in the tick")
    args = parser.parse_args()
    global DUE
    DUE = args.due
    small, large = args.sizes
    print(f"Scheduler tick, {DUE} reminders due, {args.database}:")
    small_time = await one_size(args.database, small)
    print(f"  {small:>9,} appointments: {small_time * 1000:7.1f} ms per tick")
    large_time = await one_size(args.database, large)
    print(f"  {large:>9,} appointments: {large_time * 1000:7.1f} ms per tick")
    print(f"  ratio large/small: {large_time / small_time:.2f} (goal: at most 1.5)")
    print(
        f"  reproduce: .venv/bin/python -m bench.tick_scale --database {args.database}"
        f" --due {DUE} --sizes {small} {large}"
    )


if __name__ == "__main__":
    asyncio.run(main())
