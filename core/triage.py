"""The triage inbox (DESIGN §6): everything that needs a person, in one list, most urgent first.

Open threads, alerts, intake requests and referrals that need the coach come together, ranked
crisis → overdue → due today → the rest → to read (good news has no deadline: it is there to
read). Within a rank the earliest deadline comes first, then the newest. The portal's inbox and
the coach's /inbox in Telegram both ask here, so they show the same order.

The whole open list is read as small rows (ids, times, whose it is) through indexed queries;
only the page shown is filled in with names and first words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from enum import IntEnum

from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.referrals import needs_action
from core.clock import AMSTERDAM, as_utc, local, utcnow
from core.deadlines import Urgency
from core.journey_models import Referral, ReferralStatus
from core.models import (
    Alert,
    Case,
    CaseStatus,
    Coach,
    IntakeRequest,
    Thread,
    ThreadStatus,
)
from core.queries import InboxAlert, InboxThread, inbox_alerts, inbox_threads


class Rank(IntEnum):
    CRISIS = 0
    OVERDUE = 1
    DUE_TODAY = 2
    LATER = 3
    TO_READ = 4


THREAD_KINDS = ("question", "concern", "report", "checkin", "good_news")
KINDS = (*THREAD_KINDS, "alert", "intake", "referral")
# Whose items: mine (my cases, what I took, alerts for me), where I stand in (cases I am the
# backup of), or the whole team.
WHOSE = ("mine", "standing_in", "team")
PAGE = 50
# Alerts that someone should read today: words Koers could not read may be a cry for help.
TODAY_ALERTS = frozenset({"message_unhandled"})


@dataclass(frozen=True)
class TriageFilter:
    whose: str = "team"
    kind: str = ""
    overdue_only: bool = False
    page: int = 1


def triage_filter(
    *, whose: str = "", kind: str = "", overdue: str = "", page: str = ""
) -> TriageFilter:
    """From what a page's address asks; anything unknown falls back to the default."""
    number = int(page) if page.isdigit() and 0 < int(page) < 10_000 else 1
    return TriageFilter(
        whose=whose if whose in WHOSE else "team",
        kind=kind if kind in KINDS else "",
        overdue_only=overdue in ("1", "yes", "true"),
        page=number,
    )


@dataclass(frozen=True)
class Item:
    """One thing that needs a person; exactly one of the ids is set."""

    rank: Rank
    kind: str
    at: datetime
    due_at: datetime | None
    case_id: int | None
    coach_id: int | None
    backup_coach_id: int | None = None
    taken_by_coach_id: int | None = None
    thread_id: int | None = None
    alert_id: int | None = None
    intake_id: int | None = None
    referral_id: int | None = None

    def sort_key(self) -> tuple[int, float, float]:
        # Times from the database are UTC-aware already: timestamp() needs no conversion.
        due = self.due_at.timestamp() if self.due_at is not None else float("inf")
        return int(self.rank), due, -self.at.timestamp()

    def whose(self, coach_id: int) -> set[str]:
        found = {"team"}
        unassigned = self.kind == "intake" and self.coach_id is None
        if coach_id in (self.coach_id, self.taken_by_coach_id) or unassigned:
            found.add("mine")  # an intake request nobody was given is everyone's
        if self.backup_coach_id == coach_id:
            found.add("standing_in")
        return found


@dataclass
class Triage:
    items: list[Item]
    filter: TriageFilter
    # Over everything that matches "whose" (before the kind and overdue filters).
    by_rank: Counter[Rank] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    # Over everything that matches the filter; `items` is one page of it.
    matching: int = 0
    pages: int = 1
    threads: dict[int, InboxThread] = field(default_factory=dict)
    alerts: dict[int, InboxAlert] = field(default_factory=dict)
    intakes: dict[int, IntakeRequest] = field(default_factory=dict)
    referrals: dict[int, tuple[Referral, Case]] = field(default_factory=dict)


def thread_rank(
    *,
    kind: str,
    urgency: str | None,
    due_at: datetime | None,
    now: datetime,
    today_ends: datetime | None = None,
) -> Rank:
    """`today_ends`: midnight in Amsterdam after `now` (computed once for a whole list)."""
    if kind == "good_news":
        return Rank.TO_READ
    if urgency == Urgency.URGENT:
        return Rank.CRISIS
    if due_at is None:
        return Rank.LATER
    due = due_at if due_at.tzinfo is not None else as_utc(due_at)
    if due <= now:
        return Rank.OVERDUE
    if due < (today_ends or end_of_local_day(now)):
        return Rank.DUE_TODAY
    return Rank.LATER


def end_of_local_day(now: datetime) -> datetime:
    """The next midnight in Amsterdam, in UTC."""
    tomorrow = local(now).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tzinfo=AMSTERDAM).astimezone(UTC)


async def triage(
    session: AsyncSession, *, coach: Coach, shown: TriageFilter, page_size: int = PAGE
) -> Triage:
    now = utcnow()
    everything = [
        *await _threads(session, coach.team_id, now),
        *await _alerts(session, coach.team_id),
        *await _intakes(session, coach.team_id),
        *await _referrals(session, coach.team_id, now),
    ]
    theirs = [item for item in everything if shown.whose in item.whose(coach.id or 0)]
    matching = [
        item
        for item in theirs
        if (not shown.kind or item.kind == shown.kind)
        and (not shown.overdue_only or item.rank == Rank.OVERDUE)
    ]
    matching.sort(key=Item.sort_key)
    pages = max(1, -(-len(matching) // page_size))
    page = min(shown.page, pages)
    items = matching[(page - 1) * page_size : page * page_size]
    found = Triage(
        items=items,
        filter=TriageFilter(shown.whose, shown.kind, shown.overdue_only, page),
        by_rank=Counter(item.rank for item in theirs),
        by_kind=Counter(item.kind for item in theirs),
        matching=len(matching),
        pages=pages,
    )
    await _fill_in(session, found)
    return found


async def _threads(session: AsyncSession, team_id: int, now: datetime) -> list[Item]:
    rows = await session.exec(
        select(  # type: ignore[call-overload]  # more columns than sqlmodel's overloads
            col(Thread.id),
            col(Thread.kind),
            col(Thread.urgency),
            col(Thread.due_at),
            col(Thread.last_message_at),
            col(Thread.taken_by_coach_id),
            col(Case.id),
            col(Case.coach_id),
            col(Case.backup_coach_id),
        )
        .join(Case, col(Case.id) == Thread.case_id)
        .where(Case.team_id == team_id, Thread.status == ThreadStatus.OPEN)
    )
    today_ends = end_of_local_day(now)
    return [
        Item(
            rank=thread_rank(
                kind=kind, urgency=urgency, due_at=due_at, now=now, today_ends=today_ends
            ),
            kind=kind if kind in THREAD_KINDS else "question",
            at=last_message_at,
            due_at=None if kind == "good_news" else due_at,
            case_id=case_id,
            coach_id=coach_id,
            backup_coach_id=backup_id,
            taken_by_coach_id=taken_by,
            thread_id=thread_id,
        )
        for (
            thread_id,
            kind,
            urgency,
            due_at,
            last_message_at,
            taken_by,
            case_id,
            coach_id,
            backup_id,
        ) in rows.all()
    ]


async def _alerts(session: AsyncSession, team_id: int) -> list[Item]:
    rows = await session.exec(
        select(  # type: ignore[call-overload]  # more columns than sqlmodel's overloads
            col(Alert.id),
            col(Alert.kind),
            col(Alert.created_at),
            col(Alert.coach_id),
            col(Alert.case_id),
            col(Case.backup_coach_id),
        )
        .join(Coach, col(Coach.id) == Alert.coach_id)
        .outerjoin(Case, col(Case.id) == Alert.case_id)
        .where(Coach.team_id == team_id, col(Alert.resolved_at).is_(None))
    )
    return [
        Item(
            rank=Rank.DUE_TODAY if kind in TODAY_ALERTS else Rank.LATER,
            kind="alert",
            at=created_at,
            due_at=None,
            case_id=case_id,
            coach_id=coach_id,
            backup_coach_id=backup_id,
            alert_id=alert_id,
        )
        for alert_id, kind, created_at, coach_id, case_id, backup_id in rows.all()
    ]


async def _intakes(session: AsyncSession, team_id: int) -> list[Item]:
    rows = await session.exec(
        select(IntakeRequest.id, IntakeRequest.created_at, IntakeRequest.coach_id).where(
            IntakeRequest.team_id == team_id, col(IntakeRequest.handled_at).is_(None)
        )
    )
    # Someone trying to reach Koers without a code hears from a person the same day.
    return [
        Item(
            rank=Rank.DUE_TODAY,
            kind="intake",
            at=created_at,
            due_at=None,
            case_id=None,
            coach_id=coach_id,
            intake_id=intake_id,
        )
        for intake_id, created_at, coach_id in rows.all()
    ]


async def _referrals(session: AsyncSession, team_id: int, now: datetime) -> list[Item]:
    rows = await session.exec(
        select(Referral, Case)
        .join(Case, col(Case.id) == Referral.case_id)
        .where(
            Case.team_id == team_id,
            Case.status == CaseStatus.ACTIVE,
            Referral.status == ReferralStatus.PENDING,
            or_(
                col(Referral.first_appointment_at) <= now,
                col(Referral.youth_said) == "no",
            ),
        )
    )
    return [
        Item(
            rank=Rank.LATER,
            kind="referral",
            at=referral.first_appointment_at or referral.created_at,
            due_at=None,
            case_id=case.id,
            coach_id=case.coach_id,
            backup_coach_id=case.backup_coach_id,
            referral_id=referral.id,
        )
        for referral, case in rows.all()
        if needs_action(referral, now)
    ]


async def _fill_in(session: AsyncSession, found: Triage) -> None:
    """Names, first words and the rest, for the page's items only."""
    thread_ids = [item.thread_id for item in found.items if item.thread_id is not None]
    if thread_ids:
        threads = (await session.exec(select(Thread).where(col(Thread.id).in_(thread_ids)))).all()
        shown = await inbox_threads(session, threads)
        found.threads = {entry.thread.id or 0: entry for entry in shown}
    alert_ids = [item.alert_id for item in found.items if item.alert_id is not None]
    if alert_ids:
        alerts = (await session.exec(select(Alert).where(col(Alert.id).in_(alert_ids)))).all()
        found.alerts = {entry.alert.id or 0: entry for entry in await inbox_alerts(session, alerts)}
    intake_ids = [item.intake_id for item in found.items if item.intake_id is not None]
    if intake_ids:
        intakes = await session.exec(
            select(IntakeRequest).where(col(IntakeRequest.id).in_(intake_ids))
        )
        found.intakes = {intake.id or 0: intake for intake in intakes.all()}
    referral_ids = [item.referral_id for item in found.items if item.referral_id is not None]
    if referral_ids:
        rows = await session.exec(
            select(Referral, Case)
            .join(Case, col(Case.id) == Referral.case_id)
            .where(col(Referral.id).in_(referral_ids))
        )
        found.referrals = {referral.id or 0: (referral, case) for referral, case in rows.all()}
