"""steps/problems: see docs/ARCHITECTURE.md."""
