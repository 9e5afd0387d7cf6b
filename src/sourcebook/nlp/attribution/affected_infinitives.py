"""The infinitive of what a verb of urging bids, read as the complement of a word right after the one bidden that
says whom the appeal is for, mended in place before the rules run (``mends``).

'The charity urged anyone affected to get in touch', 'Police urged anyone concerned to call 101', 'The firm has asked
customers affected to contact it': the parser hangs 'to get in touch' on 'affected' ('affected to get'), so the verb
has no complement and no rule reads what was urged. After a verb that bids (``_BIDDING``), its object and one word of
``bidden_modifiers.txt`` right after it ('affected', 'concerned', 'interested'), an infinitive right after that word,
its only dependant, is what the verb bids: it becomes the verb's complement. Not a word that takes an infinitive of
its own ('urged anyone able to help to call', 'people struggling to pay'), nor a verb that has a complement already.
Appeals and advice to those it may concern are common in police and money news; PolNeAR's political news has none."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import word_set
from .tables import places, words_of

_MODIFIERS = word_set("attribution/bidden_modifiers")
#: verbs whose object and infinitive are the one bidden and what they are bidden to do
_BIDDING = frozenset(["urge", "advise", "encourage", "implore", "exhort", "instruct", "beseech", "ask", "tell", "invite",
                      "remind", "warn", "call"])


def affected_infinitives(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such infinitive its verb's complement; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in places(words.lower, _MODIFIERS, 1, len(words.lower) - 2):  # (found in C)
        # ('affected' on the noun before it, or read as the verb's own complement, 'asked anyone interested'; 'to'
        # opening a clause hung on it; no Token made before)
        on_noun = words.dep[i] in ("acl", "amod") and words.head[i] == i - 1
        on_verb = words.dep[i] == "xcomp" and words.head[i] == words.head[i - 1] and words.dep[i - 1] == "dobj"
        if not (on_noun or on_verb) or words.dep[i + 1] != "aux" or words.lower[i + 1] != "to" or (
                words.head[words.head[i + 1]] != i):
            continue
        bidden = doc[i - 1]
        # the one bidden: the verb's object, or the object of its 'on' ('called on those affected to X')
        verb = bidden.head if bidden.dep_ == "dobj" else bidden.head.head if (
            bidden.dep_ == "pobj" and bidden.head.lower_ == "on") else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _BIDDING or any(
                c.dep_ in ("xcomp", "ccomp") and c.i != i for c in verb.children):
            continue
        clause = list(doc[i].children)
        if len(clause) != 1 or clause[0].dep_ != "xcomp" or clause[0].left_edge.i != i + 1:
            continue
        heads[clause[0].i], deps[clause[0].i] = verb.i, "xcomp"
        if on_verb:
            heads[i], deps[i] = i - 1, "amod"  # (the word goes on the one it says is bidden)
    return heads, deps
