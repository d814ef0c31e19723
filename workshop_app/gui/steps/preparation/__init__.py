"""steps/preparation: see docs/ARCHITECTURE.md."""
