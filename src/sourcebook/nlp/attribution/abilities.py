"""An ability to say, bidden or promised, no saying: 'By the end of the course students will be able to explain
X', 'Applicants must be able to describe Y', 'you'll be able to tell when it is ready'. A course's outcome, a
job's demand or a product's promise names what someone could say, not what anyone said. Not an ability
reported in the past or with no modal ('was able to confirm that X', 'grateful to be able to say X'), which
tells of a saying. So too a way to learn something offered to a reader ('Customers can find out what the ban
covers at X', 'Parents can find out whether their school is closed on the website'): where to look, no finding.
For ``mute.holds_nothing``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon

#: modals of a promise, a demand or a goal ('will be able to', 'should be able to')
_MODALS = frozenset(["will", "'ll", "\u2019ll", "shall", "should", "must"])


def ability_to_say(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is a verb of saying after 'be able to' with a modal of the future or of a demand (not
    a belief: 'women should be able to expect X' holds the expectation)."""
    able = verb.head
    if verb.dep_ != "xcomp" or able.lower_ != "able" or able.dep_ != "acomp" or verb.lemma_.lower() not in lex.speech:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in able.head.children)


#: modals of a way open to someone ('can find out', 'may find out')
_OPEN = frozenset(["can", "may"])


def way_to_find_out(verb: Token) -> bool:
    """Whether ``verb`` is 'find out' with 'can' or 'may' and a question's clause after it ('Voters can find out
    where their polling station is'): a way offered to learn it (not 'she found out that X', nor 'could find
    out', which may tell of one who did)."""
    if verb.lemma_.lower() != "find" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)):
        return False
    # (the clause opens with its question word, which may be a word of its subject: 'which branches are open')
    clause = any(c.dep_ in ("ccomp", "advcl") and (c.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB") or c.left_edge.lower_ in (
        "if", "whether")) for c in children_of(verb))
    return clause and any(c.dep_ == "aux" and c.lower_ in _OPEN for c in children_of(verb))
