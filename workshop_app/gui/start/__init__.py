"""start: see docs/ARCHITECTURE.md."""
