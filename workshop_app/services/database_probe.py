"""The check of a shared database before it is saved as the store (storage's probe), for gui."""

from __future__ import annotations

from workshop_app.storage.server_probe import ProbeResult as ProbeResult
from workshop_app.storage.server_probe import probe_database as probe_database
