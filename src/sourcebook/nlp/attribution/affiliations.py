"""Who a named person is, as the article says it: the role and the body it gives them (a title,
an apposition, 'of X', 'who heads X', a role set before the name), as an affiliation a reader
can check ('Health Minister', 'Professor of Halden Sleep Institute', "World Health
Organization's country representative") and as the role words speaker resolution matches role
phrases against ('the senator' for 'Sen. Ted Cruz')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, canonical_name
from ..lexicon import tagged, word_set
from .body_nouns import body_fits, called_so, names_noun
from .clock_times import is_time_of_day
from .given_roles import PERSON_SUFFIXES, doer_words, misread_role, person_word, role_lemma, role_word
from .name_titles import leading_titles, title_word
from .office_titles import office_noun
from .people import FEMALE, MALE, gender_of_first_name
from .rank_titles import title_read_as_body
from .subjects import main_subject, sentence_span
from .successors import successor_roles
from .tables import text_of, words_of
from .word_forms import listed

if TYPE_CHECKING:
    from .index import ArticleIndex

ARTICLES = ("the", "a", "an")
ORG_LABELS = ("ORG", "NORP", "GPE")
#: titles and the role noun they stand for: abbreviations ('Sen.'), 'Justice' (a judge) and
#: 'Secretary' (a minister: 'Transport Secretary X ... the minister said')
_TITLE_ROLES = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president",
                "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "supt": "superintendent", "atty": "attorney",
                "justice": "judge", "secretary": "minister", "cr": "councillor", "cllr": "councillor",
                "det": "detective", "insp": "inspector", "ds": "detective sergeant",
                "dci": "detective chief inspector", "dsi": "detective superintendent", "pc": "police constable",
                "dc": "detective constable", "dsp": "deputy superintendent of police",
                "asp": "assistant superintendent of police"}
#: what else an office's holder is called ('Representative X' is 'the congressman'; a team's manager is its coach)
_ALSO_CALLED = {"representative": frozenset(["congressman", "congresswoman", "lawmaker"]), "senator": frozenset(["lawmaker"]),
                "councillor": frozenset(["councilman", "councilwoman"]), "councilman": frozenset(["councillor"]),
                "councilwoman": frozenset(["councillor"]), "manager": frozenset(["coach"]), "coach": frozenset(["manager"])}
_ABBREVIATIONS = word_set("title_abbreviations")
#: titles that are no role ('the survey's lead author, Dr. Hana Ito': 'Dr.' is not her role)
HONORIFICS = word_set("attribution/honorifics") | tagged("titles", "courtesy")
#: entity types of places: a name beside a group noun that is one names no body
_PLACES = frozenset(["GPE", "LOC", "FAC", "NORP"])
_WHERE = _PLACES - {"NORP"}  # where one lives or works ('Tom Reid, Leeds'), not 'a Democrat'
#: verbs of a relative clause that name the body a person leads ('who heads the agency')
_LEADING = frozenset(["head", "lead", "run", "chair", "direct", "manage", "found", "own"])
#: possessive determiners of a role ('Its director', 'His lawyer'), and whom each can stand for
_POSSESSIVES = {"its": "organisation", "their": "organisation", "his": MALE, "her": FEMALE, "our": None, "my": None, "your": None}


def _title_free(tokens: list[Token]) -> list[Token]:
    tokens = tokens[leading_titles(tokens) :]  # ('Dr Hana Ito'; not 'Mr King', 'Dr Nana Adjei': name_titles)
    # a rank's words before its title ('Police Sergeant Carol Finch', 'Fire Chief Dana Voss'):
    # capitalised words no first name opens, then a title, then the name
    titled = next((k for k in range(len(tokens) - 2, 0, -1) if title_word(tokens[k])), None)
    if titled is not None and all(t.is_alpha and t.text[:1].isupper() and gender_of_first_name(t.text) is None
                                  for t in tokens[:titled]):
        tokens = tokens[titled + 1 :]
    for k, token in enumerate(tokens):
        # a free-standing mark ends the name ('Obama - "Great' from the NER); a hyphen
        # inside a name ('al-Halabi') or an ampersand ('Kettle & Thread') does not
        if k and token.is_punct and token.text not in ("&", "+") and (token.whitespace_ or tokens[k - 1].whitespace_):
            tokens = tokens[:k]
            break
    while tokens and tokens[-1].dep_ == "case" or tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    return tokens


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    # the words' stretch of the article's text, read once (a Span's text makes a Token of each word)
    doc, first, last = tokens[0].doc, tokens[0], tokens[-1]
    text = text_of(doc)[first.idx : last.idx + len(last.text)]
    # without a nickname set in marks inside a name ('Declan "Dizzy" Oakes' is Declan Oakes; 'Marie «La Rouge» Dubois')
    return _NICKNAME.sub("", text) if any(w in '"\u201c\u2018\u00ab' for w in words_of(doc).text[first.i : last.i]) else text


_NICKNAME = re.compile(r"(?<=\w) [\"\u201c\u2018\u00ab][A-Z][^\"\u201d\u2019\u00bb]{0,40}[\"\u201d\u2019\u00bb](?= \w)")


def _without_article(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in ARTICLES:
        tokens = tokens[1:]
    return tokens


def _honorific(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    if token.is_lower and word in _COMMON_HONORIFICS:
        return False  # "Whitfield's father, Clarence": a relation, not 'Father Clarence'
    return word in HONORIFICS or word in TITLES and token.text.endswith(".") and word not in _TITLE_ROLES


#: honorifics that are common nouns too when written in lower case
_COMMON_HONORIFICS = frozenset(["father", "lady", "lord", "dame", "comrade", "miss", "very", "right", "most", "reverend"])


def _office(tokens: list[Token]) -> str | None:
    """The office a run of titles before a name holds ('President', 'Sen.' -> 'Senator'); None
    for honorifics alone ('Mr.', 'Dr')."""
    offices = [t for t in tokens if t.lower_.rstrip(".") in TITLES and not _honorific(t)]
    if not offices:
        return None
    words = [_TITLE_ROLES.get(t.lower_.rstrip("."), t.text).title()
             if t.text.endswith(".") or t.lower_ in _ABBREVIATIONS else t.text for t in offices]  # 'Cllr' too
    return " ".join(words).replace(" Of ", " of ")


def _without_ranks(index: ArticleIndex, tokens: list[Token]) -> list[Token]:
    """A role without the titles written after it, before the name ('Police spokesman
    Superintendent Joseph Mwale', 'press secretary Major General Dana Kessler', 'the philosopher
    Professor Ruth Calloway'): the rank after the role is no role."""
    ranks = len(tokens)
    while ranks > 1 and tokens[ranks - 1].lower_.rstrip(".") in TITLES and not tokens[ranks - 1].is_lower:
        ranks -= 1
    role = tokens[ranks - 1] if ranks < len(tokens) else None
    if role is not None and role.is_lower and (role.lemma_.lower() in index.lex.role_nouns
                                               or role.lower_.endswith(PERSON_SUFFIXES)):
        return tokens[:ranks]
    return tokens


def role_words(index: ArticleIndex, tokens) -> set[str]:
    """Content words of a role description; bodies folded to one word ('the UN' -> 'org:UN'; no rank: ``rank_titles``)."""
    words: set[str] = set()
    for token in tokens:
        title = None if token.is_lower else _TITLE_ROLES.get(token.lower_.rstrip("."))  # (a title, not 'the justice secretary')
        if title:
            words.add(title)  # 'Sen. Ted Cruz' holds the role 'the senator'
        words |= _ALSO_CALLED.get(title or token.lower_, frozenset())  # 'Rep. Clay Dunmore' is 'the congressman'
        if (token.ent_type_ in ORG_LABELS or token.pos_ == "PROPN" and token.is_upper) and not title_read_as_body(index, token):
            org = next(iter(index.ents_in(token.i, token.i + 1)), None)
            name = _text(_without_article(list(org))) if org is not None else token.text
            words.add("org:" + canonical_name(name))
            words |= {w for w in [office_noun(token, org, index.lex)] if w}  # ('Local Government Ombudsman')
        elif role_word(token) and not token.is_stop:
            words.add(role_lemma(token))
    return words


def roles_of(index: ArticleIndex, ent: Span) -> tuple[str | None, set[str]]:
    """Affiliation and role words: 'UK Ambassador X', 'X, the UN's chief,', 'X from Y',
    'Professor X of Y'."""
    doc, role_nouns = index.doc, index.lex.role_nouns
    root = ent.root
    words: set[str] = doer_words(root)  # 'X, who grows beet, ... The grower said' (given_roles.py)
    affiliation = ranked = None
    role = None  # a role written before the name, which a body after it completes
    titles = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") and t.i < ent.start]
    # or hung on another word of the name ('DS Ellen Quinlan', 'PM Nadia bint Ali'), or a role's noun right before it
    titles += [t for w in ent if w.i != root.i for t in w.lefts if t.dep_ == "compound" and t.i < ent.start] + [
        t for t in ([doc[ent.start - 1]] if ent.start else ()) if t.is_lower and t.tag_ == "NN" and t.lower_ in role_nouns]
    lead = next((k for k, low in enumerate(words_of(doc).lower[ent.start : ent.end]) if low.rstrip(".") not in TITLES), 0)
    leading = list(ent[:lead]) if lead else []  # titles the NER put in the name ('Chief' before 'Constable Martin Greaves')
    if titles:
        first = min(t.left_edge.i for t in titles)
        # not past a dateline's dash or a verb ('ORCHARD COUNTY - Sheriff X', 'Thistle have sacked manager X')
        first = _after_break(doc, first, ent.start)
        tokens = _without_article([t for t in doc[first : ent.start] if not t.is_punct or t.text in (".", "'s")])
        tokens += leading if tokens and not _honorific(tokens[-1]) else []
        joined = max((k for k, t in enumerate(tokens) if t.lower_ == "and" and k and tokens[k - 1].pos_ == "PROPN"), default=None)
        tokens = tokens[joined + 1 :] if joined is not None else tokens  # 'Twins Erin and Cara Moss': no role
        while tokens and (_honorific(tokens[-1]) or tokens[-1].tag_ == "POS"):
            tokens = tokens[:-1]  # 'Health Minister Dr Lilian Osei': not 'Dr'; "Reform's Colin Pratt": Reform
        tokens = _without_ranks(index, tokens)
        if tokens and f"{_text(tokens)} {ent.text}" in index.person_names():
            tokens = []  # 'Celine' of 'Celine Moreau: "..."' is her given name, which the article gives in full elsewhere
        if tokens:
            words |= role_words(index, tokens)
            if any(t.lower_.rstrip(".") not in TITLES for t in tokens):
                affiliation = role = _text(tokens)
            else:
                affiliation = role = ranked = _office(tokens)  # 'President Amira Solberg', 'Sen. Ted Cruz'
    inside = [low for low in (w.rstrip(".") for w in words_of(doc).lower[ent.start : ent.end]) if low in TITLES]  # (no Token)
    words |= set(inside)
    words |= {_TITLE_ROLES[low] for low in inside if low in _TITLE_ROLES}
    if affiliation is None and leading:
        # with the words before the title ('Deputy Attorney General Jane Roe', the NER's 'General Jane Roe')
        tokens = _without_article([t for t in doc[leading[0].left_edge.i : leading[-1].i + 1] if not t.is_punct])
        tokens = [t for t in _without_ranks(index, tokens) if not _honorific(t)]  # ('the Very Rev Ann Black': none)
        affiliation = role = _text(tokens) if any(t.lower_.rstrip(".") not in TITLES for t in tokens) else _office(leading)
        ranked = affiliation  # a rank in the name gives way to a role set before it ('Its spokesman, Colonel X,')
    for child in root.rights:
        # 'Lena Marsh, 24': an age; 'Haddad: Very little': an interview's answer
        # (a name hung on it with no comma is no apposition: 'Tom Birtles and Liberal MP Sarah Kwan';
        # 'Ann Ruiz, President and Chief Executive of Orinoco' read as a conjunct is one)
        apposed = child.dep_ == "appos" or child.dep_ == "conj" and doc[child.i - 1].text == "," and (
            child.lower_ in index.lex.role_nouns)
        if (apposed and not child.like_num and doc[child.left_edge.i - 1].text != ":" and child.pos_ != "PRON"
                and not doc[child.left_edge.i - 1].is_quote  # what was said: 'called X "a monopolist"'
                and not (child.ent_type_ == "PERSON" and (doc[child.left_edge.i - 1].is_alpha or any(
                    c.dep_ == "cc" and c.i < child.i for c in root.rights)))  # 'X and his co-author, Y,': Y is the second
                and child.lower_ not in _FLOATING and not _clause_read_as_noun(child)
                # 'Ben Hale, no relation,' says who he is not; 'X, whose father, Y,' is a relative clause
                and doc[child.left_edge.i].lower_ not in ("no", "whose")
                and not (child.pos_ == "PROPN" and (child.ent_type_ in _WHERE or doc[child.left_edge.i - 2].like_num))):
            # ('Tom Reid, 45, Leeds': a name after an age or a place's is where one lives)
            # not a relative clause on it ('an ornithologist at X who was not involved in the study')
            clauses = {t.i for c in child.subtree if c.dep_ == "relcl" and c.head.i != root.i for t in c.subtree}
            # the apposition ends at its comma ('Emeka Adeyinka, a volcanologist, about the eruption')
            # (not before a name: 'vicar of Holy Trinity, Eastbrook')
            stop = next((t.i for t in child.subtree if t.text == "," and t.i > child.i and t.i + 1 < len(doc)
                         and doc[t.i + 1].is_lower), len(doc))
            tokens = _without_article([t for t in child.subtree if t.i not in clauses and not t.is_space and t.i < stop])
            tokens = [t for t in tokens if not (t.is_punct and t.i in (tokens[0].i, tokens[-1].i))]
            if tokens and len(tokens) <= 12:
                affiliation = bodies_named(index, tokens)  # 'X, the agency's director,'
                words |= role_words(index, tokens)
        elif child.dep_ == "prep" and child.lower_ in ("from", "of", "at", "with"):
            pobj = body(index, next((g for g in child.children if g.dep_ == "pobj"), None))
            if pobj is not None and child.lower_ == "from" and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                pobj = None  # 'Gareth Pryce, 54, from Swansea': where he lives, no affiliation
            if pobj is not None:
                org = next((e for e in index.ents_in(pobj.i, pobj.i + 1) if e.label_ in ORG_LABELS), None)
                subtree = [t for t in pobj.subtree if not t.is_punct]
                # the small model often tags only part of a name ('Save' of 'Save the
                # Children'): a short phrase around the entity is the better name
                whole = org is None or (len(subtree) <= 8 and subtree[0].i <= org.start and subtree[-1].i >= org.end - 1)
                named = subtree if org is None or whole else list(org)
                tokens = _without_article(named)
                if affiliation is None or affiliation == role and role is not None:
                    # 'Professor Tobias Renner of the Halden Sleep Institute': the role at the body
                    affiliation = f"{role} {child.lower_} {_text(named)}" if role else _text(tokens)
                words |= role_words(index, tokens)
        elif child.dep_ == "relcl" and child.lemma_.lower() in _LEADING and affiliation is None:
            # 'Ruth Adeyemi, who heads the Red Crescent's office in the capital': the body she heads
            # a body ('runs the port authority', 'the agency's operations'), not 'runs diving trips'
            led = next((g for g in child.children if g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN")
                        and (g.tag_ != "NNS" or any(c.dep_ == "poss" for c in g.children))
                        and g.lower_ not in index.lex.document_nouns), None)  # not 'who directed the study'
            tokens = _without_article(list(doc[led.left_edge.i : led.i + 1])) if led is not None else []
            if led is not None:  # 'who heads the cardiology unit at Elm Hospital': the body too
                at = next((c for c in (*led.rights, *child.rights) if c.dep_ == "prep" and c.lower_ in ("at", "of", "in")
                           and (c.head.i == led.i or c.i == led.right_edge.i + 1)), None)
                if at is not None and at.right_edge.i - led.left_edge.i < 10 and body(index, first_pobj(at)) is not None:
                    tokens = _without_article(list(doc[led.left_edge.i : at.right_edge.i + 1]))
            if led is not None and len(tokens) == 1 and tokens[0].is_lower and any(c.lower_ == "the" for c in led.children):
                tokens = []  # 'who led the association': which one, the words do not say ('runs a café' does)
            if tokens and len(tokens) <= 8:
                affiliation = _text(tokens)
                words |= role_words(index, tokens)
        elif child.dep_ == "relcl" and affiliation is None and child.pos_ == "VERB":
            # 'who covers electronics at Bellwether Research', 'who works for Orbis': where they work
            where = next((body(index, first_pobj(c)) for c in child.rights
                          if c.dep_ == "prep" and c.lower_ in ("at", "for")), None)
            org = next((e for e in index.ents_in(where.i, where.i + 1) if e.label_ == "ORG"), None) if where is not None else None
            if org is not None:
                affiliation = _text(_without_article(list(org)))
                words.add("org:" + canonical_name(affiliation))
    head = root.head
    office = head.head.head if root.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if office is not None and (office.lower_ in TITLES or office.lower_ in index.lex.role_nouns  # (no union of the lists)
                               or person_word(office.lower_) and office.tag_ == "NN"):
        head = office  # 'The Minister for Housing, Niamh Costigan,': the name hung on the role's body
    one_of = head.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.tag_ == "NNS" and (g.lower_.endswith(PERSON_SUFFIXES) or g.lemma_.lower() in index.lex.role_nouns)
        for g in c.children) for c in head.children)  # 'One of the freed workers, Hanna Lindqvist,'
    # (a relation gives way to an office in the name: 'His colleague, Councillor Sarah Mehta,')
    related = affiliation is not None and (head.lemma_.lower() in index._kin_words or head.lemma_.lower() in _RELATIONS)
    if not related and root.dep_ == "appos" and head.i < ent.start and (
            one_of or head.pos_ == "NOUN" and (listed(head, index.lex.role_nouns)
            or person_word(head.lower_) and head.tag_ == "NN"
            or head.lemma_.lower() in index._kin_words) or head.pos_ == "PROPN" and (
            head.lower_ in TITLES or head.lower_ in index.lex.role_nouns) or misread_role(head)):
        # ('The Secretary General of the Federation, Esther Banda,': a title as the role)
        # 'The regional governor, Ana Castell, has ordered': the role the name is set beside
        # ('His daughter, Frida,': 'daughter'; "Its leader, Sanna Holt,": the party's leader)
        # (the role before a relative clause on it: 'The student who found the tape, Chloe Marsh,')
        clause = min((c.left_edge.i for c in head.rights if c.dep_ == "relcl" and c.i < ent.start), default=ent.start)
        before = doc[_after_break(doc, head.left_edge.i, clause) : clause]
        # (its words also when 'of X' named the body: 'The consultant, Greg Hammond of Transit Solutions Group,')
        words |= role_words(index, list(before)) if len(before) <= 12 else set()
        if len(before) <= 12 and affiliation in (None, ranked):
            affiliation = role_before(before, owner_before(index, before), index)
            if affiliation and one_of:
                affiliation = "o" + affiliation[1:] if affiliation.startswith("One ") else affiliation
            if affiliation and head.tag_ == "NNS" and head.is_lower and affiliation.endswith(head.text):
                affiliation = affiliation[: -len(head.text)] + head.lemma_  # 'Board members X and Y': each a member
    if affiliation is not None:  # 'Orla Finnegan, painter, 1938-2024': the life's dates are no role
        affiliation = _DATES_AFTER.sub("", affiliation) or None
    return _no_age(affiliation), words | successor_roles(index, affiliation, words)  # ('His successor, X,')


def _no_age(role: str | None) -> str | None:
    """A role without an age before it ('ten-year-old Frank Whitlow'); None when what is left
    is what anyone might be called ('one woman, Ilse Marr')."""
    role = _AGE.sub("", role).strip() if role else None
    return None if not role or _NO_ROLE.fullmatch(role) else role


_AGE = re.compile(r"^(?:\w+[- ])?\w+-(?:year|month|week)s?-old\b", re.I)
#: a person as anyone might be called, with no role ('one woman', 'a local man')
_NO_ROLE = re.compile(r"(?i)(?:(?:one|a|an|another|the|this|that)\s+)?(?:(?:young|old|elderly|local|retired)\s+)?"
                      r"(?:man|woman|person|boy|girl|child|lady|gentleman|guy|men|women|people)")
_DATES_AFTER = re.compile(r"[,(]?\s*\(?\d{4}\s*[-\u2013\u2014]\s*(?:\d{2,4})?\)?$")


#: nouns of a relation to someone, no role
_RELATIONS = frozenset(["colleague", "neighbour", "neighbor", "friend", "partner", "classmate", "roommate", "flatmate",
                        "boyfriend", "girlfriend", "companion", "fiance", "fiancee", "ally"])
#: quantifiers floating after joined names ('Cole and Adams both said'): no role
_FLOATING = frozenset(["both", "all", "each", "together"])


def _clause_read_as_noun(token: Token) -> bool:
    """'Jane Holloway, 41, moves between the tables': a verb the tagger took for a plural noun
    set beside the name, with the rest of its clause, is no description of her."""
    return token.tag_ == "NNS" and any(c.dep_ == "prep" for c in token.children) and not any(
        c.dep_ in ("det", "amod", "compound", "poss") for c in token.children)


def _after_break(doc, start: int, end: int) -> int:
    """Where a role before a name starts: past a dateline's dash set off by spaces or a colon
    ('ORCHARD COUNTY - Sheriff X', '11:05 \u2014 A resident of Y, X'), past a verb ('Thistle
    have sacked manager X') and past a line break or a live blog's time ('17:06 Quillon CEO X');
    not inside a hyphenated word ('Co-author', 'Thirty-one-year-old')."""
    # (a verb the tagger made of a noun inside the role is none: "Labour's shadow skills spokesman")
    breaks = [t.i + 1 for t in doc[start:end] if t.pos_ in ("VERB", "AUX") and t.dep_ != "compound" or t.text == ":" or (
        t.text in ("-", "\u2013", "\u2014") and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_)
        or "\n" in t.text or is_time_of_day(t.text)]
    return max([start, *breaks])


def first_pobj(prep: Token) -> Token | None:
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def body(index: ArticleIndex, pobj: Token | None) -> Token | None:
    """The body named by the object of 'X of/from/at Y': an entity of ``ORG_LABELS`` ('of
    the UN', 'from France'), a proper noun the NER left untagged that holds an organisation
    word ('Jon Pike of Harbour Bank'), or the name set beside a group noun ('Ola Berg of
    the charity Clean Rivers') or beside another noun when it names a body ('works for the
    consultancy Redwater Labs')."""
    if pobj is None:
        return None
    if pobj.pos_ == "NOUN":
        named = next((c for c in pobj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if pobj.lemma_.lower() in index._group_words:
            if named is None and any(c.dep_ in ("poss", "compound") and c.tag_ in ("NNS", "NN") for c in pobj.lefts):
                return pobj  # 'Ben Foley of the nurses' union': a body the words before the noun say
            return named if named is not None and named.ent_type_ not in _PLACES else None
        if named is not None and (named.ent_type_ == "ORG" or any(  # 'for the consultancy Redwater Labs'
                t.lower_ in index.lex.organisation_words for t in named.subtree)):
            return named
    if pobj.ent_type_ in ORG_LABELS:
        return pobj
    words = [t for t in pobj.lefts if t.dep_ == "compound"] + [pobj]
    if pobj.pos_ == "PROPN" and not pobj.ent_type_ and any(t.lower_ in index.lex.organisation_words for t in words):
        return pobj
    merged = pobj.ent_type_ == "PERSON" and pobj.ent_iob_ == "I"  # 'Mira Castellanos of Bluewave' as one PERSON
    if pobj.pos_ == "PROPN" and (pobj.ent_type_ not in (*_PLACES, "PERSON") or merged) and pobj.text[:1].isupper() and len(
            list(pobj.subtree)) <= 6 and all(t.text[:1].isupper() or t.is_stop for t in pobj.subtree):
        return pobj  # 'Caroline Anning from Save the Children': a name the NER left out or cut
    return None


def owner_before(index: ArticleIndex, words: Span) -> str | None:
    """Whom the possessive opening a role stands for: 'Its' and 'Their' the body the sentence
    before has for its subject, else the last organisation named before it, not in passing ('a
    poll by Ifam'); 'His' and 'Her' the last man or woman, in its sentence or the one before;
    None for 'our', or when there is none."""
    if not len(words) or words[0].lower_ not in _POSSESSIVES:
        return None
    wanted = _POSSESSIVES[words[0].lower_]

    def owner(start: int, kind: str, key: str, genders: tuple = (wanted,)) -> str | None:
        if wanted == "organisation" and kind == "organisation" and start not in index.obliques:
            return index.full_name(key)
        person = index.people.by_key.get(key) if wanted in (MALE, FEMALE) and kind == "person" else None
        return person.name if person is not None and person.gender in genders else None

    if wanted == "organisation":  # the body the sentence before is about, before one it names in passing
        subject = _body_subject_before(index, words[0], named=True)  # ('The Trust estimates X could cost the NHS more.
        if subject is not None:                                        # Its analysis')
            return subject
    # a man or woman the article knows as one before a name it gives no gender ('Senator Mia Holt visited Dunmore. Her')
    found = _named_before(index, words[0].idx, 1, owner) or _named_before(
        index, words[0].idx, 1, lambda s, k, key: owner(s, k, key, (wanted, None)))
    return found if found is not None or wanted != "organisation" else _body_subject_before(index, words[0])


def _body_subject_before(index: ArticleIndex, word: Token, named: bool = False) -> str | None:
    """The body the sentence before ``word``'s (or its own words before it) has as the subject of
    its main verb when the NER named none: 'The Migraine Support Network welcomed it. Its chief
    executive, ...', 'The watchdog said X. Its director, ...'; with ``named``, only one the NER
    named, by its name."""
    doc, sentence, lex = word.doc, index.sentence_of(word.idx), index.lex
    for subject in (main_subject(sentence_span(index, sentence)), main_subject(sentence_span(index, sentence - 1))):
        root = subject.head if subject is not None else word
        if subject is None or max(root.i, subject.i) >= word.i or subject.pos_ not in ("NOUN", "PROPN") or (
                subject.ent_type_ in ("PERSON", "GPE")):
            continue
        if subject.lower_ in lex.report_nouns or subject.lower_ in lex.poll_nouns or subject.lower_ in lex.written_nouns:
            # 'A report by the Resolution Trust found X. Its chief economist': the report's author
            # (not when X names a body 'its' may stand for: 'A poll by Y shows the party won. Its leader')
            if any(t.ent_type_ == "ORG" or t.lemma_.lower() in index._group_words for c in root.children
                   if c.dep_ == "ccomp" for t in c.subtree):
                continue
            by = [g for c in subject.rights if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children]
            ent = next((e for g in by for e in index.ents_in(g.i, g.i + 1) if e.label_ == "ORG"), None)
            return index.body_name(ent) if ent is not None else None
        if named:  # only a body the NER named, by its whole name
            ent = next((e for e in index.ents_in(subject.i, subject.i + 1) if e.label_ == "ORG"), None)
            return index.body_name(ent) if ent is not None else None
        head = subject.lower_
        # (or a name no entity covers: 'Vantor makes boilers. Its chief executive')
        if head in index.lex.organisation_words or head in index.lex.public_bodies or head in index._group_words or (
                subject.pos_ == "PROPN" and not subject.ent_type_ and subject.is_title):
            tokens = _without_article([t for t in doc[subject.left_edge.i : subject.i + 1] if not t.is_punct])
            return _text(tokens) if tokens else None
    return None


def _named_before(index: ArticleIndex, offset: int, window: int, accept) -> str | None:
    """What ``accept(start, kind, key)`` makes of the last mention before ``offset`` that it
    accepts, in that sentence or the ``window`` before. The index may still be filling its
    mentions (roles are read as it indexes), so they are scanned, not looked up in
    ``last_mention``'s cache."""
    sentence = index.sentence_of(offset)
    for start, kind, key in reversed(index.mentions):
        if start >= offset:
            continue
        if sentence - index.sentence_of(start) > window:
            return None
        found = accept(start, kind, key)
        if found is not None:
            return found
    return None


def role_before(words: Span, owner: str | None = None, index: ArticleIndex | None = None) -> str | None:
    """The role written before a name ('the mayor, ', 'Its director of operations, '), without
    its article, an honorific or the comma: 'mayor', 'director of operations'; with a
    possessive pronoun's ``owner`` in its place: "Orbis's director of operations"."""
    tokens = _without_article([t for t in words if not t.is_punct])
    mine = bool(tokens) and tokens[0].lower_ in _POSSESSIVES
    while tokens and (tokens[0].lower_ in _POSSESSIVES or tokens[0].lower_ in ("another", "whose")):
        tokens = tokens[1:]  # ('Another worker, Ben Hale,': a worker; '..., whose grandfather, Luis Delgado,')
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ARTICLES or tokens[-1].lower_.rstrip(".") in TITLES and (
            tokens[-1].text.endswith(".") or _honorific(tokens[-1]) or tokens[-1].doc[tokens[-1].i - 1].text == ",")):
        tokens = tokens[:-1]  # 'the survey's lead author, Dr. Hana Ito': not 'Dr.' (but 'governor')
    tokens = _without_ranks(index, tokens) if index is not None else tokens
    if not tokens:
        return None
    if not (mine and owner):
        return _no_age(bodies_named(index, tokens) if index is not None else _text(tokens))
    return f"{owner}' {_text(tokens)}" if owner.endswith("s") else f"{owner}'s {_text(tokens)}"


def bodies_named(index: ArticleIndex, tokens: list[Token]) -> str:
    """The text of a role with each body it calls by a definite group noun named ('the
    hospital's medical director' -> "St Aldhelm's Hospital's medical director", 'spokeswoman for
    the company' -> 'spokeswoman for Dunmore Civil Engineering'): the last organisation named
    before, in its sentence or the two before, that fits the noun; 'its director' is its owner's
    (``owner_before``)."""
    if tokens[0].lower_ in ("its", "their") and len(tokens) > 1:  # 'X, its director,': the body's director
        owner = owner_before(index, tokens[0].doc[tokens[0].i : tokens[-1].i + 1])
        if owner is not None:
            return f"{owner}'s {_text(tokens[1:])}"
    named: dict[int, str] = {}
    for token in tokens:
        det = next((c for c in token.lefts if c.dep_ == "det"), None)
        if (token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in index._group_words
                and det is not None and det.lower_ == "the" and det.i == token.i - 1):
            name = body_before(index, token)
            if name is not None:
                named[token.i] = name
    if not named:
        return _text(tokens)
    out = []
    for token in tokens[0].doc[tokens[0].i : tokens[-1].i + 1]:  # as written, marks and all ("Lanterns' manager")
        if token.i + 1 in named and token.lower_ == "the":
            continue  # the article goes with the noun
        out.append(named[token.i] + token.whitespace_ if token.i in named else token.text_with_ws)
    return "".join(out).strip()


def body_before(index: ArticleIndex, noun: Token) -> str | None:
    """The body named last before ``noun`` (its sentence or the two before) whose name says the
    noun ('the studio' for Tarn Pictures), else the last that fits it otherwise (``body_fits``)."""
    lemma = noun.lemma_.lower()
    fitting: list[str] = []  # the last that fits otherwise, met on the way back
    def named(start: int, kind: str, key: str) -> str | None:
        name = index.full_name(key) if kind == "organisation" else None
        if name is None or names_noun(index, name, lemma) or called_so(index, name, lemma):  # (or introduced so)
            return name
        if not fitting and body_fits(index, name, lemma):
            fitting.append(name)
        return None

    return _named_before(index, noun.idx, 2, named) or next(iter(fitting), None)
