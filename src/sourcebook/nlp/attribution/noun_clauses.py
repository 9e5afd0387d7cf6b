"""A noun of saying with its own 'that' clause heading the subject or set after a preposition of what came
after it, whoever holds it: 'A warning from the coastguard that the tide would turn early came too late',
'The pilots' complaint that rosters were unsafe reached the regulator', 'The vote was delayed after claims
that proxy forms had been forged', 'Following complaints that the siren was too loud, X'.

``nouns.noun_cue`` builds these (the noun the cue, the clause the content), and the ranker's threshold drops
many: its features read the cue by the noun, whose weight was learnt mostly on nouns in a verb's object, where
PolNeAR gives the report to the verb ('repeated her claim that X'). A record the ranker does not judge
(``ranker.Ranker``) when: its cue is one noun of saying (``speech_nouns``); the noun is the subject of the
sentence's verb, or the object of 'after', 'following', 'amid' or 'despite'; its content starts after the
noun; and the noun's clause is opened by 'that' and has a subject of its own (not a relative clause, 'the
claims that have been made', nor one the parser hung the sentence's own verb on, 'Following the announcement
that the mayor made on Friday, shares rose'). ``subject_stances`` is the form with no holder named; the noun in a verb's
object or after 'including' or 'to' is left to the threshold (PolNeAR train: most such records are wrong)."""

from __future__ import annotations

from spacy.tokens import Doc

from ...model import Attribution
from .lexicon import Lexicon
from .record_cues import cue_words

#: the prepositions of what a thing came after or against, whose noun of saying is a report in the air
_AFTER = frozenset(["after", "following", "amid", "amidst", "despite"])


def noun_clause(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` is a noun of saying with its own 'that' clause heading the subject or after 'after'
    (see the module)."""
    if not record.contents:
        return False
    span = cue_words(doc, record)
    if span is None or len(span) != 1:
        return False
    noun = span.root
    if noun.pos_ != "NOUN" or noun.lower_ not in lex.speech_nouns:
        return False
    if not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
            or noun.dep_ in ("pobj", "dobj") and noun.head.lower_ in _AFTER):
        return False
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")), None)
    if clause is None or record.contents[0].start < noun.idx + len(noun.text):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    # (two subjects: 'Following the announcement that the mayor made on Friday, shares rose', a relative clause and
    # the sentence's own verb the parser read as the noun's clause)
    if len(subjects) != 1 or subjects[0].lower_ in ("that", "which", "who"):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
