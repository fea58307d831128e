"""Ids that arrive from outside (buttons, deep links, forms, Telegram itself) are checked against
their column's range before any query: out of range means "not found", never an exception."""

from __future__ import annotations

# Row ids are PostgreSQL integers; a larger number cannot name a row and must not reach SQL.
MAX_ROW_ID = 2**31 - 1
# Telegram's ids (users, chats, messages, updates) are stored as 64-bit integers.
MIN_BIG_ID = -(2**63)
MAX_BIG_ID = 2**63 - 1
# Longer digit strings cannot be a row id; refusing them early keeps int() cheap.
_MAX_ROW_ID_DIGITS = len(str(MAX_ROW_ID))


def is_row_id(value: object) -> bool:
    """A positive integer small enough to be a row's id."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ROW_ID


def parse_row_id(text: str | None) -> int | None:
    """The row id written in `text` (digits only), or None when it cannot name a row."""
    if not text or not text.isascii() or not text.isdigit() or len(text) > _MAX_ROW_ID_DIGITS:
        return None
    number = int(text)
    return number if is_row_id(number) else None


def is_big_id(value: object) -> bool:
    """An integer that fits a 64-bit column (Telegram's user, chat, message and update ids)."""
    return (
        isinstance(value, int) and not isinstance(value, bool) and MIN_BIG_ID <= value <= MAX_BIG_ID
    )
