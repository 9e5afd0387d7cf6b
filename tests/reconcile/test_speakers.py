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


def test_middle_initials_and_titles_make_one_speaker():
    merged = merge_speakers([
        SpeakerMention("a:a1", "Donald J. Trump", "person", written="Donald J. Trump"),
        SpeakerMention("b:a1", "Donald Trump", "person", written="Mr. Trump"),
        SpeakerMention("c:a1", "Trump", "person", written="Trump"),
        SpeakerMention("c:a2", "Donald Trump", "person", written="he"),
    ])
    ids = {s.id for s in merged.values()}
    assert len(ids) == 1
    aliases = merged["a:a1"].aliases
    assert "Mr. Trump" in aliases and "he" not in aliases  # written forms, no pronouns


def test_generic_groups_are_per_article_and_case_insensitive():
    merged = merge_speakers([
        SpeakerMention("a:a1", "officials", "group"),
        SpeakerMention("a:a2", "Officials", "group"),
        SpeakerMention("b:a1", "officials", "group"),
        SpeakerMention("b:a2", "tax experts", "group"),
        SpeakerMention("c:a1", "tax experts", "group"),
    ])
    assert merged["a:a1"].id == merged["a:a2"].id
    assert merged["a:a1"].id != merged["b:a1"].id
    assert merged["b:a2"].id != merged["c:a1"].id


def test_two_people_with_one_surname_stay_two_across_articles():
    merged = merge_speakers([
        SpeakerMention("a:a1", "Dan Schwerin", "person"),
        SpeakerMention("b:a1", "Josh Schwerin", "person"),
        SpeakerMention("c:a1", "Schwerin", "person"),
    ])
    assert merged["a:a1"].id != merged["b:a1"].id
    assert merged["c:a1"].id not in (merged["a:a1"].id, merged["b:a1"].id)


def test_every_speaker_has_a_source_type():
    merged = merge_speakers([
        SpeakerMention("a:a1", "Kerr Putney", "person", "police chief"),
        SpeakerMention("a:a2", "Save the Children", "organisation"),
        SpeakerMention("a:a3", "New York Times", "outlet"),
        SpeakerMention("a:a4", "Quinnipiac University poll", "description"),
        SpeakerMention("a:a5", "Rakeyia Scott", "person"),
    ])
    assert [merged[f"a:a{i}"].source_type for i in range(1, 6)] == [
        "government", "international", "media", "document", "unknown"]


def test_organisations_described_in_lower_case_merge_only_within_an_article():
    merged = merge_speakers([
        SpeakerMention("a:a1", "regional emergency agency", "organisation"),
        SpeakerMention("a:a2", "regional emergency agency", "organisation"),
        SpeakerMention("b:a1", "regional emergency agency", "organisation"),
        SpeakerMention("a:a3", "Regional Emergency Agency", "organisation"),
        SpeakerMention("b:a2", "Regional Emergency Agency", "organisation"),
    ])
    assert merged["a:a1"].id == merged["a:a2"].id
    assert merged["a:a1"].id != merged["b:a1"].id  # no stories known: one speaker per article
    assert merged["a:a3"].id == merged["b:a2"].id  # a proper name is one organisation everywhere


def test_an_organisation_described_in_lower_case_is_one_speaker_within_its_story():
    mentions = [
        SpeakerMention("a:a1", "regional emergency agency", "organisation"),
        SpeakerMention("b:a1", "regional emergency agency", "organisation"),
        SpeakerMention("c:a1", "regional emergency agency", "organisation"),
        SpeakerMention("a:a2", "officials", "group"),
        SpeakerMention("b:a2", "officials", "group"),
        SpeakerMention("a:a3", "the water ministry", "description"),
        SpeakerMention("b:a3", "the water ministry", "description"),
        SpeakerMention("a:a4", "a senior engineer", "description"),
        SpeakerMention("b:a4", "a senior engineer", "description"),
    ]
    merged = merge_speakers(mentions, {"a": "st_flood", "b": "st_flood", "c": "st_fire"})
    assert merged["a:a1"].id == merged["b:a1"].id  # one event, one agency
    assert merged["a:a1"].id != merged["c:a1"].id  # another story's agency is another body
    assert merged["a:a3"].id == merged["b:a3"].id  # a body described, whatever its kind
    assert merged["a:a2"].id != merged["b:a2"].id  # groups stay per article
    assert merged["a:a4"].id != merged["b:a4"].id  # so do people described


def test_groups_of_one_article_stay_apart_by_affiliation():
    merged = merge_speakers([
        SpeakerMention("a:a1", "officials", "group", "Health Ministry"),
        SpeakerMention("a:a2", "officials", "group", "Health Ministry"),
        SpeakerMention("a:a3", "officials", "group", "Brask police"),
    ])
    assert merged["a:a1"].id == merged["a:a2"].id
    assert merged["a:a1"].id != merged["a:a3"].id
