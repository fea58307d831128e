"""Where the timeline's entries come from (core/timeline.py): one reader per case and page,
each source read newest first and only as far as one page needs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.escalation import DEADLINE_STEP
from core.clock import as_utc
from core.journey_models import CaseEvent, CaseEventKind, Referral
from core.models import (
    Alert,
    Appointment,
    Case,
    CaseMember,
    CaseNote,
    CheckIn,
    CheckInKind,
    Coach,
    DueTask,
    Person,
    TaskStatus,
    Team,
    Thread,
    ThreadMessage,
)
from core.network_models import Handover
from core.people import ROLE_NAMES, described_for_coach
from core.queries import first_words
from core.timeline_entries import TEXT_LENGTH, CheckInAnswers, Entry, Label, Written, stage_label
from messages import coach_texts, handover_texts, journey_texts
from messages.i18n import render


class CaseReader:
    def __init__(
        self, session: AsyncSession, case: Case, before: datetime | None, limit: int
    ) -> None:
        self.session, self.case, self.before, self.limit = session, case, before, limit
        self.case_id = case.id or 0
        self.members: dict[int, tuple[CaseMember, Person]] = {}
        self.coaches: dict[int, Coach] = {}
        self.team: Team | None = None
        self.team_names: dict[int, str] = {}

    async def load_people(self) -> None:
        rows = await self.session.exec(
            select(CaseMember, Person)
            .join(Person, col(Person.id) == CaseMember.person_id)
            .where(CaseMember.case_id == self.case_id)
        )
        self.members = {member.id or 0: (member, person) for member, person in rows.all()}
        coaches = await self.session.exec(select(Coach).where(Coach.team_id == self.case.team_id))
        self.coaches = {coach.id or 0: coach for coach in coaches.all()}
        self.team = await self.session.get(Team, self.case.team_id)
        # Teams a handover went to or came from, by name (few, and only these).
        handed = await self.session.exec(
            select(Team.id, Team.name)
            .join(
                Handover,
                (col(Handover.to_team_id) == Team.id) | (col(Handover.from_team_id) == Team.id),
            )
            .where(
                (col(Handover.case_id) == self.case_id)
                | (col(Handover.new_case_id) == self.case_id)
            )
        )
        self.team_names = {team_id: name for team_id, name in handed.all() if team_id}

    def _window(self, column: Any) -> list[Any]:
        return [column < self.before] if self.before is not None else []

    def _who(self, member_id: int) -> Written | str:
        found = self.members.get(member_id)
        if found is None:
            return self.case.first_name
        member, person = found
        return lambda language: described_for_coach(person, member, self.case, language)

    def _team(self, team_id: object) -> str:
        return self.team_names.get(team_id if isinstance(team_id, int) else 0, "")

    def _coach(self, coach_id: int | None) -> str:
        coach = self.coaches.get(coach_id or 0)
        return coach.name if coach is not None else ""

    async def messages(self) -> list[Entry]:
        rows = await self.session.exec(
            select(ThreadMessage, Thread)
            .join(Thread, col(Thread.id) == ThreadMessage.thread_id)
            .where(Thread.case_id == self.case_id, *self._window(ThreadMessage.created_at))
            .order_by(col(ThreadMessage.created_at).desc())
            .limit(self.limit)
        )
        entries = []
        for message, thread in rows.all():
            text = first_words(message.body, TEXT_LENGTH) or f"[{message.media_kind or ''}]"
            who = self._who(thread.member_id)
            link = f"/threads/{thread.id}"
            if message.from_coach_id is None:
                params = {"who": who, "text": text}
                entries.append(
                    Entry(
                        message.created_at,
                        "message_in",
                        journey_texts.MESSAGE_IN,
                        params,
                        link=link,
                    )
                )
            else:
                coach = self._coach(message.from_coach_id)
                params = {"coach": coach, "who": who, "text": text}
                entries.append(
                    Entry(
                        message.created_at,
                        "message_out",
                        journey_texts.MESSAGE_OUT,
                        params,
                        by=coach,
                        link=link,
                    )
                )
        closed = await self.session.exec(
            select(Thread)
            .where(
                Thread.case_id == self.case_id,
                col(Thread.closed_at).is_not(None),
                *self._window(Thread.closed_at),
            )
            .order_by(col(Thread.closed_at).desc())
            .limit(self.limit)
        )
        for thread in closed.all():
            assert thread.closed_at is not None
            who = self._who(thread.member_id)
            link = f"/threads/{thread.id}"
            if thread.outcome:
                label = coach_texts.CLOSING_OUTCOME_LABELS.get(thread.outcome, thread.outcome)
                closing: dict[str, Any] = {"who": who, "outcome": Label(label)}
                entries.append(
                    Entry(
                        thread.closed_at,
                        "thread_closed",
                        journey_texts.THREAD_CLOSED_OUTCOME,
                        closing,
                        link=link,
                    )
                )
            else:
                entries.append(
                    Entry(
                        thread.closed_at,
                        "thread_closed",
                        journey_texts.THREAD_CLOSED,
                        {"who": who},
                        link=link,
                    )
                )
        return entries

    async def checkins(self) -> list[Entry]:
        rows = await self.session.exec(
            select(CheckIn, Appointment)
            .outerjoin(Appointment, col(Appointment.id) == CheckIn.appointment_id)
            .where(CheckIn.case_id == self.case_id, *self._window(CheckIn.asked_at))
            .order_by(col(CheckIn.asked_at).desc())
            .limit(self.limit)
        )
        entries = []
        for checkin, appointment in rows.all():
            answers = CheckInAnswers(checkin)
            if checkin.kind == CheckInKind.PLACEMENT:
                params = {"week": checkin.week or 1, "answers": answers}
                msgid = journey_texts.CHECKIN_PLACEMENT
            elif appointment is not None:
                params = {"what": appointment.what, "answers": answers}
                msgid = journey_texts.CHECKIN_APPOINTMENT
            else:
                params, msgid = {"answers": answers}, journey_texts.CHECKIN_AFTERCARE
            entries.append(Entry(checkin.answered_at or checkin.asked_at, "checkin", msgid, params))
        return entries

    async def appointments(self) -> list[Entry]:
        rows = await self.session.exec(
            select(Appointment)
            .where(Appointment.case_id == self.case_id, *self._window(Appointment.created_at))
            .order_by(col(Appointment.created_at).desc())
            .limit(self.limit)
        )
        entries = []
        for appointment in rows.all():
            what = appointment.what
            entries.append(
                Entry(
                    appointment.created_at,
                    "appointment",
                    journey_texts.APPOINTMENT_ADDED,
                    {"what": what, "when": appointment.starts_at},
                    by=self._coach(appointment.created_by_coach_id) or None,
                )
            )
            if appointment.moved_at is not None:
                entries.append(
                    Entry(
                        appointment.moved_at,
                        "appointment",
                        journey_texts.APPOINTMENT_MOVED,
                        {"what": what},
                    )
                )
            if appointment.cancelled_at is not None:
                entries.append(
                    Entry(
                        appointment.cancelled_at,
                        "appointment",
                        journey_texts.APPOINTMENT_CANCELLED,
                        {"what": what},
                    )
                )
        return [e for e in entries if self.before is None or e.at < self.before]

    async def referrals(self) -> list[Entry]:
        events = await self._events(CaseEventKind.REFERRAL)
        return await self._referral_entries(events)

    async def _referral_entries(self, events: Iterable[CaseEvent]) -> list[Entry]:
        found = await self.session.exec(select(Referral).where(Referral.case_id == self.case_id))
        referrals = {referral.id: referral for referral in found.all()}
        entries = []
        for event in events:
            detail = event.detail or {}
            referral = referrals.get(detail.get("referral"))
            if referral is None:
                continue
            entries.append(self._referral_entry(event, referral, detail))
        return entries

    def _referral_entry(
        self, event: CaseEvent, referral: Referral, detail: dict[str, Any]
    ) -> Entry:
        by = self._coach(event.coach_id) or None
        organisation = referral.organisation
        said = detail.get("youth_said")
        if said is not None:
            msgid = (
                journey_texts.REFERRAL_YOUTH_WENT
                if said == "yes"
                else journey_texts.REFERRAL_YOUTH_NOT_WENT
            )
            params: dict[str, Any] = {"name": self.case.first_name, "organisation": organisation}
            return Entry(event.at, "referral", msgid, params)
        status = str(detail.get("status", "pending"))
        if status == "pending":
            params = {"organisation": organisation, "service": referral.service}
            return Entry(event.at, "referral", journey_texts.REFERRAL_ADDED, params, by=by)
        params = {
            "organisation": organisation,
            "status": Label(journey_texts.REFERRAL_STATUS_NAMES.get(status, status)),
        }
        reason = detail.get("reason")
        if reason:
            params["reason"] = Label(journey_texts.REFERRAL_REASON_NAMES.get(reason, reason))
            return Entry(event.at, "referral", journey_texts.REFERRAL_STATUS_REASON, params, by=by)
        return Entry(event.at, "referral", journey_texts.REFERRAL_STATUS, params, by=by)

    async def notes(self) -> list[Entry]:
        rows = await self.session.exec(
            select(CaseNote)
            .where(CaseNote.case_id == self.case_id, *self._window(CaseNote.created_at))
            .order_by(col(CaseNote.created_at).desc())
            .limit(self.limit)
        )
        return [
            Entry(
                note.created_at,
                "note",
                journey_texts.NOTE,
                {"text": first_words(note.body, TEXT_LENGTH)},
                by=self._coach(note.coach_id),
            )
            for note in rows.all()
        ]

    async def alerts(self) -> list[Entry]:
        rows = await self.session.exec(
            select(Alert)
            .where(Alert.case_id == self.case_id, *self._window(Alert.created_at))
            .order_by(col(Alert.created_at).desc())
            .limit(self.limit)
        )
        entries = [
            Entry(
                alert.created_at,
                "alert",
                journey_texts.ALERT_NAMES.get(alert.kind, journey_texts.ALERT_OTHER),
                {},
            )
            for alert in rows.all()
        ]
        steps = await self.session.exec(
            select(DueTask)
            .where(
                DueTask.case_id == self.case_id,
                DueTask.kind == DEADLINE_STEP,
                DueTask.status == TaskStatus.DONE,
                *self._window(DueTask.done_at),
            )
            .order_by(col(DueTask.done_at).desc())
            .limit(self.limit)
        )
        for task in steps.all():
            step, _, coach_id = (task.outcome or "").partition(":")
            msgid = journey_texts.ESCALATION_STEPS.get(step)
            if msgid is None or task.done_at is None:
                continue
            coach = self._coach(int(coach_id) if coach_id.isdigit() else None)
            entries.append(Entry(task.done_at, "escalation", msgid, {"coach": coach}))
        return entries

    async def changes(self) -> list[Entry]:
        entries = [self._change(event) for event in await self._events(None)]
        for member, person in self.members.values():
            who = self._who(member.id or 0)
            if self._shown(member.created_at):
                role = Label(ROLE_NAMES[member.role])  # type: ignore[index]
                entries.append(
                    Entry(member.created_at, "member", journey_texts.MEMBER_ADDED, {"role": role})
                )
            if person.consent_at is not None and self._shown(person.consent_at):
                entries.append(
                    Entry(person.consent_at, "consent", journey_texts.CONSENT_GIVEN, {"who": who})
                )
            declined = person.consent_declined_at
            if declined is not None and self._shown(declined):
                entries.append(
                    Entry(declined, "consent", journey_texts.CONSENT_DECLINED, {"who": who})
                )
        if self._shown(self.case.created_at):
            entries.append(Entry(self.case.created_at, "created", journey_texts.CASE_CREATED, {}))
        return [entry for entry in entries if entry.kind != CaseEventKind.REFERRAL]

    def _shown(self, moment: datetime) -> bool:
        return self.before is None or as_utc(moment) < as_utc(self.before)

    async def _events(self, kind: CaseEventKind | None) -> list[CaseEvent]:
        only = [CaseEvent.kind == kind] if kind is not None else []
        rows = await self.session.exec(
            select(CaseEvent)
            .where(CaseEvent.case_id == self.case_id, *only, *self._window(CaseEvent.at))
            .order_by(col(CaseEvent.at).desc())
            .limit(self.limit)
        )
        return list(rows.all())

    def _change(self, event: CaseEvent) -> Entry:
        by = self._coach(event.coach_id) or None
        detail = event.detail or {}
        kind = event.kind
        if kind == CaseEventKind.STAGE:
            stage = str(detail.get("stage"))
            params: dict[str, Any] = {"stage": self._stage_name(stage)}
            return Entry(event.at, "stage", journey_texts.STAGE_SET, params, by=by)
        if kind == CaseEventKind.OUTCOME:
            outcome = str(detail.get("outcome"))
            params = {"outcome": Label(journey_texts.OUTCOME_NAMES.get(outcome, outcome))}
            return Entry(event.at, "outcome", journey_texts.OUTCOME_SET, params, by=by)
        if kind == CaseEventKind.REASSIGNED:
            params = {"coach": self._coach(detail.get("coach"))}
            return Entry(event.at, "reassigned", journey_texts.CASE_REASSIGNED, params, by=by)
        if kind == CaseEventKind.EDITED:
            fields = [journey_texts.CASE_FIELDS.get(f, f) for f in detail.get("fields", [])]
            params = {"fields": lambda language: ", ".join(render(language, f) for f in fields)}
            return Entry(event.at, "edited", journey_texts.CASE_EDITED, params, by=by)
        if kind == CaseEventKind.CLOSED:
            return Entry(event.at, "closed", journey_texts.CASE_CLOSED, {}, by=by)
        if kind == CaseEventKind.HANDOVER:
            step = str(detail.get("step"))
            team_id = detail.get("from_team" if step == "received" else "team")
            msgid = handover_texts.TIMELINE.get(step, handover_texts.TIMELINE["proposed"])
            return Entry(event.at, "handover", msgid, {"team": self._team(team_id)}, by=by)
        if kind == CaseEventKind.IMPORTED:
            fields = [journey_texts.CASE_FIELDS.get(f, f) for f in detail.get("fields", [])]
            if not fields:
                return Entry(event.at, "imported", journey_texts.CASE_IMPORTED, {}, by=by)
            params = {"fields": lambda language: ", ".join(render(language, f) for f in fields)}
            return Entry(event.at, "imported", journey_texts.CASE_IMPORT_UPDATED, params, by=by)
        return Entry(event.at, str(kind), journey_texts.CASE_EDITED, {"fields": ""}, by=by)

    def _stage_name(self, stage: str) -> Label | str:
        return stage_label(stage, self.team)
