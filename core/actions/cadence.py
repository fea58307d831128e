"""How often aftercare check-ins go out (DESIGN §4.4): weekly at first; after two good answers
in a row every two weeks, then monthly; back to weekly on a bad answer or a concern. The coach can
fix the cadence or pause it. Aftercare ends after two years (team rule) or at 27, whichever comes
first.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit, tasks
from core.clock import local, utcnow
from core.errors import InvalidInput
from core.models import Case, CheckIn, CheckInKind, Coach
from core.team_rules import TeamRules, team_rules, wall_clock

AFTERCARE_CHECKIN = "aftercare_checkin"
# The cadence steps, in days; good answers move one step on, a bad signal back to the first.
CADENCE = (7, 14, 30)
GOOD_ANSWERS_TO_TAPER = 2
GOOD_MOOD = 3
LAST_AGE = 27


def aftercare_ends(case: Case, rules: TeamRules) -> date | None:
    """The last day of aftercare: the configured period after leaving school, or the day
    before the young person turns 27, whichever comes first."""
    if case.aftercare_since is None:
        return None
    ends = case.aftercare_since + timedelta(days=round(365.25 * rules.aftercare_years))
    if case.birth_date is not None:
        born = case.birth_date
        try:
            birthday = born.replace(year=born.year + LAST_AGE)
        except ValueError:  # born on 29 February
            birthday = date(born.year + LAST_AGE, 3, 1)
        ends = min(ends, birthday - timedelta(days=1))
    return ends


async def do_set_checkin_cadence(
    session: AsyncSession, *, coach: Coach, case_id: int, every_days: int | None, paused: bool
) -> Case:
    """The coach's choice: a fixed cadence (no tapering), back to tapering (None), or a pause."""
    if every_days is not None and every_days not in CADENCE:
        raise InvalidInput(f"cadence must be one of {CADENCE}")
    case = await access.case_for(session, coach, case_id)
    case.checkin_paused = paused
    case.checkin_cadence_fixed = every_days is not None
    if every_days is not None:
        case.checkin_every_days = every_days
    if case.aftercare_since is not None and not paused:
        rules = await team_rules(session, case.team_id)
        await plan_next_aftercare_checkin(session, case, rules, after=utcnow())
    audit.record(
        session, actor=coach, action="checkin_cadence_set", case_id=case.id, every=every_days
    )
    return case


async def do_note_bad_signal(session: AsyncSession, case: Case) -> None:
    """A bad answer or a concern: aftercare check-ins go back to weekly, from now."""
    if case.aftercare_since is None or case.checkin_cadence_fixed:
        return
    if case.checkin_every_days == CADENCE[0]:
        return
    case.checkin_every_days = CADENCE[0]
    if not case.checkin_paused:
        rules = await team_rules(session, case.team_id)
        await plan_next_aftercare_checkin(session, case, rules, after=utcnow())


async def plan_next_aftercare_checkin(
    session: AsyncSession, case: Case, rules: TeamRules, *, after: datetime
) -> None:
    every = case.checkin_every_days or CADENCE[0]
    day = local(after).date() + timedelta(days=every)
    await tasks.plan(
        session,
        kind=AFTERCARE_CHECKIN,
        key=f"{AFTERCARE_CHECKIN}:{case.id}:{day.isoformat()}",
        due_at=wall_clock(day, rules.aftercare_checkin_at),
        case_id=case.id,
        detail={
            "every": every,
            "since": case.aftercare_since.isoformat() if case.aftercare_since else None,
        },
    )


async def next_cadence(session: AsyncSession, case: Case) -> int:
    """One step slower after enough good answers in a row at this cadence."""
    now_every = case.checkin_every_days or CADENCE[0]
    if case.checkin_cadence_fixed or now_every == CADENCE[-1]:
        return now_every
    recent = (
        await session.exec(
            select(CheckIn)
            .where(CheckIn.case_id == case.id, CheckIn.kind == CheckInKind.AFTERCARE)
            .order_by(col(CheckIn.id).desc())
            .limit(GOOD_ANSWERS_TO_TAPER)
        )
    ).all()
    good = [
        c for c in recent if c.mood is not None and c.mood >= GOOD_MOOD and c.alerted_at is None
    ]
    if len(good) < GOOD_ANSWERS_TO_TAPER:
        return now_every
    return (
        CADENCE[min(CADENCE.index(now_every) + 1, len(CADENCE) - 1)]
        if now_every in CADENCE
        else CADENCE[0]
    )
