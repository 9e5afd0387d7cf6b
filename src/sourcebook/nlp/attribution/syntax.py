"""Walking the dependency parse around a cue: spans of subtrees, the subject of a verb (also when the parser
missed it), the agent of a passive, the cue's own words (the tails of a content are in ``tails.py``).

The dependency labels and tags here are spaCy's English scheme (ClearNLP labels, Penn
tags): they are part of the algorithm, not of the lexicon. The word lists come from the
``Lexicon`` (``nlp/lexicon/data/attribution/``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..lexicon import word_set
from ..quotes import CLOSING_MARKS
from ..sentences import sentence_of
from . import agent_nouns, carried_displays, clause_marks, gerund_doers, misread, relative_participles, told_passives
from .candidate import after_dateline, line_label_end, name_before, trim
from .clock_times import CLOCK
from .dated_polls import poll_date
from .delivery_means import means_of_delivery
from .fronted_roles import body_after_fronted_role
from .kids import children_of, lefts_of, rights_of
from .lexicon import Lexicon
from .listicles import counted_head
from .negation import outer_negation
from .occasions import occasion_start
from .predeterminers import predeterminer_all
from .questions import before_the_subject
from .set_off import host_past_the_aside
from .stranded_quotes import after_a_quotation, before_an_aside, subject_of_an_aside

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CLAUSES = ("ccomp",)
LEFT_CUE_DEPS = ("aux", "auxpass", "neg")
#: dependencies a subject is looked for above ('acomp': 'voters were more likely to say X')
CLIMB_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acl", "ccomp", "prep", "acomp")
NOT_CONTENT_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL")
NAME_POS = frozenset(["PROPN", "NOUN", "NUM", "DET", "ADJ", "PUNCT", "PRON"])


#: a live page's time opening a line ('14:20 ', '9.45pm: ', a wire's '0945 GMT - ', not '2016 '), a space or a colon after it
_CLOCK = re.compile(rf"{CLOCK}[ :]")


def after_clock(text: str, start: int, end: int) -> int:
    """Where a source from ``start`` to ``end`` starts past a live page's time opening its line
    ('14:20 A resident posted on X', '08:55 BST - Police said', where the parser starts it at the zone):
    a time is no part of who speaks."""
    clock = _CLOCK.match(text, text.rfind("\n", 0, start) + 1)  # (at the start of its line)
    return clock.end() if clock is not None and start < clock.end() < end else start

def span_of(tokens: Iterable[Token]) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def subtree_span(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right)


def first_child(token: Token, deps: tuple[str, ...] | str) -> Token | None:
    """The first child of ``token`` with one of ``deps``."""
    deps = (deps,) if isinstance(deps, str) else deps
    return next((child for child in children_of(token) if child.dep_ in deps), None)


#: how many heads ``subject_of`` climbs: 'X has toned down his criticism, shifting his focus to
#: defeating Y and admitting that Z' takes four (admitting, defeating, to, shifting)
CLIMB_LIMIT = 4


def aside_subject(verb: Token) -> Token | None:
    """'Judge X, writing for the majority, said Y': the parser gave the participle set off by
    commas before the cue the cue's subject."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    aside = next((c for c in lefts_of(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and verb.doc[c.i - 1].text == ","), None)
    return next((c for c in children_of(aside) if c.dep_ == "nsubj" and c.i < aside.i), None) if aside is not None else None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject of ``verb``, or of the verb it hangs from (conj, xcomp, participles)."""
    # (a closing quote mark read as the subject is none: '«X,» said one driver' with the driver as an object)
    subjects = [c for c in children_of(verb) if c.dep_ in SUBJECTS and not c.is_quote]
    if subjects:
        if (inverted := inverted_after_comma(verb)) is not None:
            return inverted
        # the parser may give a verb two subjects across a line break: the nearest wins
        before = [c for c in subjects if c.i < verb.i and c.text not in ("?", "!")]  # (not the '?' of 'Which? said')
        if before and before[-1].dep_ == "csubj" and before[-1].tag_ in ("VBG", "VBN"):
            # 'Recording her conclusion, the coroner, Marian Fell, said': a fronted participle read as
            # the subject, the speaker as an apposition of its object (or 'Asked whether X, its director, Y, replied')
            set_off = next((t for t in before[-1].subtree if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                            and t.doc[t.left_edge.i - 1].text == ","), None)
            if set_off is not None:
                return set_off
        if len(before) > 1 and misread.ended_early(before[-2], before[-1]):
            return before[-2]  # 'The daughter of State Senator Ann Pike said': one subject, not two
        if before and (fronted := misread.fronted_object(verb, before[-1]) or misread.as_object(verb)) is not None:
            return fronted  # ('X, a report by the consultancy Brightline found': 'report' read as an object)
        if before and (holder := misread.participle_holder(before[-1])) is not None:
            return holder  # 'Detectives searching for a missing man believe X': not the object the parser gave the cue
        return _past_the_quotation(before[-1], verb) if before else subjects[0]
    if (named := misread.name_read_as_adverb(verb) or misread.as_object(verb)) is not None:
        return named
    opening = next((c for c in lefts_of(verb) if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i == c.sent.start), None)
    named = next((t for t in opening.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i > t.head.i
                  and t.doc[t.left_edge.i - 1].text == ","), None) if opening and verb.tag_ in ("VBD", "VBZ") else None
    if named is not None:
        return named  # 'Asked about the bill, Nadia Farouk, who runs a firm, said X': the name hung on the question's object
    if verb.tag_ in ("VBP", "VBZ", "VBD"):
        # 'About 4 in 10 say X', 'Six in 10 said': the parser read the share as a modifier of the verb
        share = [c for c in lefts_of(verb) if c.dep_ in ("nummod", "npadvmod", "quantmod") and c.tag_ == "CD"
                 and any(t.lower_ == "in" for t in c.subtree)]
        if share:
            return share[-1]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return None  # the 'who' is missing: the antecedent is taken by the caller
    if told_passives.past_on_noun(verb):  # (not 'residents told to keep X', a headline's passive)
        return verb.head  # 'The rapporteur called on X' read as a noun phrase: a past tense is no participle
    if (named := misread.past_read_as_participle(verb) or misread.past_read_as_object(verb)) is not None:
        return named  # (nor one with a clause opened by 'that': 'A review board estimated that X', 'Economists at Y forecast')
    named = (misread.participle_after_apposition(verb) or misread.subject_read_as_conjunct(verb) or misread.reporter_before(verb)
             or relative_participles.relative_reporter(verb) or gerund_doers.gerund_doer(verb))
    if named is not None:
        return named  # ('X will brand you a liar and Y will accuse you': Y; 'X, which Y called Z, blaming W': Y; gerund_doers)
    relative = verb.head
    if (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and relative.dep_ == "relcl" and relative.head.dep_ == "ROOT"
            and verb.doc[verb.i - 1].text == "," and relative.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "cc" for c in children_of(relative))):
        return relative.head  # 'Varga, whose book has drawn protests, called X': the one the relative describes
    if depth < CLIMB_LIMIT and (host := host_past_the_aside(verb)) is not None:
        return subject_of(host, depth + 1)  # 'X called Y (although he allowed Z) and promised W': X's
    if depth < CLIMB_LIMIT and verb.dep_ in CLIMB_DEPS and verb.head.i != verb.i:
        if verb.dep_ == "ccomp":
            return None
        return subject_of(verb.head, depth + 1)
    if 0 < depth < 3 and verb.dep_ == "dobj" and verb.pos_ == "NOUN" and verb.head.pos_ in ("VERB", "AUX"):
        # 'took the step of criticizing X': the object noun the clause hangs on is the doer's
        return subject_of(verb.head, depth + 1)
    return None


def _past_the_quotation(subject: Token, verb: Token) -> Token:
    """'"Very good reporter, this guy," Trump, the front-runner, said': with no verb in the
    quotation, the parser made a noun inside it the cue's subject and the speaker its
    apposition; a quotation closed before the cue is what was said, and the speaker is the
    first noun after its closing mark that the parser hung on that subject."""
    doc = verb.doc
    opening = sentence_of(verb).start
    if not doc[opening].is_quote or subject.i <= opening:
        return subject  # the sentence does not open with a quotation
    # the first mark after the opening one closes the quotation the subject is in: '..., this
    # guy,"' (not "Sanders' aide", nor a title quoted after the subject)
    close = next((t.i for t in doc[opening + 1 : verb.i] if t.is_quote), None)
    if (close is None or not opening < subject.i < close or doc[close - 1].text not in (",", "?", "!")
            or any("\n" in t.text_with_ws for t in doc[opening : verb.i])):
        return subject
    inside = {t.i for t in subject.subtree}
    return next((t for t in doc[close + 1 : verb.i] if t.i in inside and t.pos_ in ("PROPN", "NOUN", "PRON")), subject)


def closes_quotation(token: Token) -> bool:
    """A closing quotation mark (a straight single one the tagger reads as one: '\'It is over,\' said the coach'), not a
    possessive the parser hung on its word as its case ('players\'', 'the players\u2019 union')."""
    return token.text in CLOSING_MARKS and token.dep_ != "case" or token.text == "'" and token.tag_ == "''"


def inverted_subject(lex: Lexicon, verb: Token) -> Token | None:
    """The speaker of '"...," Ramos, 58, told AFP' or '"...?" asked the boy' when the
    parser missed the subject: the noun phrase between the closing mark and the cue, or
    right after a cue that follows the closing mark."""
    doc = verb.doc
    sent_start = sentence_of(verb).start if verb.i - 12 < 0 else max(0, verb.i - 12)
    i = verb.i - 1
    while i >= sent_start and (doc[i].pos_ in NAME_POS or doc[i].tag_ == "POS") and not closes_quotation(doc[i]):
        i -= 1  # (over "the company's chief executive, John Smith,")
    if i >= sent_start and closes_quotation(doc[i]) and i < verb.i - 1:
        between = [t for t in doc[i + 1 : verb.i] if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if between:
            # the noun phrase's head: the word hung outside it ('executive', not the possessor 'company')
            heads = [t for t in between if not i < t.head.i < verb.i]
            return heads[0] if heads else between[0]
    b = verb.i - 1 - (verb.i > 1 and doc[verb.i - 1].is_space)  # (over a space: '"...,"\u00a0added Lee')
    before = doc[b] if verb.i else None
    if before is not None and (before.text == "," or closes_quotation(before) and doc[b - 1].text == ",") and (
            _shares_a_speaker(lex, verb)):
        return None  # 'He suggested X, called her "third-rate" and left': one speaker's series (or 'called it "bad," left')
    if before is not None and (closes_quotation(before) or before.text == ",") and verb.tag_ != "VBG":
        reported_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in children_of(verb)) or verb.dep_ == "conj" and not any(
            c.dep_ in SUBJECTS for c in children_of(verb))  # ('X, warned Ann Lee': the clause before what was said)
        for child in rights_of(verb):
            if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and (child.pos_ in ("NOUN", "PROPN") or (
                    child.lower_ in ("another", "others") and closes_quotation(before) and child.i == child.sent.end - 2)):
                # ('"Keep going," added another.')
                if child.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
                    continue  # 'said Tuesday': not the speaker
                if verb.lemma_.lower() in lex.addressee_verbs and not closes_quotation(before) and not (
                        child.ent_type_ in ("PERSON", "ORG") and reported_before):
                    continue  # '..., told reporters': the addressee; '"...?" asked one woman' and 'X, warned Ann Lee' invert
                return child
        name = _name_after(verb)
        if verb.lemma_.lower() not in lex.addressee_verbs or reported_before and name is not None and name.ent_type_ in (
                "PERSON", "ORG"):
            return name
    return None


def _shares_a_speaker(lex: Lexicon, verb: Token) -> bool:
    """A verb joined to a verb whose own subject is someone, before both: the two share it (not
    to a copula: 'He is wrong, said the mayor' inverts)."""
    head = verb.head
    rights = [c for c in rights_of(verb) if not c.is_punct]
    last = last_word(verb)
    if len(rights) == 1 and rights[0].dep_ in ("dobj", "attr", "npadvmod", "nsubj") and rights[0].right_edge.i >= last:
        return False  # '..., reported the Washington Examiner.': a noun phrase ending the sentence speaks
    return verb.dep_ == "conj" and head.i < verb.i and head.lemma_ != "be" and any(
        c.dep_ in SUBJECTS and c.i < head.i and source_like(lex, c) for c in children_of(head))


#: marks a subject noun phrase the parser hung on an earlier phrase may follow
_PHRASE_BREAKS = frozenset([",", ";", ":", "\u2014", "\u2013", "--", "-", "("])
#: clauses that modify a word: a cue in one has its subject there (or none)
_MODIFIER_CLAUSES = frozenset(["relcl", "acl", "advcl", "xcomp", "pcomp", "amod"])
#: the cue's own words that may stand between its subject and it ('X, a spokesman, also said')
_BEFORE_CUE = ("advmod", "aux", "neg")


def stranded_subject(verb: Token) -> Token | None:
    """'..., on Dec. 2, Col. Ann Lee, a military spokeswoman, said X', 'not an accident — Ann
    Lee, a spokeswoman, told reporters X': the parser hung the noun phrase before a finite cue
    on an earlier phrase (as an apposition, a conjunct, an object), so the cue has no subject
    of its own. The noun phrase that opens after a phrase break and ends right before the cue
    (and its commas, adverbs and auxiliaries) is its subject."""
    doc = verb.doc
    start = sentence_of(verb).start
    end = verb.i - 1
    while end > start and doc[end].head.i == verb.i and doc[end].dep_ in _BEFORE_CUE:
        end -= 1
    if verb.tag_ in ("VBD", "VBN") and verb.dep_ == "ROOT" and (shaken := subject_of_an_aside(verb, end)) is not None:
        return shaken  # ('"No," the driver, visibly shaken, admitted': a past form the tagger read as a participle)
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in children_of(verb)):
        return None  # a finite cue: not 'to argue', 'saying'
    if verb.dep_ in _MODIFIER_CLAUSES or any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb)):
        return None
    if (shaken := subject_of_an_aside(verb, end)) is not None:
        return shaken  # ('"No," the driver, visibly shaken, said': ``stranded_quotes``)
    ends: tuple[int, ...] = (end, end - 1) if doc[end].text == "," else (end,)
    ends += (aside,) if (aside := before_an_aside(end, start, doc)) is not None else ()  # ('Lee, wearing X, said')
    for token in doc[start:end + 1]:
        if (token.right_edge.i in ends and token.pos_ in ("PROPN", "NOUN") and token.head.i < token.i
                and token.ent_type_ not in NOT_CONTENT_ENTS
                and token.dep_ not in SUBJECTS and token.left_edge.i > start
                and (doc[token.left_edge.i - 1].text in _PHRASE_BREAKS or after_a_quotation(token))):
            return token  # (or a quotation's closing mark: '"...," Ann Lee, an aide, said' with the name hung inside it)
    return None


_NAME_INSIDE = frozenset(["compound", "det", "amod", "poss", "nmod", "case", "punct", "nummod"])


def _name_after(verb: Token) -> Token | None:
    """'"...," said David Brock, a confidant who heads Correct the Record': the parser may
    give the name to a verb further on; the noun phrase right after the cue is the speaker."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    token = doc[verb.i + 1]
    steps = 0
    while token.dep_ in _NAME_INSIDE and token.head.i > token.i and token.head.i - verb.i <= 6 and steps < 6:
        token = token.head
        steps += 1
    if token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
        return None
    return token


def agent_of(verb: Token) -> Token | None:
    """The 'by X' of a passive cue, also when the parser hangs it on the 'as' phrase; not a time ('will
    be posted online by Friday') nor a channel ('will be notified by email', ``delivery_means``)."""
    for child in children_of(verb):
        if child.dep_ == "agent":
            for grand in children_of(child):
                if grand.dep_ == "pobj" and grand.ent_type_ not in ("DATE", "TIME") and not means_of_delivery(grand):
                    return grand
        if child.dep_ == "prep" and child.lower_ == "as":
            for token in child.subtree:
                if token.lower_ == "by" and token.dep_ in ("agent", "prep"):
                    return first_child(token, "pobj")
    return None


def source_span(text: str, token: Token) -> tuple[int, int]:
    start, end = subtree_span(token)
    other = next((c for c in children_of(token.head) if c.dep_ == "nsubj" and c.i > token.i), None) if token.dep_ in (
        "nsubj", "dobj") else None
    if other is not None and misread.ended_early(token, other):
        end = subtree_span(other)[1]  # 'The daughter of State Senator Ann Pike'
    start = start if (role_start := misread.role_read_as_subject(token)) is None else role_start  # 'The chair, Mei Tanaka,'
    start = start if (body := body_after_fronted_role(token)) is None else body.idx  # 'signed by its head, X, the guild'
    role = misread.role_hung_on_the_verb(token)  # 'Co-author Dr. Jean-Baptiste Moreau said', 'Senator for Tasmania X said'
    start = role.left_edge.idx if role is not None and role.lower_.endswith(PERSON_SUFFIXES) else start
    # 'accused by prosecutors of taking 2.4 million': a gerund's phrase the parser hung on the
    # source belongs to the cue
    rights = list(token.rights)
    gerund = next((c for c in rights if c.dep_ == "prep" and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in children_of(c))), None)
    # ('was seen by many as a bid for X': what the agent sees it as is the content)
    gerund = gerund or next((c for c in rights if c.dep_ == "prep" and c.lower_ == "as"
                             and token.head.dep_ == "agent"), None)
    if gerund is not None:
        end = token.doc[gerund.i - 1].idx + len(token.doc[gerund.i - 1])
    # 'Mr Nair, in a supplementary question, noted', 'One council diplomat, speaking on condition of
    # anonymity,': what says when, where or how the source spoke is not who it is
    occasion = occasion_start(token)
    if occasion is not None:
        before = token.doc[occasion.i - 1]
        end = min(end, before.idx + len(before))
    verb = token.head
    if token.i < verb.i < token.right_edge.i and verb.pos_ in ("VERB", "AUX"):
        # 'The rebels said they had downed a jet, a claim the army rejected': the parser hung the
        # writer's apposition after the cue on its subject; no source runs past its own verb
        last = token.doc[max(t.i for t in token.subtree if t.i < verb.i)]
        end = min(end, last.idx + len(last))
    # 'Detectives searching for | a missing man believe': to the participle's object; 'a route friends said': 'friends'
    end = max(end, subtree_span(stranded)[1]) if (stranded := misread.stranded_object(token) or poll_date(token)) else end
    start = max(start, token.doc[ante.i + 1].idx) if (ante := misread.antecedent_in_subject(token)) is not None else start
    start = min(start, whole.idx) if (whole := misread.gerund_read_as_root(token)) is not None else start
    counted = counted_head(token)  # '10 Things Experts Say X': what a list title counts is no source (listicles.py)
    start = max(start, token.doc[counted.i + 1].idx) if counted is not None else start
    start = max(start, token.doc[every.i + 1].idx) if (every := predeterminer_all(token)) is not None else start
    shown = shown_subject(token)
    if shown is not None:  # 'Documents show officials knew': the finding's clause opens after 'show'
        start = max(start, token.doc[shown.i + 1].idx)
    # '"That's fair, because X," Sarandon, 69, told MSNBC': the parser hung the quotation on the
    # name; no noun phrase opens with a clause, so the source starts after it
    clause = next((c for c in reversed(list(token.lefts)) if c.dep_ in ("ccomp", "parataxis", "advcl")), None)
    if clause is not None:
        start = max(start, clause.right_edge.idx + len(clause.right_edge))
    # (nor with a quotation's end: '"... a milestone," Quellon co-founder and chief executive Ann Roy told')
    ends = [t for t in token.subtree if t.i < token.i and closes_quotation(t) and t.doc[t.i - 1].text in (",", "?", "!")]
    start = max(start, ends[-1].idx + len(ends[-1])) if ends else start
    # not the wire's dateline before a paragraph's first source ('DAMAVAND, Karvesh (Wire) - Rebels said')
    line = text.rfind("\n", 0, start) + 1
    if not text[line:start].strip(" ,") or text[line:start].rstrip().endswith(","):
        cut, _ = after_dateline(text, (line, end))
        start = max(start, cut) if cut > line else start
    start = min(start, name_before(token))
    particle = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 and token.pos_ == "PROPN" else None
    if particle is not None and particle.is_lower and particle.lower_ in PARTICLES:
        first = particle.i  # 'João Pedro dos | Santos said': the NER and the parser cut at 'dos'
        while first > 0 and token.doc[first - 1].is_title and token.doc[first - 1].pos_ == "PROPN":
            first -= 1
        start = min(start, token.doc[first].idx)
    start = after_clock(text, start, end)  # nor a live page's time opening the line ('14:20 A resident posted')
    start = line_label_end(text, start, end)  # nor a live page's label ('14:02 - Breaking: the host says')
    return trim(text, start, end, " \t\r\n,;:\u2014\u2013-\"\u201c\u201d")


def shown_subject(token: Token) -> Token | None:
    """The verb the parser made a compound of the noun after it ('Documents show officials knew
    X', 'Records show inspectors found Y': 'show' hung on 'officials'), with its own subject
    before it: the noun opens the clause the verb reports."""
    verb = next((c for c in token.lefts if c.dep_ == "compound" and c.tag_ in ("VBP", "VBZ", "VBD")), None)
    if verb is None or not any(c.dep_ == "nsubj" and c.i < verb.i for c in children_of(verb)):
        return None
    return verb


def cue_span(verb: Token, extra: Iterable[Token] = ()) -> tuple[int, int]:
    """The cue word with its auxiliaries, negation and particles (and ``extra`` words)."""
    tokens = [verb, *extra, *outer_negation(verb)]  # 'neither admitted nor denied', 'without denying'
    for child in children_of(verb):
        if _particle_of_name(child):
            continue  # '"...," dos Santos told': a name's particle read as an auxiliary
        if (child.dep_ in LEFT_CUE_DEPS and 0 < verb.i - child.i <= 4 and not before_the_subject(verb, child)
                and not carried_displays.participle_before_quote(child, verb)) or child.dep_ == "prt":
            tokens.append(child)  # not 'Did' of 'Did she say X?', nor 'reading' of 'a message reading "Thank you"'
        elif child.lower_ == "longer" and child.i < verb.i and any(g.dep_ == "neg" for g in children_of(child)):
            tokens.extend([child, *children_of(child)])  # 'no longer believed': negated
    tokens.sort(key=lambda t: t.i)
    return span_of(tokens)


#: names' particles in lower case ('dos', 'de', 'bin')
PARTICLES = word_set("attribution/name_particles")


def _particle_of_name(token: Token) -> bool:
    """A name's particle in lower case before its capitalised part ('dos Santos', 'de la Cruz')."""
    if not (token.is_lower and token.lower_ in PARTICLES) or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return after.pos_ == "PROPN" and after.is_title or after.lower_ in PARTICLES


#: how nouns of persons end ('farmer', 'editor', 'activist', 'historian', 'migrant', 'resident'), in the lemma; in
#: a word with their plurals and a few more; the plurals alone ('insiders', 'Americans'; not 'doors', 'floors')
PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
PERSON_SUFFIXES = (*PEOPLE_ENDINGS, *(e + "s" for e in PEOPLE_ENDINGS), "ee", "ees", "man", "men", "people", "one", "body")
PEOPLE_PLURALS = (*(e + "s" for e in PEOPLE_ENDINGS if e != "or"), "ans", "ees", "men")


def source_like(lex: Lexicon, token: Token) -> bool:
    """Whether a subject can hold a statement or a belief: names, pronouns and entities can,
    and the common nouns of people, groups, organisations and documents ('officials',
    'voters', 'the campaign', 'the report'); 'the recipe' or 'the storm' cannot, nor a thing
    that ends like a noun of people ('the offer', ``Lexicon.lookalike_nouns``; 'the bluster', ``agent_nouns``)."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return True
    words = (token.lemma_.lower(), token.lower_)
    # ('-ment' is no person's ending: 'appointment'; the bodies and documents are listed)
    return any(w in lex.speaking_nouns or w.endswith(PERSON_SUFFIXES) and not w.endswith(("ment", "ments"))
               and token.lemma_.lower() not in lex.lookalike_nouns and agent_nouns.person_ending(lex, w, token) for w in words)


def past_a_colon(text: str, start: int, end: int) -> int:
    """Where a reported clause before its cue starts: after a colon or dash that opens the
    quotation it ends with ('The coach was blunt \u2014 "We were terrible," he said': the words
    before it are the writer's), else at ``start``."""
    colon = max(text.rfind(":", start, end), text.rfind("\u2014", start, end), text.rfind("\u2013", start, end),
                text.rfind(" - ", start, end) + 1 or -1)
    if colon < 0 or not text[colon + 1 : end].lstrip().startswith(("\"", "\u201c", "\u2018", "\u00ab")):
        return start
    return colon + 1


def adverbial(lex: Lexicon, clause: Token) -> bool:
    """'said, as the crowd cheered', 'X - he called Y': a clause the parser took for a complement (``clause_marks``)."""
    return clause_marks.opens_adverbially(lex, clause) or clause_marks.dashed_off(lex, clause)


def question_mark(clause: Token) -> bool:
    """'asked if X' / 'asked whether X' parsed as an adverbial clause."""
    return any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in children_of(clause))


def that_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause opened by 'that'."""
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(token))


def phrase(token: Token) -> str:
    """A name without its leading article ('the AP' -> 'AP'), or a clause on it ('in a letter to
    residents that patrols would increase': the parser hung what was said on the letter)."""
    clauses = {t.i for c in token.subtree if c.dep_ in ("relcl", "acl", "ccomp") and c.i > token.i for t in c.subtree}
    tokens = [t for t in token.subtree if t.dep_ not in ("punct",) and t.i not in clauses]
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    return token.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else token.text


#: the tags of a verb in a tense of its own, and of a finite verb or auxiliary (a modal too)
TENSE_TAGS = ("VBD", "VBZ", "VBP")
FINITE_TAGS = (*TENSE_TAGS, "MD")


def finite(verb: Token) -> bool:
    """A finite verb: its own tag, or a finite auxiliary of it ('has said', 'will say')."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in children_of(verb))


def inverted_after_comma(verb: Token) -> Token | None:
    """The subject after a cue set after a comma, when the parser gave the cue a second subject
    before the comma ('The vote signals "the end" for the union, said Geert Wilders': 'signals'
    read as a noun made the clause before the comma a noun phrase, and a subject of 'said'): a
    clause has one subject, and an inverted cue clause's is the one after it."""
    if verb.i == 0:
        return None
    doc = verb.doc
    if closes_quotation(doc[verb.i - 1]) and verb.i > 1 and doc[verb.i - 2].text in (",", "?", "!"):
        # '"Anybody who attacks him, it's like buyer beware," said Louise Holt': a subject
        # inside the quotation closed right before the cue is the quotation's, not the cue's
        after = next((c for c in rights_of(verb) if c.dep_ == "nsubj"), None)
        opening = next((t.i for t in reversed(doc[: verb.i - 1]) if t.is_quote), None)
        if after is not None and opening is not None and any(
                c.dep_ == "nsubj" and opening < c.i < verb.i for c in lefts_of(verb)):
            return after
        return None
    if doc[verb.i - 1].text != ",":
        return None
    after = next((c for c in rights_of(verb) if c.dep_ == "nsubj"), None)
    # the subject before must run up to the comma: 'Mr. Trump, in an interview, said his 757
    # was X' has the cue's own subject before it and the parser's misplaced one after
    if after is None or not any(c.dep_ == "nsubj" and c.right_edge.i == verb.i - 2 for c in lefts_of(verb)):
        return None
    return after


def last_word(verb: Token) -> int:
    """The index of the last word of the verb's sentence (no punctuation, no line break), or
    the verb's own when nothing follows it."""
    last = sentence_of(verb).end - 1
    while last > verb.i and (verb.doc[last].is_punct or verb.doc[last].is_space):
        last -= 1
    return last
