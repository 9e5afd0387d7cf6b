"""A named storm as a subject: 'Storm Vera hits the coast', 'Hurricane Ida slams the Gulf Coast'.

The parser reads the storm's given name as a proper noun with its title ('Storm', 'Hurricane',
``storm_titles.txt``) a compound before it, so the lemma test of ``mute_subjects.txt`` (never a proper
noun) lets it through and a stance verb ('hits', 'slams', 'batters') with it is read as a report by the
storm, most often in a live blog's or a bulletin's headline. Weather says and holds nothing. Only when
every compound before the name is a title: not 'the Storm Prediction Center' or 'Hurricane Center
forecasters', bodies of people, nor a named body the entity recogniser calls an organisation. For
``mute.holds_nothing``."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

_TITLES = word_set("attribution/storm_titles")


def named_storm(subject: Token) -> bool:
    """Whether ``subject`` is a storm's given name after its title ('Storm Vera', 'Tropical Storm Ana')."""
    if subject.pos_ != "PROPN" or subject.ent_type_ in ("ORG", "NORP", "GPE", "FAC"):
        return False
    before = [t for t in subject.subtree if t.i < subject.i and t.dep_ in ("compound", "amod")]
    return bool(before) and any(t.head.i == subject.i for t in before) and all(t.lower_ in _TITLES for t in before)
