"""room/projector: see docs/ARCHITECTURE.md."""
