"""The subject of a reported clause the parser hung on the cue instead ('aid groups warned the
true figure was higher': 'the true figure' read as the cue's object; 'The union claims about 600
workers took part': 'about 600 workers' read as the cue's phrase), and a question's phrase read as
the cue's object ('Asked what advice she would give X'), for ``content``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .kids import children_of
from .lexicon import Lexicon
from .syntax import source_like


def counted_read_as_phrase(verb: Token, clause: Token) -> Token | None:
    """'The union claims about 600 of the site's 1,400 workers took part': a count right after the
    cue that the parser read as the cue's preposition and its object ('about 600'), right before a
    reported clause with no subject of its own, is that clause's subject. The preposition, or None
    (not 'said on Monday it would', whose clause has a subject)."""
    prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if prep is None or prep.right_edge.i + 1 != clause.left_edge.i or clause.i < prep.i:
        return None
    count = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return prep if count is not None and count.tag_ == "CD" and count.ent_type_ not in ("DATE", "TIME") else None


def wh_clause_read_as_adverbial(lex: Lexicon, verb: Token, lemma: str, clause: Token) -> bool:
    """'It did not say when it expected to resume the trial', 'declined to say where the money
    went': a clause opened by 'when', 'where', 'how' or 'why' right after a cue whose object is
    what is said ('say', 'explain', 'ask'; not 'did not speak when the minister entered'), which
    the parser read as an adverbial clause of time or place, is what is not said when the cue is
    negated (or its subject is: 'Neither side would say when X') or refused and has no other
    complement. (Not 'was first noted when he was on a list', '"...," he tweeted when Clinton ended
    a debate': clauses of time; nor 'would not say when asked', a clause with no subject.)"""
    opener = clause.left_edge
    if clause.dep_ != "advcl" or opener.tag_ != "WRB" or opener.head.i != clause.i or opener.i <= verb.i:
        return False
    if lemma not in lex.any_object and lemma not in lex.asking or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        return False
    if lemma in lex.asking and _asked_of(lex, verb, opener):
        return True  # 'asked when the footpath would be repaired', 'asked the Minister when X': the question
    if opener.i != verb.i + 1:
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.refusal_verbs
    withheld = refused or any(c.dep_ == "neg" for c in children_of(verb)) or any(  # ('Neither side would say when X')
        c.dep_ == "nsubj" and any(g.dep_ in ("det", "preconj") and g.lower_ == "neither" for g in children_of(c))
        for c in children_of(verb))
    return withheld and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "auxpass") for c in children_of(verb))


def _asked_of(lex: Lexicon, verb: Token, opener: Token) -> bool:
    """Whether only the one asked stands between a verb of asking and the 'when', 'where', 'how'
    or 'why' opening a clause with its own subject: what is asked ('Another resident asked when
    the footpath would be repaired', 'asked the Minister for Transport when the line would
    open'; the parser may hang the name's 'for X' on the verb), not a time set off ('asked for
    help, when the water rose') nor a question put in a question ('asked if X when Y')."""
    between = verb.doc[verb.i + 1 : opener.i]
    asked = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
    if len(between) and not asked or any(c.pos_ not in ("PROPN", "PRON") and c.lemma_.lower() not in lex.role_nouns
                                         for c in asked):
        return False  # (not the question itself: 'trying to ask a question about X when Y shot back')
    return not any(c.dep_ in ("ccomp", "xcomp") for c in children_of(verb)) and all(
        not t.is_punct and any(a.head.i == verb.i and (a.dep_ in ("dobj", "dative") or a.dep_ == "prep" and _names(a))
                               for a in [t, *t.ancestors])
        for t in between)


def _names(prep: Token) -> bool:
    """A phrase of a preposition that is the end of a name or a title ('the Minister for Transport'),
    not what is asked for ('asked the council for money when X')."""
    return all(c.pos_ == "PROPN" for c in children_of(prep) if c.dep_ == "pobj") and any(
        c.dep_ == "pobj" for c in children_of(prep))


def that_clause_read_as_adverbial(lex: Lexicon, verb: Token, clause: Token) -> bool:
    """'has said only that he is "monitoring the situation"', 'told reporters simply that X': a
    clause opened by 'that' alone after the cue, with nothing but adverbs (and the one addressed)
    between them, which the parser read as an adverbial clause, is what was said. (Not 'so that X',
    'now that X', 'such that X': conjunctions of purpose, time or result.)"""
    if clause.dep_ != "advcl" or clause.i < verb.i:
        return False
    marks = [c for c in children_of(clause) if c.dep_ == "mark"]
    if not marks:  # ('was submitted on behalf of X that Y': the 'that' opening the clause read as an object)
        first = clause.left_edge if clause.left_edge.i > verb.i else clause
        before = verb.doc[first.i - 1]
        marks = [t for t in (first, before) if t.lower_ == "that" and t.dep_ == "dobj" and t.head.i in (verb.i, clause.i)
                 # (not 'clarified that to X')
                 and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(clause))][:1]
    if len(marks) != 1 or marks[0].lower_ != "that":
        return False
    doc = verb.doc
    # (the one addressed, 'told reporters only that X'; not a noun of saying, whose clause it is: 'repeated his
    # contention that X')
    addressed = {t.i for c in children_of(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i and source_like(lex, c)
                 and c.lemma_.lower() not in lex.speech_nouns and c.lemma_.lower() not in lex.belief_nouns for t in c.subtree}
    # (or where or when it was said: 'saying in its statement only that X', 'recalled in 2008 that X')
    placed = {t.i for c in children_of(verb) if c.dep_ == "prep" and verb.i < c.i < marks[0].i and _medium_or_time(lex, c)
              for t in c.subtree}
    # (a bare phrase of time: 'insisted last month that X', 'said this week that X')
    placed |= {t.i for c in children_of(verb) if c.dep_ == "npadvmod" and verb.i < c.i < marks[0].i
               and c.ent_type_ in ("DATE", "TIME") and all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for t in c.subtree}
    between = [t for t in doc[verb.i + 1 : marks[0].i] if t.i not in addressed and t.i not in placed]
    return all(t.pos_ == "ADV" for t in between) and not (between and between[-1].lower_ in lex.that_conjunction_adverbs)


def _medium_or_time(lex: Lexicon, prep: Token) -> bool:
    """A phrase naming where the words were given ('in a statement'), when ('in 2008') or for whom ('on
    behalf of the tenants'), with no clause of its own (not 'to a question about a claim', whose clause the 'that' may open)."""
    objs = [c for c in children_of(prep) if c.dep_ == "pobj"]
    if len(objs) == 1 and prep.lower_ == "on" and objs[0].lower_ == "behalf":
        return True  # (for whom: 'argued on behalf of the defendant that X')
    return (len(objs) == 1 and prep.lower_ in ("in", "on", "during")
            and (objs[0].lemma_.lower() in lex.medium_nouns or objs[0].ent_type_ in ("DATE", "TIME"))
            and all(t.dep_ in ("det", "poss", "amod", "compound", "nummod", "pobj") for t in objs[0].subtree if t.i != objs[0].i))


def subject_read_as_object(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """'aid groups warned the true figure was higher': the cue's object, right before a reported
    clause with no subject of its own, is that clause's subject when it names no one the cue
    could speak to (a pronoun, a name, 'reporters', 'the committee' are addressees of 'told')."""
    wh = _question_object(verb, clause)
    if wh is not None:
        return wh
    heads = [clause, *(c for c in children_of(clause) if c.dep_ in ("aux", "auxpass"))]  # ('the ward was understaffed')
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for h in heads for c in children_of(h)):
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None:
        return counted_read_as_phrase(verb, clause)
    if obj.i < verb.i or obj.right_edge.i >= clause.left_edge.i:  # (not 'which she said was X')
        return None
    # ('warned that loss creep from litigation could push X': the parser cut the subject after its
    # first noun and hung the rest on the cue; words with no comma, time or preposition first go with it)
    between = verb.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if len(between) and (between[0].pos_ == "ADP" and not _phrase_of_object(lex, obj, between) or any(
            t.is_punct or t.dep_ == "cc" or t.ent_type_ in ("DATE", "TIME") for t in between)):
        return None
    # (only a verb that speaks to someone has one as its object: 'fears her cousin is missing'; not one it already
    # speaks to, 'told him power could take X', nor words or a document, 'warned the proposal could "split X"')
    lemma = obj.lemma_.lower()
    addressee = not any(c.dep_ == "dative" for c in children_of(verb)) and lemma not in lex.speech_nouns and (
        lemma not in lex.document_nouns)
    return None if addressee and source_like(lex, obj) and verb.lemma_.lower() in lex.addressee_verbs else obj


def _question_object(verb: Token, clause: Token) -> Token | None:
    """'Asked what advice she would give young players, X': a phrase opened by 'what', 'which' or
    'whose' right before a question clause, read as the cue's object, is the question's own; the
    phrase, or None."""
    obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "dep") and verb.i < c.i < clause.i), None)
    if obj is None or obj.right_edge.i + 1 != clause.left_edge.i:
        return None
    first = obj.left_edge
    return obj if first.dep_ == "det" and first.head.i == obj.i and first.lower_ in ("what", "which", "whose") else None


def _phrase_of_object(lex: Lexicon, obj: Token, between: Span) -> bool:
    """'said attendance at the first session was the highest': a phrase the parser hung on the cue
    between its object and a reported clause with no subject goes with the object, the clause's
    subject, when the object is a common noun and the phrase names no medium or time of saying
    ('told the ministry in a letter', 'said Monday at a briefing': the cue's)."""
    pobj = next((t for t in between if t.dep_ == "pobj"), None)
    return (obj.pos_ == "NOUN" and obj.ent_type_ not in ("DATE", "TIME") and pobj is not None
            and all(t.ent_type_ not in ("DATE", "TIME") for t in between)
            and pobj.lemma_.lower() not in lex.speech_nouns and pobj.lower_ not in lex.speech_nouns)
