"""Whether a verb joined to a reported clause is the reporter's next report or act, not more of the
clause: 'X said Y and accused Z of W', '... but declined to say when', 'said the deal was "a fair
compromise" and thanked the unions', or another speaker's report after a comma ('..., but the mayor said
Y'). The parser hangs such a verb on the reported clause, so ``tails.without_writer_tail`` ends the content
where this module finds the conjunction before it (``verbs`` asks ``second_report`` too); the clause's own
second verb ('said regulators would approve the deal but could demand changes') stays in the content.

Split from ``tails.py`` (its tails are the writer's words; these are the reporter's)."""

from __future__ import annotations

from spacy.tokens import Token

from .comments import past_beside_a_modal
from .concessions import set_against_a_concession
from .kids import children_of
from .lexicon import Lexicon
from .narration import past_unlike_participle, persons_act, reports_a_clause
from .negation import first_conjunct
from .parallel_acts import clause_subjects_act
from .passive_reports import said_after_a_passive
from .quote_closings import quote_closes_before, reported_clause
from .syntax import TENSE_TAGS, source_like
from .withheld_words import DETAILS as _DETAILS
from .withheld_words import TELLING as _TELLING
from .withheld_words import withheld


def second_report(lex: Lexicon, verb: Token) -> Token | None:
    """The conjunction before a verb of saying joined to a reported clause with no subject of
    its own: the reporter's second report ('X said Y and accused Z of W', '... but also warned
    that W', '... but declined to say when'), which the parser hangs on Y; None when ``verb``
    is no such verb."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None  # (the cheap tests first: the ones below only rule more verbs out)
    says = verb.lemma_.lower() in lex.speech or verb.lemma_.lower() in lex.refusal_verbs and (any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lex.speech for c in children_of(verb)) or _refused_by_no_one(lex, verb)
    ) or _in_the_cues_tense(lex, verb) or _withheld(verb) or act_after_a_relative(lex, verb) or (
        verb.lemma_.lower() in lex.cue_verbs and _held_by_nothing(lex, verb))
    # ('conceded X but implied Y'; 'said the pipe had been fixed and added that Y': passive_reports.py)
    own = _the_reporters_act(lex, verb) or set_against_a_concession(lex, verb) or said_after_a_passive(lex, verb)
    says = says or own
    if not own and clause_subjects_act(lex, verb):
        return None  # 'said his father rarely talked about work but mentioned X': the father's second act (parallel_acts.py)
    if not says:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(verb)) and verb.head.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(verb.head)):
        return None  # 'said regulators would approve the deal but could demand changes': the clause's modal, no report
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and _past_perfect_of_another(lex, verb)
    if participle and not own and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)) and any(
            c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ == "auxpass" and verb.tag_ == "VBN"
            for c in children_of(verb.head)) and not (
            any(c.dep_ == "auxpass" for c in children_of(verb.head)) and any(c.dep_ == "dobj" for c in children_of(verb))):
        # 'said he has not held dinners and never called a donor': the clause's perfect, no report; 'found that
        # the bruise was recorded but never reported': the clause's passive (but a
        # verb with an object shares no passive: 'said the costings had not been released and accused X'; nor a
        # past the tagger chose for a form that is the participle too, after one who can speak: 'said Y had handed
        # him sheets and said, "Z"', not 'said the talks had failed and refused to comment')
        return None
    if verb.head.dep_ == "ccomp" and verb.head.head.tag_ == "VBD" and (
            in_shifted_tense(verb) or verb.tag_ == "VBG" == verb.head.tag_ and in_shifted_tense(verb.head)):
        # 'said it would not comment further', 'said people were pushing and screaming': the clause's shifted tense
        return None
    form = verb if verb.tag_ in ("VBZ", "VBP") else next(
        (c for c in children_of(verb) if c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP")), None)
    if form is not None and verb.head.tag_ in ("VBZ", "VBP") and verb.head.dep_ == "ccomp" and verb.head.head.tag_ == "VBD":
        return None  # 'said the group objects to the delay and denies any role': the present is the clause's, no report
    clause = first_conjunct(verb.head)
    if verb.tag_ == "VB" and not own and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in children_of(verb)) and (
            verb.head.tag_ == "VB" or clause.head.tag_ == "VBD"):
        return None  # 'said ships should slow down and post lookouts', 'said she had her staff field them and tell X' (and
        # 'urged members to greet newcomers and to call X': the second infinitive of the bidding)
    if verb.tag_ == "VBD" and verb.head.tag_ == "VBD" and verb.head.dep_ == "ccomp" and verb.head.head.tag_ in ("VBZ", "VBP"):
        return None  # 'The complaint says he bought rifles and posted videos': the past is the clause's, the report's present
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].dep_ in ("advmod", "aux", "neg") and doc[i].head.i == verb.i:
        i -= 1  # 'and also warned', 'and later said'
    cc = doc[i]
    return cc if cc.lower_ in REPORT_JOINS and cc.head.i == verb.head.i else None


def past_after_a_present(lex: Lexicon, clause: Token, child: Token) -> Token | None:
    """'wrote that the decline proved "supply is the answer" and promised to speed up permitting': a verb of saying
    in the past the parser joined to a clause in the present inside a reported clause in the past cannot go on that
    clause; it is the reporter's next report, as ``second_report`` tells (not after a report inside the clause, whose
    speaker's it is: 'said Pence said in politics it takes time but added, "Z"')."""
    if child.dep_ != "ccomp" or child.tag_ not in ("VBZ", "VBP") or clause.tag_ != "VBD" or clause.lemma_.lower() in lex.speech:
        return None
    later = next((c for c in child.rights if c.dep_ == "conj" and c.tag_ == "VBD"), None)
    return second_report(lex, later) if later is not None else None


def _the_reporters_act(lex: Lexicon, verb: Token) -> bool:
    """A verb in the cue's simple past with no subject or auxiliary, joined to the reported clause
    where something marks that clause's end as the end of what was reported, is the reporter's next
    act: a closing quotation right before it, with an object of its own ('said the deal was "a fair
    compromise" and thanked the unions'); a perfect it cannot share, being negated ('said her client
    had never read the book and described X as Y': not 'never described'); a body's finding of
    what had happened, then a verb of saying ('found that officers had acted in good faith and
    recommended a new policy': the finder's recommendation, as 'concluded that X had been too timid
    and called on Y')."""
    clause = verb.head
    doc = verb.doc
    if (verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VB") or (cued := reported_clause(clause)) is None
            or cued.head.tag_ != "VBD"
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in children_of(verb))):
        return False
    cc = next((c for c in children_of(clause) if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None or not all(t.dep_ == "advmod" and t.head.i == verb.i for t in doc[cc.i + 1 : verb.i]):
        return False  # (an adverb between: '..., but later reversed course')
    if persons_act(lex, verb) or past_beside_a_modal(verb) and cc.lower_ in ("and", "but") and (  # ('said the failure was a
            verb.lemma_.lower() not in lex.cue_verbs):  # blow and cut his price target', 'said he would X and offered Y')
        return True
    if verb.tag_ != "VBD":
        return False
    lemma = verb.lemma_.lower()
    if cc.lower_ == "but" and lemma in lex.refusal_verbs and any(
            c.dep_ == "xcomp" and withheld(lex, c) for c in children_of(verb)):
        return True  # 'said detectives had searched two homes but declined to say where': a refusal set against the report
    if quote_closes_before(doc, cc.i) and lemma in lex.cue_verbs and lemma not in lex.physical_verbs and any(
            c.dep_ == "dobj" for c in children_of(verb)):  # (no physical act: 'was "clearly drunk" and hit a wall')
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(clause))
    if perfect and past_unlike_participle(lex, verb):  # ('wrote that the state had broken X and gave officials 90 days')
        return True
    if not perfect or lemma not in lex.speech:
        return False
    # (a body that finds acts; a thing that shows does not: 'an image showed X had shared it and added Y')
    finder = next((c for c in children_of(cued.head) if c.dep_ == "nsubj"), None)
    return any(c.dep_ == "neg" and c.i < clause.i for c in children_of(clause)) or (
        cued.head.lemma_.lower() in lex.poll_verbs and finder is not None and finder.pos_ == "NOUN"
        and finder.ent_type_ != "PERSON" and finder.lemma_.lower() in lex.organisation_words)


def _past_perfect_of_another(lex: Lexicon, verb: Token) -> bool:
    """'told investigators that a lieutenant had handed him sheets and said, "Z"': a past the
    tagger chose for a form that is the participle too, joined to a reported clause in the past
    perfect whose subject is someone else than the reporter (a noun who can speak, not 'she
    has released X and called on Y', nor 'the talks had failed and refused to comment'); only a verb that gives
    words of its own, a clause or a quotation ('said, "Z"'): one with an object or an infinitive is the reporter's
    next act ('said the government had exhausted every option and accused foreign mills of dumping steel'), when
    that is a speaker, not a finding ('found that the officer had lied and told colleagues to delete messages')."""
    head = verb.head
    subject = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    doc = verb.doc
    after = verb.i + (2 if verb.i + 2 < len(doc) and doc[verb.i + 1].text in (",", ":") else 1)
    cue = head.head.lemma_.lower()
    words = any(c.dep_ == "ccomp" for c in children_of(verb)) or after < len(doc) and doc[after].is_quote or (
        cue not in lex.speech)
    return (head.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(head))
            and subject is not None and subject.pos_ in ("NOUN", "PROPN") and source_like(lex, subject)
            and _participle_form(lex, verb) and words)


def _participle_form(lex: Lexicon, verb: Token) -> bool:
    """Whether a past tense form is also the verb's past participle ('said', 'warned'; not
    'wrote', whose participle 'written' the irregular table lists)."""
    forms = lex.irregular.get(verb.lemma_.lower())
    if forms is None:
        return verb.lower_.endswith("ed")
    return verb.lower_ in forms and not any(f != verb.lower_ and not f.endswith(("s", "ing")) for f in forms)


REPORT_JOINS = frozenset(["and", "but"])
#: auxiliaries of a reported clause's tense after a past cue ('would', 'had')
_SHIFTED = frozenset(["would", "could", "might", "should", "had"])


def in_shifted_tense(verb: Token) -> bool:
    """A verb in a reported clause's tense after a past cue: an auxiliary 'would', 'had' ... or
    'was'/'were' before a participle ('would not comment', 'was telling drivers')."""
    return any(c.dep_ in ("aux", "auxpass") and c.i < verb.i and (c.lower_ in _SHIFTED or c.lower_ in ("was", "were")
                                                                   and verb.tag_ == "VBG") for c in children_of(verb))


def _refused_by_no_one(lex: Lexicon, verb: Token) -> bool:
    """'insisted that an internal review was under way and declined to name individuals': a
    refusal joined to a reported clause whose subject cannot refuse (a thing, a document) is
    the reporter's act ('said the driver sped away and refused to stop' stays the driver's)."""
    subject = _common_subject(verb)
    if subject is None:
        return False
    words = (subject.lemma_.lower(), subject.lower_)
    return any(w in lex.document_nouns for w in words) or not source_like(lex, subject)


def _held_by_nothing(lex: Lexicon, verb: Token) -> bool:
    """'said the offer was welcome but questioned why X': a cue verb joined to a reported
    clause whose subject is a thing that can neither say nor hold anything is the reporter's
    ('said the driver sped away and denied X' stays the driver's; a document can report)."""
    subject = _common_subject(verb)
    return subject is not None and not source_like(lex, subject)


def _common_subject(verb: Token) -> Token | None:
    """The subject of the clause ``verb`` is joined to, when a common noun no entity names."""
    subject = next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ else None


def _withheld(verb: Token) -> bool:
    """'... but gave no details', '... but did not elaborate': the details of the report the
    speaker did not give (a verb of giving them, negated or with 'no' before an object that is
    one) are the reporter's account ('said he had apologised but offered no commitments' is not)."""
    if verb.lemma_.lower() in ("elaborate", "specify"):
        return any(c.dep_ == "neg" for c in children_of(verb))
    negated = any(c.dep_ == "neg" for c in children_of(verb))
    return verb.lemma_.lower() in _TELLING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DETAILS and (negated or any(
            g.dep_ == "det" and g.lower_ == "no" for g in children_of(c))) for c in children_of(verb))


def act_after_a_relative(lex: Lexicon, verb: Token) -> bool:
    """'said it was proud of the endorsements it had received and pointed to a list': a cue
    verb in the past, like the cue, joined to a relative clause of another tense inside the
    reported clause - the one who said it pointed."""
    head = verb.head
    lemma = verb.lemma_.lower()
    if head.dep_ != "relcl" or lemma not in lex.cue_verbs and lemma not in lex.phrasal or verb.tag_ != "VBD":
        return False
    clause = head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and (
        head.tag_ != "VBD" or any(c.dep_ == "aux" for c in children_of(head)))


def _in_the_cues_tense(lex: Lexicon, verb: Token) -> bool:
    """A cue verb joined to a reported clause in the tense of the cue, not of the clause: 'said
    he makes $41,000 a year and questioned how ...' - the one who said it questioned."""
    clause = verb.head
    cue = clause.head
    return (clause.dep_ == "ccomp" and verb.lemma_.lower() in lex.cue_verbs and verb.tag_ in TENSE_TAGS
            and verb.tag_ == cue.tag_ and clause.tag_ in TENSE_TAGS and clause.tag_ != verb.tag_
            and not any(c.dep_ == "aux" for c in children_of(clause)))


def other_report(lex: Lexicon, verb: Token) -> Token | None:
    """The conjunction before another speaker's report joined to a reported clause after a
    comma: 'X said the plan was ready, but the mayor said it would cost more' (the parser
    hangs the second 'said' on the first report's clause), or a cue with a clause of its own ('..., and she
    questioned whether the targets were realistic')."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or not reports_a_clause(lex, verb):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in children_of(verb)) or any(
            c.dep_ == "mark" for c in children_of(verb)):
        return None  # '... but that if X, he should have insisted on Y': a second reported clause
    cc = next((c for c in children_of(verb.head) if c.dep_ == "cc" and verb.head.i < c.i < verb.i), None)
    if cc is None or cc.lower_ not in REPORT_JOINS or verb.doc[cc.i - 1].text != ",":
        return None  # 'said the mayor resigned and the council criticized it': one report of two events
    return cc
