"""Verbs of the lexicon (or the tagger's) used for an act that reports nothing, for
``noncues.not_a_cue``: a matter passed on to someone who deals with it ('reported the breach to
the regulator', 'referred questions to the command'), the purpose of the anonymity formula
('speaking on condition of anonymity to discuss the talks') and its reason, an act not permitted
('because he was not authorised to discuss the talks'), a passive participle on its noun
that the parser read as the sentence's verb ('Families reported to the hotline are waiting',
'The bar, called simply Hops, seats forty'),
a fear for someone ('feared for her job'), which holds no view of the world, an act done to the
verb's object with no clause ('imposed sanctions on six companies', 'banned exports of gallium') and
a passive's subject that is a thing handled or made, not what was said ('The video was posted by an anonymous account',
'The mural was painted by X'),
and the writer's connective that opens a sentence with a verb of saying ('That said, X', 'Having said that, X')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .objects import artefact
from .syntax import TENSE_TAGS

#: the word the anonymity formula ends on before its purpose ('on condition of anonymity to discuss X')
_ANONYMITY = frozenset(["anonymity", "anonymous", "anonymously"])
#: verbs of permission: what one is not permitted to do was not done ('was not authorised to discuss X')
_PERMITTING = frozenset(["authorise", "authorize", "permit", "allow", "clear", "empower"])
#: verbs of making a picture or a part that report only with 'as' ('painted as a liar', ``as_passive_verbs.txt``)
_MADE_AS = frozenset(["paint", "cast", "frame"])
#: verbs of fear, whose 'for' names who or what is feared for ('feared for her job')
_FEAR = frozenset(["fear", "worry"])
#: a sentence's opening words, up to the word after 'said', that make it the writer's connective
_CONNECTIVES = (["that", "said", ","], ["this", "said", ","], ["that", "being", "said", ","], ["having", "said", "that", ","])


def handed_on(lex: Lexicon, verb: Token) -> bool:
    """'reported the breach to the regulator', 'referred questions to the command': a thing for
    the object and a recipient after 'to', no clause (not 'reported to the board that X',
    'referred to him as a reformer')."""
    if verb.lemma_.lower() not in lex.handover_verbs:
        return False
    kids = list(children_of(verb))
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and c.tag_ == "VBG" for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i > verb.i]
    # (the parser hangs the 'to' on the verb or on its object: 'referred questions to the command')
    return bool(objects) and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > objects[0].i
                                 and any(g.dep_ == "pobj" for g in children_of(c)) for c in kids + list(children_of(objects[0])))


def anonymity_purpose(verb: Token) -> bool:
    """'speaking on condition of anonymity to discuss the talks', 'who requested anonymity to
    describe the meeting': why the source stays unnamed, no report of its own."""
    if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return False  # (tested first: the children are walked for an infinitive only)
    to = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or not to.i:
        return False
    return verb.doc[to.i - 1].lower_ in _ANONYMITY


def not_permitted(verb: Token) -> bool:
    """'because he was not authorised to discuss internal deliberations', 'were not permitted to
    speak publicly': the reason a source stays unnamed, an act not permitted and so not done (not
    'was authorised to say that X', 'did not hesitate to say X')."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return False
    if head.lemma_.lower() not in _PERMITTING and head.lower_ not in _PERMITTING:
        return False
    return any(c.dep_ == "neg" for c in children_of(head)) and any(c.dep_ == "auxpass" for c in children_of(head))


def participle_on_subject(verb: Token) -> bool:
    """'Families reported to the hotline are waiting 19 days': a past participle on its noun that
    the parser read as the verb, the sentence's own verb hung on it with a finite auxiliary and no
    subject or opening word (not 'Families reported that they are waiting')."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in children_of(verb)):
        return False
    return any(
        c.i > verb.i and c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "advmod") for g in children_of(c))
        and any(g.dep_ in ("aux", "auxpass") and g.tag_ in TENSE_TAGS and g.lower_ != "to" and g.i < c.i
                for g in children_of(c))
        for c in children_of(verb))


def set_off_participle(verb: Token) -> bool:
    """'The new restaurant, called simply Pierogi Bar, seats 28', 'The buyer, believed to be an oil
    heir, paid X': a past participle set off by commas right after its noun, which the parser read as
    the sentence's verb with the noun for its subject, the sentence's own verb hung on it after the
    closing comma: a verb in a tense with no subject, 'and' or opening word of its own (not 'The
    mayor, who called X a fraud, resigned'), or a conjunct after the participle's infinitive."""
    doc = verb.doc
    kids = list(children_of(verb)) if verb.tag_ in ("VBD", "VBN") and verb.i >= 2 and doc[verb.i - 1].text == "," else []
    if not any(c.dep_ == "nsubj" and c.right_edge.i in (verb.i - 2, verb.i - 1) for c in kids):
        return False
    if any(c.dep_ == "xcomp" and c.left_edge.i == verb.i + 1 and c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text
           == "," and any(g.dep_ == "conj" and g.i > c.right_edge.i for g in kids) for c in kids):
        return True  # ('believed to be an oil heir, paid'; no belief of the buyer's)
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass", "neg", "cc") for c in kids) and any(
        c.i > verb.i and c.dep_ in ("dep", "conj", "parataxis") and c.tag_ in TENSE_TAGS and doc[c.left_edge.i - 1].text == ","
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "cc") for g in children_of(c)) for c in kids)


def fear_for(verb: Token) -> bool:
    """'feared for her job prospects', 'fear for their safety': a worry about someone, no view
    held (not 'feared that X', 'fear for the economy that X')."""
    if verb.lemma_.lower() not in _FEAR:
        return False
    kids = list(children_of(verb))
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in kids) and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in kids)


def act_done(lex: Lexicon, verb: Token) -> bool:
    """'The Treasury imposed sanctions on six companies', 'banned exports of gallium', 'appointed X
    as president', 'lobbied against the bill', 'had bet against
    regional lenders': a verb of an act done to its object (``act_verbs.txt``) with no clause of its
    own narrates the act (not 'banned staff from talking to reporters', 'bet that rates will fall',
    'lobbied Congress to drop it', nor with an object that says what: 'imposed sanctions that bar
    most trade', 'launched an appeal for witnesses')."""
    if verb.lemma_.lower() not in lex.act_verbs:
        return False
    return not any(_clause_of_act(lex, child) or child.dep_ in ("dobj", "nsubjpass") and _says_what(lex, child)
                   for child in children_of(verb))


def _clause_of_act(lex: Lexicon, child: Token) -> bool:
    """A clause the act holds ('bet that rates will fall', 'lobbied Congress to drop it', 'banned staff
    from talking to reporters'); not a participle of what followed ('banned exports, escalating the
    dispute'), nor a clause of when or why ('delivered a rebuke after details appeared in the papers',
    'imposed sanctions after invading')."""
    if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lex.adverbial_marks for g in children_of(child)):
        return False
    if child.dep_ == "prep":
        return child.lower_ not in lex.circumstance_preps and any(g.dep_ == "pcomp" for g in children_of(child))
    if child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN"):
        return any(g.dep_ in ("mark", "aux") for g in children_of(child))
    return child.dep_ in ("ccomp", "xcomp", "advcl")


def _says_what(lex: Lexicon, obj: Token) -> bool:
    """An object that is words with what they are about ('launched an appeal for witnesses') or that a
    clause of its own says ('imposed sanctions that bar most trade', 'launched a campaign designed to curb X');
    not words named only as a thing done ('delivered an unusually sharp rebuke', 'delivered his campaign
    speech', 'launched a petition campaign with a group'), nor a report in the relative clause ('imposed
    sanctions on six firms that it said had shipped crude': the report is its own)."""
    if obj.lemma_.lower() in lex.medium_nouns and any(
            g.dep_ == "prep" and g.lower_ in lex.content_preps or g.dep_ in ("ccomp", "appos") for g in children_of(obj)):
        return True
    return any(g.dep_ == "acl" or g.dep_ == "relcl" and not any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WDT", "WP") for t in children_of(g)) for g in children_of(obj))


def connective(verb: Token) -> bool:
    """'That said, X', 'That being said, X', 'Having said that, X': the writer's concession that
    opens the sentence, which points back at the text before it and reports nothing."""
    if verb.lower_ != "said":
        return False
    doc = verb.doc
    for form in _CONNECTIVES:
        first = verb.i - form.index("said")
        if first >= 0 and first + len(form) <= len(doc) and (first == 0 or doc[first].is_sent_start) and [
                t.lower_ for t in doc[first : first + len(form)]] == form:
            return True
    return False


def reports_nothing(lex: Lexicon, verb: Token) -> bool:
    """One of the acts above."""
    return (handed_on(lex, verb) or anonymity_purpose(verb) or not_permitted(verb) or participle_on_subject(verb)
            or set_off_participle(verb) or fear_for(verb) or act_done(lex, verb) or connective(verb))


def passive_thing(lex: Lexicon, verb: Token, subject: Token) -> bool:
    """The subject of a passive with an agent, which would be its content ('The plan was announced by
    the mayor'), names a thing done, not words said: a thing made or posted ('The video was first
    posted by an anonymous account', as 'posted a video' is no content either; not a thing judged:
    'The film was praised by critics'), or one given a state by the verb ('The woman had been
    reported missing by her family', 'was found dead by a neighbour': the state is the news), or
    made by a verb that reports only with 'as', which it lacks ('The ceiling was painted by Ana
    Ruiz': not 'was painted as a traitor by X')."""
    lemma = verb.lemma_.lower()
    if lemma in _MADE_AS and lemma not in lex.cue_verbs:
        return True  # (the passive only takes a content here when no 'as' phrase gave one)
    if any(c.dep_ == "oprd" and c.i > verb.i and not c.is_punct and not c.is_quote for c in children_of(verb)):
        return not (lemma in lex.describe or lemma in lex.see_as)  # (not 'was called "a disgrace" by X')
    return (lemma not in lex.stance_object or lemma in lex.learned_verbs) and artefact(lex, subject)
