"""A share of people as the subject of a participle of saying: 'with 52 percent saying X', 'left
62 percent of voters saying X'. A poll's share says what it was asked, as '52 percent said X'
does; but the participle hangs on the share (an adjectival clause) or on the verb the share is
the object of, and a share is no noun of people, so the rules found no one to say it. The share
is the subject only when the participle follows it with no comma ('Sales rose 5 percent,
suggesting X' is the writer's inference)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: heads of a share of people ('52 percent', 'a majority of voters', 'two-thirds')
SHARES = frozenset(["%", "percent", "cent", "half", "third", "thirds", "quarter", "quarters", "majority", "minority",
                    "plurality", "proportion", "share", "fifth", "fifths"])


def share_of(noun: Token) -> bool:
    """A share: a head of ``SHARES`` with a number or an 'of' phrase ('52 percent', 'half of them')."""
    return noun.lower_ in SHARES and noun.pos_ in ("NOUN", "NUM", "SYM") and any(
        c.dep_ in ("nummod", "quantmod") or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "det" for c in noun.children)


def share_holder(lex: Lexicon, verb: Token) -> Token | None:
    """The share that says what the participle of saying ``verb`` right after it says."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in lex.speech or verb.i == 0 or verb.doc[verb.i - 1].is_punct:
        return None
    if verb.dep_ == "acl":  # (a share with an 'of' phrase, 'half of the nurses saying', the rules already find)
        noun = verb.head if not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.head.children) else None
    elif verb.dep_ == "advcl":
        noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1), None)
    else:
        return None
    return noun if noun is not None and noun.i < verb.i and share_of(noun) else None
