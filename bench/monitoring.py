"""The network's figures under load: the coordinator's monitoring page and `koers stats` over
50,000 cases with a year of history (goal: p95 at most 500 ms on SQLite and PostgreSQL).

One region with 35 teams in 5 organisations holds 50,000 young people (a few waiting to be
picked up, some out of view, leavers who left school 6 to 30 months ago with their outcomes),
and a year of history: 200,000 questions with their answer times, 300,000 check-ins, 100,000
reminders sent, out-of-view alerts, referrals. A coordinator of one team asks the real portal
on 127.0.0.1 for its figures page (their team, and the whole region) for the last year;
`koers stats` is timed as the action it runs. The scheduler has counted the days once (its
first run; printed too), as it does every quarter of an hour. Printed: p50 and p95.

    .venv/bin/python -m bench.monitoring                         # SQLite
    .venv/bin/python -m bench.monitoring --database postgresql
"""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import timedelta
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bench.scratch_database import scratch_database
from bench.workspace import PASSWORD, _insert, summary, timed
from core.actions.network import do_add_organisation, do_add_team
from core.actions.organisation import do_add_coach
from core.clock import local, utcnow
from core.config import Settings
from core.db import Database
from core.journey import DEFAULT_STAGES
from core.journey_models import CaseEvent, Referral
from core.models import Alert, Case, CaseMember, CheckIn, DueTask, Person, Thread
from core.monitoring import network_figures, period_of, scope_of
from core.monitoring_summary import do_refresh_figures
from portal.app import create_app

CASES = 50_000
TEAMS = 35
ORGANISATIONS = 5
THREADS_PER_CASE = 4
CHECKINS_PER_CASE = 6
REMINDERS_PER_CASE = 2
REQUESTS = 30
WARM_UP = 3
DAY = 24 * 3600


async def build(database: Database) -> tuple[list[int], int]:
    """Returns the team ids and the id of a coach in the first team."""
    async with database.transaction() as session:
        team_ids, coach_ids = [], []
        for o in range(ORGANISATIONS):
            organisation = await do_add_organisation(session, name=f"Organisatie {o}")
            for t in range(TEAMS // ORGANISATIONS):
                team = await do_add_team(session, name=f"Team {o}.{t}", organisation=organisation)
                coach = await do_add_coach(
                    session,
                    name=f"Coach {o}.{t}",
                    email=f"coach{o}.{t}@koers.test",
                    password=PASSWORD,
                    team_id=team.id,
                    is_coordinator=True,
                )
                team_ids.append(team.id or 0)
                coach_ids.append(coach.id or 0)
    now = utcnow()
    today = local(now).date()
    stages = list(DEFAULT_STAGES)
    cases, people, members, events = [], [], [], []
    for i in range(CASES):
        team = i % TEAMS
        left = today - timedelta(days=180 + i % 720) if i % 5 == 0 else None
        cases.append(
            {
                "id": i + 1,
                "team_id": team_ids[team],
                "coach_id": None if i % 40 == 0 else coach_ids[team],
                "first_name": f"Jongere {i}",
                "status": "active",
                "out_of_view": i % 11 == 0,
                "stage": stages[i % len(stages)],
                "leaving_date": left,
                "outcome": ("work", "training", "benefit", "out_of_view")[i % 4] if left else None,
                "created_at": now - timedelta(days=i % 365),
            }
        )
        people.append(
            {
                "id": i + 1,
                "first_name": f"Jongere {i}",
                "consent_at": now,
                "telegram_chat_id": 10_000 + i if i % 2 else None,
                "created_at": now,
            }
        )
        members.append(
            {"id": i + 1, "case_id": i + 1, "person_id": i + 1, "role": "youth", "created_at": now}
        )
        if left:
            events.append(
                {
                    "case_id": i + 1,
                    "kind": "outcome",
                    "detail": {"outcome": cases[-1]["outcome"]},
                    "at": now - timedelta(days=i % 500),
                }
            )
    await _insert(database, Case, cases)
    await _insert(database, Person, people)
    await _insert(database, CaseMember, members)
    await _insert(database, CaseEvent, events)
    await _history(database, now)
    return team_ids, coach_ids[0]


async def _history(database: Database, now: Any) -> None:
    threads, checkins, tasks, alerts, referrals = [], [], [], [], []
    for i in range(CASES * THREADS_PER_CASE):
        case = i % CASES + 1
        asked = now - timedelta(seconds=(i * 7919) % (365 * DAY))
        answered = asked + timedelta(minutes=5 + (i * 31) % 1500) if i % 9 else None
        threads.append(
            {
                "case_id": case,
                "member_id": case,
                "kind": "question",
                "status": "closed" if answered else "open",
                "created_at": asked,
                "last_message_at": answered or asked,
                "due_at": asked + timedelta(hours=8),
                "first_answer_at": answered,
            }
        )
    await _insert(database, Thread, threads)
    for i in range(CASES * CHECKINS_PER_CASE):
        case = i % CASES + 1
        asked = now - timedelta(seconds=(i * 104729) % (365 * DAY))
        checkins.append(
            {
                "case_id": case,
                "member_id": case,
                "kind": "aftercare",
                "asked_at": asked,
                "mood": 2 if i % 3 else None,
                "answered_at": asked + timedelta(hours=2) if i % 3 else None,
            }
        )
    await _insert(database, CheckIn, checkins)
    for i in range(CASES * REMINDERS_PER_CASE):
        done = now - timedelta(seconds=(i * 15485863) % (365 * DAY))
        tasks.append(
            {
                "kind": "reminder_before",
                "key": f"bench:{i}",
                "due_at": done,
                "status": "done",
                "case_id": i % CASES + 1,
                "attempts": 1,
                "done_at": done,
                "created_at": done,
            }
        )
    await _insert(database, DueTask, tasks)
    for i in range(CASES // 10):
        alerts.append(
            {
                "coach_id": 1,
                "case_id": i * 10 + 1,
                "kind": "out_of_view",
                "created_at": now - timedelta(days=i % 365),
            }
        )
        referrals.append(
            {
                "case_id": i * 10 + 2,
                "service": "Jobcoach",
                "organisation": "Werkpunt",
                "status": ("pending", "went", "not_helped")[i % 3],
                "reason": "no_capacity" if i % 3 == 2 else None,
                "created_at": now - timedelta(days=i % 365),
            }
        )
    await _insert(database, Alert, alerts)
    await _insert(database, Referral, referrals)


async def timed_stats(database: Database) -> list[float]:
    """`koers stats` for the whole region over a year, as the action it runs."""
    period = period_of((local(utcnow()) - timedelta(days=364)).date(), None)
    times = []
    for _ in range(WARM_UP + REQUESTS):
        started = time.perf_counter()
        async with database.transaction() as session:
            scope = await scope_of(session, "all", None)
            await network_figures(session, scope, period)
        times.append((time.perf_counter() - started) * 1000)
    return times[WARM_UP:]


async def run(kind: str) -> None:
    async with scratch_database(kind) as database:
        built = time.perf_counter()
        await build(database)
        took = time.perf_counter() - built
        print(f"  built {CASES:,} cases and a year of history in {took:.0f} s")
        counted = time.perf_counter()
        await do_refresh_figures(database)
        took = time.perf_counter() - counted
        print(f"  the scheduler's first count of every day and team: {took:.1f} s")
        settings = Settings(database_url=database.url, port=0)
        server = TestServer(create_app(settings, database), host="127.0.0.1")
        client: TestClient[Any, Any] = TestClient(server)
        await client.start_server()
        year = f"from={(local(utcnow()) - timedelta(days=364)).date().isoformat()}"
        try:
            settings.port = server.port or 0
            client.session.headers["Origin"] = f"http://127.0.0.1:{server.port}"
            login = await client.post(
                "/login",
                data={"email": "coach0.0@koers.test", "password": PASSWORD},
                allow_redirects=False,
            )
            assert login.status == 303, await login.text()
            team = await timed(client, f"/stats?{year}", requests=REQUESTS, warm_up=WARM_UP)
            region = await timed(
                client, f"/stats?scope=region&{year}", requests=REQUESTS, warm_up=WARM_UP
            )
        finally:
            await client.close()
        print(summary("page, own team, a year", team))
        print(summary("page, whole region, a year", region))
        print(summary("koers stats, all, a year", await timed_stats(database)))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    args = parser.parse_args()
    print(f"Network figures, {CASES:,} cases with a year of history, {args.database}:")
    await run(args.database)
    print("  goal: p95 at most 500 ms")
    print(f"  reproduce: .venv/bin/python -m bench.monitoring --database {args.database}")


if __name__ == "__main__":
    asyncio.run(main())
