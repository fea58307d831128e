"""The Koers data model: teams, coaches, cases, the people around them, threads, inbox, outbox."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.db_types import created_field, when_field

_when = when_field
_created = created_field


class Role(StrEnum):
    YOUTH = "youth"
    PARENT = "parent"
    EMPLOYER = "employer"


class CaseStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class ThreadStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Channel(StrEnum):
    TELEGRAM = "telegram"
    WEB = "web"
    PORTAL = "portal"


class Team(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # The school, municipality, … the team works for (core/network_models.py).
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    name: str = Field(max_length=120)
    # Follow-up rules this team changed from the defaults (core/team_rules.py); None = defaults.
    rules: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = _created()


class Coach(SQLModel, table=True):
    """A coach or coordinator: staff who log in to the portal and get alerts in Telegram."""

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    name: str = Field(max_length=120)
    email: str = Field(max_length=254, unique=True)
    password_hash: str = Field(max_length=255)
    is_coordinator: bool = False
    language: str = Field(default="nl", max_length=8)
    telegram_user_id: int | None = Field(default=None, sa_column=Column(BigInteger, unique=True))
    telegram_chat_id: int | None = Field(default=None, sa_column=Column(BigInteger, index=True))
    telegram_blocked_at: datetime | None = _when()
    # The bot (core/bots.py) the coach's chat is linked through: alerts go out through it.
    telegram_bot: str | None = Field(default=None, max_length=40)
    # What the bot is waiting for from this coach in Telegram (a note, a date), or None.
    conversation: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # Who stands in for this coach on a case that names no backup of its own.
    backup_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    # The coach left the team: no login, no alerts; allowed only once their cases moved on.
    left_at: datetime | None = _when()
    created_at: datetime = _created()


class Case(SQLModel, table=True):
    """One young person's trajectory, with one fixed coach, or none yet: "to be picked up"."""

    # A school's number for a leaver is unique within the team that imported it.
    __table_args__ = (
        UniqueConstraint("team_id", "external_id", name="uq_case_team_external"),
        Index("ix_case_created", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    coach_id: int | None = Field(default=None, foreign_key="coach.id", index=True)
    backup_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    first_name: str = Field(max_length=80)
    birth_date: date | None = None
    status: str = Field(default=CaseStatus.ACTIVE, max_length=16)
    out_of_view: bool = False
    # The young person (16+) lets their parents see appointments; off until they say so.
    parents_may_see_appointments: bool = False
    # The young person lets Koers pass on good news from their employer; off until they say so.
    good_news_shared_with_youth: bool = False
    last_contact_at: datetime | None = _when()
    # Aftercare after leaving school (DESIGN §4.4): since when, and how often a check-in goes
    # out now (7, 14, 30 days; it tapers while answers stay good). None: not in aftercare.
    aftercare_since: date | None = None
    checkin_every_days: int | None = None
    # The coach fixed the cadence (no tapering) or paused the check-ins.
    checkin_cadence_fixed: bool = False
    checkin_paused: bool = False
    closed_at: datetime | None = _when()
    # Where in the region's journey the young person is (core/journey.py); None: not set yet.
    stage: str | None = Field(default=None, max_length=40)
    school: str | None = Field(default=None, max_length=120)
    # The day they leave (or left) school: aftercare counts from here.
    leaving_date: date | None = None
    # Where the young person is now: work, training, … (core/journey.py); kept when it closes.
    outcome: str | None = Field(default=None, max_length=32)
    # The school's number for the young person (the school-leavers file's key for re-imports).
    external_id: str | None = Field(default=None, max_length=40)
    created_at: datetime = _created()


class Person(SQLModel, table=True):
    """Someone around a case who talks to Koers: a young person, a parent or an employer."""

    id: int | None = Field(default=None, primary_key=True)
    # Empty until we learn it (an invited parent or employer); shown by role until then.
    first_name: str = Field(default="", max_length=80)
    language: str | None = Field(default=None, max_length=8)
    telegram_user_id: int | None = Field(default=None, sa_column=Column(BigInteger, unique=True))
    telegram_chat_id: int | None = Field(default=None, sa_column=Column(BigInteger, index=True))
    telegram_blocked_at: datetime | None = _when()
    # The bot (core/bots.py) this person talks to: everything for them goes out through it.
    telegram_bot: str | None = Field(default=None, max_length=40)
    consent_at: datetime | None = _when()
    consent_version: str | None = Field(default=None, max_length=32)
    consent_declined_at: datetime | None = _when()
    # Nothing Koers starts itself (reminders, check-ins) goes out before this moment.
    notifications_paused_until: datetime | None = _when()
    # The person asked for their data to be erased; a coach carries it out in the portal.
    erasure_requested_at: datetime | None = _when()
    # The role (case membership) a person in several roles or with several children chose to
    # act in; None means their own case first, else the newest link (core/people.py). No foreign
    # key: casemember already refers to person, and a cycle would complicate deletes.
    current_member_id: int | None = None
    # What the bot is waiting for from this person (a running flow), or None.
    conversation: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    # Where Koers may e-mail a short note (never content) when the coach answered on the web.
    email: str | None = Field(default=None, max_length=254)
    # What the web channel shows this person now: the dialogue's last messages and choices
    # (core/web_screen.py). Telegram keeps its own copy in the chat.
    web_screen: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = _created()


class CaseMember(SQLModel, table=True):
    """A person's role on a case; a parent may be a member of several cases."""

    __table_args__ = (UniqueConstraint("case_id", "person_id", "role"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(max_length=16)
    # An employer's placement: the young person's first day of work there (week 1, 2 and 4
    # are asked about, core/actions/placement_checkins.py).
    placement_start: date | None = None
    created_at: datetime = _created()


class Thread(SQLModel, table=True):
    """A question (later a concern or report) and its answers; open until the coach closes it."""

    __table_args__ = (
        Index("ix_thread_case_status", "case_id", "status"),
        # The network's figures read threads by the day they were asked.
        Index("ix_thread_created", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id")
    member_id: int = Field(foreign_key="casemember.id", index=True)
    # question, concern, report or good_news.
    kind: str = Field(default="question", max_length=16)
    # A concern's life domain or a report's category; None for a plain question.
    category: str | None = Field(default=None, max_length=32)
    # urgent, today, week or info; decides the response deadline.
    urgency: str | None = Field(default=None, max_length=16)
    status: str = Field(default=ThreadStatus.OPEN, max_length=16)
    taken_by_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    taken_at: datetime | None = _when()
    due_at: datetime | None = _when(index=True)
    last_message_at: datetime = _created()
    closed_at: datetime | None = _when()
    # How a concern or crisis ended (core/concern_outcomes.py) and the coach's few words on it.
    outcome: str | None = Field(default=None, max_length=32)
    outcome_note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # When a coach first answered: the response time the network's figures report.
    first_answer_at: datetime | None = _when()
    created_at: datetime = _created()


class ThreadMessage(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    thread_id: int = Field(foreign_key="thread.id", index=True)
    from_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    channel: str = Field(max_length=16)
    body: str = Field(sa_column=Column(Text, nullable=False))
    media_kind: str | None = Field(default=None, max_length=16)
    media_file_id: str | None = Field(default=None, max_length=255)
    created_at: datetime = _created()


class Appointment(SQLModel, table=True):
    """Something the young person has to go to: what, where and when (stored in UTC)."""

    __table_args__ = (Index("ix_appointment_case_starts", "case_id", "starts_at"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id")
    what: str = Field(max_length=200)
    where: str | None = Field(default=None, max_length=200)
    starts_at: datetime = _when(nullable=False, index=True)
    minutes: int = 60
    created_by_coach_id: int | None = Field(default=None, foreign_key="coach.id")
    cancelled_at: datetime | None = _when()
    # The young person said it was moved; the new time comes through the coach.
    moved_at: datetime | None = _when()
    created_at: datetime = _created()


class IntakeRequest(SQLModel, table=True):
    """Someone reached Koers without a valid link: the team follows up (re-entry)."""

    id: int | None = Field(default=None, primary_key=True)
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True)
    telegram_user_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    telegram_chat_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    # The bot they wrote to: answers go back through it.
    bot: str = Field(default="default", max_length=40)
    first_name: str | None = Field(default=None, max_length=80)
    reason: str = Field(max_length=32)
    text: str | None = Field(default=None, sa_column=Column(Text))
    # The coach it was given to (None: the whole team's), and the case it became.
    coach_id: int | None = Field(default=None, foreign_key="coach.id")
    case_id: int | None = None
    # What coaches answered through the bot: [{"coach": id, "at": iso, "text": …}].
    replies: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    handled_at: datetime | None = _when()
    created_at: datetime = _created()


class Alert(SQLModel, table=True):
    """Something a coach must see that is not a thread (a blocked chat, declined consent)."""

    __table_args__ = (Index("ix_alert_kind_created", "kind", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    coach_id: int = Field(foreign_key="coach.id", index=True)
    case_id: int | None = Field(default=None, foreign_key="case.id")
    kind: str = Field(max_length=32)
    detail: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    resolved_at: datetime | None = _when()
    created_at: datetime = _created()


class AuditEntry(SQLModel, table=True):
    # A coordinator searches the log by time, and by who did it.
    __table_args__ = (
        Index("ix_auditentry_at", "at"),
        Index("ix_auditentry_actor_at", "actor", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    actor: str = Field(max_length=64)
    action: str = Field(max_length=64)
    case_id: int | None = Field(default=None, index=True)
    detail: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    at: datetime = _created()


class CoachAbsence(SQLModel, table=True):
    """A period a coach is away: new items go to the backup coach at once (DESIGN §5)."""

    __table_args__ = (Index("ix_coachabsence_coach_ends", "coach_id", "ends_at"),)

    id: int | None = Field(default=None, primary_key=True)
    coach_id: int = Field(foreign_key="coach.id")
    starts_at: datetime = _when(nullable=False)
    ends_at: datetime = _when(nullable=False)
    cancelled_at: datetime | None = _when()
    created_at: datetime = _created()


class CaseNote(SQLModel, table=True):
    """A short note a coach keeps on a case (Telegram or portal); shown on the case file."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    coach_id: int = Field(foreign_key="coach.id")
    body: str = Field(sa_column=Column(Text, nullable=False))
    channel: str = Field(max_length=16)
    created_at: datetime = _created()


class CheckInKind(StrEnum):
    APPOINTMENT = "appointment"
    AFTERCARE = "aftercare"
    # An employer asked how the first weeks of a placement go.
    PLACEMENT = "placement"


class CheckIn(SQLModel, table=True):
    """A "ben je geweest? hoe was het?" conversation with a young person, and its answers."""

    __table_args__ = (
        Index("ix_checkin_case_asked", "case_id", "asked_at"),
        Index("ix_checkin_asked", "asked_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id")
    member_id: int = Field(foreign_key="casemember.id")
    appointment_id: int | None = Field(default=None, foreign_key="appointment.id", index=True)
    kind: str = Field(default=CheckInKind.APPOINTMENT, max_length=16)
    asked_at: datetime = _created()
    # yes, no or moved (appointment check-ins only).
    attended: str | None = Field(default=None, max_length=8)
    # 1 (bad) to 4 (good): the four faces; a placement's three faces are 1, 2 and 3.
    mood: int | None = None
    # A placement check-in: which week of the placement it asks about.
    week: int | None = None
    told: str | None = Field(default=None, sa_column=Column(Text))
    next_appointment: str | None = Field(default=None, sa_column=Column(Text))
    answered_at: datetime | None = _when()
    # The coach was alerted (a no, a bad answer, a worry in the text).
    alerted_at: datetime | None = _when()


class TaskStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    FAILED = "failed"


class DueTask(SQLModel, table=True):
    """Work the scheduler does at a moment: a reminder, a check-in, a deadline step (DESIGN §5).

    The scheduler only ticks; what is due lives here, found through (status, due_at). Each task
    is done in the same transaction as the messages it causes, so it happens once.
    """

    __table_args__ = (
        Index("ix_duetask_status_due", "status", "due_at"),
        # The network's figures count the work done per kind and day.
        Index("ix_duetask_kind_done", "kind", "done_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    # Planning the same work twice makes one task: e.g. "reminder_before:appointment:12:<start>".
    key: str = Field(max_length=160, unique=True)
    due_at: datetime = _when(nullable=False)
    status: str = Field(default=TaskStatus.PENDING, max_length=16)
    # What the task is about; plain numbers, so purging a case can remove its tasks freely.
    case_id: int | None = Field(default=None, index=True)
    appointment_id: int | None = None
    thread_id: int | None = None
    checkin_id: int | None = None
    coach_id: int | None = None
    detail: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))
    # Why it was skipped, or what it did: read by people looking at an item's history.
    outcome: str | None = Field(default=None, max_length=64)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    done_at: datetime | None = _when()
    created_at: datetime = _created()


# The ways in, the journey, the inbox and outbox, the network's figures: tables in modules of
# their own; importing them here puts them in the metadata every migration and test database
# is built from.
from core.access_models import Invite as Invite  # noqa: E402
from core.access_models import LoginAttempt as LoginAttempt  # noqa: E402
from core.access_models import WebLink as WebLink  # noqa: E402
from core.access_models import WebSession as WebSession  # noqa: E402
from core.journey_models import CaseEvent as CaseEvent  # noqa: E402
from core.journey_models import Referral as Referral  # noqa: E402
from core.message_models import InboundUpdate as InboundUpdate  # noqa: E402
from core.message_models import InboxStatus as InboxStatus  # noqa: E402
from core.message_models import MailMessage as MailMessage  # noqa: E402
from core.message_models import OutboxMessage as OutboxMessage  # noqa: E402
from core.message_models import OutboxStatus as OutboxStatus  # noqa: E402
from core.monitoring_models import FiguresRun as FiguresRun  # noqa: E402
from core.monitoring_models import TeamDay as TeamDay  # noqa: E402
from core.monitoring_models import TeamDayMinutes as TeamDayMinutes  # noqa: E402
from core.monitoring_models import TeamSnapshot as TeamSnapshot  # noqa: E402
from core.network_models import Handover as Handover  # noqa: E402
from core.network_models import LeaversUpload as LeaversUpload  # noqa: E402
from core.network_models import Organisation as Organisation  # noqa: E402
from core.network_models import Region as Region  # noqa: E402
