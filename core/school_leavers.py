"""Reading a school's leavers file (DESIGN, "The school-leavers file"): one row per young
person, headers in Dutch or English, `;` (Dutch Excel) or `,`, UTF-8 with or without BOM.

Everything is checked before anything is stored: `read_leavers_file` returns the rows it
understood and every problem it found (row, column, why), and the import refuses the whole
file while there is any problem. Reading touches no database; what the team knows (its
coaches, its stages) comes in as arguments.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

EXTERNAL_ID = "external_id"
FIRST_NAME = "first_name"
BIRTH_DATE = "birth_date"
LEAVING_DATE = "leaving_date"
SCHOOL = "school"
COACH = "coach"
STAGE = "stage"

# The header each column is shown under when the file lacks it, and the template's header.
DUTCH_HEADERS = {
    EXTERNAL_ID: "leerlingnummer",
    FIRST_NAME: "voornaam",
    BIRTH_DATE: "geboortedatum",
    LEAVING_DATE: "uitstroomdatum",
    SCHOOL: "school",
    COACH: "coach",
    STAGE: "fase",
}
REQUIRED = (EXTERNAL_ID, FIRST_NAME)
_HEADERS = {
    **{dutch: column for column, dutch in DUTCH_HEADERS.items()},
    **{column: column for column in DUTCH_HEADERS},
    "leerling_nummer": EXTERNAL_ID,
    "leerlingnr": EXTERNAL_ID,
    "student_number": EXTERNAL_ID,
    "externe_id": EXTERNAL_ID,
    "naam": FIRST_NAME,
    "roepnaam": FIRST_NAME,
    "firstname": FIRST_NAME,
    "geboorte_datum": BIRTH_DATE,
    "birthdate": BIRTH_DATE,
    "date_of_birth": BIRTH_DATE,
    "uitstroom_datum": LEAVING_DATE,
    "einddatum": LEAVING_DATE,
    "leaving": LEAVING_DATE,
    "coach_email": COACH,
    "coach_e_mail": COACH,
    "e_mail_coach": COACH,
    "email_coach": COACH,
    "phase": STAGE,
}
# A column a school should never send: Koers refuses the file rather than skip it quietly.
_FORBIDDEN = {"bsn", "burgerservicenummer", "sofinummer", "sofi_nummer"}

LIMITS = {EXTERNAL_ID: 40, FIRST_NAME: 80, SCHOOL: 120, COACH: 254, STAGE: 60}
OLDEST_BIRTH_YEAR = 1900
EARLIEST_LEAVING = date(2000, 1, 1)
LEAVING_DAYS_AHEAD = 2 * 366
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$|^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


@dataclass(frozen=True)
class Problem:
    """Why a row (1 is the header) cannot be imported; `code` is a key of
    messages.import_texts.PROBLEMS and `params` fill its placeholders."""

    row: int
    column: str
    code: str
    params: Mapping[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class Leaver:
    """One row as Koers understood it; None where the file left a cell empty."""

    row: int
    external_id: str
    first_name: str
    birth_date: date | None
    leaving_date: date | None
    school: str | None
    coach_id: int | None
    stage: str | None


@dataclass(frozen=True)
class LeaversFile:
    leavers: list[Leaver]
    problems: list[Problem]
    # Columns in the file that Koers does not store (a surname, a class, …), as written there.
    ignored_columns: list[str]


@dataclass(frozen=True)
class TeamFacts:
    """What the rows are checked against: the team's coaches by e-mail address and a function
    that turns what the file says about a stage into the team's stage id (None: unknown)."""

    coach_ids: Mapping[str, int]
    stage_id: Callable[[str], str | None]
    stage_names: str
    today: date


def decoded(content: bytes) -> str | None:
    """The file as text: UTF-8 with or without BOM; Excel's Windows encoding as a fallback,
    since "CSV (gescheiden door lijstscheidingsteken)" is what most schools save."""
    if b"\x00" in content[:4096]:
        return None
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return content.decode("cp1252")
        except UnicodeDecodeError:
            return None


def _header_key(header: str) -> str:
    return "_".join(re.split(r"[\s_\-.]+", header.strip().lower().strip("\ufeff"))).strip("_")


def read_leavers_file(content: bytes, facts: TeamFacts) -> LeaversFile:
    text = decoded(content)
    if text is None:
        return LeaversFile([], [Problem(0, "", "not_text")], [])
    lines = [line for line in text.splitlines() if line.strip(" \t;,")]
    if not lines:
        return LeaversFile([], [Problem(0, "", "empty")], [])
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header_index = next(i for i, cells in enumerate(table) if any(c.strip() for c in cells))
    header = table[header_index]
    columns, problems, ignored = _columns(header, header_index + 1)
    if problems:
        return LeaversFile([], problems, ignored)
    leavers: list[Leaver] = []
    first_row_of: dict[str, int] = {}
    for index in range(header_index + 1, len(table)):
        cells, row = table[index], index + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            problems.append(Problem(row, "", "too_many_cells"))
            continue
        leaver = _leaver(row, cells, columns, facts, problems)
        if leaver is None:
            continue
        if leaver.external_id in first_row_of:
            problems.append(
                Problem(
                    row,
                    columns[EXTERNAL_ID][1],
                    "double_number",
                    {"row": first_row_of[leaver.external_id]},
                )
            )
            continue
        first_row_of[leaver.external_id] = row
        leavers.append(leaver)
    if not leavers and not problems:
        problems.append(Problem(header_index + 1, "", "no_rows"))
    return LeaversFile(leavers, problems, ignored)


def _columns(
    header: list[str], row: int
) -> tuple[dict[str, tuple[int, str]], list[Problem], list[str]]:
    """Each known column's position and its header as written; problems; ignored headers."""
    columns: dict[str, tuple[int, str]] = {}
    problems: list[Problem] = []
    ignored: list[str] = []
    for position, written in enumerate(header):
        key = _header_key(written)
        if key in _FORBIDDEN:
            problems.append(Problem(row, written.strip(), "bsn"))
            continue
        column = _HEADERS.get(key)
        if column is None:
            if written.strip():
                ignored.append(written.strip())
            continue
        if column in columns:
            problems.append(Problem(row, written.strip(), "double_column"))
            continue
        columns[column] = (position, written.strip())
    for column in REQUIRED:
        if column not in columns:
            problems.append(Problem(row, DUTCH_HEADERS[column], "missing_column"))
    return columns, problems, ignored


def _leaver(
    row: int,
    cells: list[str],
    columns: dict[str, tuple[int, str]],
    facts: TeamFacts,
    problems: list[Problem],
) -> Leaver | None:
    before = len(problems)

    def cell(column: str) -> str:
        position, written = columns.get(column, (-1, ""))
        value = " ".join(cells[position].split()) if 0 <= position < len(cells) else ""
        limit = LIMITS.get(column)
        if limit is not None and len(value) > limit:
            problems.append(Problem(row, written, "too_long", {"limit": limit}))
            return ""
        return value

    def named(column: str) -> str:
        return columns.get(column, (-1, DUTCH_HEADERS[column]))[1]

    external_id, first_name = cell(EXTERNAL_ID), cell(FIRST_NAME)
    for column, value in ((EXTERNAL_ID, external_id), (FIRST_NAME, first_name)):
        said = any(p.column == named(column) for p in problems[before:])
        if not value and not said:
            problems.append(Problem(row, named(column), "required"))
    birth_date = _date(cell(BIRTH_DATE), row, named(BIRTH_DATE), problems)
    if birth_date and not (birth_date.year >= OLDEST_BIRTH_YEAR and birth_date <= facts.today):
        problems.append(Problem(row, named(BIRTH_DATE), "birth_date_range"))
    leaving_date = _date(cell(LEAVING_DATE), row, named(LEAVING_DATE), problems)
    latest = facts.today + timedelta(days=LEAVING_DAYS_AHEAD)
    if leaving_date and not EARLIEST_LEAVING <= leaving_date <= latest:
        problems.append(Problem(row, named(LEAVING_DATE), "leaving_date_range"))
    coach_email = cell(COACH).lower()
    coach_id = facts.coach_ids.get(coach_email) if coach_email else None
    if coach_email and coach_id is None:
        problems.append(Problem(row, named(COACH), "unknown_coach"))
    stage_written = cell(STAGE)
    stage = facts.stage_id(stage_written) if stage_written else None
    if stage_written and stage is None:
        problems.append(Problem(row, named(STAGE), "unknown_stage", {"stages": facts.stage_names}))
    if len(problems) > before:
        return None
    return Leaver(
        row=row,
        external_id=external_id,
        first_name=first_name,
        birth_date=birth_date,
        leaving_date=leaving_date,
        school=cell(SCHOOL) or None,
        coach_id=coach_id,
        stage=stage,
    )


def _date(value: str, row: int, column: str, problems: list[Problem]) -> date | None:
    if not value:
        return None
    match = _DATE.match(value)
    try:
        if match is None:
            raise ValueError(value)
        if match.group(1):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return date(int(match.group(6)), int(match.group(5)), int(match.group(4)))
    except ValueError:
        problems.append(Problem(row, column, "not_a_date"))
        return None


def template_csv() -> bytes:
    """The file a school fills in: the Dutch headers, `;`, UTF-8 with BOM (Excel opens it
    with the right characters)."""
    return ("\ufeff" + ";".join(DUTCH_HEADERS.values()) + "\r\n").encode("utf-8")
