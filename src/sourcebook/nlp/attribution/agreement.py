"""What the text shows of a person a pronoun may stand for, beyond a first name or a title, for
``anaphora`` and ``subjects``:

- the gender a person's own clause shows by a possessive or reflexive pronoun on its objects
  ('A critic for the Courier titled his review X': a man, whom a later 'she' does not stand for;
  'Nasra holds her daughter'), one gender only, outside quotation marks and with no other
  person named before the pronoun in the clause ('praised Ana Ruiz and her team');
- a name the NER missed that is the subject of the writer's narration, a given name that
  agrees with the pronoun ('Farida sits by the window ... "Nobody comes," she said');
- a name in brackets right after another name, an actor's beside the character's ('The story
  follows Idoia (Carla Benitez), a widow ... she tells her son'): said in passing, the name
  before the brackets is the one the sentence is about, a person whatever the NER labelled it;
- a speaker that is a person whatever the NER labelled it ('Jean-Baptiste Kabore', an ORG), whom
  an 'it' never stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import is_known_organisation
from .people import FEMALE, MALE, gender_of_first_name, given_gender, known_given_name
from .token_at import token_at

if TYPE_CHECKING:
    from .index import ArticleIndex, Resolved

_OWN = {"his": MALE, "himself": MALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
_SUBJECTS = ("nsubj", "nsubjpass")
#: the deps of a clause's objects whose possessive is most often its subject's own
_OBJECTS = ("dobj", "dative", "pobj")


def shown_gender(index: ArticleIndex, token: Token) -> str | None:
    """The gender the clause ``token`` is the subject of shows for it: a possessive on one of
    its objects ('titled his review', 'holds her daughter against her chest'), or a reflexive
    ('excused herself'), on its verb or a verb joined to it that shares the subject."""
    if token.dep_ not in _SUBJECTS or index.in_quote(token.idx):
        return None
    verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                           and not any(g.dep_ in _SUBJECTS for g in c.children))]
    found: set[str] = set()
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ in _OBJECTS]
        objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for noun in objects:
            own = [noun] if noun.lower_ in ("himself", "herself") else [
                c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in _OWN]
            for word in own:
                if index.in_quote(word.idx) or _someone_between(token, word):
                    continue
                found.add(_OWN[word.lower_])
    return found.pop() if len(found) == 1 else None


def _someone_between(subject: Token, word: Token) -> bool:
    """Whether another name or pronoun for a person comes between the subject and ``word``
    ('praised Ana Ruiz and her team')."""
    doc = subject.doc
    for k in range(subject.i + 1, word.i):
        t = doc[k]
        if t.ent_type_ == "PERSON" and t.head.i != subject.i and t.i not in {w.i for w in subject.subtree}:
            return True
        if t.pos_ == "PRON" and t.lower_ in ("he", "him", "she", "her", "they", "them"):
            return True
    return False


def source_gender(index: ArticleIndex, offset: int) -> str | None:
    """The gender the clause a source starting at ``offset`` is the subject of shows for it."""
    token = token_at(index.doc, offset)  # (no Span made: ``token_at``)
    if token is None:
        return None
    for _ in range(4):  # up from 'A' of 'A critic for the Courier' to its head
        if token.dep_ in _SUBJECTS or token.head.i == token.i or token.head.i < token.i:
            break
        token = token.head
    return shown_gender(index, token)


def narrated_name(index: ArticleIndex, names: list[Token], wanted: str) -> bool:
    """Whether the subject ``names`` (a name the NER did not tag) is a person of gender
    ``wanted`` the writer narrates about: a given name of that gender, or one whose clause
    shows that gender ('Nasra holds her daughter')."""
    first = names[0]
    if first.ent_type_ or not known_given_name(first.text) or not first.is_title:
        return False
    by_name = gender_of_first_name(first.text)
    shown = shown_gender(index, names[-1])
    return (by_name == wanted and shown in (None, wanted)) or (shown == wanted and by_name in (None, wanted))


def name_head(index: ArticleIndex, offset: int) -> Token | None:
    """The head word of the name starting at ``offset``: its last, past the compounds before it."""
    token = token_at(index.doc, offset)  # (no Span made: ``token_at``)
    while token is not None and token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def verb_argument(index: ArticleIndex, offset: int) -> bool:
    """Whether the name starting at ``offset`` is the object of a preposition on a verb, an
    argument of the clause ('The prize went to Leilani Kahananui'), not of a noun ('loyalists to
    Joe Biden', 'a critic for Cinefilo Semanal')."""
    token = name_head(index, offset)
    return token is not None and token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("VERB", "AUX")


def bracketed_names(index: ArticleIndex) -> frozenset[int]:
    """Where a name starts that brackets set right after another name ('Idoia (Carla Benitez)'),
    once per article."""
    known = getattr(index, "_bracketed_cache", None)
    if known is None:
        doc, found = index.doc, []
        for ent in index.ents:
            if ent.label_ != "PERSON" or ent.start < 2 or ent.end >= len(doc):
                continue
            if doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" and doc[ent.start - 2].pos_ == "PROPN":
                found.append(ent.start_char)
        known = frozenset(found)
        index._bracketed_cache = known  # type: ignore[attr-defined]
    return known


def before_an_actor(ent: Span, body_words: frozenset[str]) -> bool:
    """Whether a name of one or two words (any label) is right before a person's name in
    brackets, a character's before the actor's ('Idoia (Carla Benitez)'), no body's."""
    doc = ent.doc
    if not 1 <= len(ent) <= 2 or ent.end + 3 >= len(doc) or doc[ent.end].text != "(" or not all(
            t.is_title and t.is_alpha and t.lower_ not in body_words for t in ent):
        return False
    inside = next((e for e in doc.ents if e.start == ent.end + 1), None)
    return inside is not None and inside.label_ == "PERSON" and inside.end < len(doc) and doc[inside.end].text == ")"


#: the marks that close an aside, and the mark that opens each
_ASIDES = {")": "(", "--": "--", "\u2014": "\u2014", "\u2013": "\u2013"}


def aside_start(token: Token, reach: int = 12) -> int | None:
    """The index of the mark opening the aside that a closing bracket or dash at ``token`` ends,
    within ``reach`` words back in the sentence ('Idoia (Carla Benitez)', 'generals -- most of whom
    had X --'); None for any other word."""
    opening = _ASIDES.get(token.text)
    doc = token.doc
    for k in range(token.i - 1, max(-1, token.i - reach), -1) if opening is not None else ():
        if doc[k].text == opening:
            return k
        if doc[k].is_sent_start or doc[k].text == token.text:
            return None
    return None


def personal(index: ArticleIndex, res: Resolved) -> bool:
    """Whether a resolved speaker is a person, whatever its kind: one the article's people
    index holds, or a name opening with a given name of a known gender ('Jean-Baptiste Kabore',
    an ORG), which no 'it' stands for."""
    if res.kind == "person":
        return True
    words = (res.name or "").split()
    if res.kind != "organisation" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() or "-" in w
                                                                          for w in words):
        return False  # ('Johnson & Johnson')
    if is_known_organisation(" ".join(words)) or any(w.lower() in index.lex.organisation_words for w in words):
        return False  # ('Charles Schwab', 'Morgan Stanley Bank')
    parts = words[0].split("-")  # ('Jean-Baptiste')
    return given_gender(" ".join(words)) is not None or len(parts) == 2 and all(known_given_name(p) for p in parts)


__all__ = ["aside_start", "before_an_actor", "bracketed_names", "name_head", "narrated_name", "personal", "shown_gender",
           "source_gender", "verb_argument"]
