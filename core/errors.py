"""Errors a person can cause: raised by actions, caught at the edge, shown as a kind message."""

from __future__ import annotations


class KoersError(Exception):
    """Base of errors that mean 'the request was not acceptable', never 'Koers is broken'."""


class NotFound(KoersError):
    pass


class OtherTeam(NotFound):
    """A case of another team: answered as "not found" so nothing leaks, and written down as a
    refused request by whoever catches it (portal/security.py)."""

    def __init__(self, message: str, *, case_id: int) -> None:
        super().__init__(message)
        self.case_id = case_id


class NotAllowed(KoersError):
    pass


class InvalidInput(KoersError):
    pass
