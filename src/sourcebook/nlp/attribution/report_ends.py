"""Where a cue's report ends when the parser hung a later verb on its clause:

* the sentence's own verb read into a report in a relative clause: 'The bill, which critics say
  will raise prices, passed the Senate' (with the relative clause's antecedent as the sentence's
  root, the parser hangs 'passed' on the reported clause as a conjunct after the comma); the
  report ends at that comma (``content.verb_content``, ``relative_report`` for 'which they say X');
* a quotation after a participle of saying with its addressee: '"X," Weaver said on Monday,
  telling reporters, "Y."' ('Y' hung on 'said' is no clause of its own there; the quotation is
  joined to the cue's words as a split quotation is, ``content._clauses``)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of, rights_of
from .lexicon import Lexicon
from .syntax import span_of, subtree_span

_NOMINAL = ("NOUN", "PROPN", "PRON")
_VERB_TAGS = ("VB", "VBD", "VBZ", "VBP")


def main_verb_in_relative_report(verb: Token) -> Token | None:
    """The conjunct of the cue's reported clause (the cue ``verb`` a verb of a relative clause on
    a noun the parser left as the sentence's root) that is the sentence's own predicate: a verb
    after a comma, with no conjunction before it and no subject of its own."""
    head = verb.head
    if verb.dep_ != "relcl" or head.dep_ != "ROOT" or head.pos_ not in _NOMINAL:
        return None
    clause = next((c for c in rights_of(verb) if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is None:
        return None
    doc = verb.doc
    for child in clause.rights:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.tag_ not in _VERB_TAGS:
            continue
        if doc[child.left_edge.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            return None
        if any(c.dep_ == "cc" and c.i < child.i for c in clause.children):
            return None
        return child
    return None


def relative_report(lex: Lexicon, verb: Token) -> list[tuple[int, int]] | None:
    """'which they say left a vacuum', 'who he believes will win': the relative pronoun is the
    subject of the reported clause, so the content is the pronoun and that clause (the parser
    makes the pronoun a second subject of the cue and the clause its complement)."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i]
    relative = next((c for c in subjects if c.lower_ in lex.relative_pronouns), None)
    clause = next((c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i), None)
    if relative is None or clause is None or len(subjects) < 2:
        return None
    start, end = subtree_span(clause)
    main = main_verb_in_relative_report(verb)
    return [span_of([relative]), (start, end if main is None else min(end, verb.doc[main.left_edge.i - 1].idx))]

def told_between(lex: Lexicon, verb: Token, clause: Token) -> bool:
    """'"X," Weaver said on Monday, telling reporters, "Y."': a participle of saying with its
    addressee between the cue and a quotation after it (the parser hung the quotation on the
    cue) is what reports that quotation."""
    opener = clause.doc[clause.left_edge.i]
    return clause.i > verb.i and opener.is_quote and any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and verb.i < c.i and c.right_edge.i < opener.i and c.lemma_.lower() in lex.speech
        and any(g.dep_ in ("dobj", "dative") for g in c.children) for c in children_of(verb))
