"""The mentions the article index records (``index.ArticleIndex.mentions``): each person's and
organisation's entity in text order, a person with the roles, affiliation and gender the article gives
the name, a body under its canonical name with the noun that introduces it; and a known person's
surname the NER left untagged ('Kovac will meet X' after 'Elena Kovac'). Which mentions are
possessives, named in passing or places is noted here too, for the rules that pass over them.

Split from ``index.py``, which builds the entities these read and calls ``index_entities`` and
``bare_surnames`` once, in that order."""

from __future__ import annotations

from bisect import insort
from typing import TYPE_CHECKING

from ...aliases import canonical_name, fold
from .affiliations import _text, _without_article, roles_of
from .body_nouns import introduced_as
from .candidate import byline_line, in_dateline
from .capital_names import capitals_as_name
from .copula_roles import copula_roles
from .entities import introducer, shared_surname
from .full_names import surname_words
from .honorific_roles import honorific_roles
from .naming import named_in_passing, naming_noun
from .people import Person, gender_of_first_name
from .photo_credits import credited
from .role_genders import named_gender
from .surname_roles import add_apposed_roles
from .tables import positions, words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .index import ArticleIndex


def index_entities(index: ArticleIndex) -> None:
    """Index the people and organisations the entities name, in text order: a person with the roles,
    affiliation and gender the article gives the name; a body under its canonical name, with the noun
    that introduces it; and which mentions are possessives, named in passing or places."""
    from .index import ORG, PERSON  # (``index`` calls this)

    for ent in [e for e in index.ents if e.label_ in ("PERSON", "ORG")]:  # (person_like: ORGs only)
        label, start = ent.label_, ent.start_char
        if in_dateline(index.text, start, ent.end_char) or label != "PERSON" and byline_line(index.text, start):
            continue  # 'OBAN, Scotland -', the wire: no one spoken of ('By Priya Natarajan' tagged a body: the writer)
        if label == "PERSON" and index.text[start : ent.end_char].lower() in index.lex.platforms:  # (Span.text: a Token a word)
            continue  # 'went live on Twitch' (Twitch tagged a person): a platform is no one a 'she' stands for
        if label == "PERSON" or index._person_like(ent) and not any(t.ent_type_ in ("GPE", "LOC") for t in ent):
            tokens = index._name_tokens(ent)
            while len(tokens) > 1 and tokens[0].lower_ in index._kin_words and gender_of_first_name(tokens[1].text):
                tokens = tokens[1:]  # 'Twins Erin and Cara Moss': the kin word is no part of a name
            if not tokens:
                continue
            name = _text(tokens) + shared_surname(index.doc, ent, index.ents)
            name = " ".join(capitals_as_name(name.split())) if name.isupper() and " " in name else name
            if len(name) < 2 or not name[0].isupper():
                continue
            root = ent.root  # (found anew, a new Token, on each access)
            affiliation, roles = roles_of(index, ent)
            roles |= honorific_roles(ent) | copula_roles(index, ent)  # ('Dr X' is 'the doctor'; 'X is the mayor')
            gender = named_gender(ent, tokens[0])  # (a 'chairman' named Alice is hers: ``role_genders``)
            person = index.people.add(name, affiliation, roles, start, gender)
            index.mentions.append((start, PERSON, person.key))
            if (by := byline_line(index.text, start)) and by[1] == start or credited(index.text, start, ent.end_char):
                index.bylines.add(start)  # 'By Hannah Birchall', '(Photo by Dan Moss)': no one a 'she' stands for
            words = words_of(index.doc)  # (the head's relation and form read from the words' lists: no Token made)
            dep, head = root.dep_, words.head[root.i]
            if dep == "poss":
                index.possessives.add(start)  # "Mr. Clinton's skills": not a topic
            elif dep == "pobj" or dep == "conj" and words.dep[head] == "pobj":
                index.obliques.add(start)  # 'loyalists to Joe Biden': named in passing
                if dep == "pobj" and words.lower[head] in ("in", "at", "near", "into", "outside", "as"):
                    index.placed.add(start)  # 'a cafe in Milford Green'
            if dep not in ("nsubj", "nsubjpass", "ROOT") and not (  # nor the subject's name ('Her
                    dep == "appos" and words.dep[head] in ("nsubj", "nsubjpass")):  # daughter, Lena Gall,')
                index.people.passing.add(start)  # not the subject: 'accused Rafael Cruz'
        elif label == "ORG" and not (len(ent) == 1 and ent[0].lower_ in index._group_words):
            # a lone capitalised group noun is no name ('Bank executives' at a sentence start)
            tokens = _without_article(list(ent))
            while tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
                tokens = tokens[:-1]  # "Wells Fargo's"
            bearers = index.people.holders(fold(tokens[0].text)) if len(tokens) == 1 else []
            if (len(bearers) == 1 and bearers[0].given is not None
                    and tokens[0].lower_ not in index.lex.organisation_words):  # 'Calderón said' after 'Ana Calderón'
                mention_of(index, bearers[0], start)
            elif tokens:
                known, root = canonical_name(_text(tokens)), ent.root
                index.mentions.append((start, ORG, known))
                # the noun that introduces it, or ends a description the name no longer says ('the UN
                # refugee agency' for UNHCR; or names: 'The group, which calls itself X')
                called = introducer(index, ent) or naming_noun(ent, index.lex) or (
                    root if root.lemma_.lower() in index._group_words and root.lower_ not in known.lower() else None)
                if called is not None:
                    index.descriptors.setdefault(known, set()).update(introduced_as(called))
                if named_in_passing(root) or platform_named(index, root, known) or root.dep_ in ("dobj", "dative") and (
                        root.head.lemma_.lower() in index.lex.speech or root.head.dep_ == "relcl"):  # (not 'backed by
                    # the union'; 'told the BBC'; 'The company, which makes the Finchbar,': what describes another)
                    index.obliques.add(start)  # 'swimming in the River Tam': named in passing


def platform_named(index: ArticleIndex, root: Token, known: str) -> bool:
    """Whether a platform's name (``platforms.txt``) only says where a post was put ('said in an Instagram story',
    'a TikTok video'): a modifier of another noun, as a platform after 'on' is named in passing (so 'the studio'
    later is no 'spokesman for Instagram')."""
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and known.lower() in index.lex.platforms


def bare_surnames(index: ArticleIndex) -> None:
    """A known person's surname the NER left untagged ('Kovac will meet Anna Berg next'
    after 'Elena Kovac') is a mention of that person, the only one so called (a surname that is
    also a noun too, alone as a sentence's subject: 'Banks was released in 2021' after 'Jerome Banks')."""
    covered = {i for e in index.ents for i in range(e.start, e.end)}
    added, words, people = False, words_of(index.doc), index.people
    known = {*people.by_surname, *(w for p in people.by_key.values() for w in surname_words(p.name))}  # (``holders``)
    for i, pos in sorted((k, tag) for tag in ("PROPN", "NOUN") for k in positions(words.pos, tag, 0, len(index.doc))):
        # (only a name or a noun outside the entities, a known surname, may be one: found in C, Tokens made for those only)
        if i in covered or words.dep[i] == "compound" or not words.text[i].istitle() or (
                surname := fold(words.text[i])) not in known:
            continue
        tok = index.doc[i]
        noun = pos == "NOUN" and words.dep[i] in ("nsubj", "nsubjpass") and tok.is_sent_start and not list(tok.children) \
            and not any(t.tag_ == "VBP" or t.lower_ == "were" for t in (tok.head, *tok.head.lefts))  # ('Banks have')
        if pos != "PROPN" and not noun:
            continue
        bearers = people.holders(surname)
        if len(bearers) != 1 or bearers[0].given is None or bearers[0].offsets[0] >= tok.idx:
            continue
        mention_of(index, bearers[0], tok.idx)
        added = True
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            index.people.passing.add(tok.idx)
    if added:
        index.mentions.sort()

def mention_of(index: ArticleIndex, person: Person, offset: int) -> None:
    """Count a mention at ``offset`` the NER did not give as the person's ('Calderón' tagged a
    body, or untagged). (``index_entities`` adds mentions in text order; ``bare_surnames``
    sorts them after its pass.)"""
    from .index import PERSON  # (``index`` calls this)

    insort(person.offsets, offset)
    index.mentions.append((offset, PERSON, person.key))
    add_apposed_roles(index, person, offset)  # ('Hale, a retired judge,': 'the judge' is Hale)
