"""Cues read from the words around them more than from the parse: the colon of 'Name: "..."',
'Name, role: "..."' or a transcript turn ('CLINTON: ...') and of a headline's quotation ("'We
have nothing left': farmers count the cost"), (reporting tails the parser misread, 'X, records show.', are in
``reporting_tails``). The sourcing phrases ('according to X', 'in the view of X') are in ``phrases``."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..quotes import QUOTE_PAIRS
from .affiliations import HONORIFICS
from .answers import EDITORS_NOTE, bridges
from .bracketed_names import office_then_name
from .candidate import SPEECH, Candidate, trim, trim_content
from .dash_sources import names_a_speaker
from .figure_items import figure_items
from .fronted_manner import speaker_opens
from .headline_speakers import owner_of_words, speaker_on
from .hearing_turns import OFFICES, office_statement
from .interviews import asks_someone, layout, names_someone, opens_its_line, readers_letters, unnamed_answer
from .labels import explainer_heading, line_label, states
from .lexicon import active_lexicon
from .people import gender_of_first_name
from .syntax import FINITE_TAGS, source_like, source_span
from .tables import positions, starts_of, text_of, words_of
from .time_stamps import STAMP, after_stamp, opens_after_stamp
from .topics import quoted_claim, topic_heading
from .transcript_speakers import operator_turn, same_speaker, turns_of


def _name_and_role(text: str, before: Span) -> bool:
    """'Lena Moss, the agency's director:' opening a line: a name of up to four words, a comma,
    and a description of up to eight words without a verb (or the description in brackets:
    'MR. PENROSE (for the Crown):'), or the description first ("The agency's director, Lena Moss:")."""
    line_start = text.rfind("\n", 0, before.start_char) + 1
    comma = next((t.i for t in before if t.text == "," or t.text == "(" and before[-1].text == ")"), None)
    if text[line_start : before.start_char].strip() or comma is None:
        return False
    name, role = before.doc[before.start : comma], before.doc[comma + 1 : before.end - (before[-1].text == ")")]
    if before[-1].text != ")" and not 1 <= len(name) <= 4 and 1 <= len(role) <= 4:
        name, role = role, name  # the role first: "The airline's chief executive, Tom Reyes:"
    return (1 <= len(name) <= 4 and all(t.pos_ == "PROPN" or t.is_upper and t.text.rstrip(".").isalpha() for t in name)
            and 1 <= len(role) <= 8
            and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in role)) or office_then_name(name, role)


_NAMED = frozenset(["PERSON", "ORG", "NORP", "GPE"])


def _speaker_noun(before: Span, colon: Token, speaker_noun: Callable[[Token], bool] | None,
                  documents: frozenset[str]) -> bool:
    """'Insiders:', 'Top economists:', 'Poll:' - nouns and their modifiers only, ending in a noun
    that can hold a statement, with a clause after the colon ('Ingredients: flour, sugar' has
    none); a bare singular noun other than a document's is a line's label ('Shelter:', 'Media
    contact:')."""
    # (a line's first word the tagger read as a name, no entity's, is a noun when listed: 'Minister: vaccine "safe"', 'Army:')
    if speaker_noun is None or len(before) > 3 or _pos(before[-1]) != "NOUN" or not speaker_noun(before[-1]):
        return False
    if any(t.pos_ not in ("NOUN", "ADJ", "DET", "PROPN", "PART") for t in before):
        return False
    if any(t.is_alpha for t in before) and all(t.is_upper for t in before if t.is_alpha):
        return False  # nouns in capitals head a section: 'OLYMPIC TRIALS:'
    if before[-1].tag_ in ("NN", "NNP") and before[-1].lemma_.lower() not in documents and not any(
            t.pos_ == "DET" or t.ent_type_ in _NAMED for t in before) and not _body_stating(before[-1], colon):
        return False
    if before[-1].lemma_.lower() in active_lexicon().speech_nouns and before[-1].lemma_.lower() not in documents:
        return False  # what is said, not who says it: 'The short answer:', 'Our verdict:' (a 'Memo:' is a document's)
    return _statement_after(colon) or quoted_claim(colon) and _body_stating(before[-1], colon)


def _body_stating(noun: Token, colon: Token) -> bool:
    """'Industry body: wine exports fell 7%', 'Regulator: banks must hold more capital': on the
    article's first line (its headline), a bare singular noun the lexicon lists as a body or a
    role (``Lexicon.speaking_nouns``; not 'Shelter:', 'Weekend weather:'), with only nouns before
    it ('Trade group:'; not 'Good news:'), before a clause with a verb in a tense of its own or a quotation
    after words of its own (``topics.quoted_claim``; not 'Media contact: Lena Buckridge', a label and its value)."""
    lemma = noun.lemma_.lower()
    doc = colon.doc
    if any(t.pos_ not in ("NOUN", "PROPN") and t.tag_ != "POS" for t in doc[colon.sent.start : noun.i]):
        return False  # (nouns naming it only, a possessor's too: 'Teachers' union:'; not 'Good news:', a verdict)
    if text_of(doc)[: text_of(doc).rfind("\n", 0, colon.idx) + 1].strip():
        return False  # the headline only: a line in the body labels what follows ('Fit guide: Measure X')
    return (lemma in active_lexicon().speaking_nouns or noun.lower_ in active_lexicon().speaking_nouns) and (any(
        t.tag_ in FINITE_TAGS for t in _after(colon)) or quoted_claim(colon))


def _pos(token: Token) -> str:
    """A token's part of speech, a common noun's for a word capitalised as its sentence's first that
    the lexicon lists as a body or a role and the NER names nothing ('Army: rebels retreat', the
    tagger's proper noun; not a name's last word: 'Cannes Film Festival:')."""
    if token.pos_ == "PROPN" and token.is_sent_start and not token.ent_type_ and (
            token.lower_ in active_lexicon().speaking_nouns):
        return "NOUN"
    return token.pos_


def _after(colon: Token) -> Span:
    """The words after a colon to the end of its sentence, or of the next when the parser ended
    the sentence at the colon ('Mayor:' | 'Budget is balanced')."""
    doc = colon.doc
    end = colon.sent.end if colon.i + 1 < colon.sent.end or colon.sent.end >= len(doc) else doc[colon.sent.end].sent.end
    return doc[colon.i + 1 : end]


def _statement_after(colon: Token) -> bool:
    """A clause after the colon: a verb, or a Title-Cased headline the tagger reads as names."""
    after = [t for t in _after(colon) if t.is_alpha]
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


def _no_voice(before: Span, colon: Token, common_nouns: frozenset[str]) -> bool:
    """Words before a colon that name no one who can speak (a person, a body, a role, a
    document): a section's label in capitals ('MEANWHILE IN THE PARLIAMENT:', 'THE BIG
    PICTURE:'; a name with a first name or a title speaks: 'JUDE MARLOWE:', 'SEN. DELACORTE:'),
    or a name of an event, a place or a thing (``topics.topic_heading``)."""
    words = [t for t in before if t.is_alpha]
    if len(words) > 1 and all(t.is_upper for t in words):
        first = words[0].text.title()
        return first.lower().rstrip(".") not in HONORIFICS and gender_of_first_name(first) is None
    return topic_heading(before, colon, common_nouns, active_lexicon().speaking_nouns)


def _only_questions(words: str) -> bool:
    """A turn that asks and says nothing: it ends with a question mark and no sentence in it ends otherwise."""
    words = words.rstrip("\"'\u201d\u2019 ")
    return words.endswith("?") and re.search(r"[.!][\"'\u201d\u2019]?\s", words) is None


def _turns(text: str, label: str) -> int:
    """How many lines the label opens ('MORALES: ...')."""
    return len(re.findall(rf"^{STAMP}?{re.escape(label)}:\s", text, re.MULTILINE))  # (after a time stamp: '[07:02] HOST:')


# a line opening with a name in capitals ('SEN. DELACORTE:', 'JUDE MARLOWE, co-founder:', 'MR. PENROSE (for the
# Crown):'; a transcript quoted paragraph by paragraph opens each with a mark: '"WALLACE: ...')
_LABEL_LINE = re.compile(rf"^{STAMP}?[\"\u201c]?([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){{0,2}})"
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
    capitals (a plural noun); or one line of a transcript whose other speaker speaks twice ('MARIA LOPEZ:' and
    'LOPEZ:' too), when the article names its speaker ('HARRIS:' after 'Mayor Renata Harris') or the label has a
    title ('DR. ABEL FURNESS:'); or a label that is another's surname or full name ('VOSS:' and 'LENA VOSS:'); a
    role in brackets after the name is no part of it."""
    line_start = text.rfind("\n", 0, before.start_char) + 1
    comma = next((t.i for t in before if t.text in (",", "(")), before.end)
    before = before.doc[before.start : comma]  # the name of 'JUDE MARLOWE, co-founder:', 'MR. PENROSE (for the Crown):'
    if not opens_after_stamp(text[line_start : before.start_char]) or not 0 < len(before) <= 3 or not all(
            t.text.rstrip(".").isalpha() and t.is_upper and len(t) > 1 for t in before):
        return False
    labels = _LABEL_LINE.findall(text)
    if _turns(text, before.text) > 1 or labels.count(before.text) > 1:
        return True
    # one turn of a transcript whose other speaker speaks twice (``transcript_speakers``: 'LOPEZ:' after 'MARIA LOPEZ:')
    if any(label != before.text and same_speaker(label, before.text) for label in labels):  # ('VOSS:', 'LENA VOSS:')
        return True
    if before[0].lower_.rstrip(".") in HONORIFICS | OFFICES and any(turns_of(labels, o) > 1 for o in set(labels) - {before.text}):
        return True
    # an oral history's voices, each speaking once: names with a first name ('SIMONE HARTIGAN:'), not a
    # live page's or a fact check's labels ('FULL TIME:', 'THE CLAIM:', 'RATING:')
    names = {label for label in labels if " " in label and gender_of_first_name(label.split()[0].title())}
    if len(names) >= 3 and before.text in names:
        return True
    return before.text.title() in text and any(turns_of(labels, o) > 1 and not same_speaker(o, before.text) for o in labels)


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
    if (len(words) > 1 or len(before.text) > 3) and len(words) <= 3 and all(w.isupper() and len(w) > 1 for w in words) and len(
            [line for line in text[:line_start].splitlines() if line.strip()]) <= 2:
        # 'NEW DELHI: The Congress on Friday ...' opening the story under its headline (and byline): a
        # dateline, the only label of its kind in the text, whatever the NER made of it ('BENGALURU:' a body)
        return len(set(_LABEL_LINE.findall(text))) < 2
    if any(t.ent_type_ in ("PERSON", "ORG") for t in before):
        return False  # 'AP:', 'EXCLUSIVE - Roger Stone:'
    if len(words) == 1 and len(before.text) > 1 and before.text[0] != "@" and all(t.is_upper for t in before if t.is_alpha):
        return len(set(_LABEL_LINE.findall(text))) < 2  # not a turn of two speakers ('HOST:', 'MORALES:')
    root = before.root
    return (speaker_noun is not None and root.pos_ == "NOUN" and not root.ent_type_ and root.is_alpha
            and (root.is_lower or root.i == before.start < before.end - 1) and not speaker_noun(root))


def _answer_turn(text: str, before: Span) -> bool:
    """A line of a Q-and-A's answer ('A:', 'Solberg:' answering 'The Ledger:'; ``interviews``):
    its speaker's own words, whom the speaker resolver finds (the one interviewed)."""
    found = layout(text)
    if found is None or before.text not in found.answers or not opens_its_line(text, before.text, before.start_char):
        return False
    if not unnamed_answer(before.text):
        return True
    # someone is named in the sentence before the first question ('Asked about his future, Duffy
    # was blunt.'); an explainer's questions ('What does it mean for you?') are the writer's
    # (past an editor's note on the interview: 'It has been edited for length and clarity.')
    ahead, passed = [], []
    for sent in reversed([s for s in before.doc.sents if s.end_char <= found.first]):
        if _section_label(text, sent):
            return False  # 'Questions & answers', 'FAQ': a page's own questions, no one interviewed
        if not bridges(sent.text):
            ahead = [sent]
            break
        passed.append(sent)
    if not ahead:  # no one named before: an interview (an editor's note, someone named in a sentence
        # about them, a question to 'you': 'When did you ...?'), not a page's own questions asked as
        # its reader would ('How do I delete my account?', 'Does the app work offline?')
        return any(EDITORS_NOTE.search(s.text) or names_someone(s) for s in passed) or asks_someone(text, found)
    return names_someone(ahead[0]) and not readers_letters(text, found, ahead[0])  # (not an advice column's: ``interviews``)



def _section_label(text: str, sent: Span) -> bool:
    """A heading of its own line that names the section a kind of text ('Questions & answers',
    'Frequently asked questions', 'FAQ'; ``labels``)."""
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.start_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line == sent.text.strip() and line_label(sent, active_lexicon().line_labels)


def _question_turn(text: str, before: Span) -> bool:
    """A line of a Q-and-A's question ('Q:', 'Interviewer:', 'The Ledger:', the interviewer's
    'Marsh:'): the publication's own voice, no statement ('The Ledger: You cut 600 jobs.')."""
    return ((found := layout(text)) is not None and before.text in found.questions  # (not a senator's: ``hearing_turns``)
            and opens_its_line(text, before.text, before.start_char) and not office_statement(text, before))


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
    # (not one inside brackets: 'Brevant Genetics Inc. (NASDAQ: BRVT) today announced X' labels a ticker)
    doc, words = sent.doc, words_of(sent.doc).text
    colon = next((doc[i] for i in positions(words, ":", sent.start, sent.end) if not _bracketed(sent, doc[i])), None)
    if colon is None or colon.i == sent.start or explainer_heading(colon):
        return None  # (nor 'Visa rules: what changes in April', a heading, ``labels``)
    return (_named_colon(text, sent, colon, index, sentences, labels, speaker_noun, common_nouns, documents)
            or _quoted_headline(text, sent, colon, index, speaker_noun) or _manner_colon(text, sent, colon, index, speaker_noun)
            or _wire_source(text, sent, colon, index, speaker_noun))


def _bracketed(sent: Span, token: Token) -> bool:
    """Whether ``token`` lies inside brackets opened before it in its sentence and closed after it."""
    forms = words_of(sent.doc).text  # (the words' list: no Token made for each word of the sentence)
    opened = forms[sent.start : token.i].count("(") - forms[sent.start : token.i].count(")")
    return opened > 0 and ")" in forms[token.i + 1 : sent.end]


_COLON_SPEAKER_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])


def _manner_colon(
    text: str, sent: Span, colon: Token, index: int, speaker_noun: Callable[[Token], bool] | None,
) -> Candidate | None:
    """'The coach was blunt: "We were not good enough."': a speaker, a copula and the manner
    of what follows (one adjective, with when or where: 'was blunt after the defeat:'), then a
    quotation after the colon."""
    doc = sent.doc
    # ('was blunt after the defeat: "..."': when or where, not what about)
    when = next((t for t in doc[sent.start : colon.i - 1] if t.dep_ == "prep" and t.right_edge.i == colon.i - 1
                 and t.lower_ in ("after", "before", "during", "following", "at") and t.i > sent.start), None)
    adjective = doc[when.i - 1] if when is not None else doc[colon.i - 1]
    be = adjective.head
    if (adjective.dep_ != "acomp" or be.lemma_ != "be" or not be.i < adjective.i
            or when is not None and when.head not in (be, adjective)):
        return None
    if any(t.dep_ not in ("advmod", "neg") for t in doc[be.i + 1 : adjective.i]):
        return None  # 'was very blunt', not 'was blunt about the cuts'
    subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subject is None or not speaker_opens(subject, be, sent) or not (
            subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN"
            or subject.lower_ in _COLON_SPEAKER_PRONOUNS or speaker_noun is not None and speaker_noun(subject)):
        return None
    opening = next((t for t in doc[colon.i + 1 : sent.end] if not t.is_space), None)
    closing = QUOTE_PAIRS.get(opening.text) if opening is not None else None
    if opening is None or closing is None:
        return None  # only a quotation: 'The mood was grim: shops were shut' is the writer's
    end = text.find(closing, opening.idx + 1, sent.end_char)
    piece = trim_content(text, opening.idx + 1, end if end > 0 else sent.end_char)
    cue = (be.idx, colon.idx + 1) if when is None else (be.idx, adjective.idx + len(adjective))
    return quoted_by(text, cue, subject, piece, index)


def _wire_source(text: str, sent: Span, colon: Token, index: int,
                 speaker_noun: Callable[[Token], bool] | None) -> Candidate | None:
    """'N. Korea fires missile into East Sea: JCS': a wire headline (a line of its own with no
    closing stop) ends in a colon and its source, up to four words naming a body or a person; the
    clause before the colon, with a verb, is what the source says (not 'The week in review: Ana
    Ruiz', which has no verb, nor a date: 'What the papers say: Thursday')."""
    doc = sent.doc
    line_start = text.rfind("\n", 0, colon.idx) + 1
    line_end = text.find("\n", colon.idx) if "\n" in text[colon.idx :] else len(text)
    line = text[line_start:line_end].rstrip()
    # (the sentence may end at the colon: the parser splits 'X: JCS' there)
    named = [t for t in doc[colon.i + 1 : min(colon.i + 8, len(doc))] if t.idx < line_end and not t.is_space]
    if line_start < sent.start_char or not line or line[-1] in ".?!\"'\u201d\u2019" or not 1 <= len(named) <= 4:
        return None
    before = [t for t in doc[sent.start : colon.i] if not t.is_punct]
    head = named[-1]
    if len(before) < 3 or not states(before) or not names_a_speaker(named, speaker_noun, _NAMED):
        return None
    piece = trim_content(text, sent.start_char, colon.idx)
    if piece is None:
        return None
    return Candidate(cue=(colon.idx, colon.idx + 1), source=(named[0].idx, head.idx + len(head)), contents=[piece],
                     nature=SPEECH, source_token=head.i, sentence=index, confidence=0.6)


def quoted_by(text: str, cue: tuple[int, int], subject: Token, piece: tuple[int, int] | None,
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
    before = after_stamp(sent, colon)  # (not a time stamp opening the line: '[07:02] HOST NAME: X')
    named = (any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in before) and not _topic(before, common_nouns)
             # 'ALBUM REVIEW:', 'Screenshot:': the language's common nouns, no entity's, head a section
             and not all(t.lower_ in common_nouns and not t.ent_type_ for t in before)
             and (not before[-1].is_lower or any(t.ent_type_ in _NAMED for t in before) and _statement_after(colon)))
    # 'Team news:', 'Media contact: Lena Buckridge' are labels: their head is no name
    if _question_turn(text, before) or operator_turn(before):
        return None  # an interviewer's question is no statement, nor a call operator's turn ('OPERATOR: Next is X')
    answer, transcript = _answer_turn(text, before), _transcript_label(text, before)
    named = named or answer or transcript or _name_and_role(text, before) or before.text[:1] == "@" and before[0].pos_ == "PROPN"
    if not (answer or transcript) and _heading(text, before, speaker_noun):
        return None
    if not (answer or transcript or _name_and_role(text, before)) and _no_voice(before, colon, common_nouns):
        return None
    if not (answer or transcript) and (_possessed_label(before, documents) or _thing_label(before, speaker_noun, documents)):
        return None
    spoken = named or _speaker_noun(before, colon, speaker_noun, documents)
    if len(before) > 6 and not _name_and_role(text, before) or not (
            spoken or _capitalised_name(text, before, colon, common_nouns)):
        return None
    if any(t.pos_ == "VERB" and not t.is_punct or t.pos_ == "AUX" and t.is_lower and t.tag_ in FINITE_TAGS for t in before) and (
            not transcript) or line_label(before, labels):  # (nor a clause: 'The task is hard:'; a glyph read as a verb is none)
        return None  # not 'Sarah Silverman heckles Sanders supporters:'; 'FARID CASTELLANE:' ('FARID' a verb) is a label
    if any(t.ent_type_ in ("DATE", "TIME") for t in before) and not transcript:
        return None  # 'Monday: sunny': a heading, not a speaker
    after_start = colon.idx + 1
    after_end = sent.end_char
    if after_end - after_start < 3 and index + 1 < len(sentences):
        after_end = sentences[index + 1].end_char
    line_start = text.rfind("\n", 0, before.start_char) + 1
    turn = opens_after_stamp(text[line_start : before.start_char])
    if turn:
        # 'NAME: ...' opening a paragraph (a transcript turn): the turn runs to the line's end
        line_end = text.find("\n", colon.idx)
        after_end = max(after_end, line_end if line_end >= 0 else len(text))
    piece = trim_content(text, after_start, after_end)
    if piece is None or not any(ch.isalpha() for ch in text[piece[0] : piece[1]]) or _figure_line(sent.doc, piece) or (
            turn and figure_items(text, line_start)):  # (a line of key figures: 'Displaced: 52,000. Clinics closed: 14.')
        return None  # 'Clinton: 1,769', 'Hartigan: $3.1m', '- Wexley Infirmary: 54% within four hours': a tally
    if turn and _only_questions(text[piece[0] : piece[1]]):
        return None  # 'HOST: What message do you have for the fans?': a question is no statement
    first = next((t for t in sent.doc[colon.i + 1 :] if t.idx >= piece[0]), None)
    if (first is not None and first.tag_ == "VB" and first.is_lower and first.dep_ in ("ROOT", "ccomp", "parataxis", "conj")
            and not (answer or transcript) and (not turn or text[line_start : line_start + 1] in "-*\u2022\u2013")):
        return None  # '- Citizens Helpline: call 0808 555 0101': a list's instruction, no statement
    # (not a document's: a title-case 'Poll: Voters Split on X' has verbs the tagger missed)
    if turn and not (answer or transcript) and _subtitle(sent.doc, colon, piece) and _turns(text, before.text) < 2 and (
            not any(t.lemma_.lower() in documents for t in before)) and before.text[:1] != "@":  # (a handle heads no title)
        return None  # 'The Quiet Engineer: A Conversation with Maren Tolliver': a title and its subtitle
    # (a person's name before a body's: 'Pat Cullen, chief executive of the Royal College of Nursing:')
    head = max(before, key=lambda t: (t.ent_type_ == "PERSON", t.pos_ == "PROPN", -abs(t.i - colon.i)))
    return Candidate(
        cue=(colon.idx, colon.idx + 1),
        source=trim(text, before.start_char, before.end_char),
        contents=[piece],
        nature=SPEECH,
        source_token=head.i,
        sentence=index, confidence=0.6,
        # a transcript's turn is the speaker's words, set down without quotation marks: a label
        # that opens two lines or more (not a list's 'Rubio: Finish second', nor 'h/t: Breitbart'), or a Q-and-A's 'A:'
        verbatim=turn and (index > 0 or transcript) and (_turns(text, before.text) > 1 or transcript or answer),
    )


def _possessed_label(before: Span, documents: frozenset[str]) -> bool:
    """"Critic's notebook:", "Editor's note:", "Reporter's diary:": words before a colon that end in a
    common noun someone owns that can neither speak (a role, a body: "Trump's lawyer:") nor be
    said or written ("The minister's reply:", "The council's report:") - a column's label, the
    owner's thing, not a speaker."""
    last = before[-1]
    lex = active_lexicon()
    lemma = last.lemma_.lower()
    return (last.pos_ == "NOUN" and last.is_lower and any(c.dep_ == "poss" for c in last.children)
            and lemma not in lex.speaking_nouns and last.lower_ not in lex.speaking_nouns
            and lemma not in lex.speech_nouns and lemma not in lex.belief_nouns and lemma not in documents)


def _thing_label(before: Span, speaker_noun: Callable[[Token], bool] | None, documents: frozenset[str]) -> bool:
    """Words before a colon that end in a common noun naming a thing or an event, no one who
    speaks and nothing written, or headed by one before its phrase: a topic ('Al-Shabaab attack:', 'Another worry for
    Holt:'; not 'Apple spokesperson:', 'Jobs report:', nor a label a name owns: 'WSJ editorial:')."""
    last = before.root if before.root.pos_ == "NOUN" and any(c.dep_ == "prep" for c in before.root.rights) else before[-1]
    if speaker_noun is None or len(before) < 2 or last.pos_ != "NOUN" or last.ent_type_ or not last.is_alpha:
        return False
    return last.lemma_.lower() not in documents and not speaker_noun(last) and not source_like(active_lexicon(), last)


def _subtitle(doc: Doc, colon: Token, piece: tuple[int, int]) -> bool:
    """Words after a line's colon that make no statement: no verb of a clause and no quotation
    ('A Conversation with Maren Tolliver', 'Saturday 21 June, 12pm-5pm, Kettleby Green'; not a denial, 'no new parks')."""
    words = doc[colon.i + 1 : bisect_left(starts_of(doc), piece[1], colon.i + 1)]  # (the words before its end, no more)
    return not any(t.tag_ in (*FINITE_TAGS, "VB", "VBG", "VBN") or t.is_quote for t in words) and not quoted_claim(colon)


QUOTED_LINE = re.compile(r"[^\S\n]*[\"\u201c\u2018'\u00ab]([^\n]{2,200}?)[\"\u201d\u2019'\u00bb][^\S\n]*")


def _quoted_headline(text: str, sent: Span, colon: Token, index: int,
                     speaker_noun: Callable[[Token], bool] | None = None) -> Candidate | None:
    """A headline opening with a quotation, a colon, then a clause whose subject said it:
    "'We have nothing left': farmers count the cost of the floods". The subject of the
    clause after the colon is the source when it is a noun or a name; before it, the speaker named
    before 'on' or 'about' or the owner of the words named (``headline_speakers``)."""
    line_start = text.rfind("\n", 0, colon.idx) + 1
    if line_start > sent.start_char:
        return None
    m = QUOTED_LINE.fullmatch(text, line_start, colon.idx)
    if m is None:
        return None
    piece = trim_content(text, m.start(1), m.end(1))
    said = [t for t in sent.doc[sent.start : colon.i] if m.start(1) <= t.idx < m.end(1)]
    named = owner_of_words(sent, colon, speaker_noun) or (  # "'Send them back': minister's remarks spark row"
        speaker_on(sent, colon, speaker_noun) if any(t.pos_ in ("VERB", "AUX") for t in said) else None)
    if named is not None and piece is not None:  # (a clause quoted: not a title's "'Oppenheimer': Nolan on his film")
        return Candidate(cue=(colon.idx, colon.idx + 1), source=(named.start_char, named.end_char), contents=[piece],
                         nature=SPEECH, source_token=named[-1].i, sentence=index, confidence=0.6, quoted=True)
    subject = next((t for t in sent.doc[colon.i + 1 : sent.end] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.head.i <= colon.i:
        return None
    return quoted_by(text, (colon.idx, colon.idx + 1), subject, piece, index)


#: a tail's source of one pronoun: people, not 'it' (a report, or nothing: 'it seems')
