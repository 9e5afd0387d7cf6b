"""Complements the parser read as relative clauses of a noun beside the cue.

'warned at the hearing that the council will lose', 'told a tribunal that she had been
bullied', 'told the council she had walked there for thirty years': the clause after the cue's
noun is what was said, though the parse hangs it on the noun.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon import word_set
from ..sentences import sentence_of
from .kids import children_of, lefts_of, rights_of
from .lexicon import Lexicon
from .place_clauses import clause_at_place
from .syntax import PERSON_SUFFIXES


def clause_read_as_relative(lex: Lexicon, verb: Token, speech: bool) -> Token | None:
    """'warned at the hearing that the council will lose every appeal', 'said during a news
    conference that he would wait': the parser read the complement as a relative clause of the
    preposition's noun, with 'that' opening it as an object, subject or prepositional object
    whose head already has one ('alleged in the suit that it earned money from the deal', 'said
    at a briefing that most roads were shut', a passive's subject beside it) or
    as its mark (a relative pronoun is no mark), so 'that' can only open a complement. Not
    after a noun of saying or thinking, whose own complement it is ('admitted it because of
    concerns that X'), unless a verb of saying was said in it ('said in a report that X',
    where the parser may hang the clause on 'report' with 'that' its object). A noun hung on
    the verb itself takes only the mark ('wrote on X, formerly Twitter, that ...')."""
    nouns: list[tuple[Token | None, Token]] = [(p, n) for p in rights_of(verb) if p.dep_ == "prep" for n in children_of(p)]
    nouns += [(None, noun) for noun in rights_of(verb) if noun.dep_ == "npadvmod" and noun.pos_ in ("NOUN", "PROPN")]
    # the one a participle set beside the cue speaks to ('said while addressing journalists that X')
    nouns += [(None, n) for a in rights_of(verb) if a.dep_ == "advcl" and a.tag_ == "VBG"
              for n in children_of(a) if n.dep_ == "dobj"]
    # a noun one phrase further ('said on a call with analysts that X', 'in an interview with the paper that X'); one
    # after a medium's noun stands in for it ('said in a filing with regulators that X')
    further = [(p, n, _medium(lex, p0, noun, speech)) for p0, noun in list(nouns) for p in noun.rights if p.dep_ == "prep"
               for n in children_of(p) if n.dep_ == "pobj"]
    nouns += [(p, n) for p, n, after in further if after or n.pos_ == "PROPN" or _addressee(lex, n, by_ending=False)]
    inherited = {n.i for _, n, after in further if after}  # (not 'in the event that X')
    for prep, noun in nouns:
        # 'said in a report that X': what the report says is what was said
        medium = _medium(lex, prep, noun, speech) or noun.i in inherited
        if not medium and (noun.lower_ in lex.speech_nouns or noun.lower_ in lex.belief_nouns):
            continue
        for clause in noun.rights:
            that = clause.left_edge
            # (nor does the occasion it was said at: 'said on a talk show that X', not 'the news that X')
            # (or an event held for talk: 'said in a pre-concert talk that X', ``talk_event_nouns.txt``)
            lemma = noun.lemma_.lower()
            # (not a noun something is taken as or done without: 'touted X as evidence that Y' is the writer's)
            occasion = that.dep_ == "mark" and (lemma in lex.circumstance_nouns or lemma in lex.talk_events) and not (
                prep is not None and prep.lower_ in _NOT_OCCASIONS)
            # or the place it was said at ('told reporters outside the courthouse that X')
            place = that.dep_ == "mark" and prep is not None and prep.lower_ in _PLACES
            if clause.dep_ != "relcl" and not (clause.dep_ == "acl" and (medium or occasion or place)):
                continue
            if that.lower_ != "that" or not that.i < clause.i or noun.i in inherited and that.dep_ == "nsubj":
                continue  # ('in a letter to families that had lost homes': a relative clause's subject)
            if speech and prep is not None and prep.lower_ in _PLACES and clause.dep_ == "relcl" and clause_at_place(
                    clause, that, noun.lemma_.lower() in lex.circumstance_nouns, _own_subject(clause), of_making(clause)):
                return clause  # 'told reporters at the scene that two people had died'
            if (medium or occasion or _aired(lex, prep, noun)) and of_making(clause):
                continue  # ('joked on a podcast that he hosts', 'said in a statement that she released')
            if _aired(lex, prep, noun) and that.dep_ in ("mark", "dobj") and _own_subject(clause):
                return clause  # 'announced in a broadcast that the borders would reopen'
            if that.dep_ == "mark" or prep is not None and (medium or that.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and any(
                    c.dep_ == that.dep_ and c.i != that.i or c.dep_ == "auxpass" and that.dep_ == "dobj"
                    for c in children_of(that.head))):  # (a passive has no object: 'at a briefing that the fire was contained')
                return clause
    manner = next((g for p in rights_of(verb) if p.dep_ == "prep" for g in children_of(p) if manner_gerund(lex, g)), None)
    written = next((c for c in manner.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None) if manner else None
    if written is not None:
        return written  # 'was told in writing that the decision was final'
    if speech and (fronted := fronted_clause_read_as_noun(verb)) is not None:
        return fronted
    return _clause_on_addressee(lex, verb) if speech else None


def _medium(lex: Lexicon, prep: Token | None, noun: Token, speech: bool) -> bool:
    """'in a report', 'in a regulatory filing': a noun of what was said or written, after 'in' a verb of saying takes."""
    return prep is not None and prep.lower_ == "in" and speech and (
        noun.lower_ in lex.speech_nouns or noun.lower_ in lex.written_nouns)


def fronted_clause_read_as_noun(verb: Token) -> Token | None:
    """'1,100 pastors registered for the conference, organizers said': a clause opening the
    sentence, set off by a comma right before the cue's subject, that the parser read as a noun
    with a reduced relative ('pastors registered ...') and hung on the cue as a bare 'dep'; the
    noun's phrase is what was said."""
    doc = verb.doc
    subject = next((c for c in lefts_of(verb) if c.dep_ == "nsubj"), None)
    noun = next((c for c in lefts_of(verb) if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or noun is None or noun.left_edge.i != sentence_of(verb).start:
        return None
    comma = noun.right_edge.i + 1
    if doc[comma].text != "," or comma + 1 != subject.left_edge.i:
        return None
    return noun if any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > noun.i for c in children_of(noun)) else None


def manner_gerund(lex: Lexicon, verb: Token) -> bool:
    """'confirmed in writing that X', 'was told in writing that X': a gerund of writing right
    after an 'in' that hangs on a cue verb before it names the medium of the cue's report, as 'in
    a letter' does, though the parser hangs the report on the gerund (not 'In writing that X, he
    misled Y'; 'outdo each other in saying how tough they would be' is a report of its own)."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.lemma_.lower() in lex.writing_verbs
            and prep.lower_ == "in" and prep.i == verb.i - 1
            and prep.head.i < prep.i and prep.head.lemma_.lower() in lex.cue_verbs
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in children_of(verb)))


def _aired(lex: Lexicon, prep: Token | None, noun: Token) -> bool:
    """'in a documentary', 'on a podcast', 'during a broadcast': a medium or an occasion a cue
    was said on (``circumstance_nouns.txt``), not a time ('on the day that he resigned')."""
    return (prep is not None and prep.lower_ in ("in", "on", "during", "via", "through") and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in lex.circumstance_nouns and noun.lemma_.lower() not in _TIMES
            and noun.ent_type_ not in ("DATE", "TIME"))


def _own_subject(clause: Token) -> bool:
    """A subject of the clause's own between its 'that' and its verb ('that the borders would
    reopen'), not 'that' itself nor a relative word."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and clause.left_edge.i < c.i < clause.i and c.lower_ not in _RELATIVES
               for c in children_of(clause))


def of_making(clause: Token) -> bool:
    """'a podcast that he hosts', 'a statement that she released Friday': a relative clause on a
    medium's noun whose verb makes, gives or airs it (``medium_verbs.txt``) and lacks an object of
    its own, the noun filling the gap; with an object or a complement, or passive, the clause is
    complete ('that he had released the files', 'that the show was cancelled')."""
    if clause.lemma_.lower() not in _medium_verbs():
        return False
    that = clause.left_edge
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass", "auxpass", "prt")
                   and c.i != that.i for c in children_of(clause))


#: time nouns among the circumstance nouns, whose 'that' clause may be a relative of time
_TIMES = frozenset(["afternoon", "day", "evening", "month", "morning", "night", "time", "week", "weekend", "year"])


@cache
def _medium_verbs() -> frozenset[str]:
    return word_set("attribution/medium_verbs")


#: prepositions of a place a cue was said at (not 'in the event that X', 'on condition that X')
_PLACES = frozenset(["outside", "inside", "at", "near", "beside", "behind", "from"])
#: the prepositions whose noun is never the occasion a report was given at
_NOT_OCCASIONS = frozenset(["as", "without"])


def _clause_on_addressee(lex: Lexicon, verb: Token) -> Token | None:
    """'told a tribunal that she had been bullied', 'assured the council they would pay': the
    parser read what was told as a relative clause of the one told. A relative clause has its
    relative pronoun for a subject ('told the council that had approved it'); a clause with a
    subject of its own after a person, a group or a gathering (``gathering_nouns.txt``) is the
    complement (not after a thing told: 'told the story she had heard'), as is one that 'that'
    opens as its mark after any noun ('told a radio station that farmers had lost trees')."""
    if verb.lemma_.lower() not in lex.addressee_verbs:
        return None
    told = next((c for c in rights_of(verb) if c.dep_ in ("dobj", "dative")), None)
    if told is None:
        return None
    # (or on the last noun of a phrase after it: 'told a congregation of about 1,500 that X')
    last = [g for p in told.rights if p.dep_ == "prep" for n in children_of(p) if n.dep_ == "pobj" for g in n.rights]
    for clause in (*told.rights, *last):
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        marked = clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark" and clause.left_edge.head.i == clause.i
        if not (told.pos_ in ("PRON", "PROPN") or _addressee(lex, told) or marked):
            continue  # (any one told, when 'that' is the clause's mark: 'told a radio station that X')
        # (a subject of its own besides the 'that' the parser took for one: 'told the tribunal that
        # black mould had spread')
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i
                        and c.tag_ not in ("WDT", "WP", "WP$") and c.lower_ not in _RELATIVES), None)
        if subject is not None:
            return clause
    return None


def _addressee(lex: Lexicon, noun: Token, by_ending: bool = True) -> bool:
    """A common noun of people, a body or a gathering ('the council', 'reporters', 'a tribunal'),
    or one that hears evidence (``audience_nouns.txt``: 'magistrates', 'jurors'), not of a thing
    told ('the story', 'the truth')."""
    words = (noun.lemma_.lower(), noun.lower_)
    return noun.pos_ == "NOUN" and any(
        w in lex.role_nouns or w in lex.organisation_words or w in lex.public_bodies or w in gatherings()
        or w in lex.audience_nouns
        or by_ending and w.endswith(PERSON_SUFFIXES) for w in words)


_RELATIVES = frozenset(["that", "which", "who", "whom", "whose"])


@cache
def gatherings() -> frozenset[str]:
    """Gatherings and bodies one speaks to (``gathering_nouns.txt``: 'told a tribunal', 'told a briefing')."""
    return word_set("gathering_nouns")


def clause_in_phrase(lex: Lexicon, verb: Token) -> list[tuple[int, int]] | None:
    """'said at a briefing that the debris came from a Russian satellite', 'alleges in a lawsuit
    filed Friday that she was fired': a clause that 'that' opens, with a subject of its own,
    inside a phrase after a cue verb that has no content, which the parser hung on the phrase's
    noun (a relative clause with 'that' its object, or a complement of a participle on the noun).
    A relative reading is as good ('at a briefing that he gave'), so this is only the contents
    of a cue that no quotation completes (``Candidate.fallback``). Not a clause of a noun of saying
    or thinking or of a verb of saying on the way ('said in response to claims that he lied',
    'at a hearing that examined reports that X'): that is the clause's own report."""
    phrases = [c for c in rights_of(verb) if c.dep_ == "prep"]
    for phrase in phrases:
        for that in phrase.subtree:
            if that.lower_ != "that" or that.dep_ not in ("mark", "dobj", "pobj"):
                continue
            clause = that.head if that.dep_ != "pobj" else that.head.head
            if clause.dep_ not in ("relcl", "ccomp") or not that.i < clause.i or clause.left_edge.i != that.i:
                continue
            if not any(c.dep_ in ("nsubj", "nsubjpass") and that.i < c.i < clause.i for c in children_of(clause)):
                continue  # (a relative clause 'that' is the subject of: 'at a briefing that was broadcast live')
            if that.dep_ == "dobj" and not any(c.i > clause.i and (c.dep_ in ("acomp", "ccomp", "xcomp", "oprd") or (
                    c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in children_of(c))))
                    for c in children_of(clause)):
                continue  # (a relative clause 'that' is the object of: 'spoke at the meeting that the council held')
            if of_making(clause):
                continue  # (a relative clause with its object gap: 'on a podcast that he hosts every week')
            between = [t for t in clause.ancestors if t.i > phrase.i]
            if any(t.lower_ in lex.speech_nouns or t.lower_ in lex.belief_nouns or t.lemma_.lower() in lex.cue_verbs
                   for t in between):
                continue
            first, last = verb.doc[that.i + 1], clause.right_edge
            return [(first.idx, last.idx + len(last))]
    return None


def clause_read_as_object(verb: Token) -> list[tuple[int, int]] | None:
    """'Supporters point out that much of that money funds schools': the parser read the clause's
    verb as a noun ('funds') and the clause as the cue's object, yet kept 'that' opening it as a
    complementizer (a mark of the object); the object after 'that' is the reported clause. Only
    the contents of a cue that no quotation completes (``Candidate.fallback``)."""
    obj = next((c for c in rights_of(verb) if c.dep_ in ("dobj", "ccomp") and c.pos_ in ("NOUN", "ADJ", "PRON")), None)
    if obj is None:
        return None
    that = next((c for c in children_of(obj) if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i != obj.left_edge.i or obj.right_edge.i <= that.i:
        return None
    first, last = verb.doc[that.i + 1], obj.right_edge
    return [(first.idx, last.idx + len(last))]


def addressee_clause_before(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """'told the inquest she had not known Mr Hargreaves needed a modified diet': the parser read
    the reported clause's verb as a relative clause of the one told ('she had not known') and hung
    the clause that verb governs on the cue; the report opens at the relative's subject (with its
    negation). Only a relative with no complement of its own that ends right before the cue's
    clause (not 'told the officers who arrested him he was innocent')."""
    relative = _clause_on_addressee(lex, verb)
    if relative is None or not relative.i < clause.i or clause.left_edge.i != relative.right_edge.i + 1:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in children_of(relative)):
        return None
    return relative
