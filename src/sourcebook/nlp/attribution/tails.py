"""The tail of a content: the complements that grow an object content ('described X as Y'),
the writer's words that end one ('..., which votes on March 1', '..., a banker who ...',
'..., according to Politico', '..., shortly after X') and a second report trailing a
reported clause ('said Y, calling it unjust'; one joined by 'and' or 'but', 'said Y and accused Z',
is found by ``second_reports``).

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..sentences import in_headline
from .char_spans import words_in
from .clock_times import is_time_of_day
from .comments import apposition_read_as_conjunct, in_quotation, set_off_points
from .deep_reports import deep_report_join
from .disagreeing_conjuncts import disagreeing_conjunct
from .happenings import happened_there
from .kids import children_of, rights_of
from .lexicon import Lexicon
from .listed_members import next_members
from .narrated import narrated_end
from .narration import (
    act_read_as_modifier,
    decision_named_after,
    habitual,
    of_the_reporter,
    reaction_at_end,
    report_alongside,
)
from .perfect_conjuncts import reporters_perfect
from .predicates import free_relative, that_opening
from .second_reports import REPORT_JOINS as REPORT_JOINS  # (read by ``content`` and ``continued``)
from .second_reports import act_after_a_relative, other_report, past_after_a_present, second_report
from .second_reports import in_shifted_tense as in_shifted_tense  # (read by ``continued``)
from .syntax import FINITE_TAGS, closes_quotation, first_child, source_like, subtree_span
from .tables import text_of, words_of

TAIL_DEPS = frozenset(["prep", "xcomp", "oprd", "npadvmod", "dative", "ccomp", "dobj", "advmod"])
CIRCUMSTANCE_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "EVENT", "NORP")
#: gaps between an object and a coordinated noun that still belongs to it
COORDINATION_GAPS = (",", ", and", ", or", "and", "or")


def with_tail(lex: Lexicon, text: str, verb: Token, span: tuple[int, int], first: Token) -> tuple[int, int]:
    """Grow an object content over the verb's complements that follow it without a break:
    'called on X to do Y', 'described X as Y', 'mentioned X five times', 'asked for X to Y'.
    Time, place and medium phrases ('in Iowa', 'on Monday') and anything after a comma stop it;
    so does a participle of saying after a comma that the parser hung inside the object
    ('rejected a plan that would have closed two libraries, saying X': the rejecter's words)."""
    saying = next((t for t in first.subtree if t.i > first.i and t.tag_ == "VBG" and t.lemma_.lower() in lex.speech
                   and t.dep_ in ("advcl", "xcomp", "conj") and t.doc[t.i - 1].text == ","), None)
    if saying is not None:
        return (span[0], saying.doc[saying.i - 1].idx)
    end = span[1]
    for child in rights_of(verb):
        if child.i <= first.i or child.idx < end and child.i <= first.right_edge.i:
            continue
        left = child.left_edge
        if left.idx < end or child.dep_ in ("cc", "punct"):
            continue
        gap = text[end : left.idx].strip()
        if gap in COORDINATION_GAPS and (child.dep_ == "appos" or free_relative(child) or child.dep_ == "conj" and (
            # (no verb: 'and pledges aid')
            child.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "dobj" for g in children_of(child)))
            or child.dep_ == "advcl" and child.pos_ == "NOUN" and any(c.dep_ == "conj" for c in children_of(child))
        ):  # (a list's next noun read as a clause: 'cited corroded piles, missing bracing and storm damage')
            end = subtree_span(child)[1]  # 'promoted his book, X, and her campaign' hung on the verb
            continue
        if gap or _ends_tail(lex, child, left) and not happened_there(lex, child, first):  # ('the chaos at the rally')
            break  # punctuation, a conjunction or a skipped word between them
        # ('called on X to introduce Y, barely months after Z': a clause without the writer's tail)
        end = (without_writer_tail(lex, child) if child.pos_ in ("VERB", "AUX") else subtree_span(child))[1]
    return (span[0], end)


def _ends_tail(lex: Lexicon, child: Token, left: Token) -> bool:
    """Whether a complement right after the content is no part of it."""
    infinitive = child.dep_ == "advcl" and left.lower_ == "to" and left.dep_ == "aux"
    if child.dep_ not in TAIL_DEPS and not infinitive:
        return True
    if child.dep_ == "prep" and (child.lower_ not in lex.tail_preps
                                 or child.lower_ in lex.circumstance_preps and _circumstance(lex, child)):
        return True
    if child.dep_ in ("npadvmod", "advmod") and (child.ent_type_ in ("DATE", "TIME")
                                                 or child.pos_ != "NOUN" and child.dep_ == "npadvmod"):
        return True
    return child.dep_ == "advmod" and child.lower_ not in lex.tail_adverbs


def _circumstance(lex: Lexicon, prep: Token) -> bool:
    """'in Iowa', 'on Monday', 'in a statement', 'on Twitter': not part of the content."""
    pobj = first_child(prep, ("pobj", "pcomp"))
    if pobj is None or pobj.ent_type_ in CIRCUMSTANCE_ENTS or is_time_of_day(pobj.text):  # ('at 9.45pm': one token NER misses)
        return True
    # 'on its Facebook page', 'in a TV ad': a noun before the head can name the medium too
    return any(t.lemma_.lower() in lex.circumstance_nouns for t in pobj.lefts if t.dep_ == "compound") or (
        pobj.lemma_.lower() in lex.circumstance_nouns)


def drop_writer_tails(lex: Lexicon, text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A verb's content without the writer's words after it: a relative clause on its last
    noun, a description or comment set off by a comma, a sourcing phrase."""
    span = drop_trailing_apposition(text, doc, drop_trailing_relative(lex, text, doc, span))
    span = apposition_read_as_conjunct(text, doc, span)  # ('said staff falsified records, allegations that X')
    return drop_trailing_source(text, doc, span)


def drop_trailing_relative(lex: Lexicon, text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'a win in Texas, which votes on March 1': the writer's aside after the content."""
    comma = text.rfind(", ", span[0], span[1])
    if comma <= span[0]:
        return span
    after = words_in(doc, comma + 2, span[1], "contract")
    if after is None or not len(after) or after[0].lower_ not in lex.relative_words:
        return span
    clause = after[0].head
    if clause.dep_ != "relcl" or clause.right_edge.idx + len(clause.right_edge) < span[1] - 1:
        return span
    return span[0], comma


def drop_trailing_apposition(text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'dismissed criticism from Doley, a banker who has ...': the writer's description of
    the last noun after a comma, ending the content, is no part of what was said; nor is the
    writer's comment on the whole clause ('said the vote was rigged, a charge that ...')."""
    for comma, opens, dash in set_off_points(text, span[0], span[1])[:4]:  # (it may hold commas of its own)
        after = words_in(doc, opens, span[1], "contract")
        if after is None or not len(after):
            return span
        head = after.root
        # '..., a charge party leaders denied': a noun phrase on the clause's verb comments on it
        comment = head.dep_ == "npadvmod" and head.pos_ == "NOUN" and after[0].lower_ in ("a", "an", "the") \
            and not head.ent_type_
        if (head.dep_ == "appos" or comment) and head.head.i < after.start and head.right_edge.i >= after.end - 1 \
                and head.left_edge.i == after.start and not any(c.dep_ == "neg" for c in children_of(head)) \
                and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and after[0].dep_ in ("det", "poss")) \
                and not any(t.tag_ == "VBD" and t.i < head.i for t in after) \
                and (not dash or not in_quotation(text, comma) and any(
                    t.pos_ == "VERB" or t.tag_ in ("WDT", "WP") for t in head.subtree if t.i > head.i)):
            # (a past tense modifies no noun: 'The pharmacist, Ana Ruiz, first reported discrepancies' is a
            # clause whose verb the parser misread;
            # after a dash, only a noun with a verb after it: '— a message that went unheeded', not '— a new hospital')
            # a bare name is no description: 'took place in Dayton, Ohio', 'his wife, Maria, and ...'
            if next_members(head):  # 'differ on Israel, the nuclear deal and the court': a list (``listed_members``)
                return span
            return span[0], comma
    return span


def drop_trailing_source(text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'said he would run, according to Politico': a sourcing phrase ending a verb's content
    sources the whole report (the record of 'according to' holds the verb's), not the content."""
    comma = text.rfind(", ", span[0], span[1])
    after = words_in(doc, comma + 2, span[1], "contract") if comma > span[0] else None
    if after is None or len(after) < 3 or after[0].lower_ != "according" or after[1].lower_ != "to":
        return span
    if after.root.i != after[0].i or after[0].head.i >= after.start:
        return span
    return span[0], comma


#: words opening a trailing clause that is the writer's narration, not the report
_TAIL_MARKS = frozenset(["after", "before", "while", "whereas", "although", "though", "despite", "even", "amid", "amidst"])
#: of those, the concessions ('though', 'even if'): the speaker's own unless their verb reports words of its own
_CONCESSIVE = frozenset(["although", "though", "if"])
#: and the contrasts, when a clause with a subject of its own follows ('found that 57 per cent
#: favoured it, while 34 per cent opposed it'; not 'said so while visiting the plant')
_CONTRASTS = frozenset(["while", "whereas"])
_NAMED = frozenset(["PERSON", "ORG", "GPE", "NORP"])


def without_writer_tail(lex: Lexicon, clause: Token, skip_that: bool = False) -> tuple[int, int]:
    """The clause's span without a trailing ', shortly after X' / ', despite Y' / ', amid Y' / ', while Z' that
    the writer adds after a comma, nor a report of its own after a comma ('she would appeal,
    calling the verdict unjust') or the reaction it met (', prompting cheers'); without its opening 'that' when ``skip_that``."""
    start, end = subtree_span(clause)
    doc, first, last = clause.doc, clause.left_edge.i, clause.right_edge.i
    if skip_that and doc[first].lower_ == "that" and first + 1 < len(doc):
        start = doc[first + 1].idx
    mark = that_opening(clause)  # (also one read as a determiner: 'told the crowd, through an interpreter, that aid would come')
    if mark is not None and doc[mark.i - 1].text == "," and mark.i + 1 < len(doc) and not any(
            t.tag_ in FINITE_TAGS for t in doc[first : mark.i]):  # (not 'showed, she said, that X')
        start = doc[mark.i + 1].idx  # 'said, citing field commanders, that X': the aside before 'that' is the cue's
    # the speaker's act joined to a relative clause deep in the report ('... the endorsements it had
    # received and pointed to a list'), if the words' table shows a conjunct of one there at all
    deps, heads = words_of(doc).dep, words_of(doc).head
    relative = any(deps[i] == "conj" and deps[heads[i]] == "relcl" for i in range(first, last + 1))
    deep = next((t for t in clause.subtree if t.dep_ == "conj" and t.head.dep_ == "relcl"
                 and act_after_a_relative(lex, t)), None) if relative else None
    join = second_report(lex, deep) if deep is not None else deep_report_join(lex, clause)  # (deep_reports.py)
    join = reporters_perfect(clause) if join is None else join  # ('insists X must be Y, and has championed Z')
    if join is not None:
        return (start, doc[join.i].idx)
    for child in clause.rights:
        # ('..., prompting cheers from the crowd': its reception; not a phrasal verb's act in the report: 'officers
        # scrutinize the area, handing out penalties')
        if trailing_participle(child) and (child.lemma_.lower() in lex.cue_verbs or child.lemma_.lower() in lex.reaction_verbs
                                           and not any(c.dep_ == "prt" for c in children_of(child))):
            return (start, doc[child.i - 1].idx)
        if _summing_up(child):  # 'said the plan was "dead", a verdict that stunned diplomats': the writer's
            return (start, doc[child.left_edge.i - 1].idx)
        if decision_named_after(child):  # '..., in a decision that could affect thousands': the writer's
            return (start, doc[child.i - 1].idx)
        join = second_report(lex, child) or other_report(lex, child) or act_read_as_modifier(lex, child)
        join = join or past_after_a_present(lex, clause, child) or disagreeing_conjunct(clause, child)
        later: Token | None = child
        while join is None and later is not None and later.dep_ == "conj":
            later = next((c for c in later.rights if c.dep_ == "conj"), None)
            join = second_report(lex, later) if later is not None else None  # ('said he would sit Putin down and tell
            # him X and tells the crowd Y')
        if join is not None:  # 'said the plan was ready and added that ...'
            cut = join.i
            while cut > clause.i and doc[cut - 1].text == ",":
                cut -= 1
            return (start, doc[cut].idx)
        if child.dep_ not in ("advcl", "prep") or child.left_edge.i < 2:
            continue
        if report_alongside(lex, child):  # 'vowed that X would end by winter as the utility unveiled a plan'
            return (start, len(text_of(doc)[: child.left_edge.idx].rstrip(" ,")))
        if child.dep_ == "advcl" and child.left_edge.lower_ in _HEADLINE_MARKS and in_headline(clause):
            return (start, doc[child.left_edge.i - 1].idx + len(doc[child.left_edge.i - 1]))  # '... as trial opens'
        comma = doc[child.left_edge.i - 1]
        words = {child.lower_} if child.dep_ == "prep" else {t.lower_ for t in doc[child.left_edge.i : child.i + 1]} | {
            g.lower_ for g in children_of(child) if g.dep_ in ("mark", "advmod") and g.i < child.i}
        # a concession ('..., though it is late') is the speaker's, unless it reports another's words
        contrast = bool(words & _CONTRASTS) and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(child)) and not any(
            t.pos_ == "VERB" and (t.lemma_.lower() in lex.cue_verbs or t.lemma_.lower() in lex.phrasal) and any(
                c.dep_ in ("ccomp", "xcomp") or c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in _NAMED)
                for c in children_of(t)) or t.pos_ == "VERB" and t.lemma_.lower() in lex.speech_idioms and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and source_like(lex, c) for c in children_of(t))
            for t in child.subtree)  # ('while 22 per cent said Y', 'while China called for Z': a report of its own;
        # 'while the organisers put the number at 3,000': an estimate of their own)
        if comma.text == "," and comma.i > clause.i and words & _TAIL_MARKS and not habitual(child) and not (
                contrast or words & _CONCESSIVE and child.lemma_.lower() not in lex.cue_verbs | lex.poll_verbs
                and not of_the_reporter(clause, child)):
            return (start, comma.idx)
    return (start, reaction_at_end(lex, clause) or narrated_end(lex, clause) or end)  # (hung deep in it, narrated.py)


#: words opening the writer's circumstance at a headline's end ('X says Y as trial opens')
_HEADLINE_MARKS = frozenset(["as", "after", "amid", "while", "before"])


def headline_passive(lex: Lexicon, verb: Token) -> bool:
    """'Banks urged to act faster', 'Shoppers warned over fake texts', 'Council told of closures':
    a headline drops the passive's auxiliary; a verb with an addressee and none after it says who
    was told, not who spoke ('Minister urges banks to act' is active)."""
    if verb.lemma_.lower() not in lex.addressee_verbs or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass", "ccomp") for c in children_of(verb)) or not in_headline(verb):
        return False
    # the first complement after the verb is no addressee (the parser may hang a later noun on it as one)
    first = min((c for c in rights_of(verb) if c.dep_ in ("dobj", "dative", "xcomp", "prep")), key=lambda c: c.i, default=None)
    return first is not None and first.dep_ in ("xcomp", "prep")


def _summing_up(noun: Token) -> bool:
    """'..., "dead", a verdict that stunned diplomats': a noun with 'a' and a relative clause set
    after a comma and a closing quotation mark sums up what was quoted, in the writer's words."""
    doc = noun.doc
    first = noun.left_edge
    return (noun.pos_ == "NOUN" and first.lower_ in ("a", "an") and first.i >= 2 and doc[first.i - 1].text == ","
            and closes_quotation(doc[first.i - 2]) and any(c.dep_ == "relcl" for c in children_of(noun)))


def trailing_participle(verb: Token) -> bool:
    """A participle opening a clause after a comma: '..., calling the verdict unjust'."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.left_edge.i == verb.i
            and verb.doc[verb.i - 1].text == ",")
