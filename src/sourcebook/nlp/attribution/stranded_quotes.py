"""A cue's subject the parser hung inside the quotation before it: '"It is over," Ann Lee, an
aide, said' read with 'Ann Lee' as an attribute of the quoted clause, so the cue has no subject
of its own. ``syntax.stranded_subject`` takes a name that opens right after the quotation's
closing mark (past the words of the name itself) as it takes one after a comma or a dash, and
one followed by a participle set off by commas before the cue ('"...," Ann Lee, wearing a cap, said'),
also when the parser read the name and such a participle as a clause ('"...," the clerk, clearly tired, said')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: the words of a name that come before its head ('Gene', 'the', 'former')
_NAME_WORDS = ("compound", "det", "amod")
#: the words of an owner opening the name's phrase ('the firm's', 'its')
_OWNER_WORDS = frozenset(["compound", "det", "amod", "poss", "case"])
#: closing marks that open nothing
_CURLY_CLOSING = frozenset(["\u201d"])


def after_a_quotation(name: Token) -> bool:
    """Whether the noun phrase of ``name`` opens right after a closing quotation mark."""
    doc = name.doc
    k = name.i
    while k > 0 and k <= doc[k - 1].head.i <= name.i and doc[k - 1].dep_ in _NAME_WORDS:  # ('Texas delegate Bo Li')
        k -= 1
    while k > name.left_edge.i and doc[k - 1].dep_ in _OWNER_WORDS:  # (an owner before: 'the firm's chief executive')
        k -= 1
    k -= k > 1 and doc[k - 1].is_space  # (over a space: '"...,"\u00a0Ann Lee, an aide, said')
    mark = doc[k - 1] if k > 0 else None
    # (a straight mark only as the tagger reads it closing: '"the best mayor" and X' opens with one)
    return mark is not None and (mark.tag_ == "''" or mark.text in _CURLY_CLOSING)


#: the words that head a set-off aside between a name and its cue: a participle ('wearing a cap', 'asked
#: about it') or an adjective ('now 81 and retired')
ASIDE_TAGS = frozenset(["VBG", "VBN", "JJ"])


def before_an_aside(end: int, start: int, doc: Doc) -> int | None:
    """'"We will win," Ann Lee, wearing a red scarf, said': the parser hung the name inside the
    quotation and the participle after it on the quoted verb (or on the cue: '"...," Ann Lee, standing
    on the steps, told reporters'), so the phrase before the cue is the
    aside and not the name. When a participle or adjective set off by commas ends at ``end`` (the
    comma before the cue), the last word before its opening comma, which may end the cue's
    subject; None when there is no such aside. (Not a clause with a subject: 'Lee, who was there'
    already reaches the cue through the relative.)"""
    if doc[end].text != ",":
        return None
    for token in doc[max(start, end - 30):end]:
        left = token.left_edge.i
        if (token.tag_ in ASIDE_TAGS and token.right_edge.i == end - 1 and left - 2 > start
                and doc[left - 1].text == "," and (token.head.i < left or token.head.i > end)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)):
            return left - 2
    return None


def subject_of_an_aside(verb: Token, end: int) -> Token | None:
    """'"No," the driver, visibly shaken, said': the parser read the name and the participle or
    adjective set off after it ('visibly shaken') as a clause, the cue's complement, with the name
    as its subject. A participle or adjective with no auxiliary ending at ``end`` (the comma before
    the cue), opened by a comma right after its subject, which follows a quotation's closing mark: that
    subject is the cue's. (Not 'the driver was shaken, she said': an auxiliary makes it a clause.)"""
    doc = verb.doc
    aside = doc[end - 1] if doc[end].text == "," and end > 0 else None
    # (a past form may be tagged as a finite one: '"We will rebuild," the mayor, clearly moved, told reporters')
    # (or read as a clause set beside the cue: '"...," the chief, clearly shaken, admitted')
    if aside is None or aside.tag_ not in ("VBN", "VBD", "JJ") or aside.dep_ not in ("ccomp", "parataxis"):
        return None
    # (or hung on the quoted clause, the cue's: '"The plan failed," the manager, clearly embarrassed, told the board')
    if aside.head.i != verb.i and not (aside.head.head.i == verb.i and aside.head.i < aside.i and aside.head.dep_ == "ccomp"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "cop") for c in aside.children):
        return None
    subject = next((c for c in aside.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < aside.i), None)
    if subject is None or not after_a_quotation(subject):
        return None
    last = subject.right_edge.i - (doc[subject.right_edge.i].text == ",")  # (the comma may hang on the subject)
    if doc[last + 1].text != ",":
        return None
    between = doc[last + 2 : aside.i]
    return subject if all(t.head.i == aside.i and t.dep_ == "advmod" for t in between) else None


def the_speakers_state(verb: Token, clause: Token, clauses: list[Token]) -> bool:
    """Whether ``clause``, one of the cue's complement ``clauses``, is the speaker's state set off
    before the cue that ``subject_of_an_aside`` reads ('"We will rebuild," the mayor, visibly shaken,
    said', with the quoted clause also hung on the cue): no content while another clause is."""
    if len(clauses) < 2 or clause.i > verb.i:
        return False
    doc, end = verb.doc, verb.i - 1
    while end > 0 and doc[end].head.i == verb.i and doc[end].dep_ in ("advmod", "aux", "neg"):
        end -= 1
    return clause.i == end - 1 and subject_of_an_aside(verb, end) is not None
