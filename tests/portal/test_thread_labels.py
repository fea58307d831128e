"""The portal tells a question from a concern or an employer's report, and urgent ones stand out."""

from __future__ import annotations

from core.actions.concerns import do_raise_concern, do_raise_crisis
from core.actions.employer_reports import do_report_as_employer
from core.db import Database
from core.models import Channel, Person
from core.people import membership
from tests import builders
from tests.portal.conftest import Portal, ask


async def test_the_inbox_labels_questions_concerns_crises_and_reports(
    portal: Portal, database: Database
) -> None:
    world = await builders.coach_with_case(database)
    youth = await builders.invite(database, world.case)
    employer = await builders.invite(database, world.case, role="employer")
    await ask(database, youth.member_id or 0, "Een gewone vraag")
    async with database.transaction() as session:
        who = await membership(session, youth.member_id or 0)
        assert who is not None
        await do_raise_concern(
            session,
            who=who,
            domain="money",
            text="Ik heb een boete",
            channel=Channel.WEB,
            base_url="http://127.0.0.1:8080",
        )
    async with database.transaction() as session:
        who = await membership(session, youth.member_id or 0)
        assert who is not None
        await do_raise_crisis(
            session,
            who=who,
            text="ik wil dood",
            channel=Channel.WEB,
            base_url="http://127.0.0.1:8080",
        )
    async with database.transaction() as session:
        boss = await membership(session, employer.member_id or 0)
        assert boss is not None
        person = await session.get(Person, boss.person.id)
        assert person is not None
        await do_report_as_employer(
            session,
            employer=person,
            case_id=world.case.id or 0,
            category="safety",
            urgency="today",
            text="Gevallen van de trap",
            channel=Channel.WEB,
            base_url="http://127.0.0.1:8080",
        )

    await portal.log_in()
    inbox = await portal.page("/inbox")
    assert "Vraag</p>" in inbox
    assert "Zorg · Geld</p>" in inbox
    assert "DRINGEND" in inbox and 'class="card urgent"' in inbox
    assert "Melding van werkgever · Veiligheid / ongeluk · Vandaag" in inbox
