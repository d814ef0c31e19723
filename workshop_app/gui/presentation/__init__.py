"""The presentation (projector) window, its views and the controller that drives it."""
