"""A verb of saying or of a finding that closes its sentence after a comma and its own subject, which the
parser hung inside the reported clause before the comma, mended before every rule reads the parse:
'Turnout was 37%, a survey by Pollwise found.', 'About 70% of the ads come from outside groups, tallies
by Kantar show.'

After a figure or a noun the parser may read such a verb as a relative clause on the word before the
comma ('37%, a survey found' as 'the 37% a survey found') or as a bare clause deep in the reported one:
the sentence's own verb then had no report and the verb no clause, and the sentence reported nothing.
A verb of the lexicon ('found', 'showed', 'said') right before the sentence's closing stop, whose
subject is the whole phrase between the comma and it, and which holds nothing else but an adverb, is the
sentence's verb: the clause before the comma, with a subject of its own and no conjunction opening it,
is its report. Not a relative clause on a noun set off after the comma ('37%, a rate the survey found':
the subject is not the whole phrase), nor one after a clause opened by 'if' or 'when'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import Arcs, merged
from .lexicon import active_lexicon
from .tables import words_of
from .word_forms import listed

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
#: what the verb may hold besides its subject ('also found')
_ALLOWED = frozenset(["nsubj", "advmod", "punct"])
_STOPS = frozenset([".", "!", "?"])


def closing_findings(doc: Doc) -> Arcs:
    """The arcs that make each such verb its sentence's head, the phrase before it its subject and the
    clause before the comma its report (empty tables when no sentence reads so)."""
    stops = words_of(doc).text
    # (``_cue_before``'s first test read from the words' list: a sentence's root sought only before a stop)
    return merged(_arcs(sent.root, sent[-1]) for sent in doc.sents if len(sent) > 4 and stops[sent.end - 1] in _STOPS)


def _cue_before(stop: Token) -> Token | None:
    """The verb of the lexicon right before the sentence's closing stop, in the present or the past."""
    if stop.text not in _STOPS or stop.i == 0:
        return None
    verb = stop.doc[stop.i - 1]
    lex = active_lexicon()
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not (
            verb.lower_ in lex.speech_forms or listed(verb, lex.poll_verbs)):
        return None
    return verb


def _arcs(root: Token, stop: Token) -> Arcs | None:
    verb = _cue_before(stop)
    if verb is None or verb.i == root.i or verb.dep_ == "ROOT" or root.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or any(c.dep_ not in _ALLOWED for c in verb.children):
        return None
    subject = subjects[0]
    comma = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if comma is None or comma.text != "," or subject.right_edge.i != verb.i - 1 or comma.i <= root.i:
        return None  # (the whole phrase between the comma and the verb is its subject, after the clause's verb)
    if verb.head.i >= comma.i or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if not any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in root.children if c.i < root.i):
        return None  # (no clause of its own before the comma)
    if any(c.dep_ == "mark" for c in root.children) or root.left_edge.i != root.sent.start:
        return None  # ('If prices rise, a survey found': no report of its own before the comma)
    heads = {verb.i: verb.i, root.i: verb.i, comma.i: verb.i, stop.i: verb.i}
    deps = {verb.i: "ROOT", root.i: "ccomp", comma.i: "punct", stop.i: "punct"}
    return heads, deps
