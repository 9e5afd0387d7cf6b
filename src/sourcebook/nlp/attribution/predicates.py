"""What the parser hung on a cue verb after its reported clause that goes on with that clause: a
noun ending the clause's list ('concluded that he had used funds for travel, hotel stays and meals'),
the attribute of the clause's copula past an aside ('told me that police were, at the time, the only
officials willing to talk'); a free relative the parser read as a clause joined to a list ('showed
spoil piles and what appeared to be a building'); and a headline's next clause after a comma ('IAEA says
stockpile grew, inspectors again denied access'). Also the 'that' opening a reported clause after an aside, read as
a mark or as the determiner of the clause's subject ('told the crowd, through an interpreter, that aid would come').

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ..sentences import in_headline
from .kids import children_of, rights_of


def list_read_as_conjunct(verb: Token, clause: Token) -> Token | None:
    """'concluded that he had used funds for first-class travel, hotel stays and meals': a noun
    the parser joined to the cue right after its reported clause (a verb joins no noun) goes on
    the list the clause ends with; so does the attribute of its copula past an aside (``attribute_past_an_aside``)."""
    doc = verb.doc
    attribute = attribute_past_an_aside(verb, clause)
    if attribute is not None:
        return attribute
    return next((c for c in rights_of(verb) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > clause.i
                 and all(t.text == "," for t in doc[clause.right_edge.i + 1 : c.left_edge.i])), None)


def attribute_past_an_aside(verb: Token, clause: Token) -> Token | None:
    """'told me that police were, at the time, the only officials willing to talk': a copula with no
    attribute of its own ends the reported clause before an aside set off by commas; the noun after
    the aside, which the parser hung on the cue as an object, is its attribute."""
    doc = verb.doc
    if clause.lemma_ != "be" or any(c.dep_ in ("attr", "acomp", "oprd", "ccomp", "xcomp", "advcl") for c in children_of(clause)):
        return None
    end = clause.right_edge.i
    if doc[end].text != "," or doc[clause.i + 1].text != ",":
        return None  # (the aside right after the copula, closed by a comma: 'were, at the time,')
    return next((c for c in rights_of(verb) if c.dep_ in ("dobj", "attr", "npadvmod") and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == end + 1), None)


def free_relative(verb: Token) -> bool:
    """'images showed spoil piles, a paved road and what appeared to be a building': a verb joined to a
    verb's object whose subject is 'what' opening it is a free relative, a noun phrase the parser read as
    a clause; it is one more object ('said X and what he wanted' too), not another report."""
    first = verb.doc[verb.left_edge.i]
    return (verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and first.lower_ in ("what", "whatever")
            and first.dep_ in ("nsubj", "nsubjpass", "dobj") and first.head.i == verb.i)


def clause_spliced_in_headline(verb: Token, clause: Token, speech: Collection[str] = ()) -> Token | None:
    """'IAEA says Varesh uranium stockpile grew, inspectors again denied access': a headline joins
    the clauses it reports with a comma, and the parser made the cue the complement of the next
    clause's verb, which goes on with the report; a verb with nothing after its subject is the
    headline's tail cue ('Engineer Says Firm Stole Design, Lawsuit Alleges'), not a clause of the report;
    nor is a verb of ``speech`` with a clause of its own ('Union says 90% walked out, company says most
    trains ran': another report; not 'inspectors denied access')."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or head.i <= clause.right_edge.i or not in_headline(verb) or (
            head.lemma_.lower() in speech and any(c.dep_ == "ccomp" and c.i > head.i for c in children_of(head))):
        return None
    subject = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.right_edge.i), None)
    if subject is None or [t.text for t in verb.doc[clause.right_edge.i + 1 : subject.left_edge.i]] != [","]:
        return None
    return head if any(c.i > head.i and c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "oprd")
                       for c in children_of(head)) else None


def _number(token: Token) -> str | None:
    """'sg' or 'pl' for a subject or a present-tense (or 'was'/'were') verb; None when the form does not say."""
    lower, tag = token.lower_, token.tag_
    if tag in ("NNS", "NNPS") or lower in ("they", "we") or tag == "VBP" or lower == "were":
        return "pl"
    if tag in ("NN", "NNP") or lower in ("he", "she", "it") or tag == "VBZ" or lower == "was":
        return "sg"
    return None


def agrees_with_the_clause(verb: Token, clause: Token) -> Token | None:
    """'told reporters the polls could be "way off," and have been wrong before': a verb the
    parser joined to the cue after its reported clause, with no subject of its own, whose
    form agrees with the clause's subject and not with the cue's ('have' cannot go with 'the
    mayor') is more of the clause."""
    for conj in rights_of(verb):
        if conj.dep_ != "conj" or conj.i <= clause.right_edge.i:
            continue
        if conj.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(conj)):
            return None
        form = conj if conj.tag_ in ("VBZ", "VBP") else next(
            (c for c in children_of(conj) if c.dep_ in ("aux", "auxpass") and c.i < conj.i and _number(c)), None)
        said_by = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        reported = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if form is None or said_by is None or reported is None:
            return None
        number = _number(form)
        return conj if number is not None and _number(said_by) not in (None, number) and _number(reported) == number else None
    return None


def that_opening(clause: Token) -> Token | None:
    """The 'that' opening ``clause`` after words of the clause before it ('said, citing officials, that X'), or one the
    parser read as the determiner of the clause's subject ('told the crowd, through an interpreter, that aid would
    come'); ``tails.without_writer_tail`` starts the clause after it."""
    first = clause.left_edge.i
    return next((g for g in children_of(clause) if g.dep_ == "mark" and g.lower_ == "that" and g.i > first), None) or next(
        (g.left_edge for g in clause.lefts if g.dep_ in ("nsubj", "nsubjpass") and g.left_edge.lower_ == "that"
         and g.left_edge.dep_ == "det" and g.left_edge.i > first), None)
