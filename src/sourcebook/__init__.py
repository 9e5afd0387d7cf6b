"""Sourcebook: who said what, how many, according to whom - across every article."""
__version__ = "0.1.0"
