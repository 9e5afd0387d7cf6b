"""From a parsed Doc to ``model.Attribution`` records: the rules run in order, then the
records are completed (kind, nesting, relaying outlet, speaker)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from ...model import Attribution, Span
from ..quotes import QUOTE_CHARS, find_single_quotes
from ..sentences import sentences as doc_sentences
from .according_edges import widen_sourcing_reports
from .added_quotes import return_added_quotes
from .asides import apposed_denials
from .bracketed_quotes import bracketed_quotes
from .candidate import ACCORDING, BELIEF, Candidate, after_dateline, clip_lines, close_marks, inside, overlaps, trim_content
from .captions import without_picture_pointer
from .chained_cues import chained_cues
from .closing_reports import widen_closing_reports
from .colon_blocks import colon_blocks
from .colon_participles import quotations_to_participles
from .connectives import without_connective
from .contact_lines import without_contact_lines
from .coordinated_reports import split_coordinated_reports
from .credited_hosts import outlet_name, relays
from .direct import QuoteIndex, absorb_quotes, attach_quotes, inner_end
from .echoes import echoed_quotes, told_in_the_body
from .embedded_posts import embedded_posts
from .explainer_titles import without_explainer_titles
from .folded_subjects import unfold_fronted_subjects
from .heading_labels import without_heading_labels
from .headline_acts import split_headline_acts
from .headline_parses import HeadlineParses, recased_headline
from .headline_phrasals import phrasal_forms
from .headline_subjects import pronoun_headline, verb_forms
from .headline_tails import headline_tail
from .held_sources import sources_without_reports
from .inner import inner_only
from .issued_statements import issued_reports, widen_issued_cues
from .lexicon import Lexicon, in_its_lexicon, inflections, lexicon
from .mends import mend
from .name_ends import whole_name
from .orphaned_quotes import drop_orphaned
from .page_labels import without_page_labels
from .poll_shares import split_poll_shares
from .quote_marks import quotes_of
from .quoted_names import quoted_name
from .ranker import Ranker
from .relative_reports import split_relative_reports
from .relative_sources import relative_sources
from .relayed_reports import relayed_reports
from .reported import CueRules
from .reread import parsed, reread
from .restated import drop_restated_cues
from .speakers import ORG, OUTLET, is_outlet, resolve_speakers
from .stray_clauses import stray_clauses
from .tables import starts_of, text_of
from .tagger import CueTagger
from .topic_chains import topic_chains
from .trailing_reports import split_trailing_reports
from .turns import Turns
from .unowned_quotes import drop_unowned_inner
from .work_titles import without_title_cues

#: the Sourcebook components that extract (factories.PIPELINE_ORDER, not imported: factories imports this package)
EXTRACTORS = ("sourcebook_mentions", "sourcebook_attributions", "sourcebook_figures")


class Extractor:
    """Finds the attributions of a Doc; one instance serves every Doc.

    With ``nlp`` (the pipeline the component belongs to), a Title-Cased headline is parsed again with its cue
    words and function words in lower case: the tagger reads 'Clinton Says Trump Is Wrong' as proper nouns otherwise.
    """

    def __init__(self, lex: Lexicon | None = None, nlp=None) -> None:
        nouns = common_nouns(nlp)
        verbs = _lemma_list(nlp, "verb")
        self.lex = replace(lex or lexicon(), common_words=nouns | _lemma_list(nlp, "adj"), common_adverbs=_lemma_list(nlp, "adv"),
                           common_verbs=verbs)
        self.rules = CueRules(self.lex, nouns)
        self.nlp = nlp
        self._words = (verb_forms(self.lex), _headline_words(self.lex), verbs, phrasal_forms(self.lex))
        self.ranker = Ranker(self.lex)  # the calibrated confidence and last filter
        self.tagger = CueTagger(self.lex)  # the trained cue tagger: cues the word lists miss
        self.heads = HeadlineParses(nlp, self.rules)

    @in_its_lexicon
    def prepare(self, docs: list[Doc]) -> None:
        """Parse the re-cased headlines of ``docs`` together before they are read one by one (``headline_parses``)."""
        if self.nlp is not None:
            texts = [text_of(doc) for doc in docs if len(doc) and doc.has_annotation("DEP")]
            self.heads.prepare([line for text in texts if (line := recased_headline(text, self.lex, self._words))])

    @in_its_lexicon
    def __call__(self, doc: Doc) -> tuple[Attribution, ...]:
        if not len(doc) or not doc.has_annotation("DEP"):
            return ()
        text = text_of(doc)
        sentences = list(doc_sentences(doc))
        starts = [s.start_char for s in sentences]

        def sentence_of(offset: int) -> int:
            return max(0, bisect_right(starts, offset) - 1)
        mend(doc)  # ('Yun Hae-rin said': one name, not the subject 'rin'; ``mends``)
        if self.nlp is not None:  # (a sentence read again without an aside: 'X, a Democrat, posted that Y')
            reread(doc, sentences, self.rules, lambda t, entities=False: parsed(self.nlp, t, entities))
        cands = self._headline(doc, self.rules.find(doc, sentences), sentence_of)
        cands = pronoun_headline(doc, text, cands, self.nlp, self.rules, self._words, sentence_of)  # ('Mayor blasts rival')
        cands = headline_tail(doc, text, cands, self.nlp, self.rules, self._words[0], sentence_of)  # ('X, says regulator')
        cands = split_headline_acts(self.lex, doc, text, cands, self._words[0])  # ('X Backs Y And Denounces Z': two reports)
        cands += _apart(self.tagger.find(doc, sentences, cands), cands)
        quotations_to_participles(doc, text, cands)  # ('thanked fans, writing on X: "..."': the participle's)
        for cand in cands:
            anchor = cand.cue[0] if cand.cue else 0
            # ('Meanwhile, the city would lose X, according to Y': the writer's 'Meanwhile' is no part of it)
            lines = cand.contents if cand.before else _on_its_lines(text, cand.contents, anchor)  # (``summed_quotes``)
            cand.contents = [close_marks(text, without_connective(doc, c)) for c in lines]
            cand.fallback = cand.fallback and _on_its_lines(text, cand.fallback, anchor)
            if cand.source:
                whole = whole_name(doc, close_marks(text, clip_lines(text, cand.source, anchor)), cand)
                cand.source = without_picture_pointer(text, whole)  # ('Residents, pictured, say X': ``captions``)
                if cand.source[1] <= cand.source[0]:
                    cand.source = None
        unfold_fronted_subjects(doc, cands)  # ('The money, an official with X said, had been spent')
        apposed_denials(self.lex, doc, cands)
        colon_blocks(text, cands, doc)  # ('The union wrote:' and the paragraph it wrote, no quotation marks)
        stray_clauses(doc, text, cands)  # ('he said, noting that X', the parser's 'that' a preposition)
        quotes = QuoteIndex(list(quotes_of(text)))  # (found once: ``quote_marks``)
        # (a title's or a product's name in quotation marks is no one's words: 'the thriller "Night Freight"')
        names = frozenset(q for q in quotes.quotes if quoted_name(doc, q, self.lex))
        spoken = QuoteIndex([q for q in quotes.quotes if q not in names])
        cands = without_title_cues(cands, names)  # ('the film "Tell Me No Lies" opens': no one tells)
        absorb_quotes(text, cands, quotes, names)
        cands = attach_quotes(text, cands, spoken, sentence_of, Turns(doc, self.lex))
        cands = _without_media(doc, _dedupe(cands))
        cands = [c for c in cands if not (_quoted_cue(text, c, quotes) and any(
            o is not c and any(s <= (c.cue or (0, 0))[0] < e for s, e in o.contents) for o in cands))]
        cands = drop_unowned_inner(doc, text, cands, quotes, self.lex.first_second_person)
        cands = self._fold_outlet_credits(doc, text, cands)
        cands = _drop_circular_asides(text, cands)
        cands = drop_restated_cues(self.lex, doc, text, cands, quotes)  # ('Reyes said X - not Y, he said': Reyes's report)
        _within_the_source_of_the_next(text, cands)
        sources_without_reports(text, cands)  # ('confirmed by her brother, who said X': the source ends at the comma)
        apposed_denials(self.lex, doc, cands)  # (again: the quotations may have run a content on)
        cands = _within_their_quotation(text, cands, quotes)
        bracketed_quotes(text, cands, spoken.quotes)  # ('The agency ("X," a spokesman said) declined')
        relative_sources(text, cands)  # ('"X," said Tom O'Neill, whose son was hurt': the source's clause)
        widen_closing_reports(text, cands, sentence_of)
        split_relative_reports(doc, text, cands, quotes)  # ('X, which critics said would fail': a report of its own)
        split_trailing_reports(doc, text, cands, quotes)  # ('said X, adding Y', 'X even as critics said Y')
        return_added_quotes(text, cands, quotes)  # ('"X," she said, adding of Z, "Y"': X hers via 'said')
        split_coordinated_reports(doc, text, cands, quotes, self.lex)  # ('said X, and critics doubted Y': a report of its own)
        split_poll_shares(doc, text, cands, quotes)  # ('60 percent said X, and a third said Y': each answer apart)
        cands = without_page_labels(doc, text, cands)  # ('Easy Access Saver: 3.1% AER', 'Reply from X:')
        cands = without_explainer_titles(text, without_contact_lines(text, without_heading_labels(text, cands)))  # ('@dana')
        cands = embedded_posts(self.lex, doc, text, cands, sentence_of)  # ('X pic.twitter.com/a — Name (@name) March 3, 2026')
        widen_sourcing_reports(text, cands)  # ('"Is it?" he said, according to X': the report's quotation too)
        cands = relayed_reports(doc, text, cands)  # ('The Herald quoted X as saying Y': the Herald's, X's nested)
        _nest(cands)
        resolved = resolve_speakers(doc, cands, self.lex, quotes)
        singles = QuoteIndex([q for q in find_single_quotes(text) if not quoted_name(doc, q, self.lex)])
        records = []
        for number, cand in enumerate(cands, start=1):
            cand.id = f"a{number}"
        for cand, res in zip(cands, resolved, strict=True):  # one resolved speaker per candidate
            assert cand.id is not None  # numbered above
            relayed = cand.relayed_by
            if relayed is None and cand.medium and cand.medium.lower() in self.lex.outlets:
                relayed = cand.medium
            if relayed is None and res.kind == OUTLET and cand.nature == ACCORDING:
                relayed = res.name
            records.append(
                Attribution(
                    id=cand.id,
                    kind=_kind(text, cand, spoken, singles),
                    source=Span.of(text, *cand.source) if cand.source else None,
                    cue=Span.of(text, *cand.cue) if cand.cue else None,
                    contents=tuple(Span.of(text, s, e) for s, e in cand.contents),
                    speaker=res.name.replace("\u2019", "'").replace("\u2018", "'") if res.name else res.name,  # (O'Brien)
                    # (a body whose name says it is a paper is an outlet, however it was reached)
                    speaker_kind=OUTLET if res.kind == ORG and is_outlet(res.name, self.lex) else res.kind,
                    affiliation=res.affiliation,
                    medium=cand.medium,
                    relayed_by=relayed,
                    confidence=cand.confidence,
                    parent=cands[cand.parent].id if cand.parent is not None else None,
                )
            )
        inner = frozenset(c.id for c in cands if c.parent is not None and c.id and inner_only(doc, c))
        sure = frozenset(c.id or "" for c in cands if c.answers or c.unjudged)
        ranked = self.ranker(doc, issued_reports(doc, tuple(records), self.lex), inner, sure)  # (``issued_statements``)
        kept = topic_chains(doc, chained_cues(doc, told_in_the_body(text, ranked)), self.lex)  # ('went on to say')
        kept = widen_issued_cues(doc, kept, self.lex)  # ('issued a statement saying X': from the verb)
        kept = drop_orphaned(kept, quotes, self.lex.first_second_person)  # ('"They promised X," she said', hers dropped)
        return kept + echoed_quotes(text, kept, quotes)

    def _headline(self, doc: Doc, cands: list[Candidate], sentence_of) -> list[Candidate]:
        """Replace the candidates of a Title-Cased first line by those of a re-cased parse."""
        if self.nlp is None:
            return cands
        text = text_of(doc)
        end = text.find("\n")
        if (line := recased_headline(text, self.lex, self._words)) is None:
            return cands
        try:
            head = self.heads(line)  # (None: no cue word, colon or dash in it)
            found = self.rules.find(head, list(head.sents)) if head is not None and head.has_annotation("DEP") else []
        except Exception:  # noqa: BLE001 - the headline pass is a refinement, never a failure
            return cands
        if not found or head is None:
            return cands
        starts = starts_of(doc)  # (read once per Doc: ``tables``)
        for cand in found:
            cand.sentence = sentence_of(cand.cue[0] if cand.cue else 0)
            if cand.source_token is not None:
                at = head[cand.source_token].idx
                cand.source_token = max(0, bisect_right(starts, at) - 1)
        kept = [c for c in cands if c.cue is None or c.cue[0] >= end]
        return found + kept

    def _fold_outlet_credits(self, doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
        """'..., X said, according to NBC News': the outlet relays X's statement and is no attribution of its own."""
        keep = []
        for cand in cands:
            if cand.nature == ACCORDING and cand.source:
                written = outlet_name(text[cand.source[0] : cand.source[1]])
                name = written.lower().removeprefix("the ")
                if name in self.lex.outlets or "the " + name in self.lex.outlets:
                    host = next((o for o in cands if o is not cand and o.nature != ACCORDING
                                 and o.sentence == cand.sentence and relays(doc, cand, o)), None)
                    if host is not None:
                        host.relayed_by = written
                        host.medium = host.relayed_by if host.medium is None else host.medium
                        continue
            keep.append(cand)
        return keep


_DOUBLE_MARKS = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")


def _quoted_cue(text: str, cand: Candidate, quotes: QuoteIndex) -> bool:
    """A cue whose words run into a quotation that goes on over what it reports: inside another
    report, the quoted speaker's own phrase, no report of the writer's ('said his opponents were
    "arguing about who spends your money"'; not 'was "very confident" the deal would clear')."""
    if not cand.cue or not cand.contents or not any(m in text[cand.cue[0] : cand.cue[1]] for m in _DOUBLE_MARKS):
        return False
    quote = quotes.around(cand.cue[1] - 1, cand.cue[1])
    return quote is not None and quote.start <= cand.contents[0][0] < quote.end


def common_nouns(nlp) -> frozenset[str]:
    """The common nouns the pipeline's rule lemmatizer lists (its ``lemma_index`` table; empty
    for a pipeline without one): the language's word list, not a list of ours."""
    return _lemma_list(nlp, "noun")


def _lemma_list(nlp, part: str) -> frozenset[str]:
    """The lemmas of one part of speech ('noun', 'adj') in the pipeline's lemmatizer tables."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")[part])
    except (AttributeError, KeyError, TypeError):
        return frozenset()


def _within_their_quotation(text: str, cands: list[Candidate], quotes: QuoteIndex) -> list[Candidate]:
    """A report inside a quotation ends with it: the words after the closing mark are the
    writer's ('"... I told the players that at half-time," Ferreira said', which the parser
    made the complement of 'told'); one whose words all lie past the mark reports nothing
    ('"They crossed the line, and we replied," Pelt said by telephone', 'said' read as the
    complement of 'replied')."""
    kept = []
    for cand in cands:
        quote = quotes.around(*cand.cue) if cand.cue and cand.contents else None
        if quote is not None and any(e > quote.end for _, e in cand.contents):
            clipped = [trim_content(text, s, min(e, quote.end)) for s, e in cand.contents if s < quote.end]
            if not clipped and quote.closed and inner_end(text, quote).rstrip()[-1:] in (",", "?", "!") and all(
                    s >= quote.close for s, _ in cand.contents):
                continue  # a statement's quotation, closed open-ended before its cue clause
            cand.contents = [c for c in clipped if c is not None] or cand.contents
        kept.append(cand)
    return kept


def _headline_words(lex: Lexicon) -> frozenset[str]:
    """Words a headline writes Title-Cased that the tagger reads right only in lower case."""
    verbs = lex.cue_verbs | lex.poll_verbs | frozenset(lex.phrasal)
    words: set[str] = set(lex.headline_function_words)
    for verb in verbs:
        if " " not in verb:
            words |= inflections(verb, lex.irregular)
    words |= lex.speech_nouns | lex.belief_nouns | lex.adjectives
    return frozenset(words)


def _apart(learned: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """The tagger's candidates that touch no rule candidate, or hold it whole in a content
    ('contradicted what the mayor said about it': the rules' report nests in the tagger's): the
    rules keep their own."""
    kept = []
    for cand in learned:
        spans = ([cand.cue] if cand.cue else []) + cand.contents
        clash = False
        for rule in cands:
            theirs = ([rule.cue] if rule.cue else []) + rule.contents
            if not any(overlaps(s, t) for s in spans for t in theirs):
                continue
            theirs += [rule.source] if rule.source else []
            whole = (min(t[0] for t in theirs), max(t[1] for t in theirs))
            if not any(inside(whole, c) for c in cand.contents):
                clash = True
                break
        if not clash:
            kept.append(cand)
    return kept


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    seen_cues: set[tuple[int, int]] = set()
    by_contents: dict[tuple, int] = {}
    for cand in sorted(cands, key=lambda c: (c.start, -c.confidence)):
        if cand.cue is not None and cand.cue in seen_cues:
            continue
        key = (*cand.contents, cand.cue) if cand.answers else tuple(cand.contents)  # (a denial of X is no copy of X)
        if key in by_contents:
            i = by_contents[key]
            if out[i].source is None and cand.source is not None:
                out[i] = cand
            continue
        if cand.source and any(overlaps(cand.source, c) for c in cand.contents):
            continue
        if cand.cue is not None:
            seen_cues.add(cand.cue)
        by_contents[key] = len(out)
        out.append(cand)
    out.sort(key=lambda c: c.start)
    return out


def _without_media(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """'The fund said in a report that X': a report noun with no source of its own, set in a
    phrase on another's verb, is that report's medium, not a second report of X."""
    cues = {c.cue[0] for c in cands if c.cue is not None and c.source is not None}

    def medium(cand: Candidate) -> bool:
        span = doc.char_span(*cand.cue, alignment_mode="expand") if cand.cue and cand.source is None else None
        noun = span.root if span is not None else None
        return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.idx in cues

    return [c for c in cands if not medium(c)]


def _drop_circular_asides(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'King says Ali talked the talk': when the parser hangs 'King says' on 'talked' as an
    aside, 'talked' takes the sentence around it as content, and each report holds the
    other's cue; nesting would then hide both. The aside before the other cue is the misread
    one: dropped. One after it closes the sentence ('The minister believes X is "fair", his
    spokesman told reporters'): the other's content ends before it."""
    def holds(outer: Candidate, inner: Candidate) -> bool:
        return inner.cue is not None and any(inside(inner.cue, c) for c in outer.contents)

    asides = [c for c in cands if c.aside and c.cue is not None]
    # a report closing the sentence after what it reports, read by a verb rule ('Polin dismissed the
    # talks as "theatre", Russian state news agency TASS reported': 'TASS reported' hung on 'agency'), or
    # 'according to' ('He told police he had "two beers," according to the report', hung on 'had')
    closing = [c for c in cands if not c.aside and c.cue is not None and c.source is not None and c.contents
               and max(e for _, e in c.contents) < min(c.source[0], c.cue[0])]
    for tail, other in ((t, o) for t in closing for o in cands if o is not t and holds(t, o) and holds(o, t)):
        cut = max(e for _, e in tail.contents)
        kept = _ended_at(text, other.contents, cut)
        gap = text[cut : min((tail.source or (0, 0))[0], (tail.cue or (0, 0))[0])]
        comma = gap.lstrip()[:1] == "," or not gap.strip() and "," in text[cut - 2 : cut]  # (or the content's last)
        if (other.cue or (cut, 0))[0] < cut and kept and comma:
            other.contents = kept  # what it reports ends where the closing report's content does
    if not asides:
        return cands

    drop = set()
    for aside in asides:
        assert aside.cue is not None
        for other in (o for o in cands if o is not aside and holds(aside, o) and holds(o, aside)):
            assert other.cue is not None
            cut = (aside.source or aside.cue)[0]
            kept = _ended_at(text, other.contents, cut)
            end = text.find("\n", aside.cue[1])
            after = text[aside.cue[1] : end if end >= 0 else len(text)]
            after = after[: min((after.find(m) for m in (". ", "? ", "! ") if m in after), default=len(after))]
            # (nor one inside a quotation: '"X," she said, "and we would urge Y."'; a quotation going on
            # after the aside's cue, '"A," said Ruiz. "B."', is no content running past it)
            if aside.cue[0] < other.cue[0] or not kept or any(e > cut > s for s, e in aside.contents) or any(
                    ch in QUOTE_CHARS for ch in after + text[cut : aside.cue[0]]):
                drop.add(id(aside))
            else:
                other.contents = kept
    return [c for c in cands if id(c) not in drop] if drop else cands


def _within_the_source_of_the_next(text: str, cands: list[Candidate]) -> None:
    """'Unions, which have long complained about staffing, called for X': a report inside a
    relative clause of another's source ends with that source; the parser may run it on over
    the other's cue. A content that runs on into another's source ends before it."""
    sourced = [(c, c.cue, c.source) for c in cands if c.cue is not None and c.source is not None]
    for outer, cue, source in sourced:
        if text[source[0] : source[1]].lower() in ("which", "who"):
            for other, other_cue, other_source in sourced:
                if other is not outer and inside(cue, other_source) and any(inside(other_cue, c) for c in outer.contents):
                    _cut_at(text, outer, other_source[1])
    for outer, cue in ((c, c.cue) for c in cands if c.cue is not None and c.source is None):
        # 'Asked about the bill, Nadia Farouk, who runs X, said Y': the question's object ends before the name
        for _, other_cue, other_source in sourced:
            if (text[other_source[0] - 2 : other_source[0]] == ", " and cue[1] <= other_source[0]
                    and any(s < other_source[0] < e <= other_cue[0] for s, e in outer.contents)):
                _cut_at(text, outer, other_source[0])


def _cut_at(text: str, cand: Candidate, cut: int) -> None:
    """The candidate's contents ended at ``cut`` (``_ended_at``), when any is left."""
    kept = _ended_at(text, cand.contents, cut)
    if kept:
        cand.contents = kept


def _ended_at(text: str, contents: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """``contents`` ended at ``cut``: those after it left out, and any left with no word in it."""
    pieces = (trim_content(text, s, min(e, cut)) for s, e in contents if s < cut)
    return [k for k in pieces if k is not None and any(ch.isalnum() for ch in text[k[0] : k[1]])]


def _on_its_lines(text: str, spans: list[tuple[int, int]], anchor: int) -> list[tuple[int, int]]:
    """Content spans kept to the lines of the cue at ``anchor`` and past a wire dateline; the empty ones dropped."""
    clipped = (after_dateline(text, clip_lines(text, c, anchor)) for c in spans)
    return [c for c in clipped if c[1] - c[0] > 1]


def _nest(cands: list[Candidate]) -> None:
    """An attribution whose cue lies inside another's content is nested in it (the innermost such content)."""
    spans = sorted((c[0], c[1], j) for j, cand in enumerate(cands) for c in cand.contents)
    starts = [s for s, _, _ in spans]
    for i, cand in enumerate(cands):
        cand.parent = None
        if cand.cue is None:
            continue
        k = bisect_right(starts, cand.cue[0]) - 1
        # (the 400 contents before it, latest start first: the first that holds the cue is the innermost)
        cand.parent = next((j for start, end, j in reversed(spans[max(0, k - 399) : k + 1])
                            if j != i and start <= cand.cue[0] and cand.cue[1] <= end), None)
    for i in range(len(cands)):
        # two reports each with its cue in the other's content: the one whose contents reach widest holds, none holds it
        seen = [i]
        up = cands[i].parent
        while up is not None and up not in seen:
            seen.append(up)
            up = cands[up].parent
        if up is not None:
            ring = seen[seen.index(up):]
            outer = max(ring, key=lambda j: _reach(cands[j]))
            cands[outer].parent = None


def _reach(cand: Candidate) -> int:
    """How many characters a candidate's contents span, first to last."""
    return max((e for _, e in cand.contents), default=0) - min((s for s, _ in cand.contents), default=0)


def _kind(text: str, cand: Candidate, quotes: QuoteIndex, singles: QuoteIndex) -> str:
    if cand.nature == BELIEF:
        return "belief"
    if cand.nature == ACCORDING:
        return "according_to"
    if cand.verbatim:
        return "direct"
    # (not a quotation that holds the cue too: '"We were told it could take a month," she said'
    # quotes her words, the report inside them is an indirect one)
    cue = cand.cue
    near = [q for c in cand.contents for q in quotes.overlapping(c[0] - 2, c[1] + 2)
            if cue is None or not inside(cue, (q.start, q.end))]
    near_single = [q for c in cand.contents for q in singles.overlapping(c[0] - 2, c[1] + 2)
                   if cue is None or not inside(cue, (q.start, q.end))]
    spans = [(q.start, q.end) for q in near + near_single]
    direct = all(any(c == s or inside(c, s) and _quote_around(text, c) for s in spans) for c in cand.contents)
    if direct and cand.quoted:
        return "direct"
    if cand.quoted or any(
        any(inside((q.open, q.close), c) or overlaps((q.start, q.end), c) for q in near) for c in cand.contents
    ):
        return "mixed"
    if any(any(inside((q.open, q.close), c) for q in near_single) for c in cand.contents):
        return "mixed"
    return "indirect"


def _quote_around(text: str, span: tuple[int, int]) -> bool:
    before = text[span[0] - 1 : span[0]]
    after = text[span[1] : span[1] + 2]
    return before in QUOTE_CHARS and any(ch in QUOTE_CHARS for ch in after)
