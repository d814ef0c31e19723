"""Fast checks of the packaging files (no bundle is built in the normal test run)."""
