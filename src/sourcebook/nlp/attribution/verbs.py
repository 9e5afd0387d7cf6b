"""Cue verbs: reported speech and beliefs around a verb of the lexicon ('X said that Y', 'the plan was criticised
by X', 'X is seen as Y'), the verbs that are cues only beside a quotation ('He continued, "..."', '"...," the notice
reads') and verbs of appearance ('it seems that X').

The source is the verb's subject (or the agent of a passive, or the antecedent of a
relative clause), the content its complement (``verb_content``), the cue the verb with its
auxiliaries, negation and particles.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from .acts import passive_thing
from .antecedents import body_before, body_within
from .asides import clause_read_as_subject, credits_a_quotation, inverted_aside, parenthetical
from .body_nouns import paper_named
from .candidate import BELIEF, SPEECH, Candidate, quotation_before, trim_content
from .content import WH_PRONOUNS, finished_contents, verb_content
from .deep_reports import deep_report_clause
from .denials import denied_by, denied_relative
from .findings import no_finding
from .first_to import ranked_holder, ranked_subject
from .grounds import given_grounds
from .habit_asides import habit_idiom_cue, habit_of_saying
from .headline_hearsay import headline_hearsay
from .hearsay_participles import hearsay_noun, hearsay_participle, with_hearsay_noun
from .idea_participles import report_of
from .inverted_media import bare_idiom
from .judged import judged_subject
from .kids import children_of, first_child, lefts_of
from .lent_subjects import lent_subject
from .lexicon import Lexicon
from .made_clear import bare_clear_clause, shares_the_subject, subject_after_as
from .misread import participle_after_apposition
from .mute import holds_nothing, mute_thing
from .negation import first_conjunct
from .noncues import not_a_cue
from .objects import clause_on_occasion
from .participles import (
    asked_aside,
    asked_before,
    clause_read_as_participles_subject,
    document_before,
    fronted_participle,
    names_a_thing,
    participle_subject,
    past_after_quotation,
    role_read_as_verb,
    takes_a_stance,
)
from .perfects import contracted_perfect
from .pleas import plea
from .pressed_doers import pressed_doer
from .purpose_infinitives import purpose_holder
from .quote_verbs import quoted_phrasal, topic_before_quotation
from .raised_reports import raised_reporter
from .relative_objects import apposed_object
from .relays import relay, relaying_verb
from .report_ends import relative_report
from .speaking_nouns import noun_phrase_span, noun_says
from .spent import spender
from .spoken_at import said_on_occasion
from .swallowed import headline_name
from .syntax import (
    PARTICLES,
    after_clock,
    agent_of,
    aside_subject,
    cue_span,
    inverted_subject,
    phrase,
    source_like,
    source_span,
    span_of,
    stranded_subject,
    subject_of,
    subtree_span,
    that_clause,
)
from .tails import second_report, trailing_participle
from .wrapped import wrapped_cue, wrapped_report

Spans = list[tuple[int, int]]


def idiom_cue(lex: Lexicon, text: str, verb: Token, lemma: str) -> Candidate | None:
    """A verb that says only with its word (``speech_idioms.json``): 'made clear that Y',
    'made it clear that Y', 'as the inspector put it, Y', 'put it bluntly: "..."' (the
    quotation is joined later). The word is part of the cue, never of the content."""
    if (habit := habit_idiom_cue(lex, text, verb)) is not None:
        return habit  # 'As she liked to put it, X' (``habit_asides``)
    words = lex.speech_idioms[lemma]
    word = next((c for c in children_of(verb) if c.lower_ in words and c.i > verb.i), None)
    if word is None or any(c.dep_ in ("prep", "prt", "dative") and c.i > verb.i and c.i != word.i and not (
            c.dep_ == "prep" and c.i > word.i and (word.lower_ == "back" or said_on_occasion(lex, c))) for c in verb.children):
        return None  # 'put it on the shelf', 'made clear plastic' (not 'hit back in a statement', 'Outside, X put it:')
    subject = subject_after_as(verb) or subject_of(verb)  # ('As Ana Ruiz, a law professor, put it, Y')
    if subject is None or not shares_the_subject(subject, verb) or subject.lower_ in lex.subjectless or credits_a_quotation(verb):
        return None
    extra = [word, *(c for c in word.children if c.dep_ == "nsubj" and c.lower_ == "it")]
    taken = {t.i for t in extra}
    clause = next((t for t in verb.subtree if t.i > word.i and t.i not in taken
                   and t.dep_ in ("ccomp", "advcl") and that_clause(t)), None) or bare_clear_clause(word, taken)
    # the object after the word ('makes clear the risks'; the parser may make it the word's subject)
    obj = next((c for c in (*children_of(verb), *word.children)
                if c.dep_ in ("dobj", "nsubj") and c.i > word.i and c.pos_ != "PRON"), None)
    if clause is not None:
        contents = [subtree_span(clause)]
    elif obj is not None:
        contents = [subtree_span(obj)]  # 'the poll makes clear the headwinds ahead'
    else:
        contents = parenthetical(text, verb, lex)  # 'The problem, as the inspector put it, is staff.'
    pieces = [p for p in (trim_content(text, *c) for c in contents) if p]
    return Candidate(cue=cue_span(verb, extra), source=source_span(text, subject), contents=pieces, nature=SPEECH,
                     source_token=subject.i)


def verb_cue(lex: Lexicon, text: str, verb: Token, lemma: str) -> Candidate | None:
    """The candidate of a cue verb of the lexicon, None when it attributes nothing here."""
    reports = lemma in lex.speech or lemma in lex.poll_verbs or lemma in lex.belief  # (the rest: ``not_a_cue`` below)
    if reports and not_a_cue(lex, verb):
        return None
    shared = _shared_subject(lex, text, verb, lemma)
    if shared is not None:
        return shared
    # (a verb of asking reports, as 'questioned whether the timeline is realistic' does)
    stance = (lemma in lex.belief or lemma in lex.see_as) and not (lemma in lex.speech or lemma in lex.asking)
    nature = BELIEF if stance else SPEECH
    extra: list[Token] = []
    inverted = inverted_aside(text, verb) if lemma in lex.speech else None  # 'The bridge, said Ann Moss, is safe.'
    inverted = inverted if inverted is not None and source_like(lex, inverted[0]) else None
    content = verb_content(lex, text, verb, lemma, extra) if inverted is None else inverted[1]
    content = clause_read_as_participles_subject(verb) or content  # ', saying inspections of X would keep Y'
    if (wrapped := wrapped_report(lex, verb)) is not None:  # 'like to say that X', 'wanted to know whether X': one cue
        nature, extra = SPEECH, []
        content = wrapped_cue(verb, wrapped, extra)
    if (habit := habit_of_saying(lex, verb)) is not None:  # 'As she liked to say, X': one cue (``habit_asides``)
        nature, extra, content = SPEECH, [habit, *(c for c in verb.children if c.dep_ == "aux")], parenthetical(text, habit, lex)
    if (grounds := given_grounds(verb)) is not None and (giver := first_child(verb, "nsubj")) is not None:
        content = [grounds]  # 'refused permission on the grounds that X': the reason it gave, what it reports
        nature = SPEECH if source_like(lex, giver) else nature
    aside = inverted is not None
    if content and lemma in lex.speech and topic_before_quotation(text, verb, content):
        content = content[1:]  # 'described the mood: "..."': the quotation (joined later if not here) was said
    if content is None and _agent_passive(verb):
        content = []  # 'The plan was backed by the mayor': the subject is the content (below)
    if content is None and verb.dep_ == "relcl" and (lemma in lex.speech or lemma in lex.belief):
        content = relative_report(lex, verb)  # 'the drawdown, which they say left a vacuum'
    content = apposed_object(verb) if content is None else content  # 'X, a plan the mayor opposed'
    if denied_relative(lex, verb, content):
        content = []  # 'X, an allegation the company rejects', 'X, which Y denied': what it rejects is X (``denials``)
    if content is None and lemma in lex.speech:
        content = plea(lex, text, verb, extra) or _answer(verb) or clause_on_occasion(lex, verb)
    if content is None:
        if not reports and not quoted_phrasal(lex, verb):
            return None
        # 'The plan, he said, is dead.' / '..., a poll shows.' / 'The barrier held, the agency said' / 'Many
        # planners, I suspect, agree that X' (a belief set mid-sentence)
        content = parenthetical(text, verb, lex) or clause_read_as_subject(verb)
        own = next((c for c in lefts_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), verb)  # (', it is thought,': ``it_asides``)
        if content and lemma not in lex.speech and lemma not in lex.poll_verbs and (
                own.left_edge.i == 0 or verb.doc[own.left_edge.i - 1].text != ","):
            content = []  # (a belief set between commas only: '"You know, I love Larry," he said' opens with a turn of speech)
        aside = bool(content)
        if lemma not in lex.speech and not aside and not quoted_phrasal(lex, verb):
            return None
    elif content and all(end <= verb.idx for _, end in content):
        aside = True  # 'X, Fox found.': the content before the cue
    if not reports and not_a_cue(lex, verb):  # (a cue only with a content, which most lack: tested after it, for speed)
        return None
    subject = inverted[0] if inverted else denied_by(lex, verb) or _said_by_the_thing(lex, verb) or _reporter(lex, verb) or (
        _controller(lex, verb) or pressed_doer(lex, verb) or spender(verb) or subject_of(verb) or asked_before(lex, verb))
    subject = subject if subject is not None or lemma not in lex.speech else aside_subject(verb) or lent_subject(lex, verb)
    subject = document_before(lex, verb) or fronted_participle(participle_subject(lex, verb, subject))
    # 'X, writing for Y, said': the subject the parser gave the participle is the cue's own
    held = subject is not None and (subject.head.dep_ == "advcl" and subject.head.head.i == verb.i
                                    or subject.dep_ == "dobj" and verb.dep_ == "pcomp" and subject.head.i == verb.head.head.i
                                    or participle_after_apposition(verb) is not None
                                    or subject.dep_ == "appos" and any(  # ('Asked about X, Nadia Farouk, said')
                                        c.dep_ == "advcl" and c.i < subject.i < verb.i for c in subject.ancestors))
    if (subject is None or subject.head.i != verb.i and not held) and lemma in lex.speech and not inverted:
        # a subject borrowed from another clause may be the quoted one's ('"We ...,"
        # Ramos told AFP'): the name between the quote and the cue comes first
        stranded = stranded_subject(verb)
        stranded = stranded if stranded is not None and source_like(lex, stranded) else None
        named = inverted_subject(lex, verb)
        if stranded is not None and named is not None and named.i < stranded.i and stranded in named.subtree:
            stranded = None  # '"...," the company's chief executive, John Smith, said': the whole noun phrase
        subject = stranded or named or subject
    quoted = past_after_quotation(verb) if lemma in lex.speech else None
    subject = quoted or subject
    if (lead := role_read_as_verb(verb, subject)) is not None:  # '"...," lead author Mia Roth said': it ends before 'lead'
        content = [(subtree_span(lead)[0], lead.idx)]
    passive = quoted is None and _passive(lex, verb, subject)
    source_token: Token | None
    if passive and content and asked_aside(lex, verb, subject):
        content = content[:1]  # 'X, asked what she had said, smiled': the question, not the main verb
    if passive:
        found = _passive_source(lex, verb, subject, content)
        if found is None:
            return None
        source_token, content = found
    else:
        active = _active_source(lex, verb, lemma, subject, nature)
        if active is False:
            return None
        if (active is not None and lemma in lex.speech and not source_like(lex, active)
                and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in active.children)
                and not any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                            for c in children_of(verb))):
            return None  # first-person narration: 'my lungs begging for oxygen' (not 'Our guide said a storm was coming')
        source_token = active
    if lemma in lex.physical_verbs and source_token is not None and source_token.pos_ != "PROPN" and (
            source_token.lower_ in lex.armed_subjects or source_token.lemma_.lower() in lex.armed_subjects):
        # 'Government forces attacked the town', 'hit by airstrikes': an act of war, no stance
        # (a name is not: 'Shell hit back at its critics')
        return None
    if lemma in lex.poll_verbs and lemma not in lex.cue_verbs and no_finding(lex, verb, source_token, aside):
        return None  # 'the poll found', '..., Fox found', 'the Observer found that X': not 'Trump found a way
    if source_token is None and not passive:
        return None
    contents = finished_contents(lex, text, verb, content, keep_empty=source_token is not None and nature == SPEECH)
    if contents is None:
        return None
    source = None
    if source_token is not None:
        if verb.dep_ == "relcl" and source_token.i == verb.head.i:
            source = span_of([source_token])
        elif verb.dep_ == "acl" and source_token.i == verb.head.i and participle_after_apposition(verb) is None:
            # 'the PAC backing Bush' (not a closing mark the parser hung on it)
            source = noun_phrase_span(verb, source_token)  # (the whole phrase: 'the share of farmers saying X')
        elif source_token.i < verb.i and source_token.is_ancestor(verb):  # 'X, a partner at Y, called Z W' read as a noun phrase
            last = verb.doc[verb.i - 1]  # (a name before the verb is the source's: 'Economists at Helvan Bank forecast')
            end = last.idx + len(last) if last.pos_ in ("NOUN", "PROPN") else last.idx
            source = trim_content(text, source_token.left_edge.idx, end) or span_of([source_token])
        else:  # ('X files for Y, blames Z': the name before a headline's first verb, ``swallowed``)
            source = headline_name(verb, source_token) or source_span(text, source_token)
        source = (lead.idx, source[1]) if lead is not None else source
        source = (after_clock(text, *source), source[1])  # ('14:20 A resident posted on X: "..."')
        # ('"I have nothing to hide," dos Santos told X': the parser hung the name's particle on the quotation)
        contents = [trim_content(text, c[0], source[0]) or c if c[0] < source[0] < c[1] and (
            text[source[0] : c[1]].strip() in PARTICLES) else c for c in contents]
        if any(c[0] <= source[0] < c[1] for c in contents):
            around = _pronoun_around(lex, text, verb, extra, source_token, contents) or quotation_before(text, contents, source)
            if around is not None:
                contents = around
            elif source_token.i < verb.i or nature != SPEECH:
                return None
            # '"...," said David Brock, who heads Correct the Record': the parser made the
            # name part of a clause after the cue; the quotation before it is the content; with
            # nothing else, the clause before a cue that ends the sentence ('X, reported the Courier')
            contents = [c for c in contents if not c[0] <= source[0] < c[1]] or parenthetical(text, verb, lex)
    cand = Candidate(
        cue=cue_span(verb, extra),
        source=source,
        contents=contents,
        nature=nature,
        source_token=source_token.i if source_token is not None else None,
    )
    cand.medium = medium_of(lex, verb)
    # (a doer the verb before names, 'giving them leverage to insist on X', is a form the ranker's data hardly has)
    cand.unjudged = source_token is not None and (doer := pressed_doer(lex, verb)) is not None and doer.i == source_token.i
    cand.verb = verb.i
    cand.aside = aside
    cand.relay, cand.relayed_by = relay(text, verb) or (None, None)  # 'The paper quoted X as saying Y': the paper relays it
    return cand


#: legal filings: what one says is its filer's, not what a court that rules on it does
_FILINGS = frozenset(["lawsuit", "suit", "complaint", "petition", "indictment", "motion", "appeal", "claim"])
#: verbs whose subject files, brings or makes the filing: what it says is the subject's
_FILING = frozenset(["file", "lodge", "bring", "submit", "launch", "issue", "sign", "draft", "make", "start", "organise",
                     "organize", "present", "send"])


def _said_by_the_thing(lex: Lexicon, verb: Token) -> Token | None:
    """'A court reinstated a lawsuit accusing X of Y': a participle of saying on a legal filing
    says what the filing says, not what the subject of the verb it is the object of does (one
    who reinstated or dismissed it; 'She filed a lawsuit accusing X' stays hers)."""
    thing = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and thing.pos_ == "NOUN" and thing.i < verb.i and thing.dep_ in (
            "dobj", "pobj") and thing.lemma_.lower() in _FILINGS and thing.head.lemma_.lower() not in _FILING | lex.cue_verbs:
        return thing
    return None


def _controller(lex: Lexicon, verb: Token) -> Token | None:
    """'the timing led Republicans to say X', 'urged officials to warn', 'led Hale to joke and call X "nimble"' (a
    conjunct with no subject of its own shares the infinitive): the person or group the verb of an infinitive cue
    acts on is the cue's subject; an instrument or a measure is not ('used a crude word to describe X',
    'requested anonymity to speak', 'spent $5,000 to back X', 'using the stalled bill to portray X')."""
    quoted = relaying_verb(verb) is not None
    verb = verb if quoted or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) else first_conjunct(verb)
    if not quoted and (verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb))):
        return None  # (and 'CNA quoted a spokesman as saying X': the one quoted)
    head = verb.head.head if quoted else verb.head
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.lower_ in ("it", "this", "that"):
        return None
    if obj.pos_ == "PRON" or obj.ent_type_ in ("PERSON", "ORG", "NORP") or quoted and obj.pos_ == "PROPN":
        return obj
    words = (obj.lemma_.lower(), obj.lower_)
    if obj.pos_ == "NOUN" and not obj.ent_type_ and source_like(lex, obj) and not any(
            w in lex.speech_nouns or w in lex.document_nouns or w in lex.measure_nouns for w in words):
        return obj
    return None


def _pronoun_around(lex: Lexicon, text: str, verb: Token, extra: list[Token], source: Token, contents: Spans) -> Spans | None:
    """'Gulen, whom Erdogan accuses of plotting the coup', 'what the mayor wants to build': the
    object is a relative or wh- pronoun before the cue clause, so the content the parse gives
    runs around the source and the cue; it is the pronoun and what follows the cue (a subject
    pronoun the parser hangs on a complement clause is mended there: content._around_the_cue)."""
    doc = verb.doc
    out: Spans = []
    for start, end in contents:
        if not start <= source.idx < end:
            out.append((start, end))
            continue
        first = doc.char_span(start, end, alignment_mode="expand")
        pronoun = first[0] if first is not None and len(first) else None
        if pronoun is None or pronoun.i >= source.i or (
                pronoun.lower_ not in lex.relative_pronouns and pronoun.lower_ not in WH_PRONOUNS):
            return None
        rest = trim_content(text, cue_span(verb, extra)[1], end)
        if rest is None:
            return None
        out += [span_of([pronoun]), rest]
    return out


def _shared_subject(lex: Lexicon, text: str, verb: Token, lemma: str) -> Candidate | None:
    """'Army spokesman denies strike on school, says militants used building': a headline's
    second verb of saying shares the first one's subject, and says the clause after it (the
    parser makes the first clause its complement and has it say no one)."""
    if lemma not in lex.speech or verb.tag_ != "VBZ" or verb.i == 0 or verb.nbor(-1).text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in children_of(verb)):
        return None
    line_end = text.find("\n", verb.idx)
    if text[verb.idx : line_end if line_end >= 0 else len(text)].rstrip().endswith((".", '"', "\u201d")):
        return None  # a headline's, which ends with no full stop
    first = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBZ"), None)
    # the clause after it, or one the parser read as its subject ('says militants used building')
    after = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i or c.dep_ == "nsubj" and c.i > verb.i
                  and any(g.dep_ in ("acl", "relcl") and g.tag_ in ("VBD", "VBZ", "VBP") for g in c.children)), None)
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None) if first is not None else None
    if first is None or after is None or subject is None or not source_like(lex, subject) or any(
            t.is_quote for t in first.subtree):
        return None
    return Candidate(cue=cue_span(verb), source=source_span(text, subject), contents=[subtree_span(after)],
                     nature=SPEECH, source_token=subject.i, verb=verb.i)


def _agent_passive(verb: Token) -> bool:
    """'X was backed by Y': a passive with its own subject and an agent."""
    children = list(children_of(verb))
    return (any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "nsubjpass" for c in children)
            and agent_of(verb) is not None)


def _passive(lex: Lexicon, verb: Token, subject: Token | None) -> bool:
    if contracted_perfect(lex, verb, subject) or raised_reporter(lex, verb, subject):
        return False  # ('He's said X'; 'She is expected to argue that X': the wrapped report is hers, ``raised_reports``)
    return any(c.dep_ == "auxpass" for c in children_of(verb)) or (
        subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i) or (
        # 'Asked about X, she ...', '..., said Ann, asked about X' (read as VBD): the asker is not the answerer
        (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lemma_.lower() in lex.asking) and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "nsubj") for c in children_of(verb))
    ) or asked_aside(lex, verb, subject) or hearsay_participle(verb) or hearsay_noun(lex, verb) is not None or (
        headline_hearsay(verb, subject))  # 'a man said to', 'Firm said to weigh sale'


def _answer(verb: Token) -> Spans | None:
    """'Asked if X, 72 percent said yes.': the answer is the content."""
    answer = next((c for c in children_of(verb) if c.dep_ == "intj" and c.lower_ in ("yes", "no") and c.i > verb.i), None)
    return [span_of([answer])] if answer is not None else None


def _reporter(lex: Lexicon, verb: Token) -> Token | None:
    """The subject of the report a cue participle trails ('X said Y would appeal, calling it unjust', 'X said Y and accused
    Z': X's, though hung on Y's clause); not after a bare '-ing' clause with a subject ('recalls Y going on air, urging Z')."""
    clause = deep_report_clause(lex, verb) or (  # ('said X was a sign Y did not know Z, and urged W': deep_reports.py)
        first_conjunct(verb.head) if trailing_participle(verb) or second_report(lex, verb) is not None else None)
    if clause is None:
        return None
    report = clause.head
    if clause.dep_ == "acl" and report.dep_ == "pobj" and report.head.dep_ == "prep" and that_clause(clause):
        report = report.head.head  # 'said in a report that X and urged Y': the parser hung X on the report
    elif (idea := report_of(lex, clause)) is not None:
        report = idea  # 'rejected the idea that X, saying Y': the parser hung the participle on the idea's clause
    elif clause.dep_ not in ("ccomp", "dobj") or clause.tag_ == "VBG" and not any(c.dep_ == "aux" for c in clause.children):
        return None
    if report.lemma_.lower() not in lex.cue_verbs and report.lemma_.lower() not in lex.poll_verbs or report.i > clause.i:
        return None
    subject = subject_of(report)
    if subject is None or subject.i < verb.sent.start or subject.lower_ in lex.subjectless and not (
            subject.lower_ == "it" and subject.dep_ == "nsubj" and report.lemma_.lower() in lex.speech):
        return None  # (but 'It insisted X and accused Y': an 'it' that speaks is a body)
    return subject


def _passive_source(lex: Lexicon, verb: Token, subject: Token | None, content: Spans) -> tuple[Token | None, Spans] | None:
    """(agent, content) of a passive cue; None when it has no content."""
    agent = agent_of(verb)
    if agent is not None and mute_thing(lex, agent):
        return None  # 'Drivers are told by the app when X': a machine's signal, no one's report
    own_subject = subject if subject is not None and subject.head.i == verb.i else None
    if own_subject is not None and not content and agent is not None:
        if not source_like(lex, agent) or passive_thing(lex, verb, own_subject):
            return None  # 'The letters can be viewed by appointment': no one's stance
        return agent, [subtree_span(own_subject)]  # 'The plan was announced by the mayor'
    if not content:
        return None
    if own_subject is not None and (own_subject.dep_ == "nsubjpass" or headline_hearsay(verb, own_subject)) and any(
        c.dep_ == "xcomp" and subtree_span(c)[0] == content[0][0] for c in children_of(verb)
    ) and own_subject.lower_ not in lex.subjectless and verb.lemma_.lower() not in lex.addressee_verbs:
        # (not the one addressed: 'Motorists have been warned to expect delays', the motorists are told)
        return agent, [subtree_span(own_subject), *content]  # 'The bank is expected to act': both parts
    return agent, judged_subject(lex, verb, own_subject, content) or with_hearsay_noun(lex, verb, content)  # 'X was accused of Y'


def _active_source(lex: Lexicon, verb: Token, lemma: str, subject: Token | None, nature: str) -> Token | Literal[False] | None:
    """The source token of an active cue: its subject or the antecedent of its relative
    clause; None when it has none, False when the subject rules the cue out."""
    if subject is None:
        if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb)):
            # 'the first official to say X' is the official's, 'Vane was the first official to X' Vane's (``first_to``)
            # (not a thing that speaks held or used for it, 'held a briefing to announce X', ``purpose_infinitives``)
            if source_like(lex, verb.head) and purpose_holder(lex, verb) is None:  # ('went out of his way to say X': below)
                return ranked_subject(lex, verb.head) or verb.head
            holder = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            found = subject_of(holder) if holder is not None else None
            return found if found is not None and source_like(lex, found) else None
        if verb.dep_ == "relcl" or _backing_noun(lex, verb, lemma) or noun_says(lex, verb, lemma):
            return ranked_holder(lex, verb.head) or verb.head  # ('X was the first candidate to weigh in, tweeting Y': X's)
        return None
    own_subject = subject.head.i == verb.i
    if own_subject and subject.lower_ in lex.no_source and lemma not in lex.poll_verbs and not (
            verb.dep_ == "relcl" and subject.tag_ == "WDT"):  # (but a relative pronoun's noun may be: 'messages that claim X')
        return False
    if holds_nothing(lex, verb, subject):
        return False
    # 'the recipe calls for flour': a thing neither says nor holds anything (nor takes a stance)
    stance = lemma not in lex.speech or lemma in lex.stance_object
    if nature != BELIEF and stance and lemma not in lex.poll_verbs and not source_like(lex, subject):
        return False
    if lemma == "bet" and subject.lower_ == "you":
        return False  # 'you can bet X': the writer's own assurance
    if not own_subject and verb.tag_ == "VBG" and names_a_thing(lex, subject) and not takes_a_stance(lex, verb, subject):
        return False  # 'Prices rose, suggesting weak demand': the writer's inference from a thing
    if nature == BELIEF and subject.lower_ in lex.subjectless and not _relative_holder(lex, verb, subject) and not (
            own_subject and (body_before(lex, subject) or body_within(lex, subject)) is not None):
        return False  # 'it seems to want', 'a plan which hopes': no holder (not 'The coastguard ... It believes')
    if own_subject or subject.lower_ not in lex.subjectless:
        return subject
    if (verb.dep_ == "conj" and subject.head.i == verb.head.i and subject.lower_ == "it" and lemma in lex.speech
            and verb.head.lemma_.lower() not in lex.seem_verbs and verb.head.lemma_ != "be") or getattr(
            _reporter(lex, verb), "i", None) == subject.i:
        return subject  # 'It apologised and said refunds would be paid': the one 'it' of both; 'It insisted X and accused Y'
    return None


def _backing_noun(lex: Lexicon, verb: Token, lemma: str) -> bool:
    """'a super PAC backing Bush', 'voters supporting her': a stance verb's participle whose noun can hold the stance holds it."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma in lex.stance_object and lemma not in lex.speech
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and source_like(lex, verb.head))


def _relative_holder(lex: Lexicon, verb: Token, subject: Token) -> bool:
    """'the union, which endorsed Clinton': a relative pronoun stands for an antecedent
    that can hold a stance (a person, group or organisation, not 'a plan')."""
    if verb.dep_ != "relcl" or subject.lower_ not in lex.relative_pronouns or subject.head.i != verb.i:
        return False
    antecedent = verb.head
    return antecedent.pos_ in ("NOUN", "PROPN") and source_like(lex, antecedent)


def medium_of(lex: Lexicon, verb: Token) -> str | None:
    """'told BuzzFeed', 'wrote on Facebook', 'said in a statement'."""
    for child in children_of(verb):
        if child.dep_ in ("dative", "dobj") and verb.lemma_ == "tell":
            name = phrase(child)
            if child.ent_type_ in ("ORG", "PERSON") or name.lower() in lex.outlets or name[:1].isupper():
                return name
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "to"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                low = (name := phrase(pobj)).lower()
                if low in lex.platforms or low in lex.outlets or pobj.lower_ in lex.speech_nouns and not bare_idiom(pobj) or (
                        paper_named(name)):  # (not an idiom's bare noun: 'retweeted the image in question')
                    return name
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_ in ("write", "speak") and child.i < verb.i:
            found = medium_of(lex, child)  # 'Writing in the Daily Courier, Jane Doe says'
            if found is not None:
                return found
    return None
