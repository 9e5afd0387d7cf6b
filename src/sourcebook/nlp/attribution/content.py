"""What a cue verb attributes: its complement clause, its object, its infinitive, the
phrase of its particle ('called for X'); the sentence around it when it stands as an aside
('The plan, he said, is dead.') is in ``asides``.

``verb_content`` tries the complements in a fixed order (each step a function below); the first
that applies gives the content spans. Words the content needs in the cue ('as', 'for', a
particle) are appended to ``extra``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .adverb_particles import past_the_particle, phrasal_particles
from .as_objects import subject_before_the_aside
from .asides import ends_with_its_speaker, fronted_subject, grounds_after_the_cue, parenthetical
from .asked_before import no_question_before
from .asked_topics import asked_topic
from .backed_pronouns import backed_pronoun
from .candidate import trim_content
from .char_spans import words_in
from .colon_tails import past_a_closing_colon
from .comments import clause_comment, time_of_a_free_relative
from .continued import shifted_clause_joined
from .deemed import seen_as_passive
from .hung_participles import joined_participles
from .inset_asides import held_around_an_aside
from .joined_clauses import joined_before
from .kids import children_of, rights_of
from .laid_out import thing_laid_out
from .leads import subject_read_as_object, that_clause_read_as_adverbial, wh_clause_read_as_adverbial
from .lexicon import Lexicon
from .misread import plural_read_as_verb
from .more_reported import more_of_the_report, verbless_concession
from .moved_back import thing_moved_back
from .objects import addressee_topic, artefact, disputed_pronoun, infinitive_in_relative, objects_content
from .occasion_ends import content_end
from .parallel_ends import parallel_end
from .particle_objects import particle_object
from .phrase_contents import phrasal_content, prepositional_content
from .predicates import agrees_with_the_clause, clause_spliced_in_headline, list_read_as_conjunct
from .present_pairs import present_clause_joined
from .relative_objects import set_off_relative_object
from .relatives import addressee_clause_before, clause_read_as_relative
from .remark_topics import remark_topic
from .report_ends import main_verb_in_relative_report, told_between
from .result_clauses import result_clause
from .root_asides import report_around_an_aside
from .run_on_ends import run_on_ends
from .set_off_clauses import past_the_cues_time
from .set_off_participles import participle_aside_pair
from .stated_reasons import past_a_stated_reason
from .stranded_quotes import the_speakers_state
from .syntax import (
    CLAUSES,
    adverbial,
    past_a_colon,
    question_mark,
    span_of,
    subtree_span,
    that_clause,
)
from .tails import REPORT_JOINS, drop_writer_tails, with_tail, without_writer_tail
from .told_compounds import past_an_addressee_compound
from .topic_pairs import topic_pair_end
from .trailing import hung_before_the_cue, noun_clause_after, past_the_colon, rest_after_the_cue
from .word_before_that import clause_under_a_word

Spans = list[tuple[int, int]]


def bare_pronoun(doc: Doc, span: tuple[int, int]) -> bool:
    """A content that is one pronoun or wh-word."""
    token = words_in(doc, span[0], span[1], "expand")
    return token is not None and len(token) == 1 and (token[0].pos_ == "PRON" or token[0].tag_ in ("WDT", "WP"))


def verb_content(lex: Lexicon, text: str, verb: Token, lemma: str, extra: list[Token]) -> Spans | None:
    """Content spans of a cue verb, or None when it has no attributable complement; with a
    second reported clause the parser joined to the verb ('said in a statement that X, but that
    Y': 'Y' hung on 'said' with its own 'that')."""
    # ('Water bills, as a spokesman told reporters, will double': the sentence around the aside)
    found = report_around_an_aside(lex, verb, lambda: parenthetical(text, verb, lex))
    found = found or _verb_content(lex, text, verb, lemma, extra) or asked_topic(verb)  # ('Asked at X about Y': ``asked_topics``)
    found = past_the_colon(verb, found) if found else found  # 'said the fix is simple: raise rates'
    found = past_a_closing_colon(verb, found) if found else found  # 'said it has one flaw: it costs too much'
    found = past_a_stated_reason(verb, found) if found else found  # 'called it a mistake because X'
    found = parallel_end(text, verb, found) if found else found  # 'touted plans to X, expand Y', 'of X, the lack of Y'
    found = remark_topic(lex, verb, found, extra) if found else found  # 'sounded a cautious note about X'
    if found and (main := main_verb_in_relative_report(verb)) is not None:  # 'which X say Y, passed Z'
        found[-1] = (found[-1][0], min(found[-1][1], verb.doc[main.left_edge.i - 1].idx))
    if found:
        # (not a clause parallel to the cue's own 'that' clause, the cue's content no 'that' clause: 'told X that
        # the audit found no evidence, but that Y': 'Y' is the teller's)
        children = list(children_of(verb))
        own = any(c.dep_ == "mark" and c.lower_ == "that" for c in children) and not any(
            c.dep_ in CLAUSES and that_clause(c) for c in children)
        for conj in [] if own else [c for c in children if c.i > verb.i and c.dep_ == "conj"]:
            mark = next((c for c in children_of(conj) if c.dep_ == "mark" and c.lower_ == "that"), None)
            if mark is not None and mark.i == conj.left_edge.i and mark.idx >= found[-1][1]:
                found = [*found, (mark.idx + len(mark), subtree_span(conj)[1])]
    return found


def _verb_content(lex: Lexicon, text: str, verb: Token, lemma: str, extra: list[Token]) -> Spans | None:
    children = list(children_of(verb))
    in_lexicon = lemma in lex.cue_verbs or lemma in lex.poll_verbs
    passive = any(c.dep_ == "auxpass" for c in children)
    if passive and lemma in lex.as_passive:
        found = seen_as_passive(lex, lemma, children, extra)
        if found is not None:
            return found
    if lemma in lex.see_as and not passive:
        found = _seen_as(verb, children)
        if found is not None:
            return found
    particles = phrasal_particles(lex, verb, lemma, children)  # (a particle read as an adverb: 'pushed back')
    if particles and (thing_laid_out(lex, lemma, particles[0], children) or thing_moved_back(lemma, particles[0], children)):
        return None  # ('laid out the plates', 'pushed back the deadline')
    if not in_lexicon and not particles and not any(
        c.dep_ == "prep" and c.lower_ in lex.phrasal.get(lemma, ()) for c in children
    ):
        return None
    if in_lexicon and (misread := plural_read_as_verb(verb)) is not None:  # 'said in its release notes that X'
        return [without_writer_tail(lex, misread, skip_that=True)]
    found = _clauses(lex, text, verb, lemma, children)
    if found is None and lemma in lex.phrasal:  # (with the phrase hung on the one addressed: 'warned citizens about X')
        found = phrasal_content(lex, text, verb, lemma, [*children, *addressee_topic(lex, lemma, children)], extra)
    if found is None and particles:  # 'pushed back against X', 'came out against Y'
        found = past_the_particle(lex, text, verb, particles[0], extra)
    if found is not None:
        return found
    objects = [c for c in children if c.dep_ in ("dobj",)]
    xcomps = [
        c for c in children
        if c.dep_ == "xcomp" and (any(g.lower_ == "to" for g in children_of(c)) or c.i > verb.i and (
            c.tag_ == "VBG" or c.tag_ == "VBN" and any(g.dep_ in ("aux", "auxpass") and g.lower_ in ("having", "being")
                                                         for g in children_of(c))))
    ]  # ('denied having been inside the mill', 'described being logged out': a perfect or passive gerund is a gerund)
    if objects and not xcomps and lemma in lex.addressee_verbs:
        # 'urged residents who live near the river to leave', 'asked anyone with information to call'
        xcomps = infinitive_in_relative(objects[0])
    if not objects and not xcomps and in_lexicon:
        found = prepositional_content(lex, text, verb, children, extra)
        if found is not None:
            return found
    # (not a pair whose entry lists its prepositions: 'opened up about X' a cue, 'opened up a lead' none)
    if particles and objects and not in_lexicon and not artefact(lex, objects[0]) and not lex.phrasal.get(
        f"{lemma} {particles[0].lower_}"
    ):
        extra.extend(particles)
        return [with_tail(lex, text, verb, subtree_span(objects[0]), objects[0])]
    if not in_lexicon:
        return None
    found = objects_content(lex, text, verb, lemma, children, objects, xcomps, extra)
    if found is None and particles and not xcomps:  # 'pointed out the cost', ``particle_objects``
        found = particle_object(lex, text, verb, lemma, particles[0], objects, extra)
    return found


def _seen_as(verb: Token, children: list[Token]) -> Spans | None:
    """'voters see her as the stronger candidate'."""
    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    as_prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and objects and c.i > objects[0].i), None)
    if as_prep is not None:
        return [(subtree_span(objects[0])[0], subtree_span(as_prep)[1])]
    return None


def _reduced_relative(lex: Lexicon, clause: Token) -> bool:
    """'said in a written statement read to the court': a participle with no subject or
    auxiliary right after a noun describes that noun; the parser made it the cue's clause."""
    doc = clause.doc
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return (clause.tag_ == "VBN" and clause.left_edge.i == clause.i and before is not None and before.pos_ == "NOUN"
            and before.lemma_.lower() in lex.medium_nouns
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(clause))
            # not 'in an interview taped before the attacks that X', where X is what was said
            and not any(t.dep_ == "mark" and t.lower_ in ("that", "whether", "if") for t in clause.subtree))


def _clauses(lex: Lexicon, text: str, verb: Token, lemma: str, children: list[Token]) -> Spans | None:
    """A complement clause ('said that X', 'asked whether X')."""
    children = [clause_under_a_word(verb, c) for c in children]  # 'said backstage that X': a lone word read as the clause
    clauses = [
        c for c in children
        # a clause before the cue and a semicolon or a colon is a sentence of its own ('X said Y;
        # police put it at Z', 'Others were kinder: the magazine described it as Y')
        if c.dep_ in CLAUSES and not adverbial(lex, c) and not (
            c.i < verb.i and any(t.text in (";", ":") for t in verb.doc[c.i + 1 : verb.i]))
        and not _reduced_relative(lex, c) and not time_of_a_free_relative(verb, c)  # ('what people say when X')
        and not no_question_before(lex, verb, lemma, c)  # ('People come in, they ask about range')
        or lemma in lex.asking and c.dep_ == "advcl" and c.i > verb.i and question_mark(c)
        or c.dep_ == "advcl" and (wh_clause_read_as_adverbial(lex, verb, lemma, c)  # 'did not say when X'
                                  or that_clause_read_as_adverbial(lex, verb, c))  # 'has said only that he is "monitoring X"'
        or c.dep_ == "xcomp" and c.i > verb.i and that_clause(c)  # 'said only that the union would "look at"'
    ]
    clauses = noun_clause_after(verb, clauses)  # 'X, Valde said, in the clearest sign yet that Y': 'Y' is the writer's
    clauses = [c for c in clauses if not told_between(lex, verb, c) and not result_clause(c)  # ('said enough that X')
               and not joined_before(verb, c)  # ('The fund ran dry, so the mayor announced a levy', joined_clauses.py)
               and not the_speakers_state(verb, c, clauses)]  # ('"X," the mayor, visibly shaken, said')
    # (and not '"X," he said, telling reporters, "Y."')
    held = held_around_an_aside(lex, verb)  # ('He worried, friends said, that X': ``inset_asides``)
    if held is not None:
        before, after_that, opening = held
        said = without_writer_tail(lex, after_that, skip_that=before.i == verb.i)
        said = trim_content(text, max(said[0], opening), said[1]) or said  # (not the aside the parser hung inside it)
        if before.i == verb.i:  # 'He worried, friends said, that X': what he worried
            return [said]
        return [span_of([before.left_edge, before]), said]  # what the friends said
    if not clauses:
        misread = clause_read_as_relative(lex, verb, lemma in lex.speech) if lemma in lex.speech or lemma in lex.belief else None
        if misread is None:
            return None
        span = without_writer_tail(lex, misread, skip_that=True)
        # ('told the interviewer that the captain ordered them off minutes before she sank': the
        # clause right after it, no comma between, that the parser hung on the cue goes with it)
        rest = next((c for c in rights_of(verb) if c.dep_ == "advcl" and c.left_edge.i == misread.right_edge.i + 1), None)
        if rest is not None and span[1] == subtree_span(misread)[1]:
            span = (span[0], subtree_span(rest)[1])
        elif span[1] == subtree_span(misread)[1] and (more := more_of_the_report(lex, verb, misread)) is not None and (
                not that_clause(more)):  # ('..., but that Y' is a span of its own, below)
            span = (span[0], subtree_span(more)[1])  # 'told the panel she had been X and had intended Y'
        return [span]
    # a clause on each side of the cue: the one after it is the content; the one
    # before is usually another sentence glued on by the parser
    after = _inside_the_relative(verb, [c for c in clauses if c.i > verb.i])
    # (nor a relative on the whole report, the writer's: '..., which, in Westminster, is what people say')
    after = [c for k, c in enumerate(after) if not (k and (ends_with_its_speaker(lex, c) or clause_comment(c)))]
    other = next((k for k, c in enumerate(after) if k and _another_report(lex, c)), None)
    if other is not None:
        # 'said they were worried, and more than 4 in 10 said X': the parser hung another
        # speaker's report on the cue as a second clause; it is a record of its own
        after = after[:other]
        end = _before_joint(after[-1], clauses[clauses.index(after[-1]) + 1])
        return [without_writer_tail(lex, c) for c in after[:-1]] + [(subtree_span(after[-1])[0], end)]
    spans = [past_the_cues_time(verb, c, without_writer_tail(lex, c)) for c in (after or clauses[-1:])]  # (``set_off_clauses``)
    if len(spans) > 1 and participle_aside_pair(after):
        spans[:2] = [(spans[0][0], spans[1][1])]  # 'think tariffs, once imposed, are hard to lift' (``set_off_participles``)
    if after and (told := addressee_clause_before(lex, verb, after[0])) is not None:
        first = told.left_edge if told.left_edge.lower_ != "that" else told.left_edge.nbor(1)
        spans[0] = (first.idx, spans[0][1])  # 'told the inquest she had not known X needed Y'
    spans[0] = past_an_addressee_compound(lex, verb, after, spans[0])  # 'Nurse tells inquest ward was X' (``told_compounds``)
    lead = subject_read_as_object(lex, verb, after[0]) if after else None
    if lead is not None:  # 'warned the true figure was higher'
        first = lead.left_edge
        if first.lower_ == "that" and first.i == verb.i + 1 and first.dep_ == "det":
            first = first.nbor(1)  # 'warned that loss creep could X': a complementiser read as the subject's determiner
        spans[0] = (first.idx, spans[0][1])
    if not after:  # 'The mood was grim: "We have lost everything," one resident said'
        spans[-1] = (past_a_colon(text, *spans[-1]), spans[-1][1])
        if (hung := hung_before_the_cue(verb, clauses[-1])) is not None:  # 'X not in anger but in silence, she said'
            spans[-1] = (spans[-1][0], max(spans[-1][1], hung))
        if (rest := _clause_after_the_aside(verb) or grounds_after_the_cue(lex, verb, clauses[-1])) is not None:
            spans.append(subtree_span(rest))  # 'Rents had risen, he testified, and workers left', '..., because X': both
        if (joined := _clause_joined_before(lex, verb, clauses[-1])) is not None:  # 'Eight were hurt, and one died, the CDC said'
            spans[-1] = (joined.left_edge.idx, spans[-1][1])
        if (rest_span := rest_after_the_cue(verb, clauses[-1])) is not None:
            spans.append(rest_span)  # 'X fell to $28,900, the report found, down from $36,400'
    if after and spans[-1][1] == subtree_span(after[-1])[1]:
        more = (more_of_the_report(lex, verb, after[-1]) or agrees_with_the_clause(verb, after[-1])
                or list_read_as_conjunct(verb, after[-1]) or verbless_concession(verb, after[-1])
                or clause_spliced_in_headline(verb, after[-1], lex.speech) or shifted_clause_joined(lex, verb, after[-1])
                or present_clause_joined(lex, verb, after[-1]))
        if more is not None:  # (without the writer's tail: '... and would ask X, though she did not say how much')
            reach = without_writer_tail(lex, more) if more.pos_ in ("VERB", "AUX") else subtree_span(more)
            spans[-1] = (spans[-1][0], reach[1])
    fronted = (fronted_subject(verb) or subject_before_the_aside(verb)) if after else None
    if fronted is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(after[0])):
        spans.insert(0, subtree_span(fronted))  # 'The airline, he told the Post, was following X'
    if after and spans[0][0] < verb.idx <= spans[0][1]:
        # the content runs around the cue clause (verbs._pronoun_around mends the same for objects)
        return _around_the_cue(lex, verb, after[0], spans)
    return spans


def _clause_after_the_aside(verb: Token) -> Token | None:
    """A clause joined after a cue set off by commas inside the report ('X, he testified, and Y', 'X, she told the meeting,
    and Y') goes on with it: with a subject of its own, or sharing the report's in a tense not the cue's ('..., and is Z')."""
    doc, end = verb.doc, max((c.right_edge.i for c in rights_of(verb) if c.dep_ not in ("conj", "cc", "punct")), default=verb.i)
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ not in ("and", "but") or any(
            t.is_quote for t in doc[verb.sent.start : verb.i]):
        return None  # (not after a quotation: '"...," Ebeling said, and her husband cut in')
    c = next((c for c in rights_of(verb) if c.dep_ == "conj" and c.i > end + 2), verb)
    auxes = [g for g in children_of(c) if g.dep_ in ("aux", "auxpass") and g.i < c.i]
    finite = (auxes or [c])[0]  # (the cue's plain past is the writer's next event: 'X, Hollis said, and the order was lifted')
    past = verb.tag_ == finite.tag_ == "VBD" and c.lemma_ not in ("be", "have") and all(g.dep_ == "auxpass" for g in auxes)
    own = any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in children_of(c))
    return c if c.i != verb.i and (own and not past or verb.tag_ == "VBD" and finite.tag_ in ("VBZ", "VBP", "MD")) else None


def _clause_joined_before(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """The clause joined by '(,) and' / '(,) but' before the reported clause of a trailing cue ('Eight
    were hospitalized, and one died, the CDC reported'), which the parser made the clause the cue
    is a conjunct of: the report covers both (not 'He said X, and Y, officials said': a report of
    its own)."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= clause.left_edge.i or head.pos_ not in ("VERB", "AUX") or (
            head.lemma_.lower() in lex.cue_verbs or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i
                                                            for c in children_of(verb))):
        return None
    doc = verb.doc
    cc = next((c for c in children_of(head) if c.dep_ == "cc" and c.i + 1 == clause.left_edge.i), None)
    # (with a comma or without: 'The officer left the bank in 2022 and the post remained vacant, the report found')
    if cc is None or cc.lower_ not in REPORT_JOINS or any(
            t.text in (";", ":") or t.is_quote for t in doc[head.left_edge.i : verb.i]):
        return None
    return head


def _inside_the_relative(verb: Token, after: list[Token]) -> list[Token]:
    """'The plan, which critics say is unworkable, passed by two votes': a cue in a relative
    clause reports nothing past the comma that closes it, where the parser may hang the main
    clause's verb on the cue as a second complement."""
    if verb.dep_ != "relcl" or len(after) < 2:
        return after
    doc = verb.doc
    cut = next((k for k, c in enumerate(after) if k and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)
    return after if cut is None else after[:cut]


#: pronouns that open a free relative ('what the mayor said was true', 'what she wants to build')
WH_PRONOUNS = frozenset(["what", "whatever"])


def _around_the_cue(lex: Lexicon, verb: Token, clause: Token, spans: Spans) -> Spans | None:
    """'a surge of voters, which officials say could help the mayor': the parser hangs the
    relative pronoun on the reported clause, whose words then run around the cue clause; the
    content is the pronoun and the clause after the cue (as when the pronoun hangs on the cue)."""
    doc = verb.doc
    relative = doc[clause.left_edge.i]
    # 'displaying what analysts said was a sign of X' too, for verbs of saying ('what he believes
    # are X', 'what I want you to know' leave too little of a content)
    wh = relative.lower_ in WH_PRONOUNS and verb.lemma_.lower() in lex.speech
    if relative.lower_ not in lex.relative_pronouns and not wh or relative.head.i != clause.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in children_of(verb)):
        return None
    rest = verb.i + 1
    return [span_of([relative]), (doc[rest].idx, spans[0][1])] + spans[1:]


def _another_report(lex: Lexicon, clause: Token) -> bool:
    """A clause whose verb is a verb of saying with a subject of its own, joined by 'and' or
    'but' ('..., and more than 4 in 10 said X')."""
    left = clause.left_edge.i
    return (clause.lemma_.lower() in lex.speech and clause.pos_ == "VERB" and left > 0
            and clause.doc[left - 1].lower_ in REPORT_JOINS
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in children_of(clause))
            and not that_clause(clause))  # '... and that residents said X': more of the report


def _before_joint(clause: Token, following: Token) -> int:
    """Where ``clause`` ends before the comma and conjunction that join ``following`` to it."""
    doc = clause.doc
    end = following.left_edge.i
    while end > clause.i + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    last = doc[end - 1]
    return last.idx + len(last)


def finished_contents(lex: Lexicon, text: str, verb: Token, content: Spans, keep_empty: bool) -> Spans | None:
    """The trimmed content spans; None when there is nothing to attribute."""
    contents = [c for c in (trim_content(text, s, e) for s, e in content) if c]
    if not contents and not keep_empty:
        return None
    contents = [drop_writer_tails(lex, text, verb.doc, c) for c in contents]
    contents[-1:] = [topic_pair_end(verb.doc, c) for c in contents[-1:]]  # 'talk about X and how Y'
    contents = [content_end(lex, text, verb.doc, verb, c) for c in contents]  # (a stance's: not the writer's relative; occasion)
    contents = run_on_ends(lex, verb, contents)  # 'backed raising X, limiting Y and Z'; 'said X, Y and Z' (lists)
    contents = joined_participles(lex, text, verb, contents)  # ('said X was fed by fertiliser washed off fields')
    if contents and all(bare_pronoun(verb.doc, c) for c in contents) and not disputed_pronoun(lex, verb, contents) and (
            not set_off_relative_object(verb, contents)) and not backed_pronoun(lex, verb, contents):
        # (but 'X, which the mayor opposed': ``relative_objects``; 'endorsed him': ``backed_pronouns``)
        return None  # 'wants what', 'refers to which', 'to vote for him': no content of its own
    return contents
