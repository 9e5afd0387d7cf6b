"""Merging speakers across articles."""

from __future__ import annotations

import random

from sourcebook.reconcile.speakers import SpeakerMention, merge_speakers, speaker_id


def _mentions():
    return [
        SpeakerMention("art1:a1", "Maria Jensen", "person", "UN relief coordinator"),
        SpeakerMention("art1:a2", "Ms. Jensen", "person"),
        SpeakerMention("art2:a1", "Jensen", "person", "UN relief coordinator"),
        SpeakerMention("art2:a2", "U.N.", "organisation"),
        SpeakerMention("art3:a1", "the United Nations", "organisation"),
        SpeakerMention("art3:a2", "Red Cross", "organisation"),
        SpeakerMention("art4:a1", "ICRC", "organisation"),
        SpeakerMention("art4:a2", "unspecified reports", "reports"),
        SpeakerMention("art5:a1", "unspecified reports", "reports"),
        SpeakerMention("art5:a2", "Omar Haddad", "person"),
        SpeakerMention("art6:a1", "Lina Haddad", "person"),
        SpeakerMention("art6:a2", "Haddad", "person"),
        SpeakerMention("art7:a1", "Dr. Omar Haddad", "person", "surgeon"),
    ]


def test_same_person_across_articles_with_titles_and_surname():
    merged = merge_speakers(_mentions())
    jensen = {merged[k].id for k in ("art1:a1", "art1:a2", "art2:a1")}
    assert len(jensen) == 1
    speaker = merged["art1:a1"]
    assert speaker.name == "Maria Jensen"
    assert speaker.affiliation == "UN relief coordinator"
    assert speaker.kind == "person"
    assert "Jensen" in speaker.aliases and "Ms. Jensen" in speaker.aliases
    assert speaker.id == speaker_id("maria jensen")
    assert speaker.id.startswith("sp_") and len(speaker.id) == 15


def test_organisations_fold_through_aliases():
    merged = merge_speakers(_mentions())
    assert merged["art2:a2"].id == merged["art3:a1"].id
    assert merged["art2:a2"].name == "United Nations"
    assert merged["art3:a2"].id == merged["art4:a1"].id
    assert merged["art3:a2"].name == "International Committee of the Red Cross"


def test_ambiguous_surname_stays_apart_and_titles_merge():
    merged = merge_speakers(_mentions())
    assert merged["art5:a2"].id == merged["art7:a1"].id  # Dr. Omar Haddad
    assert merged["art6:a1"].id != merged["art5:a2"].id
    # "Haddad" alone could be Omar or Lina: not merged into either
    assert merged["art6:a2"].id not in (merged["art6:a1"].id, merged["art5:a2"].id)
    assert merged["art7:a1"].affiliation == "surgeon"


def test_unnamed_sources_are_per_article():
    merged = merge_speakers(_mentions())
    assert merged["art4:a2"].id != merged["art5:a1"].id


def test_ids_do_not_depend_on_order():
    mentions = _mentions()
    first = {k: (s.id, s.name, s.aliases, s.affiliation) for k, s in merge_speakers(mentions).items()}
    shuffled = mentions[:]
    random.Random(7).shuffle(shuffled)
    second = {k: (s.id, s.name, s.aliases, s.affiliation) for k, s in merge_speakers(shuffled).items()}
    assert first == second


def test_empty_names_are_skipped():
    assert merge_speakers([SpeakerMention("a:a1", "  ")]) == {}
