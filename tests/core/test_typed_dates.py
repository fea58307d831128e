"""Reading typed days and times: Dutch first, English too; impossible input is not read."""

from __future__ import annotations

from datetime import date, time

import pytest

from core.typed_dates import ReadMoment, read_moment

# Wednesday 25 November 2026 in Amsterdam.
TODAY = date(2026, 11, 25)
TUESDAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "day", "at"),
    [
        ("di 14:30", TUESDAY, time(14, 30)),
        ("dinsdag 14.30", TUESDAY, time(14, 30)),
        ("Di. 14:30 uur", TUESDAY, time(14, 30)),
        ("di 9u", TUESDAY, time(9, 0)),
        ("dinsdag om 9 uur", TUESDAY, time(9, 0)),
        ("dinsdag volgende week om 9 uur", TUESDAY, time(9, 0)),
        ("a.s. vrijdag 10:00", date(2026, 11, 27), time(10, 0)),
        ("vrijdag 27 november om 11.15 uur", date(2026, 11, 27), time(11, 15)),
        ("morgenavond 8 uur", date(2026, 11, 26), time(20, 0)),
        ("vanmiddag om 4", TODAY, time(16, 0)),
        ("morgen half 10", date(2026, 11, 26), time(9, 30)),
        ("3 december 14u30", date(2026, 12, 3), time(14, 30)),
        ("3/12 om 10:00", date(2026, 12, 3), time(10, 0)),
        ("tomorrow 10am", date(2026, 11, 26), time(10, 0)),
        ("Tuesday 2:30 pm", TUESDAY, time(14, 30)),
        ("the day after tomorrow at 4 pm", date(2026, 11, 27), time(16, 0)),
        ("Dec 3 at 9:15 a.m.", date(2026, 12, 3), time(9, 15)),
    ],
)
def test_a_day_and_a_time_are_read_together(typed: str, day: date, at: time) -> None:
    assert read_moment(typed, today=TODAY) == ReadMoment(day=day, time=at)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("vandaag", TODAY),
        ("morgen", date(2026, 11, 26)),
        ("overmorgen", date(2026, 11, 27)),
        ("maandag", date(2026, 11, 30)),
        ("ma", date(2026, 11, 30)),
        ("dinsdag", TUESDAY),
        ("aanstaande dinsdag", TUESDAY),
        ("volgende week dinsdag", TUESDAY),
        ("volgende week woensdag", date(2026, 12, 2)),
        ("next week friday", date(2026, 12, 4)),
        ("3 december", date(2026, 12, 3)),
        ("3 dec", date(2026, 12, 3)),
        ("3 dec.", date(2026, 12, 3)),
        ("3e december", date(2026, 12, 3)),
        ("3 de december", date(2026, 12, 3)),
        ("3-12", date(2026, 12, 3)),
        ("3/12", date(2026, 12, 3)),
        ("3-12-2026", date(2026, 12, 3)),
        ("3.12.2026", date(2026, 12, 3)),
        ("3/12/26", date(2026, 12, 3)),
        ("2026-12-03", date(2026, 12, 3)),
        ("Dec 3", date(2026, 12, 3)),
        ("December 3rd, 2026", date(2026, 12, 3)),
        ("3rd of December", date(2026, 12, 3)),
        ("today", TODAY),
        ("tomorrow", date(2026, 11, 26)),
        ("25 november", TODAY),
        ("do 3 dec", date(2026, 12, 3)),
    ],
)
def test_a_day_alone_is_read_without_a_time(typed: str, day: date) -> None:
    assert read_moment(typed, today=TODAY) == ReadMoment(day=day, time=None)


@pytest.mark.parametrize(
    ("typed", "at"),
    [
        ("9 uur", time(9, 0)),
        ("14u30", time(14, 30)),
        ("14h30", time(14, 30)),
        ("9h", time(9, 0)),
        ("14:30", time(14, 30)),
        ("om 10", time(10, 0)),
        ("half 3", time(14, 30)),
        ("half drie", time(14, 30)),
        ("half 10", time(9, 30)),
        ("half 1", time(12, 30)),
        ("half 3 's ochtends", time(2, 30)),
        ("kwart over 4", time(16, 15)),
        ("kwart voor 9", time(8, 45)),
        ("kwart voor 1", time(12, 45)),
        ("3 uur", time(15, 0)),
        ("3 uur 's middags", time(15, 0)),
        ("8 uur 's avonds", time(20, 0)),
        ("7:30", time(19, 30)),
        ("07:30", time(7, 30)),
        ("8:30", time(8, 30)),
        ("0:30", time(0, 30)),
        ("14:30-15:30", time(14, 30)),
        ("10am", time(10, 0)),
        ("12am", time(0, 0)),
        ("12pm", time(12, 0)),
        ("half past 2", time(14, 30)),
        ("quarter to 3", time(14, 45)),
        ("5 o'clock", time(17, 0)),
    ],
)
def test_a_time_alone_is_read_without_a_day(typed: str, at: time) -> None:
    assert read_moment(typed, today=TODAY) == ReadMoment(day=None, time=at)


def test_a_date_without_a_year_is_the_next_such_date() -> None:
    assert read_moment("3 januari", today=TODAY) == ReadMoment(day=date(2027, 1, 3), time=None)
    assert read_moment("24 november", today=TODAY) == ReadMoment(day=date(2027, 11, 24), time=None)
    assert read_moment("29 feb", today=TODAY) == ReadMoment(day=date(2028, 2, 29), time=None)


def test_the_weekday_of_today_means_next_week() -> None:
    assert read_moment("woensdag", today=TODAY) == ReadMoment(day=date(2026, 12, 2), time=None)


def test_a_date_with_a_year_in_the_past_is_read_as_written() -> None:
    # Refusing the past is the action's work, with a kind answer; reading stays faithful.
    assert read_moment("3-12-2025", today=TODAY) == ReadMoment(day=date(2025, 12, 3), time=None)


def test_the_language_does_not_change_the_reading() -> None:
    for language in (None, "nl", "en", "tr"):
        assert read_moment("morgen 10:00", today=TODAY, language=language) == ReadMoment(
            day=date(2026, 11, 26), time=time(10, 0)
        )


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "ik weet het niet",
        "zo snel mogelijk",
        "volgende week",
        "bij de gemeente",
        "3",
        "di 3",
        "31 februari",
        "31-02",
        "30/02/2026",
        "3-13",
        "25:00",
        "di 25:00",
        "14:75",
        "13pm",
        "0am",
        "morgen 3 dec",
        "3 dec 4 dec",
        "maandag dinsdag",
        "'s ochtends 's avonds 8 uur",
        "morgen 14:30 bij de tandarts",
    ],
)
def test_what_cannot_be_read_is_not_guessed(typed: str) -> None:
    assert read_moment(typed, today=TODAY) is None
