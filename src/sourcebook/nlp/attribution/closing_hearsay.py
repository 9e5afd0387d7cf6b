"""Whether a record is hearsay with no source closing its sentence after the clause it reports, in a passive with
the expletive 'it': 'The stand will be rebuilt, it was claimed.', 'The base will close, it was reported last
night.', 'Two men were held, it is understood.'

The ranker's threshold does not judge these: the training data (American political news) has hardly any closing
'it was V-ed' (its one 'where, it is said, X' is marked with no source), and the form scores under the line
('X, it was claimed.' and 'X, it was reported.' are dropped) while the same verb opening the sentence with its
'that' clause passes ('It was claimed that X'); a British news page says nothing else by it. Only a verb of the
lexicon with 'it' for its passive subject, set off by a comma right after the content, with nothing after it but
words of time or manner (no clause, object or agent of its own: 'it was reported by X' names its source and is
judged as any report is); not negated ('X, it was not claimed') nor asked."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from .lexicon import Lexicon
from .record_cues import cue_words

#: what the verb may hold after it: words of time or manner ('it was claimed last night', 'it was reported today')
_AFTER = frozenset(["npadvmod", "advmod", "punct", "prep", "pobj", "det", "amod", "compound", "nummod", "tmod"])


def closing_hearsay(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` is such a closing 'it was V-ed' with no source and the clause before it for content."""
    if record.source is not None or record.cue is None or len(record.contents) != 1:
        return False
    span = cue_words(doc, record)
    verb = next((t for t in span if t.tag_ == "VBN"), None) if span is not None else None
    if verb is None or verb.lemma_.lower() not in lex.cue_verbs or record.contents[0].end > verb.idx:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ != "it" or subject.i == 0 or doc[subject.i - 1].text != ",":
        return False
    return _bare_close(verb) and not any(c.dep_ == "neg" for c in verb.children)


def _bare_close(verb: Token) -> bool:
    """Nothing after the verb to the sentence's end but its words of time or manner, and no '?' closing it."""
    rest = verb.doc[verb.i + 1 : verb.sent.end]
    return all(t.dep_ in _AFTER and verb in t.ancestors for t in rest) and not any(t.text == "?" for t in rest) and not any(
        t.dep_ == "prep" and t.lower_ == "by" for t in rest)
