"""A relative clause with no relative pronoun that ends on its preposition, set between a source
and its cue verb, which the parser took for the sentence's verb: mended in place before the rules
run (``mends``).

'A podiatrist we spoke to said most runners buy shoes too small', 'One farmer I talked to said the
price had halved', 'a nurse we spoke with says X': the parser made the noun phrase the sentence
(its head the root), 'spoke' a relative clause on it, and the cue verb a clause hung on 'to' or on
'spoke', so the cue had no subject. A preposition ending a relative clause has its object in the
noun the clause describes ('spoke to the podiatrist'); the finite cue verb right after it, with no
subject of its own, is the sentence's verb, and the noun is its subject. The relative clause stays
on the noun (PolNeAR's sources are maximal: 'A podiatrist we spoke to').

The parser may instead make the relative clause's verb the sentence's root, the noun before it a
loose modifier of it and the cue an infinitive or an object of the preposition ('Experts we spoke to
said the chart misled', 'Residents I talked to said X': 'to said' read as an infinitive); or hang
the clause on a pronoun ('Everyone I spoke to said X') or on a quantifier read as an adjective at the root ('Most
of the growers I spoke to believe X'). A finite verb after 'to' is no infinitive
and no object, nor is a bare verb after 'with' or after a verb of speaking's 'to' ('Parents I spoke
with say X', 'Most economists we talked to expect X'; not 'the men we hired to fix it'): the same
mending holds, and what opened the sentence before the noun goes to the verb. Or it may read the cue as the
preposition's object and the reported clause's verb as the root, the noun hung on it ('Buyers we heard from say
the boots need X'): the clause's verb is then the cue's clause, as it is when the parser reads the preposition
as the cue's 'to' and the cue as a clause of the relative clause's verb ('The nurses we spoke to said the ward was
understaffed': 'understaffed' the root, the nurses its passive subject).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import word_set
from .lexicon import active_lexicon
from .tables import Words, words_of

#: prepositions a relative clause ends on after a verb of meeting or speaking ('spoke to', 'talked with')
_STRANDED = frozenset(["to", "with", "from", "at", "about", "for"])
_FINITE = frozenset(["VBD", "VBZ", "VBP"])
#: what the parser makes of the noun before a relative clause it read as the sentence
_LOOSE = frozenset(["npadvmod", "nsubj", "dep"])
#: verbs of speaking that a bare verb after their stranded 'to' follows as the sentence's, no purpose of theirs
_SPEAKING = frozenset(["speak", "talk", "write", "listen", "reach"])
#: quantifiers that head a source with the phrase saying whose part ('Most of the growers I spoke to believe X')
_QUANTIFIERS = word_set("quantifier_pronouns")
#: what opens a sentence before its subject and belongs to its verb
_OPENERS = frozenset(["prep", "advmod", "npadvmod", "advcl", "punct", "intj", "cc"])


def stranded_relative(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make the cue verb after such a clause the sentence's verb
    and the noun the clause describes its subject; none when there is no such clause."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for p, lower in enumerate(words.lower):
        if lower not in _STRANDED or p < 3 or p + 1 >= len(words.lower):
            continue
        verb, relative = p + 1, p - 1
        if words.tag[verb] not in _FINITE and not (words.tag[verb] == "VB" and (
                lower != "to" or words.lemma[relative] in _SPEAKING)):
            continue  # ('nurses we spoke with say X', 'most we talked to expect X': no infinitive, not 'we hired to fix')
        if words.dep[relative] == "ROOT" and words.pos[relative] == "VERB":
            noun = _loose_noun(words, relative)  # ('Experts we spoke to said X': the clause read as the sentence)
        elif words.dep[relative] == "relcl" and words.pos[relative] == "VERB":
            noun = words.head[relative]
            clause = _clause_root(words, noun, verb, p)
            noun = noun if words.dep[noun] == "ROOT" or clause > 0 else _quantified(words, noun)
        else:
            continue
        if noun < 0 or words.pos[noun] not in ("NOUN", "PROPN", "PRON") and words.lower[noun] not in _QUANTIFIERS or (
                noun >= relative - 1):
            continue  # (the clause's own subject stands between: 'we', 'I', 'reporters')
        lex = lex or active_lexicon()
        if words.lower[verb] not in lex.verb_lemmas:
            continue
        if not any(words.head[k] == relative and words.dep[k] in ("nsubj", "nsubjpass") for k in range(noun + 1, relative)):
            continue
        if any(words.head[k] == verb and words.dep[k] in ("nsubj", "nsubjpass") for k in range(len(words.head))):
            continue  # (the verb has a subject of its own: no misreading)
        heads[verb], deps[verb] = verb, "ROOT"
        if words.dep[relative] == "relcl" and (clause := _clause_root(words, noun, verb, p)) > 0:
            heads[clause], deps[clause] = verb, "ccomp"  # ('Buyers we heard from say the boots need X': 'need' the clause)
            for k in range(clause + 1, len(words.head)):  # (the sentence's closing mark)
                if words.head[k] == clause and words.dep[k] == "punct" and words.lower[k] in (".", "!", "?"):
                    heads[k] = verb
        heads[noun], deps[noun] = verb, "nsubj"
        if words.dep[relative] == "ROOT" or words.head[relative] == noun:
            heads[relative], deps[relative] = noun, "relcl"  # (else it stays on the noun after 'of': 'the nurses')
        heads[p], deps[p] = relative, "prep"
        for k in range(verb + 1, len(words.head)):  # what hung on the noun phrase after the verb (its period)
            if words.head[k] in (noun, relative, p) and k not in heads:
                heads[k] = verb
        for k in range(noun):  # what opened the sentence, the clause's ('At the market, traders we spoke with')
            if words.head[k] in (noun, relative) and words.dep[k] in _OPENERS:
                heads[k] = verb
    return heads, deps


def _clause_root(words: Words, noun: int, verb: int, preposition: int) -> int:
    """The root of the reported clause when the parser read the cue as the stranded preposition's object and hung
    the noun on the clause's verb ('Buyers we heard from say the boots need X': 'say' the object of 'from', 'need'
    the root holding 'Buyers'), or the cue as a clause of the relative clause's verb, the preposition its 'to'
    ('The nurses we spoke to said the ward was understaffed': 'said' a clause of 'spoke', 'understaffed' the root
    with 'nurses' its passive subject), or -1."""
    clause = words.head[noun]
    if words.dep[noun] not in _LOOSE | {"nsubjpass"} or clause <= verb or words.dep[clause] != "ROOT" or (
            words.pos[clause] not in ("VERB", "AUX", "ADJ")):
        return -1
    if words.head[verb] == preposition and words.dep[verb] == "pobj":
        return clause
    misread = words.head[preposition] == verb and words.dep[preposition] == "aux" and words.dep[verb] == "advcl"
    return clause if misread and _hangs_on(words, verb, noun) else -1


def _hangs_on(words: Words, verb: int, noun: int) -> bool:
    """Whether ``verb`` is a clause of the relative clause on ``noun`` (its head's head is the noun)."""
    relative = words.head[verb]
    return words.dep[relative] == "relcl" and words.head[relative] == noun


def _loose_noun(words: Words, relative: int) -> int:
    """The noun the parser hung loose on the relative clause's verb read as the sentence's root
    ('Experts' of 'Experts we spoke to said X', a modifier of 'spoke'), or -1."""
    return next((k for k in range(relative) if words.head[k] == relative and words.dep[k] in _LOOSE), -1)


def _quantified(words: Words, noun: int) -> int:
    """The quantifier read as the sentence's root whose 'of' phrase holds ``noun`` ('Most' of 'Most of the nurses we
    spoke with say X', the relative clause hung on 'nurses'), or -1."""
    of = words.head[noun]
    if words.dep[noun] != "pobj" or words.lower[of] != "of" or words.dep[of] != "prep":
        return -1
    head = words.head[of]
    return head if words.dep[head] == "ROOT" and words.lower[head] in _QUANTIFIERS else -1
