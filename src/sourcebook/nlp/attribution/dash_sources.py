"""A headline that ends in a dash and the one who says it, as West African and South Asian dailies
write them ('Fuel queues will end by Friday - Minister', 'We will not back down on the levy – NLC'):
the clause before the dash, with a verb, is what the name after it says. The colon form of wire
headlines ('X: JCS') is ``markers._wire_source``; this is its dash twin.

Only a line of its own with no closing stop, a spaced dash ('-', '–' or '—') and after it up to four
words that name a person or a body (a proper noun, or a noun of a speaker: 'Minister', 'Police'),
and no outlet a page title names after its dash ('Floods kill 30 - Harbour Times', 'X - Reuters'),
nor a kind of page ('Budget day - live updates') or its section (``line_labels.txt``: 'X - Letters',
'X - Editorial'). A colon before the dash heads the line with its
topic or place ('Veloria: Journalists must be freed - Amnesty International'): the report is the
clause after it, in place of the colon's."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .candidate import SPEECH, Candidate, trim_content
from .labels import states
from .lexicon import active_lexicon

_DASHES = frozenset(["-", "\u2013", "\u2014"])
_NAME_TAGS = frozenset(["PROPN", "NOUN", "DET", "ADJ", "PART"])
#: the entity types a word after a headline's dash may name the speaker by (a place is no speaker here)
_DASH_ENTITIES = frozenset(["ORG", "PERSON", "NORP"])


def names_a_speaker(named: list[Token], speaker_noun: Callable[[Token], bool] | None, entities: frozenset[str]) -> bool:
    """Whether the words ``named`` closing a headline after its dash or colon name someone who speaks: words of a
    name only, the last no date or time and a proper noun, an entity of ``entities`` or a noun of a speaker
    (shared by ``markers._wire_source``)."""
    head = named[-1]
    if any(t.pos_ not in _NAME_TAGS for t in named) or head.ent_type_ in ("DATE", "TIME"):
        return False
    labels, words = active_lexicon().line_labels, [t.lower_ for t in named]
    if " ".join(words) in labels or words[0] in ("a", "an", "the") and " ".join(words[1:]) in labels:
        return False  # (a kind of page, with its article or without: 'Night flights: a guide', 'Pensions: the timeline')
    return head.pos_ == "PROPN" or head.ent_type_ in entities or speaker_noun is not None and speaker_noun(head)


@cache
def _outlet_words() -> frozenset[str]:
    """Words of a news outlet's name (``newspaper_words.txt``, ``outlets.txt``), read once."""
    outlets = frozenset(w.lower() for name in word_set("attribution/outlets") for w in name.split())
    return word_set("newspaper_words") | outlets


def dash_source(text: str, sent: Span, index: int, speaker_noun: Callable[[Token], bool] | None) -> Candidate | None:
    """The headline report of ``sent`` when it is such a line (see the module), else None."""
    doc = sent.doc
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if line_start != sent.start_char and text[line_start : sent.start_char].strip():
        return None  # (a line of its own)
    line_end = text.find("\n", sent.start_char)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].rstrip()
    if not line or line[-1] in ".?!:;\"'\u201d\u2019)":
        return None
    words = [t for t in doc[sent.start : len(doc)] if t.idx < line_end]
    dash = next((t for t in reversed(words) if t.text in _DASHES and text[t.idx - 1 : t.idx] == " "
                 and text[t.idx + 1 : t.idx + 2] == " "), None)
    if dash is None:
        return None
    named = [t for t in words if t.i > dash.i and not t.is_space]
    before = [t for t in words if t.i < dash.i and not t.is_punct]
    if not 1 <= len(named) <= 4 or len(before) < 3 or not states(before):
        return None
    head = named[-1]
    if any(t.lower_ in _outlet_words() for t in named) or " ".join(t.lower_ for t in named) in word_set(
            "attribution/line_labels"):  # (a page's section: 'Ministers are wrong - Letters', '- Editorial')
        return None
    if not names_a_speaker(named, speaker_noun, _DASH_ENTITIES):
        return None
    # (after a topic's or a place's colon: 'Veloria: Journalists must be freed - Amnesty International')
    colon = next((t for t in reversed(words) if t.i < dash.i and t.text == ":"), None)
    piece = trim_content(text, words[0].idx if colon is None else colon.idx + 1, dash.idx)
    if piece is None:
        return None
    return Candidate(cue=(dash.idx, dash.idx + len(dash)), source=(named[0].idx, head.idx + len(head)), contents=[piece],
                     nature=SPEECH, source_token=head.i, sentence=index, confidence=0.6)
