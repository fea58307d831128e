"""A coach's caseload board: the team's cases, found by name, filtered by coach, stage and
status, sorted by name or by how long ago there was contact (who has been quiet longest first),
and grouped the way a coach works through them (DESIGN §6):

- needs attention: an open item (a question, an alert), something overdue, a bad check-in in
  the last two weeks, a blocked chat, consent declined, or a referral without an outcome;
- out of view: no contact for too long (core/actions/out_of_view.py);
- to be picked up: no coach yet (an imported leaver), or nobody has been in touch yet (no one
  linked, no contact ever);
- in aftercare, and in view: the rest.

What a filter may say and what each group means are decided here; the portal only passes on
what was asked and renders the rows. Unknown values fall back to the defaults, so an edited
address never breaks the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, nulls_first
from sqlmodel import col, or_, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.referrals import needs_action
from core.clock import utcnow
from core.journey import STAGE_ID_LIMIT
from core.journey_models import Referral, ReferralStatus
from core.models import (
    Alert,
    Case,
    CaseMember,
    CaseStatus,
    CheckIn,
    Coach,
    Person,
    Thread,
    ThreadStatus,
)

STATUSES = ("active", "closed", "all")
GROUPS = ("needs_attention", "out_of_view", "in_view", "aftercare", "to_pick_up", "closed")
# Why a case needs attention, in the order a coach reads them.
REASONS = ("overdue", "open_items", "bad_checkin", "blocked", "no_consent", "referral")
# A check-in that alerted the coach counts this long.
BAD_CHECKIN_DAYS = 14
ORDERS = ("name", "contact")
# A search longer than a first name can be is cut, not refused.
MAX_SEARCH = 80


@dataclass(frozen=True)
class CaseRow:
    case: Case
    coach: Coach | None  # None: waiting to be picked up
    open_items: int
    group: str = "in_view"
    reasons: tuple[str, ...] = ()
    # Referrals still waiting for their outcome (did they arrive?).
    open_referrals: int = 0


@dataclass(frozen=True)
class CaseFilter:
    # Part of the first name, in any case ("sa" finds Sam and Lisa).
    name: str = ""
    coach_id: int | None = None
    status: str = "active"
    order: str = "name"
    # A stage id (core/journey.py), "none" for cases without a stage, or "" for any.
    stage: str = ""


def case_filter(
    *, name: str = "", coach: str = "", status: str = "", order: str = "", stage: str = ""
) -> CaseFilter:
    """A filter from what a coach typed and chose; anything unknown is the default."""
    stage = stage.strip()
    return CaseFilter(
        name=name.strip()[:MAX_SEARCH],
        coach_id=int(coach) if coach.isdigit() and len(coach) < 10 else None,
        status=status if status in STATUSES else "active",
        order=order if order in ORDERS else "name",
        stage=stage if len(stage) <= STAGE_ID_LIMIT and stage.replace("_", "").isalnum() else "",
    )


async def caseload(
    session: AsyncSession, *, team_id: int, shown: CaseFilter | None = None
) -> list[CaseRow]:
    """The team's cases as the filter asks, each with its coach and open items (open threads
    and unresolved alerts)."""
    shown = shown or CaseFilter()
    query = select(Case).where(Case.team_id == team_id)
    if shown.name:
        query = query.where(func.lower(Case.first_name).contains(shown.name.lower()))
    if shown.coach_id is not None:
        query = query.where(Case.coach_id == shown.coach_id)
    if shown.stage == "none":
        query = query.where(col(Case.stage).is_(None))
    elif shown.stage:
        query = query.where(Case.stage == shown.stage)
    if shown.status != "all":
        if shown.status == "closed":
            query = query.where(col(Case.status) == CaseStatus.CLOSED)
        else:
            query = query.where(col(Case.status) != CaseStatus.CLOSED)
    if shown.order == "contact":
        query = query.order_by(nulls_first(col(Case.last_contact_at).asc()), col(Case.id))
    else:
        query = query.order_by(func.lower(Case.first_name), col(Case.id))
    cases = (await session.exec(query)).all()
    ids = [c.id for c in cases]
    open_threads = dict(
        (
            await session.exec(
                select(Thread.case_id, func.count())
                .where(col(Thread.case_id).in_(ids), Thread.status == ThreadStatus.OPEN)
                .group_by(col(Thread.case_id))
            )
        ).all()
    )
    open_alerts = dict(
        (
            await session.exec(
                select(Alert.case_id, func.count())
                .where(col(Alert.case_id).in_(ids), col(Alert.resolved_at).is_(None))
                .group_by(col(Alert.case_id))
            )
        ).all()
    )
    coach_ids = {c.coach_id for c in cases}
    coaches = {
        coach.id: coach
        for coach in (await session.exec(select(Coach).where(col(Coach.id).in_(coach_ids)))).all()
    }
    signals = await _signals(session, ids)
    pending = dict(
        (
            await session.exec(
                select(Referral.case_id, func.count())
                .where(col(Referral.case_id).in_(ids), Referral.status == ReferralStatus.PENDING)
                .group_by(col(Referral.case_id))
            )
        ).all()
    )
    rows = []
    for case in cases:
        case_id = case.id or 0
        open_items = open_threads.get(case_id, 0) + open_alerts.get(case_id, 0)
        reasons = tuple(
            reason
            for reason in REASONS
            if (reason == "open_items" and open_items) or case_id in signals.get(reason, set())
        )
        rows.append(
            CaseRow(
                case=case,
                coach=coaches.get(case.coach_id or 0),
                open_items=open_items,
                group=_group(case, reasons, case_id in signals["in_touch"]),
                reasons=reasons,
                open_referrals=pending.get(case_id, 0),
            )
        )
    return rows


def _group(case: Case, reasons: tuple[str, ...], in_touch: bool) -> str:
    if case.status == CaseStatus.CLOSED:
        return "closed"
    if reasons:
        return "needs_attention"
    if case.coach_id is None:
        return "to_pick_up"
    if case.out_of_view:
        return "out_of_view"
    if not in_touch and case.last_contact_at is None:
        return "to_pick_up"
    if case.aftercare_since is not None:
        return "aftercare"
    return "in_view"


async def _signals(session: AsyncSession, ids: list[int | None]) -> dict[str, set[int]]:
    """For each reason (and "in_touch": someone on the case is linked), the cases it holds for."""
    now = utcnow()
    found: dict[str, set[int]] = {}

    async def cases_where(query: Any) -> set[int]:
        return {case_id for case_id in (await session.exec(query)).all() if case_id is not None}

    found["overdue"] = await cases_where(
        select(Thread.case_id).where(
            col(Thread.case_id).in_(ids),
            Thread.status == ThreadStatus.OPEN,
            col(Thread.due_at) <= now,
        )
    )
    found["bad_checkin"] = await cases_where(
        select(CheckIn.case_id).where(
            col(CheckIn.case_id).in_(ids),
            col(CheckIn.alerted_at) >= now - timedelta(days=BAD_CHECKIN_DAYS),
        )
    )
    people = (
        select(CaseMember.case_id)
        .join(Person, col(Person.id) == CaseMember.person_id)
        .where(col(CaseMember.case_id).in_(ids))
    )
    found["blocked"] = await cases_where(people.where(col(Person.telegram_blocked_at).is_not(None)))
    found["no_consent"] = await cases_where(
        people.where(col(Person.consent_declined_at).is_not(None), col(Person.consent_at).is_(None))
    )
    found["in_touch"] = await cases_where(
        people.where(
            or_(col(Person.telegram_chat_id).is_not(None), col(Person.consent_at).is_not(None))
        )
    )
    referrals = await session.exec(
        select(Referral).where(
            col(Referral.case_id).in_(ids), Referral.status == ReferralStatus.PENDING
        )
    )
    found["referral"] = {r.case_id for r in referrals.all() if needs_action(r, now)}
    return found


async def team_coaches(session: AsyncSession, *, team_id: int) -> list[Coach]:
    """The coaches a caseload can be filtered by, by name."""
    query = (
        select(Coach)
        .where(Coach.team_id == team_id, col(Coach.left_at).is_(None))
        .order_by(func.lower(Coach.name))
    )
    return list((await session.exec(query)).all())
