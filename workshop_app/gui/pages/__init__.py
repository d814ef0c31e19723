"""The pages of the workshop view, one per step."""
