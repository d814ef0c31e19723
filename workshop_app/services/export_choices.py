"""What is chosen at a Word export and never stored (export's options), for the export dialog.

Kept light (no python-docx, no SQLAlchemy): the dialog is built before anything is written.
"""

from __future__ import annotations

from workshop_app.export.options import ExportOptions as ExportOptions
from workshop_app.export.options import Variant as Variant
