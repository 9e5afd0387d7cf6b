"""Role phrases resolved to the person or organisation they stand for.

A definite singular description ('the president', 'the agency', 'the Republican nominee', 'his spokesman') goes to
the person whose title or apposition carries that role (of two, ``role_ties``), else to the last person (or
organisation, for 'the agency'; the firm the article is about, for 'the bank') quoted in the last sentences. An
indefinite or plural one ('a senior official', 'tax experts'), one tied to another named organisation with no person
holding the role ('the FBI director'), one complete in itself ('the mayor of Brask'), 'his lawyer' when the lawyer we
know is someone else's, and 'the GOP candidate' when the last speaker was introduced as something else (an
economist), stay descriptions."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, fold
from ..lexicon import word_set
from .affiliations import _ALSO_CALLED, _TITLE_ROLES, _text, body_before, owner_before
from .anaphora import _POSSESSIVE_DETS, DESCRIPTION, ROLE_WINDOW, Salience, _compatible, pronoun
from .body_nouns import (
    OUTLET_NOUNS,
    PAPER_NOUNS,
    asked_to_act,
    body_fits,
    called_so,
    company_nouns,
    described_firm,
    described_since,
    last_spoken_unkinded,
    name_heads,
    named_place,
    names_noun,
    outlet_fits,
    paper_named,
)
from .body_salience import called_body, owned_body, subject_body, topic_owner
from .counterparts import WITNESS, story_parts  # (the parts in a story: the passenger, the farmer)
from .descriptions import definite as _definite
from .descriptions import group_nouns as _group_nouns
from .given_roles import acronym_role, person_word, worded_holders
from .held_roles import held_by_person
from .kin_pairs import kin_end
from .office_ranks import other_office
from .people import gender_of_first_name, gender_of_word
from .role_bodies import PARTY_WORDS as _PARTY_WORDS
from .role_bodies import held_elsewhere, kind_elsewhere, role_bodies
from .role_synonyms import holds, same_office
from .role_ties import tied_holder
from .unnamed_bodies import described_before

if TYPE_CHECKING:
    from .speakers import Resolved, SpeakerResolver


#: what an adjective may say of a body that is no part of its remit ('the new ministry')
_PASSING = frozenset(["new", "former", "old", "current", "same", "other", "top", "main", "senior", "key", "powerful",
                      "embattled", "beleaguered", "troubled", "big", "large", "small", "whole", "entire", "own"])
#: adjectives of a body's reach, not its remit ('the national statistics office' is the Statistics Office)
_SCOPES = frozenset(["national", "federal", "local", "regional", "provincial", "municipal", "central", "international",
                     "official", "global", "continental", "territorial", "principal", "general", "special",
                     "trade", "industry", "lobby", "umbrella"])  # (and of its members: 'the trade body' is the Consortium)


def role(resolver: SpeakerResolver, span: Span, head: Token, offset: int, salience: Salience) -> Resolved | None:
    """A definite singular role phrase resolved to the person or organisation it stands
    for; None keeps the description."""
    from .speakers import ORG, OUTLET, PERSON, Resolved

    lex = resolver.lex
    lemma = head.lemma_.lower()
    if head.pos_ == "PROPN" and head.tag_ == "NNP" and (not head.ent_type_ or acronym_role(head, lex.role_nouns)) and (
            head.lower_ in lex.role_nouns or _definite(head) and any(head.lower_ in p.roles for p in resolver.people.values())):
        # 'Senator from Texas says' in a title-case line: a role, not a name ('the Recorder told him': the
        # title the article gave 'Recorder Julian Feltham')
        lemma = head.lower_
    elif (head.pos_ != "NOUN" or head.tag_ != "NN") and not (head.tag_ == "NNP" and head.is_lower):
        return None  # (a noun in lower case the tagger took for a name is a noun: 'the diocese')
    if any(t.lower_ in _ANOTHER for t in head.lefts):  # 'Another passenger said': not the passenger named before
        return None
    new = any(t.lower_ in ("a", "an") and t.dep_ == "det" or t.lower_ == "one" for t in head.lefts) and head.dep_ != "appos"
    sentence = resolver.sentence_of(offset)
    qualifiers = [t for t in head.lefts if t.dep_ in ("compound", "poss", "nmod", "amod")]
    named = [  # a party is no other organisation: 'the GOP candidate' may be the last speaker
        t for t in qualifiers
        if (t.ent_type_ in ("ORG", "PERSON") or t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC"))
        and not _parties({t.lower_})
    ]
    if (kin := kin_end(resolver, head, offset) or (_kin(resolver, head, offset, salience) if lemma in word_set("kin_nouns")
                                                   else None)) is not None:  # ('the father' of 'X and his son, Y': X)
        return kin
    if lemma in word_set("collective_nouns"):
        owner = owner_before(resolver, span) if any(t.dep_ == "poss" and t.lower_ in ("his", "her") for t in qualifiers) \
            else None  # 'The pilot was named as Geoffrey Tallis. His family said X': Tallis's (else no one: 'the Clinton camp')
        return Resolved(f"{owner}'s {_text(list(span[1:]))}", DESCRIPTION, owner) if owner else None
    # 'The company that runs the dam said': a clause that defines the referent introduces it;
    # 'the governor, Ana Castell,' names someone, whoever the NER took her for
    defined = any(c.dep_ in ("relcl", "acl") and c.i > head.i and head.doc[c.left_edge.i - 1].text != ","
                  or c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.rights)
    if lemma in _group_nouns() and not held_by_person(resolver, lemma):  # ('the forecaster': Marr's trade)
        if defined or not _definite(head) or named or any(
                t.dep_ == "poss" and t.lower_ not in _POSSESSIVE_DETS for t in qualifiers):
            return None  # 'the Trump campaign', "Clinton's team": the description names it
        done, owned = owned_body(resolver, span, head, qualifiers)  # 'His office', 'Its foreign ministry': the owner's
        if done:
            return owned
        if lemma in OUTLET_NOUNS:  # an outlet the lexicon knows, or a body its name calls one ('the Harlow Courier')
            papers = lemma in PAPER_NOUNS  # (a paper is no network, whatever the lexicon knows)
            entry = salience.last_entry(sentence, ROLE_WINDOW, lambda r: r.kind == OUTLET and paper_named(r.name) == papers
                                        or r.kind in (ORG, OUTLET) and outlet_fits(resolver, r.name, lemma))
            # one named since the last that spoke, not quoted: 'Harbour TV aired it', 'The Daily
            # Sentinel disagrees. The paper reports X'
            after = ROLE_WINDOW if entry is None else sentence - entry[0] - 1
            mentioned = resolver.last_mention(ORG, offset, within=after, fits=lambda n: outlet_fits(resolver, n, lemma)) if (
                after >= 0) else None
            if mentioned:
                return Resolved(mentioned, OUTLET if paper_named(mentioned) else ORG)
            return Resolved(entry[1].name, entry[1].kind, entry[1].affiliation) if entry is not None else None
        # 'the agency' is an organisation whose name says agency ('the Regional Emergency Agency');
        # the last organisation of another kind ('the Residents' Union') is someone else
        # of a named country, the body must name it: 'the Russian defence ministry' is not the State Department named before
        # (and of its remit: 'the health ministry' is not the UN human rights office named before)
        # (and 'the electoral commission' is not the weather service: a remit's adjective)
        countries = [t.lower_[:5] for t in qualifiers if t.ent_type_ in ("GPE", "NORP") or (t.dep_ == "compound"
                     and t.pos_ == "NOUN" and t.is_lower or t.dep_ == "amod" and t.is_lower and (t.lower_.endswith(
                         ("al", "ic", "ary")) or lemma in lex.public_bodies and t.lower_ not in _PASSING))
                     and t.lower_ not in _SCOPES]  # ('the interior ministry' is not the State Department)

        def fits(name: str | None) -> bool:  # or one the article introduced as such ('regulator ProductSafe')
            return body_fits(resolver, name, lemma) and all(c in (name or "").lower() for c in countries)
        # the body the report before the source is about (any body fits 'the group' there: 'Islamic
        # State Sahel Province claimed X, the group said')
        topic = _topic_body(resolver, span, lambda n: fits(n) or lemma in ("group", "organisation", "organization")) or (
            subject_body(resolver, span, lemma, fits))  # (or the sentence before's subject: 'X suspended Y. The group said')
        if topic is not None:
            return Resolved(topic, ORG)
        described = described_firm(resolver, salience, offset, lemma)  # ('South Korea's largest carmaker said X. The company')
        if described is not None:
            return described
        if (described := described_since(resolver, span, salience, fits)) is not None:
            return described  # ("Tarsk's ministry said X. Velmora's ministry summoned Y. The ministry said": Velmora's)
        # (one whose name has the noun as its head first: 'the ministry' is the Ministry of Health
        # before a public body of another kind named since)
        # (or the one-word body that has just spoken: 'Oxfam said X. The charity said Y')
        res = (None if countries else last_spoken_unkinded(resolver, salience, sentence, lemma)) or salience.last(
            sentence, ROLE_WINDOW, lambda r: r.kind in (ORG, OUTLET) and called_so(resolver, r.name, lemma) and fits(r.name)) or (
            called_body(resolver, salience, offset, lemma, fits))  # (a body introduced so before one that only fits)
        if res is not None:
            return Resolved(res.name, res.kind, res.affiliation)
        # 'the ministry': the last one named (whose name the noun heads first: 'the bank' is Kestrel Bank, not a 'PIN' since)
        # (or named so anywhere before: 'the inspectorate' is the Transport Inspectorate, not the Commission named since)
        # (one that acted before one only asked to: 'The Court of Appeals upheld it. They will ask the Supreme Court
        # to review it. X, the court said' is the Court of Appeals)
        name = resolver.last_mention(ORG, offset, within=ROLE_WINDOW, fits=lambda n: lemma in name_heads(n) and fits(n) and not (
            asked_to_act(resolver, n, offset))) \
            or resolver.last_mention(ORG, offset, within=ROLE_WINDOW, fits=lambda n: lemma in name_heads(n) and fits(n)) \
            or resolver.last_mention(ORG, offset, fits=lambda n: lemma in name_heads(n) and fits(n)) \
            or resolver.last_mention(ORG, offset, fits=fits)
        if lemma in company_nouns() and name is not None and resolver.last_mention(ORG, offset, in_passing=False) != name:
            # 'the company' after a firm named in passing ('an analyst at Westmere Securities'): the lede's firm
            name = _lede_firm(resolver, offset) or name
        # ('The airport warned' after Carrowdale Airport, a FAC; 'The ministry said' after 'A health ministry spokesman')
        name = name or named_place(resolver, lemma, offset) or described_before(resolver, span, lemma)
        if name:
            return Resolved(name, ORG)
        main = resolver.main_organisation(firm=True) if lemma in company_nouns() else None
        if main is None and lemma in company_nouns():
            # 'The carmaker Norvik Motors will cut 4,000 jobs, the company said': the firm named last, close by
            # (not a council or a ministry), or one whose name says firm named in passing ('Shares in Torvane Industries')
            # (or the firm the lede is about, 'Shares in Harwell Dynamics fell', before one named in passing since)
            main = resolver.last_mention(ORG, offset, within=ROLE_WINDOW, in_passing=False, fits=resolver.firm_like) \
                or _lede_firm(resolver, offset) \
                or resolver.last_mention(ORG, offset, within=ROLE_WINDOW, fits=lambda n: _firm_name(resolver, n)) \
                or _owner_firm(resolver, span)
        if main is None and lemma in _COLLECTIVES:
            # 'Kelvinside Thistle have sacked their manager. The club said': the body named just before
            # that no word of its name calls otherwise
            main = resolver.last_mention(ORG, offset, within=1, in_passing=False, fits=lambda n: resolver.firm_like(n or "")
                                         and not set((n or "").lower().split()) & resolver._group_words)
        # 'the bank': the firm the article is about
        return Resolved(main, ORG) if main and not names_noun(resolver, main, "agency") else None
    if not (lemma in lex.role_nouns or head.lower_ in lex.role_nouns or gender_of_word(head.text) or head.tag_ == "NN" and (
            head.text in word_set(WITNESS))
            or (person_word(lemma) or lemma in TITLES and _definite(head)) and lemma not in lex.document_nouns
            and any(holds(lemma, p, resolver._role_words(span)) for p in resolver.people.values())):  # ('the coroner')
        return None
    words = resolver._role_words(span)
    organised = any(w.startswith("org:") and not _parties({w}) for w in words)
    parties = _parties(words)
    owner = _owner(resolver, qualifiers, offset, salience)
    # 'Its chief economist' after the Resolution Trust: the Trust's, not the chief economist of
    # another body named before
    body = owner_before(resolver, span) if any(t.dep_ == "poss" and t.lower_ in ("its", "their")
                                               for t in qualifiers) else None
    matches, own = [], role_bodies(resolver, span, head)
    # 'A spokesperson for Senate Majority Leader Tom Hale': the one the role serves is not its holder
    served = {fold(t.text) for t in span if t.i > head.i and t.pos_ == "PROPN"}
    for person in resolver.people.values():
        if person.surname in served or new and person.first < offset:
            continue  # ('A European negotiator', 'one Chilean negotiator' is no one named before; may be one named after)
        if owner is not None and owner not in person.roles and owner not in fold(person.affiliation or "") and (
                owner != person.surname or lemma not in person.roles):
            continue  # 'his lawyer' is not Clinton's lawyer (but 'her daughter' after 'Her daughter, Ann Hale,' is
            # Ann Hale, whom the 'her' was read as: no one is their own daughter)
        if body is not None and not set(fold(body).split()) & set(fold(person.affiliation or "").split()):
            continue
        if held_elsewhere(resolver, own, person) or kind_elsewhere(resolver, head, person):
            continue  # 'The European Council president' is not Zhelvia's president named before, nor a trust's 'company's boss'
        shared = len(words & person.roles)
        same_organisation = any(w.startswith("org:") and not _parties({w}) for w in words & person.roles)
        if not ({lemma, head.lower_} & person.roles or same_organisation or same_office(words, lemma, person)):
            continue  # (by another noun for a body's head: 'the union leader' after its general secretary)
        if person.first > offset and not (organised and same_organisation and (
                shared >= 2 or resolver.sentence_of(person.first) - sentence <= 3) and (
                not lemma.startswith("spokes") or {lemma, head.lower_} & person.roles)):
            continue  # a role named before its holder only with its body ('UN's chief'; a spokesman: by that noun)
        if parties and _parties(person.roles) - parties:
            continue  # 'the Democratic nominee' is not the Republican one
        if _other_role(words, person.roles, {lemma, head.lower_}) and not same_office(words, lemma, person):
            continue  # 'the prime minister' is not the transport minister
        distance = min(abs(o - offset) for o in person.offsets) if person.offsets else 10**6
        matches.append((shared - min(distance, 10**6) / 10**6, person))
    if any(not _aliased(p.roles, lemma) for _, p in matches):
        # 'The minister, Fiona Strachan, ... The shadow justice secretary, Martin Kells, ... The minister said':
        # the one introduced by the role's own noun, not one whose title merely reads as it ('secretary')
        matches = [m for m in matches if not _aliased(m[1].roles, lemma)]
    wanted, matches = gender_of_word(head.text), worded_holders(matches, span, head)  # ('the council leader')
    if matches and _definite(head) and not defined and not named:
        # 'Tevita Malosi, the lead negotiator, ... A European negotiator said X. "...," the
        # negotiator said': the one described since the person holding the role was last named
        since = salience.last_entry(sentence, ROLE_WINDOW, lambda r: r.kind == DESCRIPTION and not r.plural
                                    and head.lower_ in (r.name or "").lower().split())
        held = max(matches, key=lambda m: m[0])[1]
        named_last = max((o for o in held.offsets if o < offset), default=None)
        if since is not None and named_last is not None and since[0] > resolver.sentence_of(named_last):
            return Resolved(since[1].name, DESCRIPTION, since[1].affiliation, since[1].gender)
    if not matches and _definite(head) and not defined and not named:
        # 'A senior official said X. The official would not say Y': the one described before
        # ('One of the two employees said X. The employee said Y': the one of them described before)
        word = head.lower_
        forms = {word, word + "s", word + "es", word[:-1] + "ies"}
        # (its head anywhere: 'source close to the couple', 'official at the ministry')
        # ('One investor, a retired postman, said X. "...," said the man': the one described last)
        anyone = lemma in ("man", "woman", "person")
        before = salience.last(sentence, ROLE_WINDOW, lambda r: r.kind == DESCRIPTION and not r.plural and (
            word in (r.name or "").lower().split() or anyone and _compatible(r.gender, gender_of_word(head.text))
            or (r.name or "").lower().startswith("one of ") and (r.name or "").lower().split()[-1] in forms))
        if before is not None:
            return Resolved(before.name, DESCRIPTION, before.affiliation, before.gender)
        if _introduced(head, sentence, resolver):
            return None  # 'Lane told the court that a neighbour had agreed. The neighbour told the court X': that neighbour
    spoke = salience.last_entry(sentence, ROLE_WINDOW, lambda r: r.kind == PERSON and _compatible(r.gender, wanted))
    last = spoke[1] if spoke is not None else None
    if (tied := tied_holder(resolver, matches, offset, spoke)) is not None:  # (the last speaker, or one named since)
        return tied
    if matches:
        best = max(matches, key=lambda m: m[0])[1]
        return Resolved(best.name, PERSON, best.affiliation, best.gender)
    if not matches and any(t.dep_ == "poss" and t.lower_ in _OWNING for t in qualifiers) and lemma in lex.role_nouns:
        owner = owner_before(resolver, span)  # 'Minister Clara Voss said X. Her spokesman said Y': hers
        if owner:  # ('Its chief economist': the Trust's)
            return Resolved(f"{owner}'s {_text(list(span[1:]))}", DESCRIPTION, owner)
    if named or any(t.dep_ == "poss" and t.lower_ not in _POSSESSIVE_DETS for t in qualifiers):
        return None  # 'the FBI director', "Connecticut's tax commissioner": someone else
    if defined or not _definite(head) or last is None or any(t.dep_ == "poss" for t in qualifiers):
        return None  # 'a spokesman', 'his spokesman', 'the man who found it': not the last speaker
    if any(t.dep_ == "prep" and any(g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "GPE", "LOC", "NORP") for g in t.children)
           for t in head.rights):
        return None  # 'the mayor of Brask': a description complete in itself, no one named holds it
    if head.lower_ in lex.organisation_words or lemma in lex.organisation_words:
        return None  # 'the police': a force, not the last speaker
    speaker = resolver.people.find(last.name.split()) if last.name else None
    if not {lemma, head.lower_} & (story_parts() | set((last.name or "").lower().split())) and not (
            parties and speaker is not None and parties & _parties(speaker.roles)):
        return None  # '"We didn't panic," Luc Ferrand said. The race doctor said X': an office or trade the last speaker
        # was not introduced with is someone else's (a part in the story may be theirs: 'the witness', 'the passenger';
        # so a title in their name, 'the duchess' for the Duchess of Edinburgh, or their party, 'the Democratic nominee')
    if speaker is not None and (_other_role(words, speaker.roles, {lemma, head.lower_}) or (
            lemma not in speaker.roles and head.lower_ not in speaker.roles
            and any(w in lex.role_nouns and not {w, lemma} <= word_set(WITNESS) for w in speaker.roles))):
        return None  # the last speaker holds another role: 'the governor' is not the minister quoted (a resident may farm)
    if parties and speaker is not None and _parties(speaker.roles) - parties:
        return None
    proper = {t.lower_ for t in qualifiers if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() and t.i != t.sent.start
              and not _parties({t.lower_})}  # (the parties known by name are checked below)
    if speaker is not None and proper - speaker.roles - set(fold(speaker.affiliation or "").split()):
        return None  # 'The Conservative party chairman' is not Reform's Colin Pratt quoted last
    if speaker is not None and (lemma in TITLES or head.lower_ in TITLES) and head.text not in word_set("kin_nouns") and not any(
            w in lex.role_nouns or w in TITLES for w in speaker.roles):  # (a lower-case 'the father' is kin, not a title)
        return None  # 'Nadia Kowalczyk said ... The minister said': the article gave her no office ('the witness' may be her)
    if parties and speaker is not None and not _parties(speaker.roles) and any(
        w in lex.role_nouns and w not in word_set("group_role_nouns") for w in speaker.roles
    ):
        return None  # 'the GOP candidate' is not the economist quoted last
    return Resolved(last.name, PERSON, last.affiliation, last.gender)


def _introduced(head: Token, sentence: int, resolver: SpeakerResolver) -> bool:
    """Whether the article introduced someone by the role's noun as an indefinite mention in its
    last sentences ('that a neighbour had agreed'), not as a speaker: the one the role now stands for."""
    start, end = resolver.sent_starts[max(0, sentence - ROLE_WINDOW)], resolver.sent_starts[sentence]
    window = head.doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return any(t.lemma_.lower() == head.lemma_.lower() and t.i < head.i and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.lefts) for t in window or ())


def _owner_firm(resolver: SpeakerResolver, span: Span) -> str | None:
    """The name owning a thing in the source's sentence or the one before, whatever the NER made of it ("Rexgen's
    therapy won approval. The company says"): capitalised words in a possessive, no given name, no person's surname."""
    sentence = resolver.sentence_of(span.start_char)
    start = resolver.sent_starts[max(0, sentence - 1)]
    for token in reversed(span.doc[: span.start]):
        if token.idx < start:
            return None
        if token.dep_ == "poss" and token.pos_ == "PROPN" and any(c.dep_ == "case" for c in token.children) and (
                token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME", "EVENT", "FAC")):  # not "Britain's regulator"
            run = [t for t in span.doc[token.left_edge.i : token.i + 1] if t.lower_ not in ("the", "a", "an")]
            if run and all(t.is_title or t.is_upper for t in run) and gender_of_first_name(run[0].text) is None and not (
                    (person := resolver.people.find([run[-1].text])) is not None and len(person.name.split()) > len(run)):
                return _text(run)
    return None


def _topic_body(resolver: SpeakerResolver, span: Span, fits: Callable[[str], bool]) -> str | None:
    """The body a report before its source is about ("Orrin Neuro's pill failed, the company
    said", 'Shares in Orrin Neuro fell, the company said'): one named in the subject of the
    clause the sentence opens with, that the source's noun fits (or the clause a source's own
    clause hangs on: 'Shares in Orrin Neuro fell after the company said X'); None when the source
    opens its sentence or no such body is named."""
    doc = span.doc
    # (or the subject of a clause the report's hangs on: 'Shares of Pell Biotech fell after the company said X')
    verb = span.root.head if span.root.dep_ == "nsubj" else None
    after = verb is not None and verb.dep_ == "advcl" and verb.head.i < span.start and verb.head.dep_ == "ROOT"
    if span.start == 0 or doc[span.start - 1].text != "," and not after:
        return None
    from .speakers import ORG

    opening = resolver.sent_starts[resolver.sentence_of(span.start_char)]
    named = {e.start_char: e for e in resolver.ents}  # (a root found for a body named here only: Span.root makes a Token)
    for offset, kind, name in resolver.mentions:
        if kind != ORG or not opening <= offset < span.start_char or offset not in named:
            continue
        root = token = named[offset].root
        while token.dep_ not in ("nsubj", "nsubjpass", "ROOT", "ccomp", "conj") and token.head.i != token.i:
            token = token.head  # (up to the clause: 'Shares in X', "X's pill")
        if token.pos_ == "PROPN" and token.left_edge.i <= root.i <= token.i and all(
                t.is_title and t.pos_ in ("PROPN", "ADJ") for t in doc[token.left_edge.i : token.i + 1]):
            # the whole name the NER cut ('Islamic | State'), not a word the body's name hangs on
            # ('Millions of Veltra Mobile customers', 'Millions' a name to the tagger)
            name = _text(list(doc[token.left_edge.i : token.i + 1]))
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i < span.start and fits(name):
            return name
    return topic_owner(resolver, span, opening, fits)  # (the NER named it by a short form only: "Harborline's stores")


def _lede_firm(resolver: SpeakerResolver, offset: int) -> str | None:
    """The one firm the article's first sentence past its headline names as one ('Torvane Industries'), before ``offset``."""
    from .index import ORG

    lede = next(iter([s for s in resolver.sent_starts if s >= resolver.headline_end][1:]), len(resolver.text))
    firms = {key for at, kind, key in resolver.mentions if kind == ORG and at < min(lede, offset) and _firm_name(resolver, key)}
    return next(iter(firms)) if len(firms) == 1 else None


#: group nouns that may stand for a body whatever its name ('the club' for Kelvinside Thistle)
_COLLECTIVES = frozenset(["club", "team", "side", "group", "charity", "organisation", "organization"])


def role_body(resolver: SpeakerResolver, head: Token, salience: Salience) -> str | None:
    """The organisation an unnamed role is of: 'a spokeswoman for the company' (the company named before), 'an
    official at Harbour Bank', 'a Velmora spokesman', 'I called the board. A spokesman there' (the body named last); a
    bare spokesperson's is the body that spoke, or was named not in passing, just before ('The council said X. A spokesman')."""
    from .speakers import ORG, OUTLET

    poss = next((m for m in head.lefts if m.dep_ == "poss" and m.lower_ in ("its", "their")), None)
    owner = owner_before(resolver, resolver.doc[poss.i : head.i + 1]) if poss is not None else None
    if owner is not None:
        return owner  # 'Its director' after the Weather Bureau: the bureau's
    for mod in head.lefts:
        ent = next((e for e in resolver.ents_in(mod.i, mod.i + 1) if e.label_ == "ORG"), None)
        if mod.dep_ in ("compound", "nmod", "poss") and ent is not None:
            return resolver.body_name(ent)
    for prep in head.rights:
        # 'from' only before a body's name that says it is one ('researchers from Kelvin University'),
        # where the body is more often a place of origin ('a man from Tarsel')
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ == "prep" and (
            prep.lower_ in ("for", "of", "at", "from")) else None
        if pobj is None:
            continue
        named = [pobj, *(c for c in pobj.children if c.dep_ == "appos")]  # ('for the manufacturer, Harlow Dynamics,')
        ent = next((e for t in named for e in resolver.ents_in(t.i, t.i + 1) if e.label_ == "ORG" and (
            prep.lower_ != "from" or e[-1].lower_ in resolver.lex.organisation_words)), None)
        if prep.lower_ == "from" and ent is None:
            continue
        if ent is not None:
            return resolver.body_name(ent)
        if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _group_nouns():
            body = resolver.doc[pobj.left_edge.i : pobj.i + 1]
            found = role(resolver, body, pobj, body.start_char, salience)
            return found.name if found is not None and found.kind in (ORG, OUTLET) else None
    kind = next((m for m in head.lefts if m.dep_ == "compound" and m.pos_ == "NOUN"
                 and m.lemma_.lower() in resolver._group_words), None)
    if kind is not None:  # 'A ministry spokesman': the ministry named before, not the last body
        spoke = salience.last(resolver.sentence_of(head.idx), 2, lambda r: r.kind == ORG and names_noun(
            resolver, r.name, kind.lemma_.lower()))
        called = body_before(resolver, kind) or (spoke.name if spoke is not None else None)
        if called is not None or kind.lemma_.lower() not in company_nouns():
            return called  # 'a company spokesperson': else the firm that has just spoken, below
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in head.rights):
        return resolver.last_mention(ORG, head.idx, within=2)
    if head.lower_.startswith("spokes") and not any(c.dep_ == "prep" for c in head.rights):
        spoke = salience.last(resolver.sentence_of(head.idx), 1, lambda r: r.kind == ORG)
        return spoke.name if spoke is not None else resolver.last_mention(ORG, head.idx, within=1, in_passing=False)
    return None


_ANOTHER = frozenset(["another", "other", "second", "third", "fellow"])  # before a role: not the one named before


@cache
def _role_modifiers() -> frozenset[str]:
    return word_set("role_modifiers")


def _other_role(words: set[str], roles: set[str], nouns: set[str]) -> bool:
    """Both say the role noun's kind, differently ('transport' and 'prime' minister; ``office_ranks``)."""
    # (nor what a title reads as: 'the home secretary' is the minister 'Home Secretary Martin Kells' is)
    plain = _role_modifiers() | nouns | {_TITLE_ROLES[n] for n in nouns if n in _TITLE_ROLES}
    mine = {w for w in words if not w.startswith("org:")} - plain
    theirs = {_TITLE_ROLES.get(w, w) for w in roles if not w.startswith("org:")} - plain  # ('cllr' is 'councillor')
    return bool(mine) and bool(theirs) and not mine & theirs or other_office(mine, theirs, nouns)


def _aliased(roles: set[str], noun: str) -> bool:
    """Whether a person holds the role ``noun`` only as what another of their words reads as
    ('secretary' as 'minister', 'Sen.' as 'senator'), not by that noun as written."""
    return noun in roles and any(w != noun and (_TITLE_ROLES.get(w) == noun or noun in _ALSO_CALLED.get(w, ()))
                                 for w in roles)


def _owner(resolver: SpeakerResolver, qualifiers: list[Token], offset: int, salience: Salience) -> str | None:
    """The folded surname of whoever 'his'/'her' stands for in 'his lawyer', if known."""
    poss = next((t for t in qualifiers if t.dep_ == "poss" and t.lower_ in ("his", "her")), None)
    if poss is None:
        return None
    res = pronoun(resolver, "he" if poss.lower_ == "his" else "she", offset, salience)
    return fold(res.name.split()[-1]) if res.name and res.kind == "person" else None


_OWNING = frozenset(["his", "her", "its", "their"])


def _firm_name(resolver: SpeakerResolver, name: str) -> bool:
    """A name that says it is a firm's ('Torvane Industries', 'Harlan Stores'), which an article
    may name only in passing ('Shares in Torvane Industries fell') and then call 'the company'."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in resolver.lex.organisation_words and resolver.firm_like(name)


def _parties(words: set[str]) -> set[str]:
    out = set()
    for word in words:
        party = _PARTY_WORDS.get(word.removeprefix("org:").lower())
        if party:
            out.add(party)
    return out


def _kin(resolver: SpeakerResolver, head: Token, offset: int, salience: Salience) -> Resolved | None:
    """"X's wife": the one other person of the article who bears X's surname (and fits)."""
    from .speakers import PERSON, Resolved

    owner_token = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner_token is None:
        return None
    # 'Her husband, Dawit, said X. Her husband said Y': the one an earlier source named so
    said = resolver.doc[head.left_edge.i : head.i + 1].text + ","
    named = next((r for at, _, r in reversed(salience.entries) if at < offset and r.kind == PERSON
                  and resolver.text[at : at + len(said)].lower() == said.lower()), None)  # ('His son,' for 'his son')
    if named is not None:
        return Resolved(named.name, PERSON, named.affiliation, named.gender)
    if owner_token.pos_ == "PROPN":
        owner = resolver.person_for([owner_token])
    elif owner_token.lower_ in ("his", "her"):  # 'his ex-wife': whoever 'he' is here
        res = pronoun(resolver, "he" if owner_token.lower_ == "his" else "she", offset, salience)
        owner = resolver.people.find(res.name.split()) if res.name and res.kind == "person" else None
    else:
        return None
    if owner is None:
        return None
    wanted = gender_of_word(head.text)
    kin = [p for p in resolver.people.by_surname.get(owner.surname, ()) if p is not owner and _compatible(p.gender, wanted)]
    if len(kin) != 1:
        return None
    return Resolved(kin[0].name, PERSON, kin[0].affiliation, kin[0].gender)


__all__ = ["role"]
