"""Who holds a view a copula noun names when no possessor does but an 'among' phrase on the noun does: 'The
consensus among economists is that rates will rise', 'The feeling among nurses was that nobody listened'
(``nouns.copula_cue``). The phrase's object is the source and the cue ends at the noun ('The consensus'), as
'There are fears among farmers that X' has the farmers for source (``impersonal_stances``); with the holders
left inside the cue the record had no source, and the ranker's threshold dropped most ('The consensus among
forecasters is X' 0.33).

Only a plural noun, a group's name or a nationality ('among economists', 'among the Greens', 'among
Democrats'): not a place, a time or a thing counted ('The mood among the ruins was grim', 'The view among the
trees is that of a forest' are no holders: a singular common noun), nor a noun set before the verb by more
than its 'among' phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from .lexicon import Lexicon
from .record_cues import cue_words
from .syntax import first_child

#: tags of a plural noun or a name that can stand for those who hold a view
_HOLDER_TAGS = frozenset(["NNS", "NNPS"])
_HOLDER_ENTITIES = frozenset(["NORP", "ORG", "PERSON"])


def among_holder(noun: Token) -> Token | None:
    """The object of the 'among' phrase hung on ``noun`` that names who hold its view, else None."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > noun.i), None)
    pobj = first_child(prep, "pobj") if prep is not None else None
    if pobj is None or pobj.tag_ not in _HOLDER_TAGS and pobj.ent_type_ not in _HOLDER_ENTITIES:
        return None
    if pobj.lower_ in ("them", "us", "those", "these", "others"):
        return None
    return pobj


def among_view(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` is a copula noun's view with its 'among' holders for source ('The consensus among
    economists is that X'): a form the ranker's threshold does not judge (its training data has none, and its
    features read a cue with no verb and a source after it as a weak one)."""
    if record.source is None or record.cue is None or not record.contents:
        return False
    span = cue_words(doc, record)
    if span is None:
        return False
    noun = span[-1]
    if noun.pos_ != "NOUN" or noun.lower_ not in lex.copula_nouns:
        return False
    holder = among_holder(noun)
    return holder is not None and holder.left_edge.idx == record.source.start and record.contents[0].start > holder.idx
