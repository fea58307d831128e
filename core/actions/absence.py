"""A coach's absence: while away, new items go to a stand-in at once (DESIGN §5).

An absence covers whole days in Europe/Amsterdam: it ends at the end of its last day ("weg tot
en met vrijdag" — back on Saturday). The absent coach stays the case's coach; only who is
alerted, and who the person is told will answer, changes while they are away.

The stand-in is the case's backup coach when set and not away, else a coordinator of the team
who is not away; with nobody available the coach keeps getting everything.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import audit
from core.actions.notify import tell_coach
from core.clock import AMSTERDAM, as_utc, local, utcnow
from core.errors import InvalidInput, NotFound
from core.models import Case, CaseStatus, Coach, CoachAbsence
from core.people import Membership, backup_id, case_coach
from messages import coach_texts, texts
from messages.coach_texts import format_day
from messages.i18n import render

# Further ahead than this is a typing mistake more often than a plan.
LONGEST_ABSENCE_DAYS = 366
# Why do_set_absence refused (InvalidInput's text): a day already past, or out of range.
IN_THE_PAST, TOO_FAR = "last_day", "too_far"


def day_start(day: date) -> datetime:
    """Midnight at the start of a day in Amsterdam, as a UTC moment."""
    return as_utc(datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM))


def last_day(absence: CoachAbsence) -> date:
    """The last day of an absence, as the coach and the people read it ("tot en met")."""
    return local(absence.ends_at - timedelta(microseconds=1)).date()


async def current_absence(
    session: AsyncSession, coach: Coach, at: datetime | None = None
) -> CoachAbsence | None:
    """The absence the coach is in at `at` (now); the one ending last if several overlap."""
    at = at or utcnow()
    query = (
        select(CoachAbsence)
        .where(
            CoachAbsence.coach_id == coach.id,
            col(CoachAbsence.cancelled_at).is_(None),
            col(CoachAbsence.starts_at) <= at,
            col(CoachAbsence.ends_at) > at,
        )
        .order_by(col(CoachAbsence.ends_at).desc(), col(CoachAbsence.id).desc())
    )
    return (await session.exec(query)).first()


async def planned_absences(
    session: AsyncSession, coach: Coach, at: datetime | None = None
) -> list[CoachAbsence]:
    """The coach's current and coming absences, soonest first."""
    at = at or utcnow()
    query = (
        select(CoachAbsence)
        .where(
            CoachAbsence.coach_id == coach.id,
            col(CoachAbsence.cancelled_at).is_(None),
            col(CoachAbsence.ends_at) > at,
        )
        .order_by(col(CoachAbsence.starts_at), col(CoachAbsence.id))
    )
    return list((await session.exec(query)).all())


async def _is_away(session: AsyncSession, coach: Coach, at: datetime) -> bool:
    return await current_absence(session, coach, at) is not None


async def current_stand_in(
    session: AsyncSession, coach: Coach, at: datetime | None = None, *, case: Case | None = None
) -> Coach | None:
    """Who takes over from `coach` at `at`: None while the coach is not away (or nobody can).

    With a case, its backup coach comes first; then a coordinator of the team who is not away
    (the longest-serving one, so the choice is the same every time).
    """
    at = at or utcnow()
    if not await _is_away(session, coach, at):
        return None
    standing_in = backup_id(case, coach) if case is not None else None
    if standing_in not in (None, coach.id):
        backup = await session.get(Coach, standing_in)
        if backup is not None and not await _is_away(session, backup, at):
            return backup
    coordinators = await session.exec(
        select(Coach)
        .where(
            Coach.team_id == coach.team_id,
            col(Coach.is_coordinator).is_(True),
            col(Coach.id) != coach.id,
        )
        .order_by(col(Coach.id))
    )
    for coordinator in coordinators.all():
        if not await _is_away(session, coordinator, at):
            return coordinator
    return None


async def responsible_coach(session: AsyncSession, case: Case, at: datetime | None = None) -> Coach:
    """Who answers for the case now: its coach, or their stand-in while they are away.

    Every alert about something new on a case is addressed through this, so an absence routes
    everything at once.
    """
    coach = await case_coach(session, case)
    return await current_stand_in(session, coach, at, case=case) or coach


async def routed(session: AsyncSession, who: Membership) -> Membership:
    """The membership with the coach who answers now in place of the fixed coach."""
    coach = await responsible_coach(session, who.case)
    return who if coach.id == who.coach.id else replace(who, coach=coach)


@dataclass(frozen=True)
class StandInNow:
    """What 'My coach' tells a person: their coach is away until a day, and who helps."""

    coach: Coach
    last_day: date
    stand_in: Coach | None


async def stand_in_now(
    session: AsyncSession, case: Case, at: datetime | None = None
) -> StandInNow | None:
    """For a person's view of their coach: None while the coach is not away."""
    at = at or utcnow()
    coach = await case_coach(session, case)
    absence = await current_absence(session, coach, at)
    if absence is None:
        return None
    stand_in = await current_stand_in(session, coach, at, case=case)
    return StandInNow(coach=coach, last_day=last_day(absence), stand_in=stand_in)


async def coach_card(session: AsyncSession, who: Membership, at: datetime | None = None) -> str:
    """'My coach' in the person's language: who, when reachable, and who helps when they are
    away — the stand-in by name while the coach is away now. Telegram and the web say this."""
    language = who.person.language
    away = await stand_in_now(session, who.case, at)
    coach = away.coach if away is not None else who.coach
    card = render(language, texts.COACH_CARD, coach=coach.name)
    if away is not None:
        day = format_day(away.last_day, language)
        if away.stand_in is not None:
            line = render(
                language,
                coach_texts.COACH_CARD_AWAY,
                coach=coach.name,
                day=day,
                backup=away.stand_in.name,
            )
        else:
            line = render(language, coach_texts.COACH_CARD_AWAY_NOBODY, coach=coach.name, day=day)
        return f"{card}\n{line}"
    standing_in = backup_id(who.case, coach)
    if standing_in not in (None, coach.id):
        backup = await session.get(Coach, standing_in)
        if backup is not None:
            line = render(language, texts.COACH_CARD_BACKUP, coach=coach.name, backup=backup.name)
            return f"{card}\n{line}"
    return card


@dataclass(frozen=True)
class AbsenceSet:
    absence: CoachAbsence
    last_day: date
    # Who gets new items of the coach's active cases from now on; empty: nobody, the coach does.
    stand_ins: list[Coach]


async def do_set_absence(
    session: AsyncSession,
    *,
    coach: Coach,
    last_day: date,
    first_day: date | None = None,
    now: datetime | None = None,
) -> AbsenceSet:
    """Records that the coach is away from `first_day` (today) to the end of `last_day`.

    An absence that overlaps the new one is replaced by it: the coach says when they are away,
    not how it adds up. Stand-ins of an absence starting now are told in Telegram.
    """
    now = now or utcnow()
    today = local(now).date()
    first_day = first_day or today
    if last_day < today or first_day > last_day:
        raise InvalidInput(IN_THE_PAST)
    if first_day < today or (last_day - today).days > LONGEST_ABSENCE_DAYS:
        raise InvalidInput(TOO_FAR)
    starts_at = now if first_day == today else day_start(first_day)
    ends_at = day_start(last_day + timedelta(days=1))
    for other in await planned_absences(session, coach, now):
        if as_utc(other.starts_at) < ends_at and as_utc(other.ends_at) > starts_at:
            if as_utc(other.starts_at) < starts_at:
                other.ends_at = starts_at  # it did happen, up to now
            else:
                other.cancelled_at = now
    absence = CoachAbsence(coach_id=coach.id or 0, starts_at=starts_at, ends_at=ends_at)
    session.add(absence)
    await session.flush()
    audit.record(
        session,
        actor=coach,
        action="absence_set",
        absence_id=absence.id,
        last_day=last_day.isoformat(),
    )
    stand_ins: list[Coach] = []
    if starts_at <= now:
        by_stand_in = await cases_by_stand_in(session, coach, now)
        stand_ins = [stand_in for stand_in, _ in by_stand_in]
        if not stand_ins and not await _has_active_cases(session, coach):
            anyone = await current_stand_in(session, coach, now)
            stand_ins = [anyone] if anyone is not None else []
        for stand_in, cases in by_stand_in:
            language = stand_in.language
            names = ", ".join(case.first_name for case in cases)
            text = render(
                language,
                coach_texts.STAND_IN_TOLD,
                coach=coach.name,
                day=format_day(last_day, language),
                cases=names,
            )
            tell_coach(session, stand_in, text)
    return AbsenceSet(absence=absence, last_day=last_day, stand_ins=stand_ins)


async def do_end_absence(
    session: AsyncSession,
    *,
    coach: Coach,
    absence_id: int | None = None,
    now: datetime | None = None,
) -> CoachAbsence | None:
    """The coach is back: the current absence ends now (or a coming one, by id, is cancelled).

    Returns the absence ended, or None when the coach was not away. The stand-ins who had the
    coach's cases hear that new items go to the coach again.
    """
    now = now or utcnow()
    if absence_id is not None:
        absence = await session.get(CoachAbsence, absence_id)
        if absence is None or absence.coach_id != coach.id or absence.cancelled_at is not None:
            raise NotFound(f"no absence {absence_id}")
        if as_utc(absence.ends_at) <= now:
            return None
        if as_utc(absence.starts_at) > now:
            absence.cancelled_at = now
            audit.record(session, actor=coach, action="absence_cancelled", absence_id=absence.id)
            return absence
    else:
        absence = await current_absence(session, coach, now)
        if absence is None:
            return None
    by_stand_in = await cases_by_stand_in(session, coach, now)
    absence.ends_at = now
    audit.record(session, actor=coach, action="absence_ended", absence_id=absence.id)
    for stand_in, cases in by_stand_in:
        names = ", ".join(case.first_name for case in cases)
        text = render(stand_in.language, coach_texts.STAND_IN_BACK, coach=coach.name, cases=names)
        tell_coach(session, stand_in, text)
    return absence


async def _has_active_cases(session: AsyncSession, coach: Coach) -> bool:
    query = select(Case.id).where(Case.coach_id == coach.id, Case.status == CaseStatus.ACTIVE)
    return (await session.exec(query)).first() is not None


async def cases_by_stand_in(
    session: AsyncSession, coach: Coach, at: datetime
) -> list[tuple[Coach, list[Case]]]:
    """The coach's active cases grouped by who stands in for them at `at` (none: not away)."""
    cases = await session.exec(
        select(Case)
        .where(Case.coach_id == coach.id, Case.status == CaseStatus.ACTIVE)
        .order_by(col(Case.first_name), col(Case.id))
    )
    grouped: dict[int, tuple[Coach, list[Case]]] = {}
    for case in cases.all():
        stand_in = await current_stand_in(session, coach, at, case=case)
        if stand_in is not None:
            grouped.setdefault(stand_in.id or 0, (stand_in, []))[1].append(case)
    return list(grouped.values())
