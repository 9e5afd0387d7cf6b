"""Who the sentences before a pronoun are about, for ``anaphora``: 'he' or 'she' stands for the
person the nearest sentence that mentions a person has as its main clause's subject ('A former
inmate said he had watched a cellmate die. "Nobody came," he said': the inmate, not the lawmaker
quoted before), or as the agent of its passive when that subject is no person ('The stage was
won by Iker Zubiri. He said'). The scan goes back to the last speaker's own sentence, whose
subject takes over from the speaker only when it is passive ('Aske was asked by Kevin Doherty
whether ... He said': Aske). A thing quoted as a subject is no one ('A video of it shows her running.
She said': the scan goes on back), unless a person is named as its owner ('Lind's lawsuit demands X.
He seeks')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .agreement import narrated_name, shown_gender
from .descriptions import DESCRIPTION, described, description_of, group_nouns, head_word
from .holders import holds_views
from .people import MALE, compatible, excluded, gender_of_first_name, gender_of_word, known_gender, known_given_name
from .vessel_names import mended_away

if TYPE_CHECKING:
    from .anaphora import Salience
    from .index import ArticleIndex, Resolved
    from .speakers import SpeakerResolver

_STOP = "stop"  # a person the scan may not pass nor take ('he', one of the other gender)
_SUBJECTS = ("nsubj", "nsubjpass")
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "i", "we", "you"})


def sentence_span(index: ArticleIndex, sentence: int) -> Span | None:
    """The article's sentence ``sentence`` (of ``index.sent_starts``), None where it holds no word."""
    starts = index.sent_starts
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(index.text)
    span = index.doc.char_span(starts[sentence], end, alignment_mode="contract") if 0 <= sentence < len(starts) else None
    return span if span is not None and len(span) else None


def main_subject(span: Span | None) -> Token | None:
    """The subject of the sentence's main clause, past a dateline it opens with that the parser
    made its own root ('HAGARSO CAMP, Kenya - Nasra holds')."""
    root = span.root if span is not None else None
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None) if root is not None else None
    if span is not None and subject is None:
        root = next((t for t in span if t.head.i == t.i and t.i > span.root.i and t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None) if root is not None else None
    return subject


def subject_since(resolver: SpeakerResolver, sentence: int, since: int, wanted: str, salience: Salience,
                  said: Sequence[tuple[int, int]] = ()) -> Resolved | None:
    """The person of gender ``wanted`` the nearest sentence before ``sentence`` (back to
    ``since``) is about, else none (the caller's last speaker or person named stands)."""
    for before in range(min(sentence, len(resolver.sent_starts)) - 1, max(0, since) - 1, -1):
        span = sentence_span(resolver, before)
        if span is None:
            continue
        subject = main_subject(span)
        if subject is not None and (resolver.in_quote(subject.idx) or any(a <= subject.idx < b for a, b in said)):
            subject = None  # a sentence quoted whole ('"We were there."'): the next one back
        if before == since and (subject is None or subject.dep_ != "nsubjpass"):
            return None  # the last speaker's own sentence: the speaker, unless one acted on ('Aske was asked by X')
        found = _person(resolver, subject, wanted, salience) if subject is not None else None
        if found is None and subject is not None and subject.dep_ == "nsubjpass":
            agent = next((g for c in subject.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            found = _person(resolver, agent, wanted, salience) if agent is not None else None
        if found == _STOP:
            return None
        if found is not None:
            return found if not excluded(found.name, salience.exclude) else None
        if _mentions_person(resolver, span, salience, subject):
            return None  # 'The company hired Jon Ray. He said': the caller's person named last
    return None


def _person(resolver: SpeakerResolver, token: Token, wanted: str, salience: Salience):
    """The person ``token`` names or describes if of that gender, ``_STOP`` if of the other
    gender or a pronoun, none if no person."""
    from .speakers import PERSON, Resolved

    if token.pos_ == "PRON":
        return _STOP if token.lower_ in _PRONOUNS else None
    if any(c.dep_ == "poss" and c.lower_ == ("his" if wanted == MALE else "her") for c in token.children):
        return _STOP  # 'Jonas Mbeki ... His father was a miner. He said': 'his' and 'he' are one man
    if token.pos_ == "PROPN":
        names = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
        relatives = {w.lower_ for c in token.children if c.dep_ == "relcl" for w in c.children}
        if "which" in relatives or any(t.lower_ in resolver.lex.organisation_words for t in names):
            return None  # a body the NER took for a person ('won by Team Valdo, which attacked early')
        if mended_away(resolver, token):
            return None  # 'The Maria Holm was refloated. She said': a ship (vessel_names.py)
        person = resolver.person_for(names)
        if person is not None:
            gender = known_gender(person)
            return Resolved(person.name, PERSON, person.affiliation, person.gender) if compatible(gender, wanted) else _STOP
        given = next((k for k, t in enumerate(names) if known_given_name(t.text)), None)
        if token.ent_type_ != "PERSON" and not ("who" in relatives and given is not None) and not (
                given == 0 and narrated_name(resolver, names, wanted)):  # ('Nasra holds her daughter ...')
            return _spoke(resolver, token, wanted, salience)  # ('Aske', a name the NER took for a body, quoted as a speaker)
        # a name the NER missed or took for a body ('won by the Spaniard Iker Zubiri, who attacked')
        names = names[given:] if given is not None else [token]
        gender = gender_of_first_name(names[0].text) if len(names) > 1 else None
        return Resolved(" ".join(t.text for t in names), PERSON) if compatible(gender, wanted) else _STOP
    if token in described(resolver):
        res = description_of(resolver, token, salience)
        return res if compatible(res.gender or gender_of_word(token.text), wanted) else _STOP
    return _spoke(resolver, token, wanted, salience)


def _spoke(resolver: SpeakerResolver, token: Token, wanted: str, salience: Salience):
    """A subject that is the source of a statement before, a person or a person described ('A
    former inmate, a 52-year-old farmer, said'), not a body or a document."""
    from .speakers import PERSON

    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    res = next((r for o, _, r in salience.entries if start <= o < end), None)
    if res is not None and res.kind == DESCRIPTION and _thing(resolver, token):
        return _owner(resolver, token, wanted)  # ('The video shows tents. She said'; 'Lind's lawsuit demands X. He')
    if res is None or res.plural or res.kind not in (PERSON, DESCRIPTION) or res.kind == DESCRIPTION and (
            token.tag_ != "NN" or token.ent_type_ or token.lemma_.lower() in group_nouns()):
        return None
    gender = res.gender or (gender_of_word(head_word(res)) if res.kind == DESCRIPTION else None) or shown_gender(
        resolver, token)  # (or as its clause shows: 'A columnist titled his piece X')
    return res if compatible(gender, wanted) else _STOP


def _mentions_person(resolver: SpeakerResolver, span: Span, salience: Salience, subject: Token | None = None) -> bool:
    start, end = span.start_char, span.end_char
    # (a thing quoted as the subject is no one: 'A video of it shows her running. She said' looks further back)
    a, b = (subject.left_edge.idx, subject.right_edge.idx + 1) if subject is not None and _thing(resolver, subject) else (0, 0)
    return any(e.label_ == "PERSON" and not resolver.in_quote(e.start_char) for e in resolver.ents_in(span.start, span.end)) \
        or any(start <= o < end and not a <= o < b for o, _, _ in salience.entries)


def _thing(resolver: SpeakerResolver, token: Token) -> bool:
    """A common noun for a thing that can be quoted but is no one ('the video', 'the lawsuit', ``holders``)."""
    return token.pos_ == "NOUN" and not token.ent_type_ and not holds_views(resolver.lex, token)


def _owner(resolver: SpeakerResolver, token: Token, wanted: str) -> Resolved | None:
    """The person named as the owner of the thing ``token`` ('Lind's lawsuit') if of that gender, else none."""
    from .speakers import PERSON, Resolved

    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    person = resolver.person_for([*(t for t in owner.lefts if t.dep_ == "compound"), owner]) if owner is not None else None
    if person is None or not compatible(known_gender(person), wanted):
        return None
    return Resolved(person.name, PERSON, person.affiliation, person.gender)
