"""Names a clause on a noun gives the one it describes: 'One user, who gave his name only as
Dean,', 'One driver, who asked to be identified only by her first name, Marisol,', 'One driver
I'll call Teresa'. The name is that person's, though no apposition sets it beside the noun."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .tables import places, words_of

#: verbs whose object is the name one goes by ('I'll call Teresa', 'whom we are calling Ana')
_NAMING_VERBS = frozenset(["call", "name"])
#: how far up from the name the clause's verb may be ('asked to be identified by her name, X': three arcs)
_DEPTH = 4
#: the relations of a name under 'name' or a naming verb
_NAMED = frozenset(["appos", "compound", "oprd", "dobj"])
_AS = frozenset(["as"])


def name_given_as(token: Token) -> Token | None:
    """The verb that gives ``token`` as a name: 'who gave his name (only) as X', a name set beside
    the noun 'name' whatever the verb ('who gave only his first name, X', 'identified only by her
    first name, X', 'who goes by the name X'), or the object of a naming verb in a relative clause
    ('One driver I'll call Teresa'; a participle's, 'a nurse called X', is the caller's rule)."""
    table, i = words_of(token.doc), token.i
    dep, head = table.dep[i], table.head[i]
    if not (dep == "pobj" and table.lower[head] == "as" or dep in _NAMED and table.lemma[head].lower() in _NAMING_VERBS):
        return None  # (read from the words' lists: none of the three below; no Token made)
    verb = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "as" and verb.lemma_.lower() == "give" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in verb.children):
        return verb
    if token.dep_ == "pobj" and token.head.lower_ == "as" and verb.lemma_.lower() == "identify" and (
            verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children)
            or any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in verb.children)):
        # the anonymity formula: 'who asked to be identified only as Haftom', 'who identified herself only as Mo'
        # (not what a thing was found to be: 'The powder was identified as Fentanyl')
        return verb
    if token.dep_ in ("appos", "compound") and token.head.lemma_.lower() == "name" and token.head.i < token.i:
        word = token.head
        while word.dep_ in ("dobj", "pobj", "prep", "agent") and word.head.i != word.i:
            word = word.head  # 'by her first name, X' up to 'identified'
        return word if word.pos_ in ("VERB", "AUX") else None
    verb = token.head
    if token.dep_ in ("oprd", "dobj") and verb.lemma_.lower() in _NAMING_VERBS and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") and c.lower_ != "that" for c in verb.children) and not any(
            c.dep_ in ("oprd", "dobj") and c.i != token.i and c.tag_ not in ("WP", "WDT") for c in verb.children):
        # 'One driver I'll call Teresa' (or a body: 'The firm, which I will call Northwind'); not what the noun
        # does ('The company, which named Jane Doe chief executive', 'The board, which called Smith a liar')
        return verb
    return None


def name_in_clause(verb: Token) -> Token | None:
    """The name a relative clause gives the one its pronoun stands for ('who asked to be identified
    only as Haftom': Haftom), whatever the parser hung the clause on; None when it gives none."""
    return next((t for t in verb.subtree if t.pos_ == "PROPN" and t.i > verb.i and naming_clause(t) == verb), None)


def naming_clause(token: Token) -> Token | None:
    """The relative or participle clause on a noun that gives ``token`` as its name (its verb,
    or the verb it is part of: 'who asked to be identified by her first name, X' is 'asked')."""
    verb = name_given_as(token)
    for _ in range(_DEPTH):
        if verb is None or verb.dep_ in ("relcl", "acl"):
            return verb
        verb = verb.head if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") else None
    return None


def called_word(token: Token) -> bool:
    """``token`` is the name a naming verb takes ('a volunteer named Farhad', 'a nurse called
    Aisha'): a proper noun, or a capitalised word right after 'named' that the tagger read as a
    word ('an aide named Precious', an adjective)."""
    if token.dep_ not in ("oprd", "dobj", "attr") or token.head.lemma_.lower() not in _NAMING_VERBS:
        return False
    return token.pos_ == "PROPN" or (token.is_title and token.head.lower_ == "named" and token.i == token.head.i + 1
                                     and token.pos_ in ("ADJ", "NOUN"))


def under_naming_words(doc: Doc) -> list[int]:
    """The words hung on 'as' or on a verb 'call' or 'name', in order: the only ones ``name_given_as`` and
    ``called_word`` may take for a name ('gave his name as Dean', 'a nurse called Aisha'), their heads found
    by ``places`` (in C) and a Token made for those few, not for every word of the article."""
    table = words_of(doc)
    # ('call', and 'Call' among the lemmas that are no word's lower case: the few with a capital)
    lemmas = _NAMING_VERBS.intersection(table.lemma) | {lemma for lemma in set(table.lemma).difference(table.lower)
                                                        if lemma.lower() in _NAMING_VERBS}
    heads = set(places(table.lower, _AS, 0, len(doc))) | set(places(table.lemma, frozenset(lemmas), 0, len(doc)))
    return sorted(c.i for h in heads for c in doc[h].children)
