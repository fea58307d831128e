"""The coach's workspace under load: server time of the board and of the triage inbox.

A database with 5,000 cases (their young people, one message thread each); one team holds
80 of them with 500 open items in its inbox (open questions, alerts, intake requests), the
rest belong to other teams. A signed-in coach of that team asks the real portal on 127.0.0.1
for the board (/cases) and the inbox (/inbox) many times; printed are p50 and p95 of the time
from request to the last byte (goal: p95 at most 50 ms), and the time of the case page.

    .venv/bin/python -m bench.workspace                         # SQLite
    .venv/bin/python -m bench.workspace --database postgresql
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from datetime import timedelta
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import insert

from bench.scratch_database import scratch_database
from core.actions.network import do_add_team
from core.actions.organisation import do_add_coach
from core.clock import utcnow
from core.config import Settings
from core.db import Database
from core.models import (
    Alert,
    Case,
    CaseMember,
    IntakeRequest,
    Person,
    Thread,
    ThreadMessage,
)
from portal.app import create_app

CASES = 5_000
BOARD_CASES = 80
OPEN_ITEMS = 500
ALERTS = 40
INTAKES = 20
REQUESTS = 200
WARM_UP = 10
CHUNK = 5_000
PASSWORD = "bench wachtwoord lang genoeg"


async def build(database: Database) -> int:
    """Returns the id of a case on the board."""
    now = utcnow()
    async with database.transaction() as session:
        await do_add_team(session, name="Elders")
        coach = await do_add_coach(
            session, name="Coach", email="coach@koers.test", password=PASSWORD, team_name="Bench"
        )
        stranger = await do_add_coach(
            session,
            name="Elders",
            email="elders@koers.test",
            password=PASSWORD,
            team_name="Elders",
        )
        team_id, other_team = coach.team_id, stranger.team_id
        coach_id, stranger_id = coach.id or 0, stranger.id or 0

    def mine(i: int) -> bool:
        return i < BOARD_CASES

    cases, people, members = [], [], []
    for i in range(CASES):
        cases.append(
            {
                "id": i + 1,
                "team_id": team_id if mine(i) else other_team,
                "coach_id": coach_id if mine(i) else stranger_id,
                "first_name": f"Jongere {i}",
                "status": "active",
                "out_of_view": i % 17 == 0,
                "last_contact_at": now - timedelta(days=i % 30),
                "created_at": now,
            }
        )
        people.append(
            {"id": i + 1, "first_name": f"Jongere {i}", "consent_at": now, "created_at": now}
        )
        members.append(
            {"id": i + 1, "case_id": i + 1, "person_id": i + 1, "role": "youth", "created_at": now}
        )
    await _insert(database, Case, cases)
    await _insert(database, Person, people)
    await _insert(database, CaseMember, members)

    threads, messages = [], []
    # The team's open items over its 80 cases; one (mostly closed) thread for every other case.
    for i in range(OPEN_ITEMS - ALERTS - INTAKES):
        case = i % BOARD_CASES + 1
        threads.append(_thread(len(threads) + 1, case, now, i, open_=True))
    for i in range(BOARD_CASES, CASES):
        threads.append(_thread(len(threads) + 1, i + 1, now, i, open_=i % 10 == 0))
    for thread in threads:
        messages.append(
            {
                "thread_id": thread["id"],
                "channel": "telegram",
                "body": f"Een vraag over het werk, nummer {thread['id']}.",
                "created_at": thread["last_message_at"],
            }
        )
    await _insert(database, Thread, threads)
    await _insert(database, ThreadMessage, messages)
    alerts = [
        {
            "coach_id": coach_id,
            "case_id": i % BOARD_CASES + 1,
            "kind": "chat_blocked",
            "created_at": now,
        }
        for i in range(ALERTS)
    ]
    intakes = [
        {
            "team_id": team_id,
            "first_name": f"Onbekend {i}",
            "reason": "no_code",
            "text": "Hallo?",
            "created_at": now,
        }
        for i in range(INTAKES)
    ]
    await _insert(database, Alert, alerts)
    await _insert(database, IntakeRequest, intakes)
    if not database.is_sqlite:
        async with database.engine.connect() as connection:
            raw = (await connection.get_raw_connection()).driver_connection
            assert raw is not None
            await raw.execute("ANALYZE")
    return 1


def _thread(thread_id: int, case_id: int, now: Any, i: int, *, open_: bool) -> dict[str, Any]:
    return {
        "id": thread_id,
        "case_id": case_id,
        "member_id": case_id,
        "kind": "question",
        "urgency": "urgent" if i % 97 == 0 else None,
        "status": "open" if open_ else "closed",
        "due_at": now + timedelta(hours=(i % 96) - 24),
        "last_message_at": now - timedelta(minutes=i),
        "created_at": now - timedelta(minutes=i),
    }


async def _insert(database: Database, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        async with database.transaction() as session:
            await session.exec(insert(model), params=rows[start : start + CHUNK])  # type: ignore[call-overload]


async def timed(
    client: TestClient[Any, Any], path: str, *, requests: int = REQUESTS, warm_up: int = WARM_UP
) -> list[float]:
    """Milliseconds from request to last byte, `requests` times after `warm_up` unmeasured."""
    for _ in range(warm_up):
        await (await client.get(path)).read()
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = await client.get(path)
        await response.read()
        times.append((time.perf_counter() - started) * 1000)
        assert response.status == 200, (path, response.status)
    return times


def summary(name: str, times: list[float]) -> str:
    cuts = statistics.quantiles(times, n=20)
    return f"  {name:<28} p50 {statistics.median(times):6.1f} ms   p95 {cuts[18]:6.1f} ms"


async def run(kind: str) -> None:
    async with scratch_database(kind) as database:
        built = time.perf_counter()
        case_id = await build(database)
        print(f"  built {CASES:,} cases in {time.perf_counter() - built:.0f} s")
        settings = Settings(database_url=database.url, port=0)
        server = TestServer(create_app(settings, database), host="127.0.0.1")
        client: TestClient[Any, Any] = TestClient(server)
        await client.start_server()
        try:
            settings.port = server.port or 0
            client.session.headers["Origin"] = f"http://127.0.0.1:{server.port}"
            login = await client.post(
                "/login",
                data={"email": "coach@koers.test", "password": PASSWORD},
                allow_redirects=False,
            )
            assert login.status == 303, await login.text()
            board = await timed(client, "/cases")
            inbox = await timed(client, "/inbox")
            case = await timed(client, f"/cases/{case_id}")
        finally:
            await client.close()
        print(summary(f"board ({BOARD_CASES} cases)", board))
        print(summary(f"inbox ({OPEN_ITEMS} open items)", inbox))
        print(summary("case page with timeline", case))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()
    print(f"Coach's workspace, {CASES:,} cases in the database, {args.database}:")
    await run(args.database)
    print("  goal: p95 at most 50 ms for the board and the inbox")
    print(f"  reproduce: .venv/bin/python -m bench.workspace --database {args.database}")


if __name__ == "__main__":
    asyncio.run(main())
