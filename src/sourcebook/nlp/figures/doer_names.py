"""A doer's name as written, for a figure's ``agent`` and payer: "the Clinton campaign" -> "Clinton campaign",
"First-time buyers paid £53,000" -> "First-time buyers" (not "First time buyers"): the words before the noun that
name it, the determiners left out, a hyphen kept where the text joins words with one. Money pages name their doers so
('basic-rate taxpayers', 'self-employed workers'). And the doer itself, for a verb joined to another by 'and' or
'to' (``verb_doer``): its own subject if it has one ("Harlow Council spent £4m and Kessock Council spent £2m": the
second sum is Kessock Council's), else the first verb's ("The firm earned $2m and spent $1m": the firm's both times),
one rule for whose a sum is (``money``) and whose a tally is (``tallies``)."""

from __future__ import annotations

from spacy.tokens import Token


def verb_doer(verb: Token, by_agent: bool = False) -> Token | None:
    """Who does ``verb``: its own subject, else (``by_agent``) the "by" of its passive, else, when it has no subject
    and is joined to a verb before it by "and" or "to" ("raised £3m and spent £2.5m", "went on to win"), that verb's
    doer; None when a verb on the way has only a passive subject ("was fined £2m and paid ...": nobody's doing)."""
    while True:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None and by_agent:
            doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if doer is not None or any(c.dep_ == "nsubjpass" for c in verb.children) or \
                verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return doer
        verb = verb.head


def name_of(tok: Token) -> str:
    """A doer as written, without determiners: "the Clinton campaign" -> "Clinton campaign"; a description's name
    when one is set beside it, "Its rival, Norcastle Ltd," -> "Norcastle Ltd", "its rival Nordvik" -> "Nordvik"."""
    if tok.tag_ not in _PROPER and (named := next((c for c in tok.children if c.dep_ == "appos" and c.tag_ in _PROPER
                                                   and tok.doc[c.left_edge.i - 1].text == ","), None)) is not None:
        tok = named  # ('Its rival, Norcastle Ltd, paid $3m': the name, not the description before it)
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") or t.tag_ == "NNP"]
    first = min((t.left_edge.i for t in words), default=tok.i)
    if tok.tag_ in _PROPER:
        first = max(first, _name_start(tok, first))
    doc = tok.doc
    name = ""
    for t in doc[first:tok.i + 1]:
        if t.text == "-" and t.i > first and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            name += "-"  # ('First-time': a hyphen inside a word, glued to both sides)
        elif t.dep_ not in ("det", "case", "punct"):
            name += t.text if not name or name.endswith("-") else " " + t.text
    return name.strip()


#: the tags of a proper noun
_PROPER = ("NNP", "NNPS")


def _name_start(tok: Token, first: int) -> int:
    """Where the name a proper noun ends starts when a description in lower case comes before it ("its rival Nordvik",
    "former champion Ilse Varga": the name's first word); ``first`` when none does ("the Clinton campaign")."""
    doc = tok.doc
    start = tok.i
    while start > first and (doc[start - 1].tag_ in _PROPER or doc[start - 1].text in ("&", "-", ".")):
        start -= 1
    described = any(t.tag_ in ("NN", "NNS", "JJ") and t.is_lower for t in doc[first:start])
    return start if described else first
