"""The small model's entities mended one at a time by what the article says around each
(``ArticleIndex`` reads every entity through ``relabelled`` before the menders of
``entities``, ``bodies``, ``peers`` and ``people`` that add or join entities)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, is_known_organisation
from ..lexicon import word_set
from .agreement import before_an_actor
from .birthplaces import born_place
from .bodies import NATIONS
from .entities import (
    _PRONOUNS,
    NAME_LABELS,
    TITLED,
    bare,
    introducer,
    named_by_a_personal_pronoun,
    named_by_its,
    rest_of_name,
    role_beside,
    taken_up_by_a_person,
    with_given_name,
)
from .hyphens import HYPHENS
from .name_parts import inside_a_name, person_of_a_body
from .offshore_places import offshore_place
from .patrons import without_patrons
from .people import gender_of_first_name, gender_of_word, known_given_name, named_place
from .quoted_titles import quoted_title
from .saint_places import saint_place
from .syntax import PERSON_SUFFIXES
from .tables import Words, words_of
from .vessel_names import vessel_name

if TYPE_CHECKING:
    from .index import ArticleIndex

#: words that open a house's or a firm's name in other languages ('Maison Duvall', 'Grupo Ferrara')
_OPENING_BODY_WORDS = frozenset(["maison", "casa", "grupo", "groupe", "banco", "banca", "compagnie", "atelier"])
#: organisation words that are surnames too: after a first name, a person's ("Charlotte Church")
_SURNAME_BODIES = word_set("attribution/organisation_surnames")
#: the relations of a pronoun that takes a name up ('said he', 'its model'; ``entities.first_pronoun``)
_HOLDING = frozenset(["nsubj", "nsubjpass", "poss"])
#: the entity types of a name, and organisations
_NAMED_LABELS = NAME_LABELS | {"ORG"}
#: the entity types of numbers, amounts and times, which no rule here changes when written in lower case
_AMOUNTS = frozenset(["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"])


def relabelled(index: ArticleIndex, ent: Span) -> Span:
    """The small model's entity, mended, by what the article says around it:

    - a first name it left out is part of the name ('Ana Castell' of which it took 'Castell');
    - a first name beside a role or kin noun is a person ('His daughter, Frida,', a GPE);
    - a 'PERSON' is an organisation when it ends in an organisation word and opens with no first
      name ('Nordline Energy', not 'Charlotte Church'), or that word is plural ('Harlan Stores') or
      no surname ('Brook Dairy'), or when it ends in a nation's name ('Historic England');
      when it is one word the other mentions take for an organisation more often ('Orbis'),
      a firm's noun names ('maker Lumora') or an organisation's word no surname is ('the Gazette');
    - a one-word 'PERSON' set beside a noun for no one who speaks is a place ('the capital,
      Rendal'), and so is one ending in a place's noun that opens with no first name
      ('Bellmoor Hill'); a place of two or three names opening with a first name and ending
      in no place's or organisation's word is a person ('Ines Valcour', a LOC; a double-barrelled
      surname one word, 'Tamsin Okafor-Lindqvist', a GPE);
    - a 'PERSON' of 'St', a name and the possessive is a place ("St Ebba's Church": ``saint_places``)."""
    # (the entity's words read from the words' lists, by their place in it: Tokens made where a rule holds)
    table = words_of(index.doc)
    if ent.label_ in _AMOUNTS and table.text[ent.start : ent.end] == table.lower[ent.start : ent.end] and (
            "/" not in table.text[ent.start : ent.end]):
        return ent  # ('two years', '$5 million': every rule below needs a capital, a name's, or a credit's slash)
    if quoted_title(ent):
        return Span(index.doc, ent.start, ent.end, label="WORK_OF_ART")  # '"Hollow Pines" took $31 million': a film
    if saint_place(ent):
        return Span(index.doc, ent.start, ent.end, label="FAC")  # "St Ebba's Church": a saint's place, no person
    ent = with_given_name(index.doc, without_patrons(index, ent))  # ('Customers of Comfi Living': Comfi Living)
    # a credit, 'Jane Roe/Kelby Ledger': the one before it
    forms = table.text[ent.start : ent.end]  # (its marks found by ``list.index``, in C)
    slash = ent.start + forms.index("/") if "/" in forms else None
    ent = Span(index.doc, ent.start, slash, label=ent.label_) if slash is not None and slash > ent.start else ent
    forms = table.text[ent.start : ent.end]
    comma = len(forms) - 1 - forms[::-1].index(",") if "," in forms else None  # (the last)
    if comma is not None and comma + 1 < len(ent) and gender_of_first_name(forms[comma + 1]) and all(
            t.is_title for t in ent[comma + 1 :]):
        return Span(index.doc, ent.start + comma + 1, ent.end, label="PERSON")  # 'Prisons, Nadia Forsythe' (an ORG)
    honorific = next((k for k, lower in enumerate(table.lower[ent.start : ent.end]) if lower.rstrip(".") in TITLED
                      and not inside_a_name(ent, k)), None)  # (not 'Omar Sheikh Abdullahi')
    if honorific is not None and (ent.label_ != "PERSON" or honorific > 0) and honorific + 1 < len(ent) and _titled(
            ent[honorific + 1 :]):  # (or a body before a rank: 'Cal Fire Capt. Luis Serrano')
        # 'District Collector Shri Mahesh Varadkar', 'Cllr Victor Amberley', 'The Rev Ann Thorne-Okoro' (ORGs): the person
        ent = Span(index.doc, ent.start + honorific, ent.end, label="PERSON")
    if honorific is not None and honorific == len(ent) - 1 > 0 and ent.label_ == "PERSON" and ent[0].is_title:
        return Span(index.doc, ent.start, ent.start + honorific, label="ORG")  # 'Cal Fire Capt.': a body, then a rank
    ent = rest_of_name(index, ent)  # 'Shri Harendra' of 'Shri Harendra Prasad Mishrikar'
    root = ent.root
    office = root.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") else None
    if office is None and ent.start > 0 and table.lower[ent.start - 1] in ("of", "for"):
        office = index.doc[ent.start - 1]  # (the parser took the name for the sentence's subject: 'MP for Bolton Tom Hale said')
    forms = table.text[ent.start : ent.end]
    # (or a 'PERSON' opening with the seat's place, no given name: 'Member for Mildura Ali Cupper')
    seat = office is not None and office.head.text[:1].isupper() and (  # ('MP', 'TD': a title in capitals)
        (title := office.head.lower_.rstrip(".")) in TITLES or title in index.lex.role_nouns
        or office.head.text in ("MP", "MLA", "MSP", "TD"))
    # (the given name after the office's seat, looked for only after an office: most names follow none)
    given = next((k for k, form in enumerate(forms) if k > 0 and gender_of_first_name(form) and form.istitle()), None) if (
        seat) else None
    if seat and (ent.label_ != "PERSON" or gender_of_first_name(forms[0]) is None) and given is not None and all(
            t.is_title for t in ent[given:]):
        # 'Commissioner for the Environment Tomasz Wielgosz' (an ORG): the person named after the office
        ent = Span(index.doc, ent.start + given, ent.end, label="PERSON")
    forms, lowers, roles = table.text[ent.start : ent.end], table.lower[ent.start : ent.end], index.lex.role_nouns
    role = max((k for k, lower in enumerate(lowers[:-2]) if (lower in roles or lower.endswith(
                PERSON_SUFFIXES)) and gender_of_first_name(forms[k]) is None and (gender_of_first_name(forms[k + 1])
                or lower in roles and index.doc[ent.start + k].is_sent_start)),  # ('Striker Dele Okonjo scored')
               default=None)  # 'Drummer Obi Hartwell', 'Shopkeeper Ibrahim Tolliver'
    of = next((k for k, lower in enumerate(lowers) if k >= 2 and lower == "of" and k + 1 < len(ent)), None)
    if (ent.label_ == "PERSON" or person_of_a_body(ent, of, index.lex.organisation_words)) and of is not None and (
            gender_of_first_name(forms[0])):
        ent = Span(index.doc, ent.start, ent.start + of, label="PERSON")  # 'Mira Castellanos of Bluewave'
    if role is not None and ent.label_ in _NAMED_LABELS and all(
            t.is_title or t.tag_ == "POS" for t in ent[role + 1 :]) and not (  # (and "Rapper Kofi Brandt's")
            ent.label_ == "ORG" and ent[0].lower_ == "the" and ent[-1].lower_ in index.lex.organisation_words):
        # (not 'The Shree Ganesh Temple', a body's name)
        ent = Span(index.doc, ent.start + role + 1, ent.end, label="PERSON")  # 'Humanitarian Coordinator Amara Tunde'
    root = ent.root
    # the name's last word (not "Orrin Neuro's" 's), read from the words' lists: its form and lower case
    at = ent.end - 2 if len(ent) > 1 and table.tag[ent.end - 1] == "POS" else ent.end - 1
    last, last_form = table.lower[at], table.text[at]
    if ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT") and len(ent) > 1 and table.lower[ent.start].rstrip(".") in (
            "mr", "mrs", "ms", "miss", "dr"):
        return Span(index.doc, ent.start, ent.end, label="PERSON")  # 'Ms Ní Bhriain' (an ORG)
    if ent.label_ == "ORG" and 2 <= len(ent) <= 3 and role_beside(index, ent) and not any(
            t.lower_ in index.lex.organisation_words for t in ent):
        return Span(index.doc, ent.start, ent.end, label="PERSON")  # 'The nurse, Abimbola Okafor,' (an ORG)
    if ent.label_ != "PERSON" and before_an_actor(ent, index.lex.organisation_words):
        return Span(index.doc, ent.start, ent.end, label="PERSON")  # 'Idoia (Carla Benitez)' (an ORG): a character
    given_after = _given_name_after_role(index, ent)
    if given_after is not None:
        return given_after  # 'Crane operator Ryan', 'Ward sister Aoife' (an ORG), 'Uncle Kofi': one person
    # (the first name after a rank or an honorific: 'The chair of the committee, Cllr Tom Rudge,')
    first = ent.start + (len(ent) > 2 and table.lower[ent.start].rstrip(".") in TITLED)
    if ent.label_ in NAME_LABELS and not (ent.label_ == "PERSON" and len(ent) > 1 and gender_of_first_name(
            table.text[first])) and introducer(index, ent) is not None:  # (the cheaper test first)
        return Span(index.doc, ent.start, ent.end, label="ORG")  # 'Software maker Tessaly' (a GPE), not 'builder Tom Rudge'
    before = ent.start - 1  # (the word before, read from the words' lists; -1: none)
    if (ent.label_ in ("PRODUCT", "WORK_OF_ART", "LOC", "FAC") and len(ent) > 1 and _words(ent) in (2, 3)  # (one word: one)
            and _proper(ent) and gender_of_first_name(table.text[ent.start])
            and (ent.label_ in ("PRODUCT", "WORK_OF_ART") or before >= 0 and table.dep[before] == "compound"
                 and table.head[before] == root.i and table.lemma[before].lower() in index.lex.role_nouns)):
        # 'Gemma Tully' a WORK_OF_ART, 'chief executive Ines Valcourt' a PRODUCT: a first name
        # and a surname
        return Span(index.doc, ent.start, ent.end, label="PERSON")
    if len(ent) == 1 and ent.label_ != "PERSON" and root.dep_ == "appos" and gender_of_first_name(table.text[ent.start]) and (
            root.head.lemma_.lower() in index.lex.role_nouns or root.head.lemma_.lower() in index._kin_words):
        return Span(index.doc, ent.start, ent.end, label="PERSON")
    if (len(ent) in (2, 3) and ent.label_ in ("LOC", "GPE", "FAC") and root.dep_ == "appos"
            and root.head.dep_ == "pobj" and root.head.head.head.lemma_.lower() in index.lex.role_nouns
            and gender_of_first_name(table.text[ent.start]) and ent.start > 0 and table.text[ent.start - 1] == ","):
        # 'The chief executive of Tessaly, Ines Valcourt,' (a LOC): the name hung on the role's body
        return Span(index.doc, ent.start, ent.end, label="PERSON")
    trade = table.lower[ent.start]
    if (ent.label_ == "ORG" and len(ent) > 1 and trade in index._trades and table.pos[ent.start + 1] == "PROPN"
            and table.text[ent.start + 1][:1].isupper()):
        # 'Builder Kestrel Homes' at a sentence's start: the trade is no part of the name
        return Span(index.doc, ent.start + 1, ent.end, label="ORG")
    if (ent.label_ in ("LOC", "GPE", "FAC") and len(ent) > 1 and _words(ent) in (2, 3)
            and gender_of_first_name(table.text[ent.start])
            and _proper(ent) and not index._place_like(ent)):
        return Span(index.doc, ent.start, ent.end, label="PERSON")  # 'Ines Valcour' (a LOC)
    if ent.label_ == "FAC" and last in index.lex.organisation_words and last not in index._place_nouns:
        return Span(index.doc, ent.start, ent.end, label="ORG")  # 'Ferncliff Royal Infirmary' (a FAC): a body
    if ent.label_ == "PERSON" and vessel_name(index, ent, root):
        return Span(index.doc, ent.start, ent.end, label="PRODUCT")  # 'the tanker Maria Holm': a ship, though 'her' takes it up
    after = _pronoun_after(table, root)  # (the rules of the pronouns that take a name up: only when one follows it)
    if after and ent.label_ == "PERSON" and len(ent) > 1 and root.dep_ == "nsubj" and not known_given_name(
            table.text[ent.start]) and any(
            t.i > root.i and t.lower_ in ("they", "their") and t.dep_ in ("nsubj", "poss") for t in root.head.subtree):
        return Span(index.doc, ent.start, ent.end, label="ORG")  # 'Harbour Lights announced their split': a band, no one
    if after and (named_by_a_personal_pronoun(ent, index.lex.organisation_words) or named_by_its(ent, index._surnames) and not (
            ent.label_ == "PERSON" and honorific is not None) and not (  # ('Ms Lee ... the people it claims to help')
            described_as_a_person(ent, index.lex.role_nouns) or opens_a_person_described(index, ent))):  # ('Li Wenhua, chemist')
        # 'Greer said he had not decided' (a person), 'Merrow AI said its model' (a body)
        return Span(index.doc, ent.start, ent.end, label="ORG" if ent.label_ == "PERSON" else "PERSON")
    if ent.label_ != "PERSON" or len(ent) > 1 and after and taken_up_by_a_person(root):
        return ent  # (and 'Sarah Mills said she lost': a person, whatever the word her name ends in)
    # (the article opening the name or before it: a Token made only for a 'the')
    opening = ent.start if table.lower[ent.start] == "the" else ent.start - 1 if ent.start else None
    the = index.doc[opening] if opening is not None and table.lower[opening] == "the" else None
    if the is not None and the.dep_ == "det" and honorific is None and ent[-1].is_title and (len(
            ent) > 1 + (the.i >= ent.start) or the.text == "The" and not the.is_sent_start):  # ('told The Blade')
        return Span(index.doc, ent.start, ent.end, label="ORG")  # '(The) Portwick Ledger': no one's name opens with 'the'
    if len(ent) > 1 and gender_of_first_name(table.text[ent.start]) is None and any(
            (c.ent_type_ == "ORG" or c.lower_ in index.lex.organisation_words) and c.i >= ent.end for c in root.conjuncts):
        return Span(index.doc, ent.start, ent.end, label="ORG")  # 'Tellick Gold and Ardoch Metals': two bodies
    if before >= 0 and table.tag[before] == "NNS" and table.dep[before] == "compound" and table.head[before] == root.i:
        return Span(index.doc, ent.start, ent.end, label="ORG")  # 'city rivals Dalmarnock Rovers': no one person
    if len(ent) == 1 and ent.start > 1 and table.lower[ent.start - 1] == "of" and (
            table.text[ent.start - 2] == "," and gender_of_first_name(table.text[ent.start]) is None):
        return Span(index.doc, ent.start, ent.end, label="GPE")  # 'Ana Ruiz, 52, of Riverton': where she lives
    if named_place(table.text[ent.start : ent.end], index._place_nouns) or offshore_place(ent, index._place_nouns) or (
            born_place(ent)):  # ('the Glasgow-born singer')
        return Span(index.doc, ent.start, ent.end, label="LOC")  # 'Bellmoor Hill', 'Harlow County' (PERSONs), 'off Carrick Point'
    if len(ent) == 1 and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start \
            and not index._speaking(root.head) and gender_of_first_name(table.text[ent.start]) is None:
        return Span(index.doc, ent.start, ent.end, label="LOC")  # 'in the capital, Rendal': a place
    if len(ent) == 1:
        form = table.text[ent.start]  # (the entity's text)
        votes = index._votes.get(bare(form), {})
        unnamed = gender_of_first_name(form) is None
        named_firm = unnamed and any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in index._group_words
                                     for c in root.children)
        firm = index._firm_head(ent, index._firm_heads) or (  # or 'the Gazette'
            unnamed and table.lower[ent.start] in index.lex.organisation_words and bare(form) not in index._surnames)
        if votes.get("ORG", 0) > votes.get("PERSON", 0) or named_firm or firm:
            return Span(index.doc, ent.start, ent.end, label="ORG")
    elif table.lower[ent.start] in _OPENING_BODY_WORDS and len(ent) > 1:
        return Span(index.doc, ent.start, ent.end, label="ORG")  # 'Maison Duvall', 'Grupo Ferrara': a house, no one
    elif len(ent) <= 3 and last in NATIONS and honorific is None and not known_given_name(ent[0].text) and (
            gender_of_first_name(ent[0].text) is None and (ent[0].is_title or ent[0].is_upper and len(ent[0]) > 1)
            and ent[0].lower_ not in index.lex.role_nouns):
        return Span(index.doc, ent.start, ent.end, label="ORG")  # 'Historic England', 'NHS Scotland': a nation's body
    elif last_form[:1].isupper() and last in index.lex.organisation_words and (
            gender_of_first_name(table.text[ent.start]) is None or last.endswith("ies") or last not in _SURNAME_BODIES):
        # (not the tagger's plural: 'Cheryl Mills' is often an NNPS, and a known first name before a surname is a person's)
        return Span(index.doc, ent.start, ent.end, label="ORG")
    return ent


def _titled(words: Span) -> bool:
    """Whether every word of a name is capitalised, a double-barrelled one's hyphen aside ('Ann Thorne-Okoro')."""
    return all(t.is_title or t.text in HYPHENS and 0 < k < len(words) - 1 and not t.whitespace_
               and not words[k - 1].whitespace_ for k, t in enumerate(words))


def _words(ent: Span) -> int:
    """The words of a name, a double-barrelled one's pieces one word ('Tamsin Okafor-Lindqvist': two)."""
    return len(ent) - 2 * sum(t.text in HYPHENS and not t.whitespace_ and not t.nbor(-1).whitespace_ for t in ent[1:-1])


def _proper(ent: Span) -> bool:
    """Whether every word of a name is a capitalised proper noun, a double-barrelled one's hyphen aside."""
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent if t.text not in HYPHENS) and _titled(ent)


def _pronoun_after(table: Words, root: Token) -> bool:
    """Whether a subject's or a possessor's pronoun ('he', 'its', 'their') follows the name's ``root``
    up to the last word of its clause, read from the words' lists: without one, no pronoun takes the
    name up, and the rules that walk the clause for one (``entities.first_pronoun``: a Token per
    word) find none."""
    end = root.head.right_edge.i + 1  # (no such word at all there, tested in C first)
    return not _PRONOUNS.isdisjoint(table.lower[root.i + 1 : end]) and any(
        table.lower[k] in _PRONOUNS and table.dep[k] in _HOLDING for k in range(root.i + 1, end))


def _given_name_after_role(index: ArticleIndex, ent: Span) -> Span | None:
    """A given name alone after a person's role or kin noun is that person: the noun modifies it
    ('Ward sister Aoife', 'Crane operator Ryan', a firm's noun too where the NER saw a person) or opens
    the name ('Uncle Kofi', 'Nurse Aoife': the given name alone); not a firm the name list knows no
    one by ('Software maker Tessaly'), nor a known body."""
    doc, forms = index.doc, words_of(index.doc).text
    if ent.label_ not in _NAMED_LABELS or not 1 <= len(ent) <= 2:
        return None
    if not (forms[ent.end - 1].istitle() and forms[ent.end - 1].isalpha() and gender_of_first_name(forms[ent.end - 1])):
        return None  # (read from the words' lists: a Token made for a given name only)
    if is_known_organisation(forms[ent.end - 1]):  # (after the cheaper test: most names are no given name)
        return None
    name = ent[-1]
    if len(ent) == 2:
        opener = ent[0]
        kin = gender_of_word(opener.text) is not None and opener.lower_ not in TITLES  # ('Uncle', 'Auntie'; not 'King')
        # (a kin word opening the name is a gendered one: 'Twins Erin and Cara Moss' names two)
        if opener.is_title and (opener.lower_ in index.lex.role_nouns or kin) and gender_of_first_name(opener.text) is None:
            return Span(doc, ent.start + 1, ent.end, label="PERSON")
        return None
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is None or before.pos_ != "NOUN" or before.dep_ != "compound" or before.head.i != name.i:
        return None
    lemma = before.lemma_.lower()
    if lemma in index.lex.role_nouns or lemma in index._kin_words or ent.label_ == "PERSON" and lemma in index._group_words:
        return Span(doc, ent.start, ent.end, label="PERSON")
    return None


def described_as_a_person(ent: Span, roles: frozenset[str]) -> bool:
    """Whether a 'PERSON' whose first word no name list knows ('Li Wenhua', 'Tran Duc Minh') is
    described as one beside its name: a role noun set beside it, or one for a person of a science
    or a craft ('Li Wenhua, a botanist at the institute,', 'a historian'), or a 'who' clause ('Bui
    Lan, who runs the clinic,'). Then an 'it' after it in its clause is the thing the person spoke
    of ('Li Wenhua, a botanist, said it had spread to rice'), no sign of a body ('Merrow AI said
    its model would launch')."""
    root = ent.root
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and (  # (not 'a maker of X': a firm's noun ends in '-er' too)
                child.lemma_.lower() in roles or child.lower_.endswith(("ist", "ian"))):
            return True
        if child.dep_ == "relcl" and any(c.lower_ == "who" for c in child.children if c.i < child.i):
            return True
    return False


def opens_a_person_described(index: ArticleIndex, ent: Span) -> bool:
    """Whether a one-word name is the first word of a person's name the article gave in full and
    described as a person ('Li' after 'Li Wenhua, a botanist,': a family name written first), so 'Li
    said it would spread' is that person speaking of a thing."""
    if len(ent) != 1:
        return False
    word = ent[0].text
    return any(e.label_ == "PERSON" and len(e) > 1 and e[0].text == word and e.start != ent.start
               and described_as_a_person(e, index.lex.role_nouns) for e in index.doc_ents)
