"""The one-app-per-data-dir lock (storage's), offered to gui's single-instance guard."""

from __future__ import annotations

from workshop_app.storage.instance_lock import InstanceLock as InstanceLock
