"""A participle describing the subject read as the sentence's past verb, with the real verb of showing or
saying after it read as its object, mended before every rule reads the parse (``mends``).

'Photos posted online show the bridge had cracked': a past form that is also the participle ('posted',
'shared', 'sent') right after a bare noun phrase may be read as the sentence's verb, the present verb after
it ('show', or a noun 'show') as its object, or as its conjunct with no 'and' between ('A post shared 9,000
times online claims that X'), and the reported clause as its own. A past form cannot take a
finite present verb for object: when the word after it is a cue verb of the lexicon (or a poll's, 'show',
which a bare singular noun tag may hide after a plural) in the present that agrees with the noun (a plural
with 'show', a singular with 'shows'), with no subject of its own, only adverbs, phrases or the particle of
the past form stand between them ('Surveys carried out in June show X'), and a clause with a subject of its
own (or opened by 'that') follows it right away, the present verb is the sentence's, the noun its subject,
the past form a participle on the noun and the clause the verb's. Not a past verb with an object of its own
('Officials released figures showing X', 'announced plans to merge', 'Engineers carried out checks that show
X'), nor one whose next word is no cue ('Residents moved away after the floods').
'Show' may also show a thing seen, a noun phrase for its object ('Video posted on social media shows fighters in the
square', 'Photos posted online show fighters in the square', where the parser made 'show' a compound of the
object and 'online' its adjective): the same mend, with the object the verb's (``shown_objects``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import VerbArcs
from .lexicon import Lexicon, active_lexicon
from .shown_objects import shown_object
from .tables import positions, words_of

#: the subject's noun tags with the present tags that agree with them
AGREEING = {"NNS": "VBP", "NNPS": "VBP", "NN": "VBZ", "NNP": "VBZ"}
#: past forms without '-ed' that are also the participle ('Letters sent home reveal X')
SAME_FORMS = frozenset(["sent", "held", "kept", "found", "made", "built", "bought", "brought", "caught", "left",
                         "spent", "put", "set", "read", "cut", "paid", "laid", "shot", "heard", "sold", "lost"])
#: how the parser hung the present verb or its clause on the past form (or as its conjunct with no 'and': 'A post
#: shared 9,000 times claims X')
_HUNG = frozenset(["dobj", "ccomp", "xcomp", "dep", "conj"])
_CLAUSES = frozenset(["ccomp", "relcl", "acl"])


def _present_cue(lex: Lexicon, word: Token, tag: str) -> str | None:
    """The lemma of ``word`` when it is a cue verb in the present with the tag ``tag`` (or a noun of that form)."""
    if word.tag_ == tag:
        lemma = word.lemma_.lower()
        return lemma if lemma in lex.cue_verbs or lemma in lex.poll_verbs else None
    # (a bare singular noun after a plural, which no object would be: 'Photos posted online show X'; not
    # 'released emails in which X', 'aired shows the viewers loved', real objects)
    noun_lemma = lex.verb_lemmas.get(word.lower_) if word.tag_ == "NN" and tag == "VBP" else None
    return noun_lemma if noun_lemma is not None and noun_lemma == word.lower_ and noun_lemma in lex.poll_verbs else None


def _finite(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` after the present ``verb`` is a clause with a subject of its own ('show it had been
    viewed'), or one opened by 'that' after a word tagged a verb; not an infinitive or a noun's clause ('plans to
    merge', 'hints that she was': a real object's)."""
    if any(c.dep_ in ("mark", "aux") and c.lower_ in ("to", "that") for c in clause.children):
        return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def participle_roots(doc: Doc) -> VerbArcs:
    """The arcs (heads, relations) that make each such present verb the sentence's, and the verbs with their
    tags and lemmas; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str, str]] = []
    lex = None
    for i in positions(words.dep, "ROOT", 0, len(words.dep)):  # (found in C: the 'ROOT' words only)
        if words.tag[i] not in ("VBD", "VBN") or i < 1 or not (
                words.lower[i].endswith("ed") or words.lower[i] in SAME_FORMS):
            continue  # (no Token made)
        lex = lex or active_lexicon()
        past = doc[i]
        subject = next((c for c in past.children if c.dep_ == "nsubj" and c.i < i), None)
        if subject is None or subject.right_edge.i != i - 1 or subject.tag_ not in AGREEING:
            continue
        tag = AGREEING[subject.tag_]
        shown = shown_object(past, tag)
        if shown is not None:  # ('Video posted on social media shows fighters in the square')
            shows, heads_, deps_ = shown
            heads.update(heads_)
            deps.update(deps_)
            verbs.append((shows, tag, "show"))
            continue
        if words.tag[i] != "VBD" and not any(c.dep_ == "agent" for c in past.children):
            continue  # (a clause after a participle the tagger made one: only 'show' and its thing, above, or one
            # with its agent, a passive's: 'Testimonies gathered by the group suggest X')
        verb = next((c for c in past.children if c.i > i and c.dep_ in _HUNG), None)
        lemma = _present_cue(lex, verb, tag) if verb is not None else None
        if verb is None or lemma is None or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "det", "poss") for c in verb.children):
            continue
        between = [c for c in past.children if i < c.i < verb.i]
        if any(c.dep_ not in ("advmod", "prep", "agent", "npadvmod", "prt") for c in between) or any(
                t.is_punct for t in doc[i + 1 : verb.i]):
            continue
        after = [c for c in past.children if c.i > verb.i]
        clause = [c for c in (*after, *verb.children) if c.left_edge.i == verb.i + 1 and _finite(c, verb)
                  and (c.dep_ == "ccomp" or c.dep_ in _CLAUSES and verb.tag_ == "NN")]  # (not 'aired shows the viewers loved')
        if not clause or any(c.dep_ in ("dobj", "dative") for c in after):
            continue
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[subject.i], deps[subject.i] = verb.i, "nsubj"
        heads[i], deps[i] = subject.i, "acl"
        for c in after:
            heads[c.i] = verb.i
        heads[clause[0].i], deps[clause[0].i] = verb.i, "ccomp"
        for c in verb.children:  # ('shared widely show': the adverb the participle's; not 'reported on Sunday now show')
            if c.i == i + 1 and c.dep_ in ("advmod", "amod"):
                heads[c.i] = i
        verbs.append((verb, tag, lemma))
    return heads, deps, verbs
