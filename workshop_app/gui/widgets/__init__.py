"""widgets: see docs/ARCHITECTURE.md."""
