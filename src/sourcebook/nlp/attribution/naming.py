"""Names a naming phrase on a noun gives the one the noun stands for: a participle ('a retired
bus driver named Lou Carrera', 'a group calling itself the Harbor League', 'a hacker known as
Vesper', 'an account called @Tallyho') or a relative clause ('The gang, which calls itself
HollowKey,', 'who is known as Vesper', 'who goes by Kestrel'); the verbs are
``name_giving_verbs.txt``.

A source whose head (or the noun set beside it: 'My neighbor, a retired bus driver named Lou
Carrera,') is so described speaks under that name (``named_source``), and the name is indexed as
the person or the body the noun says it is (``with_named``), so 'he', 'it' or 'the group' after
it stand for the name. A name given to anything else in the source is not the speaker's ('Mary
Hale, who owns a dog named Rex, said'; 'A spokesman for a group calling itself X said').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES
from ..lexicon import word_set
from .affiliations import _text
from .entities import merged
from .lexicon import Lexicon
from .people import gender_of_first_name, gender_of_word
from .syntax import PERSON_SUFFIXES
from .tables import positions, words_of

if TYPE_CHECKING:
    from .index import Resolved
    from .speakers import SpeakerResolver

#: the kinds of name, as the NER labels them
PERSON, ORG = "PERSON", "ORG"

#: the object that makes an active verb name its own subject ('calls itself X'), and what it says the subject is
_REFLEXIVES = {"itself": ORG, "themselves": ORG, "himself": PERSON, "herself": PERSON}
#: the dependencies of a name a verb gives as its object ('named X', 'calling itself X')
_OBJECTS = ("oprd", "dobj", "attr", "appos", "npadvmod")
#: nouns of a person as anyone might be called, no role of theirs ('a woman called X')
_ANYONE = frozenset(["man", "woman", "person", "boy", "girl", "guy", "individual"])
#: the prepositions a noun of a name follows ('under the name X', 'by the handle X')
_UNDER = frozenset(["under", "by", "as"])
#: the short words inside a name ('Friends of the Earth', 'Mothers for Clean Air')
_GLUE = frozenset(["of", "for", "the", "and", "&"])
#: the marks around a name ('known as "Vesper"')
_QUOTES = frozenset(["\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "`", "``", "''"])


def given_name(noun: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """The verb of a naming phrase on ``noun`` and the words of the name it gives ('a driver named
    Lou Carrera': named, [Lou, Carrera]); None when no phrase after the noun names it."""
    for verb in noun.rights:
        if verb.dep_ in ("acl", "relcl"):
            name = _name_from(verb, lex)
            if name is not None:
                return verb, name
    return None


def _name_from(verb: Token, lex: Lexicon) -> list[Token] | None:
    """The words of the name ``verb`` gives its noun: a passive's ('named X', 'who is known as X'), or
    an active's that names its own subject ('calling itself X', 'which calls itself X', 'who goes by
    X'); not what the noun does to another ('The board, which named Jane Doe chief executive')."""
    marks = lex.name_giving.get(verb.lemma_.lower())
    return (_given_by(verb, marks, lex) if marks is not None else None) or _under_a_name(verb, lex)


def _given_by(verb: Token, marks: frozenset[str], lex: Lexicon) -> list[Token] | None:
    """The name a verb of naming gives (``marks``: the words it gives it after)."""
    children = [c for c in verb.children if c.i > verb.i]
    reflexive = next((c for c in children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES), None)
    # (a participle the tagger read as a past tense: 'a local leader named X greets')
    passive = verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") or verb.tag_ == "VBN" and any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    objects = [c for c in children if c.dep_ in _OBJECTS and c != reflexive]
    marked = [g for c in children if c.dep_ == "prep" and c.lower_ in marks for g in c.children if g.dep_ == "pobj"]
    if not (passive or reflexive is not None or marked and not objects):
        return None  # ('who named Jane Doe', 'The firm, which called Smith a liar'; 'who goes by Kestrel' stays)
    if any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") and c.lower_ != "that" for c in verb.children):
        return None  # a clause with a subject of its own ('the man police named John Smith')
    if not (objects or marked) or len(objects) > 1:
        return None  # ('named him X')
    return _name_words((objects or marked)[0], lex)


def _under_a_name(verb: Token, lex: Lexicon) -> list[Token] | None:
    """The name after a noun of a name that a preposition of the clause takes ('which posts under
    the name Ashen Wolf', 'who goes by the handle Zero Tide'): its capitalised words."""
    doc = verb.doc
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _UNDER):
        at = prep.i + 1 + (prep.i + 1 < len(doc) and doc[prep.i + 1].dep_ == "det")
        if at + 1 >= len(doc) or not {doc[at].lemma_.lower(), doc[at].lower_} & lex.name_nouns:  # 'alias': lemma 'alia'
            continue
        end = at + 1
        while end < len(doc) and (_capital(doc[end]) or doc[end].lower_ in _GLUE and end + 1 < len(doc)
                                  and _capital(doc[end + 1])):
            end += 1
        words = list(doc[at + 1 : end])
        return words or None
    return None


def _name_words(root: Token, lex: Lexicon) -> list[Token] | None:
    """The words of a name with this root, without its article and quotation marks: those of the
    entity over it, or the root with its modifiers; None unless they read as a name ('named
    Chief Executive', 'known as a critic' give none)."""
    doc = root.doc
    ent = next((e for e in doc.ents if e.start <= root.i < e.end), None)
    if ent is not None and root.left_edge.i <= ent.start and ent.end <= root.right_edge.i + 1:
        words = list(ent)
    else:
        words = list(doc[root.left_edge.i : root.i + 1])
    while words and (words[0].dep_ == "det" or words[0].text in _QUOTES or words[0].is_punct):
        words = words[1:]
    while words and (words[-1].text in _QUOTES or words[-1].is_punct and words[-1].text != "."):
        words = words[:-1]
    if not words or root not in words or any(t.text in (",", ";", ":") for t in words):
        return None
    if not _capital(words[0]) or root.pos_ == "PRON":
        return None
    if all(t.lower_ in lex.role_nouns or t.lower_.rstrip(".") in TITLES or not _capital(t) for t in words):
        return None  # 'named Chief Executive', 'named President'
    return words


def _capital(token: Token) -> bool:
    """A word a name may open with: a capital, or an account's '@'."""
    return token.text[:1].isupper() or token.text[:1] == "@" and len(token.text) > 1


def kind_of(noun: Token, verb: Token, name: list[Token], lex: Lexicon) -> str | None:
    """Whether the name is a person's or a body's: what the name's own subject says ('calls itself
    X'), a full name with a known given name, what the noun says; else what the NER or a known
    given name says, or a handle's '@' (an account's); None for a thing's name ('a documentary
    called Cold Water')."""
    reflexive = next((c.lower_ for c in verb.children if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES), None)
    if reflexive is not None:
        return _REFLEXIVES[reflexive]
    if len(name) > 1 and name[-1].ent_type_ == "PERSON" and gender_of_first_name(name[0].text):
        return PERSON  # a person's full name, whatever the noun ('a former miner named Aled Rhys', 'miner' a firm's too)
    kind = noun_kind(noun, lex)
    if kind is not None:
        return kind
    label = name[-1].ent_type_
    if label == "PERSON" or gender_of_first_name(name[0].text) and len(name) > 1:
        return PERSON
    return ORG if label == "ORG" or name[0].text[:1] == "@" else None  # (not 'a documentary called Cold Water')


def noun_kind(noun: Token, lex: Lexicon) -> str | None:
    """A body's noun ('group', 'union'), a person's ('driver', 'neighbor', 'woman') or neither."""
    lemma = noun.lemma_.lower()
    if lemma in _groups() or lemma in lex.organisation_words:
        return ORG
    if lemma in lex.role_nouns or lemma in _ANYONE or gender_of_word(noun.text) or (
            noun.lower_.endswith(PERSON_SUFFIXES) and lemma not in lex.lookalike_nouns and noun.is_alpha):
        return PERSON
    return None


def _groups() -> frozenset[str]:
    return word_set("group_role_nouns")


def described(head: Token, lex: Lexicon) -> list[Token]:
    """The nouns a source's head stands for: itself, a noun set beside it ('My neighbor, a retired
    bus driver'), and a noun after its preposition the parser hung a relative clause that names
    the head on ('The gang behind the leak, which calls itself HollowKey': not 'A spokesman for the
    group, which calls itself X', the group no speaker)."""
    nouns = [head, *(c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN")]
    if noun_kind(head, lex) == PERSON:
        return nouns
    for prep in head.rights:
        for noun in (g for g in prep.children if prep.dep_ == "prep" and g.dep_ == "pobj" and g.pos_ == "NOUN"):
            clause = next((c for c in noun.rights if c.dep_ == "relcl"), None)
            if clause is not None and noun_kind(noun, lex) is None and noun.doc[clause.left_edge.i - 1].text == "," and any(
                    c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in clause.children):
                nouns.append(noun)
    return nouns


def named_source(resolver: SpeakerResolver, span: Span, head: Token) -> Resolved | None:
    """The one a source's naming phrase names, when it names the source's head ('A hacker known as
    Vesper said', 'My neighbor, a retired bus driver named Lou Carrera, told me'): that person, in
    the role the noun gives ('retired bus driver'), or that body."""
    if head.pos_ != "NOUN" or (lemma := head.lemma_.lower()) in resolver.lex.document_nouns or lemma in resolver.lex.medium_nouns:
        return None  # ('A report called Left Behind found': the report's maker, ``documents``)
    from .index import PERSON as A_PERSON
    from .index import Resolved

    for noun in described(head, resolver.lex):
        found = given_name(noun, resolver.lex)
        if found is None:
            continue
        verb, name = found
        if not (span.start <= name[0].i and name[-1].i < span.end):
            continue
        kind = kind_of(noun, verb, name, resolver.lex)
        if kind is None:
            continue
        if kind == ORG:
            return resolver._body_named(_text(name))
        person = resolver.person_for(name)
        start = next((c.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")), noun.i)
        role = None if noun.lemma_.lower() in _ANYONE else _text(list(noun.doc[start : noun.i + 1]))
        if noun.i == head.i:  # the rest of the description: 'A former accountant at Dunmore named X'
            role = resolver.phrase(noun.doc[span.start : verb.left_edge.i], noun) if role else None
        gender = next((g for t in span if t.i < name[0].i and (g := gender_of_word(t.text))), None)
        if person is not None:
            return Resolved(person.name, A_PERSON, person.affiliation or role, person.gender or gender)
        return Resolved(_text(name), A_PERSON, role, gender or gender_of_first_name(name[0].text))
    return None


def with_named(doc, ents: list[Span], lex: Lexicon) -> list[Span]:
    """The entities with the names naming phrases give a person's or a body's noun, of the kind
    the noun says ('a hacker known as Vesper', tagged a body; 'The group, which calls itself
    Obsidian Choir', tagged a person), whatever the NER made of them."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    replaced: set[int] = set()
    added: list[Span] = []
    words = words_of(doc)
    # (only a noun with a clause after it may be named by one: read from the words' lists)
    clauses = {h for dep in ("acl", "relcl") for k in positions(words.dep, dep, 0, len(doc)) if (h := words.head[k]) < k}
    for i in sorted(clauses):
        if words.pos[i] != "NOUN":
            continue
        noun = doc[i]
        found = given_name(noun, lex)
        if found is None:
            continue
        verb, name = found
        label = kind_of(noun, verb, name, lex) if noun_kind(noun, lex) is not None or any(
            c.lower_ in _REFLEXIVES for c in verb.children) else ORG if name[0].text[:1] == "@" else None
        if label is None:
            continue  # ('a dog named Rex': what the NER made of it; a handle is an account's, 'an account called @X')
        start, end = name[0].i, name[-1].i + 1
        if start in at and at[start].start == start and at[start].end == end and at[start].label_ == label:
            continue
        if any(at[i].start < start or at[i].end > end for i in range(start, end) if i in at):
            continue  # an entity running past the name: the NER's reading kept
        replaced.update(at[i].start for i in range(start, end) if i in at)
        added.append(Span(doc, start, end, label=label))
    return merged(ents, added, replaced)


def naming_noun(ent: Span, lex: Lexicon) -> Token | None:
    """The noun of no person whose naming phrase gives the entity's name ('group' for 'The group,
    which calls itself Obsidian Choir', 'gang' for 'a ransomware gang known as NightLattice'): what
    the article calls the body where it names it (``body_nouns.body_fits``: no 'the firm')."""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN" or noun_kind(noun, lex) == PERSON:
        return None
    found = given_name(noun, lex)
    return noun if found is not None and found[0] == verb and root in found[1] else None


def named_in_passing(root: Token) -> bool:
    """Whether a body's name (its ``root``) is named in passing, after a preposition: its object
    ('swimming in the River Tam'; not the agent 'backed by the union'), or set with no comma beside the
    noun that is ('Writing in the journal Ocean Letters, the team says X': a journal's title, no body
    'the team' stands for, as 'in Ocean Letters' is none)."""
    if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.i < root.i and not any(
            t.is_punct for t in root.doc[root.head.i : root.left_edge.i]):
        root = root.head
    return root.dep_ == "pobj" and root.head.dep_ != "agent"


def named_before(resolver: SpeakerResolver, head: Token) -> Resolved | None:
    """The one 'the ``head``' stands for when the article last introduced that noun with a naming
    phrase ('an account called @Tallyho ... The account behind the post said'; 'The group, which
    posts under the name Ashen Wolf, ... the group wrote'), past the same noun with 'the' between
    ('Police have not found the hacker'): that name; none when another was introduced since ('a
    nurse named Ellen Park ... Another nurse, Jo Smith, ... the nurse')."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not _definite(head) or given_name(head, resolver.lex):
        return None
    lemma, words = head.lemma_.lower(), words_of(resolver.doc)
    for i in range(head.i - 1, -1, -1):
        # (only a noun of that lemma matters: read from the words' lists, a Token made for those only)
        if words.pos[i] != "NOUN" or words.lemma[i].lower() != lemma:
            continue
        token = resolver.doc[i]
        if given_name(token, resolver.lex) is not None:
            return named_source(resolver, resolver.doc[token.left_edge.i : token.right_edge.i + 1], token)
        if not _definite(token) or any(c.dep_ == "appos" for c in token.children):
            return None  # another one of them introduced
    return None


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.lefts)
