"""room: see docs/ARCHITECTURE.md."""
