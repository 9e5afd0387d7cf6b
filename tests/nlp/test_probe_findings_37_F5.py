"""Patterns of the thirty-seventh session (helper F5): attributions missed or misread with
documents and less common cue forms. A prospectus, a manifest, a communiqué, a dossier or a menu
speaks as a report does ('..., the prospectus shows.'); an inverted cue whose source is a
descriptor and a body's name ('..., warned ratings firm Tolmark Partners'); a quotation before a
long title and a name ('"...," Kestrel co-founder and chief executive Ann Roy told reporters'); 'X
quoted Y as saying' is Y's, relayed by X (nested, since the seventieth pass, in X's report of 'Y as saying Z'); 'By
the union's estimate, X'; 'billed X as "Y"'; 'envisages X'; 'urged restraint' (not 'urged Congress'). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records
from spacy.tokens import Doc

from sourcebook.nlp.attribution.syntax import source_span


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(a.cue.text if a.cue else None, a.speaker) for a in nlp(text)._.sourcebook_attributions]
    return found[0]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Operating costs climbed 14% last year, the prospectus shows.", "shows", "the prospectus",
     "Operating costs climbed 14% last year"),
    ("The prospectus says the lender has never paid a dividend.", "says", "The prospectus",
     "the lender has never paid a dividend"),
    ("The prospectus lists risks including currency swings and a reliance on two suppliers.", "lists",
     "The prospectus", "risks including currency swings and a reliance on two suppliers"),
    ("The trawler carried nine tonnes of undeclared cod, the manifest shows.", "shows", "the manifest",
     "The trawler carried nine tonnes of undeclared cod"),
    ("The communiqué says both governments will reopen their consulates by June.", "says", "The communiqué",
     "both governments will reopen their consulates by June"),
    ("The senator met the lobbyist four times, the dossier says.", "says", "the dossier",
     "The senator met the lobbyist four times"),
    ("The broth is simmered for two days, the menu says.", "says", "the menu", "The broth is simmered for two days"),
])
def test_a_document_noun_speaks_as_a_report_does(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source.text == source
    assert record.speaker is not None
    assert contents(record) == [content]


def test_a_prospectus_speaks_for_the_company_that_issued_it(nlp):
    text = ("Brightwater Ferries filed to list its shares in Oslo on Monday. "
            "Brightwater's prospectus shows the operator lost $31 million last year.")
    record = _one(nlp, text, "shows")
    assert record.speaker == "Brightwater Ferries"
    assert contents(record) == ["the operator lost $31 million last year"]


@pytest.mark.parametrize("text", [
    "A prospectus is a legal document.",
    "The prospectus was published on Monday.",
])
def test_a_document_noun_alone_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, speaker", [
    ("Freight rates could halve by the spring, warned shipping consultancy Dravik Analytics in a note to clients.",
     "shipping consultancy Dravik Analytics", "Dravik Analytics"),
    ("Freight rates could halve by the spring, warned Dravik Analytics in a note published on Monday.",
     "Dravik Analytics", "Dravik Analytics"),
])
def test_an_inverted_warning_with_a_body_after_it_is_the_bodys(nlp, text, source, speaker):
    record = _one(nlp, text, "warned")
    assert (record.source.text, record.speaker) == (source, speaker)
    assert contents(record) == ["Freight rates could halve by the spring"]


@pytest.mark.parametrize("text", [
    "The ministry said the bridge was unsafe and warned residents.",
    "The bridge is unsafe, the ministry said, and it warned residents on Monday.",
])
def test_the_one_warned_is_no_source(nlp, text):
    assert all(a.speaker != "residents" and (a.source is None or a.source.text != "residents")
               for a in records(nlp, text))


def test_a_quotation_before_a_long_title_and_a_name_is_the_names(nlp):
    text = ('"We are happy, but honestly, the listing is only a first step," Ardent co-founder and chief executive '
            'Lena Vogt told reporters on Thursday.')
    record = _one(nlp, text, "told")
    assert record.speaker == "Lena Vogt"
    assert contents(record) == ["We are happy, but honestly, the listing is only a first step"]


def test_no_source_opens_with_the_end_of_a_quotation(nlp):
    # the parse the tagger gives some such sentences: the quotation's last noun a modifier of the
    # title ('milestone' on 'co-founder'), so the name's subtree takes in the quotation's end
    words = ['"', "It", "is", "just", "a", "milestone", ",", '"', "Kestrel", "co-founder", "and", "chief", "executive",
             "Ann", "Roy", "told", "reporters", "."]
    spaces = [False, True, True, True, True, False, False, True, True, True, True, True, True, True, True, True, False, False]
    heads = [2, 2, 2, 5, 5, 9, 9, 9, 9, 14, 9, 12, 9, 14, 15, 2, 15, 15]
    deps = ["punct", "nsubj", "ROOT", "advmod", "det", "amod", "punct", "punct", "compound", "compound", "cc", "amod",
            "conj", "compound", "nsubj", "ccomp", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADV", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "NOUN", "CCONJ", "ADJ", "NOUN",
           "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    tags = ["``", "PRP", "VBZ", "RB", "DT", "NN", ",", "''", "NNP", "NN", "CC", "JJ", "NN", "NNP", "NNP", "VBD", "NNS", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    start, end = source_span(doc.text, doc[14])
    assert doc.text[start:end] == "Kestrel co-founder and chief executive Ann Roy"


@pytest.mark.parametrize("text, speaker, relay, content", [
    ('"The wards are full and the staff are exhausted," one of the nurses quoted Dr Imre Halasz as saying.',
     "Imre Halasz", "one of the nurses", "The wards are full and the staff are exhausted"),
    ('"We will not sign this," a delegate quoted Okonkwo as saying.', "Okonkwo", "a delegate", "We will not sign this"),
    ("The newspaper quoted the harbourmaster as saying that the quay would reopen in May.",
     "harbourmaster", "The newspaper", "the quay would reopen in May"),
])
def test_one_quoted_as_saying_is_the_speaker_and_the_quoter_relays(nlp, text, speaker, relay, content):
    record = _one(nlp, text, "saying")
    assert record.speaker == speaker
    assert record.relayed_by == relay
    assert contents(record) == [content]


def test_a_plain_saying_has_no_relay(nlp):
    record = _one(nlp, '"We will not sign this," a delegate said, saying the text was unfair.', "said")
    assert record.relayed_by is None


@pytest.mark.parametrize("text, source, content", [
    ("By the union's estimate, the closures will cost 3,000 jobs.", "the union", "the closures will cost 3,000 jobs"),
    ("By Halden Bank's calculations, the deficit doubled in two years.", "Halden Bank",
     "the deficit doubled in two years"),
])
def test_by_a_possessors_estimate_sources_the_clause(nlp, text, source, content):
    record = records(nlp, text)
    assert [(a.source.text, contents(a)) for a in record] == [(source, [content])]


@pytest.mark.parametrize("text", [
    "By our estimate, the closures will cost 3,000 jobs.",  # the writer's own
    "By most estimates, the closures will cost 3,000 jobs.",  # no one's
    "The agency cut its estimate by half.",
])
def test_an_estimate_with_no_holder_sources_nothing(nlp, text):
    assert records(nlp, text) == []


def test_billed_as_names_what_the_object_is_called(nlp):
    record = _one(nlp, 'Her label has billed the record as "an album for people who skip albums."', "has billed the record as")
    assert record.source.text == "Her label"
    assert contents(record) == ["an album for people who skip albums"]


@pytest.mark.parametrize("text", [
    "The plumber billed the landlord $600 for the repair.",
    "The hospital billed her for the ambulance.",
])
def test_billing_someone_reports_nothing(nlp, text):
    assert records(nlp, text) == []


def test_a_companion_declares(nlp):
    record = _one(nlp, 'My companion, who orders nothing but fish, declared the sole "a small miracle."', "declared")
    assert record.speaker == "My companion"


@pytest.mark.parametrize("text, content", [
    ("The accord envisages a gradual handover of the border posts.", "a gradual handover of the border posts"),
    ("The draft plan envisions a single regulator for all four ports.", "a single regulator for all four ports"),
])
def test_a_plan_envisages(nlp, text, content):
    found = [a for a in records(nlp, text) if a.cue is not None and a.cue.text.startswith("envis")]
    assert [contents(a) for a in found] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("European capitals have urged restraint.", "restraint"),
    ("The coach urged patience after the defeat.", "patience"),
])
def test_urged_with_a_thing_urged(nlp, text, content):
    found = records(nlp, text, "urged") + records(nlp, text, "have urged")
    assert [contents(a) for a in found] == [[content]]


@pytest.mark.parametrize("text", [
    "The president urged Congress on Tuesday.",
    "The union urged its members.",
    "Officials urged residents living near the river.",
])
def test_urged_with_the_one_addressed_reports_nothing(nlp, text):
    assert records(nlp, text) == []
