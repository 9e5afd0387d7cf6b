"""A clause of result after a verb of saying: 'The coach said enough that the players stopped
listening', 'She talked so much that the meeting ran late'. The parser hangs the 'that' clause on the
verb as its complement, but after 'enough' or 'so' with an adverb of degree ('so much', 'so often',
'so loudly') it tells what the saying brought about, not what was said: no content (the saying may
still be a report with another content, which the other rules find). Not 'enough' after an adverb of
manner or frequency: 'The mayor said often enough that the road would close', 'said clearly enough
that X' tell how plainly or how often X was said, and X is the content. So too after a noun of
manner with 'such' or 'so much' / 'so many' and no 'that': 'The mayor spoke with such force it
sounded like shouting', 'talked with so much passion the room fell silent', after a verb of talking that
takes no clause of its words (``talk_verbs.txt``): after one that does, the clause is what was said ('declared
with such certainty the war was over'), and with 'that', 'said with such confidence that X' may give it too."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

#: verbs of talking that take no clause of what was said ('spoke', 'talked')
_TALK = word_set("attribution/talk_verbs")

#: the words of degree that open a clause of result when 'that' follows them ('enough that', 'so much that')
_DEGREE = frozenset(["enough"])
#: the words that take a clause of result after 'so' ('so much that', 'so often that')
_AFTER_SO = frozenset(["much", "often", "loudly", "many", "long", "little", "forcefully", "strongly", "hard"])


def result_clause(clause: Token) -> bool:
    """Whether ``clause`` opens with 'that' right after 'enough' or after 'so' and an adverb of degree,
    or right after a noun that 'such' or 'so much' measures."""
    first = clause.left_edge
    if (first.i >= 2 and first.lower_ != "that" and _measured_noun(clause.doc[first.i - 1])
            and clause.head.lemma_.lower() in _TALK):
        return True  # (with no 'that' only: 'said with such confidence that X' may give what was said)
    if first.lower_ != "that" or first.i < 2:
        return False
    doc = clause.doc
    before = doc[first.i - 1]
    if before.lower_ in _DEGREE:
        return doc[before.i - 1].tag_ != "RB"  # (not 'said often enough that X')
    return before.lower_ in _AFTER_SO and doc[first.i - 2].lower_ == "so"


def _measured_noun(noun: Token) -> bool:
    """'such force', 'so much anger', 'so many words': a noun of a prepositional phrase that a word of degree measures."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    lefts = list(noun.lefts)
    return any(t.lower_ == "such" or t.lower_ in ("much", "many") and any(g.lower_ == "so" for g in t.lefts)
               for t in lefts)
