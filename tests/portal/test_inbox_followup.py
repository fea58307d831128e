"""Clearing the inbox: an alert marked as seen, an intake request marked as handled."""

from __future__ import annotations

from sqlmodel import select

from core.actions.organisation import do_add_coach
from core.db import Database
from core.models import Alert, AuditEntry, IntakeRequest
from tests import builders
from tests.portal.conftest import Portal


async def _add_alert(database: Database, world: builders.World, *, coach_id: int) -> int:
    async with database.transaction() as session:
        alert = Alert(coach_id=coach_id, case_id=world.case.id, kind="consent_declined")
        session.add(alert)
        await session.flush()
        return alert.id or 0


async def _add_intake(database: Database, team_id: int | None, reason: str, text: str) -> int:
    async with database.transaction() as session:
        intake = IntakeRequest(team_id=team_id, first_name="Noor", reason=reason, text=text)
        session.add(intake)
        await session.flush()
        return intake.id or 0


async def _other_team_coach(database: Database) -> None:
    async with database.transaction() as session:
        await do_add_coach(
            session,
            name="Bram",
            email="bram@other.test",
            password=builders.PASSWORD,
            team_name="Ander team",
        )


async def test_a_coach_marks_an_alert_as_seen_and_it_leaves_the_inbox(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    alert_id = await _add_alert(database, world, coach_id=world.coach.id or 0)
    await portal.log_in()
    inbox = await portal.page("/inbox")
    assert "Wil niet dat Koers berichten bewaart" in inbox
    assert f'action="/alerts/{alert_id}/seen"' in inbox and ">Gezien</button>" in inbox

    response = await portal.send(f"/alerts/{alert_id}/seen")
    assert response.status == 303 and response.headers["Location"] == "/inbox?done=alert_seen"
    inbox = await portal.page(response.headers["Location"])
    assert "De melding is weg uit je inbox." in inbox
    assert "Wil niet dat Koers berichten bewaart" not in inbox

    again = await portal.send(f"/alerts/{alert_id}/seen")  # a double click
    assert again.status == 303
    async with database.transaction() as session:
        alert = await session.get(Alert, alert_id)
        assert alert is not None and alert.resolved_at is not None
        entries = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "alert_resolved"))
        ).all()
        assert [(e.actor, e.case_id) for e in entries] == [
            (f"coach:{world.coach.id}", world.case.id)
        ]


async def test_an_alert_is_cleared_only_by_the_coach_it_is_for(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        colleague = await do_add_coach(
            session, name="Cor", email="cor@koers.test", password=builders.PASSWORD
        )
    assert colleague.team_id == world.coach.team_id
    alert_id = await _add_alert(database, world, coach_id=colleague.id or 0)
    await _other_team_coach(database)

    await portal.log_in()  # Anna sees her colleague's alert, but it is Cor's to clear
    inbox = await portal.page("/inbox")
    assert "voor Cor" in inbox and f"/alerts/{alert_id}/seen" not in inbox
    assert (await portal.send(f"/alerts/{alert_id}/seen")).status == 404

    await portal.send("/logout")
    await portal.log_in(email="bram@other.test")
    response = await portal.send(f"/alerts/{alert_id}/seen")
    assert response.status == 404
    assert "Deze pagina bestaat niet" in await response.text()
    assert (await portal.send("/alerts/999999/seen")).status == 404
    async with database.transaction() as session:
        alert = await session.get(Alert, alert_id)
        assert alert is not None and alert.resolved_at is None


async def test_intake_requests_show_who_why_what_and_when_and_can_be_handled(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    reasons = {
        "no_code": "Zonder link gestart",
        "code_expired": "Verlopen link",
        "code_used": "Gebruikte link",
        "code_unknown": "Onbekende link",
        "unlinked_message": "Bericht zonder koppeling",
    }
    ids = {
        reason: await _add_intake(database, world.coach.team_id, reason, f"مرحبا {reason}")
        for reason in reasons
    }
    await portal.log_in()
    inbox = await portal.page("/inbox")
    assert "Aanmeldingen zonder coach" in inbox and "Noor" in inbox
    for reason, label in reasons.items():
        assert label in inbox
        assert f'<p class="preview" dir="auto">مرحبا {reason}</p>' in inbox
        assert f'action="/intake/{ids[reason]}/handled"' in inbox
    assert inbox.count("<time datetime=") >= len(reasons)

    response = await portal.send(f"/intake/{ids['no_code']}/handled")
    assert response.headers["Location"] == "/inbox?done=intake_handled"
    inbox = await portal.page(response.headers["Location"])
    assert "De aanmelding is afgehandeld." in inbox
    assert "Zonder link gestart" not in inbox and "Verlopen link" in inbox
    async with database.transaction() as session:
        intake = await session.get(IntakeRequest, ids["no_code"])
        assert intake is not None and intake.handled_at is not None
        entry = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "intake_handled"))
        ).one()
        assert entry.actor == f"coach:{world.coach.id}"
        assert entry.detail == {"intake_id": intake.id, "reason": "no_code"}


async def test_another_teams_coach_gets_404_on_an_intake_request(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    intake_id = await _add_intake(database, world.coach.team_id, "no_code", "Hallo")
    await _other_team_coach(database)
    await portal.log_in(email="bram@other.test")

    assert "Hallo" not in await portal.page("/inbox")
    response = await portal.send(f"/intake/{intake_id}/handled")
    assert response.status == 404
    async with database.transaction() as session:
        intake = await session.get(IntakeRequest, intake_id)
        assert intake is not None and intake.handled_at is None


async def test_clearing_needs_the_csrf_token(portal: Portal, database: Database) -> None:
    world = await builders.coach_with_case(database)
    alert_id = await _add_alert(database, world, coach_id=world.coach.id or 0)
    intake_id = await _add_intake(database, world.coach.team_id, "no_code", "Hallo")
    await portal.log_in()
    for path in (f"/alerts/{alert_id}/seen", f"/intake/{intake_id}/handled"):
        response = await portal.post(path, {"csrf": "wrong-token-wrong-token"})
        assert response.status == 403, path
        assert (await portal.get(path)).status == 405  # no state change on GET
    async with database.transaction() as session:
        alert = await session.get(Alert, alert_id)
        intake = await session.get(IntakeRequest, intake_id)
        assert alert is not None and alert.resolved_at is None
        assert intake is not None and intake.handled_at is None
