"""Quotation marks and typography of every kind (the fiftieth session's typography probe): reports
set in LaTeX or PTB ``double'' marks, doubled apostrophes, German low-high and single low-high marks,
spaced, unspaced and single guillemets, reversed guillemets, primes used as marks, a curly closing
mark that is an apostrophe too, quotations nested both ways, em-dash dialogue, an ellipsis or a
bracketed insertion, marks glued to words or punctuation, a quotation split round its cue, no-break,
thin, narrow, zero-width spaces and soft hyphens, Windows line ends and HTML character references
left in a text file; and sentences that only look quoted (primes for feet and inches, scare quotes,
titles, nicknames, the '90s) and must give no record.

A source run on over a no-break space keeps no space at its end ('the\u00a0warden\u00a0said':
``candidate.clip_lines``, ``SPACES``); a German single quotation '\u201a...\u2018' pairs
(``quotes._SINGLE_OPEN``); the spaces just inside a quotation's marks are no part of it
(``quotes._inside_spaces``); a dash or a zero-width space glued to a mark or a cue is a token of its
own (``pipeline.GLUED_QUOTES``); HTML references in a plain-text article are decoded when it is read
(``ingest.entities``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records, top

from sourcebook.ingest import iter_inputs
from sourcebook.model import Article
from sourcebook.settings import Settings

_MARKS = "\"'`\u201c\u201d\u2018\u2019\u201a\u201e\u00ab\u00bb\u2039\u203a\u2032\u2033 \u00a0,."


def _bare(text):
    return text.strip(_MARKS).strip(_MARKS)


def _found(found, cue, source, content):
    """Whether a top-level record has that cue and source and a first content opening with ``content``
    (marks, spaces and end punctuation left out); the message lists what there is."""
    return any(
        r.cue is not None and cue in r.cue.text and r.source is not None and r.source.text == source
        and r.contents and _bare(r.contents[0].text).startswith(_bare(content)) for r in found
    ), [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)) for r in found]


REPORTS = [
    ("``We will rebuild the bridge by spring,'' the mayor said on Monday.",
     'said', 'the mayor', 'We will rebuild the bridge by spring,'),
    ("The minister said, ``Nobody will lose their pension.''",
     'said', 'The minister', 'Nobody will lose their pension.'),
    ("''The vote was never close,'' said Ruth Adler, the party whip.",
     'said', 'Ruth Adler, the party whip', 'The vote was never close,'),
    ("The coach said ''we played badly and deserved to lose'' after the match.",
     'said', 'The coach', 'we played badly and deserved to lose'),
    ('„The talks have failed,“ the envoy said on Tuesday.',
     'said', 'the envoy', 'The talks have failed,'),
    ('The envoy said: „We are not leaving the table.“',
     'said', 'The envoy', 'We are not leaving the table.'),
    ('‚The money is gone,‘ the treasurer told reporters.',
     'told', 'the treasurer', 'The money is gone,'),
    ('« We will appeal the ruling », the lawyer said.',
     'said', 'the lawyer', 'We will appeal the ruling'),
    ('The lawyer said: « We will appeal the ruling. »',
     'said', 'The lawyer', 'We will appeal the ruling.'),
    ('«\xa0The factory will close in June\xa0», the union leader said.',
     'said', 'the union leader', 'The factory will close in June'),
    ('‹ We never saw the letter ›, the clerk said.',
     'said', 'the clerk', 'We never saw the letter'),
    ('«The border stays open», the prime minister said on Friday.',
     'said', 'the prime minister', 'The border stays open'),
    ('The prime minister said: «The border stays open.»',
     'said', 'The prime minister', 'The border stays open.'),
    ('»We had no warning«, the farmer said.',
     'said', 'the farmer', 'We had no warning'),
    ('″The plant is safe,″ the inspector said.',
     'said', 'the inspector', 'The plant is safe,'),
    ('′The plant is safe,′ the inspector said.',
     'said', 'the inspector', 'The plant is safe,'),
    ("'We can’t pay the bills,' she said.",
     'said', 'she', 'We can’t pay the bills,'),
    ('‘We can’t pay the bills,’ the widow said.',
     'said', 'the widow', 'We can’t pay the bills,'),
    ('‘It’s the workers’ money and they’ll want it back,’ the organiser said.',
     'said', 'the organiser', 'It’s the workers’ money and they’ll want it back,'),
    ('“He told me ‘you are finished here’ and walked out,” the driver said.',
     'said', 'the driver', 'He told me ‘you are finished here’ and walked out,'),
    ('‘He told me “you are finished here” and walked out,’ the driver said.',
     'said', 'the driver', 'He told me “you are finished here” and walked out,'),
    ('"He told me \'you are finished here\' and walked out," the driver said.',
     'said', 'the driver', "He told me 'you are finished here' and walked out,"),
    ('— We are leaving tonight, the captain said.',
     'said', 'the captain', 'We are leaving tonight'),
    ('– The road is closed, the officer said.',
     'said', 'the officer', 'The road is closed'),
    ('“We will act … when the money arrives,” the mayor said.',
     'said', 'the mayor', 'We will act … when the money arrives,'),
    ('“We will act...” the mayor said, before leaving the hall.',
     'said', 'the mayor', 'We will act...'),
    ('“We [the council] will act on the report,” the mayor said.',
     'said', 'the mayor', 'We [the council] will act on the report,'),
    ('The mayor said “[the council] will act on the report” within a month.',
     'said', 'The mayor', '[the council] will act on the report'),
    ('“The vote is tomorrow,”the speaker said.',
     'said', 'the speaker', 'The vote is tomorrow,'),
    ('The speaker said,“The vote is tomorrow.”',
     'said', 'The speaker', 'The vote is tomorrow.'),
    ('"The vote is tomorrow,"the speaker said.',
     'said', 'the speaker', 'The vote is tomorrow,'),
    ('The speaker said:"The vote is tomorrow."',
     'said', 'The speaker', 'The vote is tomorrow.'),
    ('“We will,” she said, “act before the summer.”',
     'said', 'she', 'We will,'),
    ('"We will," the governor said, "act before the summer."',
     'said', 'the governor', 'We will,'),
    ('“The\xa0river\xa0is\xa0rising fast,” the\xa0warden\xa0said.',
     'said', 'the\xa0warden', 'The\xa0river\xa0is\xa0rising fast,'),
    ('“The river is rising fast,”\u2009the warden said.',
     'said', 'the warden', 'The river is rising fast,'),
    ('“The river is rising fast,” the warden\u202fsaid.',
     'said', 'the warden', 'The river is rising fast,'),
    ('“The river is ris\u200bing fast,” the war\u200bden said.',
     'said', 'the war\u200bden', 'The river is ris\u200bing fast,'),
    ('“The govern\xadment has failed us,” the war\xadden said.',
     'said', 'the war\xadden', 'The govern\xadment has failed us,'),
    ('The storm hit at dawn.\r\n\r\n“The river is rising fast,” the warden said.\r\n',
     'said', 'the warden', 'The river is rising fast,'),
    ('The storm hit at dawn.\r\n"The river is rising fast," the warden said.\r\n',
     'said', 'the warden', 'The river is rising fast,'),
    ("`We can't hold the line,' the warden said.",
     'said', 'the warden', "We can't hold the line,"),
    ('„We can’t hold the line”, the warden said.',
     'said', 'the warden', 'We can’t hold the line'),
    ('”We can’t hold the line,” the warden said.',
     'said', 'the warden', 'We can’t hold the line,'),
    ('»We can’t hold the line,» the warden said.',
     'said', 'the warden', 'We can’t hold the line,'),
    ('The warden said the levee “will not hold another night.”',
     'said', 'The warden', 'the levee “will not hold another night.”'),
    ("The warden said that the levee ''will not hold another night.''",
     'said', 'The warden', "the levee ''will not hold another night.''"),
    ('"We can\'t, we won\'t, and we shouldn\'t," the senator told reporters.',
     'told', 'the senator', "We can't, we won't, and we shouldn't,"),
    ('“They’re the ‘forgotten’ towns,” the candidate said.',
     'said', 'the candidate', 'They’re the ‘forgotten’ towns,'),
    ("'Nobody told us,' said the tenants' spokesman, 'not one word.'",
     'said', "the tenants' spokesman", 'Nobody told us,'),
    ('‘Nobody told us,’ said the tenants’ spokesman, ‘not one word.’',
     'said', 'the tenants’ spokesman', 'Nobody told us,'),
    ('"The 1990s were a different era," the historian said.',
     'said', 'the historian', 'The 1990s were a different era,'),
    ("'The '90s were a different era,' the historian said.",
     'said', 'the historian', "The '90s were a different era,"),
    ('‘The ’90s were a different era,’ the historian said.',
     'said', 'the historian', 'The ’90s were a different era,'),
    ('“We’ve waited since the ’90s,” the residents’ leader said.',
     'said', 'the residents’ leader', 'We’ve waited since the ’90s,'),
    ('THE MAYOR said: “WE WILL NOT BACK DOWN.”',
     'said', 'THE MAYOR', 'WE WILL NOT BACK DOWN.'),
    ('“The deal is done,” the trader said.“Now we wait.”',
     'said', 'the trader', 'The deal is done,'),
    ('\u201cWe will act," the mayor said on Monday.',
     'said', 'the mayor', 'We will act'),
    ('"We will act,\u201d the mayor said on Monday.',
     'said', 'the mayor', 'We will act'),
    ('\u201dWe will act,\u201c the mayor said on Monday.',
     'said', 'the mayor', 'We will act'),
    ('\u2018Don\u2019t,\u2019 she said. \u2018Please.\u2019',
     'said', 'she', 'Don\u2019t'),
    ('\ufeff\u201cThe river is rising fast,\u201d the warden said.',
     'said', 'the warden', 'The river is rising fast'),
]

NOT_REPORTS = [
    'He stands 5′11″ and weighs 80 kilograms.',
    'The board measured 12″ by 8″ and cost $40.',
    'He is 6\'2" tall and played in the \'90s.',
    "Sales of vinyl peaked in the '70s and '80s, long before streaming.",
    'The so-called “reform” raised fees for every student.',
    "The so-called ``reform'' raised fees for every student.",
    'The «reform» raised fees for every student.',
    'She starred in “The Long Winter” and “Salt Roads” last year.',
    'The band played „Night Train“ twice on Saturday.',
    'Boxer Ray “The Hammer” Doyle retired on Sunday.',
    "Boxer Ray ''The Hammer'' Doyle retired on Sunday.",
    'The ship sits at 51°30′26″N, off the coast.',
    'The ‘experts’ were wrong again, as the data show.',
    'The word «\xa0crèche\xa0» appears in the new law twenty times.',
    'Pipes of 3/4" and 1" were stolen from the site.',
    "Rock 'n' roll returned to the town hall for the fair's last night.",
    'The board is 2\u2032 \u00d7 3\u2032 and hangs in the hall.',
    'The \u201990s gave way to the \u201900s, and prices rose.',
    'The ship \u00abAurora\u00bb docked at noon.',
    'The film \u201eDer Tunnel\u201c opens on Friday.',
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), REPORTS)
def test_reports_in_any_typography(nlp, text, cue, source, content):
    found, there = _found(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_marks_that_quote_no_one(nlp, text):
    assert records(nlp, text) == [], [(r.cue.text if r.cue else None, contents(r)) for r in records(nlp, text)]


def test_a_split_quotation_is_one_report_with_both_halves(nlp):
    [said] = top(nlp, "\u201cWe will,\u201d the governor said, \u201cact before the summer.\u201d")
    assert [_bare(c) for c in contents(said)] == ["We will", "act before the summer"]


def test_no_source_ends_on_a_no_break_space(nlp):
    for space in ("\u00a0", "\u202f", "\u2009", "  "):
        text = f"\u201cThe pumps have failed,\u201d the{space}engineer{space}said."
        [said] = top(nlp, text)
        assert said.source is not None and said.source.text == f"the{space}engineer", repr(said.source)


def test_a_curly_opening_mark_closing_a_single_quotation_is_paired(nlp):
    found, there = _found(top(nlp, "The roof leaks. \u2018We need a new one by winter,\u2018 the caretaker said."),
                          "said", "the caretaker", "We need a new one by winter")
    assert found, there


def _read(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    return [a for a in iter_inputs([str(tmp_path / name)], Settings(), None) if isinstance(a, Article)]


ENTITY_TEXT = (
    "The harbour flooded on Monday night after the storm broke the sea wall.\r\n\r\n"
    "&quot;The river is rising fast,&quot; the warden said.\r\n\r\n"
    "&ldquo;We can&rsquo;t hold the line,&rdquo; the&nbsp;engineer said on Tuesday.\r\n\r\n"
    "&#8220;Nobody should stay near the water,&#8221; the mayor told residents.\r\n"
)


def test_html_references_left_in_a_text_file_are_read_as_their_characters(nlp, tmp_path):
    [article] = _read(tmp_path, "flood.txt", ENTITY_TEXT.encode())
    assert "&" not in article.text and "\r" not in article.text
    assert "\u201cWe can\u2019t hold the line,\u201d the\u00a0engineer said" in article.text
    found = top(nlp, article.text)
    for cue, source, content in (("said", "the warden", "The river is rising fast"),
                                 ("said", "the\u00a0engineer", "We can\u2019t hold the line"),
                                 ("told", "the mayor", "Nobody should stay near the water")):
        ok, there = _found(found, cue, source, content)
        assert ok, there


def test_only_whole_references_are_decoded(tmp_path):
    text = ("The merger of AT&T and a rival R&D lab was approved on Friday by the regulator, the filing shows. "
            "See ?id=4&copy=2 and &notaname; and &#0; and &amp; in the notice.\n")
    [article] = _read(tmp_path, "merger.txt", text.encode())
    assert "AT&T" in article.text and "R&D" in article.text and "?id=4&copy=2" in article.text
    assert "&notaname;" in article.text and "&#0;" in article.text and " & in the notice" in article.text


def test_a_scare_quote_in_references_quotes_no_one(nlp, tmp_path):
    data = b"The &quot;reform&quot; raised fees for every student at the three colleges this year.\n"
    [article] = _read(tmp_path, "fees.txt", data)
    assert article.text.startswith('The "reform" raised') and records(nlp, article.text) == []


def test_a_dash_glued_to_the_marks_of_a_split_quotation(nlp):
    [said] = top(nlp, "\u201cWe will act\u201d\u2014the mayor said\u2014\u201cbefore winter.\u201d")
    assert said.cue.text == "said" and said.source.text == "the mayor", said
    assert [_bare(c) for c in contents(said)] == ["We will act", "before winter"]


def test_a_zero_width_space_before_the_stop_leaves_the_cue_a_word(nlp):
    found, there = _found(top(nlp, "\u201cThe river is rising fast,\u201d the warden said\u200b."),
                          "said", "the warden", "The river is rising fast")
    assert found, there


def test_spaces_inside_guillemets_are_no_part_of_the_quotation(nlp):
    for space in ("\u202f", "\u2009", "\u00a0", " "):
        [said] = top(nlp, f"\u00ab{space}Nous partons ce soir{space}\u00bb, said the captain of the crew.")
        assert contents(said) == ["Nous partons ce soir"], contents(said)
