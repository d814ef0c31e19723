"""Tables of the minutes' record fields (format version 2, migration 0005): bilagor, sändlista."""

from __future__ import annotations

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from workshop_app.storage.tables import Base, _Item


class AttachmentRow(_Item, Base):
    """An attachment the minutes list by title (migration 0005)."""

    __tablename__ = "attachments"

    title: Mapped[str] = mapped_column(Text)


class RecipientRow(_Item, Base):
    """One line of the minutes' distribution list: an organisation or a role (migration 0005)."""

    __tablename__ = "distribution"

    recipient: Mapped[str] = mapped_column(Text)
