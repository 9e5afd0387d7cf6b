"""What the probe tests read of a text's records (imported by the ``test_probe_findings*``
modules, which pytest runs with this directory on the path)."""

from __future__ import annotations


def records(nlp, text, cue=None):
    """The records shown for ``text``, those with the cue ``cue`` only when given."""
    return [a for a in nlp(text)._.sourcebook_attributions if cue is None or (a.cue is not None and a.cue.text == cue)]


def contents(record):
    """A record's contents as text."""
    return [c.text for c in record.contents]
