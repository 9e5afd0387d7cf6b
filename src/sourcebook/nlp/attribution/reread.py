"""Sentences read again without an aside set off by commas between a source and its cue verb, or
between a cue verb and its clause opened by 'that', where the parser hung the sentence on the aside
('Janine Soto, a Democrat, posted on social media that X' read as a noun phrase with 'posted' a
participle of the name; 'A local daily reported, citing party officials, that X' with the report's
clause hung on 'citing'; 'He believed, until the day he died, that X' with the clause an adverbial
one). The sentence is parsed again with the aside cut out; when that parse gives the verb what the
first did not, its arcs replace the first's, and the aside hangs on the source before it when it
says who the source is (an apposition, an age, a relative clause: PolNeAR's sources are maximal),
else on the verb (when, where or how the source spoke: ', in a statement,', ', speaking to
reporters,'). Every rule after reads the mended parse: the cue's record, who an 'it' after it
stands for, the speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .acronym_readings import reread_acronyms
from .arcs import second_reading, take_second_reading
from .labelled_clauses import reread_labelled
from .noun_cues import mend_noun_cues
from .participle_phrases import reread_participle_phrases
from .released_by import reread_releases
from .syntax import TENSE_TAGS, subject_of
from .tables import positions, text_of, words_of

#: the longest aside read again, in tokens
_LONGEST = 12
#: the words an aside that names who the source is opens with besides a noun phrase's ('who
#: chairs the panel', 'of Houston')
_NAMING = frozenset(["who", "whose", "which", "of", "now", "then", "herself", "himself", "itself"])
#: the words a relative clause set off opens with
_RELATIVE = frozenset(["which", "who", "that"])
#: what no aside holds: a quotation, a clause of its own set off, a list
_NOT_IN_AN_ASIDE = frozenset(['"', "\u201c", "\u201d", ":", ";", "(", ")", "\u2014", "--"])


def _hinge(verbs: Callable[..., bool], sent: Span, first: Token, last: Token) -> Token | None:
    """The cue verb beside the aside from ``first`` to ``last`` (its commas): the verb right after
    it, past adverbs and auxiliaries ('X, a Democrat, later posted'), with a noun phrase before it;
    or the verb right before it when 'that' follows it ('reported, citing X, that Y')."""
    doc = sent.doc
    after = last.i + 1
    while after < sent.end and after <= last.i + 3 and doc[after].pos_ in ("ADV", "AUX", "PART"):
        after += 1
    # (not a participle set off after a clause: 'His lawyer, X, had asked for Y, arguing that Z'; but 'is arguing')
    finite = after < sent.end and (doc[after].tag_ != "VBG" or any(doc[k].pos_ == "AUX" for k in range(last.i + 1, after)))
    # ('The messages, which carry X, urge Y': after a relative clause set off, the cue verb read as a noun;
    # nor a cue whose subject follows it: 'X did not go over well, and the meeting deteriorated, said one source')
    verb = finite and (verbs(doc[after]) or first.nbor(1).lower_ in _RELATIVE and doc[after].tag_ in ("NN", "NNS") and verbs(
        doc[after], True))
    if verb and first.i > sent.start and doc[first.i - 1].pos_ in ("NOUN", "PROPN", "NUM") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > after for c in doc[after].children):
        return doc[after]
    if last.i + 1 < sent.end and doc[last.i + 1].lower_ == "that" and first.i > sent.start and verbs(doc[first.i - 1]):
        return doc[first.i - 1]
    return None


def asides(verbs: Callable[..., bool], sent: Span) -> list[tuple[Token, Token, Token]]:
    """The asides of ``sent`` beside a cue verb: (opening comma, closing comma, cue verb)."""
    doc, words = sent.doc, words_of(sent.doc)
    text, tags = words.text, words.tag
    commas = list(positions(text, ",", sent.start, sent.end))  # (found in C)
    found = []
    for at, to in zip(commas, commas[1:], strict=False):
        if not 1 <= to - at - 1 <= _LONGEST:
            continue  # (the aside's length read from the commas' places: no Span made for a longer stretch)
        # (the aside's words read from the lists, a Token made only for a past or present verb past its first word)
        if words.pos[at + 1] == "CCONJ" or any(  # (', and X,' is a clause)
                text[k] in _NOT_IN_AN_ASIDE or tags[k] in TENSE_TAGS and k > at + 1 and verbs(doc[k]) for k in range(at + 1, to)):
            # (nor a cue clause set off: 'Lower inflation, he said in a statement, showed X', ``asides``; but a
            # participle opening the aside read as a past tense: 'His son, reached at his home, said X')
            continue
        first, last = doc[at], doc[to]
        verb = _hinge(verbs, sent, first, last)
        # (a quotation's tail is the quotation rules': '"...," lead author X, a Y, told reporters', ``participles``)
        if verb is not None and not (verb.i > last.i and any(t.text in _NOT_IN_AN_ASIDE for t in sent.doc[sent.start : first.i])):
            found.append((first, last, verb))
    return found


def names_the_source(first: Token, last: Token) -> bool:
    """Whether the aside between commas ``first`` and ``last`` says who the source before it is
    ('a Democrat', '47', 'who chairs the panel', 'director of Zero Arsenal'), not when, where or
    how it spoke ('in a statement', 'speaking to reporters', 'published on Wednesday')."""
    opening = first.nbor(1)
    if opening.lower_ in _NAMING:
        return True
    return opening.pos_ in ("DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON") and opening.tag_ not in ("VBG", "VBN")


def parsed(nlp, text: str, entities: bool = True) -> Doc:
    """``text`` through ``nlp`` up to the extractors ('sourcebook_lines' runs before the parser);
    without the entity recognizer when ``entities`` is False: about half of a short line's parse, and
    a caller that only grafts arcs, tags and parts of speech reads none of its output (the headline's
    rules do: 'Pence Announces Plans He And Trump Have Made' loses its content without them)."""
    return through(extraction_steps(nlp), [nlp.make_doc(text)], entities)[0]


def extraction_steps(nlp) -> list:
    """The pipeline's components before the extractors."""
    from .build import EXTRACTORS  # (build imports this module)

    steps = []
    for name, proc in nlp.pipeline:
        if name in EXTRACTORS:
            break
        steps.append(proc)
    return steps


def through(steps: list, docs: list[Doc], entities: bool = True) -> list[Doc]:
    """``docs`` through ``steps`` (``extraction_steps`` or the end of them), several together in each
    step's ``pipe`` (``headline_parses``: a line parsed alone pays each model's fixed cost), one by its
    call; without the entity recognizer when ``entities`` is False (it writes entities only: the rest
    reads the same)."""
    from spacy.pipeline import EntityRecognizer

    for proc in steps:
        if docs and (entities or not isinstance(proc, EntityRecognizer)):
            docs = list(proc.pipe(docs, batch_size=len(docs))) if len(docs) > 1 and hasattr(proc, "pipe") else [
                proc(doc) for doc in docs]
    return docs


def reread(doc: Doc, sentences: list[Span], rules, parse: Callable[..., Doc]) -> None:
    """Mend the parse of each sentence of ``doc`` whose cue verb beside an aside (``asides``) the
    parser left without its subject or its clause opened by 'that', from a parse of the sentence
    with the aside cut out ('Janine Soto, a Democrat, posted on social media that X': 'posted' a
    participle of the name). The aside hangs on the source it names or on the verb. ``rules`` are
    the ``reported.CueRules``, ``parse`` makes a Doc of a text up to the extractors (its entities only
    when asked: ``parse(text, entities=True)``; the other rereadings graft arcs, tags and parts of speech)."""
    reread_acronyms(doc, sentences, parse)  # ('A spokesperson for the WHO said X': a name, not the pronoun 'who')
    text = text_of(doc)

    def verbs(token: Token, misread: bool = False) -> bool:
        """A cue verb's form ('misread': whatever part of speech the parser gave it, 'urge' read as a noun)."""
        return (misread or token.pos_ in ("VERB", "AUX")) and token.lower_ in rules.lex.verb_lemmas

    grafted = False
    for sent in sentences:
        for first, last, verb in asides(verbs, sent):
            before = verb.i < first.i
            if _joined(verb, before, last):
                continue
            cut, gap = first.idx, last.idx + 1 - first.idx  # the aside with its commas, less the closing one's space
            try:  # (the entities only for ``_joined``'s subject of a verb after the aside: ``syntax.subject_of``)
                again = parse(text[sent.start_char : cut] + text[cut + gap : sent.end_char], entities=not before)
            except Exception:  # noqa: BLE001 - the second reading is a refinement, never a failure
                continue
            kept = [t for t in sent if not first.i <= t.i <= last.i]
            if [t.text for t in again] != [t.text for t in kept] or len(list(again.sents)) != 1:
                continue
            hinge = again[kept.index(verb)]
            if _joined(hinge, before, again[kept.index(doc[last.i + 1])] if before else None):
                grafted = _graft(doc, sent, again, kept, first, last, verb) or grafted
    if grafted:  # ('X, as the report notes, asked Y': the aside's 'notes' read as a noun is seen only now)
        mend_noun_cues(doc)
    reread_releases(doc, sentences, parse)  # ('Figures released by the ministry show X': 'show' read as a noun)
    reread_participle_phrases(rules.lex, doc, sentences, parse)  # ('A post shared 9,000 times claims X': 'shared' the root)
    reread_labelled(doc, sentences, rules.lex.verb_lemmas, parse)  # ('Update: The council has since said X': not 'Update''s)


def _joined(verb: Token, before: bool, after: Token | None) -> bool:
    """Whether the parse gives the cue ``verb`` its subject before it and the verbs after it (an aside
    after the source: not 'X, a Democrat, posted on Y that Z' with the clause hung on 'X'), or the clause
    ``after`` opens with 'that' (an aside after the verb)."""
    if not before:
        subject = subject_of(verb)
        rest = verb.doc[verb.i + 1 : verb.sent.end]
        return subject is not None and subject.i < verb.i and all(verb.is_ancestor(t) for t in rest if t.pos_ in ("VERB", "AUX"))
    clause = after.head if after is not None and after.dep_ == "mark" else None
    return clause is not None and clause.head.i == verb.i and clause.dep_ == "ccomp"


def _graft(doc: Doc, sent: Span, again: Doc, kept: list[Token], first: Token, last: Token, verb: Token) -> bool:
    """The arcs, tags and parts of speech of ``again`` put on ``kept``, the aside's own kept inside
    it, hung on the source before it that it names, else on ``verb``; whether they were."""
    heads, deps = second_reading(doc, sent, again, kept)
    names = verb.i > last.i and names_the_source(first, last)
    host = doc[first.i - 1] if names else verb
    for token in doc[first.i : last.i + 1]:
        if token.is_punct and token.i in (first.i, last.i):
            heads[token.i], deps[token.i] = host.i, "punct"
        elif not first.i < token.head.i < last.i or token.head.i == token.i:
            heads[token.i] = host.i
            deps[token.i] = ("appos" if token.pos_ in ("NOUN", "PROPN", "NUM") else deps[token.i]) if names else (
                "prep" if token.pos_ == "ADP" else "advcl" if token.pos_ in ("VERB", "AUX") else "npadvmod")
    return take_second_reading(doc, again, kept, heads, deps)
