"""What a number counts, what happened, where and when: token-level context of a figure.

Helpers of the figure extractor. They read a spaCy Doc around one number expression and
return plain strings; the word lists come from the lexicon (``figure_lexicon``: ``nlp/lexicon/data/figures/``,
the calendar and number tables, and the attribution verbs tagged ``+figures``). Whose a sum is and the
period it is counted per are read in ``money``; this module re-exports both.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .aid_reach import aid_reach
from .describing import describes
from .figure_lexicon import Context, context
from .group_units import group_unit
from .held import held_place
from .located import located
from .misread_nouns import misread_verb
from .money import find_agent, find_rate
from .possible import possibility
from .states import copula_state, counted_state
from .verb_phrases import happening_phrase

__all__ = ["Context", "context", "find_agent", "find_place", "find_predicate", "find_rate", "find_unit", "pluralize",
           "subject_of_level"]

_NOUN_TAGS = frozenset(("NN", "NNS", "NNPS"))
_SKIP_TAGS = frozenset(("JJ", "JJR", "JJS", "VBG", "VBN", "HYPH", "NNP", "RB", "DT", "PRP$", "POS"))


#: an acronym's plural: capitals and a lower-case 's' ("EVs", "SUVs", "NGOs")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def pluralize(word: str, plural: bool = False, ctx: Context | None = None) -> str:
    """The plural the gold set writes units in ("year" -> "years", "child" -> "children").
    ``plural``: the tagger says the word is plural already."""
    ctx = ctx or context()
    if _ACRONYM_PLURAL.fullmatch(word):
        return word  # "500,000 EVs", "12 MPs": an acronym keeps its capitals (lower case, 'evs' reads as no word)
    low = word.lower()
    if time_unit := ctx.time_units.get(low):
        return time_unit
    if plural or low in ctx.irregular_plurals.values():
        return low
    if low in ctx.irregular_plurals:
        return ctx.irregular_plurals[low]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low
    if re.search(r"[^aeiou]y$", low):
        return low[:-1] + "ies"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return low + "es"
    return low + "s"


def _unit_text(ctx: Context, doc: Doc, head: Token, first: int) -> str:
    """The unit as the gold writes it: plural head, with a measuring modifier ("square
    kilometers"), a sub-group's compound the measures list ("aid workers", ``group_units``)
    and a bare coordinated noun ("hospitals and clinics")."""
    prev = doc[head.i - 1] if head.i - 1 >= first else None
    if head.lower_ in ctx.unit_followers:  # 'degrees celsius' parsed with 'celsius' as the head
        scale = head.lower_.capitalize().replace("Centigrade", "Celsius")
        return f"degrees {scale}" if prev is not None and prev.lower_ in ("degree", "degrees") else scale
    words = [pluralize(head.text, head.tag_ in ("NNS", "NNPS"), ctx)]
    if group := group_unit([t.lower_ for t in doc[first:head.i]], words[0]):
        words = [group]  # "Two aid workers", "23 police officers": a sub-group the measures know
    elif prev is not None and prev.lower_ in ctx.unit_modifiers:
        words.insert(0, prev.lower_)
    # "610 suspected cholera cases": a status anywhere before the noun makes another count than the confirmed one
    status = next((t.lower_ for t in doc[first:head.i] if t.lower_ in ctx.status_modifiers), None)
    if status:
        words.insert(0, status)
    nxt = head.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in ctx.unit_followers:
        return " ".join([*words, doc[nxt].lower_.capitalize().replace("Centigrade", "Celsius")])
    if nxt + 1 < len(doc) and doc[nxt].lower_ in ("and", "or") and doc[nxt + 1].tag_ == "NNS" and \
            doc[nxt + 1].lower_ not in ctx.magnitude_words:  # not "dollars and hundreds of euros"
        after = doc[nxt + 2] if nxt + 2 < len(doc) else None
        if after is None or after.tag_ not in _NOUN_TAGS:
            words += [doc[nxt].lower_, doc[nxt + 1].lower_]
    return " ".join(words)


def find_unit(
    doc: Doc, first: int, sent_end: int, allow_of: bool, ctx: Context | None = None
) -> tuple[Token | None, str | None]:
    """The counted noun after the number expression (token ``first`` on), as (head token,
    unit text). Adjectives and participles are skipped ("eight remaining hospitals"); the
    last noun of a compound is the head ("50 police officers"); after a hyphen the first
    noun is the unit ("a five-minute drive")."""
    ctx = ctx or context()
    i = first
    limit = min(sent_end, first + 8)
    hyphen = False
    if i < limit and doc[i].lower_ == "of" and (allow_of or _of_a_count(doc, i + 1, limit, ctx)):
        i += 1
        if i + 1 < limit and doc[i].lower_ in ("those", "these") and doc[i + 1].tag_ in ("VBN", "VBD"):
            return doc[i], "people"  # "a third of those screened"
        if i + 1 < limit and doc[i].lower_ == "the" and doc[i + 1].tag_ in ("JJ", "VBN") and \
                doc[i + 1].lower_ in ctx.happening_words:
            return doc[i + 1], "people"  # "a third of the wounded", "half of the dead"
        while i < limit and (doc[i].lower_ in ctx.unit_determiners or doc[i].tag_ in ("PRP$", "POS")
                             or (doc[i].tag_ in ("NNP", "NN") and i + 1 < limit and doc[i + 1].tag_ == "POS")):
            i += 1
        if i < limit and doc[i].tag_ == "CD":  # "23 of its 29 delegates"
            i += 1
    elif i < limit and doc[i].text in ("-", "–") and i + 1 < limit:
        i += 1
        hyphen = True
    head = None
    while i < limit:
        tok = doc[i]
        if tok.lower_ in ("more", "additional", "fewer") and i + 1 < limit and doc[i + 1].tag_ in _NOUN_TAGS:
            i += 1  # "four more people", "200 additional troops": the noun after counts
            continue
        if tok.lower_ in ctx.unit_stop_words or (tok.lower_ == "the" and i + 1 < limit and (
                doc[i + 1].lower_ in ctx.time_units
                or (doc[i + 1].tag_ == "JJ" and i + 2 < limit and doc[i + 2].lower_ in ctx.time_units))):
            break  # "up from 2,100 the year before", "from 12 the previous day": no count of years or days
        if (tok.tag_ in _NOUN_TAGS or (tok.tag_ == "NNP" and _common_word(ctx, tok))) and not misread_verb(tok):
            if not hyphen and i + 2 < limit and doc[i + 1].text == "-" and tok.dep_ in ("compound", "npadvmod") \
                    and tok.head.i > i + 1:
                i += 2  # "12 water-bombing aircraft", "40 storm-hit families": the hyphened word qualifies a noun after
                continue
            head = tok
            if not hyphen and i + 1 < limit and doc[i + 1].tag_ in _NOUN_TAGS and doc[i + 1].dep_ != "npadvmod" \
                    and not misread_verb(doc[i + 1]):
                i += 1
                continue
            break
        if head is not None:
            break
        nxt = doc[i + 1] if i + 1 < limit else None
        if tok.tag_ not in _SKIP_TAGS and not (tok.tag_ == "VBD" and nxt is not None and nxt.tag_ in _NOUN_TAGS):
            break
        if tok.tag_ == "NNP" and (nxt is None or nxt.tag_ not in _NOUN_TAGS | {"NNP", "JJ"}):
            break
        i += 1
    if head is None:
        return None, None
    if head.tag_ == "NNP" and not _common_word(ctx, head):
        return None, None
    return head, _unit_text(ctx, doc, head, first)


def _of_a_count(doc: Doc, i: int, limit: int, ctx: Context) -> bool:
    """"12 of the 40 candidates", "165 of its 300 seats": a count of a counted whole."""
    while i < limit and (doc[i].lower_ in ctx.unit_determiners or doc[i].tag_ in ("PRP$", "POS")):
        i += 1
    return i < limit and doc[i].tag_ == "CD"


def _common_word(ctx: Context, tok: Token) -> bool:
    """A token the tagger took for a proper noun that is a common word (lower case,
    a currency or a time unit)."""
    return tok.text.islower() or tok.lower_ in ctx.currency_words or tok.lower_ in ctx.time_units


def find_predicate(anchor: Token) -> Token | None:
    """The verb or adjective saying what happened to the counted things: a participle or
    relative clause on the counted noun ("residents spent the night in shelters"), else the
    verb, predicate adjective or copula the noun is the subject of, however deep the clause
    sits ("30 people were unaccounted for, the teams said": unaccounted, not said; "1,100
    people were still in shelters, the council said": the copula, whose place
    ``predicate_text`` reads)."""
    for child in anchor.rights:
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "ADJ", "AUX") and not (
                child.lemma_ == "be" and anchor.doc[child.left_edge.i - 1].text == ",") and not describes(child):
            return child  # not a comment on the figure: "rises by 2 percent, which is less than inflation"
        if anchor.tag_ == "CD" and child.i == anchor.i + 1 and child.dep_ == "amod" and child.tag_ == "JJ":
            return child  # "Seven dead in Aldermoor fire": a bare number and its adjective
    tok = anchor
    for _ in range(6):
        head = tok.head  # the root is its own head: read once as the head of itself (a root verb or
        # adjective that is the figure's own word is its predicate, 'membership has doubled'), then stop
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        if subject and head.pos_ == "AUX" and head.dep_ in ("aux", "auxpass") and head.head.pos_ in ("VERB", "ADJ"):
            return head.head  # the subject hung on the auxiliary: "30 people were unaccounted for"
        if head.pos_ == "VERB" or (head.pos_ == "AUX" and (head.dep_ == "ROOT" or subject)):
            if head.lemma_ == "be":
                for child in head.children:
                    if child.dep_ in ("acomp", "attr") and child.i != tok.i and child.pos_ in ("ADJ", "VERB"):
                        return child
                # "were still in emergency shelters": the copula stands for its place phrase
                # "were out of work": so does a state phrase (``states``)
                return head if subject and (_place_phrase(head) is not None or copula_state(head)) else None
            return head
        if head.pos_ == "ADJ" and (head.dep_ in ("ROOT", "acomp", "amod", "conj") or subject):
            return head
        if head.i == tok.i:
            break
        tok = head
    return None


def _place_phrase(tok: Token, ctx: Context | None = None) -> Token | None:
    """The noun ending the place phrase of a verb of state ("were still in emergency
    shelters", "spent Saturday night in shelters", "sleeping in tents" -> the noun after
    the preposition), None when the verb is no such verb or has no such phrase within
    eight words after it."""
    ctx = ctx or context()
    if tok.lemma_.lower() not in ctx.state_verbs:
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ctx.locative_preps and tok.i < child.i <= tok.i + 6:
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            between = tok.doc[tok.i + 1:child.i]
            # only a stretch of time may stand between: "spent Saturday night / two nights in"
            # ("spent $66 million on ads in September" is no place of people)
            if noun is not None and noun.i - tok.i <= 8 and noun.lower_ not in ctx.months and \
                    noun.lower_ not in ctx.weekdays and \
                    all(t.tag_ in ("RB", "DT", "JJ", "CD", "NNP") or t.lower_ in ctx.time_units for t in between):
                return noun
    return None


def _counted_participle(tok: Token) -> Token | None:
    """The participle on the counted noun of a verb's subject "the number of <nouns> <participle>"
    ("the number of people sleeping in shelters has fallen": sleeping), else None."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "number"), None)
    if subject is None:
        return None
    nouns = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj" and g.tag_ == "NNS"]
    # the parser hangs the participle on the noun or on "number" itself ("the number of people vaccinated ... rose")
    return next((c for noun in (*nouns, subject) for c in noun.rights
                 if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBG")), None)


def _number_of(tok: Token) -> str | None:
    """"put the number of homes destroyed at 140": the participle on "the number of <nouns>"
    that the figure is the value of, as "number of homes destroyed" (what is counted and
    what happened to it; ``reconcile.measures`` reads the noun), else None."""
    number: Token | None
    if tok.dep_ == "acl" and tok.head.lemma_.lower() == "number":
        number, participle = tok.head, tok.lower_
    else:  # "put the death toll / the number of dead at 52": the object valued "at" the figure
        valued = any(c.dep_ == "prep" and c.lower_ == "at" and any(g.tag_ == "CD" for g in c.children)
                     for c in tok.children)
        number = next((c for c in tok.children if c.dep_ == "dobj" and c.tag_ in _NOUN_TAGS), None) if valued else None
        if number is None:
            return None
        if number.lemma_.lower() != "number":
            return " ".join([t.lower_ for t in number.lefts if t.dep_ in ("compound", "amod")] + [number.lower_])
        participle = next((c.lower_ for c in number.rights if c.dep_ == "acl"), "")
    noun = next((g for c in number.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)
    return None if noun is None else f"number of {noun.lower_} {participle}".strip()


def predicate_text(tok: Token | None) -> str | None:
    """The predicate as written: the verb or adjective ("killed", lemma of a present form),
    with a stranded particle ("unaccounted for"); a verb of state with its place phrase
    ("were still in emergency shelters", "spent Saturday night in shelters"), since the
    place says what happened to the counted people; a verb moving "the number of people
    killed / sleeping in shelters" gives the participle ("killed", "sleeping in shelters");
    "put the number of homes destroyed at 140" gives "number of homes destroyed"; a modal of
    possibility comes first ("could kill": a hypothetical, see ``possible``)."""
    if tok is None:
        return None
    if (modal := possibility(tok)) is not None:
        return f"{modal} {_predicate_text(tok)}"
    return _predicate_text(tok)


def _predicate_text(tok: Token) -> str:
    if (held := held_place(tok, context().happening_words)) is not None:
        return held  # "left 2,400 people in shelters", "the number of people in shelters fell"
    tok = _counted_participle(tok) or tok
    if (counted := _number_of(tok)) is not None:
        return counted
    if (noun := _place_phrase(tok)) is not None:
        return tok.doc[tok.i:noun.i + 1].text.lower()
    if (state := copula_state(tok) or counted_state(tok) or aid_reach(tok)) is not None:
        return state  # "were out of work", "the number of unemployed people fell", "Food aid reached"
    if (phrase := happening_phrase(tok)) is not None:
        return phrase  # "went on strike"
    if tok.tag_ in ("VBN", "VBD", "JJ", "JJR", "JJS"):
        text = tok.lower_
    else:
        text = tok.lemma_.lower() or tok.lower_
    head = tok.head
    if tok.dep_ == "xcomp" and head.pos_ == "VERB" and head.i < tok.i and \
            (head.lemma_.lower() in context().money_verbs or head.lower_ in context().money_verbs or
             f"{head.lemma_.lower()} to" in context().happening_words):
        # "pledged to give 40 million": a pledge, not money given; "wants to evacuate": an aim
        text = f"{predicate_text(head)} to {text}"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.head.i == tok.i and (nxt.dep_ == "prt" or nxt.tag_ == "RP" or (
            nxt.dep_ == "prep" and tok.tag_ in ("VBN", "JJ") and not list(nxt.children))):
        text += " " + nxt.lower_  # "unaccounted for", "wiped out"
    return text


#: the words that open a part of a count after it ("22 died, among them nine in Dreln"): a place past them is the part's
_SUB_COUNT = re.compile(r"\b(?:among them|including|of (?:them|whom))\b", re.IGNORECASE)


def find_place(places: list[tuple[int, int, str]], clip: tuple[int, int], clause: tuple[int, int] | None,
               at: int, text: str = "", preps: frozenset[str] = frozenset()) -> str | None:
    """The place entity nearest the number in its clause, else in its sentence; not one in a part of the
    count that follows it ("22 people had died, among them nine in the village of Dreln": not Dreln); in a verb's
    clause, one after a preposition of ``preps`` first (``located``: 'saw Tennant City lift the trophy at Wexley
    Stadium')."""
    in_sent = [p for p in places if clip[0] <= p[0] and p[1] <= clip[1]
               and not (p[0] > at and _SUB_COUNT.search(text, at, p[0]))]
    if not in_sent:
        return None
    if clause is not None:
        in_clause = [p for p in in_sent if clause[0] <= p[0] and p[1] <= clause[1]]
        if in_clause:
            in_sent = in_clause
        in_sent = located(in_sent, text, preps) or in_sent
    best = min(in_sent, key=lambda p: abs(p[0] - at))
    return re.sub(r"^(?:the|The)\s+", "", best[2])


def subject_of_level(predicate: Token | None, ctx: Context) -> tuple[str | None, Token | None]:
    """What a bare level counts, from the subject of its verb: "the death toll has risen to 52"
    counts people (and what happened to them is the toll: killed), "the number of injured
    fell to 35" people, "sales rose 60% to 3.9 million" sales (what happened to "the number
    of people killed" is read by ``predicate_text``). (unit, happening token)."""
    if predicate is None:
        return None, None
    subject = next((c for c in predicate.children if c.dep_ == "dobj" and c.tag_ in _NOUN_TAGS), None)
    if subject is None or subject.lower_ not in ctx.happening_words:  # "officials raised the death toll to 71"
        subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _NOUN_TAGS),
                       None) or subject
    if subject is None:
        return None, None
    head: Token | None = subject
    if subject.lemma_.lower() == "number":
        # (or the object of a gerund the parser read in a compound: "the number of charging points": points)
        head = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ in ("pobj", "amod")), None) or next(
            (o for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in g.children if o.dep_ == "dobj"), None)
        named = next((c for c in reversed(list(subject.lefts)) if c.dep_ == "compound" and
                      (c.tag_ == "NN" or c.tag_ == "NNP" and c.is_sent_start)), None)  # "Visitor numbers"
        # (the nearest: "Airport passenger numbers" count passengers)
        if head is None and named is not None:
            return pluralize(named.text, False, ctx), None  # "passenger numbers climbed to 9.8 million"
    if head is None:
        return None, None
    if head.lower_ in ctx.happening_words or head.lemma_.lower() in ctx.happening_words:
        return "people", head
    if head.tag_ not in _NOUN_TAGS:
        return None, None
    # a plural subject counts its own kind ("sales", "users"); a singular one is a mass
    # ("the prison population stood at 200,000"); its status stays on it ("suspected cases rose to 880")
    status = next((f"{t.lower_} " for t in head.lefts if t.lower_ in ctx.status_modifiers), "")
    return (status + pluralize(head.text, True, ctx) if head.tag_ == "NNS" else head.lower_), None
