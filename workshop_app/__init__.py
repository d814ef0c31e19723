"""Workshopstöd: leads a working group through Brå's workshop on parallel social structures."""

__version__ = "0.1.0"
