"""Speed of the article index (fifty-fifth session): the pre-checks that skip work must give what the
full work gives. A quoted nickname ('Ines "Tiny" Okafor') and a nickname after 'known as' are looked for
only where the text holds a quoted capitalised word and a capital after it, or 'known', 'nicknamed' or
'dubbed' (``nicknames``); initials are matched to a name only where the text holds initials in brackets
(``short_names.acronyms``); only a PERSON's or an ORG's entity is indexed as a mention (``index``). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers

from sourcebook.nlp.attribution import nicknames as nick
from sourcebook.nlp.attribution.short_names import _ACRONYM, acronyms


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ('Ines "Tiny" Okafor runs the boxing gym on Mill Lane. "We train every night," Tiny said.', "Tiny", "Ines Okafor"),
    ('Tomas Berg, known as Tibbe, coaches the under-12s. "They never give up," Tibbe said.', "Tibbe", "Tomas Berg"),
    ("The Harbour Safety Board (HSB) opened an inquiry on Monday. The HSB said the crane had failed.", "The HSB",
     "Harbour Safety Board"),
    ("Ward sister Aoife said the unit was full.", "Ward sister Aoife", "Aoife"),
    ("Software maker Tessaly said its sales rose.", "Software maker Tessaly", "Tessaly"),
])
def test_names_found_past_the_pre_checks(nlp, text, source, speaker):
    assert (source, speaker) in sources_and_speakers(nlp, text)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # no nickname given: 'Tiny' is no one named before, and a temper is no name
    ('Ines Okafor runs the boxing gym. "We train every night," Tiny said.', "Tiny", "Tiny"),
    ('Tomas Berg, known for his temper, coaches the team. "They never give up," Tibbe said.', "Tibbe", "Tibbe"),
    # initials that are no one name's of the article keep their own
    ("The Harbour Safety Board opened an inquiry on Monday. The RSB said the crane had failed.", "The RSB", "RSB"),
    # a date's entity is no one
    ("On Friday, June 5, the council said the road would close.", "the council", "council"),
])
def test_no_name_where_the_article_gives_none(nlp, text, source, speaker):
    assert (source, speaker) in sources_and_speakers(nlp, text)


_TEXTS = [
    'Ines "Tiny" Okafor runs the gym.',
    'Daniel "The Hammer" Osei won again, and Ruth “Red” Lane lost.',
    'Tomas Berg, who is known to fans as "Tibbe", scored. Ana Ross, nicknamed "Madam No", voted.',
    "Ana Ross, known as Norway's top nurse, spoke. Kofi Mensah, better known as Kojo, sang.",
    'He said "Yes" and left. "Go," she said. The "Blue Line" opens in May.',
    "Nobody here has another name.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_nicknames_pre_checks_drop_no_match(nlp, text):
    doc = nlp.make_doc(text)
    assert bool(list(nick._INSIDE.finditer(text))) <= (nick._QUOTED.search(text) is not None)
    assert bool(list(nick._AFTER.finditer(text))) <= any(w in text for w in ("known", "nicknamed", "dubbed"))
    found = nick.nicknames(doc)
    for match in nick._INSIDE.finditer(text):
        assert found.get(nick._key(match.group(2))) == f"{match.group(1)} {match.group(3)}"


@pytest.mark.parametrize(("text", "expected"), [
    # (and the name written with its initials, as the NER may take it whole)
    ("The National Rail Authority (NRA) said trains would run.",
     {"NRA": "National Rail Authority", "National Rail Authority (NRA)": "National Rail Authority"}),
    ("Trains run by the Office of Road Safety (ORS) stopped.",
     {"ORS": "Office of Road Safety", "Office of Road Safety (ORS)": "Office of Road Safety"}),
    ("The Ministry of Defence (MoD) said tanks would be sold.",
     {"MoD": "Ministry of Defence", "Ministry of Defence (MoD)": "Ministry of Defence"}),
    ("The National Rail Authority said trains would run (see below).", {}),
    ("The NRA said trains would run.", {}),
])
def test_initials_defined_in_brackets_only(text, expected):
    assert acronyms(text) == expected
    assert bool(list(_ACRONYM.finditer(text))) == bool(expected)
