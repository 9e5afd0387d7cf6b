"""Arcs the parser got wrong before every rule reads them, mended in place: the pieces of a word
joined by hyphens (``hyphens``), a relative clause on a noun of saying read as its complement
(``relative_that``), a cue verb after a relative clause ending on its preposition
(``stranded``) or with no preposition, read as an aside ('Most hosts I know say X': ``contact_relatives``),
a person named by age before a cue (``aged``), a clause of saying hung on a time
clause's participle ('said while visiting X that Y': ``occasion_clauses``), a past verb of saying read as an
adjective that holds a subject (``subject_adjectives``) or as a participle on its own subject ('The paper
called on X to resign': ``subject_participles``), a verb of saying read as a plural
noun ('As the editorial notes, X': ``noun_cues``), a sentence's verb of saying read as the noun at its
root ('The new ad slams X': ``noun_verbs``) or closing it after its report ('X, county engineer
reports.': ``closing_noun_cues``) or before a colon and a quotation ('The note read: "X"': ``colon_reads``), a
past verb of saying read as an adjective of its object at the root ('Okafor blasted Harbourside for X':
``adjective_verbs``) or as a compound on its clause's subject ('Figures released on Monday show exports fell':
``compound_verbs``), a verb of saying read as a second clause of the first ('said X but warned that Y':
``paired_complements``), a report before a semicolon read as
the clause of the verb after it ('X complained that Y; the firm has ordered Z': ``semicolon_reports``),
a question put by a passive's agent read as a relative clause on its noun or an 'about' phrase hung inside
the agent's phrase ('was asked by a caller why X', 'by reporters about Y': ``agent_questions``), the speaker
after a verb of saying that opens its sentence before a quotation ('Said one resident: "X"': ``fronted_cues``),
an infinitive read as a purpose past a phrase ('vowed on Sunday to clear X': ``vowed_infinitives``), and a
clause's verb read as the auxiliary of an adjective.

'The minister told lawmakers that banks had limited exposure to X': the parser read 'had' as
the auxiliary of 'limited', and 'limited' as an adjective of 'exposure', which it hung on 'told'
as a second object; the clause opened by 'that' lost its verb, and 'told' its clause. An
auxiliary stands only with a verb, never with an adjective: an auxiliary whose head is an
adjectival participle, and which holds its clause's subject, is the clause's verb. It takes the
place of the noun the participle describes, and the noun becomes its object.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .adjective_verbs import adjective_verbs
from .affected_infinitives import affected_infinitives
from .aged import aged_subjects, tag_aged_cues
from .agent_clauses import agent_clauses
from .agent_questions import agent_questions
from .approximate_subjects import approximate_subjects
from .arcs import merged, set_arcs
from .bidden_infinitives import bidden_infinitives
from .bracketed_clauses import bracketed_clauses
from .claim_subjects import claim_subjects
from .clause_inversions import clause_inversions
from .closing_findings import closing_findings
from .closing_noun_cues import closing_noun_cues
from .colon_reads import colon_reads
from .compound_verbs import compound_verbs
from .contact_relatives import contact_relatives
from .denied_plurals import denied_plurals
from .doubled_subjects import doubled_subjects
from .fronted_cues import fronted_cues
from .fronted_misread import fronted_misread
from .handle_appositions import handle_appositions
from .handles import tag_handles
from .heard_closings import heard_closings
from .hometowns import hometowns
from .hung_cues import cues_hung_on_quotations
from .hyphened_titles import hyphened_titles
from .hyphens import join_hyphenated
from .inverted import inverted_subjects
from .modal_adjectives import modal_adjectives
from .name_adverbs import name_adverbs
from .named_objects import named_objects
from .noun_cues import noun_cues
from .noun_verbs import noun_verbs
from .object_clauses import object_clauses
from .object_subjects import object_subjects
from .occasion_clauses import occasion_clauses
from .opening_phrase_roles import opening_phrase_roles
from .paired_complements import paired_complements
from .participle_roots import participle_roots
from .participle_tags import tag_participles
from .quoted_closings import quoted_closings
from .quoted_series import quoted_series
from .relative_that import relative_that
from .report_clauses import report_clauses
from .semicolon_reports import semicolon_reports
from .set_off_occasions import set_off_occasions
from .set_off_parts import set_off_parts
from .set_off_reduced import set_off_reduced
from .shown_clauses import shown_clauses
from .stranded import stranded_relative
from .stranded_claims import stranded_claims
from .subject_adjectives import subject_adjectives
from .subject_participles import subject_participles
from .surnames import tag_surnames
from .tables import forget, positions, words_of
from .tense_series import tense_series
from .verb_compounds import verb_compounds
from .vowed_infinitives import vowed_infinitives
from .weekday_subjects import weekday_subjects
from .weekday_surnames import weekday_surnames
from .with_gerunds import with_gerunds


def mend(doc: Doc) -> None:
    """Mend the parse of ``doc`` in place (sentences stay as they were, or nothing changes)."""
    tag_surnames(doc)  # ('Baker conceded that X' after 'Lena Baker': a name, not the noun 'baker')
    tag_handles(doc)  # ('@harbourpolice: X': a name, not a noun, ``handles``)
    join_hyphenated(doc)  # ('Yun Hae-rin said': one name, not the subject 'rin')
    hyphened_titles(doc)  # ('Co-star Ann Lee said': the title a compound of the name, not the subject 'Co')
    tag_aged_cues(doc)  # ('"...," the 74-year-old recalled.': a verb, not a noun)
    tag_participles(doc)  # ('had soldered X and written Y': 'written' is no past, ``participle_tags``)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs = []
    deps_now = words_of(doc).dep
    for i in positions(deps_now, "aux", 0, len(deps_now)):  # (found in C: no Token made for the other words)
        aux = doc[i]
        modifier = aux.head
        noun = modifier.head
        # ('banks had limited exposure': 'had' the auxiliary of 'limited', an adjective of 'exposure';
        # not 'had long been', nor an auxiliary of a verb: 'banks had limited their exposure')
        if (aux.dep_ != "aux" or modifier.dep_ != "amod" or modifier.tag_ not in ("VBN", "VBD")
                or not aux.i < modifier.i < noun.i or noun.head.i == noun.i or noun.dep_ not in ("dobj", "attr", "pobj")):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < aux.i for c in aux.children):
            continue  # (the clause's subject hangs on the auxiliary: it is the clause's verb)
        if any(t.is_punct for t in doc[aux.i : noun.i]):
            continue
        that = any(c.dep_ == "mark" for c in aux.children)
        heads[aux.i], deps[aux.i] = noun.head.i, "ccomp" if that or noun.head.pos_ in ("VERB", "AUX") else "conj"
        heads[noun.i], deps[noun.i] = aux.i, "dobj"
        verbs.append(aux)
    denied, denied_deps, plurals = denied_plurals(doc)  # ('X, a figure the army disputes': a verb, not a plural)
    heads.update(denied)
    deps.update(denied_deps)
    cue_heads, cue_deps, cue_verbs, cue_subjects = noun_cues(doc)  # ('As the editorial notes, X': a verb, not a plural)
    heads.update(cue_heads)
    deps.update(cue_deps)
    root_heads, root_deps, root_verbs = noun_verbs(doc)  # ('The new ad slams the mayor': a verb, not a noun)
    heads.update({k: v for k, v in root_heads.items() if k not in heads})
    deps.update({k: v for k, v in root_deps.items() if k not in deps})
    # ('X, county engineer reports.', 'Okafor blasted Harbourside for X': whole, or not at all over an earlier mend)
    for whole_mend in (closing_noun_cues, adjective_verbs, colon_reads):
        mended_heads, mended_deps, mended_verbs = whole_mend(doc)
        if not any(k in heads for k in mended_heads):
            heads.update(mended_heads)
            deps.update(mended_deps)
            root_verbs = [*root_verbs, *mended_verbs]
    gerund_heads, gerund_deps, gerunds = with_gerunds(doc)  # ('with some writing that X': a participle, not a noun)
    heads.update({k: v for k, v in gerund_heads.items() if k not in heads})
    deps.update({k: v for k, v in gerund_deps.items() if k not in deps})
    root_verbs = [*root_verbs, *gerunds]
    compound_heads, compound_deps, compound_cues = compound_verbs(doc)  # ('Figures released X show exports fell')
    if not any(k in heads for k in compound_heads):
        heads.update(compound_heads)
        deps.update(compound_deps)
        root_verbs = [*root_verbs, *compound_cues]
    participle_arcs = participle_roots(doc)
    root_verbs = [*root_verbs, *participle_arcs[2]]
    found, relations = merged((
        inverted_subjects(doc),  # ('"...," cautioned astronomer Lucy Tran': the cue and its subject)
        clause_inversions(doc),  # ('X, explained the harbour master, Y.': the phrase the cue's subject)
        closing_findings(doc),  # ('Turnout was 37%, a survey found.': 'found' the sentence's verb, not a relative clause)
        fronted_cues(doc),  # ('Said one resident: "..."': the phrase the cue's subject)
        quoted_series(doc),  # ('X called it "reckless," praised Y': one subject's verbs)
        tense_series(doc),  # ('has urged X to audit firms that run Y and proposed Z': 'proposed' goes on 'urged')
        claim_subjects(doc),  # ('the claim that he threatened her was rejected': the noun the subject)
        object_subjects(doc),  # ('X before Easter, the firm Y warned': 'Easter' the preposition's)
        relative_that(doc),  # ('a claim that officials rejected': 'that' the verb's object)
        aged_subjects(doc),  # ('"...," the 34-year-old told police': the age phrase the cue's subject)
        occasion_clauses(doc),  # ('said while speaking to reporters that X': the clause the verb of saying's)
        bracketed_clauses(doc),  # ('said (translated from Italian) that X': the clause the verb of saying's)
        set_off_occasions(doc),  # ('told reporters, when asked, that X': the clause the verb of saying's)
        subject_adjectives(doc),  # ('A worker, who X, claimed managers had been told': 'claimed' the sentence's verb)
        subject_participles(doc),  # ('The paper called on the mayor to resign': 'called' the noun's verb)
        doubled_subjects(doc),  # ('X said her son, 12, was sent home': 'son' the clause's subject)
        paired_complements(doc),  # ('said X but warned that Y': 'warned' the speaker's next act)
        semicolon_reports(doc),  # ('X complained that Y; the firm has ordered Z': 'complained' the sentence's verb)
        participle_arcs[:2],  # ('Photos posted online show X': 'show' the sentence's verb)
        object_clauses(doc),  # ('said they feared a longer winter would mean X': 'winter' the clause's subject)
        weekday_subjects(doc),  # ('Rivera Tuesday said X': 'Rivera' the verb's subject, not the weekday's compound)
        verb_compounds(doc),  # ('Court papers allege X', 'a filing at Companies House shows': no compound on a verb)
        weekday_surnames(doc),  # ('Detective Joe Friday said X': 'Friday' the surname, not the time)
        name_adverbs(doc),  # ('Charity Homes Now said X': 'Now' the name's last word, not the verb's adverb)
        named_objects(doc),  # ('According to the news agency KNA, X': the name the noun's apposition)
        cues_hung_on_quotations(doc),  # ('"X," the guard, pointing at Y, ordered': the cue the sentence's head)
        set_off_parts(doc),  # ('Ramos, for his part, assured X': the phrase the verb's, not the name's)
        set_off_reduced(doc),  # ('The post, shared 4,000 times, says X': the participle the subject's)
        approximate_subjects(doc),  # ('said about half of the roads were closed': 'half' the clause's subject)
        hometowns(doc),  # ('"X," says Jo from Leeds': the home town the speaker's, not the verb's)
        opening_phrase_roles(doc),  # ('Speaking to The Hindu, the city's engineer Ravi Kumar said X': the role the subject)
        handle_appositions(doc),  # ('"X," replied @RideBrookside, the account of the group': the role the handle's)
        report_clauses(doc),  # ('The coach posted on Facebook that X': 'posted' the verb, no participle on 'coach')
        agent_clauses(doc),  # ('It was claimed by X that Y': the clause the verb's, not a relative clause on 'X')
        agent_questions(doc),  # ('was asked by a caller why X', 'by reporters about X': the question the verb's)
        quoted_closings(doc),  # ('X, the minister was quoted as saying.': the clause the participle's)
        heard_closings(doc),  # ('X, she was heard to say.': the clause the infinitive's)
        bidden_infinitives(doc),  # ('urged people within two miles to stay indoors': the infinitive what is urged)
        vowed_infinitives(doc),  # ('vowed on Sunday to clear the backlog': the infinitive what is vowed)
        affected_infinitives(doc),  # ('urged anyone affected to get in touch': the infinitive what is urged)
        shown_clauses(doc),  # ('released figures showing unemployment had fallen': the clause the participle's)
        contact_relatives(doc),  # ('Most hosts I know say X': 'know' a relative clause on 'hosts', no aside)
    ))
    heads.update(found)
    deps.update(relations)
    modal_heads, modal_deps, modal_verbs = modal_adjectives(doc)  # ('X could last years': 'last' the clause's verb)
    heads.update({k: v for k, v in modal_heads.items() if k not in heads})
    deps.update({k: v for k, v in modal_deps.items() if k not in deps})
    stranded, relations = stranded_relative(doc)  # ('A podiatrist we spoke to said X': 'said' the sentence's verb)
    heads.update({k: v for k, v in stranded.items() if k not in heads})
    deps.update({k: v for k, v in relations.items() if k not in deps})
    misread, relations, named = fronted_misread(doc)  # ('Warned Dr Lee: "..."': a verb, not a name's first word)
    heads.update({k: v for k, v in misread.items() if k not in heads})
    deps.update({k: v for k, v in relations.items() if k not in deps})
    relatives, relations = stranded_claims(doc)  # ('a tablet that the company claims will last': the claim's clause)
    heads.update({k: v for k, v in relatives.items() if k not in heads})
    deps.update({k: v for k, v in relations.items() if k not in deps})
    if not heads or not set_arcs(doc, heads, deps):
        return
    for verb in verbs:
        verb.pos_ = "VERB"
    for verb, lemma in named:
        verb.tag_, verb.pos_, verb.lemma_ = "VBD", "VERB", lemma
    for verb in modal_verbs:
        verb.tag_, verb.pos_, verb.lemma_ = "VB", "VERB", verb.lower_
    for verb in (*plurals, *cue_verbs):
        verb.tag_, verb.pos_ = "VBZ", "VERB"
    for verb, tag, lemma in root_verbs:
        verb.tag_, verb.pos_, verb.lemma_ = tag, "VERB", lemma
    for noun in cue_subjects:
        if noun.tag_ in ("JJ", "VBG"):
            noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
    forget(doc)
