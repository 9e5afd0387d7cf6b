"""A capitalised last word of a name that the parser read as an adverb of the verb after it, mended
in place before the rules run (``mends``).

'Charity Homes Now said the cuts were cruel', 'Campaign group Parents Together said X': the tagger
may read a name's last word that is also an adverb ('Now', 'Together', 'First', 'Forward') as the
verb's adverb (or tag it a proper noun and still hang it on the verb as one), so the source ends one
word early ('Charity Homes'). Capitalised inside the sentence, right after the verb's subject (a
proper noun) and right before the verb, it ends the name: the word becomes the subject, the words
before it its compounds. Not at a sentence's start ('Now said is the time'), nor in a title-case
headline whose verb is capitalised too ('Mayor Now Says X'), nor with anything between it and the
verb ('Ruiz Now, however, said').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import positions, words_of

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def name_adverbs(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such adverb the head of the name before it, the
    verb's subject; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in positions(words.dep, "advmod", 0, len(words.dep)):  # (found in C: the 'advmod' words only)
        if (i < 2 or i + 1 >= len(doc) or words.head[i] != i + 1 or words.tag[i] not in ("RB", "NNP")
                or not words.text[i][:1].isupper() or words.text[i].isupper()):
            continue  # (no Token made)
        adverb, verb, name = doc[i], doc[i + 1], doc[i - 1]
        if adverb.is_sent_start or name.is_sent_start and name.pos_ != "PROPN" or verb.text[:1].isupper():
            continue
        if verb.pos_ not in ("VERB", "AUX") or name.pos_ != "PROPN" or name.dep_ not in _SUBJECTS or name.head.i != verb.i:
            continue
        heads[adverb.i], deps[adverb.i] = verb.i, name.dep_
        heads[name.i], deps[name.i] = adverb.i, "compound"
    return heads, deps
