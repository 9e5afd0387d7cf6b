"""The writer's own narration run on after a reported clause, which the parser hung inside it: a clause with a
subject of its own in the narrative past after a report in another tense ('told staff the pool could reopen once
levels were safe, and the pool reopened at noon'; '..., as her campaign tried to shake off weak polls'), a time set
relative to the report ('..., hours after a hacking group claimed X'), the writer's advice in the imperative
('..., so take the old part to the store with you') and a participle setting the report against another's
('denied it was behind the attack, contradicting the army'). ``tails.without_writer_tail`` cuts them off.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .comments import in_quotation
from .kids import children_of
from .lexicon import Lexicon
from .syntax import closes_quotation
from .tables import text_of, words_of

#: the joins after a comma that may open the writer's next clause
_JOINS = frozenset(["and", "as", "so"])
#: the words that set a time relative to another event ('hours after X', 'days before Y')
_RELATIVE_TIME = frozenset(["after", "before"])


def narrated_end(lex: Lexicon, clause: Token) -> int | None:
    """Where the writer's narration at the end of the reported clause ``clause`` starts (the offset of the comma
    before it); None when the clause ends with none."""
    doc = clause.doc
    end = clause.right_edge.i
    for token in (doc[i] for i in _ending_with(doc, clause.i, end)):
        if token.i <= clause.i or token.right_edge.i != end:
            continue
        first = token.left_edge  # (made once: each edge read makes a Token)
        if first.i < 2:
            continue
        if token.dep_ == "conj" and doc[first.i - 1].lower_ in _JOINS:
            join, comma = doc[first.i - 1], doc[first.i - 2]  # (a conjunct's 'and' hangs on the verb it is joined to)
        elif first.dep_ == "advmod" and first.i + 1 < token.i and doc[first.i + 1].lower_ in _JOINS:
            join, comma = doc[first.i + 1], doc[first.i - 1]  # (', just as early voting began')
        else:
            join, comma = first, doc[first.i - 1]
        if comma.text != "," or comma.i <= clause.i or _quoted_between(clause, comma):
            continue
        if (_narrative_past(token, join) or _relative_time(token, first) or _imperative(token, join)
                or _set_against(lex, token)) and not in_quotation(text_of(doc), comma.idx):
            return comma.idx
    return None


def _ending_with(doc: Doc, clause: int, end: int) -> list[int]:
    """The words under the clause whose subtree ends with its last word ``end``, in the order ``Token.subtree``
    walks them: that word and the words above it, up to the clause's verb (from the words' table: a walk of the
    whole subtree made a Token of every word of the clause)."""
    if end == clause:
        return []  # (no word after the verb ends the clause)
    heads = words_of(doc).head
    order, below = [end], end
    while heads[below] != clause:
        above = heads[below]
        if above == below:  # (the last word is not under the clause's verb: the whole subtree, as ever)
            return [t.i for t in doc[clause].subtree]
        order = [*order, above] if below < above else [above, *order]  # (a head comes after its left children)
        below = above
    return order


def _quoted_between(clause: Token, comma: Token) -> bool:
    """Whether a quotation opens between the clause's start and the comma and is still open at it (the comma is
    the speaker's own then)."""
    marks = [t for t in clause.doc[clause.left_edge.i : comma.i] if t.is_quote]
    return len(marks) % 2 == 1 and not closes_quotation(marks[-1])


def _joined_head(token: Token) -> Token:
    """The verb of the report that ``token`` is joined to (through a chain of conjuncts)."""
    head = token.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head


def _own_subject(token: Token) -> Token | None:
    return next((c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)


def _narrative_past(verb: Token, join: Token) -> bool:
    """'told staff the pool could reopen once levels were corrected, and the pool reopened at 2 p.m.': a clause
    after a comma and 'and' or 'so', with a subject of its own and a verb in the simple past, joined to a reported
    clause in a modal's tense or the present, narrates what happened next in the writer's past, or another's
    answer ('..., and the board agreed'); not after a clause in the past or the perfect ('said the plant had
    closed, and the workers were sent home' may be what was said). One opened by 'as' in a tense other than the
    reported clause's sets the writer's circumstance beside it ('said she would win, as her campaign tried to shake
    off weak polls'; not 'said they have yet to profit, as the economy is shrinking', the speaker's reason)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "advcl") or join.lower_ not in _JOINS:
        return False
    if _own_subject(verb) is None:
        return False
    if any(c.dep_ == "mark" and c.i != join.i for c in children_of(verb) if c.i < verb.i):
        return False  # (a second reported clause: '..., and that the company reserved the right to X')
    head = _joined_head(verb)
    if verb.dep_ == "advcl":
        ours, theirs = _tense(verb), _tense(head)
        return join.lower_ == "as" and join.dep_ == "mark" and join.head.i == verb.i and ours != theirs and (
            ours in ("past", "present") and theirs != "")
    return head.dep_ in ("ccomp", "conj") and _tense(verb) == "past" and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in children_of(verb)) and _tense(head) in ("modal", "present")


def _tense(verb: Token) -> str:
    """A finite verb's tense as the reported clause shows it: 'modal', 'perfect', 'past', 'present' ('' for none)."""
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if any(c.tag_ == "MD" for c in aux):
        return "modal"
    if any(c.lemma_ == "have" and c.dep_ == "aux" and verb.tag_ == "VBN" for c in aux):
        return "perfect"
    tags = {c.tag_ for c in aux} or {verb.tag_}
    if tags & {"VBD"} or not aux and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children_of(verb)):
        # (a past with a subject and no auxiliary that the tagger read as the participle: 'and the lab reopened')
        return "past"
    return "present" if tags & {"VBZ", "VBP"} else ""


def _relative_time(verb: Token, first: Token) -> bool:
    """'..., hours after a hacking group claimed X', '..., just a day before the vote': an event timed by a measure
    of time and 'after' or 'before', set off by a comma at the report's end, times the report in the writer's words
    (a bare ', after X' is left to ``tails.without_writer_tail``, which knows where the parser hung it)."""
    doc = verb.doc
    marker = next((t for t in doc[first.i + 1 : min(first.i + 5, verb.right_edge.i)] if t.lower_ in _RELATIVE_TIME), None)
    if marker is None:
        return False
    # (a noun of the measure, 'hours', 'a day', 'two weeks'; not an adverb alone: 'even after X' may be the speaker's)
    measure = doc[first.i : marker.i]
    return any(t.pos_ == "NOUN" and (t.dep_ == "npadvmod" or t.ent_type_ in ("DATE", "TIME")) for t in measure) and all(
        t.pos_ in ("ADV", "DET", "NUM", "NOUN") for t in measure)


def _imperative(verb: Token, first: Token) -> bool:
    """'notes that some models need brand-specific parts, so take the old part to the store with you': a verb in
    the base form with no subject and no auxiliary, joined after a comma to a reported clause with a finite verb of
    its own, is the writer's advice (not the second verb of a modal's clause: 'said drivers should slow down and
    post lookouts')."""
    if verb.tag_ != "VB" or verb.dep_ != "conj" or first.lower_ not in _JOINS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark") and c.i < verb.i for c in children_of(verb)):
        return False
    head = _joined_head(verb)
    # (nor one that shares an infinitive: 'we need to work towards unity, and understand that X')
    return head.tag_ in ("VBZ", "VBP", "VBD") and _own_subject(head) is not None and not any(
        c.dep_ == "xcomp" for c in children_of(head))


def _set_against(lex: Lexicon, verb: Token) -> bool:
    """'denied that it was behind the attack, contradicting the army': a participle of a verb that disputes what
    another said (``disputing_verbs.txt``), with an object, after a comma at the report's end, sets the report
    against another's in the writer's words."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.left_edge.i == verb.i
            and verb.lemma_.lower() in lex.disputing_verbs and any(c.dep_ == "dobj" for c in children_of(verb)))
