"""steps: see docs/ARCHITECTURE.md."""
