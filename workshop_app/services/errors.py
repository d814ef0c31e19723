"""The storage and export failures the window tells apart, offered to gui through services.

The window names a failure in plain words (``gui/widgets/save_status.py``) and retries the ones that
pass; it reaches them here so that gui never imports storage or export (the layer test).
"""

from __future__ import annotations

from workshop_app.export.errors import ExportError as ExportError
from workshop_app.storage.errors import CONNECTION_LOST as CONNECTION_LOST
from workshop_app.storage.errors import DatabaseUnreachableError as DatabaseUnreachableError
from workshop_app.storage.errors import SaveFailedError as SaveFailedError
from workshop_app.storage.errors import (
    WorkshopChangedElsewhereError as WorkshopChangedElsewhereError,
)
