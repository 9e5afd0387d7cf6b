"""Bundled data files (aliases, measure classes), read with importlib.resources."""
