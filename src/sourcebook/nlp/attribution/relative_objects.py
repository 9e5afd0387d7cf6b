"""A stance, belief or statement in a relative clause whose object is the noun it hangs on, the
clause set off from the sentence: the subject of the relative clause holds it, and what it is
about is the relative pronoun or the noun (as PolNeAR marks them).

* the pronoun after a comma, a dash or a bracket: 'The council scrapped the levy, which the mayor
  had opposed', 'the merger — which regulators had disputed — went ahead' (``set_off_relative_object``;
  ``content.finished_contents`` drops a content that is a bare pronoun, 'wants what', but keeps this);
* a noun set after a comma or a dash to sum up what came before, with a clause without a
  pronoun or with 'that': 'The senator voted against the bill, a measure she once backed', 'He
  cut the grant - a decision that the board later praised' (``apposed_object``; a noun of saying
  or a verb that disputes, 'X, a claim the army denied', is a denial of X: ``denials``).

On PolNeAR train, 15 of 18 clauses of the first kind with a cue verb that no rule took are gold
attributions, and 6 of 7 of the second (without a preposition in the clause: 'the cause they
fought for' is 4 of 8); a restrictive clause is far less often one ('the plans that voters
want', 'everything he says': 30 of 157), nor is a clause whose subject is 'it' ('a title it
still holds'). Measured on train (the ranker as trained before): the first kind adds 7 records,
5 right; the second 1, right."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: the relative pronouns that may be the object of the clause's verb
_OBJECT_PRONOUNS = frozenset(["which", "who", "whom"])
#: the marks that set a relative clause off from its noun
_SETTING_OFF = frozenset([",", "(", "\u2014", "\u2013", "--", "-"])


def set_off_relative_object(verb: Token, contents: list[tuple[int, int]]) -> bool:
    """Whether ``contents`` is the one relative pronoun that is the object of ``verb``, a verb
    of a relative clause set off from its noun with a subject of its own."""
    if verb.dep_ != "relcl" or len(contents) != 1:
        return False
    children = list(children_of(verb))
    pronoun = next((c for c in children if c.dep_ == "dobj" and c.i < verb.i and c.lower_ in _OBJECT_PRONOUNS), None)
    if pronoun is None or (pronoun.idx, pronoun.idx + len(pronoun)) != contents[0] or pronoun.i == 0:
        return False
    if verb.doc[pronoun.i - 1].text not in _SETTING_OFF:
        return False
    subjects = [c for c in children if c.dep_ == "nsubj" and pronoun.i < c.i < verb.i]
    return len(subjects) == 1 and subjects[0].pos_ in ("NOUN", "PROPN", "PRON") and subjects[0].lower_ not in ("it", "there")


#: what a relative clause whose gap is its object may have beside its subject, verb and adverbs
_NO_GAP = frozenset(["ccomp", "xcomp", "nsubjpass", "auxpass", "prt", "dative", "oprd", "acomp", "dobj", "prep", "agent",
                     "advcl", "attr"])


def apposed_object(verb: Token) -> list[tuple[int, int]] | None:
    """The content of a cue verb in a relative clause without a pronoun (or with 'that') on a
    noun set after a comma or a dash ('..., a promise the union had welcomed'): the noun phrase
    up to its noun; None when ``verb`` is no such verb."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.dep_ not in ("appos", "npadvmod") or noun.i > verb.i:
        return None
    first = noun.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text not in _SETTING_OFF:
        return None
    children = list(children_of(verb))
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN", "PRON") or subjects[0].tag_ in ("WDT", "WP") or (
            subjects[0].lower_ in ("it", "there")):
        return None
    if any(c.dep_ in _NO_GAP and not (c.dep_ == "dobj" and c.lower_ == "that" and c.i < subjects[0].i) and not _whole_prep(c)
           for c in children) or any(c.tag_ in ("WP", "WDT") and c.i < subjects[0].i for c in children):
        return None  # (the object 'that' is the gap: 'a point that the auditors disputed'; a 'who' the parser
        # hung as a modifier is a relative pronoun: 'a major who the senator fired in June')
    return [(first.idx, noun.idx + len(noun))]


def _whole_prep(child: Token) -> bool:
    """A preposition after the verb with its own object ('a fact he mentions on the stump',
    'a point she acknowledged to reporters'): where or to whom, not the clause's gap (a
    stranded one is: 'the cause they fought for')."""
    return child.dep_ == "prep" and child.i > child.head.i and any(g.dep_ in ("pobj", "pcomp") for g in child.children)
