"""The triage inbox: a coach starts the day with everything that needs a person in one list,
most urgent first, and narrows it to their own cases, the ones they stand in for, one kind,
or what is overdue. Telegram's /inbox keeps the same order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import select

from bot.app import TelegramService
from core.actions.organisation import do_add_coach
from core.clock import utcnow
from core.db import Database
from core.deadlines import Urgency
from core.journey_models import Referral
from core.models import Alert, Case, Coach, IntakeRequest, Thread
from core.triage import Rank, TriageFilter, triage
from tests import builders
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.linking import COACH_CHAT
from tests.portal.conftest import Portal, ask

TITLE = re.compile(r'<span class="title">(?:<bdi>)?([^<]+)(?:</bdi>)?</span>')
RANK = re.compile(r'<h3 class="rank rank-(\w+)">')


@dataclass
class Team:
    anna: Coach
    bram: Coach
    sam: Case  # Anna's; Bram stands in
    lisa: Case  # Bram's; Anna stands in
    noor: Case  # Bram's


async def a_busy_morning(database: Database) -> Team:
    """A crisis about Noor, an overdue question from Sam, Lisa's question due in two days,
    good news about Sam, an alert for Anna, a stranger without a code, and a referral of
    Sam's whose first appointment passed without an outcome."""
    anna = await builders.add_coach(database)
    async with database.transaction() as session:
        bram = await do_add_coach(
            session, name="Bram", email="bram@koers.test", password=builders.PASSWORD
        )
    sam = await builders.add_case(database, anna, first_name="Sam")
    lisa = await builders.add_case(database, bram, first_name="Lisa")
    noor = await builders.add_case(database, bram, first_name="Noor")
    now = utcnow()
    threads = {}
    for case, text in ((noor, "Ik zie het niet meer zitten"), (sam, "Waar is de bakkerij?")):
        member = (await builders.invite(database, case)).member_id or 0
        threads[case.first_name] = await ask(database, member, text)
    lisa_member = (await builders.invite(database, lisa)).member_id or 0
    threads["Lisa"] = await ask(database, lisa_member, "Mag ik een dag vrij?")
    employer = (await builders.invite(database, sam, role="employer")).member_id or 0
    threads["good"] = await ask(database, employer, "Sam doet het geweldig!")
    async with database.transaction() as session:
        for name, case in (("Sam", sam), ("Lisa", lisa)):
            stored = await session.get(Case, case.id)
            assert stored is not None
            stored.backup_coach_id = bram.id if name == "Sam" else anna.id
        crisis = await session.get(Thread, threads["Noor"])
        overdue = await session.get(Thread, threads["Sam"])
        later = await session.get(Thread, threads["Lisa"])
        good = await session.get(Thread, threads["good"])
        assert crisis and overdue and later and good
        crisis.urgency = Urgency.URGENT
        overdue.due_at = now - timedelta(hours=3)
        later.due_at = now + timedelta(days=2)
        good.kind, good.due_at = "good_news", None
        session.add(Alert(coach_id=anna.id or 0, case_id=sam.id, kind="chat_blocked"))
        session.add(
            IntakeRequest(team_id=anna.team_id, first_name="Yara", reason="no_code", text="Hallo?")
        )
        session.add(
            Referral(
                case_id=sam.id or 0,
                service="Intake schuldhulp",
                organisation="Geldwijzer",
                first_appointment_at=now - timedelta(days=1),
            )
        )
    return Team(anna=anna, bram=bram, sam=sam, lisa=lisa, noor=noor)


async def test_the_inbox_orders_by_urgency_and_narrows_to_whose_and_what(
    database: Database,
) -> None:
    team = await a_busy_morning(database)

    async def listed(shown: TriageFilter, coach: Coach = team.anna) -> list[tuple[str, str]]:
        async with database.transaction() as session:
            found = await triage(session, coach=coach, shown=shown)
            return [(item.rank.name, item.kind) for item in found.items]

    team_view = await listed(TriageFilter())
    assert team_view[:3] == [
        ("CRISIS", "question"),  # Noor
        ("OVERDUE", "question"),  # Sam
        ("DUE_TODAY", "intake"),  # Yara: someone without a code hears from a person today
    ]
    assert [rank for rank, _ in team_view] == sorted(
        (rank for rank, _ in team_view), key=lambda name: Rank[name]
    )
    assert sorted(kind for rank, kind in team_view if rank == "LATER") == [
        "alert",
        "question",
        "referral",
    ]
    assert team_view[-1] == ("TO_READ", "good_news")

    mine = await listed(TriageFilter(whose="mine"))
    # Sam's items, the alert for Anna and the stranger: not Noor's crisis nor Lisa's question.
    assert sorted(mine) == sorted(
        [
            ("OVERDUE", "question"),
            ("DUE_TODAY", "intake"),
            ("LATER", "referral"),
            ("LATER", "alert"),
            ("TO_READ", "good_news"),
        ]
    )
    assert await listed(TriageFilter(whose="standing_in")) == [("LATER", "question")]  # Lisa
    assert await listed(TriageFilter(whose="standing_in"), coach=team.bram) == [
        ("OVERDUE", "question"),
        ("LATER", "alert"),  # without a deadline: the newest first
        ("LATER", "referral"),
        ("TO_READ", "good_news"),
    ]
    assert await listed(TriageFilter(overdue_only=True)) == [("OVERDUE", "question")]
    assert await listed(TriageFilter(kind="referral")) == [("LATER", "referral")]

    async with database.transaction() as session:
        paged = await triage(session, coach=team.anna, shown=TriageFilter(page=2), page_size=3)
        assert (paged.matching, paged.pages, len(paged.items)) == (7, 3, 3)
        assert paged.by_rank[Rank.LATER] == 3 and paged.by_kind["question"] == 3
        beyond = await triage(session, coach=team.anna, shown=TriageFilter(page=99), page_size=3)
        assert beyond.filter.page == 3 and len(beyond.items) == 1


async def test_the_inbox_page_shows_the_ranks_counts_and_filters(
    portal: Portal, database: Database
) -> None:
    await a_busy_morning(database)
    await portal.log_in()
    page = await portal.page("/inbox")
    assert RANK.findall(page) == ["crisis", "overdue", "due_today", "later", "to_read"]
    titles = TITLE.findall(page)
    assert titles[:3] == ["Noor", "Sam", "Yara"] and titles[-1] == "de werkgever van Sam"
    assert "Crisis: <strong>1</strong>" in page and "Later: <strong>3</strong>" in page
    assert "Geldwijzer" in page and "Is de jongere aangekomen?" in page
    assert "uiterlijk" not in page.split("rank-to_read")[1]  # good news has no deadline

    mine = await portal.page("/inbox?whose=mine")
    assert "Noor" not in TITLE.findall(mine) and "Lisa" not in TITLE.findall(mine)
    overdue = await portal.page("/inbox?whose=team&overdue=1")
    assert TITLE.findall(overdue) == ["Sam"]
    for tampered in ("?whose=everyone", "?kind=%3Cscript%3E", "?page=-1", "?page=abc"):
        assert RANK.findall(await portal.page("/inbox" + tampered))[0] == "crisis"
    async with database.transaction() as session:
        assert len((await session.exec(select(Thread))).all()) == 4


async def test_telegram_inbox_keeps_the_portals_order(
    database: Database, fake_api: FakeBotApi, telegram: TelegramService
) -> None:
    team = await a_busy_morning(database)
    async with database.transaction() as session:
        anna = await session.get(Coach, team.anna.id)
        assert anna is not None
        anna.telegram_user_id = anna.telegram_chat_id = COACH_CHAT
    fake_api.inject_message(COACH_CHAT, "/inbox")
    listing = await fake_api.wait_for_message(COACH_CHAT, contains="Open vragen en meldingen: 7")
    assert [button["text"].split(":")[0] for button in listing.buttons] == [
        "Noor",
        "Sam",
        "Lisa",
        "de werkgever van Sam",
    ]
    lines = (listing.text or "").splitlines()[1:]
    assert lines[0] == "• Aanmelding zonder coach: Yara"
    assert sorted(lines[1:]) == [
        "• Sam: Waarschuwing: de bot is geblokkeerd",
        "• Sam: verwijzing naar Geldwijzer, nog geen uitkomst",
    ]
