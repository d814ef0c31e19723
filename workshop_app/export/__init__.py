"""Word minutes of a workshop (python-docx); never imports storage/, services/ or gui/."""

from workshop_app.export.errors import ExportError
from workshop_app.export.minutes import build_minutes, minutes_bytes, write_minutes

__all__ = ["ExportError", "build_minutes", "minutes_bytes", "write_minutes"]
