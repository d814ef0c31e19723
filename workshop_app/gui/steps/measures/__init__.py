"""steps/measures: see docs/ARCHITECTURE.md."""
