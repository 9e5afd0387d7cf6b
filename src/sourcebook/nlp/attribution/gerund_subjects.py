"""An '-ing' noun after 'as' that the parser read as a participle of a stance with the verb after it
for its plural object: 'Dozens killed as fighting rages for control of the crossing' ('fighting' a
cue, 'rages for control of the crossing' its content, the victims its source).

'as fighting rages' is a clause: the noun 'fighting' its subject, 'rages' its verb. The parser may
take 'rages' for a plural noun, the object of 'fighting', so 'fight for X' reads as a stance. A
participle of a cue right after 'as' with no subject of its own, whose object right after it is a
bare plural (no determiner or modifier) that is the third person of a verb of a happening going on
(``ongoing_verbs.txt``: 'rages', 'spreads', 'continues', 'erupts'), is that verb's subject and no cue.
Not 'was seen as backing plans for a tax' ('plans' a thing's name, no happening), nor 'as fighting
the rebels grows costly' (a determiner: a real object).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of
from .lexicon import Lexicon


def gerund_subject(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is the '-ing' subject of a verb of happening after 'as' that the parser read as its object."""
    if verb.tag_ != "VBG" or verb.i + 1 >= len(verb.doc) or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    opener = verb.head if verb.dep_ == "pcomp" else next((c for c in children_of(verb) if c.dep_ == "mark"), None)
    if opener is None or opener.lower_ != "as" or opener.i != verb.i - 1:
        return False
    after = verb.doc[verb.i + 1]
    if after.head.i != verb.i or after.dep_ != "dobj" or after.tag_ != "NNS" or any(c.i < after.i for c in after.children):
        return False
    lemma = lex.verb_lemmas.get(after.lower_)
    return lemma is not None and after.lower_.endswith("s") and lemma in word_set("ongoing_verbs")
