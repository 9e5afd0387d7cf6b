"""Sourcing phrases: '..., according to the AP', 'According to X, Y', 'Per X, Y', 'In the view of the
auditors, Y', 'in the words of one aid worker, Y'. The phrase names the source; the content is
the clause it hangs on, without the phrase and the words that describe the source."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from .according_edges import in_brackets, misread_relative, quoted_alone, run_on_source
from .candidate import ACCORDING, BELIEF, SPEECH, Candidate, trim, trim_content
from .descriptions import group_nouns as _group_nouns
from .lexicon import Lexicon
from .syntax import first_child, source_like, source_span, subtree_span
from .tables import text_of
from .viewpoints import holds_the_viewpoint

_COMMA = re.compile(r",(?!\d{3}\b)")  # not the thousands comma of '2,000'


def according_to(lex: Lexicon, text: str, token: Token, sent: Span) -> Candidate | None:
    """'..., according to the AP' and 'According to X, Y' (and 'as per X', as Indian and
    African English write it, and a bare 'Per X, Y' or '..., per X', ``bare_per``); a role
    (``role_nouns.txt``) takes the name set beside it ('according to the regional auditor, Piet Varn')."""
    link = "per" if token.lower_ in ("as", "per") else "to"
    to = token if token.lower_ == "per" else next((c for c in token.children if c.lower_ == link), None)
    if to is None and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == link:
        to = token.nbor(1)
    if to is None:
        return None
    pobj = first_child(to, "pobj") or _name_left_bare(to, sent)
    if pobj is None or quoted_alone(lex, token, pobj):  # '"according to the rules"': the speaker's words (according_edges.py)
        return None
    if link == "per" and not (pobj.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or pobj.lemma_.lower() in (
            lex.role_nouns | lex.organisation_words | lex.public_bodies)):
        return None  # 'as per the rules', 'as per usual': in keeping with, no source
    if pobj.pos_ == "NOUN" and not pobj.ent_type_ and not source_like(lex, pobj) and (
            not set_off(text, sent, token.idx, sent.end_char) or pobj.tag_ == "NN" and not pobj.n_lefts + pobj.n_rights):
        # a thing that cannot speak, bound to the verb: 'paid strictly according to certified works',
        # 'shared according to your ownership' (in keeping with); or bare: 'according to schedule, X';
        # set off with a clause it is the source ('According to the timeline, she left at 7:05'; only
        # the comma before it counts: the parser may run the source's words on into the clause)
        return None
    if (pobj.tag_ == "NN" and not pobj.n_lefts and all(c.dep_ == "prep" for c in pobj.rights)
            and pobj.lemma_.lower() in lex.plan_nouns):
        return None  # a bare plan no one holds: 'according to plan (for X)', 'according to policy' (in keeping with)
    if pobj.lemma_.lower() in lex.keeping_nouns and pobj.is_lower:  # 'according to their own preference', 'to taste'
        return None  # (a wish, a taste or a measure, even set off: ``keeping_nouns.txt``; not a name, 'The Age', 'Age UK')
    source = source_span(text, pobj)
    # the first comma that is not inside a number ('a survey of 2,000 adults')
    comma = next((m.start() for m in _COMMA.finditer(text, source[0], source[1])), -1)
    if comma > 0:  # 'according to the AP, 571 delegates ...': the parser's apposition
        source = trim(text, source[0], comma)
    if pobj.pos_ == "NOUN" and pobj.lower_ in lex.role_nouns:
        source = (source[0], _name_beside(text, sent, source[1]) or source[1])
    elif pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _group_nouns():
        source = (source[0], _name_beside(text, sent, source[1], body=True) or source[1])
    described = _description_end(pobj)
    if not described:
        described = _set_off_description(lex, sent, source[1])
    extra = token.doc.char_span(source[1], described, alignment_mode="expand") if described > source[1] else None
    if extra is not None and any(t.lemma_.lower() in lex.speaking_nouns or t.pos_ == "PROPN" or t.tag_ in ("WP", "WP$")
                                 for t in extra):
        # '... according to Priya Natarajan, senior economist at Westmark Bank.': the words describing
        # the source are the source's, as in 'X, ROLE, said' (PolNeAR's sources are maximal); not the
        # writer's comment set beside it ('according to data from HDB, the fastest increase since 2021')
        source = trim(text, source[0], max(source[1], described))
    phrase = (token.idx, max(source[1], to.idx + 2, described))
    filed = _filed_after(token.doc, phrase[1])
    phrase = (phrase[0], filed) if filed is not None else phrase  # 'According to the lawsuit, filed on Monday, X'
    listed = _listed_after(token.doc, phrase[1], sent, pobj)
    phrase = (phrase[0], listed) if listed is not None else phrase  # '..., according to documents, including X'
    made = _made_after(token.doc, phrase[1], sent)
    if made is not None:  # '... according to filings with the FEC released Thursday night': the filings'
        source, phrase = (source[0], made), (phrase[0], made)
    why = _why_unnamed(token.doc, phrase[1])
    if why is not None:  # '... on condition of anonymity because they were not authorized to X': the source's
        phrase = (phrase[0], subtree_span(why)[1])
    stranded = _stranded_complement(lex, token.head, pobj)
    if stranded is not None:
        source = trim(text, source[0], stranded)
        phrase = (token.idx, stranded)
    source, phrase, clause = run_on_source(token, sent, source, phrase)  # ('..., according to a memo kept secret')
    contents = in_brackets(text, sent, phrase, sourced_clause(text, token, sent, phrase, clause))
    closed = _title_closed(text, source, sent.end_char)
    if closed is not None:  # 'according to his book "Title."': the title's closing mark is the source's
        source = (source[0], closed)
    if not contents:
        return None
    return Candidate(
        cue=(token.idx, to.idx + len(to)),
        source=source,
        contents=contents,
        nature=ACCORDING,
        source_token=pobj.i,
    )


def _title_closed(text: str, source: tuple[int, int], end: int) -> int | None:
    """Where the quoted title that ends a source closes when only its closing marks follow it to
    the sentence's end (the parser left the mark out of the source)."""
    rest = text[source[1] : end]
    words = text[source[0] : source[1]]
    opened = words.count('"') % 2 == 1 or words.count("''") % 2 == 1 or words.count("“") > words.count("”")
    if not opened or not rest.strip() or any(ch.isalnum() for ch in rest):
        return None
    mark = max(rest.rfind('"'), rest.rfind("”"), rest.rfind("'"))  # (or the two apostrophes some wires write)
    return source[1] + mark + 1 if mark >= 0 else None


def _name_left_bare(to: Token, sent: Span) -> Token | None:
    """'..., according to the F.A.A.' read with the name hung on no preposition (its stops taken
    for the sentence's end): the name that closes the sentence right after 'to' is its object."""
    if to.n_lefts or to.n_rights:
        return None
    words = [t for t in to.doc[to.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not 1 <= len(words) <= 3 or words[-1].pos_ != "PROPN" or any(t.pos_ != "PROPN" and t.lower_ != "the" for t in words):
        return None
    return words[-1]


def bare_per(token: Token, sent: Span) -> bool:
    """'Per the ministry, 40 clinics are closed', '..., per CTV News': a bare 'per' set off at
    the sentence's start or after a comma names a source as 'according to' does (the source must
    be a name, a role or a body: ``according_to``); not '$5 per share', 'per capita'."""
    if token.dep_ != "prep" or first_child(token, "pobj") is None:
        return False
    if token.i == sent.start:
        return any(t.text == "," for t in token.doc[token.right_edge.i + 1 : token.right_edge.i + 2])
    return token.doc[token.i - 1].text == "," and token.right_edge.i + 1 >= sent.end - 1


def _after_phrase(doc, end: int) -> Token | None:
    """The token right after a phrase whose last token ends at ``end``; None at the text's end."""
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    return doc[last.end] if last is not None and last.end < len(doc) else None


def _made_after(doc, end: int, sent: Span) -> int | None:
    """Where a participle right after a sourcing phrase that ends the sentence ends: 'according
    to filings released Thursday night', which the parser may read as a verb joined to the
    sentence's own ('released' a past tense with no subject); None when there is none."""
    verb = _after_phrase(doc, end)
    if verb is None or verb.i >= sent.end or verb.tag_ not in ("VBN", "VBD") or not verb.lower_.endswith("ed") or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.right_edge.i + 1 : sent.end]) or verb.left_edge.i != verb.i:
        return None  # (only at the sentence's end)
    return subtree_span(verb)[1]


def _filed_after(doc, end: int) -> int | None:
    """Where a participle set off by commas right after a sourcing phrase ends: 'According to the lawsuit, filed in
    federal court on Monday, guards ignored X' (the lawsuit's, not the content); None when there is none."""
    comma = _after_phrase(doc, end)
    if comma is None or comma.text != "," or comma.i + 1 >= len(doc):
        return None
    verb = doc[comma.i + 1]
    # (the parser may hang the phrase itself on the participle: nothing else may come before it; a participle the
    # tagger took for a past tense, with no subject: 'According to the assessment, published an hour before the debate')
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("advcl", "acl") or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") or comma.i < c.i < verb.i for c in verb.children):
        return None
    last = verb.right_edge.i
    return subtree_span(verb)[1] if last + 1 < len(doc) and doc[last + 1].text == "," else None


def _listed_after(doc, end: int, sent: Span, source: Token) -> int | None:
    """Where an 'including' set off by a comma right after a sourcing phrase ends: 'according to
    documents she provided, including pay slips and a contract' lists the sources, no part of the
    content; only after a plural source (a singular one has no members: 'Costs rose, according to
    the report, including fuel and rent' lists the costs), and when the list ends the sentence or
    a comma closes it; None when there is none."""
    comma = _after_phrase(doc, end)
    if source.tag_ not in ("NNS", "NNPS") or comma is None or comma.text != "," or comma.i + 1 >= sent.end:
        return None
    word = doc[comma.i + 1]
    if word.lower_ != "including" or word.dep_ != "prep" or word.left_edge.i != word.i:
        return None
    last = word.right_edge.i
    if any(not (t.is_punct or t.is_space) for t in doc[last + 1 : sent.end]) and doc[last + 1].text != ",":
        return None
    return subtree_span(word)[1]


def _why_unnamed(doc, end: int) -> Token | None:
    """The clause right after a source that says why it speaks unnamed: 'because they were not
    authorized to discuss the talks' (a negated passive opened by 'because')."""
    mark = _after_phrase(doc, end)
    clause = mark.head if mark is not None and mark.lower_ == "because" and mark.dep_ == "mark" else None
    if clause is None or not any(c.dep_ == "neg" for c in clause.children) or not any(
            c.dep_ == "auxpass" for c in clause.children):
        return None
    return clause


def _description_end(name: Token) -> int:
    """Where the words describing a source set off after its name end ('according to Maria
    Ortiz, a pollster who ran the survey,', '... to Ortiz, who ran it.', '... to the board - a
    group of bankers'): they belong to the source, not to what it says. 0 when there are none,
    or when they run on into a verb: then the parser took the content's subject for an
    apposition ('According to the AP, 571 delegates have pledged ...')."""
    doc = name.doc
    end = 0
    second = _second_subject(name)
    if second is not None:
        return doc[second.right_edge.i].idx + len(doc[second.right_edge.i])
    # (or on a noun inside its phrase, ending it: 'according to people familiar with the matter, who asked not to be identified')
    ending = [t for t in name.subtree if t.head.i != name.i and t.head.i > name.i and t.right_edge.i == name.right_edge.i]
    for child in [*name.rights, *ending]:
        if child.dep_ not in ("appos", "relcl") or not doc[child.left_edge.i - 1].is_punct:
            continue
        last = child.right_edge.i
        while last + 1 < len(doc) and doc[last + 1].text in (")", "]") and doc[child.left_edge.i - 1].text in ("(", "["):
            last += 1  # 'the National Water Services Commission (SPAN)': the bracket closes the description
        if last + 1 < len(doc) and not doc[last + 1].is_punct:
            return 0
        end = doc[last].idx + len(doc[last])
    return end


def _set_off_description(lex: Lexicon, sent: Span, end: int) -> int:
    """Where a description set off by commas after an opening 'According to X' ends when the
    parser hung it elsewhere ('According to her lawyer, Ana Ruiz, she never signed';
    '... to Paul Greaves, the campaign's former finance director, he had raised'): words with
    no verb between two commas, a name in capitals or a noun that can name a source, and a
    clause with its subject after them. 0 when there is none: 'According to the AP, last
    year, 571 delegates ...' sets off a time, not the source."""
    doc = sent.doc
    words = [t for t in sent if t.idx > end]
    if not words or doc[words[0].i - 1].text != "," or doc[words[0].i - 1].idx != end:
        return 0
    close = next((i for i, t in enumerate(words[:12]) if t.text == ","), None)
    # (or one that closes the sentence after a name: '..., according to Statcom, the national statistics agency.')
    tail = [t for t in words if not t.is_punct and not t.is_space]
    if close is None and 0 < len(tail) <= 8 and tail[-1].i + 1 >= sent.end - 1 and doc[words[0].i - 2].pos_ == "PROPN":
        close = len(tail)
    if not close:
        return 0
    inside, rest = words[:close], words[close + 1:]
    if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") and t.lower_ not in ("of", "at", "for")
           for t in inside) or inside[0].pos_ in ("ADP", "ADV") or any(t.ent_type_ in ("DATE", "TIME") for t in inside):
        return 0
    head = [t for t in inside if t.pos_ in ("NOUN", "PROPN")]
    name = len(head) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in inside)
    if not head or not (name or head[-1].lemma_.lower() in lex.speaking_nouns or any(
            t.lemma_.lower() in lex.speaking_nouns for t in inside if t.dep_ != "compound")):
        return 0
    if rest and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest[:4]) or not rest and close != len(tail):
        return 0
    return inside[-1].idx + len(inside[-1])


def _second_subject(name: Token) -> Token | None:
    """A description set off after the name that the parser made a first subject of the clause
    ('According to Ahmed Saleh, a UN spokesman, the camp is full': 'spokesman' and 'camp' both
    subjects of 'is'); a clause has one subject, the one after the description."""
    doc = name.doc
    comma = name.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    first = doc[comma + 1]
    while first.head.i != first.i and first.head.i <= first.i + 8 and first.dep_ not in ("nsubj", "nsubjpass"):
        first = first.head
    if first.dep_ != "nsubj" or first.left_edge.i != comma + 1:
        return None
    last = first.right_edge.i
    if doc[last].text == ",":  # the parser may hang the closing comma on the description
        last -= 1
    if last + 1 >= len(doc) or doc[last + 1].text != "," or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > last for c in first.head.children):
        return None
    return first


#: what completes a copula ('is a disaster', 'is dead', 'is in ruins')
_COMPLEMENTS = frozenset(["attr", "acomp", "oprd", "ccomp", "xcomp", "dobj"])


def _stranded_complement(lex: Lexicon, head: Token, holder: Token) -> int | None:
    """Where the comma before a copula's complement is when the parser hung the complement on
    the holder of a sourcing phrase set off inside the clause ('The camp is, according to one
    aid worker, a disaster': 'a disaster' read as a description of the worker); None when the
    copula has a complement of its own or the words after the comma can describe a holder
    ('..., according to Bill Moss, a pollster who ran the poll')."""
    if head.lemma_ != "be" or any(c.dep_ in _COMPLEMENTS for c in head.children):
        return None
    doc = holder.doc
    appos = next((c for c in holder.rights if c.dep_ == "appos"), None)
    if appos is None or appos.pos_ != "NOUN" or appos.ent_type_ or appos.lemma_.lower() in lex.speaking_nouns:
        return None  # a name, or a noun of people: a description of the holder
    comma = appos.left_edge.i - 1
    while comma > holder.i and doc[comma].is_quote:  # ', "a disaster waiting to happen"'
        comma -= 1
    return doc[comma].idx if doc[comma].text == "," and comma > holder.i else None


def view_phrase(lex: Lexicon, text: str, token: Token, sent: Span) -> Candidate | None:
    """'In the view of the auditors, Y', 'in Ortiz's opinion, Y', 'Y, in the eyes of many
    voters', 'By her own account, Y': a noun of view (``token``, one of ``view_nouns.txt``) in a
    phrase with 'in' (or 'by', with a possessor) names whose view the clause it hangs on is; the
    holder is the noun's 'of' object or possessor."""
    prep = token.head
    by = prep.lower_ == "by" and token.lower_ in lex.by_views  # 'By her own account, Y': a possessor's
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.view_prepositions.get(token.lower_, ()):
        return None  # ('in', 'by' for +by; 'From the farmers' perspective, Y' for +from; "To the coach's mind, Y" for +to)
    if any(c.dep_ == "det" and c.lower_ != "the" for c in token.children) or not any(
            c.dep_ in ("det", "poss") for c in token.children):
        return None  # 'in a view of the harbour', 'in this view', 'in view of the risks' ('his view' is a possessor)
    holder = next((c for c in token.children if c.dep_ == "poss"), None)
    if by and (holder is None or holder.lower_ in ("my", "our")):
        return None  # 'by the count of votes': no one's; 'By our count': the writer's own
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if holder is not None and of is not None:
        return None  # 'in his assessment of the market': 'of' names what is judged
    if holder is None and of is not None:
        holder = first_child(of, "pobj")
    if holder is None or holder.pos_ not in ("NOUN", "PROPN", "PRON") or (
            prep.lower_ in ("from", "to") and not holds_the_viewpoint(lex, holder)):
        return None  # ('from the perspective of cost': no one's; 'To my mind, Y': the writer's (viewpoints.py))
    lo, hi = subtree_span(prep)
    if not set_off(text, sent, lo, hi):
        return None  # 'tears in their eyes', 'who in their right mind would ...': no aside
    source = source_span(text, holder)
    head = prep.head
    stranded = _stranded_complement(lex, head, holder)
    if stranded is not None:
        source = trim(text, source[0], stranded)
    if holder.dep_ == "poss":  # "Ortiz's": the possessive ending is no part of the name
        source = trim(text, source[0], holder.idx + len(holder))
        end = token.idx + len(token)
    else:
        end = max(source[1], token.idx + len(token))
        hung = [c for c in token.rights if c.dep_ == "prep" and c.i > holder.i and not c.doc[c.i - 1].is_punct]
        if hung:  # 'in the words of one official in the room': the holder's words, hung on the noun
            end = max(end, subtree_span(hung[-1])[1])
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head  # 'The bridge, in the eyes of many, is ...': the parser hangs it on the subject
    if head.dep_ == "ccomp":
        return None  # 'he says X was handled well in his view': the report holds the view
    if _reporter(lex, head, prep):
        return None  # 'In her written opinion, the judge wrote that X': the opinion a document, the judge reports
    contents = sourced_clause(text, prep, sent, (prep.idx, end), head)
    if not contents:
        return None
    cue_end = of.idx + len(of) if of is not None and holder.dep_ != "poss" else token.idx + len(token)
    return Candidate(
        cue=(prep.idx, cue_end),
        source=source,
        contents=contents,
        nature=SPEECH if token.lower_ in lex.spoken_views else BELIEF,  # 'in the words of X'
        source_token=holder.i,
    )


def _reporter(lex: Lexicon, head: Token, prep: Token) -> bool:
    """Whether the clause a view phrase hangs on is itself a report by someone named after the
    phrase ('In her opinion, the judge wrote that X'): a verb of saying with a subject of people and
    a clause of its own, which reports the clause; the phrase names where it was said."""
    if head.lemma_.lower() not in lex.speech or not any(c.dep_ in ("ccomp", "xcomp") and c.i > head.i for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i > prep.i), None)
    return subject is not None and (subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in lex.speaking_nouns)


def sourced_clause(
    text: str, token: Token, sent: Span, phrase: tuple[int, int], head: Token | None = None,
) -> list[tuple[int, int]]:
    """The content of a sourcing phrase (``phrase``, from ``token``): the clause the phrase
    hangs on (``head``, by default the token's head: '..., which stood at 263, according to
    the AP'), the whole sentence when it hangs on the main verb, without the phrase itself."""
    head = misread_relative(token.head) if head is None else head  # ('The magnitude 6.8 quake struck, according to X')
    while head.dep_ in ("aux", "auxpass", "neg") and head.head.i != head.i:
        head = head.head  # 'According to X, the candidate is once again leading': hung on the auxiliary
    last = _last_conjunct(token, head, phrase[1])
    if last is not None:
        return last
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < token.i and set_off(text, sent, token.idx, phrase[1]):
        head = head.head  # 'The number of cases, according to the ministry, rose to 41': the clause's
    if (head.dep_ in ("conj", "advcl") and head.left_edge.i >= token.i and head.head.i < token.i
            and set_off(text, sent, token.idx, phrase[1])):
        head = head.head  # 'Talks collapsed, according to aides, after X failed': hung on the clause after it
    if head.i > token.i and head.dep_ in ("advcl", "acl") and subtree_span(head)[1] <= phrase[1]:
        head = head.head  # 'According to the lawsuit, filed in court on Monday, guards ignored X': hung on the phrase's own
    if (head.dep_ == "ccomp" and head.head.dep_ == "ROOT" and head.i < head.head.i and token.i == sent.start
            and any(t.text == ":" for t in token.doc[head.right_edge.i + 1 : head.head.i])):
        head = head.head  # 'According to X, the groups act as a warning system: drivers spot Y': the colon's part too
    if head.i == token.i or head.dep_ == "ROOT" or head.i < sent.start or head.i >= sent.end:
        lo, hi = sent.start_char, sent.end_char
    elif head.dep_ not in ("relcl", "acl") and _ends_sentence(text, phrase[1], sent):
        # '..., X won 37 percent and Y 36 percent, according to the survey': the parser
        # hangs the phrase on the last conjunct, but it sources the whole sentence
        lo, hi = sent.start_char, sent.end_char
    else:
        lo, hi = subtree_span(head)
    if lo < phrase[0] and head.i < token.i:
        hi = min(hi, _writers_addition(head, phrase[1]) or hi)
    contents = []
    for start, end in ((lo, phrase[0]), (phrase[1], hi)):
        piece = trim_content(text, start, end)
        words = text[piece[0] : piece[1]] if piece else ""
        # not 'But | according to X, Y', 'because | in her words, Y', nor the closing marks of a title ending the source
        if piece and not _JOINS.fullmatch(words) and any(ch.isalnum() for ch in words):
            contents.append(piece)
    return contents


def _last_conjunct(token: Token, head: Token, end: int) -> list[tuple[int, int]] | None:
    """'He is forty-four, wears the same sweater and, according to his players, has never raised his
    voice': a phrase right after the 'and' that joins the last of the clause's predicates sources that
    one alone, with the subject it shares (not the writer's predicates before it), as it does a clause
    joined after it; None otherwise."""
    doc = token.doc
    before = doc[token.i - 1] if token.i and doc[token.i - 1].text != "," else doc[max(token.i - 2, 0)]
    after = _after_phrase(doc, end)
    after = doc[after.i + 1] if after is not None and after.text == "," and after.i + 1 < len(doc) else after
    if head.dep_ == "conj" and head.i > token.i:
        head = head.head  # (hung on the last predicate itself: 'arrived in 2019 and, according to the club, has lifted X')
    if before.dep_ != "cc" or before.lower_ not in ("and", "but") or before.head.i != head.i or after is None:
        return None
    # (its first word right after the phrase, which the parser may hang on it)
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.left_edge.i <= after.i <= c.i), None)
    if conj is None:
        return None
    # (a clause with a subject of its own is the phrase's alone: 'Prices rose and, according to traders, supply fell')
    spans = [] if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children) else [
        subtree_span(s) for s in head.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < head.i][:1]
    last = conj.right_edge
    while last.is_punct and last.i > conj.i:
        last = doc[last.i - 1]
    return spans + [(after.idx, last.idx + len(last))]


def _writers_addition(head: Token, end: int) -> int | None:
    """Where the sourced clause ends when a phrase set off after it is followed by the writer's own words, not the
    clause's: a comment on it ('X cannot find work, according to a survey, a rate that has barely moved') or a
    second predicate of its subject ('..., according to its annual report, and has warned that Y'); None otherwise
    ('Talks collapsed, according to aides, after X failed' goes on with the clause)."""
    doc = head.doc
    first = _after_phrase(doc, end)
    while first is not None and first.is_punct and first.i + 1 < len(doc):
        first = doc[first.i + 1]
    if first is None:
        return None
    noun = first.head
    # (a time goes on with the clause: '..., in every poll, this year')
    comment = first.dep_ == "det" and noun.left_edge.i == first.i and noun.head.i == head.i and noun.pos_ == "NOUN" and (
        noun.dep_ in ("dobj", "npadvmod", "appos", "attr")) and noun.ent_type_ not in ("DATE", "TIME")
    joined = next((c for c in head.rights if c.dep_ == "conj" and c.i > first.i), None) if first.dep_ == "cc" else None
    second = first.head.i == head.i and joined is not None and joined.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in joined.children)  # (not '..., and there were eight')
    return len(text_of(doc)[: first.idx].rstrip(" ,")) if comment or second else None


_JOINS = re.compile(r"(?i)and|but|yet|so|or|still|now|then|however|meanwhile|well|indeed|also|in fact|after all|because|since")


def set_off(text: str, sent: Span, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are an aside: each side is the sentence's
    edge or a comma or dash."""
    # (past a closing quotation mark: '... as "detached from reality," in the words of X')
    before = text[sent.start_char : start].rstrip().rstrip("\"\u201d").rstrip()
    after = text[end : sent.end_char].lstrip()
    return (not before or before[-1] in ",\u2014\u2013-(") and (not after or after[0] in ",.;:!?\u2014\u2013-)")


def _ends_sentence(text: str, end: int, sent: Span) -> bool:
    """Whether only punctuation and closing marks follow ``end`` in the sentence."""
    return not any(ch.isalnum() for ch in text[end : sent.end_char])


def body_name_after(words: list[Token]) -> list[Token]:
    """The capitalised words that name a body at the start of ``words`` (after a comma set
    beside a group noun: 'the housing regulator, the Homes Standards Authority'), without an
    opening 'the'; none when there are more than six."""
    words = words[1:] if words and words[0].lower_ == "the" else words
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.text[:1].isupper(), words))
    return run if len(run) <= 6 else []


def _name_beside(text: str, sent: Span, end: int, body: bool = False) -> int | None:
    """Where the name set beside a role ends ('according to the regional auditor, Piet Varn,'
    or '... Piet Varn.'): a person's name right after the comma, closed by a comma or the
    sentence's end; with ``body``, a body's name beside a group noun ('according to the
    housing regulator, the Homes Standards Authority'), capitalised words whatever the NER made
    of them. The parser rarely makes it an apposition, so the text decides."""
    if not text.startswith(", ", end, sent.end_char):
        return None
    if body:
        run = body_name_after([t for t in sent if t.idx >= end + 2])
        name_end = run[-1].idx + len(run[-1]) if run else None
    else:
        name = next((e for e in sent.ents if e.label_ == "PERSON" and e.start_char == end + 2), None)
        name_end = name.end_char if name is not None and name.end <= sent.end else None
    if name_end is None:
        return None
    after = text[name_end:sent.end_char].strip()
    return name_end if after[:1] in ("", ",", ".") else None
