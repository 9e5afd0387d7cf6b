"""Across articles: publication dates, merged speakers and measures with verdicts.

Plain records in, plain records out (``sourcebook.model``); nothing here touches spaCy.
"""

from sourcebook.reconcile.dates import estimate_date, estimate_published
from sourcebook.reconcile.measures import LOW_CONFIDENCE, MeasureInput, build_measures
from sourcebook.reconcile.speakers import SpeakerMention, merge_speakers

__all__ = [
    "LOW_CONFIDENCE",
    "MeasureInput",
    "SpeakerMention",
    "build_measures",
    "estimate_date",
    "estimate_published",
    "merge_speakers",
]
