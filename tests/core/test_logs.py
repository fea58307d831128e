"""Logs for a log collector: one JSON object a line with time, level, logger and message."""

from __future__ import annotations

import json
import logging
import sys

from core.logs import JsonLines


def test_a_log_line_in_json_carries_time_level_logger_and_message() -> None:
    record = logging.LogRecord(
        "bot.sender", logging.WARNING, __file__, 1, "chat %s blocked the bot", (6001,), None
    )
    entry = json.loads(JsonLines().format(record))
    assert entry["level"] == "warning" and entry["logger"] == "bot.sender"
    assert entry["message"] == "chat 6001 blocked the bot"
    assert entry["at"].endswith("+00:00")
    try:
        raise ValueError("boom")
    except ValueError:
        failed = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    assert "ValueError: boom" in json.loads(JsonLines().format(failed))["error"]
