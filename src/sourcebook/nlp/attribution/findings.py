"""What a poll verb finds ('find', 'show', 'put ... at'): whether its subject is one that
finds anything (a poll, a study, a body that reports), for ``verbs.verb_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .antecedents import body_before, document_before
from .kids import children_of
from .lexicon import Lexicon
from .syntax import source_like
from .word_forms import listed


def no_finding(lex: Lexicon, verb: Token, source: Token | None, aside: bool) -> bool:
    """Whether a poll verb's subject finds nothing here ('Trump found a way'): not so for a poll
    or study ('the poll found'), a body or a source-like noun after what it found ('..., Fox
    found', '..., the regulator has found'), one with a clause ('the Observer found that X',
    'It found that X' after a body), the authors' 'we' with a 'that' clause ('we show that X') or an
    estimate ('put the toll at 41')."""
    if source is None or finding_word(lex, verb, source):
        return False
    if aside and (source.ent_type_ in ("ORG", "PERSON") or source.pos_ == "NOUN" and source_like(lex, source) and (
            source.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in source.lefts))):
        return False
    clause_after = any(c.dep_ == "ccomp" and c.i > verb.i for c in children_of(verb))  # 'found that X', 'shows X leads'
    if clause_after and (source_like(lex, source) and source.pos_ != "PRON"
                         or source.lower_ in _THIRD_PERSONS and verb.lemma_.lower() == "find"
                         or source.lower_ == "it" and body_before(lex, source) is not None):
        return False
    if clause_after and source.lower_ == "we" and _authors_finding(verb):
        return False  # 'Here we show that X', 'We found that X': the authors' finding, as a study's (not 'we showed them')
    if source.lower_ in ("i", "we") and _judged_state(verb):
        return False  # 'I find his message chilling', 'I found the second act slow': a first person's judgement
    return not (figure_at(verb) and source_like(lex, source))


#: the nouns of what gathers polls or records ('an average of polls', 'a batch of emails', 'none of the videos'):
#: not a stance or an act on them ('wariness of polls', 'the release of emails')
_GATHERINGS = frozenset(["average", "batch", "series", "set", "trove", "cache", "collection", "review", "analysis",
                         "none", "majority", "handful", "sample", "copy", "tally", "string", "stack", "pile"])

#: the people a pronoun subject of 'found that X' may be ('She found that X'; not the writer's 'I
#: found', nor 'he showed how X')
_THIRD_PERSONS = frozenset(["he", "she", "they"])


def finding_word(lex: Lexicon, verb: Token, token: Token) -> bool:
    """A poll, study or record (``poll_nouns.txt``, by form or lemma: 'the latest figures'), a
    noun of what gathers some ('an average of polls', 'a batch of emails'), or a relative
    pronoun that stands for one ('its audit in July, which showed X': the parser hangs the
    relative clause on the date after the noun)."""
    if verb.dep_ == "relcl" and token.lower_ in lex.relative_pronouns and token.head.i == verb.i:
        token = verb.head  # the antecedent
        if token.ent_type_ in ("DATE", "TIME") and token.head.dep_ == "prep" and token.head.i > 0:
            token = verb.doc[token.head.i - 1]
        elif token.dep_ == "pobj" and token.head.lower_ in ("from", "by", "of") and token.head.head.pos_ == "NOUN" and (
                listed(token.head.head, lex.poll_nouns)):
            token = token.head.head  # 'statistics from the police that show X': hung on the nearer noun
    if token.lower_ == "it" and token.head.i == verb.i:
        document = document_before(lex, token)  # 'The report was published on Tuesday. It found X'
        if document is not None:
            return True  # (or 'The final notice states that X. It also found that Y')
    if token.lemma_.lower() in _GATHERINGS and any(c.dep_ == "prep" and c.lower_ == "of" and any(  # 'an average of polls shows X'
            p.dep_ == "pobj" and listed(p, lex.poll_nouns) for p in c.children)
            for c in token.children):
        return True  # (a batch of emails, a series of photos: the poll or records it gathers find)
    return listed(token, lex.poll_nouns)


def _authors_finding(verb: Token) -> bool:
    """'Here we show that X', 'We found that patients slept less': a 'that' clause the authors' 'we' finds,
    as a study's finding. Not shown to someone ('We showed them that X'), nor about 'we' ourselves ('We show
    that we care by answering calls', 'we showed that we can beat anyone': deeds that prove it), nor met in
    a clause of when ('When we found that the door was open, we called the police': a discovery)."""
    if verb.dep_ == "advcl" or any(c.dep_ in ("dative", "dobj") for c in children_of(verb)):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and not any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ == "we" for k in c.children)
               for c in children_of(verb))


def _judged_state(verb: Token) -> bool:
    """'I find his message chilling', 'We found the staff friendly': 'find' with a thing and the adjective it is
    judged by (PolNeAR marks a first person's as it does a third's, 'She found the gesture appropriate'); not 'I
    found that the shop was closed', a discovery, nor 'When I found the door open, ...'."""
    if verb.lemma_.lower() != "find" or verb.dep_ == "advcl":
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in ("JJ", "JJR", "JJS")
               and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children) for c in children_of(verb))


def figure_at(verb: Token) -> bool:
    """'Officials put the death toll at 41', 'The UN puts the number of displaced at 2 million':
    a poll verb setting its object at a number is an estimate of whoever sets it."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    # not 'at number 10' nor 'at 9 o'clock'; the parser may hang 'at' on the object's last word
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == "at" and c.i > verb.i and any(
        t.dep_ == "pobj" and (_a_count(t) or _counted(t))
        for t in c.children) for c in (*children_of(verb), *obj.subtree))


def _counted(token: Token) -> bool:
    """A noun a number before it counts, not a time nor a label ('at 87 deaths'; not 'at 9 o'clock', 'at number 10')."""
    return token.pos_ == "NOUN" and token.ent_type_ not in ("TIME", "DATE") and any(
        n.dep_ == "nummod" and n.i < token.i and _a_count(n) for n in token.children)


def _a_count(token: Token) -> bool:
    """A number ('at 41', 'at $3 million', 'at 40 percent')."""
    return token.like_num or token.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT")


def finding_noun(lex: Lexicon, verb: Token, lemma: str) -> bool:
    """'a new poll showing X', 'records showing Y': a poll verb's participle on its poll."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma in lex.poll_verbs and verb.head.i < verb.i
            and finding_word(lex, verb, verb.head))
