"""The steps of adding an appointment, shared by the young person's and the coach's flows.

what → day → time → where → confirm. Each step shows its question with buttons (a day picker,
a time grid, "skip", "Klopt"/"Opnieuw"); typed days and times ("di 14:30", "3 december") are
read with core.typed_dates. The functions here decide the next step and what to show; the
flows keep the state (Person.conversation or Coach.conversation), handle stopping, and call the
action that saves. Everything stored in the step data is JSON: dates and times as ISO text.

Callback data: `v1:<flow>:<step>:<value>`, so a button only counts in the step that showed it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from babel.dates import format_date

from core.actions.appointments import (
    MAX_WHAT,
    InPast,
    NoSuchTime,
    checked_start,
    today_in_amsterdam,
)
from core.choices import Buttons, button, choice_button
from core.clock import AMSTERDAM, local, utcnow
from core.typed_dates import read_moment
from core.yes_no import typed_yes_no
from messages import appointment_texts as at
from messages import concern_texts, texts
from messages.i18n import format_moment, render, supported

WHAT, DAY, TIME, WHERE, CONFIRM = "what", "day", "time", "where", "confirm"
STEPS = (WHAT, DAY, TIME, WHERE, CONFIRM)
TYPE = "type"  # the value of the "type it yourself" buttons
SKIP = "skip"
YES, AGAIN = "yes", "again"
# The day picker: today, tomorrow and the five days after; the time grid: whole hours.
PICKED_DAYS = 7
FIRST_HOUR, LAST_HOUR = 8, 18
PER_ROW = 4


@dataclass
class Step:
    """What to show next: the step the flow is in afterwards, the text, the buttons."""

    name: str
    text: str
    buttons: Buttons
    # Changes to the step data (a value None removes the key).
    data: dict[str, Any] = field(default_factory=dict)


def merged(data: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    joined = {**data, **changes}
    return {key: value for key, value in joined.items() if value is not None}


# -- keyboards ----------------------------------------------------------------------------


def _rows(buttons: list[dict[str, str]], per_row: int) -> Buttons:
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def what_buttons(flow: str, language: str | None) -> Buttons:
    labels = [button(language, label, flow, WHAT, key) for key, label in _WHATS]
    return _rows(labels, 2)


def day_label(day: date, language: str | None) -> str:
    return format_date(day, "EEE d MMM", locale=supported(language)).rstrip(".")


def day_buttons(flow: str, language: str | None, today: date) -> Buttons:
    days = [today + timedelta(days=offset) for offset in range(PICKED_DAYS)]
    labels = [render(language, at.TODAY), render(language, at.TOMORROW)]
    labels += [day_label(day, language) for day in days[2:]]
    picks = [
        choice_button(label, flow, DAY, day.isoformat())
        for label, day in zip(labels, days, strict=True)
    ]
    typed = button(language, at.TYPE_DAY, flow, DAY, TYPE)
    return [picks[:2], *_rows(picks[2:], 3), [typed]]


def time_buttons(flow: str, language: str | None, day: date) -> Buttons:
    """Whole hours of a working day; today only those still ahead."""
    now = local(utcnow())
    hours = [
        hour
        for hour in range(FIRST_HOUR, LAST_HOUR + 1)
        if day > now.date() or (day == now.date() and hour > now.hour)
    ]
    picks = [choice_button(f"{hour:02d}:00", flow, TIME, f"{hour:02d}00") for hour in hours]
    typed = button(language, at.TYPE_TIME, flow, TIME, TYPE)
    return [*_rows(picks, PER_ROW), [typed]]


def where_buttons(flow: str, language: str | None) -> Buttons:
    return [[button(language, at.SKIP_WHERE, flow, WHERE, SKIP)]]


def confirm_buttons(flow: str, language: str | None) -> Buttons:
    return [
        [
            button(language, at.CONFIRM_YES, flow, CONFIRM, YES),
            button(language, at.CONFIRM_AGAIN, flow, CONFIRM, AGAIN),
        ]
    ]


_WHATS = tuple(at.WHAT_LABELS.items())


# -- the steps ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Steps:
    """The steps for one flow in one language; `stop` is the flow's own way out (a button row)."""

    flow: str
    language: str | None
    stop: Buttons

    def _say(self, message: str, **params: object) -> str:
        return render(self.language, message, **params)

    def ask_what(self, text: str | None = None) -> Step:
        question = text or self._say(at.ASK_WHAT)
        return Step(WHAT, question, what_buttons(self.flow, self.language) + self.stop)

    def ask_day(self, text: str | None = None, **changes: Any) -> Step:
        question = text or self._say(at.ASK_DAY)
        buttons = day_buttons(self.flow, self.language, today_in_amsterdam()) + self.stop
        return Step(DAY, question, buttons, {"day": None, **changes})

    def ask_time(self, day: date, text: str | None = None, **changes: Any) -> Step:
        question = text or self._say(at.ASK_TIME, day=day_label(day, self.language))
        buttons = time_buttons(self.flow, self.language, day) + self.stop
        return Step(TIME, question, buttons, {"day": day.isoformat(), **changes})

    def ask_where(self, **changes: Any) -> Step:
        buttons = where_buttons(self.flow, self.language) + self.stop
        return Step(WHERE, self._say(at.ASK_WHERE), buttons, changes)

    def past(self) -> Step:
        return self.ask_day(self._say(at.IN_PAST), time=None)

    # What the person chose or typed, step by step.

    def what_chosen(self, key: str) -> Step | None:
        label = dict(_WHATS).get(key)
        if label is None:
            return None
        chosen = self._say(label)
        return self.ask_day(what=chosen, time=None)

    def what_typed(self, text: str) -> Step:
        what = " ".join(text.split())
        if not what:
            return self.ask_what()
        if len(what) > MAX_WHAT:
            return self.ask_what(self._say(at.WHAT_TOO_LONG))
        return self.ask_day(what=what, time=None)

    def day_chosen(self, data: Mapping[str, Any], day: date) -> Step:
        if day < today_in_amsterdam():
            return self.past()
        if "time" in data:
            return self._moment(data, day, time.fromisoformat(data["time"]))
        return self.ask_time(day)

    def time_chosen(self, data: Mapping[str, Any], at_time: time) -> Step:
        if "day" not in data:
            return self.ask_day(self._say(at.ASK_DAY_FOR_TIME, time=_hhmm(at_time)), time=None)
        return self._moment(data, date.fromisoformat(data["day"]), at_time)

    def typed_moment(self, data: Mapping[str, Any], text: str) -> Step | None:
        """A typed day and/or time, read; None when nothing in it could be read."""
        read = read_moment(text, today=today_in_amsterdam(), language=self.language)
        if read is None:
            return None
        if read.day is not None and read.time is not None:
            if read.day < today_in_amsterdam():
                return self.past()
            return self._moment(data, read.day, read.time)
        if read.day is not None:
            return self.day_chosen(data, read.day)
        assert read.time is not None
        if "day" in data:
            return self._moment(data, date.fromisoformat(data["day"]), read.time)
        question = self._say(at.ASK_DAY_FOR_TIME, time=_hhmm(read.time))
        return self.ask_day(question, time=read.time.isoformat("minutes"))

    def where_given(self, data: Mapping[str, Any], where: str | None) -> Step:
        cleaned = " ".join((where or "").split())[:MAX_WHAT] or None
        return self.confirm(merged(data, {"where": cleaned}), where=cleaned)

    def confirm(self, data: Mapping[str, Any], text: str | None = None, **changes: Any) -> Step:
        when = format_moment(shown_start(data), self.language)
        if data.get("where"):
            shown = self._say(at.CONFIRM_WHERE, what=data["what"], when=when, where=data["where"])
        else:
            shown = self._say(at.CONFIRM, what=data["what"], when=when)
        if text:
            shown = f"{text}\n\n{shown}"
        buttons = confirm_buttons(self.flow, self.language) + self.stop
        return Step(CONFIRM, shown, buttons, changes)

    def not_read(self, data: Mapping[str, Any], step: str) -> Step:
        """The typed day or time was not understood: the same step again, with an example."""
        if step == TIME and "day" in data:
            return self.ask_time(date.fromisoformat(data["day"]), self._say(at.NOT_READ))
        return self.ask_day(self._say(at.NOT_READ))

    def again_after_refusal(self, data: Mapping[str, Any], refusal: Exception) -> Step:
        """The action refused the moment after all (time passed while confirming, DST gap)."""
        if isinstance(refusal, NoSuchTime) and "day" in data:
            day = date.fromisoformat(data["day"])
            return self.ask_time(day, self._say(at.NO_SUCH_TIME), time=None)
        return self.past()

    def _moment(self, data: Mapping[str, Any], day: date, at_time: time) -> Step:
        changes = {"day": day.isoformat(), "time": at_time.isoformat("minutes")}
        try:
            checked_start(datetime.combine(day, at_time))
        except NoSuchTime:
            return self.ask_time(day, self._say(at.NO_SUCH_TIME), time=None)
        except InPast:
            return self.past()
        return self.ask_where(**changes)

    # Reading buttons and typed answers.

    def button_step(
        self, data: Mapping[str, Any], step: str, action: str, value: str
    ) -> Step | None:
        """The next step for a pressed button, or None when the button does not count now."""
        if action != step:
            return None
        if step == WHAT:
            return self.what_chosen(value)
        if step == DAY:
            if value == TYPE:
                return Step(DAY, self._say(at.ASK_TYPED_DAY), self.stop)
            picked = _iso_date(value)
            return None if picked is None else self.day_chosen(data, picked)
        if step == TIME:
            if value == TYPE:
                return Step(TIME, self._say(at.ASK_TYPED_TIME), self.stop)
            picked_time = _hhmm_value(value)
            return None if picked_time is None else self.time_chosen(data, picked_time)
        if step == WHERE and value == SKIP:
            return self.where_given(data, None)
        return None

    def said_stop(self, text: str) -> bool:
        stop_words = {self._say(concern_texts.STOP_WORD), self._say(texts.NAV_STOP)}
        return _words(text) in {_words(word) for word in stop_words | {"stop", "stoppen"}}

    def confirm_word(self, text: str) -> str | None:
        """YES or AGAIN when someone typed a confirm button's label instead of pressing it."""
        typed = _words(text)
        if typed in {_words(self._say(at.CONFIRM_YES)), "klopt", "ja", "yes", "ok", "oke", "oké"}:
            return YES
        if typed in {_words(self._say(at.CONFIRM_AGAIN)), "opnieuw", "nee", "no"}:
            return AGAIN
        said = typed_yes_no(text, language=self.language)
        if said is not None:
            return YES if said else AGAIN
        return None


def starts_local(data: Mapping[str, Any]) -> datetime:
    return datetime.combine(date.fromisoformat(data["day"]), time.fromisoformat(data["time"]))


def shown_start(data: Mapping[str, Any]) -> datetime:
    """The chosen moment as an aware Amsterdam time, for showing it."""
    return starts_local(data).replace(tzinfo=AMSTERDAM)


def _hhmm(at_time: time) -> str:
    return at_time.strftime("%H:%M")


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _hhmm_value(value: str) -> time | None:
    if len(value) != 4 or not value.isdigit():
        return None
    hour, minute = int(value[:2]), int(value[2:])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _words(text: str) -> str:
    return " ".join(text.casefold().strip(" .!?").split())
