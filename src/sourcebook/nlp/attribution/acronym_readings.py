"""Sentences read again where the parser took a body's acronym that spells a pronoun for the pronoun: 'A
spokesperson for the WHO said X' read as 'a spokesperson for the one who said X', a relative clause on the
spokesperson, so that the report's source shrinks to 'the WHO', and after its report ('Cases are rising, a
spokesman for the WHO told reporters') the report is lost. A word in capitals right after 'the' is a name, never
a pronoun (no article stands before one): the sentence is parsed again with a name the parser knows in its place,
and that parse's arcs, tags and parts of speech replace the first's. Called by ``reread.reread`` before the rules
run."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from .arcs import second_reading, take_second_reading
from .tables import forget, positions, text_of, words_of

#: the tags of the pronouns and question words an acronym may spell ('WHO', 'IT', 'WHAT')
_PRONOUN_TAGS = frozenset(["WP", "WDT", "WRB", "PRP"])
#: a body's acronym the parser reads as a name, put in the misread one's place (one token, as the misread one is)
_STAND_IN = "UNICEF"


def reread_acronyms(doc: Doc, sentences: list[Span], parse: Callable[[str], Doc]) -> None:
    """Mend each sentence of ``doc`` with a word in capitals after 'the' read as a pronoun ('for the WHO said
    X') from a parse with a name in its place."""
    words = words_of(doc)  # (the words' table: a scan in C for each tag, no Token for each word)
    found = sorted(i for tag in _PRONOUN_TAGS for i in positions(words.tag, tag, 1, len(doc))
                   if len(words.text[i]) > 1 and words.text[i].isupper() and words.text[i].isalpha()
                   and words.lower[i - 1] == "the")
    if not found:
        return
    text = text_of(doc)
    for sent in sentences:
        misread = [doc[i] for i in found if sent.start < i < sent.end]
        if not misread:
            continue
        cut = sent.start_char
        pieces = []
        for token in misread:
            pieces += [text[cut : token.idx], _STAND_IN]
            cut = token.idx + len(token.text)
        try:
            again = parse("".join([*pieces, text[cut : sent.end_char]]))
        except Exception:  # noqa: BLE001 - the second reading is a refinement, never a failure
            continue
        kept = list(sent)
        if len(again) != len(kept) or len(list(again.sents)) != 1 or any(again[k.i - sent.start].text != _STAND_IN
                                                                          for k in misread):
            continue
        heads, deps = second_reading(doc, sent, again, kept)
        if take_second_reading(doc, again, kept, heads, deps):
            for token in misread:  # (a name, whatever the parser made of the stand-in)
                token.tag_, token.pos_ = "NNP", "PROPN"
            forget(doc)
