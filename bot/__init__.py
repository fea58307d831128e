"""The bot: channel-agnostic conversation flows, the Telegram adapter and the outbox sender."""

import os

# Opt in to python-telegram-bot's future behaviour: durations (retry_after) as timedelta.
os.environ.setdefault("PTB_TIMEDELTA", "1")
