"""The case page: the case's facts, what needs doing, and its whole story as a timeline.

Each block of the page (details and journey, referrals, appointments, notes, follow-up,
timeline) adds what it shows. A form refused with a reason renders the whole page again with
what was typed, through `case_page_context`, so nothing typed is lost; the handlers of those
forms live beside their subject (appointments.py, journey.py, notes.py, follow_up.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiohttp import web

from core.actions.appointments import today_in_amsterdam, upcoming_appointments
from core.actions.cadence import CADENCE, aftercare_ends
from core.actions.notes import MAX_NOTE_LENGTH, case_notes
from core.actions.open_invites import open_invites
from core.actions.portal_case_file import do_open_case_file, do_read_as_former_coach
from core.actions.referrals import REASONS, case_referrals, needs_action
from core.caseload import team_coaches
from core.clock import utcnow
from core.journey import OUTCOMES, stages_of
from core.models import Case, Role, Team
from core.queries import recent_checkins
from core.team_rules import team_rules
from core.timeline import GROUPS, case_timeline
from core.timeline_entries import stage_label
from messages import journey_texts
from portal.errors import Problem, Trouble
from portal.rendering import render_page
from portal.security import CoachUnit, coach_unit
from portal.views.common import coach_context, notice, path_id, via
from portal.views.handover_block import handover_block

ROLES = [role.value for role in Role]
CASE_NOTICES = frozenset(
    {
        "youth_linked",
        "no_coach",
        "case_closed",
        "access_ended",
        "case_closed_no_links",
        "erase_unconfirmed",
        "erase_coordinator_only",
        "erase_youth_is_case",
        "member_erased",
        "invite_retired",
        "made_from_intake",
        "placement_saved",
        "placement_bad",
    }
)
NOTE_NOTICES = frozenset({"note_added", "note_empty", "note_too_long"})
APPOINTMENT_NOTICES = frozenset({"appointment_told", "appointment_on_page", "appointment_added"})
FOLLOW_UP_NOTICES = frozenset(
    {"aftercare_started", "cadence_saved", "bad_date", "case_closed", "close_unconfirmed"}
)
JOURNEY_NOTICES = frozenset({"journey_saved", "case_saved"})
REFERRAL_NOTICES = frozenset({"referral_added", "referral_saved", "referral_reason"})
EMPTY_APPOINTMENT = {"what": "", "where": "", "date": "", "time": ""}
REFERRAL_FIELDS = ("service", "organisation", "contact", "date", "time")
# How many upcoming appointments the case page lists.
APPOINTMENTS_LISTED = 10


async def show_case(request: web.Request) -> web.Response:
    case_id = path_id(request, "case_id")
    async with coach_unit(request) as unit:
        former = await do_read_as_former_coach(
            unit.session, coach=unit.coach, case_id=case_id, via=via(request, unit)
        )
        if former is not None:
            return render_page(request, "case_read.html", coach_context(unit, "cases", view=former))
        context = await case_page_context(request, unit, case_id)
    if context is None:
        raise Problem(404, Trouble.NOT_FOUND)  # after the commit: the refusal is logged
    return render_page(request, "case.html", context)


def refused_form_page(request: web.Request, context: dict[str, Any] | None) -> web.Response:
    """The case page again after a form was refused (400), with what was typed and why; a case
    that is not this team's is "not found"."""
    if context is None:
        raise Problem(404, Trouble.NOT_FOUND)
    return render_page(request, "case.html", context, status=400)


async def case_page_context(
    request: web.Request, unit: CoachUnit, case_id: int, **shown: Any
) -> dict[str, Any] | None:
    """Everything the case page shows (a look at the file, written in the audit log); `shown`
    replaces a block's values, e.g. a refused form with what was typed. None: not this team's."""
    found = await do_open_case_file(
        unit.session, coach=unit.coach, case_id=case_id, via=via(request, unit)
    )
    if found is None:
        return None
    case = found.case
    blocks: dict[str, Any] = {}
    for block in (
        _notes,
        _appointments,
        _follow_up,
        _journey,
        _referrals,
        _timeline,
        _invites,
        handover_block,
    ):
        blocks.update(await block(request, unit, case))
    blocks.update(shown)
    return coach_context(
        unit,
        "cases",
        file=found,
        roles=ROLES,
        case_done=notice(request, CASE_NOTICES),
        **blocks,
    )


async def _notes(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    return {
        "notes": await case_notes(unit.session, coach=unit.coach, case_id=case.id or 0),
        "note_done": notice(request, NOTE_NOTICES),
        "max_note": MAX_NOTE_LENGTH,
    }


async def _appointments(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    found = await upcoming_appointments(
        unit.session, case_id=case.id or 0, limit=APPOINTMENTS_LISTED
    )
    return {
        "appointments": found,
        "appointment_form": EMPTY_APPOINTMENT,
        "appointment_error": None,
        "appointment_done": notice(request, APPOINTMENT_NOTICES),
        "appointment_min_date": today_in_amsterdam().isoformat(),
    }


async def _follow_up(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    rules = await team_rules(unit.session, case.team_id)
    return {
        "checkins": await recent_checkins(unit.session, case_id=case.id or 0),
        "follow_up_done": notice(request, FOLLOW_UP_NOTICES),
        "cadences": CADENCE,
        "aftercare_ends": aftercare_ends(case, rules),
    }


async def _journey(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    """Stage and outcome (with their choices) and the case's details form."""
    team = await unit.session.get(Team, case.team_id)
    return {
        "stages": [(stage.id, stage_label(stage.id, team)) for stage in stages_of(team)],
        "stage_shown": stage_label(case.stage, team) if case.stage else None,
        "outcomes": [(outcome, journey_texts.OUTCOME_NAMES[outcome]) for outcome in OUTCOMES],
        "outcome_names": journey_texts.OUTCOME_NAMES,
        "coaches": await team_coaches(unit.session, team_id=case.team_id),
        "edit_form": {
            "first_name": case.first_name,
            "birth_date": case.birth_date.isoformat() if case.birth_date else "",
            "coach": str(case.coach_id or ""),
            "backup": str(case.backup_coach_id or ""),
            "school": case.school or "",
            "leaving_date": case.leaving_date.isoformat() if case.leaving_date else "",
        },
        "edit_error": None,
        "journey_done": notice(request, JOURNEY_NOTICES),
    }


async def _referrals(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    referrals = await case_referrals(unit.session, case_id=case.id or 0)
    now = utcnow()
    return {
        "referrals": [(referral, needs_action(referral, now)) for referral in referrals],
        "referral_statuses": list(journey_texts.REFERRAL_STATUS_NAMES.items()),
        "referral_reasons": [(r, journey_texts.REFERRAL_REASON_NAMES[r]) for r in REASONS],
        "status_names": journey_texts.REFERRAL_STATUS_NAMES,
        "reason_names": journey_texts.REFERRAL_REASON_NAMES,
        "referral_form": dict.fromkeys(REFERRAL_FIELDS, ""),
        "referral_error": None,
        "referral_done": notice(request, REFERRAL_NOTICES),
        "referral_min_date": today_in_amsterdam().isoformat(),
    }


async def _timeline(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    """The case's story, newest first: ?show=<group> keeps one kind, ?before=<moment> pages."""
    group = request.query.get("show", "")
    group = group if group in GROUPS else ""
    try:
        before: datetime | None = datetime.fromisoformat(request.query.get("before", ""))
    except ValueError:
        before = None
    if before is not None and before.tzinfo is None:
        before = None
    page = await case_timeline(unit.session, case, group=group or None, before=before)
    return {
        "timeline": page.entries,
        "timeline_groups": list(GROUPS),
        "timeline_group": group,
        "timeline_older": page.older_than.isoformat() if page.older_than else None,
        "timeline_paged": before is not None,
    }


async def _invites(request: web.Request, unit: CoachUnit, case: Case) -> dict[str, Any]:
    return {"open_invites": await open_invites(unit.session, case_id=case.id or 0)}
