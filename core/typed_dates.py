"""Reading a day and a time from what a person types: "di 14:30", "3 december", "tomorrow 10am".

Pure functions, no I/O. Dutch first (the source language), English as well; people mix them,
so both vocabularies are read whatever the person's language.

Choices, so that a guess never surprises anyone more than a question would:

- Text with a word that is neither a day, a time nor a small connecting word ("om", "at",
  "volgende" …) is not read at all (None): a wrong guess costs more than asking again.
- A part that names something impossible ("31 februari", "25:00", "13pm") makes the whole text
  unreadable (None) rather than silently dropping what the person meant.
- A weekday ("maandag") is the next such day, never today: today is "vandaag". "Volgende week
  dinsdag" is the Tuesday of next calendar week (weeks start on Monday).
- A date without a year is the next such date from today on (today counts).
- A bare hour 1–7 ("half 3", "om 3", "3 uur", "3:30") means the afternoon (14:30, 15:00 …)
  unless morning is said ("'s ochtends", "am"); appointments at three at night are rare, at three
  in the afternoon common. An hour written with a leading zero ("07:30") is taken as written.
- When a time is followed by a second one ("14:30-15:30") the first is the start.
- "3/12" is always day-month, as in the Netherlands.
- A written date outranks a weekday named with it ("do 3 december" is 3 December whatever day
  that is; the person sees the weekday when asked to confirm). Two different dates are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2, "febr": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "maandag": 0, "ma": 0, "monday": 0, "mon": 0,
    "dinsdag": 1, "di": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "woensdag": 2, "wo": 2, "wednesday": 2, "wed": 2,
    "donderdag": 3, "do": 3, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "vrijdag": 4, "vr": 4, "vrij": 4, "friday": 4, "fri": 4,
    "zaterdag": 5, "za": 5, "zat": 5, "saturday": 5, "sat": 5,
    "zondag": 6, "zo": 6, "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
}  # fmt: skip

MORNING, AFTERNOON, EVENING = "morning", "afternoon", "evening"

# Words naming a day (offset from today) and sometimes a part of it.
RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "vandaag": (0, None), "today": (0, None),
    "morgen": (1, None), "tomorrow": (1, None),
    "overmorgen": (2, None),
    "vanochtend": (0, MORNING), "vanmorgen": (0, MORNING),
    "vanmiddag": (0, AFTERNOON), "vanavond": (0, EVENING), "tonight": (0, EVENING),
    "morgenochtend": (1, MORNING), "morgenvroeg": (1, MORNING),
    "morgenmiddag": (1, AFTERNOON), "morgenavond": (1, EVENING),
}  # fmt: skip

DAY_PARTS: dict[str, str] = {
    "ochtend": MORNING, "ochtends": MORNING, "morgens": MORNING, "morning": MORNING,
    "nachts": MORNING, "vroeg": MORNING,
    "middag": AFTERNOON, "middags": AFTERNOON, "afternoon": AFTERNOON,
    "avond": EVENING, "avonds": EVENING, "evening": EVENING,
}  # fmt: skip

# Small words that may sit around a day or a time without changing it.
FILLERS = frozenset(
    {
        "om", "op", "de", "het", "in", "rond", "ongeveer", "tegen", "van", "vanaf", "s",
        "deze", "komende", "volgende", "aanstaande", "as", "uur", "tot", "en", "graag",
        "at", "on", "the", "of", "this", "next", "coming", "around", "about", "from", "to",
        "until", "and", "oclock", "clock",
    }
)  # fmt: skip


@dataclass(frozen=True)
class ReadMoment:
    day: date | None  # None when the text named no day
    time: time | None  # None when the text named no time


class _Unreadable(Exception):
    """Something in the text is impossible; the whole text is not read."""


def _alternation(words: dict[str, int] | dict[str, tuple[int, str | None]]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH = rf"(?P<month>{_alternation(MONTHS)})\.?"
_WEEKDAY = rf"(?P<weekday>{_alternation(WEEKDAYS)})\.?"
_HOUR_WORD = rf"(?P<hour>\d{{1,2}}|{_alternation(NUMBER_WORDS)})"
_END = r"(?![\w])"
_ORDINAL = r"(?:\s?(?:st|nd|rd|th|ste|de|e)(?![\w]))?"

_ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
_NUMERIC_DATE_YEAR = re.compile(
    r"\b(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>\d{4}|\d{2})\b"
)
_AM_PM = re.compile(r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?m\b\.?")
_CLOCK = re.compile(r"\b(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?:uur|u|h))?" + _END)
_HOUR_LETTER = re.compile(r"\b(?P<hour>\d{1,2})\s*[uh](?P<minute>\d{2})?" + _END)
_HOUR_UUR = re.compile(rf"\b{_HOUR_WORD}\s+(?:uur|o'?clock){_END}")
_HALF_PAST = re.compile(rf"\b(?P<kind>half|quarter)\s+past\s+{_HOUR_WORD}{_END}")
_QUARTER_TO = re.compile(rf"\bquarter\s+to\s+{_HOUR_WORD}{_END}")
_HALF = re.compile(rf"\bhalf\s+{_HOUR_WORD}{_END}")
_KWART = re.compile(rf"\bkwart\s+(?P<kind>over|voor)\s+{_HOUR_WORD}{_END}")
_AT_HOUR = re.compile(r"\b(?:om|at|rond|around|tegen)\s+(?P<hour>\d{1,2})" + _END)
_NUMERIC_DATE = re.compile(r"\b(?P<day>\d{1,2})[-/](?P<month>\d{1,2})\b(?![-/.]\d)")
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s*(?:of\s+)?{_MONTH}(?:\s+(?P<year>\d{{4}}))?{_END}"
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}(?:,?\s+(?P<year>\d{{4}}))?{_END}"
)
_NEXT_WEEK_DAY = re.compile(rf"\b(?:volgende|komende|next)\s+week\s+{_WEEKDAY}{_END}")
_DAY_NEXT_WEEK = re.compile(rf"\b{_WEEKDAY}\s+(?:volgende|komende|next)\s+week{_END}")
_DAY_AFTER_TOMORROW = re.compile(r"\b(?:the\s+)?day\s+after\s+tomorrow\b")


@dataclass
class _Found:
    days: list[tuple[int, date, str]]  # (position, day, how: "date" | "weekday" | "relative")
    times: list[tuple[int, int, int, bool]]  # (position, hour, minute, bare 1–7 hour)
    hour_halves: list[tuple[int, str]]  # (position, "a" | "p") for am/pm times
    parts: list[str]


def _hour(value: str) -> int:
    return NUMBER_WORDS[value] if value in NUMBER_WORDS else int(value)


def _normalised(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"\ba\.\s?s\.?(?!\w)", " as ", text)
    return re.sub(r"\s+", " ", text).strip()


def _blank(text: str, match: re.Match[str]) -> str:
    start, end = match.span()
    return text[:start] + " " * (end - start) + text[end:]


def _dated(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as error:
        raise _Unreadable from error


def _next_date(month: int, day: int, today: date) -> date:
    """The first such date from today on; 29 February may be a few years ahead."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise _Unreadable
    for year in range(today.year, today.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise _Unreadable


def _full_year(value: str) -> int:
    year = int(value)
    return 2000 + year if len(value) == 2 else year


def _next_weekday(weekday: int, today: date) -> date:
    ahead = (weekday - today.weekday()) % 7
    return today + timedelta(days=ahead or 7)


def _weekday_next_week(weekday: int, today: date) -> date:
    next_monday = today + timedelta(days=7 - today.weekday())
    return next_monday + timedelta(days=weekday)


def _scan_days(text: str, today: date, found: _Found) -> str:
    for pattern in (_NEXT_WEEK_DAY, _DAY_NEXT_WEEK):
        for match in pattern.finditer(text):
            day = _weekday_next_week(WEEKDAYS[match["weekday"]], today)
            found.days.append((match.start(), day, "relative"))
            text = _blank(text, match)
    for match in _DAY_AFTER_TOMORROW.finditer(text):
        found.days.append((match.start(), today + timedelta(days=2), "relative"))
        text = _blank(text, match)
    for pattern in (_ISO_DATE, _NUMERIC_DATE_YEAR):
        for match in pattern.finditer(text):
            day = _dated(_full_year(match["year"]), int(match["month"]), int(match["day"]))
            found.days.append((match.start(), day, "date"))
            text = _blank(text, match)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            month, day_number = MONTHS[match["month"]], int(match["day"])
            if match["year"]:
                day = _dated(int(match["year"]), month, day_number)
            else:
                day = _next_date(month, day_number, today)
            found.days.append((match.start(), day, "date"))
            text = _blank(text, match)
    return text


def _scan_numeric_dates(text: str, today: date, found: _Found) -> str:
    """After the times, so that "14:30-15:30" is not read as the 30th of the 15th month."""
    for match in _NUMERIC_DATE.finditer(text):
        day = _next_date(int(match["month"]), int(match["day"]), today)
        found.days.append((match.start(), day, "date"))
        text = _blank(text, match)
    return text


def _scan_times(text: str, found: _Found) -> str:
    for match in _AM_PM.finditer(text):
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if not 1 <= hour <= 12:
            raise _Unreadable
        found.times.append((match.start(), hour % 12, minute, False))
        found.hour_halves.append((match.start(), match["half"]))
        text = _blank(text, match)
    for pattern in (_CLOCK, _HOUR_LETTER):
        for match in pattern.finditer(text):
            raw = match["hour"]
            hour, minute = int(raw), int(match["minute"] or 0)
            found.times.append((match.start(), hour, minute, len(raw) == 1 and raw != "0"))
            text = _blank(text, match)
    for match in _HALF_PAST.finditer(text):
        minute = 30 if match["kind"] == "half" else 15
        found.times.append((match.start(), _hour(match["hour"]), minute, True))
        text = _blank(text, match)
    for match in _QUARTER_TO.finditer(text):
        found.times.append((match.start(), _hour(match["hour"]) - 1, 45, True))
        text = _blank(text, match)
    for match in _KWART.finditer(text):
        hour = _hour(match["hour"])
        if match["kind"] == "over":
            found.times.append((match.start(), hour, 15, True))
        else:
            found.times.append((match.start(), hour - 1, 45, True))
        text = _blank(text, match)
    for match in _HALF.finditer(text):
        # Dutch "half drie" is half an hour before three.
        found.times.append((match.start(), _hour(match["hour"]) - 1, 30, True))
        text = _blank(text, match)
    for pattern in (_HOUR_UUR, _AT_HOUR):
        for match in pattern.finditer(text):
            raw = match["hour"]
            found.times.append((match.start(), _hour(raw), 0, not raw.startswith("0")))
            text = _blank(text, match)
    return text


def _scan_words(text: str, today: date, found: _Found) -> None:
    """What is left must be weekdays, day words, parts of the day or small words."""
    for word in re.findall(r"[\w']+", text):
        word = word.strip("'")
        if not word or word in FILLERS:
            continue
        if word in WEEKDAYS:
            found.days.append((0, _next_weekday(WEEKDAYS[word], today), "weekday"))
        elif word in RELATIVE_DAYS:
            offset, part = RELATIVE_DAYS[word]
            found.days.append((0, today + timedelta(days=offset), "relative"))
            if part:
                found.parts.append(part)
        elif word in DAY_PARTS:
            found.parts.append(DAY_PARTS[word])
        else:
            raise _Unreadable


def _the_day(found: _Found) -> date | None:
    if not found.days:
        return None
    # A written date outranks a weekday named with it ("do 3 december").
    dates = {day for _, day, how in found.days if how == "date"}
    relative = {day for _, day, how in found.days if how == "relative"}
    weekdays = {day for _, day, how in found.days if how == "weekday"}
    if dates:
        if len(dates) > 1 or (relative and relative != dates):
            raise _Unreadable
        return next(iter(dates))
    named = relative | weekdays
    if len(named) > 1:
        raise _Unreadable
    return next(iter(named))


def _the_time(found: _Found) -> time | None:
    if not found.times:
        return None
    position, hour, minute, bare = min(found.times)
    half = next((h for p, h in found.hour_halves if p == position), None)
    parts = set(found.parts)
    if len(parts) > 1:
        raise _Unreadable
    part = next(iter(parts), None)
    later = part in (AFTERNOON, EVENING) and 1 <= hour <= 11
    bare_afternoon = part is None and bare and 1 <= hour <= 7
    if half == "p":
        hour += 12
    elif half is None and hour == 0 and bare:
        hour = 12  # "half 1": half past twelve, not in the night
    elif half is None and (later or bare_afternoon):
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise _Unreadable
    return time(hour, minute)


def read_moment(text: str, *, today: date, language: str | None = None) -> ReadMoment | None:
    """The day and/or time named in `text`, or None when none (or something impossible) is named.

    `today` is the date in Amsterdam. `language` is accepted for callers' convenience; Dutch and
    English words are read whatever it is.
    """
    del language
    found = _Found(days=[], times=[], hour_halves=[], parts=[])
    try:
        rest = _scan_days(_normalised(text), today, found)
        rest = _scan_times(rest, found)
        rest = _scan_numeric_dates(rest, today, found)
        _scan_words(rest, today, found)
        day, moment = _the_day(found), _the_time(found)
    except _Unreadable:
        return None
    if day is None and moment is None:
        return None
    return ReadMoment(day=day, time=moment)
