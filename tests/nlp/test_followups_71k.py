"""Follow-ups of the seventy-first pass (helper K): false reports and missed cues the helpers found. Every sentence
here is written for this file, with made-up names, places and bodies.

- A verb of feeling that also shakes or strikes ('rattle'; lexicon ``figures/striking_verbs``) with a place for
  object, or a disaster for subject (``cause_nouns``) and no person for object, is no one's feeling: 'More than
  150 aftershocks have rattled Ostrakis' gave a belief of 'Ostrakis' (``feelings``). PolNeAR train marks no place
  so ('American admiral rattles Beijing' is unmarked).
- A name written in lower case is a common phrase: 'the observatory said' was folded to 'the Observatory', an alias
  of the Syrian Observatory for Human Rights; an alias is now matched in lower case only where the table writes it
  so (``aliases``). 'The Observatory' keeps its alias; a body the article names still takes its noun.
- Tried and not kept: letting the threshold pass a passive order with its infinitive and no agent ('were
  ordered to X', 'was instructed to X'; train marks 3 of 3 such, 'was ordered to', 'was instructed to', 'was
  directed to', with no source; 'were told to' 1 of 4, already shown; 'were advised to' 0 of 1) and a view under a
  verb of beginning ('are starting to feel confident about X'; train has one, marked). On train each added its one
  record, and both were wrong by their content: 'State missed that deadline, but was ordered to make four releases
  this month, concluding X' (the subject shared through 'but' and the participle are PolNeAR's content, not ours)
  and 'Americans are starting to feel more confident about their own prospects, an important development because X'
  (the apposition on the clause is not PolNeAR's): train 13093 right of 15707 -> 13093 of 15709, +0 right, so
  neither was kept (strict xfails below; dev unchanged, 1416 of 1711).
- Right on main already (pinned below): 'The scholars I interviewed thought X', 'expressed concern that X',
  'expressed doubts about X', 'raised concerns about X' (the noun cue).
- Left (strict xfails below): 'voiced concern that X' (the cue tagger's weight for 'voice', left for a refit, as
  ``test_probe_findings_57_sentences`` says); 'raised concerns that X' (the parser hangs the clause on 'concerns' as
  a relative one); 'The shopkeepers I spoke to said trade was slow' ('said' tagged a participle on 'trade').
- 'The nurses we spoke to said the ward was understaffed': the parser made 'to' the auxiliary of 'said', 'said' a
  clause of 'spoke' and the nurses the passive subject of the reported clause, so the cue had no subject;
  ``stranded`` now mends that shape too ('said' the sentence's verb, the nurses its subject, the clause its own).

Of the 13 sentences below that the three mends kept touch (four places struck, four observatories, five stranded
relative clauses), 7 were wrong on main (d0cf32cd: 'aftershocks have rattled Ostrakis'; 'the observatory said'
three times, the Syrian Observatory's even after an article naming the Pellin Observatory for Earth Sciences; three
'we spoke to said' with 'said' read as a clause of 'spoke') and 0 after; the other 6 were right before and after.
PolNeAR: no attribution record changes (train 13093 right of 15707, dev 1416 of 1711, before and after);
``evaluate speakers`` unchanged (train 0.947, 234 of 247; dev 0.960, 529 of 551); the figure evaluations unchanged
(multidomain 414/414, fresh 555, third 311 matched).
"""

from __future__ import annotations

import pytest
from probe_records import found_report, top

#: why a view under a verb of beginning is still dropped
_BEGINNING = ("the ranker's threshold drops a view under a verb of beginning (scored 0.298 against 0.511 alone);"
              " letting it pass gained no right record on train (+0, +1 wrong: its content ran into an apposition on"
              " the clause), so it was not kept")


def _cues(nlp, text: str) -> list[str | None]:
    return [r.cue.text if r.cue is not None else None for r in top(nlp, text)]


@pytest.mark.parametrize("text", [
    "More than 150 aftershocks have rattled Ostrakis since Saturday.",
    "Dozens of tremors have rattled the island of Velmora this week.",
    "Tremors have rattled the coastal town of Brisk for a week.",
    "The blast rattled windows across Tallin and the harbour.",
])
def test_a_place_a_disaster_shakes_feels_nothing(nlp, text):
    assert not [c for c in _cues(nlp, text) if c is not None and "rattled" in c]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The verdict rattled investors in Dunmore.", "investors", "The verdict"),
    ("The ruling rattled the board of Orrin Mining.", "the board of Orrin Mining", "The ruling"),
    ("The storm rattled the minister, who said the roads would stay shut.", "the minister", "The storm"),
])
def test_a_feeling_of_people_stays(nlp, text, source, content):
    assert found_report(top(nlp, text), "rattled", source, content)


@pytest.mark.parametrize(("text", "speaker"), [
    ("A 5.1-magnitude quake struck Marrow province on Sunday. The observatory said more aftershocks were likely.",
     "observatory"),
    ("The tremor measured 4.8 on the Richter scale, the observatory said.", "observatory"),
    # a body the article names takes its noun
    ("The Pellin Observatory for Earth Sciences recorded the first tremor at 3am. The observatory said more "
     "aftershocks were likely.", "Pellin Observatory for Earth Sciences"),
    # the alias with its capitals
    ("The Syrian Observatory for Human Rights said 12 people had died. The Observatory said the toll would rise.",
     "Syrian Observatory for Human Rights"),
])
def test_a_common_phrase_is_no_alias(nlp, text, speaker):
    found = [r for r in top(nlp, text) if r.source is not None and r.source.text.lower() == "the observatory"]
    assert [r.speaker for r in found] == [speaker]


def test_lower_case_names_match_only_aliases_written_so():
    from sourcebook.aliases import canonical_name, is_known_organisation

    assert canonical_name("the observatory") == "the observatory"
    assert canonical_name("the Observatory") == "Syrian Observatory for Human Rights"
    assert canonical_name("who") == "who" and canonical_name("WHO") == "World Health Organization"
    assert canonical_name("Unicef") == "United Nations Children's Fund"
    assert not is_known_organisation("the white house") and is_known_organisation("the White House")
    # a name already folded, as the evaluation passes it
    assert canonical_name("observatory", any_case=True) == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Residents were ordered to leave their homes on Monday.", "were ordered", "Residents"),
    ("The ferry's crew was ordered to return to port.", "was ordered", "The ferry's crew"),
    ("Two journalists were ordered to leave the country within 48 hours.", "were ordered", "Two journalists"),
    ("All staff were instructed to delete the emails.", "were instructed", "to delete the emails"),
])
@pytest.mark.xfail(strict=True, reason="the threshold drops a passive order with no agent (its features weigh a passive"
                   " cue with no source low); letting it pass gained no right record on train (+0, +1 wrong: the"
                   " content missed a subject shared through 'but'), so it was not kept")
def test_an_order_in_the_passive_is_a_report_with_no_source(nlp, text, cue, content):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert [(r.source, r.contents[0].text) for r in found] == [(None, content)]


@pytest.mark.parametrize("text", [
    "Passengers are advised to check their flight status before leaving home.",
])
def test_advice_given_out_stays_no_report(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    pytest.param("Americans are starting to feel confident about the economy.", "feel confident", "Americans",
                 "the economy", marks=pytest.mark.xfail(strict=True, reason=_BEGINNING)),
    pytest.param("Parents began to feel anxious about the new timetable.", "feel anxious", "Parents",
                 "the new timetable", marks=pytest.mark.xfail(strict=True, reason=_BEGINNING)),
    pytest.param("Shopkeepers are starting to feel hopeful that trade will recover.", "feel hopeful", "Shopkeepers",
                 "trade will recover", marks=pytest.mark.xfail(strict=True, reason=_BEGINNING)),
    pytest.param("Two councillors continue to feel uneasy about the cost of the bridge.", "feel uneasy",
                 "Two councillors", "the cost of the bridge", marks=pytest.mark.xfail(strict=True, reason=_BEGINNING)),
    # as without the verb of beginning
    ("Americans feel confident about the economy.", "feel confident", "Americans", "the economy"),
])
def test_a_view_under_a_verb_of_beginning(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The scholars I interviewed thought the law was unlikely to pass.", "thought", "The scholars I interviewed",
     "the law was unlikely to pass"),
    ("The farmers she met feared the dam would never be built.", "feared", "The farmers she met",
     "the dam would never be built"),
    ("Officials at the port expressed concern that the cranes were unsafe.", "expressed concern",
     "Officials at the port", "the cranes were unsafe"),
    ("The auditor expressed doubts about the figures.", "expressed doubts", "The auditor", "the figures"),
    ("Officials raised concerns about the cost of the bridge.", "concerns", "Officials", "the cost of the bridge"),
    pytest.param("The union voiced concern that the plan would cut 200 jobs.", "concern", "The union",
                 "the plan would cut 200 jobs", marks=pytest.mark.xfail(
                     strict=True, reason="'voice' is a word of the cue tagger, which scores 'voiced concern that X'"
                     " under the threshold: left for a refit (test_probe_findings_57_sentences)")),
    pytest.param("The nurses raised concerns that the ward was understaffed.", "concerns", "The nurses",
                 "the ward was understaffed", marks=pytest.mark.xfail(
                     strict=True, reason="the parser hangs the clause on 'concerns' as a relative one ('understaffed'"
                     " an acl), so the noun has no clause")),
])
def test_cues_of_views_and_concerns(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The nurses we spoke to said the ward was understaffed.", "The nurses we spoke to", "the ward was understaffed"),
    ("The midwives we spoke to said the unit was understaffed.", "The midwives we spoke to",
     "the unit was understaffed"),
    ("The engineers we spoke to said the bridge was overloaded.", "The engineers we spoke to",
     "the bridge was overloaded"),
    # right on main: the parser made 'said' the root
    ("The porters we spoke to said the lift was broken.", "The porters we spoke to", "the lift was broken"),
    ("The tenants I spoke to said the flats were overcrowded.", "The tenants I spoke to", "the flats were overcrowded"),
    pytest.param("The shopkeepers I spoke to said trade was slow.", "The shopkeepers I spoke to", "trade was slow",
                 marks=pytest.mark.xfail(strict=True, reason="the parser tags 'said' a participle modifying 'trade',"
                                         " an apposition of the shopkeepers: no verb is left to mend")),
])
def test_a_stranded_relative_before_its_cue(nlp, text, source, content):
    assert found_report(top(nlp, text), "said", source, content)
