"""A coordinator imports a school's leavers file in the portal: a preview with every problem
before anything is stored, the import, the template; then hands the leavers out to coaches,
several at once, and each coach hears it in one message."""

from __future__ import annotations

import re

from aiohttp import FormData
from sqlmodel import col, func, select

from core.db import Database
from core.models import Case, Coach, OutboxMessage
from core.network_models import LeaversUpload, UploadStatus
from portal.running_imports import IMPORTS
from tests import builders
from tests.portal.conftest import Portal

LEAVERS = (
    "\ufeffleerlingnummer;voornaam;achternaam;geboortedatum;school;coach\r\n"
    "501;Sam;Jansen;2008-04-03;De Baan;\r\n"
    "502;Noor;;;De Baan;\r\n"
    "503;Aya;;;De Baan;anna@koers.test\r\n"
)
UPLOAD_PAGE = re.compile(r"^/leavers/(\d+)$")


async def a_team_with_a_coordinator(database: Database) -> tuple[Coach, Coach]:
    anna = await builders.add_coach(database)
    carla = await builders.add_coordinator(database)
    return anna, carla


async def upload(portal: Portal, content: bytes, filename: str = "leerlingen.csv") -> str:
    """Uploads a file as the browser does; returns the preview page's address."""
    form = FormData()
    form.add_field("csrf", await portal.csrf("/leavers"))
    form.add_field("file", content, filename=filename, content_type="text/csv")
    response = await portal.client.post("/leavers", data=form, allow_redirects=False)
    assert response.status == 303, await response.text()
    location = response.headers["Location"]
    assert UPLOAD_PAGE.match(location)
    return location


async def cases(database: Database) -> list[Case]:
    async with database.transaction() as session:
        return list((await session.exec(select(Case).order_by(col(Case.external_id)))).all())


async def test_a_coordinator_previews_imports_and_hands_out_the_leavers(
    database: Database, portal: Portal
) -> None:
    anna, _ = await a_team_with_a_coordinator(database)
    await portal.log_in("carla@koers.test")
    intro = await portal.page("/leavers")
    assert "leerlingnummer" in intro and "/leavers/template.csv" in intro

    preview_path = await upload(portal, LEAVERS.encode())
    preview = await portal.page(preview_path)
    assert re.search(r'id="count-imported">3<', preview)
    assert "achternaam" in preview  # named as a column Koers does not store
    assert await cases(database) == []  # nothing stored before the coordinator agrees

    response = await portal.send(preview_path + "/import")
    assert response.status == 303
    await portal.client.app[IMPORTS].finish()
    done = await portal.page(preview_path)
    assert "Klaar" in done and re.search(r'id="count-imported">3<', done)
    sam, noor, aya = await cases(database)
    assert (sam.coach_id, noor.coach_id, aya.coach_id) == (None, None, anna.id)
    assert "Jansen" not in repr([c.model_dump() for c in (sam, noor, aya)])

    async with database.transaction() as session:
        linked = await session.get(Coach, anna.id)
        assert linked is not None
        linked.telegram_chat_id = 7007  # Anna has Telegram: she hears of new cases there
    waiting = await portal.page("/team/assign")
    assert "Sam" in waiting and "Noor" in waiting and "Aya" not in waiting
    token = await portal.csrf("/team/assign")
    response = await portal.client.post(
        "/team/assign",
        data=[
            ("csrf", token),
            ("from", "none"),
            ("coach", str(anna.id)),
            ("case", str(sam.id)),
            ("case", str(noor.id)),
        ],
        allow_redirects=False,
    )
    assert response.status == 303, await response.text()
    assert "Niemand op deze lijst" in await portal.page(response.headers["Location"])
    sam, noor, _ = await cases(database)
    assert sam.coach_id == noor.coach_id == anna.id
    async with database.transaction() as session:
        told = (
            await session.exec(select(OutboxMessage.text).where(OutboxMessage.coach_id == anna.id))
        ).all()
    # One message for both, naming them.
    assert len(told) == 1 and "Noor" in told[0] and "Sam" in told[0], told


async def test_a_file_with_problems_shows_each_and_cannot_be_imported(
    database: Database, portal: Portal
) -> None:
    await a_team_with_a_coordinator(database)
    await portal.log_in("carla@koers.test")
    bad = "leerlingnummer;voornaam;geboortedatum;coach\n1;;2008-02-31;bob@elders.nl\n"
    preview = await portal.page(await upload(portal, bad.encode()))
    assert "Er is niets opgeslagen" in preview
    assert "Dit vakje is leeg, maar het moet ingevuld zijn." in preview
    assert "Dit is geen datum." in preview
    assert "Er is geen coach met dit e-mailadres in dit team." in preview
    assert "/import" not in preview  # no import button
    async with database.transaction() as session:
        assert (await session.exec(select(func.count()).select_from(Case))).one() == 0


async def test_the_template_downloads_and_only_coordinators_import(
    database: Database, portal: Portal
) -> None:
    await a_team_with_a_coordinator(database)
    await portal.log_in("carla@koers.test")
    response = await portal.get("/leavers/template.csv")
    assert response.status == 200
    assert "attachment" in response.headers["Content-Disposition"]
    assert (await response.read()).startswith(b"\xef\xbb\xbfleerlingnummer;voornaam")

    coach = portal.another_browser()
    await coach.log_in("anna@koers.test")
    for path in ("/leavers", "/team", "/team/assign", "/leavers/template.csv"):
        assert (await coach.get(path)).status == 404, path
    await coach.client.close()


async def test_an_upload_without_a_valid_form_token_is_refused(
    database: Database, portal: Portal
) -> None:
    await a_team_with_a_coordinator(database)
    await portal.log_in("carla@koers.test")
    form = FormData()
    form.add_field("csrf", "wrong-token-0000000000")
    form.add_field("file", LEAVERS.encode(), filename="x.csv", content_type="text/csv")
    response = await portal.client.post("/leavers", data=form, allow_redirects=False)
    assert response.status == 403
    not_multipart = await portal.send("/leavers", {"file": "x"})
    assert not_multipart.status == 400


async def test_an_import_under_way_shows_its_progress_and_refreshes_itself(
    database: Database, portal: Portal
) -> None:
    await a_team_with_a_coordinator(database)
    await portal.log_in("carla@koers.test")
    preview_path = await upload(portal, LEAVERS.encode())
    upload_id = int(preview_path.rsplit("/", 1)[1])
    async with database.transaction() as session:
        stored = await session.get(LeaversUpload, upload_id)
        assert stored is not None
        stored.status = UploadStatus.IMPORTING
    portal.client.app[IMPORTS].progress[upload_id] = (500, 2000)
    page = await portal.page(preview_path)
    assert '<meta http-equiv="refresh" content="1">' in page
    assert re.search(r'<progress id="import-progress" max="2000" value="500">', page)
    assert "500 / 2000" in page
    # Pressed twice: the second press starts nothing.
    again = await portal.send(preview_path + "/import")
    assert again.status == 303 and await cases(database) == []
