"""A person's name the NER missed, read from the words of a source ('Caroline Anning told', 'a
volunteer named Farhad', 'Commissioner Reyes', 'The vet, Ana Ruiz, said'), and a firm it missed ('Porthmore Fish Canners said'
and, paragraphs later, 'The company said'): the reader of these is ``speakers.SpeakerResolver``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, canonical_name, is_known_organisation
from .affiliations import _text, _title_free, roles_of
from .body_nouns import company_nouns
from .candidate import NAME_GLUE
from .index import DESCRIPTION, ORG, PERSON, UNKNOWN, Resolved
from .nation_bodies import nation_body
from .owned_mentions import owned_before
from .people import gender_of_first_name, gender_of_word, known_given_name
from .syntax import PEOPLE_ENDINGS
from .tables import words_of
from .vessel_names import mended_away

if TYPE_CHECKING:
    from .anaphora import Salience
    from .candidate import Candidate
    from .speakers import SpeakerResolver


def unlabelled_name(resolver: SpeakerResolver, span: Span, head: Token, called: bool = False) -> Resolved | None:
    """A person's name the NER missed: a run of two to four capitalised proper nouns
    ending at the head, or any proper noun run after a title ('Commissioner Reyes') or
    that 'named' or 'called' gives (``called``: 'a volunteer named Farhad'). A run ending in a plural
    common noun with no given name first is a firm's ('Porthmore Fish Canners said')."""
    owned = owned_person(resolver, span, head)
    if owned is not None:
        return owned
    if (apposed := _apposed_name(resolver, head)) is not None:  # 'The vet, Ana Ruiz, said'
        return unlabelled_name(resolver, resolver.doc[apposed.i - 1 : apposed.i + 1], apposed)
    named_head = head.pos_ == "PROPN" or called and head.is_title or (  # (or 'an aide named Precious', an adjective)
        # the small model sometimes tags a surname as a verb ('Caroline Anning told')
        head.text[:1].isupper() and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
    )
    if head.is_upper and head.lower_ in resolver.lex.role_nouns:
        return None  # 'A Labour MP said': an office's letters end no name
    if not named_head or head.lower_ in resolver.headline_verbs or head.ent_type_ in ("GPE", "LOC", "NORP", "FAC") or any(
            e.label_ == "ORG" and e.end > head.i + 1 for e in resolver.ents_in(head.i, head.i + 1)):
        return None  # (nor the first part of a body's name: 'Ashcombe Fire and Rescue Service')
    if mended_away(resolver, head):
        return None  # 'MV Jenny Lind reached port': a ship's name (vessel_names.py)
    run = [head]
    i = head.i - 1
    while i >= span.start:
        token = resolver.doc[i]
        joined = token.text == "-" and not token.whitespace_ and i > 0 and not resolver.doc[i - 1].whitespace_
        if not (joined or token.pos_ == "PROPN" and token.dep_ == "compound"):
            break
        run.insert(0, token)
        i -= 1
    run = _past_the_office(run)  # 'Minister for Energy Lars Holm': 'Energy' is the office's
    before = resolver.doc[run[0].i - 1] if run[0].i else None
    if before is not None and before.dep_ == "compound" and before.head in run and any(
            e.label_ == "ORG" and e.start <= before.i for e in resolver.ents_in(head.i, head.i + 1)):
        return None  # ('Smartphone Free Childhood' is a body's name, not Free Childhood's)
    if len(run) > 1 and run[0].lower_ in resolver._trades and run[1].text[:1].isupper() and not gender_of_first_name(run[1].text):
        # 'Chipmaker Corvex says': a firm, its trade no part of its name (not 'Builder Tom Rudge')
        return resolver._body_named(_text(run[1:]))
    titled = any(t.lower_.rstrip(".") in TITLES for t in run) or (
        i >= span.start and resolver.doc[i].lower_.rstrip(".") in TITLES
    )
    tokens = _title_free(run)
    words = [t for t in tokens if t.text != "-"]
    if not words or not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in resolver.lex.name_particles) for t in words):
        return None
    if any(t.lower_ in resolver.lex.organisation_words for t in tokens) and not titled or (
            i >= span.start and resolver.doc[i].lower_ == "the" and not called):
        return None  # ('The Velvet Harbour': no one's name opens with 'the')
    if is_known_organisation(_text(tokens)) or _text(tokens).lower() in resolver.lex.outlets:
        return None
    if canonical_name(_text(run)) in resolver.organisation_names():
        return None  # 'Justice Watch said', the NER's ORG elsewhere: no Justice named Watch
    if not titled and not called and nation_body(words, resolver.lex.role_nouns):
        return resolver._body_named(_text(tokens))  # ('NHS England warned': a nation's body, no one's name)
    if not titled and not called and len(words) > 1 and words[-1].tag_ == "NNS" and gender_of_first_name(words[0].text) is None:
        return resolver._body_named(_text(tokens))  # ('Porthmore Fish Canners said': a firm's trade in the plural, no surname)
    if titled or called or 2 <= len(words) <= 4 or _after_a_role(resolver, run, span):
        person = resolver.person_for(tokens)
        name = _text(tokens)
        affiliation = roles_of(resolver, resolver.doc[tokens[0].i : head.i + 1])[0]  # 'X, the mayor,', 'X of Y'
        if person is not None and len(person.name.split()) >= len(tokens):
            return Resolved(person.name, PERSON, person.affiliation or affiliation, person.gender)
        gender = next((g for t in span if t.i < tokens[0].i and (g := gender_of_word(t.text))), None)
        return Resolved(name, PERSON, affiliation, gender)
    return None


def _apposed_name(resolver: SpeakerResolver, head: Token) -> Token | None:
    """The last word of a two-word name the NER missed, set off by commas beside 'the' and a noun
    ('The vet, Ana Ruiz, said', 'The warden, Ola Penn,'), its first word a known given name: a role
    noun need not be listed for the words after it to be a person's name (not 'The firm, Acme
    Widgets,': a body's noun, nor a given name no list holds)."""
    doc = resolver.doc
    if head.pos_ != "NOUN" or [t.lower_ for t in head.lefts] != ["the"] or head.i + 4 >= len(doc) or (
            head.lower_ in resolver.lex.organisation_words or head.lemma_.lower() in company_nouns()):
        return None
    comma, given, name, after = doc[head.i + 1 : head.i + 5]
    if comma.text != "," or after.text != "," or name.dep_ != "appos" or name.head.i != head.i or given.head.i != name.i:
        return None
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.ent_type_ in ("", "PERSON") for t in (given, name)):
        return None
    return name if known_given_name(given.text) else None


def _after_a_role(resolver: SpeakerResolver, run: list[Token], span: Span) -> bool:
    """Whether one name the NER missed follows a person's role noun as its compound ('The rapper Kojo
    said', 'the striker Bento'): one who goes by one name, as 'Commissioner Reyes' is a person; not
    after a body's noun ('the group Ardent', 'the agency Fathom', ``group_role_nouns``)."""
    from .descriptions import group_nouns

    before = run[0].i - 1
    if len(run) != 1 or before < span.start:
        return False
    noun = resolver.doc[before]
    return (noun.dep_ in ("compound", "amod") and noun.lower_ in resolver.lex.role_nouns  # (a noun tagged ADJ too)
            and noun.lower_ not in group_nouns() and noun.lower_ not in resolver.lex.organisation_words
            and noun.lower_ not in resolver._trades)


def _past_the_office(run: list[Token]) -> list[Token]:
    """'Minister for Energy Lars Holm', 'Head of Research Ana Ruiz': a run of proper nouns after the 'of' or
    'for' of an office opens with the office's last words; the name starts at a known given name after them."""
    doc = run[0].doc
    if len(run) < 3 or not run[0].i or doc[run[0].i - 1].lower_ not in ("of", "for") or known_given_name(run[0].text):
        return run
    given = next((k for k in range(1, len(run) - 1) if known_given_name(run[k].text)), None)
    return run if given is None else run[given:]


def owned_person(resolver: SpeakerResolver, span: Span, head: Token) -> Resolved | None:
    """A person's name after a body's possessive, that the NER made part of the body or a place
    ('Barrington Capital's Soren Mbeki', a GPE): two or three
    capitalised words closing the source, none a body's or a role's word, the first a given
    name, or a place's name the body's possessive rules out (a firm has people, no places)."""
    run = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i >= span.start] + [head]
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < run[0].i), None)
    if head.pos_ != "PROPN" or owner is None or not 2 <= len(run) <= 3 or run[0].i != owner.i + 2 or (
            resolver.doc[owner.i + 1].tag_ != "POS" or head.i + 1 != span.end):
        return None
    lex = resolver.lex
    if not all(t.is_title and t.is_alpha and t.lower_ not in lex.organisation_words and t.lower_ not in lex.role_nouns
               and t.lower_.rstrip(".") not in TITLES for t in run) or is_known_organisation(_text(run)):
        return None  # ('Microsoft's Xbox Division', "Britain's Prime Minister")
    placed = head.ent_type_ in ("GPE", "LOC") and owner.ent_type_ == "ORG"
    if not (known_given_name(run[0].text) or placed) or _text(run).lower() in lex.outlets:
        return None
    person = resolver.person_for(run)
    affiliation = roles_of(resolver, resolver.doc[span.start : head.i + 1])[0]
    if person is not None and len(person.name.split()) >= len(run):
        return Resolved(person.name, PERSON, person.affiliation or affiliation, person.gender)
    return Resolved(_text(run), PERSON, affiliation, gender_of_first_name(run[0].text))


def name_within(span: Span, name: Span | list[Token], cut: int) -> list[Token]:
    """The words of an organisation's ``name`` from the source's start to a cue after it (offset
    ``cut``) at most, and past the source's end only up to a punctuation mark: the NER may run a
    body's name on past a comma into the next clause ('According to the medical association,
    clinics ran out': the association's, not 'association, clinics')."""
    stop = next((t.i for t in name if t.i >= span.end and t.is_punct), None)
    return [t for t in name if t.i >= span.start and t.idx < cut and (stop is None or t.i < stop)]


def whole_name(resolver: SpeakerResolver, span: Span, ent: Span) -> list[Token] | None:
    """The name an entity at the end of a source is the tail of, when the NER cut it short
    ('Cycling UK' tagged 'UK', 'Rugby Players Ireland' a person 'Ireland', 'The England and
    Wales Cricket Board' a body 'Wales Cricket Board'): every capitalised word from the
    source's start (after an article) to the entity, none of them a title or a role, and the
    first no given name ('Tom Smith' tagged 'Smith' is Tom Smith's). None when the entity
    already starts the name."""
    start = span.start + (span[0].lower_ in ("the", "a", "an"))
    if not start < ent.start < span.end or ent.end > span.end:
        return None
    doc = resolver.doc
    words = [t for t in doc[start : ent.start]
             if t.text not in ("and", "&", "'s", "\u2019s") and not _inner_noun(resolver, t, ent)]
    if not words or doc[ent.start - 1].text in ("and", "&") and ent.label_ != "ORG" or any(
            not (t.is_title and t.is_alpha)  # (whatever the tagger made of it: 'Save Our Libraries UK')
            or t.lower_.rstrip(".") in TITLES or t.lower_ in resolver.lex.role_nouns
            or t.dep_ in ("det", "preconj") and t.pos_ in ("CCONJ", "DET") for t in words):  # 'Neither Cruz nor X'
        return None
    if ent.label_ == "PERSON" and (len(ent) > 1 or gender_of_first_name(words[0].text) is not None):
        return None  # a full name is a person's ('Fellow Spaniard Carla Ruiz', 'Campaigner Jean Morrow')
    if ent.label_ == "PERSON" and gender_of_first_name(ent.text) and any(gender_of_word(t.text) for t in words):
        return None  # a kin word before a given name ('Uncle Kofi', 'Auntie Ama'): a person
    if any(t.ent_type_ == "NORP" for t in words):
        return None
    whole = doc[start : ent.end].text
    if ent.label_ == "PERSON" and any(e.label_ == "PERSON" and e.text == whole and e.start and (
            doc[e.start - 1].lemma_.lower() in resolver.lex.role_nouns) for e in resolver.ents):
        return None  # one the article names in full after a role ('Celine Moreau: "..."', 'The designer Celine Moreau')
    return list(doc[start : ent.end])


def _inner_noun(resolver: SpeakerResolver, token: Token, ent: Span) -> bool:
    """A common noun in lower case inside a body's long name, after an 'and' or 'of' between
    capitalised words and before a name a body's word ends ('The Medicines and Healthcare products
    Regulatory Agency'; not a role: 'Tesla rival BYD'; not a kind of body: 'Hedge fund Oakhurst Partners')."""
    doc = token.doc
    return (token.is_lower and token.is_alpha and token.pos_ == "NOUN" and 1 < token.i < len(doc) - 1
            and doc[token.i - 2].lower_ in ("and", "of")
            and token.lower_ not in resolver.lex.role_nouns and ent[-1].lower_ in resolver.lex.organisation_words
            and doc[token.i - 1].is_title and doc[token.i + 1].is_title)


def body_before_kind(resolver: SpeakerResolver, span: Span) -> str | None:
    """The body's name a source opens with when a description of its kind follows it ('Save
    Our Park, a residents' group', 'Spotlight on Corruption, a watchdog group'), or closes with
    after 'the' and its kind ('The chain, Bean There'): the small model often parses such a name
    as a verb phrase or a common noun, or tags none."""
    forms = words_of(span.doc).text[span.start : span.end]  # (its first comma found in C: no Token made for each word)
    comma = span.start + forms.index(",") if "," in forms else None
    if comma is None:
        return _joined_after_kind(resolver, span)
    if comma == span.start or comma + 2 >= span.end:
        return None
    name = span.doc[span.start : comma]
    kind = [t for t in span.doc[comma + 1 : span.end] if not t.is_punct]
    if len(name) == 2 and name[0].lower_ == "the" and name[1].lemma_.lower() in resolver._group_words and kind and all(
            (t.is_title or t.is_upper or t.lower_ in NAME_GLUE) and t.ent_type_ != "PERSON" for t in kind) and kind[0].is_title:
        return _text(kind)  # ('The chain, Bean There,': the kind first, then the name the NER did not tag)
    # the kind's own noun, before what it is of or at ('Ana Ruiz, a policy officer at the Green Coalition': an officer)
    kind = kind[: next((k for k, t in enumerate(kind) if k > 0 and t.dep_ == "prep"), len(kind))]
    if not kind or kind[0].lower_ not in ("a", "an", "the") or kind[-1].lemma_.lower() not in resolver._group_words:
        return None
    if not name[0].is_title or not all(t.is_title or t.is_upper or t.lower_ in NAME_GLUE for t in name):
        return None
    if any(t.ent_type_ == "PERSON" or t.lower_.rstrip(".") in TITLES for t in name):
        return None  # ('Jane Holt, the group's chair' is a person)
    return _text(_title_free(list(name)))


#: the kinds of body written in capitals, which the tagger reads as the first word of the name after them
_KINDS_IN_CAPITALS = frozenset(["NGO", "INGO"])


def _joined_after_kind(resolver: SpeakerResolver, span: Span) -> str | None:
    """A body's name with a small word inside it, after 'the' and its kind with no comma ('The
    medical charity Doctors on Call', 'The group Families for Justice'), or any after a kind in capitals
    ('The NGO Safe Passage'): the NER tags a part of it or none, and the speaker was the kind with the name
    or the name's first word."""
    kind = next((t.i for t in span if t.is_lower and t.lemma_.lower() in resolver._group_words or t.text in _KINDS_IN_CAPITALS),
                None)
    if kind is None or span[0].lower_ != "the" or any(not (t.is_lower or t.pos_ == "ADJ" or t.ent_type_ == "NORP")
                                                       for t in span.doc[span.start + 1 : kind]):  # ('The Italian NGO X')
        return None
    name = span.doc[kind + 1 : span.end]
    glued = 0 if span.doc[kind].text in _KINDS_IN_CAPITALS else 1  # (the tagger reads 'NGO' into the name: 'NGO Safe Passage')
    if (len(name) < 1 + 2 * glued or not (name[0].is_title and name[-1].is_title)
            or not any(t.lower_ in NAME_GLUE for t in name) and glued
            or not all(t.is_title or t.is_upper or t.lower_ in NAME_GLUE for t in name)
            or any(t.ent_type_ == "PERSON" for t in name) or name[0].lower_.rstrip(".") in TITLES):
        return None  # (a person's name, or one a title opens: not 'Justice' closing 'Families for Justice')
    return _text(list(name))


def person_closing(resolver: SpeakerResolver, source: tuple[int, int], res: Resolved) -> Resolved | None:
    """The person whose name ends a source the parser misread: one found for no one ('Aid worker
    Rosa Lind', 'Aid' read as a verb), or one read as a description of a title run into the name
    ('Ledgerly co-founder Amara Osei', 'co-founder' read as the subject); the title is then their
    affiliation."""
    if res.kind not in (UNKNOWN, DESCRIPTION):
        return None  # (before the source's words are found: most sources are resolved)
    span = resolver.doc.char_span(*source, alignment_mode="expand")
    if span is None:
        return None
    ent = next((e for e in reversed(resolver.ents_in(span.start, span.end)) if e.label_ == "PERSON"), None)
    if ent is None or ent.end != span.end or res.kind == DESCRIPTION and not _title_before(resolver, span, ent):
        return None
    person = resolver.person_for(resolver._name_tokens(ent))
    if person is None:
        return None
    title = _text(list(span[: ent.start - span.start])) if res.kind == DESCRIPTION else None
    return Resolved(person.name, PERSON, person.affiliation or title, person.gender)


def _title_before(resolver: SpeakerResolver, span: Span, ent: Span) -> bool:
    """Words before a name closing the source that are a title of it, no phrase of their own: a
    role's noun (a listed one, or one shaped like an agent's: '-er', '-or', '-ist') right before
    the name, and no preposition, clause, comma or possessive before it ('a lawyer for Ana Ruiz',
    'the man who sued Ana Ruiz' are others)."""
    before = resolver.doc[span.start : ent.start]
    role = before[-1].lower_ if len(before) else ""
    listed = role in resolver.lex.speaking_nouns or role.endswith(PEOPLE_ENDINGS) and role not in resolver.lex.lookalike_nouns
    return 1 <= len(before) <= 4 and listed and not any(
        t.pos_ in ("ADP", "PUNCT", "PRON", "SCONJ", "CCONJ") or t.tag_ in ("POS", "VBD", "VBG", "VBN", "VBZ", "VBP")
        for t in before)


def earlier_firm(resolver: SpeakerResolver, cand: Candidate, res: Resolved, salience: Salience) -> Resolved | None:
    """The firm 'The company' stands for when the NER tagged none: the latest body a top-level report
    before it had as its speaker, when the index does not know that name (``roles`` weighed those)
    and it may be a firm's ('Porthmore Fish Canners said X. ... The company said Y'; not after 'The
    council said'). Only 'the' and a firm's noun make the source; None keeps ``res``. Else a body
    the NER tagged none for, named with the noun before ('the campaign' after "Trump's campaign": ``owned_mentions``)."""
    if res.kind != DESCRIPTION or res.plural or cand.source is None or cand.parent is not None:
        return None
    if (owned := owned_before(resolver, cand, res)) is not None:
        return owned
    found = resolver.head_of(cand)
    if found is None or len(found[0]) != 2 or found[0][0].lower_ != "the" or found[1].i != found[0].end - 1 or (
            found[1].lemma_.lower() not in company_nouns()):
        return None
    for offset, _, spoken in reversed(salience.entries):
        if offset < cand.source[0] and spoken.kind == ORG and spoken.name:
            if spoken.name in resolver.organisation_names() or not resolver.firm_like(spoken.name):
                return None  # (the latest body is one ``roles`` weighed, or no firm)
            return Resolved(spoken.name, ORG)
    return None
