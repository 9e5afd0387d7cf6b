"""A verb of saying (or, for a name after a noun, any verb) the parser gave two subjects, mended
before every rule reads the parse.

A verb has one subject. When the parser hangs two on a verb of saying, one of them belongs
elsewhere, and the rules that take a cue's subject as its source took the wrong one:

- 'Kylie Moss, 34, said her son Jay, 12, was sent home': the noun right after the verb is the
  subject of the verb's clause that follows it, which has none of its own (the source was 'her
  son Jay, 12' and the speaker's name went into the content);
- 'A neighbour who has known him since school said X': a preposition that also opens clauses
  ('since', 'before', 'after', 'until') read as the verb's marker, and its object as a second
  subject of the verb; it is the object of the preposition, which goes on the clause the first
  subject's phrase ends with (the source was 'school');
- 'Critics who oppose it say X': the object pronoun of the first subject's relative clause read
  as a second subject (the source was 'it');
- 'A paper in the journal Cortex found X': a name right after a common noun that ends the first
  subject's phrase read as a second subject; it names that noun ('the journal', 'the charity'),
  whose apposition it is (the source was 'Cortex');
- 'The city's chief veterinary officer Prakash Rao said X', 'Vatican spokesman the Rev. Ana Ruiz told
  X': a person's name right after a role that ends in its common noun, the first subject's head, read
  as a second subject; it is the role's apposition (the source was the name alone); so is a body's name
  after the kind of body it is ('The charity Harvest Aid said X', 'The agency Relief Partners told X',
  'The state news agency KNA said X'), whose last word the parser may take for a common noun, and one joined
  by a small word ('The charity Doctors on Call said X', 'The group Families for Justice said X');
- 'A representative for the actor Tom Vale denied X': the object of a preposition that ends the
  first subject with nothing after it, read as a second subject; it is that preposition's object
  (the source was 'the actor Tom Vale').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import Arcs
from .lexicon import active_lexicon
from .tables import places, positions, words_of

#: words that open a clause or a prepositional phrase
_BOTH = frozenset(["since", "before", "after", "until", "till"])
#: the pronouns that can be a verb's object
_OBJECT_PRONOUNS = frozenset(["it", "him", "her", "them", "us", "me"])
#: what a bare noun phrase holds
_NOUN_PARTS = frozenset(["det", "amod", "compound", "poss", "nummod", "case"])
#: the small words a body's name may hold between its capitalised ones ('Doctors on Call', 'Friends of the Earth')
_JOINERS = frozenset(["of", "for", "on", "against", "without", "in", "the", "and", "&"])


def doubled_subjects(doc: Doc) -> Arcs | None:
    """The arcs that give a doubled subject of a verb of saying its own head."""
    words = words_of(doc)
    lex = active_lexicon()
    counts: dict[int, int] = {}
    for i in positions(words.dep, "nsubj", 0, len(words.dep)):  # (found in C)
        counts[words.head[i]] = counts.get(words.head[i], 0) + 1
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for v, count in counts.items():
        if count != 2 or words.pos[v] != "VERB":
            continue
        verb = doc[v]
        first, second = (c for c in verb.children if c.dep_ == "nsubj")
        if second.i < verb.i:
            _named_noun(first, second, heads, deps)  # (any verb: 'A study in the journal Cortex found X')
            _named_role(first, second, heads, deps)  # ('The city's chief officer Prakash Rao said X')
            _stranded_object(first, second, heads, deps)  # ('A representative for the actor Tom Vale denied X')
        if words.lemma[v].lower() not in lex.cue_verbs:
            continue
        if first.i < verb.i < second.i:
            _after(verb, second, heads, deps)
        elif second.i < verb.i:
            _marked(verb, first, second, heads, deps)
            _relative_object(verb, first, second, heads, deps)
    for i in places(words.lower, _BOTH, 0, len(words.lower)):
        if words.dep[i] == "mark" and words.dep[words.head[i]] == "advcl" and i not in heads:
            _rooted(doc[words.head[i]], doc[i], heads, deps)
    return (heads, deps) if heads else None


def _after(verb: Token, noun: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'X said her son Jay, 12, was sent home': the noun the subject of the clause after it."""
    if noun.left_edge.i != verb.i + 1:
        return
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.left_edge.i > noun.right_edge.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return
    if any(not (t.is_punct or t.dep_ in ("aux", "auxpass", "neg")) for t in verb.doc[noun.right_edge.i + 1 : clause.i]):
        return
    heads[noun.i] = clause.i
    deps[noun.i] = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"


def _marked(verb: Token, first: Token, second: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'A neighbour who has known him since school said X': 'school' the object of 'since'."""
    doc = verb.doc
    if first.right_edge.i + 1 >= len(doc):
        return  # (the first subject ends the text: no mark after it)
    mark = doc[first.right_edge.i + 1]
    if (mark.dep_ != "mark" or mark.head.i != verb.i or mark.lower_ not in _BOTH or second.left_edge.i != mark.i + 1
            or second.right_edge.i != verb.i - 1 or any(c.dep_ not in _NOUN_PARTS for c in second.children)):
        return
    clause = next((t for t in reversed(doc[first.i + 1 : mark.i]) if t.pos_ in ("VERB", "AUX") and t.dep_ == "relcl"), None)
    heads[mark.i], deps[mark.i] = (clause or first).i, "prep"
    heads[second.i], deps[second.i] = mark.i, "pobj"


def _relative_object(verb: Token, first: Token, second: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'Critics who oppose it say X': the pronoun right after the first subject's relative verb,
    which has no object of its own, is that object."""
    before = verb.doc[second.i - 1]
    if (second.i != verb.i - 1 or second.lower_ not in _OBJECT_PRONOUNS or before.dep_ != "relcl" or before.head.i != first.i
            or before.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in before.children)):
        return
    heads[second.i], deps[second.i] = before.i, "dobj"


def _named_noun(first: Token, second: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'A paper in the journal Cortex found X': a bare name right after the common noun that ends
    the first subject's phrase, right before the verb, is that noun's apposition."""
    doc = first.doc
    before = doc[second.left_edge.i - 1] if second.left_edge.i > 0 else None
    if (before is None or second.pos_ != "PROPN" or second.right_edge.i != second.head.i - 1
            or before.pos_ != "NOUN" or not before.is_lower or first.right_edge.i != before.i
            or before.i == first.i or any(c.dep_ not in ("compound", "punct") for c in second.children)):
        return
    heads[second.i], deps[second.i] = before.i, "appos"


def _named_role(first: Token, second: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'The city's chief veterinary officer Prakash Rao said X': a person's name (with its title and
    article: 'the Rev. Ana Ruiz') right after the role that heads the first subject, with only the
    verb's auxiliaries after it, is the role's apposition; so is a body's name, every word capitalised,
    after the kind of body ('The charity Harvest Aid said X')."""
    doc = first.doc
    if (first.pos_ != "NOUN" or not first.is_lower or first.right_edge.i != first.i or second.left_edge.i != first.i + 1
            or not (second.pos_ == "PROPN" and second.ent_type_ == "PERSON" or _body_name(second))
            or any(c.dep_ not in ("compound", "det", "punct") and not (c.dep_ == "prep" and _body_name(second))
                   for c in second.children)
            or any(t.dep_ not in ("aux", "auxpass", "neg") for t in doc[second.right_edge.i + 1 : second.head.i])):
        return
    heads[second.i], deps[second.i] = first.i, "appos"


def _body_name(name: Token) -> bool:
    """Whether ``name`` and its compounds are a body's name: two words or more, every one capitalised but
    small joining words inside, one of them a proper noun ('Harvest Aid', 'Relief Partners', 'Doctors on Call';
    not 'Aid' or 'Monday'), one body's initials ('The state news agency KNA said X') or one proper noun the NER
    reads as a body ('The charity Riverwatch accused X')."""
    words = [t for t in name.subtree if t.dep_ != "det"]
    if len(words) == 1:  # (or one word the NER holds a body's: 'The conservation charity Riverwatch said X')
        return (name.is_upper and len(name.text) > 1 or name.is_title and name.pos_ == "PROPN") and name.is_alpha and (
            name.ent_type_ == "ORG")
    inner = words[1:-1]  # (a small word may join capitalised ones: 'Doctors on Call', not 'Doctors on call')
    return (all(t.is_title or t.is_upper for t in (words[0], words[-1]))
            and all(t.is_title or t.is_upper or t.lower_ in _JOINERS for t in inner)
            and any(t.pos_ == "PROPN" for t in words) and name.ent_type_ not in ("DATE", "TIME", "GPE", "NORP"))


def _rooted(verb: Token, mark: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'A neighbour who has known him since school said X.' read as a noun with its relative
    clause, 'said' a clause of 'known' (or of 'neighbour' itself): 'said' the sentence's verb,
    'neighbour' its subject."""
    clause, sent = verb.head, verb.sent
    noun = clause.head
    if clause.i == sent.root.i and clause.pos_ in ("NOUN", "PROPN"):  # ('said' hung on the noun)
        noun = clause
        clause = next((c for c in noun.rights if c.dep_ == "relcl" and c.i < mark.i), noun)
    if (clause.dep_ != "relcl" or noun.i != sent.root.i or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in active_lexicon().cue_verbs or sent[-1].text not in (".", "!")):
        return
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if (subject is None or subject.left_edge.i != mark.i + 1 or subject.right_edge.i != verb.i - 1
            or any(c.dep_ not in _NOUN_PARTS for c in subject.children)
            or not any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children)):
        return
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[noun.i], deps[noun.i] = verb.i, "nsubj"
    heads[mark.i], deps[mark.i] = clause.i, "prep"
    heads[subject.i], deps[subject.i] = mark.i, "pobj"
    for child in noun.rights:
        if child.i > verb.i:
            heads[child.i] = verb.i


def _stranded_object(first: Token, second: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'A representative for the actor Tom Vale denied X': the second subject right after a preposition
    that ends the first subject's phrase with no object of its own is that object."""
    prep = first.doc[second.left_edge.i - 1] if second.left_edge.i > 0 else None
    if (prep is None or prep.dep_ != "prep" or prep.head.i != first.i or prep.n_lefts + prep.n_rights
            or first.right_edge.i != prep.i or second.i in heads):
        return
    heads[second.i], deps[second.i] = prep.i, "pobj"
