"""A participle of saying set off after an adverbial clause that closes the main clause, for
``participles.participle_subject``: 'The mayor vetoed the bill after the council passed it, calling
it reckless', 'Guards detained the driver when he stopped, saying he had no permit'. The parser
hung the participle on the verb of the clause of time, cause or concession ('after', 'when',
'because', 'although' ...) nearest it, so that clause's subject became its subject; a participle
set off by a comma or a dash after such a clause hangs on the main clause, whose subject did the
saying (not the council, nor the driver). Not a participle with no mark before it, which may go on
the clause's own verb ('left after the coach resigned saying he was tired'), nor a main clause
whose subject holds no words ('Shares fell after the chief resigned, saying X': the chief's) or is
a passive's ('The mayor was criticised, though she later apologised, saying X': the clause's), nor
one the main clause follows ('After X, saying Y, the mayor Z'), nor a clause of 'as', 'while' or
'whereas' (below). A clause of a question weighed, opened by 'whether', is closed so too: 'He hedged on whether
he would back her, telling reporters X' is the one who hedged (the same person, but the main clause's words)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like, subject_of

#: the words that open an adverbial clause of time, cause, condition or concession (not 'as', 'while' or
#: 'whereas', whose clause of a scene going on or of a contrast often owns the participle after it: 'She
#: asks as a porter walks in, saying X', 'Some firms are old, while others are new, seeking X')
_OPENERS = frozenset(["after", "when", "before", "because", "since", "although", "though", "if",
                      "once", "until", "till", "unless", "whenever"])
#: pronouns a main clause's subject may be that name no one
_EMPTY = frozenset(["it", "this", "that", "there"])
#: marks that set a participle off from the clause before it
_SET_OFF = frozenset([",", "-", "--", "\u2014", "\u2013"])


def main_clause_speaker(lex: Lexicon, verb: Token, subject: Token | None) -> Token | None:
    """The main clause's subject for participle ``verb`` set off after an adverbial clause whose
    subject ``subject`` the parser lent it, else None."""
    if subject is None:
        return None
    participle = verb
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG" and participle.head.i < participle.i:
        participle = participle.head  # 'calling it X and saying Y': the first of the series
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    clause = participle.head
    # (or a question weighed: 'hedged on whether he would back her, telling X', 'would not say whether she would run, adding Y')
    weighed = clause.dep_ in ("pcomp", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)
    if clause.dep_ != "advcl" and not weighed or clause.i > participle.i or subject.head.i != clause.i:
        return None
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    opener = next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < subject.i), None)
    if opener is None or opener.lower_ not in _OPENERS and not weighed:
        return None
    main = clause.head.head if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" else clause.head
    if main.i > clause.i or participle.left_edge.i < 1 or verb.doc[participle.left_edge.i - 1].text not in _SET_OFF:
        return None
    speaker = subject_of(main)
    if speaker is None or speaker.i > opener.i or speaker.dep_ != "nsubj" or speaker.lower_ in _EMPTY:
        return None  # ('It took months before he found one, highlighting X': no one's act)
    if not source_like(lex, speaker):
        return None
    return speaker
