"""Sentences the parser misread around a verb of saying, and who the verb's subject is then:
a past tense read as a participle on its subject ('A review board estimated that X'), a
sentence's verb read as a participle of an apposition ('Sofia Brandt, a partner at Lattice,
called X'), a surname ending in '-ly' read as an adverb ('Connolly said'), a role before a name
between commas read as a second subject ('The panel's chair, Mei Tanaka, said'), a place's last noun
read as a verb ('said in its release notes that X'), a 'before' participle hung on the reported clause
(``before_reports``), the speaker of an 'as' aside read as the object of a preposition
(``as_objects``). ``syntax.subject_of``
reads these; they need nothing of ``syntax``, so they sit apart from ``participles``, which does."""

from __future__ import annotations

from spacy.tokens import Token

from .as_objects import as_object
from .before_reports import reporter_before
from .kids import children_of, lefts_of, rights_of
from .lexicon import active_lexicon
from .tables import words_of

__all__ = ["as_object", "reporter_before"]


def past_read_as_participle(verb: Token) -> Token | None:
    """'An independent review board estimated last year that X': the sentence's past tense the
    parser read as a participle on its subject, the sentence a noun phrase; a participle takes
    no clause opened by 'that', so the noun is its subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("agent", "aux", "auxpass") for c in children_of(verb)):
        return None
    if _before_a_quoted_colon(verb):
        return verb.head
    return verb.head if verb.head.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "advcl") and c.i > verb.i and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c)) for c in children_of(verb)) else None


def _before_a_quoted_colon(verb: Token) -> bool:
    """'A resident posted on Facebook: "Our street is gone."': a participle right after its noun and
    right before a colon that opens a quotation, which the parser made the subject of the quotation's
    verb; a participle describing a noun ends no clause on a colon that opens what was said."""
    doc, after = verb.doc, verb.right_edge.i + 1
    return verb.i == verb.head.i + 1 and after + 1 < len(doc) and doc[after].text == ":" and doc[after + 1].text in _OPENING


#: the marks opening a quotation
_OPENING = frozenset(['"', "\u201c"])


def plural_read_as_verb(verb: Token) -> Token | None:
    """'said in its release notes that X', 'wrote in his campaign notes that X': the last noun of the
    place the cue names ('notes') read as a verb in the present with no subject of its own, the clause
    opened by 'that' hung on it; that clause, the cue's content (None when no such misreading)."""
    doc = verb.doc
    for child in rights_of(verb):
        if child.tag_ != "VBZ":
            continue  # (tested before the word before it is made)
        before = doc[child.i - 1]
        if (child.left_edge.i != child.i or before.dep_ != "pobj" or before.pos_ != "NOUN"
                or before.head.head.i != verb.i or before.head.i < verb.i):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in children_of(child)):
            return None
        return next((c for c in child.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"), None)
    return None


def role_hung_on_the_verb(name: Token) -> Token | None:
    """'Co-author Dr. Jean-Baptiste Moreau said', 'Senator for Tasmania Ann Roe said': a role right before
    a name that the parser hung on the name's verb as an adverbial noun, with what its 'for' or 'of'
    phrase took of the name ('Ann'); the role (its phrase opens the source), else None."""
    if name.pos_ != "PROPN":
        return None  # (tested before the edge is made)
    doc, first = name.doc, name.left_edge.i
    if first == 0:
        return None
    role = doc[first - 1]
    while role.head.i != name.head.i and role.head.i != role.i and role.head.i < first:
        role = role.head
    return role if role.dep_ == "npadvmod" and role.head.i == name.head.i and role.right_edge.i == first - 1 else None


def role_read_as_subject(name: Token) -> int | None:
    """'The panel's chair, Mei Tanaka, said X': a role set before a name between commas (or none) that the
    parser made a second subject of the cue instead of the name's apposition; where the source
    (the whole phrase, as with 'The rebels' spokesman, Anwar Saleh') starts, else None."""
    doc = name.doc
    if name.dep_ != "nsubj" or name.pos_ != "PROPN":
        return None  # (tested before the edges are made)
    first, last = name.left_edge.i, name.right_edge.i
    if first < 2 or last + 1 >= len(doc):
        return None
    if doc[first - 1].text != ",":  # (or its kind right before it, 'The novelist Leyla Karimova, who left X, told Y', or the
        kind = doc[first - 1]  # name's start where an entity runs on into it: 'Minister Khalid bin | Rashed al-Nuaimi')
        while kind.dep_ != "nsubj" and kind.head.i != kind.i and kind.head.i < first:
            kind = kind.head
        return kind.left_edge.idx if kind.dep_ == "nsubj" and kind.head.i == name.head.i and (
            name_after_kind(kind, name) or doc[first].ent_iob_ == "I") else None
    if doc[last].text != "," and doc[last + 1].text != ",":
        return None  # (the closing comma may hang on the name)
    role = doc[first - 2]
    while role.dep_ != "nsubj" and role.head.i != role.i and role.head.i < first:
        role = role.head
    if role.dep_ != "nsubj" or role.head.i != name.head.i or role.pos_ != "NOUN" or role.right_edge.i != first - 2:
        return None
    return role.left_edge.idx


def antecedent_in_subject(token: Token) -> Token | None:
    """'a route friends said he used', 'a project officials say is overdue': the subject of a
    relative clause without 'that' that the parser ran into its antecedent ('route' a compound of
    'friends'); 'a' agrees with no plural, so the antecedent ends at the first noun after it. That
    noun, or None (not 'a few officials', 'an estimated 300 protesters', nor an object: 'according to a
    fact sheet lawmakers released')."""
    if token.tag_ != "NNS" or token.dep_ != "nsubj":
        return None
    lefts = [t for t in token.subtree if t.i < token.i]
    if not lefts or lefts[0].lower_ not in ("a", "an") or lefts[0].dep_ != "det" or lefts[0].head.i != token.i:
        return None
    # (or its 'nmod': 'X, a charge several investigations rejected')
    return next((t for t in lefts if t.tag_ == "NN" and t.dep_ in ("compound", "nmod")), None)


def _dangling(prep: Token) -> bool:
    """A preposition of a participle the parser left without its object ('searching for | a man')."""
    return prep.dep_ == "prep" and not any(children_of(prep)) and prep.head.tag_ == "VBG" and prep.i + 1 < len(prep.doc)


def participle_holder(subject: Token) -> Token | None:
    """'Detectives searching for a missing man believe X', 'Police looking into | the death of a
    woman said': the parser left the participle's preposition without its object and made the
    object a subject of the cue; the one the participle is of is the subject."""
    prep = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if prep is None or not _dangling(prep):
        return None
    participle = prep.head
    holder = participle.head if participle.dep_ == "acl" else next(
        (c for c in children_of(participle) if c.dep_ == "nsubj"), None)
    return holder if holder is not None and holder.i < participle.i and holder.pos_ in ("NOUN", "PROPN", "PRON") else None


def stranded_object(holder: Token) -> Token | None:
    """The object ``participle_holder`` stepped over, whose phrase the holder's source runs to."""
    participle = holder.head if holder.dep_ == "nsubj" and holder.head.dep_ == "advcl" else holder
    edge = participle.right_edge
    if not _dangling(edge):
        return None
    found = next((t for t in [edge.nbor(1), *edge.nbor(1).ancestors] if t.left_edge.i == edge.i + 1 and t.dep_ in (
        "nsubj", "nsubjpass")), None)
    return found if found is not None and participle_holder(found) is not None else None


def participle_after_apposition(verb: Token) -> Token | None:
    """'Sofia Brandt, a partner at Lattice, called Orbitra "a monopolist"': the parser read the
    sentence's verb as a participle of the apposition closed by the comma before it, and the
    sentence as a noun phrase; the name the apposition describes is the verb's subject (or a noun
    after a colon read in apposition to one before it: ``_clause_after_colon``)."""
    if verb.dep_ != "acl" or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    name = verb.head.head if verb.head.dep_ == "appos" and not _clause_after_colon(verb.head) else None
    if name is None and any(c.dep_ in ("appos", "relcl") and c.i < verb.i for c in children_of(verb.head)):
        name = verb.head  # (or on the name itself, past its apposition: 'Beruff, a Scott ally, called X "strong"';
        # or past a relative clause: 'Varga, whose book has drawn protests, called the ban "cowardly"')
    relative = verb.head
    # (a participle too, when the name is the root: 'Vale, who ran the harbour board, called the levy unfair' has no verb else)
    while name is None and verb.tag_ in ("VBD", "VBN") and relative.dep_ != "relcl" and relative.head.i != relative.i:
        relative = relative.head
    if name is None and relative.dep_ == "relcl" and relative.i < verb.i and relative.doc[relative.left_edge.i - 1].text == ",":
        name = relative.head  # (or hung inside it: 'Unions, which have long complained about staffing, called for X')
    if name is None or name.pos_ not in ("NOUN", "PROPN"):
        return None
    return name if name.dep_ == "ROOT" or _clause_after_colon(name) else None


def _clause_after_colon(name: Token) -> bool:
    """'Investors were unmoved: one fund manager, who asked not to be named, called X "a breach"': a
    clause after a colon or a semicolon whose subject the parser set in apposition to a noun before the mark."""
    doc = name.doc
    return name.dep_ == "appos" and name.head.i < name.i and any(
        t.text in (":", ";") for t in doc[name.head.i + 1 : name.left_edge.i])


def name_read_as_adverb(verb: Token) -> Token | None:
    """'Connolly said ...', '"...," Greally said': the parser took a surname ending in '-ly' for
    an adverb of the verb right after it. A capitalised modifier standing right before a finite
    verb is its subject when it is a name to the tagger or the NER, or does not open the sentence."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if (after := _name_after_inverted(verb)) is not None:
        return after
    token = verb.doc[verb.i - 1]
    if not _capital_modifier(token, verb, ("PERSON", "ORG", "")):
        return None  # not 'last June' before the verb
    if token.tag_ in ("NNP", "NNPS") or token.ent_type_ == "PERSON" or not token.is_sent_start:
        return token
    # (or opening the sentence right before a verb with no subject: no adverb stands so, 'Vaultly said'; but a
    # word the language lists as an adverb opens a reply whose subject is left out: 'Totally agree with X')
    if token.lower_ in active_lexicon().common_adverbs:
        return None
    return token if token.i + 1 == verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) else None


def _name_after_inverted(verb: Token) -> Token | None:
    """'"...," said Tully, a spokesman': the same misread after an inverted verb, the name right
    after a verb that follows the quotation's comma or closing mark and has no subject of its own."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or not doc[verb.i - 1].is_punct or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    token = doc[verb.i + 1]
    if not _capital_modifier(token, verb, ("PERSON", "")) or not token.lower_.endswith("ly"):
        return None
    return token if token.ent_type_ == "PERSON" or token.lower_ not in active_lexicon().common_adverbs else None


def _capital_modifier(token: Token, verb: Token, ents: tuple[str, ...]) -> bool:
    """Whether ``token`` is a capitalised word the parser hung on ``verb`` as an adverb, with no
    entity type but ``ents``: the shape a surname read as an adverb takes."""
    return (token.head.i == verb.i and token.dep_ in ("advmod", "npadvmod") and token.is_title and token.is_alpha
            and token.ent_type_ in ents)


def past_read_as_object(verb: Token) -> Token | None:
    """'Economists at Helvan Bank forecast that X': the sentence's past tense the parser read as
    the object of the preposition after its subject, the sentence a noun phrase; a clause opened
    by 'that' shows the verb, and the noun the phrase hangs on is its subject."""
    if verb.dep_ != "pobj" or verb.tag_ not in ("VBD", "VBP", "VBZ") or verb.head.pos_ != "ADP":
        return None
    noun = verb.head.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    return noun if any(c.dep_ == "ccomp" and c.i > verb.i and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c)) for c in children_of(verb)) else None


def gerund_read_as_root(token: Token) -> Token | None:
    """'The local child safeguarding practice review said X': a noun compound whose gerund the
    parser read as the sentence's verb, with the cue its complement and the compound's last nouns
    its subject; a gerund with no auxiliary is no sentence's verb, so the words before the subject
    are its phrase's. The phrase's first token, or None."""
    verb = token.head
    gerund = verb.head
    if token.dep_ != "nsubj" or verb.dep_ != "ccomp" or gerund.dep_ != "ROOT" or gerund.tag_ != "VBG":
        return None
    if gerund.i != token.left_edge.i - 1 or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in children_of(gerund)):
        return None
    start = gerund.left_edge
    return start if not any(t.is_punct for t in token.doc[start.i : gerund.i]) else None


def subject_read_as_conjunct(verb: Token) -> Token | None:
    """'The Post will brand you a liar and NBC News will accuse you of X', 'Many have said X and
    others have said Y': the second clause's subject the parser joined to the first clause's
    object, its verb to the first verb without a subject; a finite verb right after a noun so
    joined ('and' before it) has that noun for its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)):
        return None
    lefts = [c for c in lefts_of(verb) if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
    if not (lefts and lefts[0].tag_ == "MD" or lefts and lefts[0].lemma_ in ("have", "be", "do") or verb.tag_ in ("VBD", "VBZ")):
        return None  # ('... and others saying X': a participle, not a clause of its own)
    first = lefts[0].i if lefts else verb.i
    if first == 0:
        return None
    noun = verb.doc[first - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.i >= noun.i or noun.head.dep_ not in (
            "dobj", "pobj", "attr", "dative", "oprd") or verb.head.i >= noun.head.i:
        return None
    joined = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i else None
    return noun if joined is not None and joined.dep_ == "cc" and joined.lower_ in ("and", "but", "while") else None


def object_ended_early(subject: Token, other: Token) -> bool:
    """'The daughter of State Senator Ann Pike said': the parser ended the first subject's
    object early ('of State') and made the rest ('Senator Ann Pike') a second subject; 'a report
    by the consultancy Brightline found': the body's name after its kind's noun."""
    last = max(subject.rights, default=None, key=lambda t: t.i)
    edge = subject.doc[subject.right_edge.i]
    # (or a kind's noun before the name: 'a report by the consultancy Brightline found')
    kind = edge.pos_ == "NOUN" and edge.dep_ == "pobj" and edge.head.i == last.i if last is not None else False
    return (last is not None and last.dep_ == "prep" and subject.right_edge.i + 1 == other.left_edge.i
            and other.pos_ == "PROPN" and (edge.pos_ == "PROPN" or kind and other.ent_type_ == "ORG"))


def ended_early(subject: Token, other: Token) -> bool:
    """Whether ``other``, a second subject after ``subject``, goes on with the first's phrase: its object ended
    early (``object_ended_early``), or a citation in brackets right after it ('A report on the choir (Arts, June 4)
    said X': the page and date of the report, no second source; not 'The union (Unite) said', one body)."""
    left = other.left_edge.i
    return object_ended_early(subject, other) or (
        left > 0 and other.doc[left - 1].text == "(" and subject.right_edge.i in (left - 1, left - 2))


def name_after_kind(subject: Token, other: Token) -> bool:
    """'The novelist Leyla Karimova, who left X, told Y': the parser read the name after its kind's noun
    as a second subject; one subject when the noun, with nothing after it, runs straight into the name."""
    return (subject.pos_ == "NOUN" and subject.is_alpha and subject.right_edge.i == subject.i and other.pos_ == "PROPN"
            and other.left_edge.i == subject.i + 1 and other.left_edge.pos_ == "PROPN")


def fronted_object(verb: Token, subject: Token) -> Token | None:
    """'X, a report by the consultancy Brightline found': the noun phrase before the subject the
    parser read as the verb's object, the body's name after it as the subject."""
    # (the verb's objects before the subject found in the words' lists: no Token made of each child)
    doc, start, heads, deps = verb.doc, subject.left_edge.i, words_of(verb.doc).head, words_of(verb.doc).dep
    fronted = next((doc[k] for k in range(verb.left_edge.i, start) if heads[k] == verb.i and deps[k] == "dobj"
                    and k != verb.i and doc[k].right_edge.i + 1 == start), None)
    return fronted if fronted is not None and object_ended_early(fronted, subject) else None
