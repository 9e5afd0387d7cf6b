"""Adjectives of an attitude held toward what their preposition's object names, after a copula:
'voters were interested in the race', 'she is fond of the plan', 'he is distrustful of the
harbour board', 'donors are uneasy about his remarks', 'the mayor was impressed by the report'
(``attitude_adjectives.json`` gives each adjective the prepositions that name what the attitude
is on). The copula's subject holds the attitude and the preposition's object is the content, as
for the stance adjectives of ``nouns.adjective_cue``. These adjectives are cues only so: not with
a clause ('interested to hear'), nor with another preposition ('honest with her staff'), nor when
the subject holds nothing ('The recipe is fond of X', 'The film is interested in silence':
``holders``), nor when the preposition's object is a verb of saying, whose own report it is ('was
devoted to explaining X'), nor when it names a time, when the attitude was shown and not what it is on ('was
confident in the first half', 'was outspoken in 2015'). The corpus annotates such attitudes as it does beliefs and
stances."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim_content
from .holders import holds_views
from .lexicon import Lexicon
from .nouns import adjective_cue_start, adjective_holder
from .set_off_ends import stance_content_end
from .syntax import first_child, source_span, subtree_span

#: the NER's kinds of name for a time, which a preposition's object after an attitude may be ('in the second half')
_TIMES = frozenset(["DATE", "TIME"])


def attitude_key(lex: Lexicon, token: Token) -> str | None:
    """The entry of ``attitude_adjectives`` that ``token`` is, if any: an adjective by its lemma, a
    participle the tagger read as a passive verb by its form ('was impressed by X')."""
    if token.pos_ == "ADJ" and token.lemma_.lower() in lex.attitude_adjectives:
        return token.lemma_.lower()
    if token.tag_ == "VBN" and token.lower_ in lex.attitude_adjectives:
        return token.lower_
    return None


def attitude_adjective(lex: Lexicon, text: str, adj: Token, key: str) -> Candidate | None:
    """'X is interested in Y', 'X was impressed by Y': the subject of the copula holds an
    attitude on Y (none without a subject that can hold one)."""
    # ('Investors seem lukewarm on X': the parser's oprd after a verb of seeming)
    copular = adj.dep_ == "acomp" or adj.dep_ == "oprd" and adj.head.lemma_.lower() in lex.seem_verbs
    frame = adjective_holder(adj, copular)
    if frame is None:
        return None
    verb, subject = frame
    preps = lex.attitude_adjectives[key]
    prep = next((c for c in adj.rights if c.dep_ in ("prep", "agent") and c.lower_ in preps), None)
    topic = first_child(prep, ("pobj", "pcomp")) if prep is not None else None
    if prep is None or topic is None or topic.pos_ == "VERB" and topic.lemma_.lower() in lex.speech:
        return None  # ('was devoted to explaining X': the verb of saying's report)
    if topic.ent_type_ in _TIMES:
        return None  # ('looked confident in the first half': when, not what on)
    piece = trim_content(text, *subtree_span(topic))
    piece = piece and stance_content_end(lex, text, adj.doc, adj, piece)
    if piece is None or subject is None or subject.lower_ in lex.subjectless or not holds_views(lex, subject):
        return None
    end = prep.idx + len(prep) if prep.i == adj.i + 1 else adj.idx + len(adj)
    return Candidate(cue=(adjective_cue_start(verb, adj), end), source=source_span(text, subject), contents=[piece],
                     nature=BELIEF, source_token=subject.i, confidence=0.6)
