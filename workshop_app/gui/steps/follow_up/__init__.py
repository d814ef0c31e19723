"""steps/follow_up: see docs/ARCHITECTURE.md."""
