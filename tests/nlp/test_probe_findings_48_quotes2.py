"""Quote mechanics (issue 12): German low-high marks ('„...“') and single guillemets ('‹...›')
pair as quotation marks; a British quotation in single marks holding one in double marks is
quoted whole; a quotation set off in brackets or dashes with its cue clause inside another
sentence reports the quotation alone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from probe_records import records

from sourcebook.nlp.quotes import find_quotes


def _quoted(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir bleiben“, sagte sie. Later she said in English: „We are staying.“", ["Wir bleiben", "We are staying."]),
    ("‹We are not afraid›, said the organiser.", ["We are not afraid"]),
    ("The crowd cheered. »Nobody told us,« said the steward.", ["Nobody told us,"]),
    ("«Il a dit ‹non› et il est parti», raconte-t-elle.", ["Il a dit ‹non› et il est parti"]),
    ("‘She told me “pack your desk”, and walked out,’ said the clerk.", ["She told me “pack your desk”, and walked out,"]),
    ("'Our coach always said \"never give up\", and we never did,' the captain said.",
     ['Our coach always said "never give up", and we never did,']),
    ("'Farmers say \"enough\"'\n\nFarmers marched on the capital.", ['Farmers say "enough"']),
    # not outer single quotations: a decade, a plural possessive, an apostrophe in a word
    ("In the '90s the union said \"no\" to every offer, the players' view.", ["no"]),
    ("The players' union said \"no\" twice, and the club's reply was 'maybe'.", ["no"]),
    ("‘A long run of words in marks’ and later “a quoted phrase” here.", ["A long run of words in marks", "a quoted phrase"]),
    ("“When she said ‘the vault is empty,’ we laughed,” said the guard.", ["When she said ‘the vault is empty,’ we laughed,"]),
])
def test_quotation_marks_pair(text, expected):
    assert _quoted(text) == expected


def _found(nlp, text, cue="said"):
    return [(r.source.text if r.source else None, [c.text for c in r.contents]) for r in records(nlp, text, cue)
            if r.parent is None]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("„Wir bleiben“, sagte sie. The minister later said in English: „We are staying here.“",
     "The minister", "We are staying here"),
    ("‹We are not afraid›, said the protest organiser, Nadia Kern.", "the protest organiser, Nadia Kern",
     "We are not afraid"),
    ("‘She looked at me and said “pack your desk”, just like that,’ said Ruth Amos, a former clerk.",
     "Ruth Amos, a former clerk", "She looked at me and said “pack your desk”, just like that"),
    ("'Our coach always said \"never give up\", and we never did,' Mr Vance said.", "Mr Vance",
     'Our coach always said "never give up", and we never did'),
    ("The agency (“we are reviewing every file,” a spokesman said) declined to give numbers.", "a spokesman",
     "we are reviewing every file"),
    ("The agency (“we are reviewing every file,” said a spokesman) declined to give numbers.", "a spokesman",
     "we are reviewing every file"),
    ("The bakery — “we never cut corners,” its founder said — faces a fine.", "its founder", "we never cut corners"),
])
def test_quotation_reported_whole(nlp, text, source, content):
    assert (source, [content]) in _found(nlp, text)


def test_a_report_outside_the_brackets_ends_before_them(nlp):
    text = "The firm said it would appeal (“we are confident,” a lawyer said) and its shares rose."
    found = _found(nlp, text)
    assert ("a lawyer", ["we are confident"]) in found
    assert ("The firm", ["it would appeal"]) in found


@pytest.mark.parametrize("text", [
    "He left the room (“a quiet exit,” in the words of one aide) and did not return.",
    "The bakery (which opened in 1990) said it would close, “with regret,” next month.",
    "The film “Night Lantern” opened in 200 cinemas on Friday.",
    "Critics of the so-called “reform” gathered outside the hall.",
])
def test_near_misses_keep_their_reading(nlp, text):
    for _source, contents in _found(nlp, text) + _found(nlp, text, "opened"):
        assert not any(c.startswith(("a quiet exit", "Night Lantern", "reform")) for c in contents)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("“We want answers,” said Tom O’Neill, whose son was hurt.", "Tom O’Neill, whose son was hurt", ["We want answers"]),
    ("“We want answers,” said Tom O’Neill, who was hurt in the crash.", "Tom O’Neill, who was hurt in the crash",
     ["We want answers"]),
    ("‘We want answers,’ said Tom O’Neill, whose son was hurt. ‘Not excuses.’", "Tom O’Neill, whose son was hurt",
     ["We want answers", "Not excuses"]),
])
def test_a_relative_clause_on_the_speaker_is_the_sources(nlp, text, source, content):
    assert _found(nlp, text) == [(source, content)]


def test_a_relative_clause_on_the_one_told_stays_out_of_the_source(nlp):
    found = _found(nlp, "“We are ready,” she told reporters, who had waited outside for hours.", "told")
    assert found and all(source == "she" for source, _contents in found)
