"""Verb frames that report words or a stance only with the right object: 'The senator brushed off the
criticism', 'The mayor doubled down on her claim that X', 'The coach took aim at the referees over the penalty', 'The
bishop touched on the subject of pay', 'The councillor retracted her claim that X' (``guarded_frames.json``: the verb
lemma and the words after it, none for a verb alone, with the kinds of object that make it a report).

Each frame also has a plain sense with another object: 'brushed off the crumbs', 'doubled down on its bet', 'took aim
at the target', 'touched him on the arm', 'signed off on the email', 'poured cold water on the fire', 'retracted its
claws', 'corrected the error'. So the frame is a cue only when the object after its last word (or the verb alone) is
of a kind its entry names: ``said``, a noun of saying, believing, an attitude or a stance act (``speech_nouns``,
``belief_nouns``, ``attitude_nouns``, ``act_nouns``, ``remark_nouns``, ``report_nouns``) or any noun with a
that-clause ('the claim that X'); ``party``, a person, a group or an organisation named or described ('the referees',
'Ms Okafor', each with a phrase of what the words were about or a clause of saying, ``_words_named``; not an armed
one, ``armed_subjects.txt``, the target of shots: 'fired back at the gunmen'); ``spoken``, the same without the nouns
of acts, remarks and written pieces (``act_nouns``, ``remark_nouns``, ``report_nouns``: 'corrected her claim', not
'corrected the essays'); ``topic``, a subject under discussion (``topic_nouns.txt``); ``deed``, a gerund of what one
would not go as far as doing ('stopped short of endorsing the plan', ``gerund_deeds``). The frame's words are the cue,
the verb's subject the source, the object with its phrase the content, as PolNeAR marks 'railed against X'. An adverb
may stand between the frame's words ('hit back hard at'). Not a frame done with a deed for instrument ('hit back at
the gang with a wave of raids', 'took aim at the market leader with a cheaper phone', 'fired back at his opponent with
a flurry of punches'; 'hit back at critics with a statement' stays), nor one whose subject cannot hold words
(``syntax.source_like``, a made work of ``artefact_nouns.txt`` or a thing of ``mute_subjects.txt``: 'The new phone
takes aim at the market leader', 'The film touches on themes of exile').
Tried by ``reported.CueRules.token_cue`` after the light-verb idioms."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from .act_cues import cue_after_source
from .candidate import SPEECH, Candidate, trim_content
from .gerund_deeds import deed_holder, gerund_deed
from .kids import children_of
from .lexicon import Lexicon
from .made_clear import shares_the_subject
from .syntax import cue_span, source_like, source_span, subject_of, that_clause
from .tables import text_of
from .word_forms import listed

#: the named entities that are a party ('took aim at Ms Okafor', 'hit back at the union')
_PARTY_ENTITIES = frozenset(["PERSON", "ORG", "NORP"])
#: the pronouns that are a party ('fired back at them')
_PARTY_PRONOUNS = frozenset(["him", "her", "them", "us", "me", "you", "another", "other"])
#: the prepositions of what words aimed at a party were about ('fired back at the mayor over the cuts')
_MATTER = frozenset(["over", "for", "about", "on"])
#: those of them that say the party was answered in words (not 'on', as often a time: 'hit back at X on Monday')
_ABOUT = frozenset(["over", "for", "about"])
#: the parties known only by their words ('hit back at critics'; not 'opponents', 'defenders', 'backers' alone,
#: who are teams and fans as often)
_CRITICS = frozenset(["critic", "detractor", "naysayer", "sceptic", "skeptic", "heckler"])


def _frame_words(verb: Token, words: list[str]) -> list[Token] | None:
    """The tokens after ``verb`` that spell ``words`` in order, an adverb allowed between them, or None."""
    doc, i, found = verb.doc, verb.i + 1, []
    for word in words:
        while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].lower_ != word and doc[i].dep_ == "advmod":
            i += 1
        if i >= len(doc) or doc[i].lower_ != word:
            return None
        found.append(doc[i])
        i += 1
    return found


def _object(verb: Token, last: Token) -> Token | None:
    """The object of the frame's last word ('at' in 'took aim at the rival'), or the verb's object after
    a closing particle ('brushed off the criticism')."""
    for child in last.children:
        if child.dep_ in ("pobj", "pcomp") and child.i > last.i:
            return child
    return next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > last.i), None)


def _fits(lex: Lexicon, obj: Token, kinds: frozenset[str]) -> bool:
    """Whether ``obj`` is of one of the kinds of object that make the frame a report."""
    lower, lemma = obj.lower_, obj.lemma_.lower()
    if "said" in kinds or "spoken" in kinds:
        nouns = (lex.speech_nouns, lex.belief_nouns, lex.attitude_nouns) + (
            (lex.act_nouns, lex.remark_nouns, lex.report_nouns) if "said" in kinds else ())
        if any(lower in words or lemma in words for words in nouns):
            return True
        if any(c.dep_ in ("acl", "ccomp") and that_clause(c) for c in obj.children):
            return True  # ('backed away from the notion that X')
    armed = lower in lex.armed_subjects or lemma in lex.armed_subjects
    if "party" in kinds and not armed and (obj.ent_type_ in _PARTY_ENTITIES or lower in _PARTY_PRONOUNS or obj.pos_ == "NOUN"
                                           and (lower in lex.speaking_nouns or lemma in lex.speaking_nouns)):
        return True
    if "deed" in kinds and obj.tag_ == "VBG":
        return True  # ('stopped short of endorsing X': a gerund)
    return "topic" in kinds and (lower in lex.topic_nouns or lemma in lex.topic_nouns)


def guarded_frame_cue(lex: Lexicon, text: str, verb: Token, lemma: str) -> Candidate | None:
    """The candidate of a guarded frame on ``verb`` ('The coach took aim at the referees'), None when no
    frame of ``lemma`` follows it, its object is of no kind the frame names, or it has no subject."""
    if verb.pos_ != "VERB":
        return None
    for key, kinds in lex.guarded_frames.items():
        first, *words = key.split()
        if first != lemma or (found := _frame_words(verb, words)) is None:
            continue
        obj = _object(verb, found[-1] if found else verb)  # (a frame of the verb alone: 'retracted her claim')
        if obj is None or not _fits(lex, obj, kinds):
            return None
        subject = subject_of(verb)
        if subject is None or subject.i == obj.i or not shares_the_subject(subject, verb) or subject.lower_ in lex.subjectless:
            return None
        said = _fits(lex, obj, kinds - {"party"})  # (words or a topic, not a party)
        if {subject.lemma_.lower(), subject.lower_} & lex.armed_subjects and not said:  # (plural entries)
            return None  # ('The troops took aim at the rebels': shots, no words)
        if "topic" not in kinds and not said and not _words_named(lex, verb, obj):
            return None  # ('Officers fired back at the suspect', 'The visitors hit back at the home side')
        if not holds_words(lex, subject) or _done_with_a_deed(lex, verb):
            return None  # ('The new phone takes aim at X', 'hit back at the gang with a wave of raids')
        if "deed" in kinds and not deed_holder(lex, subject):
            return None  # ('The lorry stopped short of hitting the barrier': no deed held back)
        if "deed" in kinds:  # (the gerund joins the cue, what it would do is the content: ``gerund_deeds``)
            extra, span = gerund_deed(obj)
        else:
            extra, topic = _act_topic(lex, obj)
            span = _content_span(verb, topic or obj, bool(topic) or not said)
        piece = trim_content(text, *span)
        if not piece:
            return None
        return Candidate(cue=cue_span(verb, [*found, *extra]), source=source_span(text, subject), contents=[piece],
                         nature=SPEECH, source_token=subject.i)
    return None


def _words_named(lex: Lexicon, verb: Token, party: Token) -> bool:
    """Whether a frame of confronting a party says it was done in words: a phrase of what the words were
    about ('fired back at the mayor over the cuts', 'took aim at regulators for failing to act') or a clause of
    saying ('took aim at the regulators, saying X'). Without one, shots, goals and measures are as likely ('Officers
    fired back at the suspect', 'The visitors hit back at the home side', 'The new law takes aim at landlords')."""
    if any(c.dep_ == "prep" and c.lower_ in _ABOUT and c.i > party.i for c in (*children_of(verb), *party.children)):
        return True
    lemma = party.lemma_.lower()
    if lemma in _CRITICS or lemma in lex.advocate_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in party.children):
        return True  # ('hit back at critics', 'fired back at opponents of the plan': a party known by its words)
    clauses = (*children_of(verb), *party.children)  # ('took aim at X, saying Y', 'hit back at critics who called it Y')
    return any(c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lemma_.lower() in lex.speech for c in clauses)


def holds_words(lex: Lexicon, subject: Token) -> bool:
    """Whether the frame's subject can say or hold something: not a thing made ('The film touches on X') or
    a device ('The new phone takes aim at X')."""
    lemma = subject.lemma_.lower()
    return subject.pos_ == "PROPN" or source_like(lex, subject) and lemma not in lex.artefact_nouns and (
        lemma not in lex.mute_subjects)


def _done_with_a_deed(lex: Lexicon, verb: Token) -> bool:
    """Whether the verb has a 'with' phrase of what was done that is no word said ('hit back at the gang with a
    wave of raids', 'took aim at the leader with a cheaper phone'); a statement, a tweet, a clause ('with a video
    saying X') or an attitude ('with anger') is words."""
    words = lex.medium_nouns | lex.remark_nouns | lex.report_nouns | lex.attitude_nouns | lex.belief_nouns | lex.act_nouns
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i < verb.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        of = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)  # ('with a wave of raids')
        said = [t for t in (obj, of) if t is not None and (listed(t, words) or any(
            c.dep_ in ("acl", "relcl", "ccomp") for c in t.children))]
        if not said:
            return True
    return False


def _act_topic(lex: Lexicon, obj: Token) -> tuple[list[Token], Token | None]:
    """For an object that is an act noun with its preposition ('doubled down on her attacks on the plan'),
    the noun's words and preposition, which PolNeAR puts in the cue, and the preposition's object, the
    content (as ``act_cues`` reads 'launched an attack on X'); else nothing."""
    if obj.lemma_.lower() not in lex.act_nouns:
        return [], None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.i == obj.i + 1), None)
    topic = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or topic is None:
        return [], None
    return [*obj.doc[obj.left_edge.i : prep.i + 1]], topic


def _content_span(verb: Token, obj: Token, party: bool) -> tuple[int, int]:
    """The object's phrase without a phrase set off by a comma ('the remarks, including one by X'); after a
    party, with the verb's phrase of what the words were about ('hit back at the mayor over the cuts')."""
    doc, end = obj.doc, obj.right_edge.i
    for child in obj.children:
        if child.i > obj.i and child.left_edge.i > obj.i + 1 and doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i - 2)
    if party:
        over = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in _MATTER and c.i == end + 1), None)
        end = over.right_edge.i if over is not None else end
    return obj.left_edge.idx, doc[end].idx + len(doc[end])


def guarded_frame(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record``'s cue is a guarded frame said by the source before it, which the ranker's threshold
    does not judge: its features read the cue by the verb ('took', 'brushed'), whose weight was learnt
    on its plain senses, which the object's guard has already ruled out."""
    span = cue_after_source(doc, record)
    if span is None or len(span) < 2:
        return False
    text = text_of(doc)
    return any(verb.pos_ == "VERB" and verb.lemma_.lower() in lex.light_verbs
               and guarded_frame_cue(lex, text, verb, verb.lemma_.lower()) is not None for verb in span)
