"""The operator's contract for a case's journey (DESIGN §9): `koers case stage`, `koers case
outcome` and what `koers case show` says of stage, outcome, referrals and the timeline."""

from __future__ import annotations

import asyncio
from datetime import datetime

from core.actions.referrals import do_add_referral, do_set_referral_status
from core.db import Database
from core.models import Case, Coach
from tests.blackbox import koers, refused


def test_an_operator_moves_a_case_along_the_journey_and_reads_its_timeline(
    koers_env: dict[str, str],
) -> None:
    koers(
        koers_env,
        "coach",
        "add",
        "--name",
        "Anna",
        "--email",
        "a@team.nl",
        "--password",
        "lang genoeg wachtwoord",
    )
    case = koers(koers_env, "case", "add", "--first-name", "Sam", "--coach", "a@team.nl")
    case_id = str(case["id"])
    fresh = koers(koers_env, "case", "show", case_id)
    assert (fresh["stage"], fresh["outcome"], fresh["referrals"]) == (None, None, [])
    assert [entry["kind"] for entry in fresh["timeline"]] == ["member", "created"]

    assert koers(koers_env, "case", "stage", case_id, "first_weeks") == {
        "id": case["id"],
        "stage": "first_weeks",
    }
    assert refused(koers_env, "case", "stage", case_id, "lottery")["error"] == "invalid"
    assert koers(koers_env, "case", "outcome", case_id, "work") == {
        "id": case["id"],
        "outcome": "work",
    }
    assert refused(koers_env, "case", "outcome", case_id, "lottery")["error"] == "invalid"
    assert refused(koers_env, "case", "stage", "999999", "closed")["error"] == "not_found"

    state = koers(koers_env, "case", "show", case_id)
    assert (state["stage"], state["outcome"]) == ("first_weeks", "work")
    timeline = state["timeline"]
    assert [entry["kind"] for entry in timeline] == ["outcome", "stage", "member", "created"]
    assert timeline[0]["summary"] == "Uitkomst: Werk"
    assert timeline[1]["summary"] == "Fase: Eerste weken werk of opleiding"
    moments = [datetime.fromisoformat(entry["at"]) for entry in timeline]
    assert moments == sorted(moments, reverse=True) and all(m.tzinfo for m in moments)

    # A referral the coach recorded (in the portal) is in the case's state, with its outcome.
    asyncio.run(_a_referral(koers_env["KOERS_DATABASE_URL"], case["id"]))
    state = koers(koers_env, "case", "show", case_id)
    (referral,) = state["referrals"]
    assert (referral["organisation"], referral["status"], referral["reason"]) == (
        "Geldwijzer",
        "not_helped",
        "no_capacity",
    )
    assert referral["needs_action"] is False
    assert state["timeline"][0] == {
        "at": state["timeline"][0]["at"],
        "kind": "referral",
        "summary": "Verwijzing naar Geldwijzer: Kon geen hulp krijgen (geen plek)",
        "by": "Anna",
    }


async def _a_referral(database_url: str, case_id: int) -> None:
    database = Database(database_url)
    try:
        async with database.transaction() as session:
            case = await session.get(Case, case_id)
            assert case is not None
            coach = await session.get(Coach, case.coach_id)
            assert coach is not None
            referral = await do_add_referral(
                session,
                coach=coach,
                case_id=case_id,
                service="Schuldhulp",
                organisation="Geldwijzer",
            )
            await do_set_referral_status(
                session,
                actor=coach,
                referral_id=referral.id or 0,
                status="not_helped",
                reason="no_capacity",
            )
    finally:
        await database.dispose()
