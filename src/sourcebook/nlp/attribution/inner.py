"""Which reports inside another's content say something of their own.

A verb of saying or believing inside a report is a report of its own only when it passes on a
claim: 'The minister said the police had told him the road was safe' holds the police's
report, but 'she said the delegation had refused to include 212 names', '"She asked about
her team first," he said', '"We cannot say that coffee is the cause," she said' and '...,
which suggests they learned it' hold none: an act with an infinitive or a noun phrase, a
question put, a claim denied, a thing inferring, a report to come, owed or wanted ('would ask',
'must explain', 'are going to write', 'wanted assurances that X', a resolution still to be introduced
'urging X'), a report denied to everyone ('nothing to suggest X')
or with an act for its source ('"Asking X is like asking Y"'), a reading or view nobody else is
named for ('had seemed "withdrawn"', '"The concern is that X"'), a belief about a question ('know
how to dig in', 'realised what was happening'), a wish or an order ('"We wanted somebody to
look"', '"You told me to keep going"'), a thing said or hoped named, not passed on ('"I said what I
believed"', 'exactly where we hoped it would be', 'as the courts have explained it'), a topic
('raised questions about how X'), a belief or feeling that takes its content as a fact ('they were
frustrated that X', '"We know X"': the reporter's own claim), a report awaited or failed ('until
tests show X', 'had failed to show that X'), a quoted noun phrase an act names ('supported
"practical solutions"'); a belief denied is a view all the same ('Investigators do not believe
X'). A document's or a test's finding ('Tests showed no bacteria, he
said') passes one on whatever its content's form. Such a report stays inside its holder's
content and is no record of its own when its holder is kept (``Ranker`` drops it then); alone
at the top it is judged like any other proposal, so PolNeAR (which nests nothing) is scored
as before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import BELIEF, Candidate
from .cleft_colons import presents_words
from .findings import finding_word
from .lexicon import active_lexicon, is_speech_cue
from .word_forms import listed

#: the words opening a content that is a clause even without a subject of its own
_CLAUSE_OPENERS = frozenset(["that", "whether", "if", "how", "what", "why", "when", "where", "who", "which"])
#: entity types of an amount a report may give with a noun phrase ('reported revenue of $4.8bn')
_AMOUNTS = frozenset(["MONEY", "PERCENT", "QUANTITY"])
#: the marks of a clause that supposes rather than reports
_CONDITIONS = frozenset(["if", "unless"])
#: the marks of a clause that awaits a time to come when its verb is in the present ('until tests
#: show X', 'once the audit finds X'); in the past it tells what happened ('until tests showed X')
_AWAITING = frozenset(["until", "till", "once", "before", "after", "when"])
#: verbs whose infinitive did not happen ('had failed to show that X'): a denial, like 'did not'
_FAILING = frozenset(["fail", "refuse", "decline", "neglect"])
#: verbs whose infinitive is a report wanted, planned or owed, not made ('used to joke', 'went on
#: to say' are made)
_WANTING = frozenset(["want", "hope", "plan", "intend", "expect", "need", "have", "wish", "try", "seek", "aim",
                      "call", "encourage", "invite", "ask", "urge", "beg", "press", "push"])
#: verbs that make or put out a document, which does not speak before it is made ('will file a
#: motion asking X', 'plans to introduce a resolution urging X')
_MAKING = frozenset(["introduce", "file", "issue", "release", "publish", "draft", "write", "send", "submit",
                     "propose", "table", "sign", "launch", "unveil", "adopt", "pass", "bring", "put"])
#: the words opening a free relative around a report ('exactly where we hoped it would be')
_FREE_RELATIVES = frozenset(["where", "what", "how"])
#: the words that deny the cue ('did not say', 'cannot say', 'never claimed')
_DENIALS = frozenset(["not", "n't", "never", "cannot", "no"])
#: subjects that name nobody: the report is denied ('there was nothing to suggest X', 'no one claims X')
NOBODY = frozenset(["nothing", "nobody", "none", "noone"])


def inner_only(doc: Doc, cand: Candidate) -> bool:
    """Whether ``cand``, held in another report's content, passes on no claim of its own."""
    if cand.cue is None or not cand.contents:
        return False
    cue = doc.char_span(*cand.cue, alignment_mode="expand")
    if cue is None:
        return False
    verb = doc[cand.verb] if cand.verb is not None else cue.root
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    chain = _chain(verb)
    wanted = infinitive or verb.dep_ == "dobj" and verb.pos_ == "NOUN"  # 'wanted assurances that X'
    if any(c.dep_ == "aux" and c.tag_ == "MD" for v in chain for c in v.children) or wanted and _wanted(verb) or (
            _to_come(chain) or _to_come(_maker(verb))):
        # 'she said Ostrava would ask the council to meet', 'Ashdown must explain "what she knew"',
        # '"we have to ask which subjects we can afford"', 'urged parents to ask their partners to
        # pay', '"we can't keep telling our kids X"', 'it wanted assurances that X', '"We are going to
        # write rules"', 'plans to introduce a resolution urging lawmakers to act': a report to come,
        # owed, urged or wanted, none made
        return True
    if _subjunctive(verb):
        # 'Carney suggested the village ask local businesses to X', 'demanded that he resign': a thing
        # proposed to be done, no report made
        return True
    source = doc[cand.source_token] if cand.source_token is not None else None
    if source is None and (cand.nature == BELIEF or not any(t.pos_ == "VERB" for t in cue) and any(
            t.lemma_ == "be" for t in cue)) and not cand.reports and not any(
            t.dep_ == "auxpass" for t in cue):
        # 'she said Priya had seemed "withdrawn"', '"The concern is that X," Rhee said', '"The question is
        # whether X"': a reading, view or question nobody else is named for, the holder's own ('it is
        # believed that X' is others'; 'rejected claims that X' are others' too)
        return True
    lex = active_lexicon()
    if cand.nature == BELIEF and source is not None and _reporter(source) and any(
            listed(t, lex.factive_words) for t in cue):
        # 'Two officials said they were frustrated that the memo had been ignored', '"We know this is
        # inconvenient," she said': the reporter's own content, taken as fact, is the reporter's claim
        # ('"Everyone knew the paperwork was being backfilled"', '"she knew she was frightened," Mrs
        # Dunmore told X' hold others' knowledge)
        return True
    if cand.quoted and not _clause(_words(doc, cand)) and not is_speech_cue(cue.text) and _names_a_thing(verb, cand) and (
            verb.lemma_.lower() not in lex.poll_verbs):  # ('modelling showed "a smaller pass-through"' is a finding)
        # 'Parcelo said it supported "practical solutions"': the quoted words are the reporter's,
        # the act names a thing ('said it was "deeply troubled"' is a claim of the holder's)
        return True
    if cand.quoted or cand.verbatim:
        return False
    if cand.nature == BELIEF and verb.lemma_.lower() in _WANTING - {"expect"} and _clause(_words(doc, cand)):
        # '"I wish we had the money," Ho said', 'hoped the rain would stop': a wish, no claim ('expects X' is a forecast)
        return True
    if _supposed(verb):
        return True  # 'could collapse if Portezan insist on X', 'until tests show the water is safe': a supposition
    if _ordered(verb, doc, cand) or _free_relative(verb, doc, cand):
        # '"We just wanted somebody to look"': a wish, no claim; '"I said what I believed"', '"exactly
        # where we hoped it would be"': a thing said or hoped named, not passed on
        return True
    if source is not None and verb.lemma_.lower() in lex.poll_verbs and finding_word(lex, verb, source):
        # 'Tests collected Sunday showed no bacteria, Hollis said', 'cited statistics that show 212
        # died': a document's or a test's finding, passed on whatever its content's form
        return False
    if source is not None and source.lower_ in ("which", "that") and not (
            source.lower_ == "that" and verb.dep_ == "relcl" and source.i and doc[source.i - 1].pos_ in ("NOUN", "PROPN")):
        # '..., which suggests they learned it': the writer's (or speaker's) inference (not a noun's own
        # restrictive clause: 'messages that claim schools have closed')
        return True
    if source is not None and (source.lower_ in NOBODY or source.pos_ in ("VERB", "AUX") or any(
            c.dep_ == "det" and c.lower_ in _DENIALS for c in source.children)):
        # 'there was nothing to suggest X', 'no official claims X', '"Asking a teenager to X is like
        # asking an adult to Y"': a report denied to everyone, or an act named with nobody to make it
        return True
    if source is not None and source.lower_ == "you" and any(t.tag_ == "VBG" for t in cue):
        return True  # '"You are telling her she does not belong"': the speaker's reproach, no claim ('you wrote that X' is one)
    if not (cand.nature == BELIEF and verb.pos_ == "VERB") and (any(t.lower_ in _DENIALS for t in cue) or any(
            c.dep_ == "neg" for v in chain for c in v.children) or (
            infinitive and any(c.dep_ == "neg" for c in verb.head.children))) or (
            infinitive and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FAILING):
        # 'we cannot say that X', '"I have not come to tell you what to do"', 'the investigators had
        # failed to show that X': no claim; a belief denied is a view held all the same
        # ('Investigators do not believe foul play was involved, he said'; 'is not sure X' holds none)
        return True
    content = _words(doc, cand)
    if cand.nature == BELIEF and content and content[0].lower_ in _CLAUSE_OPENERS - {"that"} and (
            verb.lemma_.lower() not in lex.asking):
        # 'by the time people realised what was happening', 'walkers who know how to dig in': a belief
        # about a question holds no claim ('questioned whether X' puts the question: a doubt voiced)
        return True
    if source is None and any(t.dep_ == "auxpass" for t in cue) and not _clause(content) and (
            verb.lemma_.lower() in lex.addressee_verbs):
        return True  # '"You are being asked to X"': a request put to someone, no claim ('is alleged to' is one)
    if source is not None and source.lower_ in ("i", "we") and _present(verb) and not _clause(content):
        return True  # '"I urge everyone to stay indoors," he said': the request is made as it is said, no claim
    if cand.verb is not None and verb.lemma_.lower() in lex.describe and source is not None and _names_as(verb):
        return False  # 'protesting what they described as dangerous heat': what one calls a thing is a claim of one's own
    if cand.verb is None and cue.root.pos_ == "NOUN" and any(t.pos_ == "ADP" for t in cue) and content and (
            content[0].lower_ in _CLAUSE_OPENERS - {"that"}):
        return True  # 'the petitions raised questions about how the copies are absorbed': a topic, no claim
    if cand.verb is not None and not any(t.pos_ in ("VERB", "AUX") for t in content):
        # 'asked about her team': a topic, no claim; but 'reported revenue of $4.82 billion' is a figure's
        return not (is_speech_cue(cue.text) and any(t.ent_type_ in _AMOUNTS for t in content))
    return not is_speech_cue(cue.text) and not _clause(content)


def _words(doc: Doc, cand: Candidate) -> list[Token]:
    """The tokens of a candidate's contents."""
    return [t for start, end in cand.contents for t in (doc.char_span(start, end, alignment_mode="expand") or ())]


def _reporter(source: Token) -> bool:
    """Whether a belief's holder is the reporter who holds it: 'we', 'I' in the reporter's words,
    a pronoun in a sentence with no quotation ('they said they were frustrated'); in a quotation
    'she' is someone the speaker tells of."""
    if source.lower_ in ("i", "we"):
        return True
    return source.tag_ == "PRP" and not any(ch in source.sent.text for ch in '"\u201c\u201d')


def _supposed(verb: Token) -> bool:
    """Whether the cue stands in a clause that supposes ('if Portezan insist on X') or awaits a
    time to come ('until tests show the water is safe': 'show' in the present); 'until tests showed
    X' tells what happened."""
    for t in (verb, *verb.ancestors):
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if t.dep_ == "advcl" and (marks & _CONDITIONS or marks & _AWAITING and t.tag_ in ("VBP", "VBZ")):
            return True
    return False


def _subjunctive(verb: Token) -> bool:
    """Whether the cue is a bare verb with a subject of its own and no auxiliary, the clause of a
    proposal ('suggested the village ask X', 'insists that he resign'): a thing to be done."""
    return verb.tag_ == "VB" and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _names_a_thing(verb: Token, cand: Candidate) -> bool:
    """Whether the verb takes a noun phrase for its object ('supported "practical solutions"'),
    not a clause, an attribute ('was "deeply troubled"') or what the object is charged with
    ('accused him of "lying"')."""
    inside = {t.i for t in _words(verb.doc, cand)}
    if _names_as(verb):
        return False  # 'dismissed the talks as "theatre"': what one calls a thing is a claim of one's own
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i in inside for c in verb.children)


def _tops(doc: Doc, cand: Candidate) -> list[Token]:
    """The tokens of a content that hang from outside it (its top words)."""
    inside = {t.i for start, end in cand.contents for t in (doc.char_span(start, end, alignment_mode="expand") or ())}
    return [doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i]


def _ordered(verb: Token, doc: Doc, cand: Candidate) -> bool:
    """Whether the content is an infinitive with a subject of its own after a verb of wanting
    ('wanted somebody to look', 'needed the council to act'): a wish, no claim ('expects prices to
    rise' is a forecast, one). A request or an order put to someone is a speech act and stays a
    record ('asked them to seek a settlement', 'told us to go to a private hospital': the written
    sets' judges count them)."""
    lex = active_lexicon()
    lemma = verb.lemma_.lower()
    if lemma == "expect" or lemma not in _WANTING or lemma in lex.addressee_verbs or lemma in lex.speech:
        return False
    tops = _tops(doc, cand)
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children) for t in tops) and (
        any(t.pos_ in ("PRON", "NOUN", "PROPN") for t in tops)
        or any(c.dep_ == "nsubj" and c.i < t.i for t in tops for c in t.children))


def _free_relative(verb: Token, doc: Doc, cand: Candidate) -> bool:
    """Whether the report names a thing said or believed rather than passing on a claim: a free
    relative for its content ('said what I believed': 'what' the object inside it) or around a
    belief's cue ('exactly where we hoped it would be': 'where' before the cue's subject), or the
    manner of an act ('as the courts have explained it'); a question put ('asked what she
    believed') is not one, nor an accusation ('what we allege Mr. Okafor did')."""
    if verb.lemma_.lower() in active_lexicon().asking:
        return False
    content = [t for start, end in cand.contents for t in (doc.char_span(start, end, alignment_mode="expand") or ())]
    if content and content[0].lower_ == "what" and content[0].dep_ in ("dobj", "pobj"):
        return not presents_words(verb)  # ('Here is what she said:' and the words below: ``cleft_colons``)
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children):
        return True  # 'followed the law as the courts have explained it': the way it was put ('as the courts said' passes one)
    if cand.nature != BELIEF:
        return False  # '"That is precisely what we allege Mr. Okafor did"': an accusation made all the same
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(c.lower_ in _FREE_RELATIVES and c.i < min(subjects) for c in verb.children)


def _wanted(verb: Token) -> bool:
    """Whether the verb that governs an infinitive wants, plans, owes or urges it ('urged parents
    who take time off to ask': past the relative clause to 'urged'; not 'used to say', nor 'told me
    that he used to say')."""
    head = verb.head
    while head.dep_ in ("relcl", "acl") and head.head.head.i != head.head.i:
        head = head.head.head  # the verb of the noun the relative clause is on
    lemma = head.lemma_.lower()
    return lemma in _WANTING or lemma in active_lexicon().addressee_verbs


def _names_as(verb: Token) -> bool:
    """'described X as Y', 'what they called a toxic smell', 'called the plan a disgrace': a verb
    of describing that names a thing as something (not 'called the authority', 'call on X')."""
    return any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) or len(
        [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp")]) >= 2


def _chain(verb: Token) -> list[Token]:
    """The verb and the verbs it hangs from as their complement, whose modal or negation is its
    own ('can't keep telling': 'telling', 'keep')."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def _to_come(chain: list[Token]) -> bool:
    """Whether a verb of the chain is in the future: a modal ('will file'), 'be going to' ('are
    going to write': not 'went on to say'), or an infinitive wanted or planned ('plans to introduce')."""
    for v in chain:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
            return True
        if v.lower_ == "going" and v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children) and any(
                c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children) for c in v.children):
            return True
        if v.dep_ == "xcomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children) and (
                v.head.lemma_.lower() in _WANTING):
            return True
    return False


def _maker(verb: Token) -> list[Token]:
    """For a participle on a thing made ('a resolution urging lawmakers to act'), the chain of the
    verb that makes it ('plans to introduce', 'will file'); empty for any other verb."""
    thing = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or thing.dep_ != "dobj" or thing.head.i == thing.i or (
            thing.head.lemma_.lower() not in _MAKING):
        return []  # (not a thing that is there already: 'will cite a study showing X')
    return _chain(thing.head)


def _present(verb: Token) -> bool:
    """'I urge', 'we are asking': a verb in the present, made as the words are said."""
    if verb.tag_ == "VBP":
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("am", "are", "'m", "'re") for c in verb.children)


def _clause(content: list[Token]) -> bool:
    """Whether a content is a clause with a subject ('the deal could collapse'), not an
    infinitive or a noun phrase ('to include 212 names', 'a prisoner exchange')."""
    if not content:
        return False
    if content[0].lower_ in _CLAUSE_OPENERS and not (len(content) > 1 and content[1].tag_ == "TO"):
        return True  # ('how to dig in' is an infinitive)
    # judged by the content's top, not by a clause inside it ('to see the study before I vote')
    inside = {t.i for t in content}
    tops = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in inside for top in tops if top.pos_ in ("VERB", "AUX")
               for c in top.children)
