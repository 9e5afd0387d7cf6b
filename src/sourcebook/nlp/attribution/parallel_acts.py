"""A verb of saying joined to a reported clause whose own verb is one of saying too: the second
act of the clause's subject, not the reporter's next report ('said his father rarely talked about
work but mentioned Oyelaran once': the father mentioned him), for ``tails.second_report``."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def clause_subjects_act(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``, a conjunct with no subject of its own, goes on a reported clause whose verb
    is a verb of saying with a subject of its own ('said his father rarely talked about work but
    mentioned X'; not 'said the plan was sound and added that X', the reporter's, nor a refusal: 'said
    the minister had spoken to the union and declined to comment further', the reporter's stock one)."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.lemma_.lower() not in lex.speech:
        return False
    # (the same tense: a clause's shifted 'would' or 'had' the verb does not share marks the reporter's act,
    # 'said the country would declare its intention and suggested that X')
    shifted = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in clause.children)
    # (not a verb that says something only with a clause: 'said he held dinners and accused X', ``clause_verbs``)
    return (not (shifted and verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children))
            and clause.lemma_.lower() not in lex.clause_verbs
            and clause.i < verb.i and any(c.dep_ == "nsubj" for c in clause.children)
            and verb.lemma_.lower() not in lex.refusal_verbs and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))
