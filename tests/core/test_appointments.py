"""Appointments are given in Dutch local time and stored in UTC; impossible times are refused."""

from __future__ import annotations

from datetime import datetime

import pytest

from core.actions.appointments import amsterdam_to_utc, do_add_appointment
from core.db import Database
from core.errors import InvalidInput
from tests import builders


def test_a_winter_time_is_one_hour_ahead_of_utc() -> None:
    assert amsterdam_to_utc(datetime(2026, 12, 3, 14, 30)).hour == 13


def test_a_time_skipped_when_clocks_go_forward_is_refused() -> None:
    with pytest.raises(InvalidInput):
        amsterdam_to_utc(datetime(2027, 3, 28, 2, 30))


async def test_an_appointment_in_the_past_is_refused(database: Database) -> None:
    world = await builders.coach_with_case(database)
    async with database.transaction() as session:
        with pytest.raises(InvalidInput):
            await do_add_appointment(
                session,
                case_id=world.case.id or 0,
                what="Intake",
                starts_local=datetime(2020, 1, 1, 9),
            )
