"""The occasion or medium an object content was spoken on, which the parser hung inside it: 'admitted two counts
of fraud during a hearing at Truro Crown Court', 'announced the closure in a two-paragraph email to students'.
``drop_trailing_occasion`` ends the content before it.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .char_spans import words_in
from .happenings import happened_there
from .lexicon import Lexicon
from .syntax import first_child
from .tables import words_of


def drop_trailing_occasion(lex: Lexicon, text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """An object content without the occasion it was spoken on, which the parser hung inside it:
    'admitted two counts of fraud during a hearing at Truro Crown Court' (a place or occasion of
    speaking, on the object's noun), 'admitted causing grievous bodily harm when he appeared at Castleford Crown
    Court on Friday' (a clause of time that holds one, or whose verb is one: 'when interviewed'), 'pledged to
    cooperate on fishing, in a joint statement' (a medium set off by a comma, on whatever word of the content).
    A place on a verb of the content is where it happened: 'admitted lying in court' stays. The verb's own
    phrases may follow the occasion ('announced the closure in an email | to students': 'to' on 'announced')."""
    words = words_in(doc, *span, "contract")
    if words is None or len(words) < 2:
        return span
    table = words_of(doc)
    deps, lower, heads, pos = table.dep, table.lower, table.head, table.pos
    # (only a clause or a phrase of place or occasion on a noun can be the occasion: the words' table says which are)
    # (or a medium set off by a comma on a verb of the content: 'pledged to cooperate on X, in a joint statement')
    found = [i for i in range(words.start + 1, words.end) if deps[i] == "advcl" or deps[i] == "prep" and (
        lower[i] in _OCCASION_PREPS and pos[heads[i]] in ("NOUN", "PROPN") or lower[i] == "in" and table.text[i - 1] == ",")]
    last = max((t.i for t in words if not t.is_punct), default=words.end - 1) if found else 0
    for token in (doc[i] for i in found):
        after = doc[token.right_edge.i + 1] if token.right_edge.i < last else None
        if after is not None and not (after.dep_ == "prep" and after.head.i < words.start):
            continue
        if token.left_edge.i <= words.start:
            continue
        # 'two counts of fraud during a hearing', '(pleaded guilty) to theft at Leeds Crown Court': a place of
        # speaking on the content's head noun (not on a noun inside it: 'comparing X to the violence at Trump rallies')
        head = words.root.i in (token.head.i, token.head.head.i if token.head.dep_ == "pobj" else -1)
        # (a medium ending the content is where it was said at any depth: 'claimed responsibility for the attack in a
        # statement'; no noun inside a content is held in a statement)
        medium = token.lower_ == "in" and token.right_edge.i >= last
        set_off = medium and doc[token.i - 1].text == ","  # (the writer's aside, whatever the parser hung it on)
        place = (head or medium) and token.dep_ == "prep" and (token.head.pos_ in ("NOUN", "PROPN") or set_off) and (
            _spoken_at(lex, token))
        # 'when he appeared at Castleford Crown Court', 'when he was interviewed by detectives'
        when = token.dep_ == "advcl" and doc[token.left_edge.i].lower_ in ("when", "while") and (
            token.lemma_.lower() in lex.circumstance_nouns or any(t.dep_ == "prep" and _spoken_at(lex, t) for t in token.subtree))
        if place and happened_there(lex, token, words.root):
            continue  # ('criticized the chaos at the convention': where the chaos was, not where it was said)
        if place or when:
            return (span[0], len(text[: doc[token.left_edge.i].idx].rstrip(" ,")))
    return span


def _spoken_at(lex: Lexicon, prep: Token) -> bool:
    """'at Hallamford Crown Court', 'during a hearing': a place or an occasion of speaking; 'in' only before a
    medium no earlier words named ('announced the closure in a two-paragraph email', 'in an interview': not 'admitted
    mistakes in the campaign', which tells where a fault was, nor 'in the memo'); not 'before', which tells
    whose cases they are: 'wrote an assessment of business cases before the Supreme Court'."""
    pobj = first_child(prep, ("pobj",))
    if pobj is None:
        return False
    # (a medium need not be an occasion: 'predicted the hold in a note to clients', 'announced the ban in a notice';
    # nor one only: 'repeated it in other interviews')
    return prep.lower_ in ("at", "during") and pobj.lemma_.lower() in lex.circumstance_nouns or (
        prep.lower_ == "in" and pobj.lemma_.lower() in _MEDIA and _unnamed_before(pobj))


def _unnamed_before(pobj: Token) -> bool:
    """'a statement', 'interviews', 'other interviews', 'several speeches': a medium no earlier words named (not
    'the memo', 'his letter', which may be the content's own)."""
    dets = [c for c in pobj.children if c.dep_ in ("det", "poss")]
    if pobj.tag_ == "NNS":
        return all(d.dep_ == "det" and d.lower_ in _FEW for d in dets)
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in dets)


#: determiners of a medium counted, not named: 'in other interviews', 'in several speeches'
_FEW = frozenset(["other", "several", "many", "some", "multiple", "numerous", "two", "three", "both"])


#: the prepositions of an occasion ('at', 'during') and of a medium ('in')
_OCCASION_PREPS = ("at", "during", "in")
#: the media a statement is given in: 'in a statement', 'in an email', 'in a letter to shareholders'
_MEDIA = frozenset(["email", "interview", "letter", "memo", "op-ed", "post", "speech", "statement", "tweet", "video",
                    "note", "notice", "message", "filing", "newsletter", "podcast", "broadcast"])



#: what words go over, not what they are about ('spoke on the phone')
_DEVICES = frozenset(["phone", "telephone", "cellphone", "radio", "television", "tv", "camera", "microphone", "air",
                      "loudspeaker", "megaphone", "speakerphone"])


def medium_placed(lex: Lexicon, prep: Token, obj: Token) -> bool:
    """'wrote on Facebook', 'wrote on a local Facebook group', 'posted in her Instagram story': the
    phrase says where the words went, a platform or an outlet (or a thing of one), not what they
    were about ('wrote on housing' is); or the device or the air the words went over ('spoke to him on a
    smuggled phone', 'spoke on the radio')."""
    if prep.lower_ not in ("on", "in"):
        return False
    if prep.lower_ == "on" and obj.lower_ in _DEVICES:
        return True
    names = [obj, *(c for c in obj.children if c.dep_ == "compound")]
    return any(t.lower_ in lex.platforms or t.lower_ in lex.outlets for t in names) or " ".join(
        t.lower_ for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i) in lex.outlets


#: the prepositions of a topic, after which a noun of manner is what was said about ('boasted about her record')
_TOPIC_PREPOSITIONS = frozenset(["about", "of", "against", "over"])
#: the nouns of manner that always have an owner ('on her behalf'), which makes them no topic
_ALWAYS_OWNED = frozenset(["behalf"])


#: a piece of writing or a part of one, where words were written ('put it in her memoir'; ``written_parts.txt``)
_WRITTEN_PARTS = word_set("attribution/written_parts")


def said_how(lex: Lexicon, prep: Token, obj: Token) -> bool:
    """'spoke on the record', 'on condition of anonymity', 'on behalf of the family', 'for the record': a phrase of
    how the words were given (``manner_nouns.txt``), never what they were about. Not after a preposition of a topic,
    nor with an owner, where the same noun is the topic: 'The mayor boasted about her record on crime', 'The union
    complained of conditions in the depot', 'The coach spoke on his record'; but 'behalf' always has an owner:
    'campaigned on her husband's behalf'."""
    lemma = obj.lemma_.lower()
    if lemma not in lex.manner_nouns:
        return False
    owned = lemma not in _ALWAYS_OWNED and any(c.dep_ == "poss" for c in obj.children)
    return prep.lower_ not in _TOPIC_PREPOSITIONS and not owned


def said_on_occasion(lex: Lexicon, prep: Token) -> bool:
    """'as she put it during the panel', 'put it on Wednesday', 'put it in Leeds', 'put it in an interview': a phrase of
    when or where something was said, not where a thing went ('put it on the shelf'), or of whom it was said to
    ('as the manager put it in a memo to staff', 'put it to reporters'; not 'put it to the test'), or the writing or
    the part of it the words were written in ('As she puts it in the final chapter, X'); not when a
    participle after the verb says it ('went further on Tuesday, saying X': the participle reports)."""
    if any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > prep.i for c in prep.head.children):
        return False
    pobj = first_child(prep, "pobj")
    if prep.lower_ == "to" and pobj is not None:  # (people, a body or a name: those it was said to; not a poll's test)
        lemma = pobj.lemma_.lower()
        return pobj.pos_ in ("PROPN", "PRON") or pobj.ent_type_ in ("PERSON", "ORG", "NORP") or (
            lemma in lex.speaking_nouns and lemma not in lex.poll_nouns)
    if pobj is not None and prep.lower_ == "in" and pobj.lemma_.lower() in _WRITTEN_PARTS:
        return True
    return pobj is not None and (prep.lower_ == "during" or pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or (
        pobj.lemma_.lower() in lex.circumstance_nouns and prep.lower_ in lex.circumstance_preps))
