"""An answer given as a fragment before a closing cue: 'Not necessarily, Dr Lee says.', 'Only if
your contract requires it, says employment lawyer Sam Okafor.', 'Probably not, the planner said.'
The parser finds no clause for the verb to report (the fragment hangs on it as an adverb or a
clause of condition), so the cue would wait for a quotation that never comes. A verb of saying
that ends its sentence, with nothing after it but its subject, set off by a comma from the words
that open the sentence, reports those words: the contents of a cue that no quotation completes
(``Candidate.fallback``). Not a phrase of place, time or occasion ('In a statement, the mayor
said.'), nor a participle's clause ('Asked about it, he said.'): those say where or how, not what."""

from __future__ import annotations

from spacy.tokens import Token

from .connectives import CONNECTIVES
from .lexicon import Lexicon

#: the longest fragment taken, in words
_LONGEST = 25
#: adverbs of time and sequence that open a narrated sentence, no answer ('Then, she apologized.')
_WHEN = frozenset(["then", "later", "afterwards", "afterward", "again", "finally", "eventually", "soon", "now", "next",
                   "earlier", "once", "thereafter", "subsequently", "initially", "first", "ultimately", "also", "too"])


def fragment_before(lex: Lexicon, verb: Token) -> list[tuple[int, int]] | None:
    """The words opening ``verb``'s sentence before the comma that sets off its closing cue
    clause, when they are a fragment it reports (see the module's docstring), else None."""
    if verb.lemma_.lower() not in lex.speech or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    sent, doc = verb.sent, verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative", "prep") for c in verb.children):
        return None
    clause = range(min(verb.i, subject.left_edge.i), max(verb.i, subject.right_edge.i) + 1)
    end = sent.end
    # (a paragraph's break the sentence ends on is no word after the cue: 'Yes, the survey said.' and a blank line)
    while end > clause.stop and (doc[end - 1].is_space or doc[end - 1].is_punct and not doc[end - 1].is_quote):
        end -= 1
    comma = clause.start - 1
    if end != clause.stop or comma <= sent.start or doc[comma].text != ",":
        return None
    words = doc[sent.start : comma]
    if len(words) > _LONGEST or any(t.is_quote or t.text in (":", ";") for t in words):
        return None
    roots = [t for t in words if not sent.start <= t.head.i < comma or t.head.i == t.i]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.dep_ == "prep" or root.pos_ == "ADP" or root.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in root.children):
        return None  # ('In a statement,', 'Asked about it,', 'Speaking on Monday,')
    if all(t.ent_type_ in ("DATE", "TIME") or t.is_punct or t.lower_ in _WHEN or t.lower_ in CONNECTIVES for t in words):
        return None  # ('Last week, she said.', 'Then, she apologized.': when, not what)
    return [(words[0].idx, words[-1].idx + len(words[-1]))]
