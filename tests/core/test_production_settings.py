"""Production refuses what development allows: demo data, a webhook secret Telegram refuses."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from core.config import Settings


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


def test_production_never_loads_demo_data_and_refuses_koers_demo_true() -> None:
    production = settings(environment="production", public_url="https://koers.example.nl")
    assert production.load_demo is False
    with pytest.raises(ValidationError, match="KOERS_DEMO=true is refused in production"):
        settings(environment="production", public_url="https://koers.example.nl", demo=True)
    assert settings(environment="development").load_demo is True
    assert settings(environment="development", demo=False).load_demo is False


@pytest.mark.parametrize("secret", ["", "a" * 257, "met spatie", "geheim!", "é"])
def test_a_webhook_secret_telegram_would_refuse_stops_koers_at_start(secret: str) -> None:
    with pytest.raises(ValidationError, match="KOERS_WEBHOOK_SECRET"):
        settings(webhook_secret=secret or " ")


def test_a_webhook_secret_of_the_allowed_characters_is_taken() -> None:
    assert settings(webhook_secret="A-z_09" * 40).webhook_secret == "A-z_09" * 40
