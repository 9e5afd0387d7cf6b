"""Clauses after a report that are the writer's narration beside it, not what was reported: another's
statement set beside it with 'as' ('vowed X as the utility unveiled a plan') and a concession about the
reporter ('said X, though he stopped short of Y'),
and the reporter's next act ('said X was a blow and cut his price target', 'had broken X and gave Y'), and another
report with a clause of its own ('..., and she questioned whether X'), and the writer's word on the act that reported it
('ruled that X, in a decision that could affect thousands'). ``tails.without_writer_tail`` cuts them off.


and the reporter's next act ('said X was a blow and cut his price target'). ``tails.without_writer_tail`` cuts them off,
but not a clause of time that says how often it happened ('were closed within a day, often before X').

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon import word_set
from .collisions import collided
from .kids import children_of
from .lexicon import Lexicon
from .syntax import source_like
from .tables import words_of


def report_alongside(lex: Lexicon, child: Token) -> bool:
    """'asked consumers to conserve electricity as forecasters predicted X': an 'as' clause whose subject of its
    own reports or unveils something is another's statement the writer sets beside the report (not 'as expected')."""
    return child.left_edge.lower_ == "as" and child.left_edge.dep_ == "mark" and (
        (lemma := child.lemma_.lower()) in lex.cue_verbs or lemma in lex.writing_verbs or lemma in lex.poll_verbs) and all(
        any(c.dep_ in deps for c in children_of(child)) for deps in (("nsubj", "nsubjpass"), ("dobj", "ccomp"))) and (
        not collided(child))  # ('heard a bang as the lorry hit the barrier': a crash, what was seen, collisions.py)


def of_the_reporter(clause: Token, child: Token) -> bool:
    """'DeLuca said the authority would consider refunds, though he stopped short of promising it': a
    concession whose subject is a pronoun for the reporter describes the reporter's act, in the writer's words (a state
    is what was said: 'Ryan has said he is not ready to endorse Trump, even though he is the lone Republican left')."""
    if unverified(child):
        return True  # '..., though the claim could not be verified': the writer's check of the report
    reporter = next((c for c in children_of(clause.head) if c.dep_ == "nsubj" and c.i < clause.i), None)
    subject = next((c for c in children_of(child) if c.dep_ == "nsubj"), None)
    if reporter is None or subject is None or child.lemma_ in ("be", "have"):
        return False
    if subject.lower_ == "it":
        # 'The company said X, though it did not provide benchmarks': a body's backing withheld ('it' may
        # stand for the report's own thing, 'though it could still cause flooding', so only a withheld act)
        return reporter.tag_ in ("NN", "NNP") and reporter.ent_type_ not in ("PERSON", "GPE") and _withheld(child)
    if subject.lower_ not in ("he", "she", "they"):
        return False
    plural = reporter.lower_ in ("they", "we") or reporter.tag_ in ("NNS", "NNPS")
    return (subject.lower_ == "they") == plural and (
        plural or reporter.lower_ == subject.lower_ or reporter.ent_type_ == "PERSON")


#: verbs of checking a report's truth ('could not be independently verified')
_CHECKED = frozenset(["verify", "confirm", "corroborate", "substantiate", "authenticate", "check"])


def unverified(verb: Token) -> bool:
    """'..., but the figure could not be independently verified', '..., though the claim could not be
    confirmed': a verb of checking in the passive, negated, is the writer's note on the report
    (no one's report goes on with it)."""
    return verb.lemma_.lower() in _CHECKED and any(c.dep_ == "auxpass" for c in children_of(verb)) and any(
        c.dep_ == "neg" for c in children_of(verb))


#: what a reporter gives to back a report ('did not provide benchmarks', 'gave no figures')
_BACKING = frozenset(["provide", "give", "offer", "cite", "present", "share", "produce", "release", "disclose",
                      "specify", "detail", "elaborate", "explain", "say", "identify", "name", "publish"])


def _withheld(act: Token) -> bool:
    """'did not provide benchmarks', 'gave no figures': an act of backing a report, negated."""
    return act.lemma_.lower() in _BACKING and (any(c.dep_ == "neg" for c in children_of(act)) or any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in children_of(c)) for c in children_of(act)))


#: verbs of a state, whose subject did nothing that an act joined to it could go on from
_STATES = frozenset(["be", "seem", "remain", "look", "appear", "prove", "become"])


def persons_act(lex: Lexicon, verb: Token) -> bool:
    """'said the failure was a blow and cut his price target': an act on 'his' or 'her' thing, with no subject,
    joined to a reported clause whose subject is a thing that can neither act nor speak is a person's, the reporter's
    (the tagger may read a past like 'cut' as the base form); 'said the company was struggling and cut its forecast' is
    the company's. Only a state's clause ('was a blow', 'was brief'): a thing that did something goes on doing it
    ('said the pipe had cracked and flooded her kitchen', the pipe's flood)."""
    if verb.head.lemma_.lower() not in _STATES:
        return False
    subject = next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    reporter = next((c for c in children_of(verb.head.head) if c.dep_ == "nsubj"), None)
    if subject is None or reporter is None or subject.pos_ != "NOUN" or source_like(lex, subject):
        return False
    # (whose thing it is agrees with the reporter: not 'He said the storm was severe and cut her power')
    owners = {"he": ("his",), "she": ("her",)}.get(reporter.lower_, ("his", "her") if reporter.pos_ != "PRON" else ())
    return any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in owners for g in children_of(c))
               for c in children_of(verb))


def act_read_as_modifier(lex: Lexicon, noun: Token) -> Token | None:
    """The 'and' or 'but' before a verb of saying with no subject that the parser read as a modifier of its
    object, joined to the reported clause: 'said the vote had been largely credible but noted delays in three
    districts' (the reporter's second report, 'noted' read as an adjective of 'delays'); None when there is none."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    act = next((c for c in noun.lefts if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD")), None)
    if act is None or act.i == 0:
        return None
    cc = noun.doc[act.i - 1]
    if act.left_edge.i != act.i or act.lemma_.lower() not in lex.speech or cc.lower_ not in ("and", "but") \
            or cc.dep_ != "cc" or cc.head.i != noun.head.i:
        return None
    return cc


def past_unlike_participle(lex: Lexicon, verb: Token) -> bool:
    """'wrote that the state had broken the settlement and gave officials 90 days': a simple past that is never the
    participle ('gave', not 'given') cannot share the reported clause's 'had'; with an object of its own, it is the
    reporter's act, in the cue's tense ('said the firm had erred and paid X' may share it, 'paid' being the participle
    too; a person who had done one thing may have done the next: 'said the driver had stopped and ran into the woods',
    'said Ms Ruiz had left and took the files')."""
    subject = next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.tag_ == "VBD" and verb.lower_ in lex.distinct_pasts and any(
        c.dep_ in ("dobj", "dative") for c in children_of(verb)) and subject is not None and subject.pos_ != "PRON" and (
        subject.ent_type_ != "PERSON")


def reports_a_clause(lex: Lexicon, verb: Token) -> bool:
    """A verb of saying, or a cue with a clause of its own ('questioned whether the targets were realistic'): joined
    with a subject of its own after a comma to a reported clause, it is another report, not part of it."""
    lemma = verb.lemma_.lower()
    # (not the speaker's own words quoted after the 'and': 'felt that way, and "in this case I think he's right"')
    quoted = any(t.is_quote for t in verb.doc[verb.left_edge.i - 1 : verb.i])
    return lemma in lex.speech or lemma in lex.cue_verbs and not quoted and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in children_of(verb))


def reaction_at_end(lex: Lexicon, clause: Token) -> int | None:
    """Where the report ends before a participle of the reaction it met that ends it after a comma, which the parser
    hung deep inside it ('said they would not return unless the government scrapped its plan, dimming hopes for a quick
    end': on 'scrapped'); None when there is none (nor for a phrasal verb's act: 'officers scrutinize the area, handing
    out penalties')."""
    doc, table = clause.doc, words_of(clause.doc)
    # (only a gerund of reaction can be one: the words' table says whether the clause's words hold any)
    if not any(table.dep[i] == "advcl" and table.tag[i] == "VBG" and table.lemma[i].lower() in lex.reaction_verbs
               for i in range(clause.left_edge.i, clause.right_edge.i + 1)):
        return None
    ending = next((t for t in clause.subtree if t.dep_ == "advcl" and t.tag_ == "VBG" and t.left_edge.i == t.i
                   and doc[t.i - 1].text == "," and t.right_edge.i == clause.right_edge.i
                   and t.lemma_.lower() in lex.reaction_verbs and not any(c.dep_ == "prt" for c in children_of(t))), None)
    return doc[ending.i - 1].idx if ending is not None else None


#: adverbs of how often something happens
_FREQUENCY = frozenset(["often", "usually", "sometimes", "frequently", "typically", "always", "generally", "rarely",
                        "seldom", "occasionally", "mostly", "routinely", "never"])


def habitual(child: Token) -> bool:
    """'found that tickets were closed within a day, often before a technician visited': a clause of time that
    says how often it happened is part of the pattern reported, not the writer's narration of the report."""
    return any(c.dep_ in ("advmod", "neg") and c.lower_ in _FREQUENCY and c.i < child.i
               and c.i <= child.left_edge.i + 1 for c in children_of(child))


def decision_named_after(child: Token) -> bool:
    """'ruled that the couriers are workers, in a decision that could affect thousands of others': 'in a'
    and a noun of a decision (``decision_nouns.txt``) with a relative clause, set after a comma at the
    report's end, name the act that reported it in the writer's words (not 'in a case that X', the report's)."""
    in_phrase = child.dep_ == "prep" and child.lower_ == "in"
    noun = next((g for g in children_of(child) if g.dep_ == "pobj"), None) if in_phrase else None
    return (noun is not None and child.i >= 1 and child.doc[child.i - 1].text == "," and noun.lemma_.lower() in _decisions()
            and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in children_of(noun))
            and any(g.dep_ == "relcl" for g in children_of(noun)) and noun.right_edge.i == child.right_edge.i)


@cache
def _decisions() -> frozenset[str]:
    return word_set("attribution/decision_nouns")
