"""steps/causes: see docs/ARCHITECTURE.md."""
