"""``headline_parses.headline_parse``: a re-cased headline with a cue word, a colon or a dash reads as
``reread.parsed`` reads it, entities included; one with none of them gives no parse (no rule could
find a report in it)."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, ORTH, POS, SENT_START, TAG

from sourcebook.nlp.attribution.headline_parses import headline_parse
from sourcebook.nlp.attribution.reread import parsed

ATTRS = [ORTH, TAG, POS, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]


def _rules(nlp):
    return nlp.get_pipe("sourcebook_attributions").extractor.rules


def test_a_line_with_a_cue_word_colon_or_dash_reads_as_a_whole_parse(nlp):
    for line in ("Marta Quill says Harbour Bridge plan is dead", "Ferris Lowe: Toll Rise on Bridge was a Mistake",
                 "Toll Rise on Harbour Bridge was a Mistake - Ferris Lowe"):
        head = headline_parse(nlp, _rules(nlp), line)
        assert head is not None
        assert numpy.array_equal(head.to_array(ATTRS), parsed(nlp, line).to_array(ATTRS))
    assert headline_parse(nlp, _rules(nlp), "Marta Quill says Harbour Bridge plan is dead").ents  # (the recognizer ran)


def test_a_line_with_no_cue_word_colon_or_dash_gives_none(nlp):
    assert headline_parse(nlp, _rules(nlp), "Small steps toward college savings in Ohio") is None
