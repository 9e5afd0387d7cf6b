"""Verbs of the lexicon that attribute nothing where they stand, for ``verbs.verb_cue``: a
modifier, a bare participle, a stance verb made another verb by its particle, a belief still
to be formed, the anonymity formula ('who asked not to be named', 'declined to give his
surname'), a refusal's inner verb, a headline's passive, a memory or liking of an act ('I
remember building a dam'), a pronoun 'that' read as a clause's opening, the inner verb of a
wrapped report ('like to say that X': ``wrapped.py``), an act done with an instrument ('Hits
Veltrane With Verdict'), a thing withheld ('denied access'), a headline's verb read as a
plural noun ('Agency scraps plan to X'), a participle on a counted noun ('12 pledged delegates':
``modifier_participles.py``), an act that reports nothing (``acts.py``) and a record or a name
released, handed out and no statement ('released the name of the victim': ``released_things.py``), what befell the
subject ('found herself defending X', 'saw its shares fall': ``befallen.py``), the writer's set phrases ('The same
cannot be said for X', 'to say the least': ``set_phrases.py``), words to oneself or a page's reader ('told
myself to keep going', 'you agree that X': ``addressed.py``), and a stance
denied in a relative clause ('a senator who has not endorsed anyone'), which says who someone is, and a first
person's own future request with no clause ('we will ask for a photo': ``own_plans.py``), a right open to anyone
of a kind ('Passengers can claim a refund': ``entitlements.py``) and a dictionary's
example sentence ('Example: She promised to X': ``usage_examples.py``), and a verb in an open question
('It is unclear whether the minister knew X': ``open_questions.py``), and an '-ing' noun read as a participle with
the verb after it its object ('as fighting rages in the north': ``gerund_subjects.py``), and a thing sensed
('felt the floor move', 'noticed a crack': ``perceived.py``), and a saying an order to the reader
bids or a view in its condition ('Ask them to explain X', 'If you think X, call Y': ``bidden.py``), and a passive
'ruled' that governs ('ruled by the military since 2020': ``governed.py``), and a participle hung on a ballot one
stands on ('those on the ballot defending X': ``ballot_candidates.py``), and goods a firm takes back ('Kelby Foods
recalled its peas': ``product_recalls.py``), and advice given out in the passive ('Passengers are advised to check X':
``advised_passives.py``), and a talk given with nothing said ('gave a speech in the square': ``talks_given.py``)
and a title in quotation marks ('the musical "Simon Says"': ``titled_verbs.py``) and a call made or a visit
('Neighbours called the police': ``calls_made.py``) and a correspondent's place of work ('Tom Vane reported from
Kelvaro': ``reported_from.py``) and a region's plural noun read as the verb ('Lake Belt states North Dalvia and East
Kerrow backed X': ``place_plurals.py``) and a verb of talking with a clause the parser hung on it ('X - she talks to
anyone who asks - Y': ``talk_clauses.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import in_headline
from .acts import reports_nothing
from .addressed import addressed
from .advised_passives import advice_given_out
from .ballot_candidates import on_the_ballot
from .befallen import befallen
from .bidden import bidden
from .calls_made import call_made
from .collisions import collided
from .contests import contest_for_a_prize
from .counted_participles import count_read_as_subject
from .elided import elided_clause
from .entitlements import entitlement
from .evaluative_participles import judgement
from .exchanges import goods_traded
from .found_it import ease_of_an_act
from .gerund_subjects import gerund_subject
from .governed import governed
from .habit_asides import habit_around_saying
from .handled_objects import handled
from .hearsay_participles import hearsay_noun, imperative_opener, set_off_hearsay
from .kids import children_of, lefts_of, rights_of
from .lexicon import Lexicon
from .listed_arguments import case_dismissed
from .misread import participle_after_apposition, past_read_as_participle
from .modifier_participles import modifies_counted_noun
from .naming_participles import name_read_as_clause, names_only
from .negation import under_without
from .open_questions import in_open_question
from .own_plans import own_plan
from .participle_asides import aside_before_a_cue
from .participles import past_after_quotation
from .particle_senses import particle_sense
from .perceived import perceived
from .place_plurals import place_plural
from .product_recalls import product_recalled
from .question_tags import question_tag
from .relatives import manner_gerund
from .released_things import handed_out
from .repeated_deeds import deed_repeated
from .reported_from import reported_from
from .searches import searching
from .senses import other_sense
from .set_phrases import set_phrase
from .signings import person_signed
from .support_senses import enjoyed_as_had
from .syllabi import course_plan
from .syntax import source_like, that_clause
from .tails import headline_passive
from .talk_clauses import talk_clause
from .talks_given import bare_talk
from .titled_verbs import titled_verb
from .usage_examples import usage_example
from .vacancies import vacancy
from .word_forms import listed
from .wrapped import wrapped_report

#: what one declines to give when one stays anonymous ('declined to give his surname')
_NAMES = frozenset(["name", "surname", "identity"])
_MOTION = frozenset(["out", "into", "onto", "off"])
#: verbs whose clause is a state of things to be brought about, no one's report or belief yet ('to
#: ensure that every worker feels X')
_GOALS = frozenset(["ensure", "insure"])
#: the marks that close the pronoun 'that' off from a clause opened after it
_BREAKS = frozenset([",", ";", "-", "\u2013", "\u2014", "--"])


def not_a_cue(lex: Lexicon, verb: Token) -> bool:
    """A modifier ('the so-called plan'), a bare participle, 'was quoted as saying X'
    (where the inner verb carries the report), a stance verb whose particle makes it another
    verb ('ripped up the vine', 'knocked out power') or that moves its object somewhere
    ('backed the car out of the drive'), a belief still to be formed ('to determine
    whether X'), a request not to be named, or a headline's passive ('Banks urged to act')."""
    lemma = verb.lemma_.lower()
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if headline_passive(lex, verb) or reports_nothing(lex, verb) or ease_of_an_act(verb) or imperative_opener(verb) or (
            set_off_hearsay(lex, verb)):  # ('The farmer, believed to be X, was taken to hospital': hearsay_participles.py)
        return True  # (and an act that reports nothing: 'reported the breach to the regulator', acts.py; 'finding it hard to X')
    if enjoyed_as_had(verb) or searching(verb) or count_read_as_subject(verb) or modifies_counted_noun(verb):
        return True  # 'enjoys the support of X': had, not liked (support_senses.py); 'fans looking for X' (searches.py)
        # (and 'The club has 60 registered players', a count read as the subject, counted_participles.py; '12 pledged
        # delegates were at stake', a participle on its noun after a count, modifier_participles.py)
    if person_signed(lex, verb) or goods_traded(verb) or case_dismissed(verb) or contest_for_a_prize(verb) or (
            collided(verb)):  # ('The coach hit a tree': a crash, no attack in words, collisions.py)
        return True  # 'have signed winger X': a player hired, no document's words (signings.py); 'traded X for Y' (exchanges.py)
        # (and 'The judge dismissed the appeal', a ruling's outcome, listed_arguments.py; 'will defend her title', a
        # bout, contests.py)
    if habit_around_saying(lex, verb) or product_recalled(lex, verb):
        return True  # 'As he liked to say, X': the infinitive's cue (habit_asides.py)
        # (and a firm's 'recalled its yoghurts', goods taken back, product_recalls.py)
    if in_open_question(verb) or question_tag(verb):
        return True  # 'It is unclear whether the minister knew X', 'asked if he would endorse X' (open_questions.py)
        # (and 'The road was shut, was it announced?': a question tag, question_tags.py)
    if bare_talk(lex, verb) or titled_verb(verb) or call_made(lex, verb) or reported_from(verb):
        return True  # 'gave a speech in the square': an event, nothing said (talks_given.py)
        # (and 'the musical "Simon Says"': a title in quotation marks, titled_verbs.py; 'called the police', a call
        # made, calls_made.py; 'Tom Vane reported from Kelvaro', a correspondent's credit, reported_from.py)
    if talk_clause(verb):
        return True  # 'X - she talks to anyone who asks - Y': a verb of talking takes no clause (talk_clauses.py)
    if place_plural(lex, verb):
        return True  # 'Lake Belt states North Dalvia and East Kerrow backed X': the plural noun (place_plurals.py)
    if particle_sense(verb) or advice_given_out(verb):
        return True  # 'were told off for running', 'called round with a casserole': scolded, visited (particle_senses.py)
        # (and 'Passengers are advised to check X', a notice to a public, advised_passives.py)
    goal = verb.head if verb.dep_ == "ccomp" else None
    # (one still to be brought about: not 'He ensured that the report said X', which it did; PolNeAR keeps
    # 'make sure everyone knows X')
    if goal is not None and goal.pos_ == "VERB" and goal.lemma_.lower() in _GOALS and goal.tag_ not in ("VBD", "VBN"):
        return True  # 'My job is to ensure that every worker feels that X': a goal, no one's stance
    if lemma in lex.clause_verbs and not any(c.dep_ == "ccomp" and c.i > verb.i and c.tag_ != "VBG" and (that_clause(c) or any(
            g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))) for c in children):
        # 'a dozen states held contests', 'Cruz holds a lead', 'will hold banners proclaiming X': a +clause
        # verb with no clause of its own ('held that X')
        return True
    if lemma in lex.experience_verbs and lemma not in lex.speech and any(
            c.dep_ in ("xcomp", "ccomp") and (c.tag_ == "VBG" or any(g.lower_ == "being" for g in c.lefts)) and c.i > verb.i
            and not any(g.dep_ in ("nsubj", "mark", "aux") for g in children_of(c)) for c in children) and not any(
            c.dep_ in ("dobj", "ccomp") and c.tag_ != "VBG" for c in children):
        # 'I remember building a dam', 'hates losing', 'remembers being told to leave': an act lived, no claim (not
        # 'remember that X')
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.experience_verbs and (verb.tag_ == "VBG" or any(
            c.lower_ == "being" for c in lefts_of(verb))) and not any(c.dep_ in ("nsubj", "mark", "aux") for c in children) and (
            not any(c.dep_ == "ccomp" and that_clause(c) for c in children)):
        # 'does not like being asked what he knows', 'hates telling people what to do': the act lived or
        # liked, the same as above, seen from the gerund (not 'recalled being told that X': a report passed on)
        return True
    if any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" and any(
            m.dep_ == "mark" and m.lower_ not in ("that", "with", "without") and g.i < m.i < c.i
            and any(t.text in _BREAKS for t in g.doc[g.i + 1 : m.i]) and not any(t.text == "," for t in g.doc[m.i : c.i])
            and not any(s.dep_ in ("nsubj", "nsubjpass") and g.i < s.i < m.i for s in children_of(c))
            for m in children_of(c)) for g in children_of(c)) for c in children):
        # 'to tell me that, though I'm glad', 'I say that without reservation - though I confess X': the pronoun
        # 'that' read as the opening of the clause after it (not 'insist that, with X busy, there is Y': 'with'
        # opens no clause of its own; nor 'insisted that Republicans who X - as some have - were Y': its subject)
        return True
    if verb.dep_ == "xcomp" and (clause := wrapped_report(lex, verb.head)) is not None and (
            clause.head.i == verb.i or clause.head.i == verb.head.i < verb.i):
        return True  # 'like to say that X': one cue with the verb it is the infinitive of (wrapped.py)
        # (and 'X, the coach is expected to tell MPs': the clause before hangs on the passive, ``closing_raised``)
    if lemma in lex.stance_object and any(
            c.dep_ == "prt" and c.lower_ not in lex.phrasal.get(lemma, ()) for c in children):
        return True
    if lemma in lex.stance_object and any(c.dep_ == "dobj" for c in children) and any(
            c.dep_ == "prep" and c.lower_ in _MOTION and c.lower_ not in lex.phrasal.get(lemma, ()) for c in children):
        return True
    if (lemma in lex.belief and lemma not in lex.speech and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and any(c.dep_ in ("ccomp", "advcl") and c.i > verb.i and not that_clause(c) for c in children)):
        return True
    if verb.dep_ in ("amod", "compound") or verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(
        c.dep_ == "agent" for c in children
    ) and participle_after_apposition(verb) is None and past_after_quotation(verb) is None and (
            past_read_as_participle(verb) is None) and hearsay_noun(lex, verb) is None:  # ('A man said to be X': hearsay)
        return True
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("with", "without") and not any(
            c.dep_ in ("agent", "aux", "auxpass", "ccomp") for c in children):
        # ('with temperatures forecast to reach 41 degrees': a participle on its noun, as above, read as a
        # clause of 'with', which takes no past tense; not 'with the mayor saying X', nor a state of mind
        # with its clause: 'with many worried that X')
        return True
    if aside_before_a_cue(lex, verb):
        return True  # 'Judge X, writing for the majority, said Y', '"X," the guard, waving, shouted' (``participle_asides``)
    if lemma in lex.see_as and lemma not in lex.speech and (any(c.dep_ == "auxpass" for c in children) or any(
            c.dep_ == "dobj" for c in children)) and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"
                                                             for c in children):
        return True  # 'was last seen leaving his tent', 'saw him walking away': a sighting (not 'recalled him talking')
    if lemma in lex.describe and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in children) and any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "dobj") and (c.pos_ == "PROPN" or c.text[:1].isupper()) for c in children):
        return True  # 'a group which calls itself the Tuesday Collective': a name, no stance (not 'called himself a victim')
    if verb.dep_ == "relcl" and lemma not in lex.speech and any(c.dep_ == "neg" for c in children):
        return True  # 'a governor who has not endorsed anyone', 'voters who haven't decided': who they are, no stance held
    if on_the_ballot(verb):
        return True  # 'those on the ballot defending X': the candidates' act, no poll's finding (ballot_candidates.py)
    if elided_clause(verb):
        return True  # 'Few expect it to.': a clause cut to its 'to', no words of anyone's (elided.py)
    if manner_gerund(lex, verb):
        return True  # 'was told in writing that X': how it was told; the clause is the cue's before it
    if any(c.dep_ == "nsubj" and c.lower_ in ("the", "a", "an") for c in children):
        return True  # 'The said fairgrounds will host X': an article read as the subject, 'said' an adjective
    if _act_on_someone(lex, verb) or _headline_verb_read_as_noun(lex, verb) or _second_bidding(lex, verb) or (
            other_sense(lex, verb)) or handed_out(lex, verb) or befallen(lex, verb) or set_phrase(verb) or (
            addressed(lex, verb) or names_only(lex, verb) or name_read_as_clause(lex, verb) or judgement(lex, verb)
            or deed_repeated(lex, verb)
            or vacancy(verb) or course_plan(verb) or own_plan(verb) or entitlement(verb) or (
            usage_example(verb) or gerund_subject(lex, verb) or handled(lex, verb) or perceived(verb) or bidden(verb)
            or governed(verb))):
        return True  # (and what befell the subject, befallen.py; the writer's set phrases, set_phrases.py; words to
        # oneself or the reader, addressed.py; a participle of naming with its name, 'a choir called the Harbour
        # Singers', naming_participles.py; the writer's judgement, 'It is telling that X', evaluative_participles.py;
        # a deed done again, 'repeated the feat', repeated_deeds.py; a job advert's vacancy, vacancies.py; a course's
        # plan, syllabi.py; a first person's own future request, 'we will ask for X', own_plans.py; a right open to
        # anyone of a kind, 'Passengers can claim a refund', entitlements.py;
        # a dictionary's example sentence, usage_examples.py; a thing handled, 'slamming the door', handled_objects.py;
        # a thing sensed, 'felt the floor move', perceived.py; a saying an order
        # to the reader bids, 'Ask them to explain X', bidden.py)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.refusal_verbs or under_without(verb):
        # 'declined to say whether X': the refusal's, no report of its own; 'without asking who',
        # 'without admitting or denying the findings': none made
        return True
    refusing = lemma in lex.refusal_verbs
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.anonymity_verbs
           and "auxpass" in (deps := {g.dep_ for g in children_of(c)}) and ("neg" in deps or refusing) for c in children):
        return True  # 'who asked not to be named', 'who declined to be identified': the anonymity formula
    if refusing and any(c.dep_ == "xcomp" and c.lemma_.lower() == "give" and any(
            g.dep_ == "dobj" and g.lemma_.lower() in _NAMES for g in children_of(c)) for c in children):
        return True  # 'who declined to give his surname': the same formula
    # (not what one is described as, a gerund of saying with nothing said: 'described Vance as demanding')
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_ in lex.speech and not (
            lemma in lex.describe and not any(k.dep_ in ("ccomp", "dobj", "xcomp") for k in children_of(g)))
            for g in children_of(c))
        for c in children
    )


def _act_on_someone(lex: Lexicon, verb: Token) -> bool:
    """'Jury Hits Veltrane With $214 Million Verdict', 'struck the rebels with drones': a verb with a
    literal sense done to its object with an instrument is an act (not 'hit back at critics with a
    statement'); 'inspectors again denied access', 'denied him bail', 'was refused bail', 'denied the rival a win':
    a thing withheld, no denial of a claim nor refusal to speak (not 'denied the allegations')."""
    lemma = verb.lemma_.lower()
    # (a refusal only in the passive, whose subject goes without: 'was refused bail'; not 'The council refused
    # permission for X on the grounds that Y', the council's reasons)
    withholding = lemma in lex.disputing_verbs or lemma in lex.refusal_verbs and any(
        c.dep_ == "auxpass" for c in children_of(verb))
    if withholding and any(c.dep_ in ("dobj", "dative", "ccomp") and not that_clause(c) and (
            listed(c, lex.withheld_nouns)) for c in rights_of(verb)):
        return True  # (and 'denied him bail', 'bail' read as a clause's verb)
    if lemma in lex.disputing_verbs and any(c.dep_ == "dative" and c.i > verb.i for c in children_of(verb)) and any(
            c.dep_ == "dobj" and c.i > verb.i for c in children_of(verb)):
        return True  # 'denied the challenger a night of unity': two objects, one deprived of the other, no claim denied
    if lemma not in lex.physical_verbs or not any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    # (the instrument right with the act, no comma before it: not 'attacked X as a fraud, with jabs that cut at Y')
    return any(c.dep_ == "prep" and c.lower_ == "with" and verb.doc[c.i - 1].text != "," and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in lex.speech_nouns and g.lemma_.lower() not in lex.written_nouns
        for g in children_of(c)) for c in children_of(verb))


def _second_bidding(lex: Lexicon, verb: Token) -> bool:
    """'The pastor urged members to greet newcomers and to call anyone who misses X': an infinitive joined to the
    infinitive a verb of address bids its object do is a second thing bidden, part of that content, no cue of its own
    (whose subject would be the bidder's)."""
    bid = verb.head
    return (verb.dep_ == "conj" and bid.dep_ == "xcomp" and bid.head.lemma_.lower() in lex.addressee_verbs
            and any(c.dep_ == "dobj" and c.i < bid.i for c in children_of(bid.head))
            and verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(bid)))  # (or a bare one: 'and call X')


def _headline_verb_read_as_noun(lex: Lexicon, verb: Token) -> bool:
    """'Agency scraps plan to close offices': the parser read a headline's verb as a plural noun
    ('scraps') under the one who acts ('Agency'), and the object after it as the verb; the
    subject names no one who could hold anything while its modifier does (not 'Union leaders
    plan to strike', 'Tech firms plan to cut jobs')."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) if verb.tag_ == "VBP" else None
    return (subject is not None and subject.tag_ == "NNS" and subject.i == verb.i - 1
            and not source_like(lex, subject) and in_headline(verb) and any(
                c.dep_ == "compound" and c.i == subject.i - 1 and source_like(lex, c) for c in children_of(subject)))
