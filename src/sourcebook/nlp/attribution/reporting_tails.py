"""Reporting tails the parser misread, read from the words: 'X, records show.', 'The mayor,
records show, paid no tax.', '"...," the post read.', 'X, figures published last month show.'
(``reporting_tail``; the other cues read from the words are in ``markers``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidate import BELIEF, SPEECH, Candidate, trim, trim_content
from .lexicon import Lexicon
from .relatives import gatherings
from .syntax import FINITE_TAGS, finite
from .word_forms import listed

_TAIL_PRONOUNS = frozenset(["he", "she", "they"])
#: the longest source a reporting tail takes, in words ('Federal Election Commission records')
_TAIL_SOURCE = 8
#: the longest source a reporting tail takes when it is a document made public, with when and by whom
#: ('a report released on Tuesday by the rights group Civic Watch')
_PUBLISHED_SOURCE = 14


def _plural_read_verb(lex: Lexicon, token: Token, sent: Span) -> bool:
    """'X, the city engineer estimates.': a verb of saying ending the sentence that the tagger read as
    a plural noun, the singular noun before it naming its speaker (a role, a name, a body) after a
    determiner, or a role after an owner ('X, the firm's auditor notes'); not 'X, the latest estimates.'
    nor 'X, government estimates' (no determiner: a plural), nor "X, the agency's research notes"."""
    doc = token.doc
    before = doc[token.i - 1]
    if token.tag_ != "NNS" or before.tag_ not in ("NN", "NNP") or not _names_someone(lex, before):
        return False
    if any(not (t.is_punct or t.is_space) for t in doc[token.i + 1 : sent.end]):
        return False
    start = token.i - 1
    while start > sent.start and doc[start - 1].tag_ in ("NN", "NNP", "JJ", "HYPH"):
        start -= 1
    if start - 1 > sent.start and doc[start - 1].tag_ == "POS":  # ("X, the project's auditor estimates")
        if before.pos_ != "PROPN" and before.lemma_.lower() not in lex.role_nouns:
            return False  # (one holding a role: not "X, the agency's research notes")
        start -= 1
        while start > sent.start and doc[start - 1].tag_ in ("NN", "NNP", "NNPS", "JJ", "HYPH"):
            start -= 1
        if doc[start].tag_ in ("NNP", "NNPS") and start > sent.start and doc[start - 1].text == ",":
            return True  # ("X, Acme's chief economist notes")
    return start > sent.start and doc[start - 1].tag_ in ("DT", "PRP$") and doc[start - 2].text == ","


def _one_of_a_role(lex: Lexicon, head: Token, after: Span) -> bool:
    """'..., an official informed.': one holder of a role, the participle ending the sentence (not
    'X, a plan announced in May', whose noun holds no role)."""
    return head.lemma_.lower() in lex.role_nouns and all(t.is_punct or t.is_space for t in after)


def reporting_tail(lex: Lexicon, text: str, token: Token, sent: Span) -> Candidate | None:
    """'X, records show.' / 'The mayor, records show, paid no tax.' / 'X, the survey found.':
    a short clause of a source and a verb of saying or showing, set off by a comma and ending
    the sentence or closed by a second comma, reports the rest of the sentence. Read from the
    words, for when the parse has no such clause: the tagger takes 'show' after a plural noun
    for a noun ('records show', 'figures from the agency show') or the noun for a verb, and
    the cue rules never see a verb. Also '..., he told reporters.' and '..., his aide, Ana Ruiz,
    said on Monday.', where the parser hung the verb on the clause before it: where no rule
    made ``token`` a cue, or as the contents of a verb's cue that no quotation completes
    (``Candidate.fallback``)."""
    lower = token.lower_
    lemma = lex.verb_lemmas.get(lower)
    reads = lower in ("read", "reads")  # '..., a statement from the ministry read.': a document's words
    if (lemma is None or lemma not in lex.speech and lemma not in lex.belief and lemma not in lex.poll_verbs and not reads
            or lower.endswith("ing") or not token.text.islower() or token.pos_ not in ("VERB", "AUX", "NOUN")
            or token.pos_ == "NOUN" and lower in lex.speaking_nouns and not swapped(token.doc[token.i - 1])
            and not _plural_read_verb(lex, token, sent)):
        return None  # 'a federal judge, in response': a noun that names a speaker is no cue
    doc = token.doc
    if token.i > 0 and (doc[token.i - 1].lower_ in ("the", "a", "an") or doc[token.i - 1].tag_ == "PRP$"):
        return None  # 'X, the engineer in charge of the project, said Y': a word after 'the' is a noun, no verb
    if token.tag_ == "VBN":  # 'X, a plan announced in May' (the source's check below refuses it too)
        # but a past form the tagger read as a participle on the noun before it ending the sentence: '..., the
        # two companies announced on Monday.'
        after_cue = doc[token.i + 1 : sent.end]
        if not (token.dep_ == "acl" and (all(t.is_punct or t.is_space for t in after_cue) or _said_to(lex, token, after_cue))):
            return None
    comma = token.i - 1
    while comma > sent.start and doc[comma].text != ",":
        comma -= 1
    if doc[comma].text != ",":
        return None
    # '"...," a statement read', '"...," the retraction notices state'
    start = comma + 2 if doc[comma + 1].is_quote and doc[comma + 1].tag_ == "''" and comma + 2 < token.i else comma + 1
    found = _named_between_commas(lex, doc, sent, comma) if comma == token.i - 1 else _tail_source(lex, doc[start : token.i])
    if found is None:
        return None
    comma, head = found
    if reads and head.lemma_.lower() not in lex.document_nouns and head.lemma_.lower() not in lex.speech_nouns:
        return None  # 'X, the children read': no document (a post or a message is one)
    words = doc[comma + 1 : token.i]
    if token.tag_ == "VBN" and not (words[0].lower_ == "the" or head.pos_ in ("PROPN", "PRON")
                                    or lemma in lex.poll_verbs and head.lemma_.lower() in lex.document_nouns
                                    or _one_of_a_role(lex, head, doc[token.i + 1 : sent.end])):
        return None  # 'X, a plan announced in May': the participle of a description (not 'X, a report found.')
    if comma - sent.start < 2:
        return None
    after = token.i + 1
    if (after + 1 < sent.end and doc[after].text == "," and doc[after + 1].pos_ != "CCONJ"
            and any(t.is_alpha for t in doc[after + 1 : sent.end])):
        end = _clause_end(doc, after + 1, sent.end)
        pieces = [(sent.start_char, doc[comma].idx), (doc[after].idx + 1, end)]  # set between commas
    elif (all(t.is_punct or t.is_space for t in doc[after : sent.end])  # a paragraph's "\n\n" too
          or doc[after].text == "," and doc[after + 1].pos_ == "CCONJ" or _said_to(lex, token, doc[after : sent.end])):
        pieces = [(sent.start_char, doc[comma].idx)]  # the sentence's end, or the clause's ('..., and X')
    else:
        return None
    if any(t.dep_ == "advcl" and t.head.i == token.i and t.i < comma and t.pos_ not in ("NOUN", "PROPN") for t in sent):
        return None  # 'When the shelling stopped, she told her neighbours': the cue's own time (a noun
        # read as one is no clause of time: 'A ferry carrying 300 people capsized, the coast guard said in a statement')
    rest = [t for t in sent if not comma <= t.i <= token.i]
    # (a past tense read as a participle on the subject opening the sentence: 'The jobless rate held at 4.6%')
    if not any(t.tag_ in FINITE_TAGS or t.tag_ == "VBN" and t.dep_ == "acl" and t.head.left_edge.i == sent.start
               and t.head.i < t.i < comma for t in rest) and not _misread_clause(doc, sent, comma, token):
        return None  # no clause for the tail to report ('In all, records show.')
    contents = [p for p in (trim_content(text, *p) for p in pieces) if p is not None]
    if not contents:
        return None
    return Candidate(
        cue=(token.idx, token.idx + len(token)),
        source=trim(text, words.start_char, words.end_char),
        contents=contents,
        nature=BELIEF if lemma in lex.belief else SPEECH,
        source_token=head.i,
        aside=True,  # a verb rule's confidence (0.8): the ranker reads it as a finite cue clause
    )


#: verbs of making a document public, whose participle may describe a tail's source
_MADE_PUBLIC = frozenset(["publish", "release", "issue", "compile", "collect", "produce", "obtain", "post", "file"])


def source_in_report(cand: Candidate, tail: Candidate) -> bool:
    """Whether the verb rule's ``cand`` took its source from inside the clause its cue's tail
    reports, so the tail's reading is the one: 'Rents will keep climbing, the agency's chief analyst,
    Omar Reyes, told a briefing.' (the parser hung the tail's source on 'keep' as its object and the
    cue as a clause of it, and the verb rule gave the cue the clause's subject, 'Rents')."""
    source = cand.source
    return source is not None and tail.source is not None and source[1] <= tail.source[0] and any(
        start <= source[0] and source[1] <= end for start, end in tail.contents)


def _misread_clause(doc: Doc, sent: Span, comma: int, cue: Token) -> bool:
    """'A ferry carrying 300 people capsized on Thursday, the coast guard said.', 'Mold complaints at
    Navy housing spike, watchdog finds': the parser found no finite verb before the tail, it read
    the clause's verb as a participle on a noun ('people capsized') or as a noun ('housing spike')
    and hung the clause's subject on the cue as a noun phrase ('ferry', an npadvmod); a phrase of
    more than a word, all the words before the comma, hung on the cue and headed by a noun, is the
    clause it reports (not a time: 'Last week, officials said.', nor a phrase: 'In all, records show.')."""
    return comma - sent.start > 1 and any(
        t.head.i == cue.i and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == sent.start and t.right_edge.i == comma - 1
        and t.ent_type_ not in ("DATE", "TIME") and t.left_edge.ent_type_ not in ("DATE", "TIME")
        for t in doc[sent.start : comma])


def _tail_source(lex: Lexicon, words: Span) -> tuple[int, Token] | None:
    """(the comma before it, its head) when ``words`` can be a reporting tail's source: 'records',
    'figures from the agency', 'he', 'the Ministry of Health'."""
    if not 1 <= len(words) <= _PUBLISHED_SOURCE:
        return None
    # 'figures published last month', 'data released on Friday': a document and when it came out
    # (or read as the tail's verb: 'state figures released Thursday show', the document the word before it)
    made, document = next(((t.i, d) for t in words if t.tag_ in ("VBN", "VBD") and t.i > words.start
                           and t.lemma_.lower() in _MADE_PUBLIC
                           for d in [t.head if t.dep_ == "acl" and words.start <= t.head.i < t.i else t.doc[t.i - 1]]
                           if listed(d, lex.document_nouns)), (None, None))
    if len(words) > _TAIL_SOURCE and document is None:
        return None  # (a document made public may take its date and its maker: 'a report released on Tuesday by X')
    if words[0].pos_ in ("ADP", "SCONJ", "CCONJ") or any(
            t.is_punct and t.text not in ("-", ".") or t.tag_ in ("WDT", "WP", "WP$", "WRB", "TO")
            or t.pos_ in ("VERB", "AUX") and t.lower_ not in lex.speaking_nouns and t.i != made and not swapped(t)
            and not _modifier(t, words) for t in words):
        # 'as some economists hope' (the verb rules read what an 'as' aside holds), 'compared
        # with 14 states', 'whom other senators hate', 'to take customer calls', 'and he said'
        return None
    doc = words.doc
    adp = next((t.i for t in words if t.pos_ == "ADP" and t.i > words.start), None)
    head = document if document is not None else doc[adp - 1] if adp is not None else words[-1]  # 'figures from the agency'
    if len(words) == 1 and head.pos_ == "PRON":
        if head.lower_ not in _TAIL_PRONOUNS:
            return None
    elif not _names_someone(lex, head):
        return None
    return words.start - 1, head


def _modifier(token: Token, words: Span) -> bool:
    """'tracking data', 'flight-tracking data': a gerund before the nouns that end a tail's source,
    whatever the parser hung it on, modifies them; not 'his aide saying' nor 'records showing'."""
    after = words[token.i + 1 - words.start :]
    return (token.tag_ == "VBG" and len(after) > 0 and all(t.pos_ in ("NOUN", "PROPN") for t in after)
            and not any(c.dep_ == "ccomp" for c in token.children))  # not 'X, hoping data shows'


def swapped(token: Token) -> bool:
    """'the retraction notices state': the tagger read the plural noun ending the source as a
    verb and the verb of saying after it as a noun (so '"...," the panel minutes note' reads)."""
    doc = token.doc
    return (token.tag_ == "VBZ" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NN"
            and doc[token.i + 1].dep_ == "dobj" and doc[token.i + 1].head.i == token.i)


def _named_between_commas(lex: Lexicon, doc: Doc, sent: Span, comma: int) -> tuple[int, Token] | None:
    """'X, his chief aide, Tad Marl, told reporters.' / 'X, Ines Moss, 69, said.': a source
    set off by commas, a name and what it is (a role, an age) set beside it."""
    pieces: list[Span] = []
    end = comma
    while len(pieces) < 2:
        start = end - 1
        while start > sent.start and doc[start].text != ",":
            start -= 1
        if doc[start].text != "," or not 1 <= end - start - 1 <= 5:
            return None
        pieces.insert(0, doc[start + 1 : end])
        end = start
    name = next((p for p in pieces if all(t.pos_ == "PROPN" or t.text in (".", "-") for t in p)), None)
    other = pieces[1] if name is pieces[0] else pieces[0]
    if name is None or other is name or any(t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or t.is_punct for t in other):
        return None
    if not (len(other) == 1 and other[0].like_num or _speaking_word(lex, other.root)):
        return None  # 'the town, Ormsby, said'? a role or an age beside the name
    return end, name[-1]


def _said_to(lex: Lexicon, cue: Token, rest: Span) -> bool:
    """'..., he told reporters.' / '..., she told a briefing.' / '..., the ministry said in a statement on Monday.': what a
    tail's verb may take before the sentence ends - whom it was said to, when, where or how;
    no verb, clause, list or thing said ('she told a joke'), nor the object of a verb that is a cue only with a
    clause, which it holds ('X; on Friday, Ostrel and Dalvia hold caucuses': no one told, ``clause_verbs``)."""
    words = [t for t in rest if not (t.is_punct and t.i >= rest.end - 2)]
    if not 1 <= len(words) <= 10 or any(
            t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or t.is_punct and t.text != "." or t.tag_ in ("WDT", "WP", "WRB")
            for t in words):
        return False
    first = words[0]
    if first.pos_ in ("ADP", "ADV") or first.ent_type_ in ("DATE", "TIME"):
        return True
    heard = first if first.dep_ in ("dobj", "dative") else next(
        (t for t in words if t.dep_ in ("dobj", "dative") and t.head.i == cue.i), None)
    if heard is not None and heard.dep_ == "dobj" and cue.lemma_.lower() in lex.clause_verbs:
        return False  # '..., Ostrel and Dalvia hold caucuses': a verb that reports only with a clause holds its object
    # (or a gathering spoken to: '..., she told a conference in Leeds.', ``gathering_nouns.txt``)
    return heard is not None and (heard.pos_ == "PRON" or _names_someone(lex, heard) or heard.lemma_.lower() in gatherings())


def _speaking_word(lex: Lexicon, token: Token) -> bool:
    """A noun that can head a source, by its form or its lemma ('officials', 'spokeswoman')."""
    return listed(token, lex.speaking_nouns)


def _names_someone(lex: Lexicon, token: Token) -> bool:
    """A name, a named person, group, people or place, or a noun that can head a source."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _speaking_word(lex, token)


def _clause_end(doc: Doc, start: int, end: int) -> int:
    """Where the clause from token ``start`` ends: at the first comma before a conjunction or
    before a clause of its own (opening with its subject: '..., Mr. Trump has cited it'),
    else at ``end`` (a character offset)."""
    for k in range(start, end):
        if doc[k].text != ",":
            continue
        nxt = doc[k + 1] if k + 1 < end else None
        if nxt is None or nxt.pos_ == "CCONJ":
            return doc[k].idx
        stop = next((j for j in range(k + 1, end) if doc[j].text == ","), end)
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == k + 1 and stop > t.head.i > t.i
               and t.tag_ not in ("WDT", "WP") and finite(t.head) for t in doc[k + 1 : stop]):
            return doc[k].idx
    return doc[end - 1].idx + len(doc[end - 1])
