"""The topic of a remark a verb of saying takes as its object.

'The governor sounded a cautious note about the hiring figures', 'The senator has said little
about the proposal', 'She wrote an opinion piece on school funding': the object names the remark
itself (a note, a word, a piece, little, nothing) and says nothing of its own; what the speaker
spoke about is the object of the preposition after it. The object and the preposition join the cue
('sounded a cautious note about') and the content is the topic ('the hiring figures'), as for
a phrasal cue ('spoke about X'). Only after a verb of saying or writing or a phrasal cue ('made no
mention of X' keeps the noun's own cue); not another's remark ('criticized the mayor's comments on
X'), an object with words of its own past the noun ('wrote a note, which ran on Sunday, about X'), a
platform ('posted a comment on Facebook'), a time ('said little on Monday'), a noun 'of' only
describes ('sounded a note of caution'), nor a paper or a person a piece was written for ('wrote a
piece for the Ledger': 'for' opens a topic only after 'responsibility' and 'credit'), nor where a
remark was made ('said a few words on stage', 'said little on the trail about X': an 'on' before an
'about' is where)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of, rights_of
from .lexicon import Lexicon
from .syntax import first_child, subtree_span

Spans = list[tuple[int, int]]

#: prepositions that open a remark's topic ('a note about X', 'a piece on Y', 'no mention of Z')
_TOPIC_PREPS = frozenset(["about", "on", "of", "for", "over", "against"])
#: the nouns whose topic 'of' opens ('made no mention of X')
_OF_TOPICS = frozenset(["mention", "mentions"])
#: the nouns whose topic 'for' opens ('claimed responsibility for X'); after another noun 'for' names
#: where or for whom the remark was made ('wrote a piece for the Ledger', 'said a few words for the victims')
_FOR_TOPICS = frozenset(["responsibility", "credit"])
#: what 'on' opens when it tells where or for whom a remark was made, not its topic ('said a few words on
#: stage', 'on camera', 'on behalf of the families', 'posted a comment on the club's page')
_SETTINGS = frozenset(["stage", "camera", "air", "behalf", "record", "tape", "page", "website", "site", "blog",
                       "radio", "television", "tv", "podcast", "show", "trail", "phone", "screen"])


def remark_topic(lex: Lexicon, verb: Token, found: Spans, extra: list[Token]) -> Spans:
    """``found`` with a single content that is a remark noun and its topic ('a cautious note about
    X') cut to the topic, the remark's words and its preposition added to ``extra`` (the cue)."""
    lemma = verb.lemma_.lower()
    if len(found) != 1 or not (lemma in lex.speech or lemma in lex.writing_verbs or lemma in lex.phrasal):
        return found  # (another verb's noun keeps a cue of its own: 'made no mention of X', 'defended her remarks on Y')
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or subtree_span(obj)[0] != found[0][0] or obj.lower_ not in lex.remark_nouns or any(
            c.dep_ == "poss" for c in obj.children):  # ('rejected the mayor's remarks about X': another's words)
        return found
    after = obj.right_edge.i + 1  # (or hung on the verb right after the object: 'said little about X')
    prep = next((c for c in obj.rights if c.dep_ == "prep"), None) or next(
        (c for c in rights_of(verb) if c.dep_ == "prep" and c.i == after), None)
    if prep is None or prep.lower_ not in _TOPIC_PREPS or any(obj.i < c.i < prep.i for c in obj.rights):
        return found
    topic = first_child(prep, ("pobj", "pcomp"))
    if topic is None or topic.ent_type_ in ("DATE", "TIME") or topic.lower_ in lex.platforms:
        return found  # ('posted a comment on Facebook': where it was posted)
    if prep.lower_ == "of" and obj.lower_ not in _OF_TOPICS:
        return found  # ('a note of caution', 'much of the plan': no topic)
    if prep.lower_ == "for" and obj.lower_ not in _FOR_TOPICS:
        return found  # ('wrote a piece for the Ledger': the paper it ran in)
    start, end = subtree_span(topic)
    if prep.lower_ == "on" and (topic.lemma_.lower() in _SETTINGS or any(
            t.lower_ == "about" and t.dep_ == "prep" for t in (*topic.subtree, *rights_of(verb)))):
        return found  # ('said little on the campaign trail about X': 'on' a place, 'about' the topic)
    extra.extend(obj.doc[obj.left_edge.i : prep.i + 1])
    # (a topic hung on the verb ends with its own words: not 'said little about X in recent months')
    return [(start, end if prep.head.i == verb.i else max(end, found[0][1]))]
