"""A coordinator imports this year's school leavers (DESIGN, "The school-leavers file").

All or nothing: the whole file is read and checked first (core/school_leavers.py); with any
problem nothing is stored. Then every new young person becomes a case and every changed row
updates its case, in one transaction with batched statements. Re-importing the same file
changes nothing. A row without a coach lands on the team's "to be picked up" list.

What the file says wins for names, dates and school. Its coach and stage are taken for new
cases and for cases that have none yet: once a case is picked up and moving, who coaches it and
where it is in the journey is kept in Koers, not in the school's spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy import insert, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core import access, audit, tasks
from core.access import Actor
from core.actions.out_of_view import OUT_OF_VIEW_CHECK
from core.clock import local, utcnow
from core.errors import InvalidInput, NotFound
from core.journey import stages_of
from core.journey_models import CaseEvent, CaseEventKind
from core.models import Case, CaseStatus, Coach, Team
from core.school_leavers import Leaver, LeaversFile, Problem, TeamFacts, read_leavers_file
from core.team_rules import TeamRules
from messages import journey_texts
from messages.i18n import render

BATCH = 1000
# Fields a row can change on an existing case, in the order the preview names them.
FILE_FIELDS = ("first_name", "birth_date", "leaving_date", "school")
Progress = Callable[[int, int], None]
_Item = TypeVar("_Item")


class InvalidLeaversFile(InvalidInput):
    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("invalid")
        self.problems = list(problems)


@dataclass(frozen=True)
class Change:
    case_id: int
    leaver: Leaver
    fields: list[str]


@dataclass(frozen=True)
class ImportPlan:
    """What importing the file would do; `problems` empty means it can be imported."""

    file: LeaversFile
    new: list[Leaver]
    changed: list[Change]
    unchanged: list[Leaver]

    @property
    def problems(self) -> list[Problem]:
        return self.file.problems

    def counts(self) -> dict[str, int]:
        return {
            "imported": len(self.new),
            "updated": len(self.changed),
            "unchanged": len(self.unchanged),
        }


async def team_facts(session: AsyncSession, team: Team) -> TeamFacts:
    coaches = await session.exec(
        select(Coach.email, Coach.id).where(Coach.team_id == team.id, col(Coach.left_at).is_(None))
    )
    coach_ids = {email.lower(): coach_id for email, coach_id in coaches.all() if coach_id}
    known: dict[str, str] = {}
    names = []
    for stage in stages_of(team):
        shown = stage.name or render("nl", journey_texts.STAGE_NAMES.get(stage.id, stage.id))
        names.append(shown)
        for spelling in (stage.id, shown, stage.id.replace("_", " ")):
            known[_spelling(spelling)] = stage.id

    def stage_id(written: str) -> str | None:
        return known.get(_spelling(written))

    return TeamFacts(
        coach_ids=coach_ids,
        stage_id=stage_id,
        stage_names=", ".join(names),
        today=local(utcnow()).date(),
    )


def _spelling(value: str) -> str:
    return " ".join(value.lower().replace("_", " ").replace("-", " ").split())


async def plan_import(
    session: AsyncSession, *, actor: Actor, team_id: int, content: bytes
) -> ImportPlan:
    """Reads and checks the file against the team and what it already holds; stores nothing."""
    team = await _team(session, actor, team_id)
    read = read_leavers_file(content, await team_facts(session, team))
    if read.problems:
        return ImportPlan(read, [], [], [])
    known = {
        case.external_id: case
        for case in (
            await session.exec(
                select(Case).where(Case.team_id == team_id, col(Case.external_id).is_not(None))
            )
        ).all()
    }
    new, changed, unchanged = [], [], []
    for leaver in read.leavers:
        case = known.get(leaver.external_id)
        if case is None:
            new.append(leaver)
            continue
        fields = _changed_fields(case, leaver)
        if fields:
            changed.append(Change(case.id or 0, leaver, fields))
        else:
            unchanged.append(leaver)
    return ImportPlan(read, new, changed, unchanged)


def _changed_fields(case: Case, leaver: Leaver) -> list[str]:
    fields = [
        name
        for name in FILE_FIELDS
        if getattr(leaver, name) is not None and getattr(leaver, name) != getattr(case, name)
    ]
    if case.coach_id is None and leaver.coach_id is not None:
        fields.append("coach_id")
    if case.stage is None and leaver.stage is not None:
        fields.append("stage")
    return fields


async def do_import_leavers(
    session: AsyncSession,
    *,
    actor: Actor,
    team_id: int,
    content: bytes,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Imports the file, or raises InvalidLeaversFile with every problem and stores nothing.
    `progress(done, total)` is called after each batch of rows."""
    plan = await plan_import(session, actor=actor, team_id=team_id, content=content)
    if plan.problems:
        raise InvalidLeaversFile(plan.problems)
    if dry_run:
        return plan.counts()
    total, done = len(plan.new) + len(plan.changed), 0
    now = utcnow()
    rules = TeamRules.of(await _team(session, actor, team_id))
    watch_from = now + timedelta(days=rules.out_of_view_days)
    for batch in _batches(plan.new):
        await _insert_cases(session, team_id, batch, actor=actor, watch_from=watch_from)
        done += len(batch)
        if progress:
            progress(done, total)
    for changes in _batches(plan.changed):
        await _update_cases(session, changes, actor=actor, watch_from=watch_from)
        done += len(changes)
        if progress:
            progress(done, total)
    audit.record(session, actor=actor, action="leavers_imported", team=team_id, **plan.counts())
    return plan.counts()


async def _team(session: AsyncSession, actor: Actor, team_id: int) -> Team:
    access.require_coordinator(actor)
    team = await session.get(Team, team_id)
    if team is None or not access.reaches(actor, team_id):
        raise NotFound(f"no team {team_id}")
    return team


def _batches(items: list[_Item]) -> list[list[_Item]]:
    return [items[start : start + BATCH] for start in range(0, len(items), BATCH)]


async def _insert_cases(
    session: AsyncSession, team_id: int, leavers: list[Leaver], *, actor: Actor, watch_from: Any
) -> None:
    now = utcnow()
    rows = [
        {
            "team_id": team_id,
            "coach_id": leaver.coach_id,
            "first_name": leaver.first_name,
            "birth_date": leaver.birth_date,
            "leaving_date": leaver.leaving_date,
            "school": leaver.school,
            "stage": leaver.stage,
            "external_id": leaver.external_id,
            "status": CaseStatus.ACTIVE,
            "created_at": now,
        }
        for leaver in leavers
    ]
    statement = insert(Case).returning(col(Case.id), col(Case.external_id))
    ids = {
        external_id: case_id
        for case_id, external_id in (await session.exec(statement, params=rows))
    }
    await _write_events(session, [(ids[one.external_id], []) for one in leavers], actor=actor)
    watched = [ids[one.external_id] for one in leavers if one.coach_id is not None]
    await _plan_watch(session, watched, watch_from)


async def _update_cases(
    session: AsyncSession, changes: list[Change], *, actor: Actor, watch_from: Any
) -> None:
    rows = []
    for change in changes:
        row: dict[str, Any] = {"id": change.case_id}
        for name in change.fields:
            row[name] = getattr(change.leaver, name)
        rows.append(row)
    # Rows differ in which fields they set; one statement per shape keeps it batched.
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        shapes.setdefault(tuple(sorted(row)), []).append(row)
    for same in shapes.values():
        await session.exec(update(Case), params=same)
    await _write_events(session, [(c.case_id, c.fields) for c in changes], actor=actor)
    picked_up = [c.case_id for c in changes if "coach_id" in c.fields]
    await _plan_watch(session, picked_up, watch_from)


async def _write_events(
    session: AsyncSession, events: list[tuple[int, list[str]]], *, actor: Actor
) -> None:
    coach_id = actor.id if isinstance(actor, Coach) else None
    now = utcnow()
    rows = [
        {
            "case_id": case_id,
            "kind": CaseEventKind.IMPORTED,
            "coach_id": coach_id,
            "detail": {"fields": fields},
            "at": now,
        }
        for case_id, fields in events
    ]
    if rows:
        await session.exec(insert(CaseEvent), params=rows)


async def _plan_watch(session: AsyncSession, case_ids: list[int], at: Any) -> None:
    """A case with a coach is watched for going out of view from now on."""
    await tasks.plan_many(
        session,
        [
            {
                "kind": OUT_OF_VIEW_CHECK,
                "key": f"{OUT_OF_VIEW_CHECK}:{case_id}:{at.isoformat()}",
                "due_at": at,
                "case_id": case_id,
            }
            for case_id in case_ids
        ],
    )
