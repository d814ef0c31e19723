"""steps/indicators: see docs/ARCHITECTURE.md."""
