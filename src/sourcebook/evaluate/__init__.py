"""Accuracy against annotated corpora (PolNeAR, the seed gold set)."""
