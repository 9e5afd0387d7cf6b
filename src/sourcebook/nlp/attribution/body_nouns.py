"""What a body's name says it is: whether the article may call a named organisation 'the
agency', 'the company', 'the hospital' or 'the group' (``roles`` and ``affiliations`` read this)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import IDX
from spacy.tokens import Span, Token

from ...aliases import canonical_name, fold
from ..lexicon import tagged, word_set

if TYPE_CHECKING:
    from .anaphora import Salience
    from .index import ArticleIndex, Resolved

#: the last words of firms' legal names
FIRM_ENDINGS = frozenset(["co", "inc", "ltd", "plc", "llc", "corp", "gmbh", "ag", "sa", "nv", "bv", "group", "holdings",
                           "air", "airlines", "airways", "bank", "motors", "foods", "systems", "technologies", "labs",
                          "research", "capital"])
#: public bodies' short names that say no kind of body ('the CDC')
_PUBLIC_ACRONYMS = word_set("attribution/public_body_acronyms")
_SURVEY_VERBS = word_set("attribution/survey_verbs")
#: words of a body's name that say it investigates or regulates others: no firm ('the operator'; ``index.firm_like``)
OVERSEERS = word_set("attribution/overseer_words")
#: the mark ``introduced_as`` adds to the descriptors of a group of a cause or a crime
CAUSE = "+cause"
#: nouns that may stand for any non-governmental body ('In a statement, the group said') the
#: article introduced with a noun ('The medical charity X') or whose name says group
ANY_BODY = frozenset(["group", "organisation", "organization", "charity", "body", "band"])
_GROUPS = frozenset(["group", "association", "alliance", "coalition", "union", "campaign", "trust", "society",
                     "foundation", "network", "movement", "watch", "observatory", "federation", "league", "front",
                     "organisation", "organization", "committee", "council", "institute", "centre", "center", "forum", "guild",
                     "consortium", "confederation", "chamber"])


def name_words(name: str | None) -> list[str]:
    return [word.strip(".,'\u2019").lower() for word in (name or "").split()]


#: what else a body's name may call the kind of body a noun says
_ALSO_NAMED = {"hospital": ("infirmary", "medical center", "medical centre", "hospice"),
               "club": ("fc", "afc", "f.c", "united", "athletic", "rovers", "wanderers", "albion", "hotspur"),
               "studio": ("pictures", "studios", "films"), "label": ("records", "recordings", "music"),
               "force": ("police", "constabulary", "gendarmerie"),  # 'the force': Thames Valley Police
               "union": ("workers", "teamsters", "guild"),  # 'the union': the United Auto Workers
               # 'the agency': the International Organization for Migration, the World Food Programme
               "agency": ("organization", "organisation", "programme", "program", "fund"),
               # 'the forecaster': the Met Office, the National Weather Service; 'the thinktank': an institute
               "forecaster": ("office", "service", "bureau", "agency"),
               "thinktank": ("institute", "foundation", "centre", "center", "forum", "council"),
               "think-tank": ("institute", "foundation", "centre", "center", "forum", "council"),
               # 'the institution': a seat of learning, care, collections or money
               "institution": ("university", "college", "school", "academy", "institute", "museum", "library",
                               "gallery", "hospital", "infirmary", "bank", "conservatoire", "seminary")}


def names_noun(index: ArticleIndex, name: str | None, noun: str) -> bool:
    """Whether an organisation's name fits the noun a description calls it by: that noun heads
    it (``name_heads``), or both are nouns of public bodies ('the agency' for the Congressional
    Budget Office, or for a public body's short name: 'the CDC'), or its name says that kind of
    body otherwise ('the hospital' for an Infirmary)."""
    bodies = index.lex.public_bodies
    padded = f" {' '.join(name_words(name or '')).lower()} "
    public = any(w.lower() in bodies for w in name_words(name or "")) or (name or "").lower() in _PUBLIC_ACRONYMS
    return noun in name_heads(name) or noun in bodies and public or any(
        f" {kind} " in padded for kind in _ALSO_NAMED.get(noun, ()))  # 'the hospital': the Saint Oren Medical Center


def name_heads(name: str | None) -> set[str]:
    """The head of an organisation's name, lower case: its last word, or the one before 'of'
    ('the University of Kellsborough'); 'the university' is not the University and College
    Staff Union, nor the University Arms."""
    words = [w.lower() for w in name_words(name or "")]
    heads = {words[-1]} if words else set()
    last = (name or "").split()[-1:]
    if len(words) > 1 and last and last[0].isupper() and len(last[0]) <= 3:
        heads.add(words[-2])  # 'Payments Forum UK': a country's initials after the name
    return heads | {words[k - 1] for k, w in enumerate(words[:3]) if k and w in ("of", "for")}


def called_so(index: ArticleIndex, name: str | None, noun: str) -> bool:
    """Whether the body ``name`` goes by the noun itself: the head of its name ('the bank' for
    Kestrel Bank) or the noun the article introduced it with ('the charity FoodShare North ... The
    Grocers' Association said X ... The charity said Y': FoodShare North, not the association that
    merely fits any body's noun)."""
    return noun in name_heads(name) or introduced_so(index, name, noun)


def introduced_so(index: ArticleIndex, name: str | None, noun: str) -> bool:
    """Whether the article introduced the body ``name`` by ``noun`` ('Brackwell, the chain,', 'The retailer
    Brackwell'), not only named it with the noun for its head."""
    return noun in index.descriptors.get(index.full_name(name or ""), set())


def body_fits(index: ArticleIndex, name: str | None, noun: str) -> bool:
    """Whether the organisation ``name`` is one the article may call 'the ``noun``': its name
    says so (``names_noun``), or the article introduced it as one ('the regulator' for 'regulator
    ProductSafe'), or as a firm when ``noun`` is one ('the company' for 'Software maker Tessaly'),
    or an outlet's noun its name says ('Network says X' for Atlas Broadcasting: ``outlet_fits``)."""
    if names_noun(index, name, noun) or noun in OUTLET_NOUNS and outlet_fits(index, name, noun):
        return True
    called = index.descriptors.get(index.full_name(name or ""), set())
    if noun in ANY_BODY and (called - {"ministry", "department", "government"} or set(name_words(name)) & _GROUPS):
        return True  # 'the group', 'the organisation': a body introduced as one, or a group by its name
    if noun in ANY_BODY and name and not called and len(name_words(name)) > 1 and not name.isupper() and _no_kind(index, name):
        return True  # or one whose name of words says no kind at all ('Cycling UK ... the charity'; not 'CCTV')
    firms = company_nouns()
    if noun in firms and not called and (paper_like(name) or fold(name or "") in folded_outlets(index.lex.outlets)):
        return False  # 'Its boss told the Guardian X. The company said Y': a paper is no firm the article is about
    # 'X apologised in a video posted on LinkedIn. The company said Y': a platform the article
    # names only as where one posted is no firm it is about (not 'LinkedIn was fined')
    if noun in firms and not called and (name or "").lower() in index.lex.platforms and all(
            at in index.obliques for at, kind, key in index.mentions if kind == "organisation" and key == name):
        return False
    if noun in firms and no_firm(called):
        return False  # 'the charity Open Hands', 'the ransomware group Grey Lantern': no firm 'the company' stands for
    if noun in firms and called and not called & (firms | OUTLET_NOUNS | index._group_words):
        return False  # one the article calls by a noun of no body's kind only ('a gang known as X'): no firm
    if noun in firms and called & index.lex.public_bodies and not called & (firms | OUTLET_NOUNS | {"group"}):
        return False  # nor one it introduced as a public body's kind only ('rating agency Calder Ratings')
    # a firm's noun ('the company', 'the operator') fits a body with no public body's or group's
    # word in its name ('Harrowgate Robotics'), or one introduced as a firm (not as an outlet:
    # 'broadcaster RTN' is not 'the operator')
    return noun in called or noun in firms and not called & OUTLET_NOUNS and (bool(called & firms) or index.firm_like(
        name or "") and not (
        _kind_words(name) & ((_GROUPS | index._group_words) - firms | index._place_nouns)))  # not 'High Court', 'River Tam'


def _kind_words(name: str | None) -> set[str]:
    """The words of a body's name that may say its kind: all but a firm's closing 'Group' or
    'Holdings' after two words or more ('Vantor Retail Group' is a firm; not 'Tenants Group')."""
    words = name_words(name)
    return set(words[:-1] if len(words) > 2 and words[-1] in ("group", "holdings") else words)


def survey_maker(index: ArticleIndex, name: str) -> bool:
    """Whether the article names the body ``name`` only as a survey's or a tally's maker ('Analysts
    surveyed by FactSet had expected X', 'estimates compiled by LSEG'): no firm it is about."""
    starts = [at for at, kind, key in index.mentions if kind == "organisation" and key == name]
    return bool(starts) and all(_survey_maker(index, at) for at in starts)


def _survey_maker(index: ArticleIndex, at: int) -> bool:
    """Whether the name at ``at`` is the agent of a participle of surveying on a noun ('Analysts surveyed
    by FactSet', 'estimates compiled by LSEG')."""
    span = index.doc.char_span(at, at + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    while token is not None and token.dep_ in ("compound", "flat", "det", "amod") and token.head.i > token.i:
        token = token.head
    return token is not None and token.dep_ == "pobj" and token.head.lower_ == "by" and (
        token.head.head.dep_ == "acl" and token.head.head.lemma_.lower() in _SURVEY_VERBS)


def described_since(index: ArticleIndex, span: Span, salience: Salience, fits: Callable[[str | None], bool]) -> Resolved | None:
    """The body 'the ministry' (any body's noun) stands for when the article described one by that noun,
    unnamed, as a subject since the last body it fits spoke ("Tarsk's commerce ministry announced X.
    Velmora's foreign ministry summoned Y. The ministry said Z": Velmora's); None for any other (a bare
    'the ministry' since: the one it stands for)."""
    from .anaphora import ROLE_WINDOW
    from .index import DESCRIPTION, ORG, OUTLET, Resolved

    head, doc = span.root, span.doc
    sentence = index.sentence_of(span.start_char)
    entry = salience.last_entry(sentence, ROLE_WINDOW, lambda r: r.kind in (ORG, OUTLET) and fits(r.name))
    if entry is None:
        return None
    start = index.sent_starts[entry[0] + 1] if entry[0] + 1 < len(index.sent_starts) else span.start_char
    for token in reversed(doc[:span.start]):
        if token.idx < start:
            return None
        qualifiers = [t for t in token.lefts if t.dep_ in ("poss", "amod", "compound", "nmod")]
        # (a noun in lower case the tagger took for a name is a noun: "Velmora's foreign ministry")
        if (token.dep_ in ("nsubj", "nsubjpass") and token.is_lower and token.pos_ in ("NOUN", "PROPN") and qualifiers
                and token.lemma_.lower() == head.lemma_.lower() and not token.ent_type_ and not index.in_quote(token.idx)):
            phrase = index.phrase(doc[token.left_edge.i : token.i + 1], token)  # type: ignore[attr-defined]
            return Resolved(phrase, ORG if token.lemma_.lower() in index.lex.public_bodies else DESCRIPTION)
    return None


def named_place(index: ArticleIndex, noun: str, offset: int) -> str | None:
    """The last facility or place named before ``offset`` whose name ``noun`` heads, a body when
    it speaks though the NER took it for a place ('Staff at Carrowdale Airport will strike. The
    airport warned X'; 'the port' for the Port of Tarvin); None for any other."""
    for ent in reversed(index.doc_ents):
        words = [t for t in ent if t.lower_ != "the" or t.i > ent.start]
        if ent.start_char < offset and ent.label_ in ("FAC", "LOC", "GPE") and words and noun in name_heads(
                " ".join(t.text for t in words)):
            return canonical_name(" ".join(t.text for t in words))
    return None


def asked_to_act(index: ArticleIndex, name: str, offset: int) -> bool:
    """Whether the article names the body ``name`` before ``offset`` only as the one asked or
    urged to act ('The landlords will ask the state Supreme Court to review it'): the object of
    a verb with an infinitive after it, not a body that acted; or only as the maker of a thing
    another acted on ('The High Court overturned a ruling by the District Court': a noun's 'by')."""
    starts = {s for s, kind, key in index.mentions if key == name and s < offset}
    # (the words' offsets read as one array: a walk over the Doc made a Token of every word)
    roots = [index.doc[i] for i, at in enumerate(index.doc.to_array(IDX).tolist()) if at in starts]
    for k, token in enumerate(roots):
        while token.dep_ in ("compound", "det", "amod", "nmod", "flat") and token.head.i > token.i:
            token = token.head
        roots[k] = token
    return bool(roots) and all(t.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > t.i and any(
        a.lower_ == "to" for a in c.lefts) for c in t.head.children) or t.dep_ == "pobj" and t.head.lower_ == "by"
        and t.head.head.pos_ == "NOUN" and t.head.head.dep_ in ("dobj", "pobj") for t in roots)


def described_firm(index: ArticleIndex, salience: Salience, offset: int, noun: str) -> Resolved | None:
    """The firm 'the company' (any firm's noun) stands for when the last speaker, in its sentence or
    the one before, is one the article described by a firm's noun and did not name ('South Korea's
    largest carmaker said X. The company said Y'), no body the noun fits named since; None for any
    other (a named body that spoke since: 'The carmaker said X. Norvik Motors said Y. The company'), or
    when the noun heads a body's name named close before. Further back, the last firm described by its
    owner and the same noun, when the article names no body the noun fits."""
    from .anaphora import ROLE_WINDOW
    from .index import DESCRIPTION, ORG, OUTLET

    firms = company_nouns()
    # (not 'the bank' after a body whose name it heads: 'Kestrel Bank said X. A rival lender said Y. The bank said Z')
    if noun not in firms or index.last_mention(ORG, offset, within=ROLE_WINDOW, fits=lambda n: noun in name_heads(n)):
        return None
    sentence = index.sentence_of(offset)
    for at, where, res in reversed([e for e in salience.entries if e[0] < offset]):
        if sentence - where > 1 or res.kind in (ORG, OUTLET):
            break
        if res.kind == DESCRIPTION and name_words(res.name)[-1:] and name_words(res.name)[-1] in firms and not (
                _role_of_a_firm(index, res.name)):
            named = any(at < start < offset and kind == ORG and body_fits(index, key, noun)
                        for start, kind, key in index.mentions)
            return None if named else res
    # further back, when the article names no body the noun fits: the last such firm described by its
    # owner, with this very noun ("Portugal's central bank said X. ... The bank said Y")
    if index.last_mention(ORG, offset, fits=lambda n: body_fits(index, n, noun)) is not None:
        return None
    return next((res for at, _, res in reversed(salience.entries) if at < offset and res.kind == DESCRIPTION
                 and "'s " in (res.name or "") and name_words(res.name)[-1:] == [noun] and not _role_of_a_firm(index, res.name)),
                None)


def _role_of_a_firm(index: ArticleIndex, name: str | None) -> bool:
    """Whether a description that ends on a firm's noun is a person's role at the firm, its first
    word a person's role before a preposition ('spokesperson for Tarn Bank', 'a spokesman at the
    country's biggest bank'): a person, no firm 'the lender' or 'the bank' stands for."""
    words = name_words(name)
    return len(words) > 2 and words[0] in index.lex.role_nouns and words[0] not in company_nouns() and any(
        w in ("for", "at", "of", "with") for w in words[1:3])


def introduced_as(noun: Token) -> set[str]:
    """What the group noun that introduces a body calls it (``index`` keeps these): the noun's lemma,
    and ``CAUSE`` when a word before it says a group of a cause or a crime ('the pressure group X',
    'the ransomware group X', 'an anti-nuclear group') or the group names itself ('A group calling
    itself X'): no firm, however firm-like its name ('Grey Lantern')."""
    lemma, words = noun.lemma_.lower(), word_set("no_firm_words")
    cause = lemma not in company_nouns() and (any(
        c.dep_ in ("amod", "compound", "poss") and (c.lower_ in words or c.lemma_.lower() in words or c.lower_.startswith(
            ("anti-", "pro-"))) for c in noun.lefts) or any(c.dep_ in ("acl", "relcl") and any(
                g.dep_ == "dobj" and g.lower_ in ("itself", "themselves") for g in c.children) for c in noun.rights))
    return {lemma, CAUSE} if cause else {lemma}


def no_firm(called: set[str]) -> bool:
    """Whether a body the article introduced by these nouns (``introduced_as``) is none 'the company'
    may stand for: a group of a cause or a crime, or a body introduced only by nouns of no firm's kind
    ('the charity Open Hands', 'the union Metalworkers First'), no firm's noun among them."""
    return bool(called) and not called & company_nouns() and (CAUSE in called or called <= word_set("no_firm_words"))


@cache
def company_nouns() -> frozenset[str]:
    """The group nouns of a firm ('company', 'maker', 'retailer': tagged ``+company``)."""
    return tagged("group_role_nouns", "company")


@cache
def outlet_names(outlets: frozenset[str]) -> frozenset[str]:
    """The canonical names of the outlets the lexicon knows ('British Broadcasting Corporation' for 'BBC'; the list
    is written in lower case, so any alias of any case)."""
    return frozenset(canonical_name(o, any_case=True) for o in outlets)


@cache
def folded_outlets(outlets: frozenset[str]) -> frozenset[str]:
    """The outlets the lexicon knows, folded as names are compared (``aliases.fold``)."""
    return frozenset(fold(o) for o in outlets)


#: nouns for a paper ('the tabloid'), for a broadcaster ('the channel', 'the station'), and for
#: any outlet ('the magazine', 'the outlet': a paper's or a broadcaster's)
PAPER_NOUNS = frozenset(["newspaper", "paper", "tabloid"])
BROADCAST_NOUNS = frozenset(["network", "broadcaster", "channel", "station"])
OUTLET_NOUNS = PAPER_NOUNS | BROADCAST_NOUNS | {"magazine", "publication", "outlet"}


def outlet_named(name: str | None, noun: str) -> bool:
    """Whether a body's name says it is the outlet ``noun`` calls it: a paper's last word ('the
    Harlow Courier'), a broadcaster's word anywhere ('Harbour TV', 'Radio Kestrel', 'Atlas
    Broadcasting' for 'the network' or 'the station'); either for 'the outlet'."""
    words = (name or "").lower().split()
    papers, broadcast = _outlet_words()
    paper = bool(words) and words[-1] in papers
    aired = any(w in broadcast for w in words)
    if noun in PAPER_NOUNS or noun in BROADCAST_NOUNS:
        return paper if noun in PAPER_NOUNS else aired
    # 'the magazine', 'the publication': a paper's or a magazine's last word ('The Atlantic Review')
    printed = paper or bool(words) and words[-1] in tagged("newspaper_words", "magazine")
    return printed or noun == "outlet" and aired


def outlet_fits(index: ArticleIndex, name: str | None, noun: str) -> bool:
    """Whether the body ``name`` is the outlet 'the ``noun``' stands for: its name says so
    (``outlet_named``), or the article introduced it by that noun ('the monthly magazine The
    Atlantic Review ... the magazine announced')."""
    return outlet_named(name, noun) or introduced_so(index, name, noun)


def paper_named(name: str | None) -> bool:
    """Whether a body's name of two words or more ends in a paper's word ('the Northgate
    Herald', 'Evening Ledger', 'Capital Times'): an outlet, whether or not the lexicon knows it
    (not by the words other firms' names end in too: 'Royal Mail', 'American Express')."""
    words = (name or "").lower().split()
    return len(words) >= 2 and words[-1] in _papers_alone()


def paper_like(name: str | None) -> bool:
    """A paper's name (``paper_named``), or a paper's word alone ('the Chronicle', 'the Gazette')."""
    return paper_named(name) or (name or "").lower() in _papers_alone()


#: last words of papers' names that firms' names end in too
_FIRMS_TOO = frozenset(["mail", "express", "standard", "independent", "record", "daily", "news", "observer"])


@cache
def paper_words() -> frozenset[str]:
    """The last words of papers' names (``newspaper_words.txt`` less its +broadcast words)."""
    return _outlet_words()[0]


@cache
def _papers_alone() -> frozenset[str]:
    """The last words of papers' names that no firm's ends in (``_FIRMS_TOO``), read once."""
    return paper_words() - _FIRMS_TOO


@cache
def _outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of papers' names and the words of broadcasters' (``newspaper_words.txt``,
    tagged ``+broadcast``; neither its ``+magazine`` words), read once."""
    broadcast = tagged("newspaper_words", "broadcast")
    return word_set("newspaper_words") - broadcast - tagged("newspaper_words", "magazine"), broadcast


def last_spoken_unkinded(index: ArticleIndex, salience: Salience, sentence: int, noun: str) -> Resolved | None:
    """The body that spoke last, in the sentence or the one before, when 'the group', 'the charity'
    (any body's noun) follows it and its one-word name says no kind of body ('Oxfam said X. According
    to the charity, Y': Oxfam, not a World Health Organization that spoke before it); None for any other.
    A one-word name fits such a noun only as the body that has just spoken (not 'CCTV' named in passing)."""
    from .index import ORG, OUTLET

    if noun not in ANY_BODY:
        return None
    last = salience.last(sentence, 1, lambda r: r.kind in (ORG, OUTLET))
    words = name_words(last.name if last is not None else None)
    if last is None or last.kind != ORG or len(words) != 1 or not _no_kind(index, last.name):
        return None
    return last


def _no_kind(index: ArticleIndex, name: str | None) -> bool:
    """Whether no word of the body's ``name`` says a kind of body: a group's, a public body's, a
    place's or a firm's closing word ('Oxfam', 'Cycling UK'; not 'Acme Ltd')."""
    return not set(name_words(name)) & (index._group_words | index.lex.public_bodies | index._place_nouns | FIRM_ENDINGS)


def fuller_names(names: frozenset[str], name: str, known: str) -> set[str]:
    """The bodies' ``names`` that are fuller names of ``name`` (of two words or more): 'the American Red Cross' of
    'the Red Cross', not a part of the body named after it by a word in lower case ('Board of Pellucid Bank' of
    Pellucid Bank, which the NER names whole in 'Chair of the Board of Pellucid Bank')."""
    return {o for o in names if " " in name and o.endswith(" " + name) and o != known
            and not o[: -len(name)].split()[-1].islower()}
