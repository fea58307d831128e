"""A concern or crisis closes only with what was done and a few words; a question with one click."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from core.actions.concerns import do_raise_crisis
from core.actions.questions import do_close_thread
from core.db import Database
from core.errors import InvalidInput
from core.models import AuditEntry, Channel, Coach, Thread
from tests.scheduler.world import team_with_question, youth_of


async def _crisis(database: Database) -> tuple[Coach, int]:
    case, _ = await team_with_question(database)
    async with database.transaction() as session:
        who = await youth_of(session, case.id or 0)
        raised = await do_raise_crisis(
            session, who=who, text="ik wil niet meer leven", channel=Channel.TELEGRAM, base_url=""
        )
        coach = await session.get(Coach, case.coach_id)
        assert coach is not None
        return coach, raised.thread.id or 0


@pytest.mark.parametrize(
    ("outcome", "note", "refused"),
    [
        (None, None, "outcome_missing"),
        ("", "Gebeld", "outcome_missing"),
        ("whatever", "Gebeld", "outcome_missing"),
        ("referred", None, "outcome_note_missing"),
        ("referred", "   \n ", "outcome_note_missing"),
        ("referred", "x" * 1001, "outcome_note_too_long"),
    ],
)
async def test_a_crisis_is_not_closed_without_an_outcome_and_a_note(
    database: Database, outcome: str | None, note: str | None, refused: str
) -> None:
    coach, thread_id = await _crisis(database)
    async with database.transaction() as session:
        with pytest.raises(InvalidInput, match=refused):
            await do_close_thread(
                session, coach=coach, thread_id=thread_id, outcome=outcome, note=note
            )
    async with database.transaction() as session:
        thread = await session.get(Thread, thread_id)
        assert thread is not None
        assert (thread.status, thread.outcome, thread.closed_at) == ("open", None, None)


async def test_a_crisis_closes_with_its_outcome_and_note_in_the_thread_and_the_audit_log(
    database: Database,
) -> None:
    coach, thread_id = await _crisis(database)
    async with database.transaction() as session:
        await do_close_thread(
            session,
            coach=coach,
            thread_id=thread_id,
            outcome="crisis_service",
            note="  Met Sam en moeder gebeld,\n huisarts en crisisdienst ingeschakeld. ",
        )
    async with database.transaction() as session:
        # Closing again changes nothing, and asks for nothing.
        await do_close_thread(session, coach=coach, thread_id=thread_id)
    async with database.transaction() as session:
        thread = await session.get(Thread, thread_id)
        assert thread is not None and thread.status == "closed" and thread.closed_at is not None
        assert thread.outcome == "crisis_service"
        assert thread.outcome_note == (
            "Met Sam en moeder gebeld, huisarts en crisisdienst ingeschakeld."
        )
        closed = (
            await session.exec(select(AuditEntry).where(col(AuditEntry.action) == "thread_closed"))
        ).all()
        assert [entry.detail for entry in closed] == [{"outcome": "crisis_service"}]


async def test_a_plain_question_still_closes_with_one_click(database: Database) -> None:
    case, thread_id = await team_with_question(database)
    async with database.transaction() as session:
        coach = await session.get(Coach, case.coach_id)
        assert coach is not None
        await do_close_thread(session, coach=coach, thread_id=thread_id)
    async with database.transaction() as session:
        thread = await session.get(Thread, thread_id)
        assert thread is not None and (thread.status, thread.outcome) == ("closed", None)
