"""steps/next_steps: see docs/ARCHITECTURE.md."""
