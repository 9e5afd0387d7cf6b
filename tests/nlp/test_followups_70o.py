"""Follow-ups of the seventieth pass (helper O): sentences split inside a name, set before the parser runs
(``components/name_joins``, called by ``components/lines``). Every sentence here is written for this file, with
made-up names, places and bodies.

After a headline the parser split 'Harlow & Pike owes its suppliers £18m, a filing shows' into 'Harlow' and '& Pike
owes ...', and the report's content opened at the ampersand (the 70 filings set's ``chain_filing``). Counted in the
cached parses of PolNeAR train (every sentence start after an ampersand, an initial or a word kept with its stop,
read): 27 starts, 5 wrong: a chair's middle initial between his names, a senator's title between a state and his
name opening a paragraph (split before and after it), a representative's title after a state's abbreviation opening
a line, 'U.S. | District Judge' after a dateline, 'vs. | The' in a case's name. The 22 right ones end sentences after
'the U.S.', a town's state ('Calif.'), 'Washington D.C.', the pronoun 'I.', a standing ovation's 'O.'; the one start
after an ampersand follows a firm's name written whole and its full stop, and is right. Dev: 3 starts, all right.

Mended: an ampersand between capitalised words and the word after it, the capitalised proper noun after an initial
between proper nouns, the capitalised word after a title's abbreviation or 'vs.' / 'v.' (``joining_abbreviations.txt``)
and such a title right after a word on its line open no sentence; a line's or a dateline's second word opens none
when either word kept its stop ('Vermont Sen.', 'U.S. District'). Measured by reparsing, with HEAD's line rules and
with these, every PolNeAR document whose sentence starts before the parser differ (548 of train's, 49 of dev's; the
others parse alike, and HEAD's reparse gave the cached records exactly): train 13082 right of 15696 predicted ->
13083 of 15697 (one record gained, the initial's sentence; three sources now whole and still right: a governor's and
a senator's state before the title, 'U.S.' before a dateline's judge; none lost), dev 1416 of 1711 unchanged.

Left: 'No.' before a number, which the tokenizer splits into 'No' and '.', never opens a sentence in train's parses
(20 times, none a start), but 'No. 10 said X' has the source '. 10' (a source rule's matter, not a sentence start's;
a tokenizer exception would end no sentence at 'said no.'); 'St. Ives', 'Ft. Worth' and a name's first initial
('J. Marlowe Finch said') were not split.
"""

from __future__ import annotations

import pytest
from probe_records import found_report, top


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(("text", "sentence"), [
    # an ampersand between capitalised words, after a headline (the parser split after the first name)
    ("Fashion chain owes suppliers £18m, filing shows\n\nHarlow & Pike owes its suppliers more than £18 million, a "
     "filing at Companies House shows.", "Harlow & Pike owes its suppliers more than £18 million, a filing at "
     "Companies House shows."),
    ("Bakery chain warns\n\nMerrow & Quill's chief executive, Ida Venn, said the chain would close 12 shops.",
     "Merrow & Quill's chief executive, Ida Venn, said the chain would close 12 shops."),
    # an initial between proper nouns
    ("Bond market\n\nShe accused then-Fed Chair Tom R. Aldous of trying to debase the dollar, the memo said.",
     "She accused then-Fed Chair Tom R. Aldous of trying to debase the dollar, the memo said."),
    # a title's abbreviation right after a line's first word, and the name after it
    ("Update\n\nVermont Sen. Marla Quint said the bill would fail.", "Vermont Sen. Marla Quint said the bill would fail."),
    # a dateline's first word kept with its stop
    ("BRIGHTON, Mich. - U.S. District Judge Ada Lorne said the law was void.",
     "U.S. District Judge Ada Lorne said the law was void."),
    # the sides of a case
    ("Ruling\n\nDas Kolleg vs. The Province was heard in May, the court said.",
     "Das Kolleg vs. The Province was heard in May, the court said."),
])
def test_a_name_is_not_split(nlp, text, sentence):
    assert sentence in sentences(nlp, text)


@pytest.mark.parametrize(("text", "sentence"), [
    # a sentence's last word kept with its stop, then one that opens a sentence
    ("The crowd gave her a standing O. The problem for Quint is that nobody listened.",
     "The problem for Quint is that nobody listened."),
    ("He had breakfast in Washington, D.C. He recalled that the talks began there.",
     "He recalled that the talks began there."),
    ("Nobody wanted the job, and neither did I. This debate needs to change.", "This debate needs to change."),
    ("Donations came from employers including Marlow and AT&T. And in Kerrow the money went further.",
     "And in Kerrow the money went further."),
])
def test_a_sentence_still_ends_after_a_word_kept_with_its_stop(nlp, text, sentence):
    assert sentence in sentences(nlp, text)


def test_the_report_after_a_headline_keeps_the_whole_name(nlp):
    text = ("Fashion chain owes suppliers £18m, filing shows\n\nHarlow & Pike owes its suppliers more than £18 "
            "million, a filing at Companies House shows.")
    assert found_report(top(nlp, text), "shows", "a filing at Companies House",
                        "Harlow & Pike owes its suppliers more than £18 million")


@pytest.mark.parametrize("text", [
    "The senator moved her office to DC. The move cost $2m, aides said.",
    "He bought a new PC. The old one had failed, he said.",
])
def test_an_initialism_with_a_stop_still_ends_its_sentence(nlp, text):
    """'DC', 'PC' are also title abbreviations (a detective constable, a police constable), but the tokenizer splits
    off the stop of an initialism in capitals, so no name is joined across it."""
    doc = nlp(text)
    assert [t.text for t in doc if t.is_sent_start][:2] == [doc[0].text, "The"]
