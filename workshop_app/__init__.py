"""Workshopstöd: a desktop guide for Brå's workshop on crime linked to parallel social structures."""

__version__ = "0.1.0"
