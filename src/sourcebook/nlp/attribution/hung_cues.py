"""A cue that ends a sentence after a quotation, a speaker and an aside set off by commas, which the
parser hung on the quoted clause: '"Stand back," the guard, pointing at the door, ordered.' The
parser may read 'ordered' as a participle (an adverbial clause of 'Stand') and 'the guard' as the
quoted verb's object, or hang the cue under the quoted clause as its complement ('"I lied," the
clerk, visibly pale, confessed'), so the cue had no subject and no content. Mended before the rules
run (``mends``): the cue heads the sentence, the quoted clause is its complement, the noun phrase
after the closing mark its subject and the aside its adverbial clause, as in '"...," the guard said'.
Only a verb of saying (or one used beside quotations) right before the sentence's last mark, after a
comma; only a sentence that opens with the quotation, closed by a comma, '?' or '!' before its mark;
only one noun phrase of nouns, names and their modifiers between the mark and the aside's opening comma."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import Arcs, merged
from .lexicon import active_lexicon
from .stranded_quotes import ASIDE_TAGS
from .tables import words_of
from .verbless_quotes import verbless_quotation

_OPEN = frozenset(['"', "\u201c"])
_CLOSE = frozenset(['"', "\u201d"])
#: the words of the speaker's noun phrase between the closing mark and the aside
_PHRASE_POS = frozenset(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"])


def cues_hung_on_quotations(doc: Doc) -> Arcs:
    """The arcs that make each such cue the head of its sentence (empty when none is misread)."""
    lex = active_lexicon()  # (a verb of saying, or one used beside quotations: 'ordered', ``quote_verbs.txt``)
    # (the tests read the words' table, kept in step with the parse by ``tables.forget``: no Token made per word)
    w = words_of(doc)
    return merged(_arcs(doc[i]) for i in range(6, len(w.text)) if w.tag[i] in ("VBD", "VBN")
                  and (w.lower[i] in lex.speech_forms or w.lemma[i].lower() in lex.quote_verbs)
                  and w.dep[i] in ("advcl", "ccomp", "conj", "parataxis", "ROOT") and w.text[i - 1] == ",")


def _arcs(verb: Token) -> Arcs | None:
    doc, sent = verb.doc, verb.sent
    if verb.i + 2 != sent.end or not doc[verb.i + 1].is_punct or sent[0].text not in _OPEN or verb.head.i > verb.i:
        return None
    close = next((t.i for t in doc[sent.start + 2 : verb.i] if t.text in _CLOSE and doc[t.i - 1].text in (",", "?", "!")), None)
    quoted = verb.head if close is None or verb.dep_ != "ROOT" else verbless_quotation(verb, close)
    if close is None or quoted is None or quoted.i >= close or not sent.start < quoted.i:
        return None
    comma = next((t.i for t in doc[close + 1 : verb.i] if t.text == ","), verb.i)
    phrase = doc[close + 1 : comma]
    if not 0 < len(phrase) <= 6 or comma + 2 >= verb.i or any(t.pos_ not in _PHRASE_POS for t in phrase):
        return None
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    aside = [t for t in doc[comma + 1 : verb.i - 1] if not comma < t.head.i < verb.i - 1 or t.head.i == t.i]
    if not nouns or len(aside) != 1 or aside[0].tag_ not in ASIDE_TAGS:
        return None
    subject = nouns[-1]
    heads = {verb.i: verb.i, quoted.i: verb.i, subject.i: verb.i, aside[0].i: verb.i, verb.i + 1: verb.i}
    deps = {verb.i: "ROOT", quoted.i: "ccomp", subject.i: "nsubj", aside[0].i: "advcl", verb.i + 1: "punct"}
    for token in phrase:
        if token.i != subject.i:
            heads[token.i], deps[token.i] = subject.i, "compound" if token.pos_ in ("NOUN", "PROPN") else token.dep_
    for token in (doc[close], doc[comma], doc[verb.i - 1]):
        heads[token.i], deps[token.i] = verb.i, "punct"
    return heads, deps
