"""A verb joined by 'and' that the parser hung on a verb of another form deep in the clause
before it, mended before every rule reads the parse: 'The senator has urged the agency to audit
the firms that run the program and proposed a new law.'

The parser may join the second verb of a subject's series to the last verb it met (here 'run',
in a relative clause), so that the first verb's report runs on over the second act and the second
act gets the relative's subject. Verbs in a series share their form: a verb with no subject of
its own, after 'and' or 'but', whose head is of another form (a present 'run' for a past
'proposed', a gerund after a preposition for a past) goes on the nearest verb above its
head that has the same form and a subject of its own ('has urged' and 'proposed': a past); a
verb of the same form or tag as its head is left where it is ('praised the firemen who saved the
building and promised X' may be either's), and so is one inside a reported or a subordinate
clause ('said she could not vote for him but understood why others did', 'the plan looked sound
when the report was published and named X': the clause's subject goes on). Not a copula ('the
plan was sound and urged X': a copula's subject is seldom the one who urges). A participle goes
on a participle set off by a comma above it, which has no subject of its own but shares its
clause's, even out of what that participle reports ('..., urging voters to see X and promising
Y', '..., warning that the group could enter and implying Z')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .tables import positions, words_of

_JOINS = frozenset({"and", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VBG"})


def tense_series(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make such a verb (and its 'and') a conjunct of the verb it goes on."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    words = words_of(doc)
    for i in positions(words.dep, "conj", 0, len(words.dep)):  # (found in C: the 'conj' words only)
        if words.tag[i] not in _TAGS:
            continue  # (no Token made)
        verb = doc[i]
        if verb.pos_ != "VERB" or any(c.dep_ in (*_SUBJECTS, "expl", "aux", "auxpass") for c in verb.children):
            continue
        join = doc[verb.i - 1]
        if join.dep_ != "cc" or join.lower_ not in _JOINS:
            continue
        form = _form(verb)
        if form is None or _form(verb.head) == form or verb.head.tag_ == verb.tag_:
            continue
        above = _series_head(verb, form)
        if above is not None:
            heads[verb.i], heads[join.i] = above.i, above.i
            deps[verb.i] = "conj"
    return heads, deps


def _series_head(verb: Token, form: str) -> Token | None:
    """The nearest verb above ``verb``'s head, before it, of ``form`` and with a subject of its own
    (a participle: or one set off by a comma, which shares the subject of the clause it closes)."""
    token = verb.head
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "advcl") and form != "participle":
            return None  # (a reported or subordinate clause's series: 'said she could not vote for him but understood X')
        token = token.head
        if token.i > verb.i or token.pos_ not in ("VERB", "AUX"):
            continue
        if _form(token) == form and token.lemma_ != "be" and (
                any(c.dep_ in _SUBJECTS for c in token.children) or _set_off_participle(token)):
            return token
    return None


def _set_off_participle(token: Token) -> bool:
    """'..., urging X to Y': a participle after a comma that closes its verb's clause; a bare
    participle joined by 'and' inside what it says ('urging voters to see X and promising Y',
    'warning that the group could enter and implying Z') goes on with it, not the clause inside it."""
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > 0 and token.doc[token.i - 1].text == "," and (
        token.head.i < token.i)


def _form(verb: Token) -> str | None:
    """A verb's form in a series: a past ('said', 'has said'), a present ('says', 'say'), a participle
    ('saying', 'is saying') or none of these (a gerund after a preposition, an infinitive)."""
    tag = verb.tag_
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if tag == "VBD" and not helpers:
        return "past"
    if tag == "VBN":
        if not helpers:
            return "past" if verb.dep_ == "conj" else None
        return "past" if any(c.lemma_ == "have" for c in helpers) else None
    if tag in ("VBZ", "VBP") and not helpers:
        return tag  # (a present agrees in number too: 'officials say the firm failed to pay and owes X')
    if tag == "VBG" and verb.dep_ not in ("pcomp", "pobj", "csubj", "nsubj", "dobj", "xcomp", "amod", "compound"):
        return "participle" if not helpers or any(c.lemma_ == "be" for c in helpers) else None
    return None
