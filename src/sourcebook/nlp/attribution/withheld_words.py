"""What a refusal withholds: a verb of saying ('declined to comment', 'refused to say where'), of
making public ('declined to disclose the price', 'refused to release the figures'), of naming
('declined to name the buyers', 'refused to identify them'), or of giving what one knows
('declined to give details'). Joined to a report with 'but', such a refusal is the reporter's
act, not part of the report ('said two bidders had come forward but declined to name them', for
``tails``); a refusal of anything else stays the clause's ('said the minister was invited but
declined to attend'). (A verb of telling negated with 'would' is left to the clause, whose shifted
tense it may be: 'said the deal was done but would not name the buyer' is read as one report.)"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: verbs of giving what one knows ('gave no details', 'did not provide a timetable', 'declined to give details')
TELLING = frozenset(["give", "offer", "provide", "disclose", "reveal", "release", "share", "put"])
#: what a speaker may leave out of a report
DETAILS = frozenset(["detail", "timetable", "timeline", "explanation", "reason", "figure", "date", "indication",
                     "specific", "specifics", "information", "evidence", "breakdown", "estimate", "name", "number",
                     "time", "timescale", "clue", "example", "source"])


def withheld(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``, the infinitive after a verb of refusing, is one of saying, making public or naming,
    or gives what one knows ('give details')."""
    lemma = verb.lemma_.lower()
    return lemma in lex.speech or lemma in lex.releasing_verbs or lemma in lex.anonymity_verbs or lemma in TELLING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DETAILS for c in verb.children)

