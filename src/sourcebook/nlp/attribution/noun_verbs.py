"""A sentence's verb of saying, thinking or taking a stance read as the noun at the root of a noun
phrase, mended before every rule reads the parse: 'The new ad slams the mayor for X', 'Many fear
the bridge will close', 'Rivera Questioned Why X'.

The parser may read the whole sentence as one noun phrase whose last noun is the verb ('ad slams',
'Many fear'), the words after it its objects or clauses; the sentence then has no verb and the
report no cue. A noun at the root of its sentence, right after a noun, a number, a pronoun or a
sentence's first adjective ('Many'), that is a form of a cue verb and is followed by what opens an
object or a clause (a name, a determiner, a pronoun, 'that', 'why') is that verb: the child that
holds the word before it is its subject, the words before that child hang on the subject, and a
name the parser set beside it with no comma ('slams Pratt') is its object. A verb of taking a
stance may also take a gerund the parser hung on the noun as its clause ('Two-thirds support
reducing X'): that gerund is its object, when the subject is one that can take a side (``holders``; not 'The
deal envisions returning X').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import VerbArcs
from .holders import holds_views
from .lexicon import active_lexicon
from .tables import positions, words_of

#: what the word before the verb may be tagged: the end of its subject
_SUBJECT = frozenset(["NN", "NNS", "NNP", "NNPS", "CD", "PRP"])
#: what the word after the verb may be tagged: the start of its object or clause
_OBJECT = frozenset(["DT", "NNP", "NNPS", "PRP", "PRP$", "WP", "WRB", "WDT", "CD", "JJ", "NN", "NNS"])
#: the words that open a clause of saying
_OPENERS = frozenset(["that", "whether", "if", "how", "why", "what"])
#: the dependents of a noun that no verb of saying takes after it
_NOMINAL = frozenset(["relcl", "acl"])


def noun_verbs(doc: Doc) -> VerbArcs:
    """The arcs that make each such noun a verb with its subject, and the verbs with their tags
    and lemmas."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str, str]] = []
    lex = None
    words = words_of(doc)
    for i in positions(words.dep, "ROOT", 0, len(words.dep)):  # (found in C: the 'ROOT' words only)
        if i == 0 or i + 1 >= len(doc) or words.tag[i] not in ("NN", "NNS", "NNP", "NNPS"):
            continue  # (no Token made)
        lex = lex or active_lexicon()
        lemma = lex.verb_lemmas.get(words.lower[i])
        if lemma is None or not (lemma in lex.speech or lemma in lex.belief or lemma in lex.stance_object):
            continue
        token, before, after = doc[i], doc[i - 1], doc[i + 1]
        if before.sent.start != token.sent.start or after.sent.start != token.sent.start or after.is_space or after.is_punct:
            continue
        if not (before.tag_ in _SUBJECT or before.tag_ == "JJ" and before.is_sent_start):
            continue  # (not 'The only hope X': an adjective after a determiner)
        # ('Two-thirds support reducing X': a stance verb's gerund, read as the noun's clause, is its object)
        gerund = after.tag_ == "VBG" and after.dep_ == "acl" and after.head.i == i and lemma in lex.stance_object
        if before.ent_type_ in ("DATE", "TIME") or not (after.tag_ in _OBJECT or after.lower_ in _OPENERS or gerund):
            continue
        said = _said_clause(token)
        said_at = said.i if said is not None else -1
        if any((c.dep_ in _NOMINAL and not (gerund and c.i == i + 1) and c.i != said_at)
               or c.dep_ == "appos" and doc[c.left_edge.i - 1].is_punct for c in token.children):
            continue  # (a noun's clause or a name set off after it: 'The 20 states that X classifies')
        if not any(c.i > i for c in token.children):
            continue
        subject = before
        while subject.head.i != i:
            if subject.head.i == subject.i or subject.head.i > i:
                break
            subject = subject.head
        if subject.head.i != i or gerund and not holds_views(lex, subject):
            continue  # (a gerund's subject holds views: not 'The deal envisions returning X')
        heads[subject.i], deps[subject.i] = i, "nsubj"
        for child in token.children:
            if child.i < subject.i:
                heads[child.i] = subject.i
            elif child.i == next(c.i for c in token.rights) and child.dep_ == "appos":
                deps[child.i] = "dobj"  # ('ad slams Pratt for X': the name its object)
            elif gerund and child.i == i + 1:
                deps[child.i] = "xcomp"  # ('support reducing X', as the parser reads the verb's)
            elif child.i == said_at:
                deps[child.i] = "ccomp"  # ('Kilbride Water forecast that bills would rise': the clause reported)
        verbs.append((token, _tag(token), lemma))
    return heads, deps, verbs


def _said_clause(token: Token) -> Token | None:
    """The clause right after the noun that the parser read as its relative clause or its modifier though 'that' only
    opens it and the clause has a subject of its own: the clause the verb reports ('Kilbride Water forecast that
    household bills would rise'; not 'the 20 states that X classifies', whose 'that' is the clause's object)."""
    after = token.nbor(1)
    clause = after.head
    if token.i == 0 or token.nbor(-1).pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # (no subject right before it: 'False claims that the vote was rigged spread online')
    if after.lower_ != "that" or after.dep_ != "mark" or clause.dep_ not in _NOMINAL or clause.head.i != token.i:
        return None
    return clause if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) else None


def _tag(token: Token) -> str:
    """The tag of the verb the noun is: third person, past or present."""
    lower = token.lower_
    if lower.endswith("ed") or lower in ("said", "told", "thought", "wrote", "felt"):
        return "VBD"
    return "VBZ" if lower.endswith("s") else "VBP"
