"""The parts of the minutes, each written by its own module in document order."""
