"""Participles the parser misread, for ``verbs.verb_cue``:

- the subject of a participle of saying found in the wrong place: inside a quotation opened
  after it (', telling reporters, "A lot of people want ..."'), or a quoted title closed right
  before it ('trashed the ruling on "Morning Talk," calling it X'), or inside a quotation closed
  before it ('stated, "The budget is a mess," adding, "Y"': the parser hung the participle on the
  quoted verb), or the subject of a reported clause that a quotation closes ('said the claim was
  "a distortion," describing Y': the reporter's next act, not the claim's);
- whether the subject it shares names a thing that holds nothing ('Prices rose, suggesting X');
- a participle of asking set off after the one asked ('X, asked about Y, smiled');
- a past tense read as a participle after a quotation ('"...," one traveller posted on X');
- a participle opening the sentence read as its subject ('Intervening, the member for X, asked');
- a role's modifier after a quotation read as a verb ('"...," lead author Mia Roth said');
- a participle after the agent of a passive report, the agent's ('was reported by X, citing Y');
- a participle read as the subject of the reported clause's verb (', saying inspections of X would keep Y');
- a participle after a cue whose inverted speaker the parser read as its attribute ('insisted the minister, adding Y');
- a participle hung on the one written or sent to ('wrote to parents warning that X'): the writer's.
- a participle set off after a reported clause with a pronoun for subject ('said she would X,
  adding Y'): the reporter's (``embedded_participles``);
- a participle right after the object of a verb of receiving or perceiving ('received calls saying X'):
  the object's (``received``);
- an infinitive set off after a relative clause on the main verb's object ('summoned the leaders who would run
  it, to tell them X'): the main subject's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import words_end
from .document_owners import document_owner
from .embedded_participles import reporter_of_participle
from .kids import children_of, lefts_of
from .lexicon import Lexicon
from .phrase_preposition_participles import phrase_preposition_holder
from .predicate_participles import predicate_holder
from .received import received_thing
from .sent_messages import message_sender
from .set_off_speakers import set_off_speaker
from .shares import share_holder, share_of
from .subordinate_participles import main_clause_speaker
from .swallowed import swallowed_subject
from .syntax import FINITE_TAGS, inverted_subject, source_like, subject_of
from .tables import words_of
from .with_participles import with_holder


def participle_subject(lex: Lexicon, verb: Token, subject: Token | None) -> Token | None:
    """``subject`` (the parser's) mended for a participle ``verb`` (or a headline's second verb, ``swallowed``)."""
    if (holder := with_holder(lex, verb)) is not None:
        return holder  # 'The meeting ended with the chair asking X' (``with_participles``)
    if (hidden := swallowed_subject(lex, verb, subject) or share_holder(lex, verb) or received_thing(verb)) is not None:
        return hidden  # (or a share of people: 'with 52 percent saying X', ``shares``; 'received calls saying X', ``received``)
    if subject is None and (speaker := set_off_speaker(lex, verb)) is not None:
        return speaker  # '"...," said Ann Lee, explaining X' read as a clause of the name (``set_off_speakers``)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.lemma_.lower() in lex.speech:
        # '"...," insisted the minister, adding that Y': the inverted speaker the parser read as the cue's
        # attribute (it takes 'said the minister' for its subject) is the participle's too
        subject = inverted_subject(lex, verb.head)
    if subject is None and (holder := predicate_holder(verb) or phrase_preposition_holder(verb)) is not None:
        return holder  # 'was the most vocal in denouncing X', 'In addition to saying X, she Y' (``*_participles``)
    if subject is None and (writer := addressed_participle(lex, verb) or message_sender(lex, verb)) is not None:
        return writer  # (or the sender of a message the participle hangs on, ``sent_messages``)
    if subject is None and clause_read_as_participles_subject(verb) is not None and verb.head.head.i != verb.head.i:
        return subject_of(verb.head.head)  # 'Acme cut X, saying inspections of Y would keep Z': Acme's, as 'cut' has it
    if (reporter := reporter_of_participle(verb, subject)) is not None:
        return reporter  # 'The mayor said she would veto X, adding Y': the mayor's, not the report's 'she'
    if (speaker := main_clause_speaker(lex, verb, subject)) is not None:
        return speaker  # 'X vetoed Y after the council passed it, calling it Z': X's (``subordinate_participles``)
    if subject is not None and verb.tag_ == "VB" and (main := _purpose_past_a_relative(verb, subject)) is not None:
        return main
    if subject is None or verb.tag_ != "VBG":
        return subject
    if subject.i > verb.i and _inside_quotation_after(verb, subject):
        # the parser rooted the sentence in the quotation, so the participle climbed to a subject
        # inside it; the participle's subject is the clause's before it ('Conceding X, he said'
        # keeps its own)
        return _subject_before(verb) or subject
    if _quoted_title(subject, verb):
        return _clause_subject(verb.doc[min(t.i for t in subject.subtree) - 1]) or subject
    if subject.i < verb.i and _quoted_before(verb, subject):
        # ('"I hear that every day," she said, before adding X': the quotation's 'I' is not its subject;
        # 'stated, "The budget is a mess," adding Y': nor the quotation's 'budget' the parser hung it on)
        return _subject_before(verb) or subject
    clause = verb.head
    if (subject.head.i == clause.i and clause.dep_ == "ccomp" and clause.head.i < clause.i
            and clause.head.lemma_.lower() in lex.speech and _after_a_closing_quotation(verb)):
        # 'She said the claim was a "distortion," describing X': the parser hung the participle on the
        # quoted content's verb; the speaker's next act is the speaker's, not the content's subject's
        return subject_of(clause.head) or subject
    agent = next((c for c in children_of(clause) if c.dep_ == "agent" and c.i < verb.i), None)
    if (subject.dep_ == "nsubjpass" and subject.head.i == clause.i and agent is not None and verb.doc[verb.i - 1].text == ","
            and clause.lemma_.lower() in lex.speech and clause.lemma_.lower() not in lex.asking):
        # 'The merger was first reported by Bloomberg News, citing people familiar with the matter': a
        # participle after a report's agent is the agent's act, not the thing reported (one asked
        # answers: 'The mayor was questioned by reporters, saying she had no comment')
        by = next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
        return by if by is not None else subject
    if (subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" and clause.head.dep_ in ("dobj", "pobj")
            and verb.doc[verb.i - 1].text == ","):
        # 'rejected a plan that would have closed two libraries, saying X': the parser hung the
        # participle on the object's relative clause; its subject is the one who rejected it
        main = clause.head.head  # (its subject nearest it: not a dateline the parser made one, 'BRANTFORD, Ohio - The council')
        return max((c for c in children_of(main) if c.dep_ == "nsubj" and c.i < main.i), key=lambda c: c.i, default=subject)
    return subject


def _purpose_past_a_relative(verb: Token, subject: Token) -> Token | None:
    """'She summoned the leaders who would be critical to the merger, to tell them X': an infinitive set off by a
    comma after a relative clause on the main verb's object, which the parser hung inside that clause, so its
    relative pronoun became the subject; the purpose is the main subject's (as a participle's is, below)."""
    clause = subject.head
    if subject.tag_ not in ("WDT", "WP") or clause.dep_ != "relcl" or clause.head.dep_ not in ("dobj", "pobj"):
        return None
    start = verb.left_edge.i
    if start == 0 or verb.doc[start - 1].text != "," or verb.doc[start].tag_ != "TO" or clause not in verb.ancestors:
        return None
    main = clause.head.head if clause.head.dep_ == "dobj" else clause.head.head.head
    return max((c for c in children_of(main) if c.dep_ == "nsubj" and c.i < main.i), key=lambda c: c.i, default=None)


def _inside_quotation_after(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` lies inside a quotation opened after ``verb`` (an odd number of
    quote marks between them)."""
    return sum(t.is_quote for t in verb.doc[verb.i + 1 : subject.i]) % 2 == 1


def _quoted_title(subject: Token, verb: Token) -> bool:
    """'trashed the ruling on "Morning Talk," calling it X': the parser made a quoted title closed
    right before the participle its subject; a participle's subject is its clause's before it."""
    doc = verb.doc
    words = [t for t in subject.subtree if not t.is_punct]  # the marks may hang on the title
    if not words:
        return False
    between = doc[words[-1].i + 1 : verb.i]
    return (subject.i < verb.i and words[0].i > 1 and doc[words[0].i - 1].is_quote
            and len(between) > 0 and all(t.is_punct for t in between) and any(t.is_quote for t in between))


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause ``token`` is in, climbing to the clause's verb."""
    while token.dep_ not in ("ROOT", "ccomp", "conj") and token.head.i != token.i and token.head.i < token.i + 30:
        token = token.head
    return next((c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _subject_before(verb: Token) -> Token | None:
    """The last subject before ``verb`` in its sentence whose verb comes before it too."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i < verb.i and not token.is_quote and not _quoted_before(
                verb, token):
            return token  # (not one inside a quotation closed before the participle)
    return None


def _after_a_closing_quotation(verb: Token) -> bool:
    """Whether the participle ``verb`` opens its clause right after a closing quotation mark and a comma
    or a dash ('..., "a distortion," describing Y')."""
    doc = verb.doc
    start = verb.left_edge.i
    while start > 0 and doc[start - 1].is_punct and verb.left_edge.i - start < 3:
        start -= 1
    marks = doc[start : verb.left_edge.i]
    return (any(t.is_quote and t.text not in _OPENING for t in marks)
            and any(t.text in (",", "--") or t.text in "\u2014\u2013-" for t in marks))


def _quoted_before(verb: Token, token: Token) -> bool:
    """Whether ``token`` lies inside a quotation closed before ``verb``: an odd number of quote marks
    between them, or of double ones ('"... 'We must go,' " said X, adding Y': the single mark inside)."""
    between = verb.doc[token.i + 1 : verb.i]
    return sum(t.is_quote for t in between) % 2 == 1 or sum(t.text in _DOUBLE for t in between) % 2 == 1


def names_a_thing(lex: Lexicon, subject: Token) -> bool:
    """A subject that names a thing, not someone who could say or hold anything: a common noun
    that is no source (nor joined to one), in lower case or opening a sentence and written
    nowhere else with its capital ('Prices rose'; not 'Trump', which the tagger may read as a noun)."""
    if subject.ent_type_ or share_of(subject) or any(source_like(lex, t) for t in (subject, *subject.conjuncts)):
        return False
    return subject.is_lower or bool(subject.is_sent_start) and subject.tag_ in ("NN", "NNS") and not any(
        t.text == subject.text and not t.is_sent_start for t in subject.doc)


def asked_aside(lex: Lexicon, verb: Token, subject: Token | None) -> bool:
    """'Coach Ann Dufort, asked what she had said, smiled', 'Trump, when asked about X, ...': a
    participle of asking set off after its subject is a passive (she was asked, by no one named)."""
    if subject is None and verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN":
        subject = verb.head  # 'The mayor, when asked about X,' read as a relative clause
    if subject is None or verb.lemma_.lower() not in lex.asking or not verb.lower_.endswith("ed") or subject.i > verb.i:
        return False
    doc = verb.doc
    if any(c.dep_ in ("relcl", "appos", "acl") and subject.i < c.i < verb.i for c in children_of(subject)):
        return False  # 'Ms Lee, who chairs the panel, asked whether X': she asked
    comma = subject.right_edge.i if subject.right_edge.text == "," else subject.right_edge.i + 1
    if doc[comma].text != "," or not all(t.lower_ in _ASIDE_MARKS for t in doc[comma + 1 : verb.i]):
        return False
    # the aside closes with a comma before the sentence's own verb ('..., smiled')
    end = verb.sent.end
    return any(t.text == "," and _finite_after(doc, t.i + 1, end) for t in doc[verb.i + 1 : end])


def asked_before(lex: Lexicon, verb: Token) -> Token | None:
    """'Dennis Harlow, asked about the tweets, said X': the parser read the participle of asking
    as a past tense with the name as its subject and made it a clause of the cue, which is left
    with no subject; the name is the cue's."""
    doc = verb.doc
    asked = next((c for c in lefts_of(verb) if c.dep_ in ("ccomp", "advcl") and c.lemma_.lower() in lex.asking and c.tag_ == "VBD"
                  and doc[verb.i - 1].text == "," and c.right_edge.i >= verb.i - 2), None)
    if asked is None or doc[asked.i - 1].text != ",":
        return None
    return next((c for c in children_of(asked) if c.dep_ == "nsubj" and c.i < asked.i), None)


def _finite_after(doc, start: int, end: int) -> bool:
    word = next((t for t in doc[start:end] if t.pos_ != "ADV"), None)
    return word is not None and word.tag_ in FINITE_TAGS


#: the opening quotation marks as the tokenizer splits them off (a straight mark opens and closes)
_OPENING = frozenset(["\u201c", "\u2018", "``"])
#: the double quotation marks as the tokenizer splits them off
_DOUBLE = frozenset(['"', "\u201c", "\u201d", "''", "``"])

_ASIDE_MARKS = frozenset(["when", "after", "once", "while", "if", "again", "later", "repeatedly", "also"])


def past_after_quotation(verb: Token) -> Token | None:
    """'"Four hours in a queue," one traveller posted on X': a past tense of saying the parser
    read as a participle on the noun right after the quotation; that noun is its subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ in ("agent", "aux", "auxpass") for c in children_of(verb)):
        return None
    noun, doc = verb.head, verb.doc
    first = min(t.i for t in noun.subtree if not t.is_punct)  # (the parser may hang the closing mark on it)
    if noun.i > verb.i or first < 2 or not doc[first - 1].is_quote or doc[first - 2].text not in (",", "?", "!"):
        return None
    return noun


def fronted_participle(subject: Token | None) -> Token | None:
    """'Intervening, the member for Glen Arden, Kenneth Boyd, asked': a participle opening the
    sentence that the parser made the subject, with the real one in apposition to it."""
    # (the sentence's start tested last: ``Token.sent`` makes a Span of the sentence anew, for each cue's subject)
    if subject is None or not subject.lower_.endswith("ing") or (
            subject.i + 1 >= len(subject.doc) or subject.doc[subject.i + 1].text != ",") or subject.i != subject.sent.start:
        return subject
    return next((c for c in children_of(subject) if c.dep_ == "appos"), subject)


def role_read_as_verb(verb: Token, subject: Token | None) -> Token | None:
    """'"The data are clear," lead author Mia Roth said': the parser read the word opening the
    speaker's noun phrase after the quotation as a verb with the quotation as its clause; it
    is part of the source, and the clause before it is what was said."""
    if subject is None or subject.head.i != verb.i or subject.i < 2:
        return None
    left = subject.left_edge.i
    tags = words_of(subject.doc).tag[left : subject.right_edge.i + 1]
    # (the subtree walked only when the words' list holds such a tag between its edges)
    word = (next((t for t in subject.subtree if t.tag_ in ("VB", "VBP") and t.dep_ == "compound"), None)
            if "VB" in tags or "VBP" in tags else None) or subject.doc[left - 1]  # (or a part of its phrase: 'told reporters')
    misread = word.dep_ == "ccomp" and word.head.i == verb.i or word.dep_ == "compound"
    return word if (word.i > 0 and word.tag_ in ("VB", "VBP") and misread
                    and word.right_edge.i == word.i and word.doc[word.i - 1].is_quote) else None


def document_before(lex: Lexicon, verb: Token) -> Token | None:
    """'Drivers received an in-app notice on Thursday announcing that X': a participle of saying,
    no comma before it, that the parser hung on the verb whose object is a document; the document
    says it, not the verb's subject, who received or saw it (not one who wrote, issued or posted it:
    'issued a statement on Monday saying X' is the issuer's, writing_verbs.txt)."""
    if (owner := document_owner(lex, verb)) is not None:
        return owner  # "Ann Pike's statement condemning X", 'gave a speech denouncing Y': its owner (``document_owners``)
    # (hung on the document itself too: 'received a notice announcing X')
    main = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.doc[verb.i - 1].text == "," or main.i > verb.i or (
            main.lemma_.lower() in lex.writing_verbs or message_sender(lex, verb) is not None):
        return None  # (nor 'put out a statement saying X', ``sent_messages``)
    obj = next((c for c in children_of(main) if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.lower_ not in lex.document_nouns:
        return None
    between = verb.doc[obj.i + 1 : verb.i]  # (only a phrase of time or place between them: 'on Thursday')
    return obj if all(t.dep_ in ("prep", "pobj", "det", "compound", "amod", "nummod") for t in between) else None


def clause_read_as_participles_subject(verb: Token) -> list[tuple[int, int]] | None:
    """'Acme Airlines cut its forecast, saying inspections of engines on part of its fleet would
    keep 20 aircraft grounded': the parser read a participle of saying after a comma, with the
    reported clause's subject as its object, as the subject of that clause's verb; what follows
    the participle, to the end of that clause, is what was said."""
    clause = verb.head
    doc = verb.doc
    if (verb.tag_ != "VBG" or verb.dep_ != "csubj" or clause.i < verb.i or verb.i < 1 or doc[verb.i - 1].text != ","
            or verb.left_edge.i != verb.i or not any(c.dep_ == "dobj" for c in children_of(verb))
            or clause.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))):
        return None
    return [(doc[verb.i + 1].idx, words_end(clause))]


def takes_a_stance(lex: Lexicon, verb: Token, subject: Token) -> bool:
    """'Some countries had opposed it, arguing that X': a participle of saying after a verb of
    stance or saying whose subject it shares; who opposes, rejects or says something can hold
    what the participle reports, whatever the noun; so can one who sent out the message the participle
    tells of ('The village issued a statement saying X', ``sent_messages``)."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.lemma_.lower() in lex.speech and subject.head.i == head.i
            and subject.dep_ == "nsubj" and head.lemma_.lower() in lex.stance_object | lex.speech) or (
        verb.lemma_.lower() in lex.speech and getattr(message_sender(lex, verb), "i", None) == subject.i)


def addressed_participle(lex: Lexicon, verb: Token) -> Token | None:
    """'The mayor wrote to residents saying that X', 'sent a letter to families warning that X':
    the parser hung a participle of saying with a clause of its own on the one written or sent to;
    the participle is what the letter says, the writer's (not 'gave $5 million to a group backing
    X', no verb of writing, nor 'talked to residents saying X', who may be the ones saying it)."""
    addressed = verb.head
    to = addressed.head
    if (verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.lemma_.lower() not in lex.speech or addressed.dep_ != "pobj"
            or to.lower_ != "to" or to.dep_ not in ("prep", "dative") or addressed.i > verb.i
            or not any(c.dep_ == "ccomp" for c in children_of(verb))):
        return None
    writing = to.head
    if writing.pos_ not in ("VERB", "AUX") or writing.lemma_.lower() not in lex.writing_verbs:
        return None
    return subject_of(writing)
