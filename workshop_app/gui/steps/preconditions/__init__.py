"""steps/preconditions: see docs/ARCHITECTURE.md."""
