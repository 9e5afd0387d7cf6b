"""A habit of saying set aside as an 'as' clause: 'As she liked to say, good food needs time', 'The score, as
he used to say, tells you who was luckier'. The parser hangs 'say' as the infinitive of the habit verb and that
verb as an adverbial clause of the sentence; the two verbs and the 'to' are one cue, as 'liked to say that X' is
(``wrapped``), and what stands around the clause is what was said (``asides.parenthetical``), not the
infinitive the habit verb would take for its content ('liked' -> 'to say')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: verbs of a habit or a liking that take an infinitive of saying ('liked to say', 'used to say', 'loved to
#: tell people', 'was fond of saying' is read elsewhere); a closed class of grammar, not vocabulary
_HABITS = frozenset(["like", "love", "use", "tend"])


def habit_of_saying(lex: Lexicon, verb: Token) -> Token | None:
    """The habit verb of an 'as' aside whose infinitive ``verb`` is a verb of saying with no clause of its
    own ('As she liked to say, X': 'liked'), or None."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.lemma_.lower() not in lex.speech or head.lemma_.lower() not in _HABITS:
        return None
    told = verb.lemma_.lower() in lex.addressee_verbs
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
            c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and not told for c in verb.children):
        return None  # ('liked to say that X', 'used to say goodbye': the clause or the thing is the content; not
        # 'loved to tell reporters', whose object is the one told)
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
        return None
    return head if any(c.dep_ == "nsubj" for c in head.children) else None


def habit_around_saying(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is the habit verb of such an aside ('liked' in 'As he liked to say, X'), which
    reports nothing of its own: its infinitive carries the report."""
    return any(c.dep_ == "xcomp" and habit_of_saying(lex, c) is not None for c in verb.children)
