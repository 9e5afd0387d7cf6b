"""A second verb of saying the parser hung as a second reported clause of the first, mended in
place before the rules run (``mends``).

'The doctor said the patient was stable but warned that the next days were critical': the parser
may read 'warned' as a second clause that 'said' reports (its 'but' on the first clause), so that
the first report runs on over 'warned that X' and 'warned' is no report of its own. A clause has a
subject; a verb of saying with no subject of its own, after 'and' or 'but' that follows the verb's
first clause, and with a clause of its own to report, is the speaker's next act: it goes on the
first verb as its conjunct (and so does its 'and'), which then reports the first clause only. Not
when the verb has a subject ('said the plan failed and critics warned that X': a clause said),
nor when it has no clause of its own ('said she was tired but refused X': the rules judge that
one), nor when its form differs from the first verb's ('says the plan failed but warned X')."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of

_JOINS = frozenset({"and", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def paired_complements(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such verb (and its 'and') a conjunct of the verb
    of saying it was hung on; none when there is no such verb."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in positions(words.dep, "ccomp", 0, len(words.dep)):  # (found in C: the 'ccomp' words only)
        if words.pos[i] != "VERB" or words.tag[i] not in ("VBD", "VBN", "VBZ", "VBP"):
            continue  # (no Token made)
        first = words.head[i]
        # (one form: a past the tagger read as a participle goes on a past, 'said X but admitted Y')
        if first >= i or words.tag[first] != words.tag[i] and (words.tag[first], words.tag[i]) != ("VBD", "VBN"):
            continue
        lex = lex or active_lexicon()
        if words.lemma[i].lower() not in lex.speech or words.lemma[first].lower() not in lex.speech:
            continue
        verb = doc[i]
        semicolon = next((c.i for c in verb.children if first < c.i < i and c.dep_ == "punct" and c.lower_ == ";"), None)
        if semicolon is not None and any(c.dep_ in ("nsubj", "nsubjpass") and semicolon < c.i for c in verb.children):
            said = [c for c in (*doc[first].children, *verb.children) if c.dep_ == "ccomp" and first < c.i < semicolon]
            if len(said) == 1:  # ('said X; local media reported Y': a report of its own after the semicolon)
                heads[said[0].i], deps[said[0].i] = first, "ccomp"
                heads[i], deps[i] = first, "conj"
            continue
        if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue  # (a clause of its own: 'said the plan failed and critics warned that X')
        if not any(c.dep_ == "ccomp" and c.i > i for c in verb.children):
            continue  # (nothing of its own to report)
        clause = next((c for c in doc[first].children if c.dep_ == "ccomp" and first < c.i < i), None)
        join = doc[i - 1]
        if clause is None or join.lower_ not in _JOINS or join.dep_ != "cc" or join.head.i not in (clause.i, first, i):
            continue
        if any(t.is_punct and t.text not in (",",) for t in doc[clause.i : i]):
            continue  # (a quotation or a dash between: the clause may run on)
        heads[i], deps[i] = first, "conj"
        heads[join.i], deps[join.i] = first, "cc"
    return heads, deps
