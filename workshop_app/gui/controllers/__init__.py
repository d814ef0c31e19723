"""controllers: see docs/ARCHITECTURE.md."""
