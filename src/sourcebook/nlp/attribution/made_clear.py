"""'made it clear' with a bare clause, and with a subject it shares with the verb before it
(``verbs.idiom_cue`` reads the idiom; this module widens what it takes).

'The coach made it clear he would stay.': with no 'that', the parser hangs the clause on 'clear' as
an adverbial clause; a clause with a subject of its own that opens right after 'clear' (or 'plain')
is what was made clear, its subject first (not one opened by a conjunction of time or reason: 'made it clear when
she arrived', 'made it plain because X' keep their words). 'The envoy met the press and made it
clear she would return.', 'She spoke for an hour, making it plain the plan was dead.': a conjunct
after 'and' or a participle set off by a comma shares the subject of the finite verb it hangs on (not
an infinitive's: 'Her advice is to draw the line and make it clear that X'). With no 'it' ('The board
made clear it would sell'), the parser hangs the bare clause on 'made' instead: read it there as well.
'As Ana Ruiz, a professor of law at Leeds, put it, Y': with a long description after the name, the parser may
read 'As' as a preposition with the name for its object and leave the verb no subject: that name is the subject
(``subject_after_as``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: the idiom's words after which a bare clause is what was made known
CLEAR_WORDS = frozenset(["clear", "plain"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl"])
#: the tags of a verb with a subject of its own (a finite form)
_FINITE = frozenset(["VBD", "VBZ", "VBP"])


def bare_clear_clause(word: Token, taken: set[int]) -> Token | None:
    """The clause with no conjunction right after 'clear' in 'made it clear he would stay', if any."""
    if word.lower_ not in CLEAR_WORDS:
        return None
    doc = word.doc
    start = word.i + 1
    while start < len(doc) and start in taken:
        start += 1  # ('made clear it' is not read: the 'it' before the word only)
    # (with no 'it', 'Police made clear they would stay': the parser hangs the clause on 'made')
    for child in (*word.children, *word.head.children):
        if (child.dep_ in ("advcl", "ccomp") and child.i > word.i and child.left_edge.i == start
                and any(c.dep_ in _SUBJECTS and c.left_edge.i == start for c in child.children)):
            return child
    return None


def subject_after_as(verb: Token) -> Token | None:
    """The name the parser hung as an object on the 'as' that opens the idiom verb's aside ('As Ana Ruiz, a
    professor of law, put it, Y'), when the verb has no subject of its own; None otherwise."""
    mark = next((c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    if mark is None or any(c.dep_ in _SUBJECTS for c in children_of(verb)):
        return None
    return next((c for c in mark.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN") and c.i < verb.i), None)


def shares_the_subject(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` is the idiom verb's own (or the one ``subject_after_as`` finds) or, for a conjunct
    after 'and' or a participle set off by a comma, that of the verb it hangs on ('met the press and made it clear X')."""
    if subject.head.i == verb.i or subject == subject_after_as(verb):
        return True
    host = verb.head
    if subject.head.i != host.i or host.i == verb.i or host.tag_ not in _FINITE:
        return False  # (not an infinitive's: 'Her advice is to draw the line and make it clear that X')
    if verb.dep_ == "conj":
        return verb.tag_ in _FINITE and any(c.dep_ == "cc" and host.i < c.i < verb.i for c in host.children)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.left_edge.i - 1].text == ","
