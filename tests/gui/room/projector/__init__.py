"""Tests of the presentation (projector) window."""
