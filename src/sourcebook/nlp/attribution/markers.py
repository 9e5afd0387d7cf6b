"""Cues read from the words around them more than from the parse: the colon of 'Name: "..."',
'Name, role: "..."' or a transcript turn ('CLINTON: ...') and of a headline's quotation ("'We
have nothing left': farmers count the cost"), and a reporting tail the parser misread ('X,
records show.'). The sourcing phrases ('according to X', 'in the view of X') are in
``phrases``."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..quotes import QUOTE_PAIRS
from .affiliations import HONORIFICS
from .answers import QUESTION_LINE, bridges
from .candidate import BELIEF, SPEECH, Candidate, trim, trim_content
from .lexicon import Lexicon
from .people import gender_of_first_name
from .syntax import FINITE_TAGS, finite, source_span


def _name_and_role(text: str, before: Span) -> bool:
    """'Lena Moss, the agency's director:' opening a line: a name of up to four words, a comma,
    and a description of up to eight words without a verb (or the description in brackets:
    'MR. PENROSE (for the Crown):')."""
    line_start = text.rfind("\n", 0, before.start_char) + 1
    comma = next((t.i for t in before if t.text == "," or t.text == "(" and before[-1].text == ")"), None)
    if text[line_start : before.start_char].strip() or comma is None:
        return False
    name, role = before.doc[before.start : comma], before.doc[comma + 1 : before.end - (before[-1].text == ")")]
    return (1 <= len(name) <= 4 and all(t.pos_ == "PROPN" or t.is_upper and t.text.rstrip(".").isalpha() for t in name)
            and 1 <= len(role) <= 8
            and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in role))


_NAMED = frozenset(["PERSON", "ORG", "NORP", "GPE"])


def _speaker_noun(before: Span, colon: Token, speaker_noun: Callable[[Token], bool] | None,
                  documents: frozenset[str]) -> bool:
    """'Insiders:', 'Top economists:', 'Poll:' - nouns and their modifiers only, ending in a noun
    that can hold a statement, with a clause after the colon ('Ingredients: flour, sugar' has
    none); a bare singular noun other than a document's is a line's label ('Shelter:', 'Media
    contact:')."""
    if speaker_noun is None or len(before) > 3 or before[-1].pos_ != "NOUN" or not speaker_noun(before[-1]):
        return False
    if any(t.pos_ not in ("NOUN", "ADJ", "DET", "PROPN") for t in before):
        return False
    if any(t.is_alpha for t in before) and all(t.is_upper for t in before if t.is_alpha):
        return False  # nouns in capitals head a section: 'OLYMPIC TRIALS:'
    if before[-1].tag_ == "NN" and before[-1].lemma_.lower() not in documents and not any(
            t.pos_ == "DET" or t.ent_type_ in _NAMED for t in before):
        return False
    return _statement_after(colon)


def _statement_after(colon: Token) -> bool:
    """A clause after the colon: a verb, or a Title-Cased headline the tagger reads as names."""
    doc = colon.doc
    end = colon.sent.end if colon.i + 1 < colon.sent.end or colon.sent.end >= len(doc) else doc[colon.sent.end].sent.end
    after = [t for t in doc[colon.i + 1 : end] if t.is_alpha]  # the next sentence when the parser ended it at the colon
    return any(t.pos_ in ("VERB", "AUX") for t in after) or (
        len(after) >= 3 and sum(t.is_title for t in after) > len(after) / 2)


# 'Q:', 'A:', 'So:', 'Wow:', 'The Latest:' are no speakers
_NOT_NAME = frozenset(["INTJ", "ADV", "CCONJ", "SCONJ", "DET", "PRON", "AUX"])


def _capitalised_name(text: str, before: Span, colon: Token, common_nouns: frozenset[str]) -> bool:
    """'Lewandowski: FBI acted as judge' opening a line: a capitalised word or two the tagger did
    not read as a name (a sentence's first word) and the language's word list does not know as
    a common noun ('Election:' heads a line as its topic), unless the article names a person so
    ('Trump:'); a line's label is refused by ``colon_cue``."""
    line_start = text.rfind("\n", 0, before.start_char) + 1
    return (not text[line_start : before.start_char].strip() and len(before) <= 2
            and all(t.is_alpha and t.is_title and len(t) > 1 and not t.is_stop and t.pos_ not in _NOT_NAME for t in before)
            and not _topic(before, common_nouns) and _statement_after(colon))


def _topic(before: Span, common_nouns: frozenset[str]) -> bool:
    """One word before a line's colon that is no entity and that the language's word list knows
    as a common noun ('Election:', 'Flooding:'), unless the article names a person so ('Brown:'
    for Tessa Brown)."""
    word = before[0]
    if len(before) != 1 or len(word) < 2 or word.lower_ not in common_nouns:
        return False
    own = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    # the NER's one-word entity ('Verdict' as a PERSON) is no name the article gives anyone
    return (own is None or len(own) == 1) and not any(
        e.label_ == "PERSON" and e[-1].lower_ == word.lower_ and not e.start <= word.i < e.end for e in word.doc.ents)


def _only_questions(words: str) -> bool:
    """A turn that asks and says nothing: it ends with a question mark and no sentence in it
    ends otherwise."""
    words = words.rstrip("\"'\u201d\u2019 ")
    return words.endswith("?") and re.search(r"[.!][\"'\u201d\u2019]?\s", words) is None


def _turns(text: str, label: str) -> int:
    """How many lines the label opens ('MORALES: ...')."""
    return len(re.findall(rf"^{re.escape(label)}:\s", text, re.MULTILINE))


# a line opening with a name in capitals ('SEN. DELACORTE:', 'JUDE MARLOWE, co-founder:', 'MR. PENROSE (for the
# Crown):'; a transcript quoted paragraph by paragraph opens each with a mark: '"WALLACE: ...')
_LABEL_LINE = re.compile(r"^[\"\u201c]?([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2})"
                         r"(?:, [^:\n]{1,40}| \([^:)\n]{1,40}\))?:\s", re.MULTILINE)


def _figure_line(doc: Doc, piece: tuple[int, int]) -> bool:
    """A figure and a few words of what it counts, no verb: a data line's value ('$3.1m', '54%
    within four hours'), or a list of them ('1 Mensah 44.71; 2 Ormond 44.98; ...')."""
    span = doc.char_span(*piece, alignment_mode="expand")
    if span is None or not (span[0].like_num or span[0].tag_ == "$") or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return len(span) <= 8 or 3 * sum(t.like_num for t in span) >= sum(not t.is_punct for t in span)


def _transcript_label(text: str, before: Span) -> bool:
    """'MORALES:' opening two lines or more of a transcript, whatever the tagger made of the
    capitals (a plural noun); or one line of a transcript whose other speaker speaks twice, when
    the article names its speaker ('HARRIS:' after 'Mayor Renata Harris') or the label has a
    title ('DR. ABEL FURNESS:'); or a label that is another's surname or full name ('VOSS:' and
    'LENA VOSS:'); a role in brackets after the name is no part of it."""
    line_start = text.rfind("\n", 0, before.start_char) + 1
    comma = next((t.i for t in before if t.text in (",", "(")), before.end)
    before = before.doc[before.start : comma]  # the name of 'JUDE MARLOWE, co-founder:', 'MR. PENROSE (for the Crown):'
    if text[line_start : before.start_char].strip() or not 0 < len(before) <= 3 or not all(
            t.text.rstrip(".").isalpha() and t.is_upper and len(t) > 1 for t in before):
        return False
    labels = _LABEL_LINE.findall(text)
    if _turns(text, before.text) > 1 or labels.count(before.text) > 1:
        return True
    # one turn of a transcript whose other speaker speaks twice: a name with a title ('DR. ABEL
    # FURNESS:') or the surname of a speaker named in full ('VOSS:' after 'LENA VOSS:')
    if any(label != before.text and (label.endswith(" " + before.text) or before.text.endswith(" " + label)) for label in labels):
        return True
    if before[0].lower_.rstrip(".") in HONORIFICS and any(labels.count(other) > 1 for other in set(labels) - {before.text}):
        return True
    # an oral history's voices, each speaking once: names with a first name ('SIMONE HARTIGAN:'), not a
    # live page's or a fact check's labels ('FULL TIME:', 'THE CLAIM:', 'RATING:')
    names = {label for label in labels if " " in label and gender_of_first_name(label.split()[0].title())}
    if len(names) >= 3 and before.text in names:
        return True
    return before.text.title() in text and any(labels.count(other) > 1 for other in set(labels) - {before.text})


def _heading(text: str, before: Span, speaker_noun: Callable[[Token], bool] | None) -> bool:
    """Words before a colon that head a line or a section, no one who speaks: with a figure in
    them ('Press Freedom Index 2024:', "61' Substitution:"); one word in capitals, the only
    label of its kind in the text (a dateline, 'HYDERPUR: The court on Friday ...'); or a
    common noun that can hold no statement at their head ('Notes from Camp Serein:'). The
    caller has ruled out a transcript's turn and a Q-and-A's answer."""
    if any(ch.isdigit() for ch in before.text):
        return True
    words = before.text.split()
    line_start = text.rfind("\n", 0, before.start_char) + 1
    if 1 < len(words) <= 3 and all(w.isupper() and len(w) > 1 for w in words) and len(
            [line for line in text[:line_start].splitlines() if line.strip()]) <= 2:
        # 'NEW DELHI: The Congress on Friday ...' opening the story under its headline (and
        # byline): a dateline, the only label of its kind in the text
        return len(set(_LABEL_LINE.findall(text))) < 2
    if any(t.ent_type_ in ("PERSON", "ORG") for t in before):
        return False  # 'AP:', 'EXCLUSIVE - Roger Stone:'
    if len(before.text.split()) == 1 and len(before.text) > 1 and all(t.is_upper for t in before if t.is_alpha):
        return len(set(_LABEL_LINE.findall(text))) < 2  # not a turn of two speakers ('HOST:', 'MORALES:')
    root = before.root
    return (speaker_noun is not None and root.pos_ == "NOUN" and not root.ent_type_ and root.is_alpha
            and (root.is_lower or root.i == before.start < before.end - 1) and not speaker_noun(root))


def _answer_turn(text: str, before: Span) -> bool:
    """'A:' opening a line of a Q-and-A (a line opens with 'Q:'): the answer's speaker, whom
    the speaker resolver finds (the one interviewed)."""
    line_start = text.rfind("\n", 0, before.start_char) + 1
    first = QUESTION_LINE.search(text)
    if before.text != "A" or text[line_start : before.start_char].strip() or first is None:
        return False
    # someone is named in the sentence before the first question ('Asked about his future, Duffy
    # was blunt.'); an explainer's questions ('What does it mean for you?') are the writer's
    # (past an editor's note on the interview: 'It has been edited for length and clarity.')
    ahead = [s for s in before.doc.sents if s.end_char <= first.start() and not bridges(s.text)][-1:]
    return not ahead or any(t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in ("GPE", "LOC", "DATE", "NORP")
                            for s in ahead for t in s)


def colon_cue(
    text: str, sent: Span, index: int, sentences: list[Span], labels: frozenset[str] = frozenset(),
    speaker_noun: Callable[[Token], bool] | None = None, common_nouns: frozenset[str] = frozenset(),
    documents: frozenset[str] = frozenset(),
) -> Candidate | None:
    """'Name: "..."' and 'X said:' followed by the statement; not a line's label ('Correction:',
    ``labels``) nor a line's topic, a common noun the tagger took for no name (``common_nouns``,
    the pipeline's own word list). A common noun before the colon ('Insiders: X will rebound', 'Poll: ...') is a
    source when ``speaker_noun`` takes it and a statement with a verb follows. Failing that, a
    headline's quotation before the colon (``_quoted_headline``)."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    return (_named_colon(text, sent, colon, index, sentences, labels, speaker_noun, common_nouns, documents)
            or _quoted_headline(text, sent, colon, index) or _manner_colon(text, sent, colon, index, speaker_noun))


_COLON_SPEAKER_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])


def _manner_colon(
    text: str, sent: Span, colon: Token, index: int, speaker_noun: Callable[[Token], bool] | None,
) -> Candidate | None:
    """'The coach was blunt: "We were not good enough."': a speaker, a copula and the manner
    of what follows (one adjective), then a quotation after the colon."""
    doc = sent.doc
    adjective = doc[colon.i - 1]
    be = adjective.head
    if adjective.dep_ != "acomp" or be.lemma_ != "be" or not be.i < adjective.i:
        return None
    if any(t.dep_ not in ("advmod", "neg") for t in doc[be.i + 1 : adjective.i]):
        return None  # 'was very blunt', not 'was blunt about the cuts'
    subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subject is None or subject.left_edge.i != sent.start or not (
            subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN"
            or subject.lower_ in _COLON_SPEAKER_PRONOUNS or speaker_noun is not None and speaker_noun(subject)):
        return None
    opening = next((t for t in doc[colon.i + 1 : sent.end] if not t.is_space), None)
    closing = QUOTE_PAIRS.get(opening.text) if opening is not None else None
    if opening is None or closing is None:
        return None  # only a quotation: 'The mood was grim: shops were shut' is the writer's
    end = text.find(closing, opening.idx + 1, sent.end_char)
    piece = trim_content(text, opening.idx + 1, end if end > 0 else sent.end_char)
    return _quoted_by(text, (be.idx, colon.idx + 1), subject, piece, index)


def _quoted_by(text: str, cue: tuple[int, int], subject: Token, piece: tuple[int, int] | None,
               index: int) -> Candidate | None:
    """The candidate of a quotation ``piece`` that a colon cue gives to ``subject``."""
    if piece is None:
        return None
    return Candidate(cue=cue, source=source_span(text, subject), contents=[piece], nature=SPEECH,
                     source_token=subject.i, sentence=index, confidence=0.6, quoted=True)


def _named_colon(
    text: str, sent: Span, colon: Token, index: int, sentences: list[Span], labels: frozenset[str],
    speaker_noun: Callable[[Token], bool] | None, common_nouns: frozenset[str], documents: frozenset[str],
) -> Candidate | None:
    """'Name: "..."', 'Insiders: X will rebound': the words before ``colon`` name the source."""
    before = sent.doc[sent.start : colon.i]
    named = (any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in before) and not _topic(before, common_nouns)
             # 'ALBUM REVIEW:', 'Screenshot:': the language's common nouns, no entity's, head a section
             and not all(t.lower_ in common_nouns and not t.ent_type_ for t in before)
             and (not before[-1].is_lower or any(t.ent_type_ in _NAMED for t in before) and _statement_after(colon)))
    # 'Team news:', 'Media contact: Lena Buckridge' are labels: their head is no name
    if before.text == "Q" and QUESTION_LINE.match(text, text.rfind("\n", 0, before.start_char) + 1):
        return None  # an interviewer's question is no statement
    answer, transcript = _answer_turn(text, before), _transcript_label(text, before)
    named = named or answer or transcript or _name_and_role(text, before)
    if not (answer or transcript) and _heading(text, before, speaker_noun):
        return None
    spoken = named or _speaker_noun(before, colon, speaker_noun, documents)
    if len(before) > 6 and not _name_and_role(text, before) or not (
            spoken or _capitalised_name(text, before, colon, common_nouns)):
        return None
    if any(t.pos_ == "VERB" for t in before) and not transcript or before.text.lower() in labels:
        return None  # not 'Sarah Silverman heckles Sanders supporters:'; 'FARID CASTELLANE:' with 'FARID' a verb is a label
    if any(t.ent_type_ in ("DATE", "TIME") for t in before):
        return None  # 'Monday: sunny': a heading, not a speaker
    after_start = colon.idx + 1
    after_end = sent.end_char
    if after_end - after_start < 3 and index + 1 < len(sentences):
        after_end = sentences[index + 1].end_char
    line_start = text.rfind("\n", 0, before.start_char) + 1
    turn = not text[line_start : before.start_char].strip()
    if turn:
        # 'NAME: ...' opening a paragraph (a transcript turn): the turn runs to the line's end
        line_end = text.find("\n", colon.idx)
        after_end = max(after_end, line_end if line_end >= 0 else len(text))
    piece = trim_content(text, after_start, after_end)
    if piece is None or not any(ch.isalpha() for ch in text[piece[0] : piece[1]]) or _figure_line(sent.doc, piece):
        return None  # 'Clinton: 1,769', 'Hartigan: $3.1m', '- Wexley Infirmary: 54% within four hours': a tally
    if turn and _only_questions(text[piece[0] : piece[1]]):
        return None  # 'HOST: What message do you have for the fans?': a question is no statement
    first = next((t for t in sent.doc[colon.i + 1 :] if t.idx >= piece[0]), None)
    if (first is not None and first.tag_ == "VB" and first.is_lower and first.dep_ in ("ROOT", "ccomp", "parataxis", "conj")
            and not (answer or transcript) and (not turn or text[line_start : line_start + 1] in "-*\u2022\u2013")):
        return None  # '- Citizens Helpline: call 0808 555 0101': a list's instruction, no statement
    # (not a document's: a title-case 'Poll: Voters Split on X' has verbs the tagger missed)
    if turn and not (answer or transcript) and _subtitle(sent.doc, colon, piece) and _turns(text, before.text) < 2 and (
            not any(t.lemma_.lower() in documents for t in before)):
        return None  # 'The Quiet Engineer: A Conversation with Maren Tolliver': a title and its subtitle
    head = max(before, key=lambda t: (t.pos_ == "PROPN", -abs(t.i - colon.i)))
    return Candidate(
        cue=(colon.idx, colon.idx + 1),
        source=trim(text, before.start_char, before.end_char),
        contents=[piece],
        nature=SPEECH,
        source_token=head.i,
        sentence=index,
        confidence=0.6,
        # a transcript's turn is the speaker's words, set down without quotation marks: a label
        # that opens two lines or more (not a list's 'Rubio: Finish second', nor 'h/t: Breitbart'), or a Q-and-A's 'A:'
        verbatim=turn and (index > 0 or transcript) and (_turns(text, before.text) > 1 or transcript or answer),
    )


def _subtitle(doc: Doc, colon: Token, piece: tuple[int, int]) -> bool:
    """Words after a line's colon that make no statement: no verb of a clause and no quotation
    ('A Conversation with Maren Tolliver', 'Saturday 21 June, 12pm-5pm, Kettleby Green')."""
    words = [t for t in doc[colon.i + 1 :] if t.idx < piece[1]]
    return not any(t.tag_ in FINITE_TAGS or t.is_quote or t.tag_ in ("VB", "VBG", "VBN") for t in words)


_QUOTED_LINE = re.compile(r"[^\S\n]*[\"\u201c\u2018'\u00ab]([^\n]{2,200}?)[\"\u201d\u2019'\u00bb][^\S\n]*")


def _quoted_headline(text: str, sent: Span, colon: Token, index: int) -> Candidate | None:
    """A headline opening with a quotation, a colon, then a clause whose subject said it:
    "'We have nothing left': farmers count the cost of the floods". The subject of the
    clause after the colon is the source when it is a noun or a name."""
    line_start = text.rfind("\n", 0, colon.idx) + 1
    if line_start > sent.start_char:
        return None
    m = _QUOTED_LINE.fullmatch(text, line_start, colon.idx)
    if m is None:
        return None
    subject = next((t for t in sent.doc[colon.i + 1 : sent.end] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.head.i <= colon.i:
        return None
    return _quoted_by(text, (colon.idx, colon.idx + 1), subject, trim_content(text, m.start(1), m.end(1)), index)


#: a tail's source of one pronoun: people, not 'it' (a report, or nothing: 'it seems')
_TAIL_PRONOUNS = frozenset(["he", "she", "they"])
#: the longest source a reporting tail takes, in words ('Federal Election Commission records')
_TAIL_SOURCE = 8


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
    lemma = lex.verb_lemmas.get(token.lower_)
    # a past form the tagger read as a participle on the noun before it ending the sentence: '..., the
    # two companies announced on Monday.' (the source's check below refuses 'X, a plan announced in May')
    after_cue = token.doc[token.i + 1 : sent.end]
    ending = token.tag_ == "VBN" and token.dep_ == "acl" and (
        all(t.is_punct or t.is_space for t in after_cue) or _said_to(lex, token, after_cue))
    reads = token.lower_ in ("read", "reads")  # '..., a statement from the ministry read.': a document's words
    if (lemma is None or lemma not in lex.speech and lemma not in lex.belief and lemma not in lex.poll_verbs and not reads
            or token.lower_.endswith("ing") or token.tag_ == "VBN" and not ending  # 'X, a plan announced in May'
            or not token.text.islower() or token.pos_ not in ("VERB", "AUX", "NOUN")
            or token.pos_ == "NOUN" and token.lower_ in lex.speaking_nouns):
        return None  # 'a federal judge, in response': a noun that names a speaker is no cue
    doc = token.doc
    comma = token.i - 1
    while comma > sent.start and doc[comma].text != ",":
        comma -= 1
    if doc[comma].text != ",":
        return None
    start = comma + 2 if reads and doc[comma + 1].is_quote and comma + 2 < token.i else comma + 1  # '"...," a statement read'
    found = _named_between_commas(lex, doc, sent, comma) if comma == token.i - 1 else _tail_source(lex, doc[start : token.i])
    if found is None:
        return None
    comma, head = found
    if reads and head.lemma_.lower() not in lex.document_nouns:
        return None  # 'X, the children read': no document
    words = doc[comma + 1 : token.i]
    if token.tag_ == "VBN" and not (words[0].lower_ == "the" or head.pos_ in ("PROPN", "PRON")):
        return None  # 'X, a plan announced in May': the participle of a description
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
    if any(t.dep_ == "advcl" and t.head.i == token.i and t.i < comma for t in sent):
        return None  # 'When the shelling stopped, she told her neighbours': the cue's own time
    rest = [t for t in sent if not comma <= t.i <= token.i]
    if not any(t.tag_ in FINITE_TAGS for t in rest):
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


def _tail_source(lex: Lexicon, words: Span) -> tuple[int, Token] | None:
    """(the comma before it, its head) when ``words`` can be a reporting tail's source: 'records',
    'figures from the agency', 'he', 'the Ministry of Health'."""
    if not 1 <= len(words) <= _TAIL_SOURCE:
        return None
    if words[0].pos_ in ("ADP", "SCONJ", "CCONJ") or any(
            t.is_punct and t.text not in ("-", ".") or t.tag_ in ("WDT", "WP", "WP$", "WRB", "TO")
            or t.pos_ in ("VERB", "AUX") and t.lower_ not in lex.speaking_nouns for t in words):
        # 'as some economists hope' (the verb rules read what an 'as' aside holds), 'compared
        # with 14 states', 'whom other senators hate', 'to take customer calls', 'and he said'
        return None
    doc = words.doc
    adp = next((t.i for t in words if t.pos_ == "ADP" and t.i > words.start), None)
    head = doc[adp - 1] if adp is not None else words[-1]  # 'figures from the agency': 'figures'
    if len(words) == 1 and head.pos_ == "PRON":
        if head.lower_ not in _TAIL_PRONOUNS:
            return None
    elif not _names_someone(lex, head):
        return None
    return words.start - 1, head


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
    """'..., he told reporters.' / '..., the ministry said in a statement on Monday.': what a
    tail's verb may take before the sentence ends - whom it was said to, when, where or how;
    no verb, clause, list or thing said ('she told a joke')."""
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
    return heard is not None and (heard.pos_ == "PRON" or _names_someone(lex, heard))


def _speaking_word(lex: Lexicon, token: Token) -> bool:
    """A noun that can head a source, by its form or its lemma ('officials', 'spokeswoman')."""
    return token.lower_ in lex.speaking_nouns or token.lemma_.lower() in lex.speaking_nouns


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
