"""The cue lexicon of the attribution rules, gathered from ``nlp/lexicon/data/attribution/``.

Plain Python, no spaCy: the evaluation code also uses ``is_speech_cue`` to split PolNeAR's
gold attributions into speech and other ones by their cue text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from ..lexicon import directory_of, entries, hyphenated_roles, table, tagged, word_set

__all__ = ["Lexicon", "active_lexicon", "headline_verbs", "in_its_lexicon", "inflections", "is_speech_cue", "lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """Every word list the attribution rules read, by what it does (see the files' headers)."""

    speech: frozenset[str]
    belief: frozenset[str]
    stance_object: frozenset[str]
    phrasal: dict[str, frozenset[str]]
    adjectives: frozenset[str]
    speech_nouns: frozenset[str]
    belief_nouns: frozenset[str]
    report_nouns: frozenset[str]
    poll_nouns: frozenset[str]
    poll_verbs: frozenset[str]
    speech_forms: frozenset[str]  # every inflected form of a speech verb, lower-case
    outlets: frozenset[str]
    platforms: frozenset[str]
    pronouns: dict[str, str]
    role_nouns: frozenset[str]
    as_passive: frozenset[str]
    organisation_words: frozenset[str]
    irregular: dict[str, list[str]]
    # the words the cue rules test (nlp/lexicon/data/attribution/*.txt)
    describe: frozenset[str]
    name_objects: frozenset[str]
    any_object: frozenset[str]
    avowed_nouns: frozenset[str]
    subjectless: frozenset[str]
    no_source: frozenset[str]
    noun_preps: frozenset[str]
    content_preps: frozenset[str]
    topic_preps: frozenset[str]  # 'declined to comment on X': the topic's preposition (topic_chains.py)
    tail_preps: frozenset[str]
    circumstance_preps: frozenset[str]
    circumstance_nouns: frozenset[str]
    manner_nouns: frozenset[str]
    writing_verbs: frozenset[str]
    written_nouns: frozenset[str]
    remark_nouns: frozenset[str]
    artefact_nouns: frozenset[str]
    shown_nouns: frozenset[str]
    handled_nouns: frozenset[str]
    score_nouns: frozenset[str]  # 'conceded two goals': a score let in, no words (scores.py)
    outcome_nouns: frozenset[str]
    outcome_verbs: frozenset[str]
    creature_nouns: frozenset[str]
    treatment_nouns: frozenset[str]
    happening_nouns: frozenset[str]
    talk_occasion_nouns: frozenset[str]
    talk_events: frozenset[str]  # 'in the debate', 'through speeches': an occasion of talk (occasion_ends.py)
    quote_adjuncts: frozenset[str]  # 'shouted "X" at them': a phrase after a quotation, not of it (quoted_ends.py)
    talk_giving_verbs: frozenset[str]  # 'gave a speech in the square': an occasion of talk given (talks_given.py)
    called_services: frozenset[str]  # 'called the police': a service called out, no report (calls_made.py)
    manner_phrases: frozenset[str]  # 'in a manner', 'in hopes of': how or why words were given (occasion_ends.py)
    meal_nouns: frozenset[str]
    channel_preps: frozenset[str]  # 'X, through a spokesman, denied Y': how it spoke (occasions.py)
    addressee_verbs: frozenset[str]
    seem_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    see_as: frozenset[str]
    asking: frozenset[str]
    about_verbs: frozenset[str]  # 'spoke about X': the threshold does not judge it (talked_about.py)
    copula_nouns: frozenset[str]
    relative_words: frozenset[str]
    adverbial_marks: frozenset[str]
    headline_function_words: frozenset[str]
    first_second_person: frozenset[str]
    empty_objects: frozenset[str]
    adjective_preps: frozenset[str]
    tail_adverbs: frozenset[str]
    that_conjunction_adverbs: frozenset[str]
    rating_verbs: frozenset[str]  # 'rated the claim false', 'places the state ninth'
    ordinal_ratings: frozenset[str]  # rating verbs tagged +ordinal: a rank only ('put the city third')
    lead_ratings: frozenset[str]  # rating verbs tagged +lead: a poll's lead only ('had X up by five')
    personal_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    name_particles: frozenset[str]
    line_labels: frozenset[str]
    view_nouns: frozenset[str]
    spoken_views: frozenset[str]  # view nouns tagged +speech: 'in the words of X' reports speech
    by_views: frozenset[str]  # view nouns tagged +by: 'by her own account', with a possessor
    #: view noun -> the prepositions of its phrase: 'in', or 'by' for one tagged +by, and those its other tags add
    #: (+in 'in' beside 'by': 'by/in his reckoning'; +from: 'from the farmers' perspective'; +to: "to the coach's mind")
    view_prepositions: dict[str, frozenset[str]]
    in_polls: frozenset[str]  # poll nouns tagged +in: 'In a poll released Monday, X'
    raising_adjectives: frozenset[str]
    armed_subjects: frozenset[str]
    mute_subjects: frozenset[str]
    trade_tools: frozenset[str]  # mute subjects that are a trade's people in the plural: 'Installers say X'
    disputing_verbs: frozenset[str]
    refusal_verbs: frozenset[str]  # 'declined to say': the reporter's act, not the report's
    clause_verbs: frozenset[str]  # +clause: a cue only with a clause ('held that X'; 'held talks' is none)
    figure_verbs: frozenset[str]  # speech verbs tagged +figures: verbs of reporting a fact or a figure ('X, estimated Y')
    experience_verbs: frozenset[str]  # 'I remember building a dam': an act lived, no claim
    factive_words: frozenset[str]  # 'they were frustrated that X': X taken as fact, the holder's claim
    anonymity_verbs: frozenset[str]  # 'asked not to be named': the anonymity formula
    handover_verbs: frozenset[str]  # 'reported the breach to the regulator': a matter passed on, nothing said
    reaction_verbs: frozenset[str]  # ', prompting cheers': the reaction a statement met
    feeling_verbs: frozenset[str]  # 'The remark angered farmers': the object's feeling about the subject
    distinct_pasts: frozenset[str]  # 'gave' (not 'given'): a past that shares no reported clause's 'had'
    distinct_participles: frozenset[str]  # 'written' (not 'wrote'): never a past, whatever the tagger says
    audience_nouns: frozenset[str]  # 'The court heard that X': heard on the record, from no one named
    voicing_verbs: frozenset[str]  # 'expressed concern that X': the noun is the cue's, the clause what was held
    physical_verbs: frozenset[str]
    withheld_nouns: frozenset[str]
    releasing_verbs: frozenset[str]  # 'released the names': handed out
    released_nouns: frozenset[str]  # ... a record or a name, no statement
    freed_nouns: frozenset[str]  # 'released 42 hostages': people set free, no statement
    issuing_verbs: frozenset[str]  # 'issued a statement condemning X': put out in writing, the issuer's words
    plan_nouns: frozenset[str]  # 'laid out her plan': what a laying out reports
    keeping_nouns: frozenset[str]  # 'according to taste': what a thing is in keeping with, no source
    speech_idioms: dict[str, frozenset[str]]  # verb lemma -> the words that make it speech
    #: common nouns that can head a source: people, roles, groups, organisations, documents
    #: (every list of such nouns, ``source_nouns.txt`` and the source types' words together)
    speaking_nouns: frozenset[str]
    receiving_verbs: frozenset[str] = frozenset()  # 'He faces charges of X': the object noun is not the subject's
    naming_verbs: frozenset[str] = frozenset()  # 'called the police': one person as the object, no name, no report
    evaluative_participles: frozenset[str] = frozenset()  # 'It is telling that X': the writer's judgement
    repeated_deeds: frozenset[str] = frozenset()  # 'repeated the feat': a deed done again, no words
    lookalike_nouns: frozenset[str] = frozenset()  # 'offer', 'number': a person's ending, a thing
    money_claim_words: frozenset[str] = frozenset()  # 'insurance claim': a demand for money, no assertion
    focus_adverbs: frozenset[str] = frozenset()  # ', especially X' after a content goes on with it (focus_ends.py)
    prize_nouns: frozenset[str] = frozenset()  # 'claimed the title': a prize won, no assertion (``prizes``)
    place_plurals: frozenset[str] = frozenset()  # 'Lake Belt states North Dalvia and X': a plural noun (``place_plurals``)
    passerby_nouns: frozenset[str] = frozenset()  # 'Another passer-by was less forgiving': one person, unnamed
    act_verbs: frozenset[str] = frozenset()  # 'imposed sanctions on X': an act done to the object, nothing said
    #: 'a driver named X', 'which calls itself X', 'known as X': verb -> the words the name follows ('as')
    name_giving: dict[str, frozenset[str]] = field(default_factory=dict)
    name_nouns: frozenset[str] = frozenset()  # 'which posts under the name X': the noun the name follows
    stance_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # 'support' -> for: 'her support for X'
    advocate_nouns: frozenset[str] = frozenset()  # 'X is a supporter of Y', 'X, a critic of Y,'
    #: 'make case' -> that, for: a light verb and its object noun that say together ('made the case that X')
    light_idioms: dict[str, frozenset[str]] = field(default_factory=dict)
    act_nouns: frozenset[str] = frozenset()  # an act of taking a stance in words: 'launched an attack on X'
    #: 'double down on' -> said: a verb frame that reports only with that kind of object (``guarded_frames``)
    guarded_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    topic_nouns: frozenset[str] = frozenset()  # 'touched on the subject of X': a subject under discussion
    noise_verbs: frozenset[str] = frozenset()  # 'as members shouted': the voice as a sound, an 'as' of time
    attitude_nouns: frozenset[str] = frozenset()  # a feeling or view voiced: 'expressed concern about X', 'anguish'
    #: 'interested' -> in: 'voters were interested in X', an attitude toward what the preposition's object names
    attitude_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)
    backing_verbs: frozenset[str] = frozenset()  # 'endorsed her', 'opposes it': a bare pronoun is what the stance is on
    measure_nouns: frozenset[str] = frozenset()  # laws, rulings, plans, deals: they say, but hold no attitude
    #: the pipeline's own lists of the language's common nouns and adjectives (lemmas), set by
    #: ``build.Extractor``; empty for a pipeline whose lemmatizer has none
    common_words: frozenset[str] = frozenset()
    common_adverbs: frozenset[str] = frozenset()  # the same list's adverbs ('totally', 'strongly'), by ``build.Extractor``
    common_verbs: frozenset[str] = frozenset()  # and its verbs: the agent nouns built on them ('organiser', ``agent_nouns``)
    public_bodies: frozenset[str] = frozenset()  # 'the ministry', 'the agency': a government's bodies
    cue_verbs: frozenset[str] = frozenset()  # speech | belief | stance_object
    learned_verbs: frozenset[str] = frozenset()  # the cue tagger's verbs, added to stance_object
    document_nouns: frozenset[str] = frozenset()  # report | poll | written nouns: 'the report', 'the poll', 'the statement'
    medium_nouns: frozenset[str] = frozenset()  # speech | written | circumstance nouns: 'in a statement read to X'
    #: every inflected form of a cue verb -> its lemma, for when the lemmatiser misreads a
    #: form ('hoping' -> 'hop')
    verb_lemmas: dict[str, str] = field(default_factory=dict)
    #: every inflected form of a rating verb -> its lemma ('rated' -> 'rate', which the lemmatiser reads 'rat')
    rating_lemmas: dict[str, str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()  # the verbs of ``light_idioms`` and ``guarded_frames`` ('make', 'brush')

    def __post_init__(self) -> None:
        object.__setattr__(self, "light_verbs", frozenset(key.split()[0] for key in (*self.light_idioms, *self.guarded_frames)))
        object.__setattr__(self, "cue_verbs", self.speech | self.belief | self.stance_object)
        object.__setattr__(self, "document_nouns", self.report_nouns | self.poll_nouns | self.written_nouns)
        object.__setattr__(self, "medium_nouns", self.speech_nouns | self.written_nouns | self.circumstance_nouns)
        lemmas: dict[str, str] = {}
        verbs = self.cue_verbs | self.poll_verbs | frozenset(self.phrasal) | self.as_passive | self.seem_verbs
        for lemma in sorted(verbs | self.quote_verbs):
            if " " in lemma:
                continue
            for form in inflections(lemma, self.irregular):
                lemmas.setdefault(form, lemma)
        object.__setattr__(self, "verb_lemmas", lemmas)
        rated = {form: lemma for lemma in sorted(self.rating_verbs) for form in inflections(lemma, self.irregular)}
        object.__setattr__(self, "rating_lemmas", rated)

    def verb_lemma(self, lemma: str, form: str) -> str:
        """A verb's ``lemma`` as the lemmatizer gave it, or, when that is no verb of the lexicon's, the
        lexicon's lemma of its ``form`` (a misread form: 'hoping' -> 'hop', 'hoped' -> 'hop')."""
        return lemma if lemma in self.verb_lemmas else self.verb_lemmas.get(form, lemma)


def inflections(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """Regular English verb forms of ``lemma`` plus the listed irregular ones."""
    forms = {lemma, *irregular.get(lemma, ())}
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        forms.add(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    elif re.search(r"[^aeiou]y$", lemma):
        forms.update({lemma[:-1] + "ied", lemma + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


def _parts(name: str, directory: str | Path | None) -> dict[str, frozenset[str]]:
    """A table of verbs and the words that go with them ('call': for, on, out)."""
    return {verb: frozenset(parts) for verb, parts in entries(table(name, directory)).items()}


@lru_cache(maxsize=8)
def lexicon(directory: str | Path | None = None) -> Lexicon:
    """The attribution lexicon of ``directory`` (default: the packaged one)."""

    def words(name: str) -> frozenset[str]:
        return word_set(f"attribution/{name}", directory)

    irregular = table("attribution/irregular_verbs", directory)
    speech = words("speech_verbs")
    forms: set[str] = set()
    for lemma in speech:
        forms |= inflections(lemma, irregular)
    return Lexicon(
        speech=speech,
        belief=words("belief_verbs"),
        stance_object=words("stance_verbs"),
        phrasal=_parts("attribution/phrasal", directory),
        adjectives=words("cue_adjectives"),
        speech_nouns=words("speech_nouns"),
        belief_nouns=words("belief_nouns"),
        report_nouns=words("report_nouns"),
        poll_nouns=words("poll_nouns"),
        poll_verbs=words("poll_verbs"),
        speech_forms=frozenset(forms),
        outlets=frozenset(name.lower() for name in words("outlets")),
        platforms=frozenset(name.lower() for name in words("platforms")),
        pronouns=entries(table("attribution/pronouns", directory)),
        role_nouns=words("role_nouns") | _hyphenated_roles(directory),
        as_passive=words("as_passive_verbs"),
        organisation_words=words("organisation_words"),
        irregular=entries(irregular),
        describe=words("describe_verbs"),
        naming_verbs=words("naming_verbs"),
        evaluative_participles=words("evaluative_participles"),
        repeated_deeds=words("repeated_deeds"),
        receiving_verbs=words("receiving_verbs"),
        name_objects=words("name_object_verbs"),
        any_object=words("any_object_verbs"),
        avowed_nouns=words("avowed_nouns"),
        subjectless=words("subjectless_words"),
        no_source=words("no_source_words"),
        noun_preps=words("noun_cue_prepositions"),
        content_preps=words("content_prepositions"),
        topic_preps=words("topic_prepositions"),
        tail_preps=words("tail_prepositions"),
        circumstance_preps=words("circumstance_prepositions"),
        circumstance_nouns=words("circumstance_nouns"),
        manner_nouns=words("manner_nouns"),
        writing_verbs=words("writing_verbs"),
        written_nouns=words("written_nouns"),
        remark_nouns=words("remark_nouns"),
        artefact_nouns=words("artefact_nouns"),
        shown_nouns=words("shown_nouns"),
        handled_nouns=words("handled_nouns"),
        score_nouns=words("score_nouns"),
        outcome_nouns=words("outcome_nouns"),
        outcome_verbs=words("outcome_verbs"),
        creature_nouns=words("creature_nouns"),
        treatment_nouns=words("treatment_nouns"),
        happening_nouns=words("happening_nouns"),
        talk_occasion_nouns=words("talk_occasion_nouns"),
        talk_events=words("talk_event_nouns"),
        quote_adjuncts=words("quote_adjunct_words"),
        talk_giving_verbs=words("talk_giving_verbs"),
        called_services=words("called_services"),
        manner_phrases=words("manner_phrase_nouns"),
        meal_nouns=words("meal_nouns"),
        channel_preps=words("channel_prepositions"),
        addressee_verbs=words("addressee_verbs"),
        seem_verbs=words("seem_verbs"),
        quote_verbs=words("quote_verbs"),
        see_as=words("see_as_verbs"),
        asking=words("asking_verbs"),
        about_verbs=words("about_verbs"),
        copula_nouns=words("copula_nouns"),
        relative_words=words("relative_words"),
        adverbial_marks=words("adverbial_marks"),
        headline_function_words=words("headline_function_words"),
        first_second_person=words("first_second_person"),
        empty_objects=words("empty_objects"),
        adjective_preps=words("adjective_prepositions"),
        tail_adverbs=words("tail_adverbs"),
        that_conjunction_adverbs=words("that_conjunction_adverbs"),
        rating_verbs=words("rating_verbs"),
        ordinal_ratings=tagged("attribution/rating_verbs", "ordinal", directory),
        lead_ratings=tagged("attribution/rating_verbs", "lead", directory),
        personal_pronouns=words("personal_pronouns"),
        relative_pronouns=words("relative_pronouns"),
        name_particles=words("name_particles"),
        line_labels=words("line_labels"),
        view_nouns=words("view_nouns"),
        spoken_views=tagged("attribution/view_nouns", "speech", directory),
        by_views=tagged("attribution/view_nouns", "by", directory),
        view_prepositions=_view_prepositions(directory),
        in_polls=tagged("attribution/poll_nouns", "in", directory),
        measure_nouns=tagged("attribution/source_nouns", "measure", directory),
        figure_verbs=tagged("attribution/speech_verbs", "figures", directory),
        clause_verbs=tagged("attribution/belief_verbs", "clause", directory)
        | tagged("attribution/speech_verbs", "clause", directory),
        raising_adjectives=words("raising_adjectives"),
        armed_subjects=words("armed_subjects"),
        mute_subjects=words("mute_subjects"),
        trade_tools=words("trade_tools"),
        disputing_verbs=words("disputing_verbs"),
        refusal_verbs=words("refusal_verbs"),
        experience_verbs=words("experience_verbs"),
        factive_words=words("factive_words"),
        anonymity_verbs=words("anonymity_verbs"),
        handover_verbs=words("handover_verbs"),
        act_verbs=words("act_verbs"),
        name_giving=_name_giving(directory),
        name_nouns=words("name_nouns"),
        stance_nouns=_parts("attribution/stance_nouns", directory),
        advocate_nouns=words("advocate_nouns"),
        attitude_nouns=words("attitude_nouns"),
        act_nouns=words("act_nouns"),
        noise_verbs=words("noise_verbs"),
        attitude_adjectives=_parts("attribution/attitude_adjectives", directory),
        backing_verbs=words("backing_verbs"),
        reaction_verbs=words("reaction_verbs"),
        feeling_verbs=words("feeling_verbs"),
        distinct_pasts=words("distinct_pasts"),
        distinct_participles=words("distinct_participles"),
        audience_nouns=words("audience_nouns"),
        voicing_verbs=words("voicing_verbs"),
        physical_verbs=words("physical_verbs"),
        withheld_nouns=words("withheld_nouns"),
        place_plurals=words("place_plurals"),
        releasing_verbs=words("releasing_verbs"),
        released_nouns=words("released_nouns"),
        freed_nouns=words("freed_nouns"),
        issuing_verbs=words("issuing_verbs"),
        plan_nouns=words("plan_nouns"),
        keeping_nouns=words("keeping_nouns"),
        speech_idioms=_parts("attribution/speech_idioms", directory),
        light_idioms=_parts("attribution/light_idioms", directory),
        guarded_frames=_parts("attribution/guarded_frames", directory),
        topic_nouns=words("topic_nouns"),
        speaking_nouns=_speaking_nouns(directory) | _hyphenated_roles(directory),  # (and "the alliance's secretary-general")
        lookalike_nouns=words("lookalike_nouns"),
        money_claim_words=words("money_claim_words"),
        focus_adverbs=words("focus_adverbs"),
        prize_nouns=words("prize_nouns"),
        passerby_nouns=words("passerby_nouns"),
        public_bodies=word_set("public_body_nouns", directory),
    )


def _name_giving(directory: str | Path | None) -> dict[str, frozenset[str]]:
    """The verbs of a phrase that gives a noun its name, each with the words the name follows."""
    name = "attribution/name_giving_verbs"
    marks = {mark: tagged(name, mark, directory) for mark in ("as", "by")}
    return {verb: frozenset(m for m, verbs in marks.items() if verb in verbs) for verb in word_set(name, directory)}


def _view_prepositions(directory: str | Path | None) -> dict[str, frozenset[str]]:
    """Each noun of view with the prepositions its phrase takes: 'in', or only 'by' for one tagged +by
    ('by her own account'), and one more for each of +in, +from and +to ('By his reckoning' and 'in his
    reckoning', 'from the farmers' perspective', "to the coach's mind")."""
    name = "attribution/view_nouns"
    marks = {mark: tagged(name, mark, directory) for mark in ("in", "from", "to")}
    by = tagged(name, "by", directory)
    return {noun: frozenset([("by" if noun in by else "in"), *(m for m, nouns in marks.items() if noun in nouns)])
            for noun in word_set(name, directory)}


def _hyphenated_roles(directory: str | Path | None) -> frozenset[str]:
    """'vice-president', 'vice-presidents' (the tokenizer keeps them whole)."""
    return frozenset(hyphenated_roles(directory))


#: the word lists outside ``attribution/`` that name people, groups or documents
_SPEAKING_LISTS = ("group_role_nouns", "kin_nouns", "collective_nouns", "public_body_nouns", "female_words", "male_words")
#: the same inside it
_SPEAKING_ATTRIBUTION_LISTS = ("role_nouns", "organisation_words", "poll_nouns", "report_nouns", "speech_nouns", "source_nouns")


def _speaking_nouns(directory: str | Path | None) -> frozenset[str]:
    """Every common noun a lexicon lists as a person, role, group, organisation or document
    (one-word entries): what can hold or give a statement, as a subject or a speaker."""
    found: set[str] = set()
    for name in _SPEAKING_LISTS:
        found |= word_set(name, directory)
    for name in _SPEAKING_ATTRIBUTION_LISTS:
        found |= word_set(f"attribution/{name}", directory) - tagged(f"attribution/{name}", "name", directory)
    for path in sorted((directory_of(directory) / "source_types").glob("*.txt")):
        found |= word_set(f"source_types/{path.stem}", directory)
    return frozenset(w for w in found if " " not in w)


#: the lexicon of the extractor at work: the helpers no Lexicon is handed to (what passes on no
#: claim, a source's occasion, colon labels) read it, so a user's ``--lexicon`` directory reaches them
_ACTIVE: ContextVar[Lexicon | None] = ContextVar("sourcebook_attribution_lexicon", default=None)
_Call = TypeVar("_Call", bound=Callable[..., Any])


def active_lexicon() -> Lexicon:
    """The lexicon of the extractor now running, else the packaged one."""
    return _ACTIVE.get() or lexicon()


@contextmanager
def using(lex: Lexicon) -> Iterator[Lexicon]:
    """Make ``lex`` the active lexicon inside the block (per thread and task, as contextvars are)."""
    token = _ACTIVE.set(lex)
    try:
        yield lex
    finally:
        _ACTIVE.reset(token)


def in_its_lexicon(method: _Call) -> _Call:
    """Run a method of an object with a ``lex`` attribute with that lexicon active."""

    @wraps(method)
    def run(self, *args, **kwargs):
        with using(self.lex):
            return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]


_WORD = re.compile(r"[A-Za-z]+")


def is_speech_cue(cue_text: str) -> bool:
    """Whether a cue (as written) is a verb of saying or 'according to'."""
    lowered = cue_text.lower().replace("\u2019", "'")
    if "according to" in lowered:
        return True
    forms = active_lexicon().speech_forms
    return any(word in forms for word in _WORD.findall(lowered))


_HEADLINE_VERBS: dict[int, frozenset[str]] = {}


def headline_verbs(lex: Lexicon) -> frozenset[str]:
    """The third-person forms of the cue and poll verbs ('Obama Says'), once per lexicon."""
    known = _HEADLINE_VERBS.get(id(lex))
    if known is not None:
        return known
    words: set[str] = set()
    for verb in lex.cue_verbs | lex.poll_verbs:
        if " " not in verb:
            words |= inflections(verb, lex.irregular)
    known = _HEADLINE_VERBS[id(lex)] = frozenset(w for w in words if w.endswith("s"))  # 'Obama Says'
    return known
