"""Cue-driven rules over the dependency parse: reported speech, beliefs, nominal cues and
"according to".

For each cue (a verb, noun or adjective of the lexicon) the source is its subject (maximal:
appositions and relative clauses included), the content its complement clause, object or
infinitive, and the cue the word with its auxiliaries, negation and particles. The rules
live by cue kind: ``verbs`` (+ ``content`` for what a verb attributes, ``asides`` for the
sentence around a cue clause set beside it), ``nouns`` (nouns and
adjectives), ``markers`` ('according to', colons, and reporting tails read from the words
where the parse shows no cue: 'X, records show.'); ``syntax`` holds the walks over the parse
they share. ``CueRules`` tries them, in this order, on every token whose form or lemma may be a cue's.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from .asked_after import without_asker
from .attitude_adjectives import attitude_adjective, attitude_key
from .bare_stances import bare_stance
from .came_replies import came_reply
from .candidate import SPEECH, Candidate, trim, trim_content
from .closed_quotes import opens_past_its_quotation
from .copula_holders import to_copula_holder
from .dash_sources import dash_source
from .drawn_criticism import drawn_criticism
from .feelings import feeling_cue
from .fragments import fragment_before
from .framed_accounts import framed_account
from .guarded_frames import guarded_frame_cue
from .heard import heard_cue, heard_read_as_noun, told_in_headline
from .hearsay_tails import writer_comment_start
from .impersonal_stances import AIR_NOUNS, existential_stance
from .labels import explainer_heading
from .lexicon import Lexicon
from .light_idioms import light_idiom_cue
from .list_items import numbered_item, past_list_number
from .looked_to import looked_to
from .markers import colon_cue
from .nouns import adjective_cue, copula_cue, noun_cue
from .phrases import according_to, bare_per, view_phrase
from .presumed_states import presumed_state
from .proforms import pro_form_cue
from .quantifiers import without_floating_quantifier
from .quote_verbs import quote_verb
from .quoted_dashes import quoted_dash
from .quoted_rest import quotation_after_source
from .ratings import rating_cue
from .read_in_phrases import read_in_phrase
from .relatives import clause_in_phrase, clause_read_as_object
from .reporting_tails import reporting_tail, source_in_report
from .seem import seem_cue, widen_to_seem
from .set_adjectives import set_adjective
from .shown_signs import shown_sign
from .stances import stance_cue
from .surveys import in_survey
from .syntax import shown_subject, source_like, source_span, subtree_span, that_clause
from .tables import text_of, words_of
from .tails import without_writer_tail
from .verbs import idiom_cue, verb_cue
from .won_support import WON_NOUNS, won_support


class CueRules:
    """Finds the cue-driven candidates of one Doc."""

    def __init__(self, lexicon: Lexicon, common_nouns: frozenset[str] = frozenset()) -> None:
        self.lex = lexicon
        self.common_nouns = common_nouns  # the pipeline's list of the language's common nouns
        self.documents = lexicon.document_nouns  # 'Poll:' heads a headline
        self.verbs = lexicon.cue_verbs | lexicon.poll_verbs | frozenset(lexicon.phrasal) | lexicon.as_passive
        self.nouns = lexicon.speech_nouns | lexicon.belief_nouns
        self.cue_lemmas, self.cue_forms = _cue_words(lexicon, self.verbs, self.nouns)

    def speaker_noun(self, token: Token) -> bool:
        """A common noun that can make a statement ('insiders', 'economists', 'the poll')."""
        return token.lower_ not in self.lex.line_labels and source_like(self.lex, token)

    def find(self, doc: Doc, sentences: list[Span]) -> list[Candidate]:
        text, words, out = text_of(doc), words_of(doc), []
        lemmas, forms = self.cue_lemmas, self.cue_forms
        # only a word whose form or lemma is a cue's can be one (``_cue_words``): the rest, most of the article's
        # words, are skipped in one pass over the word lists, before spaCy makes a Token of them
        # (each distinct lemma lowered once: an article repeats most of its lemmas)
        cue_lemmas = {lemma for lemma in set(words.lemma) if lemma.lower() in lemmas}
        cues = [i for i, (lower, lemma) in enumerate(zip(words.lower, words.lemma, strict=True))
                if lower in forms or lemma in cue_lemmas]
        for index, sent in enumerate(sentences):
            for i in cues[bisect_left(cues, sent.start) : bisect_left(cues, sent.end)]:
                token = doc[i]
                cand = self.token_cue(text, token, sent)
                if cand is not None and cand.contents and opens_past_its_quotation(token, cand.contents[0][0]):
                    cand.contents = []  # '"She said, 'Go home,'" the guard said': the closing clause is no content
                if cand is None:
                    cand = reporting_tail(self.lex, text, token, sent)
                elif not cand.contents and cand.verb is not None and (
                        tail := reporting_tail(self.lex, text, token, sent)) is not None and source_in_report(cand, tail):
                    cand = tail  # ('X will keep rising, the firm's economist, Ann Lee, told reporters.': ``source_in_report``)
                elif not cand.contents and cand.verb is not None:  # it waits for a quotation
                    # (or a clause the parser hung on a phrase after the cue: 'said at a briefing that X')
                    cand.fallback = tail.contents if tail is not None else (
                        clause_in_phrase(self.lex, token) or clause_read_as_object(token)
                        or fragment_before(self.lex, token))  # ('Not necessarily, Dr Lee says.')
                    if cand.fallback and cand.cue and cand.cue[0] < cand.fallback[-1][1] <= token.idx:
                        cand.cue = (token.idx, cand.cue[1])  # ('Probably not, says X': the 'not' is the fragment's)
                if cand is not None:
                    cand.sentence = index
                    if cand.source and cand.source_token is not None and (
                            cut := quotation_after_source(doc, i, cand.source_token)) is not None:
                        cand.source = trim(text, cand.source[0], cut)  # 'X was, said one aide, "a surprise."'
                    widen_to_seem(self.lex, token, cand)  # 'seemed to recognize X'
                    without_floating_quantifier(doc, cand)  # 'X, Y and Z all say': X, Y and Z
                    to_copula_holder(doc, text, cand)  # 'X is among those who say Y': X (``copula_holders``)
                    without_asker(self.lex, doc, cand)  # '"No," she said, asked about X': no asker named
                    if cand.source and cand.cue and cand.source[0] < cand.cue[0] < cand.source[1] and cand.contents and all(
                            end <= cand.source[0] for _, end in cand.contents):
                        # 'X, the agency said on Friday, the fastest rate ...' read as one noun phrase: the
                        # source after its content ends before its cue
                        cand.source = trim(text, cand.source[0], cand.cue[0])
                    out.append(cand)
            cand = colon_cue(text, past_list_number(sent), index, sentences, self.lex.line_labels, self.speaker_noun,
                             self.common_nouns, self.documents)
            dashed = dash_source(text, sent, index, self.speaker_noun) or quoted_dash(text, sent, index) if index < 2 else None
            if dashed is not None and dashed.cue is not None and (
                    cand is None or cand.contents and cand.contents[-1][1] >= dashed.cue[1]):
                cand = dashed  # 'Fuel queues will end by Friday - Minister' (``dash_sources``)
            if cand is not None and not numbered_item(text, cand):  # ('3. Harbor Lamp: The glow is warm.')
                out.append(cand)
        return out

    def token_cue(self, text: str, token: Token, sent: Span) -> Candidate | None:
        """The candidate of the cue ``token`` is, if it is one (``find`` tries only the words
        ``_cue_words`` lets through: a branch testing other words adds them there)."""
        lex, pos, lower = self.lex, token.pos_, token.lower_  # (read once: spaCy looks each string up anew)
        lemma = token.lemma_.lower()
        if pos in ("VERB", "AUX"):
            lemma = lex.verb_lemma(lemma, lower)  # (a misread form: 'hoping' -> 'hop')
        if pos == "VERB" and lemma in lex.light_verbs and (cand := guarded_frame_cue(lex, text, token, lemma)):
            return cand  # 'brushed off the criticism', 'took aim at the rival' (``guarded_frames``)
        if lemma in lex.speech_idioms and pos == "VERB":
            cand = idiom_cue(lex, text, token, lemma)
            if cand is not None:
                return cand
        if pos == "VERB" and lemma in lex.light_verbs and (cand := light_idiom_cue(lex, text, token, lemma)):
            return cand  # 'made the case that Y', 'took issue with Y'
        if lower in lex.rating_lemmas and (cand := rating_cue(lex, text, token)) is not None:
            return cand  # 'rated the claim false', 'places the state ninth'
        if token.tag_ == "VBN" and lower in lex.adjectives:  # 'are convinced (that) Y'
            cand = adjective_cue(lex, text, token) or set_adjective(lex, text, token)
            if cand is None and (key := attitude_key(lex, token)) is not None:
                cand = attitude_adjective(lex, text, token, key)  # its own preposition ('are opposed to X')
            if cand is not None:
                return cand
        if lemma == "go" and pos == "VERB" and (cand := quote_verb(lex, text, token)) is not None:
            return cand  # 'She went on: "..."'
        if lemma in lex.feeling_verbs and pos == "VERB" and (cand := feeling_cue(lex, text, token)) is not None:
            return cand  # 'The remark angered farmers': the farmers' feeling
        if lemma == "look" and pos == "VERB" and (cand := looked_to(lex, text, token)) is not None:
            return cand  # 'looked to cut the rate': an aim, as 'sought to'
        if lower in ("believed", "tell") and (cand := framed_account(lex, text, token, sent)) is not None:
            return cand  # 'If the airline is to be believed, Y', 'To hear the coach tell it, Y'
        if lower == "told" and (cand := told_in_headline(lex, text, token)) is not None:
            return cand  # 'Driver was on phone, jury told': a headline's passive, from no one named
        if pos in ("VERB", "AUX") and lemma in self.verbs:
            return (pro_form_cue(lex, text, token, lemma) or verb_cue(lex, text, token, lemma)
                    or _shown_clause(lex, text, token) or _verb_in_subject_phrase(lex, text, token)
                    or shown_sign(lex, text, token) or presumed_state(text, token)  # ('are feared dead')
                    # ('"No," he agreed.': a verb of the lexicon also a cue beside a quotation alone)
                    or quote_verb(lex, text, token, colon_only=lemma not in lex.quote_verbs))  # ('found:', ``line_colons``)
        if lemma == "hear" and pos == "VERB":
            return heard_cue(lex, text, token)
        if lower in ("heard", "hears"):
            return heard_read_as_noun(lex, text, token)  # ', an inquest heard.' read as a noun phrase
        if lemma in lex.quote_verbs and (pos == "VERB" or _subject_before(token)):
            return quote_verb(lex, text, token)  # ('The post read: "..."', 'read' a noun with a subject)
        if token.tag_ == "VBG" and token.dep_ == "aux" and lex.verb_lemmas.get(lower) in lex.quote_verbs:
            return quote_verb(lex, text, token)  # ('a message reading "Thank you"': read as the quotation's auxiliary)
        if lemma in lex.seem_verbs and pos in ("VERB", "AUX"):
            return seem_cue(lex, text, token, lambda inner: self.token_cue(text, inner, sent) is not None)
        if lower == "reportedly" and token.dep_ == "advmod":
            return _reportedly(lex, text, token)
        as_per = lower == "as" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "per"
        if lower == "according" or as_per or lower == "per" and bare_per(token, sent):
            return according_to(lex, text, token, sent)
        if pos == "NOUN" and lex.verb_lemmas.get(lower) in self.verbs and _verb_read_as_noun(token):
            cand = verb_cue(lex, text, token, lex.verb_lemmas[lower])
            names = [c for c in token.lefts if c.dep_ == "compound"]  # '... at Ferrant Capital' hung on the verb
            if cand is not None and cand.source is not None and names and cand.source[1] <= names[0].idx:
                cand.source = trim(text, cand.source[0], names[-1].right_edge.idx + len(names[-1].right_edge))
            return cand
        if pos == "NOUN" and (lex.verb_lemmas.get(lower) in self.verbs or lower in lex.quote_verbs):
            cand = (_verb_read_in_agent(lex, text, token) or _verb_read_as_head(lex, text, token)
                    or _verb_in_subject_phrase(lex, text, token) or read_in_phrase(lex, text, token))
            if cand is not None:
                return cand
        if pos == "NOUN" and lower in lex.view_nouns:
            cand = view_phrase(lex, text, token, sent)
            if cand is not None:
                return cand
        if pos in ("NOUN", "PROPN") and lower in lex.in_polls:
            cand = in_survey(lex, text, token, sent)
            if cand is not None:
                return cand
        if pos == "NOUN" and token.dep_ in ("nsubj", "attr") and lower not in self.nouns:
            cand = came_reply(lex, text, token)  # ('"Guilty," came the verdict': no noun of speech, but a reply)
            if cand is not None:
                return cand
        if pos == "NOUN" and lower in self.nouns:
            cand = noun_cue(lex, text, token)
            if cand is None and lower in lex.copula_nouns:
                cand = copula_cue(lex, text, token)
            return (cand or stance_cue(lex, text, token) or drawn_criticism(lex, text, token) or won_support(lex, text, token)
                    or bare_stance(lex, text, token) or existential_stance(lex, text, token))
        if pos == "NOUN" and lemma in AIR_NOUNS and (cand := existential_stance(lex, text, token)) is not None:
            return cand  # 'There is broad agreement that X' (``impersonal_stances``)
        if pos == "NOUN" and lower in lex.copula_nouns:
            return copula_cue(lex, text, token)
        if pos == "NOUN" and (lemma in lex.stance_nouns or lemma in lex.advocate_nouns or lemma in WON_NOUNS):
            # 'her support for X', 'X has support among Y'
            return (stance_cue(lex, text, token) or drawn_criticism(lex, text, token) or won_support(lex, text, token)
                    or bare_stance(lex, text, token))
        if pos == "ADJ" and lemma in lex.adjectives:
            cand = adjective_cue(lex, text, token) or set_adjective(lex, text, token)  # ('Voters, angry about X,')
            if cand is not None or (key := attitude_key(lex, token)) is None:
                return cand
            return attitude_adjective(lex, text, token, key)  # its own preposition ('is opposed to X')
        if (key := attitude_key(lex, token)) is not None:
            return attitude_adjective(lex, text, token, key)  # 'X is interested in Y'
        return None


def _cue_words(lex: Lexicon, verbs: frozenset[str], nouns: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(the lemmas, the lower-case forms) of the words ``CueRules.token_cue`` or ``reporting_tail``
    may take for a cue: a word whose lemma (lower case) is in neither set and whose form is not in
    the second is none. ``token_cue`` reads a word's lemma as its own or as the lexicon's lemma of
    its form (``verb_lemmas``), and tests its form against the word lists of rating verbs,
    adjectives, view, poll, speech, belief, stance and copula nouns, quote verbs, verbs of feeling and a few single words;
    ``reporting_tail`` takes the forms of the verbs of saying, believing and polling and 'read'."""
    lemmas = (frozenset(lex.speech_idioms) | lex.light_verbs | verbs | lex.quote_verbs | lex.seem_verbs | lex.adjectives
              | frozenset(lex.attitude_adjectives) | frozenset(lex.stance_nouns) | lex.advocate_nouns | lex.feeling_verbs
              | WON_NOUNS | AIR_NOUNS | frozenset(["hear"]))
    tails = lex.speech | lex.belief | lex.poll_verbs
    forms = frozenset(form for form, lemma in lex.verb_lemmas.items() if lemma in lemmas or lemma in tails)
    return lemmas, forms | frozenset(lex.rating_lemmas) | lex.adjectives | lex.view_nouns | lex.in_polls | nouns | (
        frozenset(lex.attitude_adjectives) | lex.copula_nouns | lex.quote_verbs
        | frozenset(["heard", "reportedly", "according", "as", "per", "read", "reads"]))


def _subject_before(token: Token) -> bool:
    """A word the tagger read as a noun that the parser gave a subject before it, which no noun has."""
    return token.pos_ == "NOUN" and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)


def _verb_read_as_noun(token: Token) -> bool:
    """'Economists at Ferrant Capital estimate that X', 'Documents seen by the paper show that
    X', '"...," Mr Ajani-Lawal lamented', 'Police urge drivers to slow down': the tagger read the
    verb as a noun, the parser still gave it a subject before it and a clause or an object after
    it (or it has a past tense's ending), which no noun has. Or 'She replied on Facebook, writing:
    "..."': a participle set off after a comma that the parser hung on the sentence's verb as a
    clause with a clause of its own, read as a noun all the same."""
    if (token.dep_ == "advcl" and token.tag_ == "NN" and token.lower_.endswith("ing") and token.head.pos_ == "VERB"
            and token.i > 0 and token.nbor(-1).text == "," and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)):
        return True
    return _subject_before(token) and (
        any(c.dep_ in ("ccomp", "dobj") and c.i > token.i for c in token.children) or token.lower_.endswith("ed"))


def _shown_clause(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """'Documents show officials knew the dam was unsafe': the parser made the cue a compound of
    the noun after it (``syntax.shown_subject``); the clause that noun opens is what it shows."""
    noun = verb.head
    if verb.dep_ != "compound" or getattr(shown_subject(noun), "i", None) != verb.i or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i)
    if not source_like(lex, subject):
        return None
    content = trim_content(text, verb.doc[verb.i + 1].idx, subtree_span(noun.head)[1])
    if content is None:
        return None
    return Candidate(cue=(verb.idx, verb.idx + len(verb)), source=source_span(text, subject), contents=[content],
                     nature=SPEECH, source_token=subject.i)


def _verb_read_in_agent(lex: Lexicon, text: str, token: Token) -> Candidate | None:
    """'Documents seen by the Herald show that X', 'A post shared on Facebook claims that X': the
    parser read the verb as a noun after the name closing the participle's phrase ('the Herald
    show') and hung the clause elsewhere; the thing seen or shared is the source, the rest of the
    sentence after the verb the content."""
    agent = token.head
    thing = agent.head.head
    if not (token.dep_ == "pobj" and agent.dep_ in ("agent", "prep") and agent.head.dep_ == "acl" and agent.head.tag_ == "VBN"
            and token.i + 1 < token.sent.end and token.nbor(1).lower_ == "that" and token.nbor(-1).pos_ == "PROPN"
            and source_like(lex, thing) and thing.i < agent.head.i and thing.lower_ not in lex.report_nouns):
        return None  # ('Reports relayed by the Red Cross allege': the reports' own, relayed)
    return _rest_of_sentence(text, token, thing)


def _verb_read_as_head(lex: Lexicon, text: str, token: Token) -> Candidate | None:
    """'The Treasury forecasts that growth will slow', 'The post read: "..."': the parser read
    the verb as a noun heading the sentence, its subject as a modifier and the clause as a
    relative one (or the clause after the colon as the noun's)."""
    subject = next((c for c in token.lefts if c.dep_ == "compound"), None)
    # (after the place of saying, too: 'Cascade Culture states on its website that X')
    said_in = {t.i for c in token.rights if c.dep_ == "prep" for t in c.subtree}
    clause = next((c for c in token.rights if c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "that"
                   and all(i in said_in for i in range(token.i + 1, c.left_edge.i))), None)
    named = next((c for c in token.lefts if c.dep_ == "amod" and c.is_title and c.ent_type_ != "NORP"), None)
    if clause is None and token.tag_ == "NNS":
        # 'Orimed maintains that X': a clause opened by 'that' the parser hung on the noun as a verb's (ccomp; a noun's
        # own it makes relative: 'False claims that the vote was rigged'), its name read as an adjective
        clause = next((c for c in token.rights if c.dep_ == "ccomp" and that_clause(c)
                       and all(i in said_in for i in range(token.i + 1, c.left_edge.i))), None)
        subject = subject if subject is not None or clause is None else named
    elif subject is None and named is not None and any(t.text == named.text and (t.pos_ == "PROPN" or t.ent_type_ in (
            "ORG", "PERSON")) for t in token.doc):
        subject = named  # (or as a relative one, its name an adjective here and a name elsewhere in the text)
    if clause is not None and token.tag_ != "NNS":
        return None  # a singular noun's relative clause is its own ('the plan that was approved')
    if clause is None and token.i + 1 < len(token.doc) and token.nbor(1).text == ":" and not explainer_heading(
            token.nbor(1)):  # 'The post read: "..."' (not 'Energy bills: how the cap works', ``labels``)
        clause = next((c for c in token.rights if c.dep_ == "ccomp" and c.i > token.i + 1), None)
    if token.dep_ != "ROOT" or subject is None or clause is None or not source_like(lex, subject):
        return None
    source = trim_content(text, token.left_edge.idx, token.idx)
    content = trim_content(text, clause.left_edge.idx, subtree_span(clause)[1])
    if source is None or content is None:
        return None
    return Candidate(cue=(token.idx, token.idx + len(token)), source=source, contents=[content], nature=SPEECH,
                     source_token=subject.i)


def _verb_in_subject_phrase(lex: Lexicon, text: str, token: Token) -> Candidate | None:
    """'Analysts at Pellworth estimate peak sales of $1.3 billion', 'Economists at the bank forecast
    growth of 2 percent': the parser read the sentence as a noun phrase, the verb as a modifier of
    the noun after it in the phrase of its subject's preposition. A present tense agreeing with
    the sentence's head noun (no verb in the sentence before it) is the head's verb: the head and
    its phrase are the source, the rest of the sentence the content."""
    # (or as the object of that preposition, before a clause 'that' opens: 'Billboards on the highway promise that X')
    read_as_object = token.dep_ == "pobj" and token.i + 1 < token.sent.end and token.nbor(1).lower_ == "that"
    if token.dep_ not in ("compound", "amod", "nmod") and not read_as_object:
        return None  # (tested before the sentence's root is found: most words tried here are no such modifier)
    head = token.sent.root
    if head.pos_ not in ("NOUN", "PROPN") or head.i >= token.i:
        return None
    plural = head.tag_ in ("NNS", "NNPS")
    if token.lower_.endswith("s") == plural or token.doc[token.i - 1].pos_ not in ("NOUN", "PROPN") or not source_like(lex, head):
        return None  # (agreeing: 'Analysts ... estimate', 'The bank ... estimates'; not 'analysts at the bank's estimates')
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i < token.i and token in c.subtree), None)
    if prep is None or any(t.pos_ in ("VERB", "AUX") for t in token.doc[token.sent.start : token.i]):
        return None
    return _rest_of_sentence(text, token, head)


def _rest_of_sentence(text: str, token: Token, holder: Token) -> Candidate | None:
    """``token`` the cue of a sentence the parser read as a noun phrase: ``holder``'s phrase before it the
    source, the rest of the sentence after it the content ('Documents seen by the Herald | show | that X')."""
    end = token.sent.end - 1 if token.sent[-1].is_punct else token.sent.end
    last = token.doc[end - 1]
    content = trim_content(text, token.doc[token.i + 1].idx, last.idx + len(last)) if end > token.i + 1 else None
    source = trim_content(text, holder.left_edge.idx, token.idx)
    if content is None or source is None:
        return None
    return Candidate(cue=(token.idx, token.idx + len(token)), source=source, contents=[content], nature=SPEECH,
                     source_token=holder.i)


def _reportedly(lex: Lexicon, text: str, token: Token) -> Candidate | None:
    """'Ministers are reportedly furious', 'with X reportedly considering a run', 'Reportedly, X': what unnamed
    reports say, the clause around the adverb (with the noun a participle's clause is set
    beside, its subject), the adverb the cue."""
    verb = token.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX", "ADJ") or lemma in lex.cue_verbs and lemma not in lex.learned_verbs and (
            verb_cue(lex, text, verb, lemma) is not None):
        return None  # ('Trump reportedly said X': part of that cue)
    start, end = without_writer_tail(lex, verb)
    if verb.dep_ == "acl" and verb.head.i < verb.i:  # 'Bloomberg reportedly considering a run'
        start = subtree_span(verb.head)[0]
    # (or after it when it opens the sentence set off: 'Reportedly, the striker has a new agent')
    opening = token.is_sent_start and token.i + 1 < len(token.doc) and token.nbor(1).text == ","
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (c.i < token.i or opening)), None)
    if subject is None and verb.dep_ != "acl":
        return None
    comment = writer_comment_start(verb)  # ('Reportedly, the mayor will resign, and I for one will not miss her')
    end = min(end, comment) if comment is not None and comment > token.idx else end
    pieces = [trim_content(text, start, token.idx), trim_content(text, token.idx + len(token), end)]
    contents = [p for p in pieces if p is not None and p[1] > p[0]]
    if not contents:
        return None
    cand = Candidate(cue=(token.idx, token.idx + len(token)), source=None, contents=contents, nature=SPEECH)
    cand.reports = True
    return cand
