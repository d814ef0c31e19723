"""Errors the domain and the layers above raise for the user to read."""

from __future__ import annotations


class WorkshopAppError(Exception):
    """Base of the errors that carry a message meant for the user."""


class WorkshopNotFoundError(WorkshopAppError):
    def __init__(self, workshop_id: str) -> None:
        super().__init__(f'no workshop with id "{workshop_id}"')
        self.workshop_id = workshop_id


class ItemNotFoundError(WorkshopAppError):
    def __init__(self, collection: str, key: tuple[object, ...]) -> None:
        shown = ", ".join(str(k) for k in key)
        super().__init__(f"{collection}: no item with key ({shown})")
        self.collection = collection
        self.key = key


class WorkshopFileError(WorkshopAppError):
    """A workshop file was refused; ``str()`` is the one-line reason naming the place."""

    def __init__(self, message: str, place: str | None = None) -> None:
        super().__init__(f"{place}: {message}" if place else message)
        self.place = place
        self.reason = message


class IntegrityError(WorkshopAppError):
    """An edit would break a rule of the workshop (a dangling reference, a cause cycle …)."""
