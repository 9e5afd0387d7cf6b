"""``headline_parses.headline_parse``: a re-cased headline with a cue word, a colon or a dash reads as
``reread.parsed`` reads it, entities included; one with none of them gives no parse (no rule could
find a report in it). Lines parsed together (``headline_parses``, what the component's ``pipe`` does for
a batch of Docs) read as each parsed alone."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, ORTH, POS, SENT_START, TAG

from sourcebook.nlp.attribution.headline_parses import HeadlineParses, headline_parse, headline_parses
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


LINES = ("Marta Quill says Harbour Bridge plan is dead", "Small steps toward college savings in Ohio",
         "Ferris Lowe: Toll Rise on Bridge was a Mistake", "Council warns of longer waits at Kelso clinic",
         "Toll Rise on Harbour Bridge was a Mistake - Ferris Lowe")


def test_lines_parsed_together_read_as_each_alone(nlp):
    together = headline_parses(nlp, _rules(nlp), list(LINES))
    for line, head in zip(LINES, together, strict=True):
        alone = headline_parse(nlp, _rules(nlp), line)
        assert (head is None) == (alone is None), line
        if head is not None and alone is not None:
            assert numpy.array_equal(head.to_array(ATTRS), alone.to_array(ATTRS)), line
    assert [head is None for head in together] == [False, True, False, False, False]


def test_a_prepared_parse_is_handed_out_once_then_made_again(nlp):
    heads = HeadlineParses(nlp, _rules(nlp))
    heads.prepare([LINES[0], LINES[0], LINES[3]])
    first, second = heads(LINES[0]), heads(LINES[0])
    assert first is not None and second is not None and first is not second  # (the rules may mend what they read)
    assert numpy.array_equal(first.to_array(ATTRS), second.to_array(ATTRS))


def test_the_component_reads_a_batch_as_it_reads_each_doc(nlp):
    texts = [f"{line}\n\nThe report came on Monday. \"It is over,\" said Ana Belmonte, a resident." for line in LINES]
    one_by_one = [nlp(text)._.sourcebook_attributions for text in texts]
    batched = [doc._.sourcebook_attributions for doc in nlp.pipe(texts, batch_size=4)]
    assert batched == one_by_one
    assert all(records for records in batched)
    assert any(record.cue.start < len(LINES[0]) for record in batched[0])  # (the headline's own report)
