"""Demo data for a first start: a team with a coach, a coordinator, three cases with their people
and three leavers waiting to be picked up; a municipality's team to hand a case over to."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from core.actions.appointments import do_add_appointment
from core.actions.invites import IssuedInvite, fresh_link
from core.actions.journey import do_set_stage
from core.actions.network import do_add_organisation, do_add_team
from core.actions.organisation import do_add_case, do_add_coach
from core.actions.referrals import do_add_referral
from core.clock import AMSTERDAM, utcnow
from core.journey import FIRST_WEEKS, LAST_SCHOOL_YEAR, LEAVING_SCHOOL
from core.models import Case, CaseMember, Coach, Person, Role, Team
from core.network_models import OrganisationKind
from core.passwords import hash_password

DEMO_TEAM = "Team Demo"
DEMO_COACH_EMAIL = "coach@koers.demo"
DEMO_COORDINATOR_EMAIL = "coordinator@koers.demo"
DEMO_MUNICIPALITY = "Gemeente Voorbeeld"
DEMO_CASES = (
    ("Sam", "Petra", "Bakkerij De Korenschoof"),
    ("Noa", "Ilse", "Garage Van Dijk"),
    ("Yusuf", "Ayla", "Zorgboerderij De Hoeve"),
)


@dataclass(frozen=True)
class DemoLinks:
    coach_email: str
    password: str
    case_id: int
    invites: dict[str, IssuedInvite]


async def has_demo(session: AsyncSession) -> bool:
    return (await session.exec(select(Team).where(Team.name == DEMO_TEAM))).first() is not None


async def is_empty(session: AsyncSession) -> bool:
    return (await session.exec(select(Coach))).first() is None


def _random_password() -> str:
    return secrets.token_urlsafe(12)


async def do_load_demo(session: AsyncSession) -> None:
    """Fills an empty database with a demo team; only ever runs against an empty database.
    The passwords are random; `do_issue_demo_links` sets new ones and says them."""
    coach = await do_add_coach(
        session,
        name="Coach Anna",
        email=DEMO_COACH_EMAIL,
        password=_random_password(),
        team_name=DEMO_TEAM,
    )
    await do_add_coach(
        session,
        name="Coördinator Bram",
        email=DEMO_COORDINATOR_EMAIL,
        password=_random_password(),
        team_name=DEMO_TEAM,
        is_coordinator=True,
    )
    tomorrow = (utcnow() + timedelta(days=1)).astimezone(AMSTERDAM).date()
    for number, (youth, parent, employer) in enumerate(DEMO_CASES):
        case = await do_add_case(session, coach=coach, first_name=youth, actor=coach)
        # Somewhere along the journey, so the board and the timeline have something to show.
        await do_set_stage(
            session,
            case_id=case.id or 0,
            stage=(LEAVING_SCHOOL, FIRST_WEEKS, LAST_SCHOOL_YEAR)[number % 3],
            actor=coach,
        )
        for role, name in ((Role.PARENT, parent), (Role.EMPLOYER, employer)):
            person = Person(first_name=name)
            session.add(person)
            await session.flush()
            session.add(CaseMember(case_id=case.id or 0, person_id=person.id or 0, role=role))
        await do_add_appointment(
            session,
            case_id=case.id or 0,
            what="Intake werkfit-traject",
            where="UWV, Stationsplein 1",
            starts_local=datetime.combine(tomorrow, time(10, 0)),
            actor=coach,
        )
        await do_add_referral(
            session,
            coach=coach,
            case_id=case.id or 0,
            service="Intake jobcoach",
            organisation="Werkpunt",
            first_local=datetime.combine(tomorrow + timedelta(days=6), time(14, 0)),
        )
    await _the_network(session, coach.team_id)


async def do_issue_demo_links(
    session: AsyncSession, *, bot_username: str, base_url: str, valid_days: int
) -> DemoLinks:
    """A new random password for the demo coaches, and fresh single-use links for the first
    demo case's young person, parent and employer (development only: `koers run` prints them)."""
    password = _random_password()
    coaches = await session.exec(
        select(Coach).where(col(Coach.email).in_([DEMO_COACH_EMAIL, DEMO_COORDINATOR_EMAIL]))
    )
    for coach in coaches.all():
        coach.password_hash = hash_password(password)
    case = (
        await session.exec(
            select(Case)
            .join(Team, col(Team.id) == Case.team_id)
            .where(Team.name == DEMO_TEAM)
            .order_by(col(Case.id))
        )
    ).first()
    assert case is not None, "no demo data"
    invites = {}
    for role in Role:
        member = (
            await session.exec(
                select(CaseMember)
                .where(CaseMember.case_id == case.id, CaseMember.role == role)
                .order_by(col(CaseMember.id))
            )
        ).first()
        assert member is not None, f"no demo {role.value}"
        invites[role.value] = await fresh_link(
            session,
            member=member,
            bot_username=bot_username,
            base_url=base_url,
            valid_days=valid_days,
        )
    return DemoLinks(
        coach_email=DEMO_COACH_EMAIL, password=password, case_id=case.id or 0, invites=invites
    )


async def _the_network(session: AsyncSession, team_id: int) -> None:
    """The municipality's team a case can be handed over to, and this year's leavers who still
    wait for a coach (as if imported from the school's file)."""
    municipality = await do_add_organisation(
        session, name=DEMO_MUNICIPALITY, kind=OrganisationKind.MUNICIPALITY
    )
    team = await do_add_team(session, name="Jongerenloket", organisation=municipality)
    await do_add_coach(
        session,
        name="Coach Fatima",
        email="loket@koers.demo",
        password=_random_password(),
        team_id=team.id,
    )
    for number, name in enumerate(("Daan", "Mila", "Yusuf"), start=1):
        session.add(
            Case(
                team_id=team_id,
                first_name=name,
                school="Praktijkschool De Baan",
                external_id=f"2027-{number:03d}",
                stage=LAST_SCHOOL_YEAR,
            )
        )
