"""Follow-ups of the seventieth pass (helper A): two conventions that went against PolNeAR train's marking, counted
again, and things that are no speakers. Every sentence here is written for this file, with made-up names, places
and outlets.

'X quoted Y as saying Z', counted on train (every text line with 'as saying', 'quoted ... saying', 'quoting' or
'cited ... saying' read): the active form occurs 5 times ('An early tweet quoted the president as saying "..."', 'The
New York Times quoted one of Carson's advisers as saying X', 'CNN quoted an American witness as saying X', 'The
Associated Press quoted Wassim Bouhlel, a Nice native, as saying X', 'The Post quoted another unnamed GOP official as
saying X'), and all 5 are one record of X: source X, cue 'quoted', content 'Y as saying Z' (the quotation alone
once). 'Braynard is quoted as saying' (no one named before the passive) is one record of Braynard with the cue 'is
quoted as saying'. Main (96f19ddf) gave 1 of the 5 right (the parser had made the Times the source already).
Mended in ``relayed_reports``: a 'saying' whose 'quoted' or 'cited' (``quoting_verbs.txt``) has a subject that is
not a pronoun gets a report of that subject, its content from the one quoted to the end of Z; Y's own report stays,
nested in it (the ledger keeps who said it and who passed it on). PolNeAR train 13072 -> 13076 right of 15688 ->
15688 predicted (+4: the tweet, CNN, the AP, the Post; none lost), dev 1416 of 1711 unchanged (no record changes).
The gold of the written sets that gave the report to Y (60 wires, 61 media, 62 press review, 49 styles, 64 relayed,
68 ahead, 69 diplomacy, 24, 41) now gives it to X. 'reported Y as saying' is left Y's: train has none.

No comment, counted on train (each line read): 'declined to comment' 28 of 28 marked (cue 'declined', content 'to
comment ...'), main right on 25; 'refused to comment' 1 of 1; 'declined' or 'refused to say / discuss / provide X'
20 of 23; 'could not be reached (for comment)' 0 of 3; 'has no comment' 0 of 2 (both inside a quotation); 'did not
return a request / a message / calls' 2 of 5; a non-reply to a request for comment or an interview 11 times the
subject's report (cue 'did not (immediately) respond to', the request the content), 3 times a source-less
'requests for', 7 times unmarked or marked otherwise. Main shows the plain 'did not respond to a request for
comment' only when the ranker scores it above its threshold. Letting the threshold pass every negated 'respond' or
'reply' whose content is a request for comment or an interview was measured: train +5 right, none lost, but +8
wrong records (three plain ones the annotators left unmarked, a relative clause, a list, two marked as a source-less
'requests for', a longer one marked from 'request'): F1 0.73529 -> 0.73530 (from the counts), gains under 2:1 of the
records added, so it was not kept and the convention stays (``test_followups_69m`` holds its cases).

Things that are no speakers: of train's predicted records whose source head is a common noun with no entity type,
neither in the lexicon's speaking, role, document or medium nouns nor ending like a noun of people (``source_like``,
``agent_nouns``), 102 are right and 67 wrong: 'the average of recent polls shows', 'history says', 'the missive
suggests', 'her financial disclosure suggests', 'audio provided to X', 'A footnote in the report makes that clear'
are marked by PolNeAR as sources. No test of the noun alone keeps those, so none was added; the two lines below that
read a feeling and a thing as sources stay strict xfails.
"""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The Orvel Courier quoted the harbour master, Ines Valk, as saying that the quay would reopen in May.", "quoted",
     "The Orvel Courier", "the harbour master, Ines Valk, as saying that the quay would reopen in May"),
    ("State radio cited a senior police officer as saying the border crossing had been closed overnight.", "cited",
     "State radio", "a senior police officer as saying the border crossing had been closed overnight"),
    ("The Marren Post quoted residents as saying they had heard two explosions.", "quoted", "The Marren Post",
     "residents as saying they had heard two explosions"),
    ('"We will not sign this," a delegate quoted Ada Okonkwo as saying.', "quoted", "a delegate", "We will not sign this"),
])
def test_who_quoted_another_as_saying_is_the_source(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "source", "speaker", "content"), [
    ("The Orvel Courier quoted the harbour master, Ines Valk, as saying that the quay would reopen in May.",
     "the harbour master, Ines Valk", "Ines Valk", "the quay would reopen in May"),
    ("The mayor, Tomas Brill, left for the capital on Monday. State television quoted him as saying that the bridge"
     " would be rebuilt.", "him", "Tomas Brill", "the bridge would be rebuilt"),
])
def test_the_one_quoted_keeps_a_report_nested_in_it(nlp, text, source, speaker, content):
    found = records(nlp, text)
    inner = [r for r in found if r.source is not None and r.source.text == source]
    assert [(r.speaker, r.contents[0].text, r.parent is not None) for r in inner] == [(speaker, content, True)]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The coach was quoted as saying that he would stay at the club.", "The coach", "he would stay at the club"),
    ("He quoted her as saying that the deal was off.", "her", "the deal was off"),
    ("The Kelby Gazette reported the mayor as saying that the bridge would be rebuilt.", "the mayor",
     "the bridge would be rebuilt"),
])
def test_with_no_quoter_named_the_one_quoted_stays_the_source(nlp, text, source, content):
    # (a passive with no agent, a pronoun the resolver does not read there, and 'reported', which train never has)
    assert found_report(top(nlp, text), "saying", source, content)


@pytest.mark.parametrize("text", [
    "Letters\n\nSir, Your report on the Tarn Street market quoted the council leader as saying that \"nobody shops"
    " there any more\". I would invite him to visit on a Saturday.",
])
def test_a_salutation_the_parser_made_the_subject_quotes_no_one(nlp, text):
    assert not [r for r in top(nlp, text) if r.source is not None and r.source.text == "Sir"]


@pytest.mark.parametrize("text", [
    pytest.param("The microphone suggested that the speech had been cut.", marks=pytest.mark.xfail(
        strict=True, reason="'suggest' takes things as sources on train ('the missive suggests', 'her financial"
        " disclosure suggests'): no test of the noun alone tells a microphone from a missive")),
    pytest.param("His anger suggested that the talks had failed.", marks=pytest.mark.xfail(
        strict=True, reason="the same: a feeling, like 'the rhetoric' or 'the timing' on train, may be marked")),
])
def test_a_thing_or_a_feeling_is_no_source(nlp, text):
    assert top(nlp, text) == []
