"""A verb of saying or holding inside an open question the sentence only puts: 'It is unclear whether
the minister knew about the contract', 'Reporters asked the coach if he would ever endorse the new
owner', 'The inquiry will look at whether anyone instructed staff to delete the files'. The clause is
asked or doubted, not told: nobody is said to have known, endorsed or instructed anything, so the verb
in it reports nothing (the asking verb outside it still does: 'asked if X' is a report of a question).
A clause opened by 'whether' is always such a question; one opened by 'if' only under a verb of asking
or finding out ('asked if', 'wondered if', 'checked if'; also when the parser hung the clause
elsewhere: 'When I asked the coach if he would X, he laughed') or a word of doubt ('It is unclear if
X', 'not sure if X'), since an 'if' elsewhere opens a condition ('If the council agrees to X, ...'),
whose verb PolNeAR marks. An 'if' clause the parser hung as an adverbial clause is a question only
under a verb of asking proper or a word of doubt: under a verb of finding out it is a condition ('The board
will decide quickly if the auditors say the accounts are sound', 'Voters will find the plan attractive if
the mayor says X'). A verb carried by an infinitive in the clause ('whether she plans to say X')
is in it too. For ``noncues.not_a_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: verbs whose 'if' clause is a question asked or a thing to find out ('asked if', 'wondered if')
_ASKING = frozenset(["ask", "wonder", "inquire", "enquire", "check", "question", "doubt", "know", "see",
                     "determine", "decide", "learn", "find", "investigate", "examine", "query"])
#: of those, the ones whose adverbial 'if' clause is still the question ('asked the coach if X'), not a condition
_ASKING_PROPER = frozenset(["ask", "wonder", "inquire", "enquire", "query"])
#: words of doubt whose 'if' clause is open ('It is unclear if X', 'not sure if X')
_DOUBT = frozenset(["unclear", "clear", "uncertain", "sure", "certain", "known", "unknown", "doubtful"])
#: how far back from 'if' a verb of asking is looked for when the parser hung the clause elsewhere
#: ('When I asked the coach if he would X, he laughed': the clause read as the main verb's condition)
_BACK = 4
#: how far up the infinitives the clause's opening is looked for ('whether she wants to try to say X')
_DEPTH = 3


def in_open_question(verb: Token) -> bool:
    """Whether ``verb`` stands in a clause opened by 'whether', or by 'if' under a verb of asking or a
    word of doubt, directly or through infinitives ('whether he plans to say X')."""
    clause = verb
    for _ in range(_DEPTH):
        mark = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ in ("whether", "if")), None)
        if mark is not None:
            return mark.lower_ == "whether" or _asked(clause) or _asked_before(mark)
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _asked(clause: Token) -> bool:
    """Whether an 'if' clause hangs on a verb of asking or finding out, or a word of doubt."""
    if clause.dep_ not in ("ccomp", "advcl", "conj"):
        return False
    head = clause.head
    asking = _ASKING_PROPER if clause.dep_ == "advcl" else _ASKING  # ('will decide quickly if X says Y': a condition)
    if head.lemma_.lower() in asking or head.lower_ in _DOUBT:
        return True
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in _DOUBT for c in head.children)


def _asked_before(mark: Token) -> bool:
    """Whether a verb of asking stands just before 'if', with no punctuation between ('asked the coach if
    X', 'asked in May if X'), however the parser hung the clause."""
    doc = mark.doc
    for k in range(mark.i - 1, max(mark.i - 1 - _BACK, -1), -1):
        word = doc[k]
        if word.is_punct:
            return False
        if word.pos_ == "VERB" and word.lemma_.lower() in _ASKING_PROPER:
            return True
    return False
