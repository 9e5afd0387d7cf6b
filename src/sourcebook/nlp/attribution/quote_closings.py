"""Whether a quotation closes right before a word, a comma after the closing mark allowed: British
style sets the comma outside the marks ('said the plan was "a fair start", and thanked the staff'),
American style inside ('... "a fair start," and thanked ...'); either way the quotation ends the
reported words there, for ``second_reports._the_reporters_act``.

That act may follow a second reported clause: 'The coach said he was "gutted" but that it was "the right
time to go", and thanked the fans.' The parser joins 'thanked' to the second clause ('it was X', opened by
its own 'that' and joined to the first), not to the cue's complement, so the test saw no reported clause
there; a clause opened by 'that' and joined to the cue's complement is reported by the same cue
(``reported_clause``), and the act after it is read against the cue as after the first. Not a clause with
no 'that' ('said he was tired and the team was young, and thanked X' may be all the report's)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .syntax import closes_quotation


def quote_closes_before(doc: Doc, i: int) -> bool:
    """Whether the token before ``doc[i]`` closes a quotation, or is a comma right after one that does."""
    if i < 1:
        return False
    if closes_quotation(doc[i - 1]):
        return True
    return i >= 2 and doc[i - 1].text == "," and closes_quotation(doc[i - 2])


def reported_clause(clause: Token) -> Token | None:
    """The cue's complement that ``clause`` is, or goes on from as a second clause opened by 'that'; else None."""
    if clause.dep_ == "ccomp":
        return clause
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return clause.head
    return None
