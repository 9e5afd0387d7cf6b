"""Cue-driven rules over the dependency parse: reported speech, beliefs, nominal cues and
"according to".

For each cue (a verb, noun or adjective of the lexicon) the source is its subject (maximal:
appositions and relative clauses included), the content its complement clause, object or
infinitive, and the cue the word with its auxiliaries, negation and particles.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidate import ACCORDING, BELIEF, SPEECH, Candidate, trim, trim_content
from .lexicon import Lexicon

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CLAUSES = ("ccomp",)
OBJECTS = ("dobj", "dative", "attr")
LEFT_CUE_DEPS = ("aux", "auxpass", "neg")
CLIMB_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acl", "ccomp", "prep")
DESCRIBE = frozenset("describe label brand dub call term characterize characterise portray".split())
OBJECT_PREPS = frozenset("of for as about against to on over into with from in".split())
ANY_OBJECT = frozenset(
    "say tweet post write declare explain recall recount reveal detail answer reiterate repeat echo claim "
    "allege proclaim clarify note highlight state text email".split()
)
DROP_SUBJECTS = frozenset("it this that there what which".split())
NO_SOURCE = frozenset("there what this that".split())
NOUN_PREPS = frozenset("of about over for against".split())
GENERIC_PREPS = frozenset("about for against of over".split())
NOT_CONTENT_ENTS = ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL")


def span_of(tokens) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def subtree_span(token: Token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right)


TAIL_DEPS = frozenset(["prep", "xcomp", "oprd", "npadvmod", "dative", "ccomp", "dobj", "advmod"])
TAIL_PREPS = frozenset("to as with than of for about against from into on in over at".split())
TAIL_STOP = frozenset("in on at during after before since until".split())


def with_tail(text: str, verb: Token, span: tuple[int, int], first: Token) -> tuple[int, int]:
    """Grow an object content over the verb's complements that follow it without a break:
    'called on X to do Y', 'described X as Y', 'mentioned X five times', 'asked for X to Y'.
    Time, place and medium phrases ('in Iowa', 'on Monday') and anything after a comma stop it."""
    end = span[1]
    for child in verb.rights:
        if child.i <= first.i or child.idx < end and child.i <= first.right_edge.i:
            continue
        left = child.left_edge
        if left.idx < end or child.dep_ in ("cc", "punct"):
            continue
        gap = text[end : left.idx].strip()
        if gap in (",", ", and", ", or", "and", "or") and (
            child.dep_ == "appos" or child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")
        ):
            end = subtree_span(child)[1]  # 'promoted his book, X, and her campaign' hung on the verb
            continue
        if gap:
            break  # punctuation, a conjunction or a skipped word between them
        infinitive = child.dep_ == "advcl" and left.lower_ == "to" and left.dep_ == "aux"
        if child.dep_ not in TAIL_DEPS and not infinitive:
            break
        if child.dep_ == "prep" and (child.lower_ not in TAIL_PREPS or child.lower_ in TAIL_STOP and _circumstance(child)):
            break
        if child.dep_ in ("npadvmod", "advmod") and (child.ent_type_ in ("DATE", "TIME") or child.pos_ != "NOUN" and child.dep_ == "npadvmod"):
            break
        if child.dep_ == "advmod" and child.lower_ not in ("too", "either", "instead", "again", "rather"):
            break
        end = subtree_span(child)[1]
    return (span[0], end)


def _circumstance(prep: Token) -> bool:
    """'in Iowa', 'on Monday', 'in a statement', 'on Twitter': not part of the content."""
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return True
    if pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "EVENT", "NORP"):
        return True
    return pobj.lemma_.lower() in CIRCUMSTANCE_NOUNS


CIRCUMSTANCE_NOUNS = frozenset(
    "statement interview speech debate rally event conference briefing call letter post tweet twitter facebook "
    "television tv radio show program programme appearance op-ed email memo video ad campaign hearing meeting "
    "morning afternoon evening night week weekend month year day time".split()
)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject of ``verb``, or of the verb it hangs from (conj, xcomp, participles)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if subjects:
        # the parser may give a verb two subjects across a line break: the nearest wins
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return None  # the 'who' is missing: the antecedent is taken by the caller
    if depth < 3 and verb.dep_ in CLIMB_DEPS and verb.head.i != verb.i:
        if verb.dep_ == "ccomp":
            return None
        return subject_of(verb.head, depth + 1)
    return None


ADDRESSEE_VERBS = frozenset("tell ask inform notify assure advise remind urge warn brief".split())
CLOSING_MARKS = frozenset(['"', "''", "\u201d", "\u2019"])
NAME_POS = frozenset(["PROPN", "NOUN", "NUM", "DET", "ADJ", "PUNCT", "PRON"])


def inverted_subject(verb: Token) -> Token | None:
    """The speaker of '"...," Ramos, 58, told AFP' or '"...?" asked the boy' when the
    parser missed the subject: the noun phrase between the closing mark and the cue, or
    right after a cue that follows the closing mark."""
    doc = verb.doc
    sent_start = verb.sent.start if verb.i - 12 < 0 else max(0, verb.i - 12)
    i = verb.i - 1
    while i >= sent_start and doc[i].pos_ in NAME_POS and doc[i].text not in CLOSING_MARKS:
        i -= 1
    if i >= sent_start and doc[i].text in CLOSING_MARKS and i < verb.i - 1:
        between = [t for t in doc[i + 1 : verb.i] if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if between:
            return min(between, key=lambda t: t.i) if between[0].head.i in {b.i for b in between} else between[0]
    before = doc[verb.i - 1] if verb.i else None
    if before is not None and (before.text in CLOSING_MARKS or before.text == ",") and verb.tag_ != "VBG":
        for child in verb.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and child.pos_ in ("NOUN", "PROPN"):
                if child.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or verb.lemma_.lower() in ADDRESSEE_VERBS:
                    continue  # 'said Tuesday', 'told reporters': not the speaker
                return child
    return None


def agent_of(verb: Token) -> Token | None:
    """The 'by X' of a passive cue, also when the parser hangs it on the 'as' phrase."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        if child.dep_ == "prep" and child.lower_ == "as":
            for token in child.subtree:
                if token.lower_ == "by" and token.dep_ in ("agent", "prep"):
                    return next((g for g in token.children if g.dep_ == "pobj"), None)
    return None


def source_span(text: str, token: Token) -> tuple[int, int]:
    start, end = subtree_span(token)
    return trim(text, start, end, " \t\r\n,;:\u2014\u2013-\"\u201c\u201d")


def cue_span(verb: Token, extra: list[Token] = ()) -> tuple[int, int]:
    tokens = [verb, *extra]
    for child in verb.children:
        if child.dep_ in LEFT_CUE_DEPS and child.i < verb.i and verb.i - child.i <= 4:
            tokens.append(child)
        elif child.dep_ == "prt":
            tokens.append(child)
    tokens.sort(key=lambda t: t.i)
    return span_of(tokens)


class CueRules:
    """Finds the cue-driven candidates of one Doc."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.verbs = lexicon.cue_verbs | lexicon.poll_verbs | frozenset(lexicon.phrasal) | lexicon.as_passive

    def find(self, doc: Doc, sentences: list[Span]) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        for index, sent in enumerate(sentences):
            for token in sent:
                lemma = token.lemma_.lower()
                cand = None
                if token.pos_ in ("VERB", "AUX") and lemma in self.verbs:
                    cand = self.verb_cue(text, token, lemma)
                elif lemma in QUOTE_VERBS and token.pos_ == "VERB":
                    cand = self.quote_verb(text, token)
                elif lemma in SEEM_VERBS and token.pos_ in ("VERB", "AUX"):
                    cand = self.seem_cue(text, token)
                elif token.lower_ == "according":
                    cand = self.according_to(text, token, sent)
                elif token.pos_ == "NOUN" and token.lower_ in self.nouns:
                    cand = self.noun_cue(text, token)
                    if cand is None and token.lower_ in COPULA_NOUNS:
                        cand = self.copula_cue(text, token)
                elif token.pos_ == "NOUN" and token.lower_ in COPULA_NOUNS:
                    cand = self.copula_cue(text, token)
                elif token.pos_ == "ADJ" and lemma in self.lex.adjectives:
                    cand = self.adjective_cue(text, token)
                if cand is not None:
                    cand.sentence = index
                    out.append(cand)
            self.colon_cue(text, sent, index, sentences, out)
        return out

    @property
    def nouns(self) -> frozenset[str]:
        return self.lex.speech_nouns | self.lex.belief_nouns

    # ------------------------------------------------------------------ verbs

    def verb_cue(self, text: str, verb: Token, lemma: str) -> Candidate | None:
        lex = self.lex
        if verb.dep_ in ("amod", "compound") or verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            return None
        if any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_ in lex.speech for g in c.children)
            for c in verb.children
        ):
            return None  # 'was quoted as saying X': the inner verb carries the report
        nature = BELIEF if (lemma in lex.belief or lemma in SEE_AS) and lemma not in lex.speech else SPEECH
        extra: list[Token] = []
        content = self.verb_content(text, verb, lemma, extra)
        if content is None:
            if lemma not in lex.speech:
                return None
            content = self.parenthetical(text, verb)
        subject = subject_of(verb)
        if (subject is None or subject.head.i != verb.i) and lemma in lex.speech:
            # a subject borrowed from another clause may be the quoted one's ('"We ...,"
            # Ramos told AFP'): the name between the quote and the cue comes first
            subject = inverted_subject(verb) or subject
        passive = any(c.dep_ == "auxpass" for c in verb.children) or (
            subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i
        ) or (
            # 'Asked about the vote, she ...': the asker is not the one answering
            verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
        )
        source_token = None
        if passive:
            agent = agent_of(verb)
            source_token = agent
            if subject is not None and subject.head.i == verb.i and not content and agent is not None:
                content = [subtree_span(subject)]  # 'The plan was announced by the mayor'
            elif not content:
                return None
            elif subject is not None and subject.head.i == verb.i and subject.dep_ == "nsubjpass" and any(
                c.dep_ == "xcomp" and subtree_span(c)[0] == content[0][0] for c in verb.children
            ) and subject.lower_ not in DROP_SUBJECTS:
                content = [subtree_span(subject), *content]  # 'The bank is expected to act': both parts
        elif subject is not None:
            if subject.head.i == verb.i and subject.lower_ in NO_SOURCE:
                if lemma not in lex.poll_verbs:
                    return None
            if nature == BELIEF and subject.lower_ in DROP_SUBJECTS:
                return None  # 'it seems to want', 'which hopes': no holder of the belief
            if subject.head.i == verb.i or subject.lower_ not in DROP_SUBJECTS:
                source_token = subject
        elif verb.dep_ == "relcl":
            source_token = verb.head
        if lemma in lex.poll_verbs and lemma not in lex.cue_verbs and source_token is not None:
            if source_token.lemma_.lower() not in lex.poll_nouns:
                return None
        if source_token is None and not passive:
            return None
        contents = [c for c in (trim_content(text, s, e) for s, e in content) if c]
        if not contents and (source_token is None or nature != SPEECH):
            return None
        contents = [_drop_trailing_relative(text, verb.doc, c) for c in contents]
        if contents and all(_bare_pronoun(verb.doc, c) for c in contents):
            return None  # 'wants what', 'refers to which', 'to vote for him': no content of its own
        source = None
        if source_token is not None:
            if verb.dep_ == "relcl" and source_token.i == verb.head.i:
                source = span_of([source_token])
            else:
                source = source_span(text, source_token)
            if any(c[0] <= source[0] < c[1] for c in contents):
                return None
        cand = Candidate(
            cue=cue_span(verb, extra),
            source=source,
            contents=contents,
            nature=nature,
            source_token=source_token.i if source_token is not None else None,
        )
        cand.medium = self.medium_of(verb)
        cand.extra["verb"] = verb.i
        return cand

    @staticmethod
    def quote_verb(text: str, verb: Token) -> Candidate | None:
        """'He continued, "..."': a verb that is a cue only when a quotation follows it."""
        doc = verb.doc
        after = doc[verb.i + 1 : verb.i + 3]
        if len(after) < 2 or after[0].text not in (",", ":") or after[1].text not in ('"', "\u201c", "``", "''"):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.lower_ in DROP_SUBJECTS:
            return None
        cand = Candidate(
            cue=cue_span(verb),
            source=source_span(text, subject),
            contents=[],
            source_token=subject.i,
        )
        cand.extra["verb"] = verb.i
        return cand

    @staticmethod
    def seem_cue(text: str, verb: Token) -> Candidate | None:
        """'It appears that X', 'the plan seems to work': an appearance nobody is named for."""
        children = list(verb.children)
        clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        subject = next((c for c in children if c.dep_ in ("nsubj", "expl") and c.i < verb.i), None)
        if clause is not None and subject is not None and subject.lower_ == "it":
            contents = [subtree_span(clause)]
        else:
            xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i and any(
                g.lower_ == "to" for g in c.children)), None)
            if xcomp is None or subject is None or subject.dep_ != "nsubj" or subject.lower_ in DROP_SUBJECTS:
                return None
            if subject.pos_ == "PRON":
                return None
            contents = [subtree_span(subject), subtree_span(xcomp)]
        contents = [c for c in (trim_content(text, *span) for span in contents) if c]
        if not contents:
            return None
        cand = Candidate(cue=cue_span(verb), source=None, contents=contents, nature=BELIEF, confidence=0.6)
        cand.extra["verb"] = verb.i
        return cand

    @staticmethod
    def parenthetical(text: str, verb: Token) -> list[tuple[int, int]]:
        """'The plan, he said, is dead.': the sentence around a cue clause that has no
        complement of its own; empty when the cue heads its sentence (a bare cue that a
        quotation may complete)."""
        if verb.dep_ not in ("parataxis", "advcl", "ccomp") or verb.head.i == verb.i:
            return []
        as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        if verb.dep_ != "parataxis" and verb.i < verb.head.i and not as_clause:
            return []
        if not any(c.dep_ == "nsubj" for c in verb.children):
            return []
        sent = verb.sent
        start, end = subtree_span(verb)
        if verb.head.dep_ != "ROOT" and verb.head.i != sent.root.i:
            return []  # a cue deep inside another clause is no aside of the whole sentence
        if verb.left_edge.tag_ in ("WDT", "WP", "WRB", "IN") and verb.left_edge.i < verb.i:
            return []  # 'hear what he was saying': a complement, not an aside

        return [(sent.start_char, start), (end, sent.end_char)]

    def verb_content(self, text: str, verb: Token, lemma: str, extra: list[Token]) -> list | None:
        """Content spans of a cue verb, or None when it has no attributable complement."""
        lex = self.lex
        children = list(verb.children)
        in_lexicon = lemma in lex.cue_verbs or lemma in lex.poll_verbs
        passive = any(c.dep_ == "auxpass" for c in children)
        if passive and lemma in lex.as_passive:
            # 'X is seen as Y', 'it has been described as Y'
            for child in children:
                if child.dep_ == "prep" and child.lower_ == "as":
                    obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
                    if obj is not None:
                        extra.append(child)
                        span = subtree_span(obj)
                        # 'described as "X" by the UN': the parser may hang the agent on X
                        by = next((t for t in obj.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")), None)
                        if by is not None and by.i > obj.i:
                            span = (span[0], by.idx)
                        spans = [span]
                        if subj is not None and subj.lower_ not in DROP_SUBJECTS and lemma not in DESCRIBE:
                            spans.insert(0, subtree_span(subj))
                        return spans
        if lemma in SEE_AS and not passive:
            # 'voters see her as the stronger candidate'
            objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
            as_prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and objects and c.i > objects[0].i), None)
            if as_prep is not None:
                return [(subtree_span(objects[0])[0], subtree_span(as_prep)[1])]
        particles = [c for c in children if c.dep_ == "prt" and c.lower_ in lex.phrasal.get(lemma, ())]
        if not in_lexicon and not particles and not any(
            c.dep_ == "prep" and c.lower_ in lex.phrasal.get(lemma, ()) for c in children
        ):
            return None
        clauses = [
            c for c in children
            if c.dep_ in CLAUSES and not _adverbial(c)
            or lemma in ASKING and c.dep_ == "advcl" and c.i > verb.i and _question_mark(c)
        ]
        if clauses:
            # a clause on each side of the cue: the one after it is the content; the one
            # before is usually another sentence glued on by the parser
            after = [c for c in clauses if c.i > verb.i]
            return [subtree_span(c) for c in (after or clauses[-1:])]
        if lemma in lex.phrasal:
            for child in children:
                if child.dep_ == "advcl" and child.i > verb.i:
                    mark = next((g for g in child.children if g.dep_ == "mark" and g.i == child.left_edge.i), None)
                    if mark is not None and mark.lower_ in lex.phrasal[lemma]:
                        # 'calling for the city to act' (a for-to clause)
                        extra.append(mark)
                        return [(mark.nbor(1).idx, subtree_span(child)[1])]
            for child in children:
                if child.dep_ in ("prep", "prt") and child.i > verb.i and child.lower_ in lex.phrasal[lemma]:
                    objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
                    if objects:
                        direct = [c for c in children if c.dep_ == "dobj" and verb.i < c.i < child.i]
                        if direct and child.dep_ == "prep":
                            # 'criticized the mayor for the delay': the object and the reason
                            return [with_tail(text, verb, (subtree_span(direct[0])[0], subtree_span(child)[1]), child)]
                        extra.append(child)
                        return [with_tail(text, verb, subtree_span(objects[0]), objects[0])]
        objects = [c for c in children if c.dep_ in ("dobj",)]
        xcomps = [
            c for c in children
            if c.dep_ == "xcomp" and (any(g.lower_ == "to" for g in c.children) or c.tag_ == "VBG" and c.i > verb.i)
        ]
        if not objects and not xcomps and in_lexicon:
            for child in children:
                if child.dep_ == "prep" and child.lower_ in GENERIC_PREPS and child.i > verb.i:
                    pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                    if pobj is not None and pobj.ent_type_ not in NOT_CONTENT_ENTS:
                        extra.append(child)
                        return [with_tail(text, verb, subtree_span(pobj), pobj)]
        if particles and objects and not in_lexicon:
            extra.extend(particles)
            return [with_tail(text, verb, subtree_span(objects[0]), objects[0])]
        if not in_lexicon:
            return None
        if lemma in DESCRIBE:
            for child in children:
                if child.dep_ in ("prep", "oprd") and child.lower_ == "as":
                    objects_as = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                    if objects_as:
                        extra.append(child)
                        return [subtree_span(objects_as[0])]
                if child.dep_ == "oprd":
                    # 'called the plan "a disgrace"': the object and what it is called
                    first = objects[0] if objects and objects[0].i < child.i else child
                    return [(subtree_span(first)[0], subtree_span(child)[1])]
            named = [c for c in children if c.i > verb.i and c.dep_ in ("dobj", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")]
            if len(named) >= 2:
                # 'calling the mayor a coward' (parsed as two complements)
                return [(subtree_span(named[0])[0], subtree_span(named[-1])[1])]
        if xcomps and (lemma in lex.speech or lemma in lex.belief or lemma in lex.stance_object):
            first = objects[0] if objects and objects[0].i < xcomps[0].i else xcomps[0]
            return [(subtree_span(first)[0], subtree_span(xcomps[-1])[1])]
        if objects and (lemma in lex.stance_object or lemma in ANY_OBJECT and self._clausal(objects[0])):
            obj = objects[0]
            end = subtree_span(obj)[1]
            for child in children:
                if child.i > obj.i and child.dep_ == "prep" and child.lower_ in ("of", "for", "as"):
                    end = max(end, subtree_span(child)[1])
            return [with_tail(text, verb, (subtree_span(obj)[0], end), obj)]
        if lemma in lex.poll_verbs and lemma not in lex.speech and objects:
            return [subtree_span(objects[0])]
        return None

    @staticmethod
    def _clausal(obj: Token) -> bool:
        """'said nothing' is no content; 'said something about X' or a long object is."""
        return obj.pos_ != "PRON" and obj.lower_ not in ("so", "this", "that", "it", "nothing", "anything")

    def medium_of(self, verb: Token) -> str | None:
        """'told BuzzFeed', 'wrote on Facebook', 'said in a statement'."""
        lex = self.lex
        for child in verb.children:
            if child.dep_ in ("dative", "dobj") and verb.lemma_ == "tell":
                name = _phrase(child)
                if child.ent_type_ in ("ORG", "PERSON") or name.lower() in lex.outlets or name[:1].isupper():
                    return name
            if child.dep_ == "prep" and child.lower_ in ("on", "in", "to"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    name = _phrase(pobj)
                    low = name.lower()
                    if low in lex.platforms or low in lex.outlets or pobj.lower_ in lex.speech_nouns:
                        return name
        return None

    # ------------------------------------------------------------------ other cues

    def according_to(self, text: str, token: Token, sent: Span) -> Candidate | None:
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            to = token.nbor(1)
        if to is None:
            return None
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        source = source_span(text, pobj)
        comma = text.find(",", source[0], source[1])
        if comma > 0:  # 'according to the AP, 571 delegates ...': the parser's apposition
            source = trim(text, source[0], comma)
        phrase = (token.idx, max(source[1], to.idx + 2))
        # the content is the clause the phrase hangs on ('..., which stood at 263, according
        # to the AP'), the whole sentence when it hangs on the main verb
        head = token.head
        if head.i == token.i or head.dep_ == "ROOT" or head.i < sent.start or head.i >= sent.end:
            lo, hi = sent.start_char, sent.end_char
        else:
            lo, hi = subtree_span(head)
        contents = []
        for start, end in ((lo, phrase[0]), (phrase[1], hi)):
            piece = trim_content(text, start, end)
            if piece:
                contents.append(piece)
        if not contents:
            return None
        return Candidate(
            cue=(token.idx, to.idx + len(to)),
            source=source,
            contents=contents,
            nature=ACCORDING,
            source_token=pobj.i,
        )

    def noun_cue(self, text: str, noun: Token) -> Candidate | None:
        content = None
        clausal = False
        extra: list[Token] = []
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
                content = subtree_span(child)
                clausal = True
                break
            if child.dep_ == "prep" and child.lower_ in NOUN_PREPS and child.i == noun.i + 1:
                pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and pobj.ent_type_ not in NOT_CONTENT_ENTS:
                    content = subtree_span(pobj)
                    extra.append(child)
                    break
        report = noun.lower_ in self.lex.report_nouns
        relayed = None
        if content is None and report and noun.dep_ == "nsubj":
            # 'Reports have emerged of X', 'reports came in of X'
            near = [c for c in noun.head.children if c.i > noun.i]
            near += [g for c in near if c.dep_ in ("prt", "advmod", "prep") and c.lower_ != "of" for g in c.children]
            for child in near:
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                    if pobj is not None:
                        content = subtree_span(pobj)
                        break
        if content is None and report:
            # 'Reports relayed by the UN allege that X' (parsed as a clause inside the noun)
            for token in noun.subtree:
                if token.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in token.children):
                    content = subtree_span(token)
                    clausal = True
                    relayer = next((t for t in noun.subtree if t.dep_ == "agent" and t.i < token.i), None)
                    pobj = next((g for g in relayer.children if g.dep_ == "pobj"), None) if relayer else None
                    if pobj is not None:
                        relayed = _phrase(pobj)
                    break
        if content is None:
            return None
        piece = trim_content(text, *content)
        if piece is None:
            return None
        source_token = None
        for child in noun.children:
            if child.dep_ == "poss":
                source_token = child
            elif child.dep_ == "prep" and child.lower_ in ("from", "by") and source_token is None:
                source_token = next((g for g in child.children if g.dep_ == "pobj"), None)
        # 'X laid out his concerns that ...', 'X entered the debate with an argument that ...':
        # the subject of the verb that governs the noun holds it
        governor = noun.head
        if noun.dep_ == "pobj" and governor.dep_ == "prep":
            governor = governor.head
        if source_token is None and not report and noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX") and governor.i != noun.i:
            subj = subject_of(governor)
            if subj is not None and subj.lower_ not in DROP_SUBJECTS and not any(
                subj.i == t.i for t in noun.subtree
            ):
                source_token = subj
        if source_token is None and not report and not clausal:
            return None  # 'the idea of X' with nobody holding it
        nature = BELIEF if noun.lower_ in self.lex.belief_nouns else SPEECH
        source = source_span(text, source_token) if source_token is not None else None
        if source and source[0] >= piece[0] and source[1] <= piece[1]:
            source = None
        cue_tokens = [noun, *extra]
        cue_tokens.sort(key=lambda t: t.i)
        cand = Candidate(
            cue=span_of(cue_tokens),
            source=source,
            contents=[piece],
            nature=nature,
            source_token=source_token.i if source_token is not None else None,
            confidence=0.6,
        )
        cand.extra["reports"] = report and source_token is None
        cand.relayed_by = relayed
        return cand

    def copula_cue(self, text: str, noun: Token) -> Candidate | None:
        """'The idea is that X', 'her answer was that X', 'the message was: X'."""
        be = noun.head
        if noun.dep_ != "nsubj" or be.lemma_ != "be" or be.i < noun.i or be.i - noun.i > 3:
            return None
        content = None
        for child in be.children:
            if child.i < be.i:
                continue
            if child.dep_ == "ccomp":
                content = subtree_span(child)
                break
            if child.text == ":" and child.i == be.i + 1:
                content = (child.idx + 1, be.sent.end_char)
                break
        if content is None:
            return None
        piece = trim_content(text, *content)
        if piece is None:
            return None
        owner = next((c for c in noun.subtree if c.dep_ == "poss" and c.i < noun.i and c.head.i <= noun.i), None)
        source = source_span(text, owner) if owner is not None else None
        if source is not None and source[1] > noun.idx:
            source = trim(text, source[0], noun.idx)
        start = owner.right_edge.i + 1 if owner is not None else noun.left_edge.i
        first = noun.doc[start] if start <= noun.i else noun
        if first.lower_ == "'s" or first.lower_ == "’s":
            first = first.nbor(1)
        return Candidate(
            cue=(first.idx, be.idx + len(be)),
            source=source,
            contents=[piece],
            nature=BELIEF if noun.lower_ in self.lex.belief_nouns else SPEECH,
            source_token=owner.i if owner is not None else None,
            confidence=0.6,
        )

    def adjective_cue(self, text: str, adj: Token) -> Candidate | None:
        if adj.dep_ not in ("acomp",):
            return None
        content = None
        for child in adj.children:
            if child.dep_ in ("ccomp", "xcomp"):
                content = subtree_span(child)
            elif child.dep_ == "prep" and child.lower_ in ("about", "of", "that", "on", "with", "toward", "towards", "over"):
                pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    content = subtree_span(pobj)
        if content is None:
            return None
        piece = trim_content(text, *content)
        subject = subject_of(adj.head)
        if piece is None or subject is None or subject.lower_ in DROP_SUBJECTS:
            return None
        cue = (adj.head.idx, adj.idx + len(adj)) if adj.head.i < adj.i and adj.i - adj.head.i <= 3 else span_of([adj])
        return Candidate(
            cue=cue,
            source=source_span(text, subject),
            contents=[piece],
            nature=BELIEF,
            source_token=subject.i,
            confidence=0.6,
        )

    def colon_cue(self, text: str, sent: Span, index: int, sentences: list[Span], out: list[Candidate]) -> None:
        """'Name: "..."' and 'X said:' followed by the statement."""
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i == sent.start:
            return
        before = sent.doc[sent.start : colon.i]
        if len(before) > 6 or not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in before):
            return
        if any(t.pos_ == "VERB" for t in before):
            return
        after_start = colon.idx + 1
        after_end = sent.end_char
        if after_end - after_start < 3 and index + 1 < len(sentences):
            after_end = sentences[index + 1].end_char
        line_start = text.rfind("\n", 0, before.start_char) + 1
        if not text[line_start : before.start_char].strip():
            # 'NAME: ...' opening a paragraph (a transcript turn): the turn runs to the line's end
            line_end = text.find("\n", colon.idx)
            after_end = max(after_end, line_end if line_end >= 0 else len(text))
        piece = trim_content(text, after_start, after_end)
        if piece is None or not any(ch.isalpha() for ch in text[piece[0] : piece[1]]):
            return  # 'Clinton: 1,769': a tally
        head = max(before, key=lambda t: (t.pos_ == "PROPN", -abs(t.i - colon.i)))
        out.append(
            Candidate(
                cue=(colon.idx, colon.idx + 1),
                source=trim(text, before.start_char, before.end_char),
                contents=[piece],
                nature=SPEECH,
                source_token=head.i,
                sentence=index,
                confidence=0.6,
            )
        )


SEEM_VERBS = frozenset("seem appear".split())
QUOTE_VERBS = frozenset("continue".split())
SEE_AS = frozenset("see view regard perceive consider".split())
ASKING = frozenset("ask wonder question inquire enquire".split())
COPULA_NOUNS = frozenset(
    "idea question answer message slogan joke phrase motto mantra refrain theory thinking consensus argument "
    "view views position hope fear worry concern feeling sense impression assumption premise verdict conclusion "
    "finding findings takeaway reasoning rationale explanation pitch promise response reply claim belief "
    "suggestion point".split()
)
RELATIVE_WORDS = frozenset("which who whom whose where".split())


def _drop_trailing_relative(text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'a win in Texas, which votes on March 1': the writer's aside after the content."""
    comma = text.rfind(", ", span[0], span[1])
    if comma <= span[0]:
        return span
    after = doc.char_span(comma + 2, span[1], alignment_mode="contract")
    if after is None or not len(after) or after[0].lower_ not in RELATIVE_WORDS:
        return span
    clause = after[0].head
    if clause.dep_ != "relcl" or clause.right_edge.idx + len(clause.right_edge) < span[1] - 1:
        return span
    return span[0], comma


ADVERBIAL_MARKS = frozenset("as while because when after before since although though until unless whereas".split())


def _adverbial(clause: Token) -> bool:
    """'said, as the crowd cheered': a clause the parser took for a complement."""
    return any(g.dep_ == "mark" and g.lower_ in ADVERBIAL_MARKS and g.i == clause.left_edge.i for g in clause.children)


def _question_mark(clause: Token) -> bool:
    """'asked if X' / 'asked whether X' parsed as an adverbial clause."""
    return any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in clause.children)


def _bare_pronoun(doc: Doc, span: tuple[int, int]) -> bool:
    """A content that is one pronoun or wh-word."""
    token = doc.char_span(span[0], span[1], alignment_mode="expand")
    return token is not None and len(token) == 1 and (token[0].pos_ == "PRON" or token[0].tag_ in ("WDT", "WP"))


def _phrase(token: Token) -> str:
    """A name without its leading article ('the AP' -> 'AP')."""
    tokens = [t for t in token.subtree if t.dep_ not in ("punct",)]
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens:
        return token.text
    return token.doc[tokens[0].i : tokens[-1].i + 1].text
