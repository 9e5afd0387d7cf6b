"""A rating or a ranking as a source's judgement ('two fact-checkers rated the claim false',
'forecasters have rated Arizona a toss-up', 'Its latest report places the state ninth', 'the
same pollster had Halvorsen up by five'): a verb of rating (``rating_verbs.txt``) with an object
and the rating it gives that object is a record whose content is the object and its rating.

A verb tagged ``+ordinal`` rates only with a rank ('put the city third'; 'put the money in a
bank', 'placed the vase on the table' set a thing somewhere), one tagged ``+lead`` only with a
lead ('had Halvorsen up by five', 'had the mayor trailing'; not 'had the kids ready'); the rest
with any rating: a word of quality, a noun, a rank or a number ('rated it "mostly false"',
'graded the school an F', 'ranked the airport 12th')."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import SPEECH, Candidate, trim_content
from .lexicon import Lexicon
from .syntax import LEFT_CUE_DEPS, source_like, source_span, span_of, subject_of

#: the words of a lead in a poll ('up by five', 'trailing by four points')
_LEADS = frozenset(["up", "down", "ahead", "behind", "leading", "trailing", "tied", "level", "even"])


def rating_cue(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """The record of a verb of rating with an object and its rating, None without one."""
    lemma = lex.rating_lemmas.get(verb.lower_)
    if verb.pos_ not in ("VERB", "AUX") or lemma is None or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # (a passive's rating is read by the describing rules: 'is rated as X')
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or not source_like(lex, subject) or subject.lower_ in lex.subjectless:
        return None
    if subject.lower_ in lex.first_second_person:
        return None  # 'We rate this claim False': a fact check's own verdict, the writer's
    found = _object_and_rating(verb)
    if found is None:
        return None
    first, rating, end, obj = found
    kind = "lead" if lemma in lex.lead_ratings else "ordinal" if lemma in lex.ordinal_ratings else "any"
    if not _rates(kind, rating) or kind == "lead" and not _rival(lex, obj, rating):
        return None
    content = trim_content(text, first.idx, end.idx + len(end))
    if content is None:
        return None
    cue = span_of(sorted([verb, *(c for c in verb.lefts if c.dep_ in LEFT_CUE_DEPS and verb.i - c.i <= 4)], key=lambda t: t.i))
    return Candidate(cue=cue, source=source_span(text, subject), contents=[content], nature=SPEECH,
                     source_token=subject.i, verb=verb.i)


def _object_and_rating(verb: Token) -> tuple[Token, Token, Token, Token] | None:
    """The first word of the object, of its rating, the last word of the content and the object's
    head: the object right after the verb ('rated the claim false'), or the subject of a small
    clause the parser made of them ('had the president trailing by four points'). The content
    ends at a comma, a conjunction or the end of the clause ('put the city third, behind X')."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    first = obj.left_edge if obj is not None else None
    if obj is not None and _ordinal(obj) and (named := [c for c in obj.lefts if c.dep_ == "compound"]):
        obj = named[-1]  # 'ranked the airport 12th' read as one noun phrase: the airport, and its rank
    clause = None
    if obj is None:
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i), None)
        obj = next((g for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i), None) if clause else None
        first = obj.left_edge if obj is not None else None
    if obj is None or first is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or first.i <= verb.i or any(
            t.is_punct and not t.is_quote for t in doc[verb.i + 1 : first.i]):
        return None
    # the object's own phrases ('the claim about the tax') end where its rating starts; a word
    # after its head that the parser hung on it ('rates the bridge "fair"') is the rating
    own = [c for c in obj.rights if c.dep_ in ("prep", "relcl", "acl", "poss")]
    start = max([obj.i, *(c.right_edge.i for c in own)]) + 1
    if obj.dep_ == "compound":
        start = obj.i + 1
    stop = verb.sent.end
    for t in doc[start : verb.sent.end]:
        if (t.is_punct and not t.is_quote and not _joining(t) or t.pos_ == "CCONJ"
                or t.dep_ in ("cc", "conj") and t.head.i == verb.i):
            stop = t.i
            break
    # (an adverb on the rating is skipped, 'rated it "mostly false"', not one of the verb's: 'rate X as high')
    rating = next((t for t in doc[start:stop] if t.lower_ in _LEADS or _ordinal(t) or not (
        t.is_quote or t.is_punct or t.pos_ == "ADV" and t.head.i > t.i and t.lower_ != "as")), None)
    if rating is None:
        return None
    last = max((t for t in doc[start:stop] if not (t.is_punct and not t.is_quote)), key=lambda t: t.i)
    return first, rating, last, obj


def _rival(lex: Lexicon, obj: Token, lead: Token) -> bool:
    """Whether the one a poll's lead is given to, the object right before it, can stand in a
    race: a name or a noun of a person or a body ('had Halvorsen up', 'had the president
    trailing'; not 'had their hands tied', 'has a decisive lead in the polls ahead of X')."""
    doc = lead.doc
    before = doc[lead.i - 1] if lead.i > 0 else lead
    while before.i > 0 and (before.is_quote or before.pos_ == "ADV"):
        before = doc[before.i - 1]
    return before.i == obj.i and (before.pos_ in ("NOUN", "PROPN") and source_like(lex, before) or (
        before.lower_ in ("him", "her", "them")))


def _joining(token: Token) -> bool:
    """A hyphen inside a word ('a toss-up')."""
    return token.text == "-" and not token.doc[token.i - 1].whitespace_ and not token.whitespace_


def _rates(kind: str, rating: Token) -> bool:
    """Whether ``rating`` opens a rating of the verb's kind: not a preposition of place or
    manner ('placed the vase on the table', 'put the money in a bank')."""
    rank = _ordinal(rating)
    if kind == "ordinal":
        return rank
    lead = rating.lower_ in _LEADS
    if kind == "lead":
        return lead
    return rank or lead or rating.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "DET") and rating.ent_type_ not in (
        "DATE", "TIME")


def _ordinal(token: Token) -> bool:
    """A rank: 'ninth', 'third', '12th' (which the NER may take for a date, or for no entity: a number word
    with an ordinal's ending; 'thousand' is the one cardinal with one)."""
    ending = token.lower_[-2:] in ("st", "nd", "rd", "th")
    return token.ent_type_ == "ORDINAL" or ending and (
        token.text[:-2].isdigit() or token.like_num and token.is_alpha and not token.lower_.endswith("thousand"))
