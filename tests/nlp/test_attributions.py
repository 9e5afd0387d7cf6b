"""The attribution extractor on sentences written for these tests: (text, expected) tables."""

from __future__ import annotations

import pytest


def extract(nlp, text):
    return nlp(text)._.sourcebook_attributions


def find(atts, cue):
    """The attribution whose cue text is ``cue``."""
    matches = [a for a in atts if a.cue is not None and a.cue.text == cue]
    assert matches, f"no attribution with cue {cue!r}: {[(a.cue and a.cue.text, a.kind) for a in atts]}"
    return matches[0]


def contents(att):
    return [c.text for c in att.contents]


# (text, cue, kind, source, contents)
CASES = [
    # direct quotes: straight and curly marks, quote before and after the cue
    ('"The bridge will reopen in May," Mayor Ellen Ward said.', "said", "direct", "Mayor Ellen Ward",
     ["The bridge will reopen in May"]),
    ("\u201cWe have run out of insulin,\u201d said Tomas Rivera, a pharmacist in the town.", "said", "direct",
     "Tomas Rivera, a pharmacist in the town", ["We have run out of insulin"]),
    ("The minister said: \u201cNo school will close this winter.\u201d", "said", "direct", "The minister",
     ["No school will close this winter"]),
    # split around the cue: one attribution, two content spans
    ('"The water is rising," the engineer said. "We need sandbags now."', "said", "direct", "the engineer",
     ["The water is rising", "We need sandbags now"]),
    # multi-sentence quote
    ("\u201cThe roads are gone. The phones are down. Nobody can reach the valley,\u201d the pilot told reporters.",
     "told", "direct", "the pilot", ["The roads are gone. The phones are down. Nobody can reach the valley"]),
    # mixed: quoted words inside reported speech
    ('The mayor said the storm had left the harbour "a field of broken glass".', "said", "mixed", "The mayor",
     ['the storm had left the harbour "a field of broken glass"']),
    # reported speech with the common cues
    ("The ministry said that 40 schools had been damaged.", "said", "indirect", "The ministry",
     ["40 schools had been damaged"]),
    ("Karen Holt warned that the dam could fail within days.", "warned", "indirect", "Karen Holt",
     ["the dam could fail within days"]),
    ("The company confirmed that the plant would close.", "confirmed", "indirect", "The company",
     ["the plant would close"]),
    ("The governor denied that any money was missing.", "denied", "indirect", "The governor",
     ["any money was missing"]),
    ("The coach insisted that his players were tired.", "insisted", "indirect", "The coach",
     ["his players were tired"]),
    ("He added that the talks would resume on Monday.", "added", "indirect", "He",
     ["the talks would resume on Monday"]),
    ("The union accused the owners of hiding the losses.", "accused", "indirect", "The union",
     ["the owners of hiding the losses"]),
    ("The aid group is calling for an immediate ceasefire.", "is calling for", "indirect", "The aid group",
     ["an immediate ceasefire"]),
    ("The agency reported that river levels had fallen overnight.", "reported", "indirect", "The agency",
     ["river levels had fallen overnight"]),
    # inverted
    ("The rescue teams arrived too late, said John Pereira, a local official.", "said", "indirect",
     "John Pereira, a local official", ["The rescue teams arrived too late"]),
    # parenthetical cue
    ("The new plan, the mayor said, will cost twice as much.", "said", "indirect", "the mayor",
     ["The new plan", "will cost twice as much"]),
    # beliefs, kept as their own kind
    ("The farmers fear that the harvest will fail.", "fear", "belief", "The farmers", ["the harvest will fail"]),
    ("Ms. Lund believes the vote was rigged.", "believes", "belief", "Ms. Lund", ["the vote was rigged"]),
    ("The voters are worried that prices will rise.", "are worried", "belief", "The voters",
     ["prices will rise"]),
    ("The residents hope that the power will be back soon.", "hope", "belief", "The residents",
     ["the power will be back soon"]),
]


@pytest.mark.parametrize("text,cue,kind,source,expected", CASES)
def test_attribution_table(nlp, text, cue, kind, source, expected):
    att = find(extract(nlp, text), cue)
    assert att.kind == kind
    assert (att.source.text if att.source else None) == source
    assert contents(att) == expected
    for span in (att.source, att.cue, *att.contents):
        if span is not None:
            assert text[span.start : span.end] == span.text


# according to: anywhere in the sentence
ACCORDING = [
    ("According to the health ministry, 120 people were injured.", "the health ministry",
     ["120 people were injured"]),
    ("120 people were injured, according to the health ministry.", "the health ministry",
     ["120 people were injured"]),
    ("The fire, according to witnesses, started in the kitchen.", "witnesses",
     ["The fire", "started in the kitchen"]),
]


@pytest.mark.parametrize("text,source,expected", ACCORDING)
def test_according_to(nlp, text, source, expected):
    att = find(extract(nlp, text), text[text.index("ccording") - 1 : text.index("ccording") + 11])
    assert att.kind == "according_to"
    assert att.source.text == source
    assert contents(att) == expected


# medium and relaying outlet
MEDIA = [
    ("Anna Berg told BuzzFeed that the shelters were full.", "told", "BuzzFeed", "BuzzFeed"),
    ("The senator wrote on Facebook that she would run again.", "wrote", "Facebook", None),
    ("Peter Okafor told the AP that the border was closed.", "told", "AP", "AP"),
]


@pytest.mark.parametrize("text,cue,medium,relayed_by", MEDIA)
def test_medium_and_relay(nlp, text, cue, medium, relayed_by):
    att = find(extract(nlp, text), cue)
    assert att.medium == medium
    assert att.relayed_by == relayed_by


def test_outlet_credit_is_relay_not_attribution(nlp):
    text = "The camp was shelled twice, Dr. Sara Malik said, according to NBC News."
    atts = extract(nlp, text)
    assert len(atts) == 1
    assert atts[0].speaker == "Sara Malik"
    assert atts[0].relayed_by == "NBC News"


def test_continuation_paragraph_joins_the_quote(nlp):
    text = (
        "\u201cWe lost everything,\u201d said Marta Kovac, who runs the shelter.\n\n"
        "\u201cThe children sleep in the corridor now.\u201d"
    )
    att = find(extract(nlp, text), "said")
    assert contents(att) == ["We lost everything", "The children sleep in the corridor now"]


def test_quote_followed_by_a_dashed_name(nlp):
    text = "\u201cNo one will be left behind.\u201d \u2013 Commissioner Ana Reyes"
    atts = extract(nlp, text)
    assert len(atts) == 1
    assert atts[0].kind == "direct"
    assert atts[0].source.text == "Commissioner Ana Reyes"
    assert atts[0].speaker == "Ana Reyes"


def test_colon_quote_in_a_headline(nlp):
    text = "Mayor Ward: \u201cThe bridge stays shut\u201d\n\nThe city council met on Monday."
    atts = extract(nlp, text)
    assert len(atts) == 1
    assert atts[0].source.text == "Mayor Ward"
    assert contents(atts[0]) == ["The bridge stays shut"]


def test_headline_with_reported_speech_stops_at_the_line_break(nlp):
    text = "Aid chief says the city is turning into a ruin\n\nThousands of people fled on Monday."
    att = find(extract(nlp, text), "says")
    assert contents(att) == ["the city is turning into a ruin"]


def test_nested_attribution_has_its_parent(nlp):
    text = '"One nurse told us the clinic had no water," Rita Olsen said.'
    atts = extract(nlp, text)
    outer = find(atts, "said")
    inner = find(atts, "told")
    assert inner.parent == outer.id
    assert outer.parent is None
    assert contents(inner) == ["the clinic had no water"]


def test_nominal_reports(nlp):
    text = "Reports have emerged of families trapped under the rubble."
    atts = extract(nlp, text)
    assert len(atts) == 1
    assert atts[0].speaker == "unspecified reports"
    assert atts[0].speaker_kind == "reports"
    assert contents(atts[0]) == ["families trapped under the rubble"]


def test_passive_described_as(nlp):
    text = 'The camp has been described as "a prison without walls" by the United Nations.'
    att = extract(nlp, text)[0]
    assert contents(att) == ["a prison without walls"]
    assert att.speaker == "United Nations"


def test_quoted_as_saying(nlp):
    text = "The general was quoted as saying that the army would withdraw."
    att = extract(nlp, text)[0]
    assert att.source.text == "The general"
    assert contents(att) == ["the army would withdraw"]


def test_ids_in_text_order(nlp):
    text = "Ana Lopez said the road was open. Ben Cole said it was closed. Cara Diaz said nothing."
    atts = extract(nlp, text)
    assert [a.id for a in atts] == [f"a{i}" for i in range(1, len(atts) + 1)]
    assert [a.cue.start for a in atts] == sorted(a.cue.start for a in atts)
    assert len(atts) == 2


def test_no_attribution_in_plain_narrative(nlp):
    text = "The river rose overnight. Two bridges were closed and the schools stayed shut."
    assert extract(nlp, text) == ()


def test_empty_text(nlp):
    assert extract(nlp, "") == ()


def test_name_and_dash_before_a_quote(nlp):
    text = 'Intro line.\nSenator Jane Doe - "We will not give up."'
    atts = extract(nlp, text)
    assert len(atts) == 1
    assert atts[0].source.text == "Senator Jane Doe"
    assert atts[0].speaker == "Jane Doe"
    assert contents(atts[0]) == ["We will not give up"]


def test_relayed_reports(nlp):
    text = "Reports relayed by the Red Cross allege that the shelters were shelled."
    att = extract(nlp, text)[0]
    assert att.speaker_kind == "reports"
    assert contents(att) == ["the shelters were shelled"]


def test_speaker_names_use_straight_apostrophes(nlp):
    text = "Sean O\u2019Hara said the talks had failed."
    att = extract(nlp, text)[0]
    assert att.speaker == "Sean O'Hara"
    assert att.source.text == "Sean O\u2019Hara"
