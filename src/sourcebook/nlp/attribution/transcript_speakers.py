"""Whose turns a transcript's labels are: 'MARIA LOPEZ:' and then 'LOPEZ:' are one speaker's, named in full at
the first turn and by the surname after it, as a panel's or a hearing's transcript sets them down. A speaker who
takes two turns makes the page a transcript (``markers._transcript_label``), so the others' single turns are
theirs too ('DEV KAPOOR:' between 'MARIA LOPEZ:' and 'LOPEZ:'), however the labels spell that one speaker."""

from __future__ import annotations


def same_speaker(label: str, other: str) -> bool:
    """Whether two labels name one speaker: the same words, or one the other's last words ('LOPEZ', 'MARIA LOPEZ')."""
    return label == other or label.endswith(" " + other) or other.endswith(" " + label)


def turns_of(labels: list[str], label: str) -> int:
    """How many of a transcript's ``labels`` (one a turn) are the turns of the speaker ``label`` names."""
    return sum(same_speaker(label, other) for other in labels)
