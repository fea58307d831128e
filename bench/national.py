"""National simulation: a week of follow-up for the whole country, compressed in time.

35 regions, each with its own bot; 2,000 coaches; 100,000 young people in follow-up, linked in
Telegram; one PostgreSQL. Each young person has one appointment in the week (a reminder the
evening before and two hours before, a check-in an hour after), and one in a hundred asks their
coach something each working day (the question's deadline steps escalate, since nobody answers
in a simulation). Appointments cluster on Monday at 09:00 — ten times the average half hour —
so their reminders, due at 07:00 in quiet hours, are all released at 08:00; and every evening
at 18:00 the next day's reminders go out at once.

The scheduler's real code does the work (`run_due`, as `koers run`'s ticks do, a round after
round while more is due) against PostgreSQL, on a virtual clock that moves 30 s a tick, or as
long as the tick really took when that was longer. The sending is modelled, not done: per
bot, the messages a tick queued wait in a queue drained at KOERS_SEND_RATE_PER_SECOND (what
Koers's sender allows itself), against Telegram's limit of about 30 a second.

Printed: per bot the peak send rate against the limit; how late tasks were (max, p99); deadline
steps over 15 min late; database size; Koers's CPU per 1,000 messages (not PostgreSQL's).

    .venv/bin/python -m bench.national                     # the whole country (slow: ~45 min)
    .venv/bin/python -m bench.national --cases 20000 --coaches 400    # a fifth of it
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import random
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time

import time_machine
from sqlalchemy import func, insert, text
from sqlmodel import col, select

from bench.scratch_database import scratch_database
from core.actions.escalation import DEADLINE_STEP
from core.actions.questions import do_receive_message
from core.actions.reminders import APPOINTMENT_CHECKIN, REMINDER_BEFORE, REMINDER_EVENING
from core.clock import AMSTERDAM, utcnow
from core.config import Settings
from core.db import Database
from core.models import (
    Appointment,
    Case,
    CaseMember,
    Channel,
    Coach,
    DueTask,
    OutboxMessage,
    Person,
    TaskStatus,
    Team,
)
from core.network_models import Organisation, Region
from core.people import membership
from core.team_rules import wall_clock
from scheduler.jobs import HANDLERS, PREFETCH
from scheduler.runner import run_due

TELEGRAM_LIMIT = 30.0  # messages a second, per bot
TICK = timedelta(seconds=30)
ROUND = 1000
MONDAY = date(2027, 1, 4)
QUESTIONS_PER_DAY = 0.01  # of the young people, each working day
CHUNK = 5000
LATE = timedelta(minutes=15)


@dataclass
class Country:
    bots: list[str]
    coach_bot: dict[int, str]
    member_ids: list[int]


def bot_key(region: int) -> str:
    return f"r{region:02d}"


async def build(database: Database, *, regions: int, coaches: int, cases: int) -> Country:
    created = utcnow()
    bots = [bot_key(n) for n in range(1, regions + 1)]
    async with database.transaction() as session:
        team_ids: list[int] = []
        team_bot: dict[int, str] = {}
        teams_per_region = max(1, coaches // 10 // regions)
        for bot in bots:
            region = Region(name=f"Regio {bot}", bot=bot)
            session.add(region)
            await session.flush()
            organisation = Organisation(region_id=region.id or 0, name=f"Gemeente {bot}")
            session.add(organisation)
            await session.flush()
            for number in range(teams_per_region):
                team = Team(organisation_id=organisation.id or 0, name=f"Team {bot}-{number}")
                session.add(team)
                await session.flush()
                team_ids.append(team.id or 0)
                team_bot[team.id or 0] = bot
    coach_rows = [
        {
            "id": n + 1,
            "team_id": team_ids[n % len(team_ids)],
            "name": f"Coach {n}",
            "email": f"coach{n}@koers.test",
            "password_hash": "-",
            "telegram_user_id": 10_000_000 + n,
            "telegram_chat_id": 10_000_000 + n,
            "telegram_bot": team_bot[team_ids[n % len(team_ids)]],
            "created_at": created,
        }
        for n in range(coaches)
    ]
    await _insert(database, Coach, coach_rows)
    coach_bot = {row["id"]: row["telegram_bot"] for row in coach_rows}
    case_rows, person_rows, member_rows = [], [], []
    for n in range(cases):
        coach = coach_rows[n % coaches]
        case_rows.append(
            {
                "id": n + 1,
                "team_id": coach["team_id"],
                "coach_id": coach["id"],
                "first_name": f"J{n}",
                "created_at": created,
            }
        )
        person_rows.append(
            {
                "id": n + 1,
                "first_name": f"J{n}",
                "language": "nl",
                "telegram_user_id": 20_000_000 + n,
                "telegram_chat_id": 20_000_000 + n,
                "telegram_bot": coach["telegram_bot"],
                "consent_at": created,
                "consent_version": "bench",
                "created_at": created,
            }
        )
        member_rows.append(
            {
                "id": n + 1,
                "case_id": n + 1,
                "person_id": n + 1,
                "role": "youth",
                "created_at": created,
            }
        )
    await _insert(database, Case, case_rows)
    await _insert(database, Person, person_rows)
    await _insert(database, CaseMember, member_rows)
    await _plan_week(database, cases)
    async with database.engine.connect() as connection:
        # For this benchmark's own reading of what each tick did; Koers does not need it.
        await connection.execute(text("CREATE INDEX bench_duetask_done ON duetask (done_at)"))
        await connection.execute(text("ANALYZE"))
        await connection.commit()
    return Country(bots, coach_bot, [row["id"] for row in member_rows])


def _appointment_start(number: int, randomly: random.Random) -> datetime:
    """Monday 09:00 gets ten times an average half hour; the rest spreads over the week's
    working hours (09:00-16:30, Monday to Friday)."""
    slots = [(day, half) for day in range(5) for half in range(16)]
    weights = [10.0 if (day, half) == (0, 0) else 1.0 for day, half in slots]
    day, half = randomly.choices(slots, weights)[0]
    local = datetime.combine(MONDAY + timedelta(days=day), clock_time(9, 0))
    return (local + timedelta(minutes=30 * half)).replace(tzinfo=AMSTERDAM)


async def _plan_week(database: Database, cases: int) -> None:
    """An appointment per young person and its three tasks, as `plan_appointment_followup`
    plans them with the default rules."""
    randomly = random.Random(7)
    created = utcnow()
    appointments, tasks = [], []
    for n in range(cases):
        starts = _appointment_start(n, randomly)
        starts_at = starts.astimezone(UTC)
        starts_key = starts_at.isoformat()
        appointments.append(
            {
                "id": n + 1,
                "case_id": n + 1,
                "what": "Gesprek",
                "starts_at": starts_at,
                "minutes": 60,
                "created_at": created,
            }
        )
        day_before = starts.date() - timedelta(days=1)
        moments = {
            REMINDER_EVENING: wall_clock(day_before, clock_time(18, 0)),
            REMINDER_BEFORE: starts_at - timedelta(hours=2),
            APPOINTMENT_CHECKIN: starts_at + timedelta(minutes=60) + timedelta(hours=1),
        }
        for kind, due_at in moments.items():
            tasks.append(
                {
                    "kind": kind,
                    "key": f"{kind}:{n + 1}:{starts_key}",
                    "due_at": due_at,
                    "status": TaskStatus.PENDING,
                    "case_id": n + 1,
                    "appointment_id": n + 1,
                    "detail": {"starts_at": starts_key},
                    "attempts": 0,
                    "created_at": created,
                }
            )
    await _insert(database, Appointment, appointments)
    await _insert(database, DueTask, tasks)


async def _insert(database: Database, table: type, rows: list[dict[str, object]]) -> None:
    for start in range(0, len(rows), CHUNK):
        async with database.transaction() as session:
            await session.exec(insert(table), params=rows[start : start + CHUNK])  # type: ignore[call-overload]


@dataclass
class Sending:
    """Per bot: a queue drained at the sender's rate; what waited how long."""

    rate: float
    free_at: dict[str, datetime] = field(default_factory=dict)
    peak: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def queue(self, bot: str, count: int, at: datetime) -> datetime:
        """`count` messages queued at `at`: when the last of them goes out."""
        start = max(at, self.free_at.get(bot, at))
        done = start + timedelta(seconds=count / self.rate)
        self.free_at[bot] = done
        self.sent[bot] += count
        # Sending flat out while a backlog lasts longer than a second; a small burst within a
        # second goes at its own size.
        span = (done - at).total_seconds()
        self.peak[bot] = max(self.peak[bot], min(self.rate, count / max(span, 1.0)))
        return done


async def simulate(database: Database, country: Country, *, days: int, rate: float) -> None:
    randomly = random.Random(11)
    sending = Sending(rate)
    start = datetime.combine(MONDAY - timedelta(days=1), clock_time(0, 0), tzinfo=AMSTERDAM)
    end = start + timedelta(days=days)
    questions = _questions(country, start, days, randomly)
    lateness: dict[str, list[float]] = defaultdict(list)
    deadline_late = deadline_steps = 0
    last_outbox = 0
    cpu_started = time.process_time()
    wall = time.perf_counter()
    messages = 0
    now, ticks = start, 0
    while now < end:
        began = time.perf_counter()
        with time_machine.travel(now, tick=False):
            later = bisect.bisect_right(questions, (now, float("inf")))
            asked, questions = questions[:later], questions[later:]
            for _, member_id in asked:
                async with database.transaction() as session:
                    who = await membership(session, member_id)
                    assert who is not None
                    await do_receive_message(
                        session,
                        who=who,
                        text="Hoe laat moet ik morgen komen?",
                        channel=Channel.TELEGRAM,
                        base_url="https://koers.example",
                    )
            done_tasks = 0
            while True:
                report = await run_due(database, HANDLERS, limit=ROUND, prefetch=PREFETCH)
                done_tasks += report.handled
                if report.handled + report.failed < ROUND:
                    break
        took = timedelta(seconds=time.perf_counter() - began)
        finished = now + took
        async with database.transaction() as session:
            queued = (
                await session.exec(
                    select(OutboxMessage.bot, OutboxMessage.purpose, func.count())
                    .where(col(OutboxMessage.id) > last_outbox)
                    .group_by(col(OutboxMessage.bot), col(OutboxMessage.purpose))
                )
            ).all()
            last_outbox = (await session.exec(select(func.max(OutboxMessage.id)))).one() or 0
            if done_tasks:
                done = (
                    await session.exec(
                        select(DueTask.kind, DueTask.due_at).where(
                            DueTask.status == TaskStatus.DONE, DueTask.done_at == now
                        )
                    )
                ).all()
            else:
                done = []
        out_at: dict[str, datetime] = {}
        for bot, _purpose, count in queued:
            out_at[bot] = sending.queue(bot, count, finished)
            messages += count
        latest_send = max(out_at.values(), default=finished)
        for kind, due_at in done:
            waited = (max(latest_send, finished) - due_at).total_seconds()
            if kind == DEADLINE_STEP:
                deadline_steps += 1
                deadline_late += waited > LATE.total_seconds()
            else:
                lateness[kind].append(waited)
        if (now + max(TICK, took)).date() != now.date():
            print(f"  {now:%a %d %b} done ({time.perf_counter() - wall:.0f} s)", flush=True)
        now += max(TICK, took)
        ticks += 1
    cpu = time.process_time() - cpu_started
    _report(country, sending, lateness, deadline_steps, deadline_late, messages, cpu, ticks)
    async with database.transaction() as session:
        size = (await session.exec(text("SELECT pg_database_size(current_database())"))).one()
    print(f"database size after the week: {size[0] / 1e6:,.0f} MB")


def _questions(
    country: Country, start: datetime, days: int, randomly: random.Random
) -> list[tuple[datetime, int]]:
    asked = []
    for day in range(days):
        moment = start + timedelta(days=day)
        if moment.weekday() >= 5:
            continue
        for member_id in randomly.sample(
            country.member_ids, int(len(country.member_ids) * QUESTIONS_PER_DAY)
        ):
            at = moment + timedelta(hours=9, seconds=randomly.randrange(8 * 3600))
            asked.append((at, member_id))
    return sorted(asked)


def _report(
    country: Country,
    sending: Sending,
    lateness: dict[str, list[float]],
    deadline_steps: int,
    deadline_late: int,
    messages: int,
    cpu: float,
    ticks: int,
) -> None:
    print(f"{ticks:,} ticks; {messages:,} messages queued")
    print("bot   messages  peak/s  of limit")
    worst = 0.0
    for bot in country.bots:
        share = sending.peak[bot] / TELEGRAM_LIMIT
        worst = max(worst, share)
        print(f"{bot:<5} {sending.sent[bot]:>8,}  {sending.peak[bot]:6.1f}  {share:8.2f}")
    print(f"highest share of Telegram's limit: {worst:.2f} (goal <= 0.95)")
    for kind, waits in sorted(lateness.items()):
        ordered = sorted(waits)
        p99 = ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0
        print(
            f"{kind:<20} {len(waits):>8,} done; late max {max(waits, default=0) / 60:6.1f} min,"
            f" p99 {p99 / 60:5.1f} min, median {statistics.median(waits or [0]) / 60:5.1f} min"
        )
    print(f"deadline steps: {deadline_steps:,}, more than 15 minutes late: {deadline_late}")
    per_thousand = cpu / max(messages, 1) * 1000
    print(f"Koers CPU: {cpu:,.0f} s in all, {per_thousand:.2f} s per 1,000 messages")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--coaches", type=int, default=2_000)
    parser.add_argument("--regions", type=int, default=35)
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()
    rate = Settings(_env_file=None).send_rate_per_second  # type: ignore[call-arg]
    async with scratch_database("postgresql") as database:
        built = time.perf_counter()
        country = await build(
            database, regions=args.regions, coaches=args.coaches, cases=args.cases
        )
        print(
            f"built {args.cases:,} young people, {args.coaches:,} coaches, {args.regions} regions"
            f" in {time.perf_counter() - built:.0f} s"
        )
        await simulate(database, country, days=args.days, rate=rate)
    print(
        "reproduce: .venv/bin/python -m bench.national"
        f" --cases {args.cases} --coaches {args.coaches} --regions {args.regions}"
    )


if __name__ == "__main__":
    asyncio.run(main())
