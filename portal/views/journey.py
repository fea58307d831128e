"""The case page's journey blocks: the case's details (edit, another coach), its stage and
outcome, and its referrals with their status. The rules are actions in core/; this file reads
the forms and says how it went."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from aiohttp import web

from core import access
from core.actions.appointments import InPast, NoSuchTime
from core.actions.case_edit import CaseDetails, do_edit_case
from core.actions.journey import do_set_outcome, do_set_stage
from core.actions.placement_checkins import do_set_placement_start
from core.actions.referrals import do_add_referral, do_set_referral_status
from core.errors import InvalidInput, NotFound
from core.journey_models import Referral
from core.models import CaseMember
from portal.errors import Problem, Trouble
from portal.security import coach_unit, form_optional, read_form
from portal.views.case_page import REFERRAL_FIELDS, case_page_context, refused_form_page
from portal.views.common import path_id, see_other

EDIT_FIELDS = ("first_name", "birth_date", "coach", "backup", "school", "leaving_date")


def _typed(form: Mapping[str, str], names: tuple[str, ...]) -> dict[str, str]:
    return {name: form_optional(form, name)[:500] for name in names}


def _optional_day(text: str, field: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInput(field) from error


def _optional_id(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


async def edit_case(request: web.Request) -> web.Response:
    """POST /cases/{id}/edit: saved → the case page says so; refused → the form as typed."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    typed = _typed(form, EDIT_FIELDS)
    error: str | None = None
    async with coach_unit(request, form) as unit:
        try:
            details = CaseDetails(
                first_name=typed["first_name"],
                birth_date=_optional_day(typed["birth_date"], "birth_date"),
                coach_id=_optional_id(typed["coach"]),
                backup_coach_id=_optional_id(typed["backup"]),
                school=typed["school"],
                leaving_date=_optional_day(typed["leaving_date"], "leaving_date"),
            )
            await do_edit_case(unit.session, case_id=case_id, actor=unit.coach, details=details)
        except InvalidInput as problem:
            error = str(problem)
        if error is not None:
            context = await case_page_context(
                request, unit, case_id, edit_form=typed, edit_error=error
            )
    if error is not None:
        return refused_form_page(request, context)
    return see_other(f"/cases/{case_id}?done=case_saved#case-facts")


async def set_journey(request: web.Request) -> web.Response:
    """POST /cases/{id}/journey: the stage and the outcome (an empty choice leaves it)."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    stage, outcome = form_optional(form, "stage").strip(), form_optional(form, "outcome").strip()
    async with coach_unit(request, form) as unit:
        await access.case_for(unit.session, unit.coach, case_id)
        try:
            if stage:
                await do_set_stage(unit.session, case_id=case_id, stage=stage, actor=unit.coach)
            if outcome:
                await do_set_outcome(
                    unit.session, case_id=case_id, outcome=outcome, actor=unit.coach
                )
        except InvalidInput as problem:
            raise Problem(400, Trouble.BAD_REQUEST) from problem  # not one of the choices
    return see_other(f"/cases/{case_id}?done=journey_saved#case-facts")


async def add_referral(request: web.Request) -> web.Response:
    """POST /cases/{id}/referrals: saved → listed; refused → the form as typed, with why."""
    case_id = path_id(request, "case_id")
    form = await read_form(request)
    typed = _typed(form, REFERRAL_FIELDS)
    error: str | None = None
    async with coach_unit(request, form) as unit:
        try:
            await do_add_referral(
                unit.session,
                coach=unit.coach,
                case_id=case_id,
                service=typed["service"],
                organisation=typed["organisation"],
                contact=typed["contact"],
                first_local=_first_appointment(typed["date"], typed["time"]),
            )
        except NotFound as missing:
            raise Problem(404, Trouble.NOT_FOUND) from missing
        except InPast:
            error = "past"
        except NoSuchTime:
            error = "no_such_time"
        except InvalidInput as problem:
            error = str(problem)
        if error is not None:
            context = await case_page_context(
                request, unit, case_id, referral_form=typed, referral_error=error
            )
    if error is not None:
        return refused_form_page(request, context)
    return see_other(f"/cases/{case_id}?done=referral_added#referrals")


def _first_appointment(day: str, time_of_day: str) -> datetime | None:
    """Both a day and a time, or neither: the check-in afterwards needs the moment."""
    if not day.strip() and not time_of_day.strip():
        return None
    try:
        return datetime.fromisoformat(f"{day.strip()}T{time_of_day.strip()}")
    except ValueError as error:
        raise InvalidInput("moment") from error


async def set_referral_status(request: web.Request) -> web.Response:
    """POST /cases/{id}/referrals/{referral_id}/status: how the referral went."""
    case_id, referral_id = path_id(request, "case_id"), path_id(request, "referral_id")
    form = await read_form(request)
    status, reason = form_optional(form, "status").strip(), form_optional(form, "reason").strip()
    async with coach_unit(request, form) as unit:
        referral = await unit.session.get(Referral, referral_id)
        if referral is None or referral.case_id != case_id:
            raise Problem(404, Trouble.NOT_FOUND)
        try:
            await do_set_referral_status(
                unit.session,
                actor=unit.coach,
                referral_id=referral_id,
                status=status,
                reason=reason or None,
            )
        except InvalidInput as problem:
            if str(problem) != "reason":
                raise Problem(400, Trouble.BAD_REQUEST) from problem
            return see_other(f"/cases/{case_id}?done=referral_reason#referral-{referral_id}")
    return see_other(f"/cases/{case_id}?done=referral_saved#referral-{referral_id}")


async def set_placement_start(request: web.Request) -> web.Response:
    """POST …/members/{id}/placement: an employer's first working day (empty: none)."""
    case_id, member_id = path_id(request, "case_id"), path_id(request, "member_id")
    form = await read_form(request)
    done = "placement_saved"
    async with coach_unit(request, form) as unit:
        member = await unit.session.get(CaseMember, member_id)
        if member is None or member.case_id != case_id:
            raise Problem(404, Trouble.NOT_FOUND)
        try:
            start = _optional_day(form_optional(form, "start"), "placement_start")
            await do_set_placement_start(
                unit.session, actor=unit.coach, member_id=member_id, start=start
            )
        except InvalidInput:
            done = "placement_bad"
    return see_other(f"/cases/{case_id}?done={done}#member-{member_id}")
