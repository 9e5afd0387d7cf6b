"""``reread.parsed``: a line parsed again inside the attribution component must read as the
pipeline reads it up to the extractors, and without the entity recognizer ('entities' False, for
the rereadings that only graft arcs, tags and parts of speech) differ in its entities only."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from sourcebook.nlp.attribution.reread import parsed
from sourcebook.nlp.factories import PIPELINE_ORDER

PARSE = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
LINES = [
    "Clinton says Trump is wrong on trade as Senate vote looms",
    "Janine Soto posted on social media that the bill would fail in Austin.",
    "Figures show that exports to Germany fell by a third in March, the ministry said.",
]


def test_a_line_parsed_again_reads_as_the_pipeline_reads_it(nlp):
    for line in LINES:
        with nlp.select_pipes(disable=[n for n in PIPELINE_ORDER if n in nlp.pipe_names]):
            whole = nlp(line)
        again = parsed(nlp, line)
        assert numpy.array_equal(again.to_array(PARSE + [ENT_IOB, ENT_TYPE]), whole.to_array(PARSE + [ENT_IOB, ENT_TYPE]))


def test_without_entities_only_the_entities_differ(nlp):
    for line in LINES:
        full, bare = parsed(nlp, line), parsed(nlp, line, entities=False)
        assert numpy.array_equal(bare.to_array(PARSE), full.to_array(PARSE))
        assert full.ents and not bare.ents
