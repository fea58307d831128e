"""Errors a person can cause: raised by actions, caught at the edge, shown as a kind message."""

from __future__ import annotations


class KoersError(Exception):
    """Base of errors that mean 'the request was not acceptable', never 'Koers is broken'."""


class NotFound(KoersError):
    pass


class NotAllowed(KoersError):
    pass


class InvalidInput(KoersError):
    pass
