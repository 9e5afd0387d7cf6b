"""A verb of saying that opens its sentence, its speaker after it and the quotation after a colon
or a comma, mended before every rule reads the parse: 'Said one resident: "We have had enough."',
'Added the mayor, "This is only the beginning."', 'Replied the mayor: "No."' (tagged a participle).

The parser reads the phrase after such a verb as its object (the verb has no subject), and may
hang the quoted clause on that phrase. A verb of saying that opens a sentence has no object
before a quotation: the phrase, when a colon or a comma and then a quotation mark follow it, is
the verb's subject, and a clause the parser hung on it inside the quotation is what the verb says
(as ``inverted`` reads such a phrase after a closing quotation).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of


def fronted_cues(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make the phrase after each such verb its subject and the
    quoted clause its clause; none when there is no such verb."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in positions(words.dep, "ROOT", 0, len(words.dep)):  # (found in C: the 'ROOT' words only)
        if words.tag[i] not in ("VBD", "VBZ", "VBN") or not words.text[i][:1].isupper():
            continue  # (no Token made)
        verb = doc[i]
        if not verb.is_sent_start:
            continue
        lex = lex or active_lexicon()
        if words.lemma[i].lower() not in lex.speech or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        phrase = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == i + 1), None)
        if phrase is None or phrase.pos_ not in ("NOUN", "PROPN"):
            continue
        # the phrase ends before its clause hung on it ('one resident' then ': "We have had enough"')
        inside = [c for c in phrase.rights
                  if c.dep_ in ("acl", "relcl", "ccomp") and any(t.is_quote for t in doc[phrase.i : c.i])]
        end = max((t.i for t in phrase.subtree if not t.is_punct and not any(t.i >= c.left_edge.i for c in inside)),
                  default=phrase.i)
        k = end + 1
        if k + 1 >= len(doc) or words.text[k] not in (":", ",") or not doc[k + 1].is_quote:
            continue
        heads[phrase.i], deps[phrase.i] = i, "nsubj"
        for clause in inside:
            if clause.i > k + 1:
                heads[clause.i], deps[clause.i] = i, "ccomp"
    return heads, deps
