"""User-facing text: Babel catalogs (Dutch B1 source; see texts.py) and rendering (see i18n.py)."""


def N_(message: str) -> str:
    """Marks a message for extraction; it is translated when rendered, not here."""
    return message
