"""A question's answer is due two working days later: weekends, Dutch holidays and DST respected."""

from __future__ import annotations

from datetime import UTC, datetime, time

from core.clock import AMSTERDAM
from core.deadlines import WorkingHours, question_due, response_due
from core.models import Team
from core.team_rules import TeamRules


def amsterdam(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


def test_a_question_on_a_wednesday_morning_is_due_on_friday_morning() -> None:
    assert question_due(amsterdam(2026, 11, 25, 10, 0)) == amsterdam(2026, 11, 27, 10, 0)


def test_a_question_on_friday_evening_is_due_on_tuesday_at_the_end_of_the_day() -> None:
    assert question_due(amsterdam(2026, 11, 27, 21, 0)) == amsterdam(2026, 12, 1, 17, 0)


def test_christmas_days_do_not_count_as_working_days() -> None:
    # 24 Dec 16:00 leaves one hour; 25 and 26 Dec are holidays, then a weekend.
    assert question_due(amsterdam(2026, 12, 24, 16, 0)) == amsterdam(2026, 12, 29, 16, 0)


def test_kings_day_is_skipped() -> None:
    # 27 April 2027 is a Tuesday and a public holiday: Monday and Wednesday give the 16 hours.
    assert question_due(amsterdam(2027, 4, 26, 9, 0)) == amsterdam(2027, 4, 28, 17, 0)


def test_good_friday_and_easter_monday_are_skipped() -> None:
    assert question_due(amsterdam(2027, 3, 25, 17, 0)) == amsterdam(2027, 3, 31, 17, 0)


def test_the_deadline_is_right_across_the_switch_to_summer_time() -> None:
    # Friday 27 March 2026 at 10:00 CET; clocks go forward on Sunday 29 March.
    due = question_due(amsterdam(2026, 3, 27, 10, 0))
    assert due == amsterdam(2026, 3, 31, 10, 0)
    assert due.astimezone(UTC).hour == 8  # CEST is UTC+2


def test_an_urgent_concern_is_due_within_four_working_hours() -> None:
    assert response_due(amsterdam(2026, 11, 25, 15, 0), "urgent") == amsterdam(2026, 11, 26, 11, 0)


def test_an_employer_report_for_today_is_due_at_the_end_of_the_working_day() -> None:
    assert response_due(amsterdam(2026, 11, 25, 10, 0), "today") == amsterdam(2026, 11, 25, 17, 0)
    # Reported on Friday evening: due at the end of Monday.
    assert response_due(amsterdam(2026, 11, 27, 19, 0), "today") == amsterdam(2026, 11, 30, 17, 0)


def test_a_report_for_this_week_is_due_in_five_working_days() -> None:
    assert response_due(amsterdam(2026, 11, 25, 10, 0), "week") == amsterdam(2026, 12, 2, 10, 0)


def test_a_team_with_other_working_hours_gets_deadlines_in_those_hours() -> None:
    early = WorkingHours(start=time(8, 0), end=time(16, 0))
    # Asked Friday 15:00 in a team working 08:00–16:00: sixteen working hours later is
    # Tuesday 15:00 (one hour on Friday, eight on Monday, seven on Tuesday).
    assert question_due(amsterdam(2026, 11, 27, 15, 0), early) == amsterdam(2026, 12, 1, 15, 0)
    assert response_due(amsterdam(2026, 11, 27, 15, 30), "today", early) == amsterdam(
        2026, 11, 27, 16, 0
    )


def test_a_team_rule_changes_the_working_hours_and_bad_values_keep_the_default() -> None:
    team = Team(
        organisation_id=1,
        name="Noord",
        rules={"workday_start": "08:30", "workday_end": "half vijf"},
    )
    rules = TeamRules.of(team)
    assert rules.working_hours == WorkingHours(start=time(8, 30), end=time(17, 0))
