"""Nominal and adjectival cues: 'his claim that X', 'reports of X', 'the idea is that X',
'she is confident that X'.

A noun's source is its possessor, its 'from'/'by' phrase, or the subject of the verb that
governs it ('X laid out his concerns that ...'); reports without one are 'unspecified
reports' (the seed gold's convention, and PolNeAR's: 'reports of more than 440 civilians killed').
These cues are less certain than verbs (confidence 0.6).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..sentences import sentence_of
from .among_holders import among_holder
from .came_replies import came_reply
from .candidate import BELIEF, SPEECH, Candidate, trim, trim_content
from .causes import raised_by_a_thing
from .copula_clauses import clause_on_copula, no_holder
from .court_convictions import court_conviction
from .fee_charges import fee_charge
from .idea_participles import clause_end
from .labels import explainer_heading
from .lexicon import Lexicon
from .money_claims import money_claim
from .said_with import said_with
from .set_off_ends import stance_content_end
from .syntax import (
    NOT_CONTENT_ENTS,
    first_child,
    phrase,
    source_like,
    source_span,
    span_of,
    subject_of,
    subtree_span,
    that_clause,
)
from .written_in import written_in

#: the verbs whose bare object makes an idiom with 'of' ('take charge of', 'took note of')
_TAKING = frozenset(["take", "assume"])


@dataclass
class _NounContent:
    span: tuple[int, int]
    clausal: bool = False  # a that-clause: the content stands without a source
    relayed: str | None = None  # 'Reports relayed by the UN allege that X'


def noun_cue(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'his claim that X', 'fears of Y', 'reports of Z'."""
    extra: list[Token] = []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "through", "via") and noun.head.head.lemma_.lower() in lex.speech \
            and (noun.lemma_.lower() in lex.written_nouns or noun.lemma_.lower() in lex.circumstance_nouns
                 or written_in(lex, noun)):
        return None  # 'said in a statement that X': the statement is where the verb's report was made
    if money_claim(lex, noun) or fee_charge(noun):
        return None  # 'her insurance claim that X was paid', 'a daily charge for vans': money (``money_claims``, ``fee_charges``)
    report = noun.lower_ in lex.report_nouns
    if noun.i + 1 < len(noun.doc) and noun.nbor().text == ":" and explainer_heading(noun.nbor()):
        return None  # 'Energy bills: how the new cap works' heads an explainer
    colon = _colon_after(lex, text, noun) or came_reply(lex, text, noun)  # ('"No," came the reply')
    if colon is not None:
        return colon
    content = _noun_content(lex, noun, extra)
    if content is None and report:
        content = _report_content(noun)
    if content is None or not content.clausal and _idiom_object(noun, extra):
        return None
    if court_conviction(noun, content.clausal):
        return None  # 'quashed the conviction of a man': the verdict (``court_convictions``)
    piece = trim_content(text, *content.span)
    piece = piece and stance_content_end(lex, text, noun.doc, noun, piece)  # (not the writer's relative after it)
    if piece is None:
        return None
    if _unmade(noun):
        return None
    source_token = _noun_source(lex, noun, report)
    if source_token is None and not report and not content.clausal:
        return None  # 'the idea of X' with nobody holding it
    nature = BELIEF if noun.lower_ in lex.belief_nouns else SPEECH
    source = source_span(text, source_token) if source_token is not None else None
    if source and source[0] >= piece[0] and source[1] <= piece[1]:
        source = None
    cue_tokens = [noun, *extra]
    cue_tokens.sort(key=lambda t: t.i)
    cand = Candidate(
        cue=span_of(cue_tokens),
        source=source,
        contents=[piece],
        nature=nature,
        source_token=source_token.i if source_token is not None else None,
        confidence=0.6,
    )
    cand.reports = report and source_token is None
    cand.relayed_by = content.relayed
    return said_with(lex, noun, cand) if content.clausal else cand  # ('said with high confidence that X')


def _colon_after(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'ended her talk with a simple instruction for the young cooks: cook what you love', 'gave a
    blunt answer: X': a noun of saying whose phrase ends at a colon, the object of a verb or of its
    'with' (or of a 'with' on the verb's object), says the clause after the colon; the verb's
    subject gives it."""
    doc = noun.doc
    sent = sentence_of(noun)
    colon = noun.right_edge.i + 1
    if noun.lower_ not in lex.speech_nouns or colon >= sent.end - 1 or doc[colon].text != ":" or any(
            c.dep_ == "poss" for c in noun.children):
        return None  # (a possessor's noun: 'Her message to donors: X', ``copula_cue``)
    if any(t.dep_ in ("relcl", "acl") and (t.lemma_.lower() in lex.cue_verbs or t.lemma_.lower() in lex.quote_verbs)
           for t in noun.subtree):
        return None  # 'retweeted a message from X that read: Y': the clause's own verb says it
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or governor.i > noun.i or noun.dep_ == "pobj" and noun.head.lower_ != "with":
        return None  # (not where it was said: 'hit back in a statement: "X"')
    if governor.dep_ == "dobj" and governor.pos_ == "NOUN":
        governor = governor.head  # 'ended her talk with X': the phrase hung on the verb's object
    after = [t for t in doc[colon + 1 : sent.end] if t.is_alpha]
    if governor.pos_ != "VERB" or governor.lemma_.lower() in lex.disputing_verbs or not any(
            t.pos_ in ("VERB", "AUX") for t in after):
        return None
    subject = subject_of(governor)
    piece = trim_content(text, doc[colon].idx + 1, sent.end_char)
    if subject is None or piece is None or not source_like(lex, subject) or subject.lower_ in lex.subjectless:
        return None
    return Candidate(cue=span_of([noun]), source=source_span(text, subject), contents=[piece], nature=SPEECH,
                     source_token=subject.i, confidence=0.6)


def _idiom_object(noun: Token, extra: list[Token]) -> bool:
    """'ready to take charge of its own security', 'took note of the ruling': a singular noun of
    saying that 'take' or 'assume' takes for its object bare, with no determiner, possessor or
    modifier, and an 'of' phrase that is what the idiom acts on, no report (not 'took the charge of
    fraud seriously', 'faces charges of bribery', a headline's 'Trump delivers defense of X')."""
    return (noun.dep_ == "dobj" and noun.tag_ == "NN" and noun.head.lemma_.lower() in _TAKING and bool(extra)
            and extra[0].lower_ == "of" and all(c.dep_ == "prep" for c in noun.children))


def _unmade(noun: Token) -> bool:
    """'The agency's ability to provide assurance that X', 'a plan to issue a warning that Y': the
    object of an infinitive that completes a noun is an act one could make, none made (not
    'The minister gave assurances that X', 'refused to give assurances that X' read by its verb)."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


#: nouns of saying that commit to a deed their infinitive names ('his promise to build a wall')
_PLEDGES = frozenset(["promise", "pledge", "vow", "threat", "offer", "plea", "demand", "call"])


def _noun_content(lex: Lexicon, noun: Token, extra: list[Token]) -> _NounContent | None:
    """A that-clause on the noun, or the object of the preposition right after it (or after the
    phrase of who holds it: 'anxiety among donors about X'); the infinitive
    of a commitment ('his promise to build a wall', 'her vow to fight on')."""
    for child in noun.children:
        # (not a participle after it: ``idea_participles``)
        if child.dep_ in ("acl", "ccomp") and that_clause(child) or _complement_read_as_relative(noun, child):
            return _NounContent((subtree_span(child)[0], clause_end(lex, child) or subtree_span(child)[1]), clausal=True)
        if child.dep_ == "acl" and child.i > noun.i and noun.lemma_.lower() in _PLEDGES and any(
                g.dep_ == "aux" and g.lower_ == "to" and g.i == child.i - 1 for g in child.children):
            return _NounContent(subtree_span(child))
        if child.dep_ == "prep" and child.lower_ in lex.noun_preps and (child.i == noun.i + 1 or _past_holder(noun, child)):
            pobj = first_child(child, ("pobj", "pcomp"))
            if pobj is not None and pobj.ent_type_ not in NOT_CONTENT_ENTS and not _sum_asked(noun, pobj):
                if child.i == noun.i + 1:
                    extra.append(child)  # (not past the holder's phrase: the cue is the noun)
                return _NounContent(subtree_span(pobj))
    return None


#: what a clause's verb has when the clause is whole: its object, complement or passive
_WHOLE = frozenset(["dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass", "auxpass"])


def _complement_read_as_relative(noun: Token, clause: Token) -> bool:
    """'The accusation that the mayor is playing games touched off a debate': a clause after the noun
    the parser called a relative while keeping 'that' as its mark, with a subject and an object or
    complement of its own, leaves 'that' no place in it: it says what the accusation is (not 'the
    mistrust that voters feel about him', where 'that' is what they feel)."""
    return (clause.dep_ == "relcl" and clause.i > noun.i and that_clause(clause)
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
            and any(c.dep_ in _WHOLE for c in clause.children))


#: the prepositions of a noun's phrase that name who says or feels it
_HOLDING = frozenset(["from", "among", "by"])


def _past_holder(noun: Token, prep: Token) -> bool:
    """'anxiety among fundraisers about the goal', 'estimates by the ministry about X': the phrase
    on what is said or felt right after the phrase of who says or feels it."""
    holder = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _HOLDING), None)
    return holder is not None and prep.i == holder.right_edge.i + 1


#: nouns of saying whose 'of' phrase may be a sum they put a figure on ('an estimate of $8 billion')
_RECKONINGS = frozenset(["estimate", "estimates", "forecast", "forecasts", "prediction", "predictions", "assessment"])


def _sum_asked(noun: Token, pobj: Token) -> bool:
    """'Insurers face claims of up to $8 billion', 'demands for $2 million', 'an offer of $40 a
    share': a sum of money after the noun is what is claimed, asked or offered, no statement; a
    figure only an estimate or a forecast says."""
    return pobj.ent_type_ == "MONEY" and noun.lower_ not in _RECKONINGS


def _report_content(noun: Token) -> _NounContent | None:
    """'Reports have emerged of X', 'reports came in of X'; 'Reports relayed by the UN
    allege that X' (parsed as a clause inside the noun). A verb with an object of its own
    takes the 'of' phrase itself: 'A report accuses police of X' (the report is the accuser)."""
    if noun.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "dative") for c in noun.head.children):
        near = [c for c in noun.head.children if c.i > noun.i]
        near += [g for c in near if c.dep_ in ("prt", "advmod", "prep") and c.lower_ != "of" for g in c.children]
        for child in near:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = first_child(child, ("pobj", "pcomp"))
                if pobj is not None:
                    return _NounContent(subtree_span(pobj))
    for token in noun.subtree:
        if token.dep_ == "ccomp" and that_clause(token):
            relayer = next((t for t in noun.subtree if t.dep_ == "agent" and t.i < token.i), None)
            pobj = first_child(relayer, "pobj") if relayer else None
            return _NounContent(subtree_span(token), clausal=True, relayed=phrase(pobj) if pobj is not None else None)
    return None


#: prepositions of a phrase that sets the clause's act in its time or against what went on around it
CIRCUMSTANCE = frozenset(["after", "amid", "amidst", "before", "despite", "following", "since"])


def _noun_source(lex: Lexicon, noun: Token, report: bool) -> Token | None:
    """The possessor ('his claim'), the 'from'/'by'/'among' phrase, or the subject of the verb that
    governs the noun ('X laid out his concerns that ...', 'X entered the debate with an
    argument that ...'), unless that verb answers or disputes it ('X rejected claims that Y') or
    its subject receives it ('He faces charges of X', 'drew criticism that Y') or is a thing that gives rise
    to it ('The documents raised questions about X')."""
    source_token = None
    for child in noun.children:
        if child.dep_ == "poss":
            source_token = child
        elif child.dep_ == "prep" and child.lower_ in ("from", "by") and source_token is None:
            source_token = first_child(child, "pobj")
        elif child.dep_ == "prep" and child.lower_ == "among" and source_token is None:
            held = first_child(child, "pobj")  # 'growing concern among economists that X': theirs
            source_token = held if held is not None and source_like(lex, held) else None
    if source_token is None:
        source_token = _group_before(lex, noun)
    if source_token is not None or report:
        return source_token
    misread = _verb_read_as_noun(noun)
    if misread is not None:
        return misread
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ in CIRCUMSTANCE:
        return None  # 'She resigned after revelations that X': what happened around the act, no one's words of hers
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
    if (noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX") and governor.i != noun.i
            and governor.lemma_.lower() not in lex.disputing_verbs  # 'rejected claims that X': not the rejecter's
            and governor.lemma_.lower() not in lex.receiving_verbs):  # 'faces charges of X': the charged, not the charger
        subj = subject_of(governor)
        # ('The documents raised questions about X': a thing gives rise to them, no one holds them; ``causes``)
        if subj is not None and subj.lower_ not in lex.subjectless and not any(subj.i == t.i for t in noun.subtree) and (
                not raised_by_a_thing(lex, governor, subj)):
            return subj
    return None


def _group_before(lex: Lexicon, noun: Token) -> Token | None:
    """'Republican calls for X', 'Russian claims that Y', 'White House denials': a word right
    before the noun naming a people, party, place or group (an entity) holds what it says."""
    before = next((c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.right_edge.i == noun.i - 1), None)
    if before is None:
        return None
    return before if before.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") else None


def _verb_read_as_noun(noun: Token) -> Token | None:
    """'Trump estimates that he spent $50 million', 'Ortiz claims that X': the tagger read the
    verb as a plural noun and its subject as a compound of it; a noun takes no complement
    clause (ccomp), a verb does. The name before it is the source."""
    if noun.tag_ != "NNS" or not any(c.dep_ == "ccomp" and c.i > noun.i for c in noun.children):
        return None
    name = next((c for c in noun.children if c.dep_ == "compound" and c.right_edge.i == noun.i - 1), None)
    if name is None or name.pos_ not in ("PROPN", "NOUN") or name.tag_ not in ("NNP", "NNPS", "NN"):
        return None
    return name


def copula_cue(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'The idea is that X', 'her answer was that X', 'the message was: X', 'his words were
    blunt: X'; with no verb, a possessor's noun before a colon: 'Her message to donors: X',
    'His answer: X'."""
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_ != "be" or be.i < noun.i or be.i - noun.i > 3 and not (
            be.i == noun.right_edge.i + 1 and among_holder(noun) is not None):  # ('The view among the judges was')
        return _verbless_colon(lex, text, noun)
    content = None
    for child in be.children:
        if child.i < be.i:
            continue
        if child.dep_ == "ccomp":
            content = subtree_span(child)
            break
        # 'was: X', or 'were blunt: X' (one adjective between)
        if child.text == ":" and (child.i == be.i + 1 or child.i == be.i + 2 and be.nbor(1).dep_ == "acomp"):
            content = (child.idx + 1, sentence_of(be).end_char)
            break
    if content is None and be.dep_ == "ccomp" and be.head.i > be.i and _person_owned(noun):
        content = _colon_past_copula(be)  # ('His words were blunt: X', the clause after the colon read as the root)
    if content is None:
        return None
    piece = trim_content(text, *content)
    if piece is None:
        return None
    owner = next((c for c in noun.subtree if c.dep_ == "poss" and c.i < noun.i and c.head.i <= noun.i), None)
    holder = among_holder(noun) if owner is None else None
    if holder is not None:  # 'The consensus among economists is that X' (``among_holders``)
        found = _owned(lex, text, noun, None, noun.idx + len(noun), piece)
        found.source, found.source_token = trim(text, *subtree_span(holder)), holder.i
        return found
    return _owned(lex, text, noun, owner, be.idx + len(be), piece)


def _person_owned(noun: Token) -> bool:
    """A noun a person's possessive holds ('His words', 'Their argument', "Ana Ruiz's answer"): not a thing's,
    'Its conclusion was stark: X', which the fiftieth session keeps as the writer's summary, nor one with no owner."""
    return any(c.dep_ == "poss" and (c.tag_ == "PRP$" and c.lower_ != "its" or c.pos_ == "PROPN") for c in noun.children)


def _colon_past_copula(be: Token) -> tuple[int, int] | None:
    """What follows a colon right after the copula, or after its one adjective ('was: X', 'were blunt: X'),
    when the parser made the clause after the colon the root and the copula its complement."""
    doc = be.doc
    at = be.i + 2 if be.i + 1 < len(doc) and doc[be.i + 1].dep_ == "acomp" else be.i + 1
    if at >= len(doc) or doc[at].text != ":" or sentence_of(be).end <= at + 1:
        return None
    return doc[at].idx + 1, sentence_of(be).end_char


def _owned(lex: Lexicon, text: str, noun: Token, owner: Token | None, cue_end: int, piece: tuple[int, int]) -> Candidate:
    """The candidate of a noun of saying held by ``owner`` ('her answer was', 'Her message'):
    the owner the source, the cue from the word after it (past its 's) to ``cue_end``."""
    source = source_span(text, owner) if owner is not None else None
    if source is not None and source[1] > noun.idx:
        source = trim(text, source[0], noun.idx)
    start = owner.right_edge.i + 1 if owner is not None else noun.left_edge.i
    first = noun.doc[start] if start <= noun.i else noun
    if first.lower_ in ("'s", "\u2019s"):
        first = first.nbor(1)
    return Candidate(
        cue=(first.idx, cue_end),
        source=source,
        contents=[piece],
        nature=BELIEF if noun.lower_ in lex.belief_nouns else SPEECH,
        source_token=owner.i if owner is not None else None,
        confidence=0.6,
    )


#: how far past a possessor's noun of saying its colon may come: a phrase of whom or what it is on,
#: 'Her verdict on the night crews: X' (no verb nor punctuation in it)
_COLON_REACH = 7


def _verbless_colon(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'Her message to donors: "Please do not forget us."', 'His answer: X': a noun of saying
    with a possessor, at most a short phrase after it, then a colon and what was said."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    sent = sentence_of(noun)
    colon = next((t for t in noun.doc[noun.i + 1 : min(noun.i + _COLON_REACH, sent.end)] if t.text == ":"), None)
    if owner is None or colon is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in noun.doc[noun.i + 1 : colon.i]):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in noun.doc[sent.start : noun.i]):
        return None  # the noun is no sentence's opening ('She sent her message to donors: X' is the verb's)
    if _claimed_quotation(noun.doc[colon.i + 1 : sent.end]):
        return None  # 'His final assessment: "X," he said.': the quotation is the cue's after it
    piece = trim_content(text, colon.idx + 1, sent.end_char)
    if piece is None:
        return None
    return _owned(lex, text, noun, owner, noun.idx + len(noun), piece)


def _claimed_quotation(after: Span) -> bool:
    """Whether the words after a colon are a quotation that closes before words of the sentence's
    own, a cue clause that claims it ('"X," he said')."""
    if not len(after) or not after[0].is_quote:
        return False
    close = next((t for t in after[1:] if t.is_quote), None)
    return close is not None and any(t.is_alpha for t in after[close.i - after.start + 1 :])


def adjective_holder(adj: Token, copular: bool) -> tuple[Token, Token | None] | None:
    """The verb before an adjective of a state and the subject that holds the state: 'is' and
    'she' in 'she is worried about Y' (``copular``: the adjective follows a copula), or the
    auxiliary of a participle the parser read as a passive verb, 'were' and 'residents' in
    'residents were convinced Y' (tagged an adjective when an adverb comes between, 'are now convinced Y');
    None when the adjective is neither."""
    passive = next((c for c in adj.children if c.dep_ == "auxpass" and c.i < adj.i), None)
    if not copular and (passive is None or adj.tag_ not in ("VBN", "JJ")):
        return None
    subject = subject_of(adj.head if copular else adj)
    if subject is None and passive is not None:  # the parser may hang the subject on the auxiliary
        subject = next((c for c in passive.children if c.dep_ == "nsubj"), None)
    return (passive if passive is not None and not copular else adj.head), subject


def adjective_cue_start(verb: Token, adj: Token) -> int:
    """Where the cue of an adjective of a state starts: at its verb when the verb is close before it
    ('is worried', 'was not at all convinced'), else at the adjective."""
    return verb.idx if verb.i < adj.i and adj.i - verb.i <= 3 else adj.idx


def adjective_cue(lex: Lexicon, text: str, adj: Token) -> Candidate | None:
    """'X is confident that Y', 'she is worried about Y', 'residents are convinced Y' (a
    participle the parser read as a passive verb: then it is its own copula)."""
    frame = adjective_holder(adj, adj.dep_ == "acomp")
    if frame is None:
        return None
    verb, subject = frame
    content = None
    for child in adj.children:
        if child.dep_ in ("ccomp", "xcomp"):
            if child.dep_ == "xcomp" and adj.lower_ in lex.raising_adjectives and child.doc[child.left_edge.i].lower_ == "to":
                continue  # 'the figure is certain to rise' ('not sure how to ...' stays)
            content = subtree_span(child)
        elif child.dep_ == "prep" and child.lower_ in lex.adjective_preps:
            pobj = first_child(child, ("pobj", "pcomp"))
            if pobj is not None:
                content = subtree_span(pobj)
    if content is None and (clause := clause_on_copula(lex, adj)) is not None:
        content = subtree_span(clause)  # 'is adamant that X' with 'that X' hung on 'is' (``copula_clauses``)
    if content is None:
        return None
    piece = trim_content(text, *content)
    piece = piece and stance_content_end(lex, text, adj.doc, adj, piece)
    if piece is None or subject is None or subject.lower_ in lex.subjectless or no_holder(lex, adj, subject):
        return None
    return Candidate(
        cue=(adjective_cue_start(verb, adj), adj.idx + len(adj)),
        source=source_span(text, subject),
        contents=[piece],
        nature=BELIEF,
        source_token=subject.i,
        confidence=0.6,
    )
