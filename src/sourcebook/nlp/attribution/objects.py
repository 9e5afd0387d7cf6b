"""What a cue verb's object or infinitive attributes ('urged X to Y', 'described X as Y',
'slammed the plan', 'expressed concern that X', 'a poll shows a tie'), for ``content.verb_content``."""

from __future__ import annotations

from spacy.tokens import Token

from .answered_with import met_with_an_act
from .described import described
from .described_as import described_as
from .dialled_numbers import dialled
from .happenings import happened_there
from .kids import children_of, rights_of
from .lexicon import Lexicon
from .posted_pictures import posted_thing
from .predicates import free_relative
from .prizes import prize_claimed
from .purchases import counted_goods
from .quoted_labels import label_after_object
from .readings import bare_reading
from .recalls import called_back
from .relatives import of_making
from .restated_pronouns import restated_pronoun
from .ruled_states import ruled_state
from .scores import counted_score
from .spoken_at import drop_trailing_occasion
from .stance_acts import act_topic
from .syntax import source_like, subtree_span
from .tails import trailing_participle, with_tail, without_writer_tail
from .told import told_object
from .voiced import voiced_topic
from .word_forms import listed
from .written_in import written_in

Spans = list[tuple[int, int]]


def infinitive_in_relative(obj: Token) -> list[Token]:
    """'urged residents who live near the river to leave': the parser hung the infinitive the verb asks for on the
    relative clause of its object (as the clause's last part); else one on a phrase of the object (``infinitive_in_phrase``)."""
    relative = next((c for c in obj.rights if c.dep_ == "relcl"), None)
    last = max(relative.rights, default=None, key=lambda t: t.i) if relative is not None else None
    if last is not None and last.dep_ == "advcl" and _to_infinitive(last):
        return [last]
    return infinitive_after(obj) or infinitive_in_phrase(obj)


def infinitive_after(obj: Token) -> list[Token]:
    """'asked the authority to place a marker', 'instructs moderators to stop removing X': the infinitive the verb
    asks for, right after its object, hung on the object (as a clause of the noun) or on the verb (as a clause of purpose)."""
    after = obj.i + 1
    for clause in (*obj.rights, *obj.head.rights):
        if clause.dep_ in ("acl", "advcl") and clause.left_edge.i == after and clause.left_edge.lower_ == "to" and (
                _to_infinitive(clause)):
            return [clause]
    return []


def infinitive_in_phrase(obj: Token) -> list[Token]:
    """'asked anyone with information to call the tip line': the parser hung the infinitive the verb asks for on the
    noun of a phrase that qualifies its object (as that noun's last part), the phrase hung on the object or the verb after it."""
    verb = obj.head
    phrases = [c for c in obj.rights if c.dep_ == "prep"]
    phrases += [c for c in rights_of(verb) if c.dep_ == "prep" and c.i == obj.right_edge.i + 1]
    for phrase in phrases:
        noun = next((c for c in children_of(phrase) if c.dep_ == "pobj"), None)
        if noun is None or any(c.dep_ in ("det", "poss") for c in children_of(noun)):
            continue  # 'asked the man with the power to decide': the noun's own infinitive, not the verb's
        last = max(noun.rights, default=None, key=lambda t: t.i)
        if last is not None and last.dep_ == "acl" and _to_infinitive(last):
            return [last]
    return []


def addressee_topic(lex: Lexicon, lemma: str, children: list[Token]) -> list[Token]:
    """'warned citizens about the messages', 'asked the minister about the delay': the phrase that
    makes a cue of the verb ('warned about X') hung on the one addressed, right after it."""
    obj = next((c for c in children if c.dep_ == "dobj"), None) if lemma in lex.addressee_verbs else None
    if obj is None:
        return []
    return [c for c in obj.rights if c.dep_ == "prep" and c.i == obj.i + 1 and c.lower_ in lex.phrasal.get(lemma, ())]


def _to_infinitive(verb: Token) -> bool:
    """'to call', 'not to rush': a verb with 'to' before it."""
    return any(g.dep_ == "aux" and g.tag_ == "TO" and g.i < verb.i for g in children_of(verb))


def objects_content(lex: Lexicon, text: str, verb: Token, lemma: str, children: list[Token], objects: list[Token],
                    xcomps: list[Token], extra: list[Token]) -> Spans | None:
    """What the verb is called ('described X as Y'), an infinitive ('urged X to Y') or an
    object ('slammed the plan', 'a poll shows a tie')."""
    if lemma in lex.describe:
        if lemma in lex.naming_verbs and not objects and _phoned_read_as_name(lex, verb, children):
            return None  # 'Mr. Obama called Naghmeh Abedini.': the one phoned read as a name with no one named
        if lemma in lex.naming_verbs and (_home(children) or dialled(children, objects)):
            return None  # 'the town we call home': where one lives; 'call 101': a number rung (``dialled_numbers``)
        only_as = lemma not in lex.speech and (lemma not in lex.stance_object or lemma in lex.learned_verbs)
        found = described(verb, children, objects, extra, only_as) or label_after_object(lex, verb, lemma, objects)
        if found is not None:
            return found
        if lemma in lex.naming_verbs and objects and objects[0].i > verb.i and all(
                x.i > objects[0].i and _to_infinitive(x) for x in xcomps) and _someone(lex, objects[0]):
            return None  # 'Joan Pike called the police at noon', 'called Hale to concede': someone phoned, no name given
    if (ruled := ruled_state(verb, lemma, objects)) is not None:  # 'ruled the search unlawful' (``ruled_states``)
        return [ruled]
    if (told := told_object(lemma, verb, objects)) is not None:  # 'told the story of X', 'charged X with Y'
        return [drop_trailing_occasion(lex, text, verb.doc, told)]
    # ('criticised the film': a stance on it; 'tweeted a photo': what the post shows, ``posted_pictures``)
    if (lemma not in lex.stance_object or lemma in lex.learned_verbs) and not posted_thing(lemma):
        objects = [o for o in objects if not artefact(lex, o)]
    if lemma not in lex.speech:  # 'welcomed two cubs', 'ordered eggs': an arrival, a purchase, no stance
        objects = [o for o in objects if not creature(lex, o)]
    # 'The firm reported quarterly results', 'posted a loss': the subject's own result, an act, no claim
    objects = [o for o in objects if not own_outcome(lex, lemma, o) and not met_with_an_act(lex, lemma, verb, o)]
    # 'issued a statement', 'signed an open letter', 'sent a text message': the document the verb
    # writes or sends, whatever the verb's class, not what it says ('issued a threat' is)
    objects = [o for o in objects if not (written(lex, lemma, o) and not posted_thing(lemma)) and not reference_number(o)]
    if not xcomps and objects and (counted_goods(lex, lemma, objects[0]) or counted_score(lex, lemma, objects[0])
                                   or prize_claimed(lex, lemma, objects[0])):  # ('claimed the title', ``prizes``)
        objects = []  # 'has ordered six patrol ships, the largest order in years': goods bought (``purchases``)
    if xcomps and (lemma in lex.speech or lemma in lex.belief or lemma in lex.stance_object):
        first = objects[0] if objects and objects[0].i < xcomps[0].i else xcomps[0]
        return [drop_trailing_occasion(lex, text, verb.doc, (subtree_span(first)[0], _infinitives(lex, verb, xcomps[-1])))]
    spelled = next((c for c in objects[0].rights if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"
                    and c.left_edge.dep_ == "mark" and verb.doc[c.left_edge.i - 1].text == ":"), None) if objects else None
    if spelled is not None and lemma in lex.speech:  # 'told him the truth: that I was scared': the clause says what it was
        return [(spelled.left_edge.nbor(1).idx, subtree_span(spelled)[1])]
    voiced = _voiced_noun(lex, verb, objects[0]) if objects else None
    if voiced is not None:  # 'expressed concern that X': the noun is part of the cue, the clause what was said
        extra.extend(t for t in objects[0].subtree if t.i <= objects[0].i and t.dep_ in ("amod", "advmod", "compound"))
        extra.append(objects[0])
        return [subtree_span(voiced)]
    as_said = described_as(lex, verb, objects[0]) if objects else None
    if as_said is not None:  # 'paid tribute to her as "a fine reporter"': what was said of her, the noun in the cue
        extra.append(objects[0])
        return [subtree_span(as_said)]
    topic = (voiced_topic(lex, verb, objects[0]) or act_topic(lex, verb, objects[0])) if objects else None
    if topic is not None:  # 'expressed concern about the fee', 'voiced support for X': what the stance is on
        extra.extend(t for t in objects[0].subtree if t.i <= objects[0].i + 1 and t.dep_ != "punct")
        extra.append(verb.doc[objects[0].i + 1])
        return [drop_trailing_occasion(lex, text, verb.doc, subtree_span(topic))]
    # ('has always maintained her innocence': a state one can only claim, ``avowed_nouns.txt``)
    avowed = bool(objects) and lemma in lex.speech and objects[0].lemma_.lower() in lex.avowed_nouns
    if objects and (lemma in lex.stance_object or lemma in lex.any_object and _clausal(lex, lemma, objects[0]) or avowed):
        obj = objects[0]
        end = subtree_span(obj)[1]
        occasion = next((p for p in obj.rights if p.dep_ == "prep" and (p.lower_ in ("at", "during") and _occasion(lex, p)
                         and not happened_there(lex, p, obj) or avowed and p.lower_ not in ("of", "in"))), None)
        if occasion is not None:  # 'demanded a rent freeze at a press conference': where, not what
            end = text.rfind(" ", 0, occasion.idx)
        for child in children:
            if child.i > obj.i and child.dep_ == "prep" and child.lower_ in ("of", "for", "as"):
                end = max(end, subtree_span(child)[1])
            elif child.dep_ in ("advcl", "acomp") and child.left_edge.lower_ == "as" and (
                    child.left_edge.i == obj.right_edge.i + 1) and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl") and child.i in (g.head.i, g.head.head.i) for g in child.subtree):
                # 'dismissed the report as politically motivated': 'as' read as an adverb ('slammed X as the election
                # looms', 'defends lockdown as visits remain suspended' are clauses of their own: the writer's time)
                end = max(end, subtree_span(child)[1])
            elif (child.dep_ in ("advcl", "ccomp") and child.left_edge.i == obj.right_edge.i + 1
                  and child.left_edge.lower_ == "that" and (obj.lower_ in lex.speech_nouns or obj.lower_ in lex.belief_nouns)):
                end = max(end, subtree_span(child)[1])  # 'repeated his contention that X', X hung on the verb
            elif child.dep_ in ("advcl", "ccomp") and _relative_after(lex, obj, child):
                end = max(end, subtree_span(child)[1])  # 'describes a culture in which X', the clause hung on the verb
            elif _by_name(obj, child):
                end = max(end, subtree_span(child)[1])  # 'did not mention the mayor by name': how the object was named
        span = (subtree_span(obj)[0], end)  # (an avowed state without the verb's tail: 'to the guards' is to whom)
        return [drop_trailing_occasion(lex, text, verb.doc, span if avowed else with_tail(lex, text, verb, span, obj))]
    if lemma in lex.poll_verbs and lemma not in lex.speech and objects:
        return [_finding(verb, objects[0])]
    return label_after_object(lex, verb, lemma, objects)  # 'called the offer "beyond insulting"': the label split off


def _by_name(obj: Token, child: Token) -> bool:
    """'criticised the council by name', 'did not mention her rival by name': the manner the object was named in,
    right after it, goes with the object (PolNeAR holds the phrase in the content)."""
    return child.dep_ == "prep" and child.lower_ == "by" and child.i == obj.right_edge.i + 1 and any(
        c.dep_ == "pobj" and c.lower_ == "name" and c.i == child.i + 1 and not list(children_of(c)) for c in children_of(child))


def _someone(lex: Lexicon, obj: Token) -> bool:
    """'called the police', 'called him', 'called Dr. Ames': a person or a body of people alone, with
    nothing after it that names it ('called the decision "cruel and pointless"', read as one noun
    phrase; 'calls this entertainment' names a thing; 'Private people, she called them')."""
    if any(c.i > obj.i and c.dep_ != "prep" and not c.is_punct for c in children_of(obj)) or any(
            t.is_quote for t in obj.head.subtree if t.i >= obj.left_edge.i):
        return False  # ('calls her "an intelligent woman"', read as one noun phrase: the name is quoted, maybe past a phrase)
    if any(c.i < obj.head.i and c.dep_ in ("npadvmod", "dobj", "ccomp", "dep", "attr") for c in children_of(obj.head)):
        return False  # 'Private people, she called them': the name set before the verb
    if any(c.i > obj.i and c.dep_ not in ("prep", "punct", "advmod", "cc", "conj") and not (
            c.dep_ in ("advcl", "xcomp") and _to_infinitive(c)) and not _when(c) for c in children_of(obj.head)):
        return False  # 'He calls her "a fine judge"', 'calling Gov. Pence my partner': the name hung on the verb
    # (not a purpose: 'called Sanders to congratulate him'; a name the NER took for a body is one
    # called all the same: 'called Hale', 'called Naghmeh Abedini')
    return (obj.ent_type_ in ("PERSON", "ORG") or obj.pos_ == "PRON" and obj.lower_ in _PERSONAL
            or obj.pos_ == "PROPN" and not obj.ent_type_
            or obj.pos_ == "NOUN" and listed(obj, lex.role_nouns))


_PERSONAL = frozenset(["him", "her", "them", "me", "us"])


def _home(children: list[Token]) -> bool:
    """'the city we call home', 'a state she calls her second home': the name a naming verb gives
    is 'home', the idiom of where one lives, no label anyone puts on a thing."""
    return any(c.dep_ in ("oprd", "advmod", "npadvmod", "dobj") and c.lower_ == "home" for c in children)


def _when(token: Token) -> bool:
    """'Tuesday night', 'last week' set after the object: the time of the act, no name
    ('called both candidates Tuesday night')."""
    return token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME")


def _phoned_read_as_name(lex: Lexicon, verb: Token, children: list[Token]) -> bool:
    """'Mr. Obama called Naghmeh Abedini.', 'Palin called a delegate candidate, Clara Powers, and X': a verb of
    naming in the active with no object but one person the parser read as the name given (a name needs one named:
    'called the plan "a disgrace"'); the person is the one phoned. Not a passive ('was called a liar'), not a
    quoted or a relative's name ('what they call "reform"')."""
    names = [c for c in children if c.dep_ == "oprd"]
    if len(names) != 1 or names[0].i < verb.i or verb.dep_ in ("acl", "amod") or any(
            c.dep_ in ("nsubjpass", "auxpass", "ccomp", "attr", "dative", "prt") for c in children) or (
            verb.doc[verb.i + 1].lower_ in ("on", "out", "for")):  # ('called out Trump', 'called on X to Y')
        return False
    name = names[0]
    if any(c.i > verb.i and c.i != name.i and c.dep_ not in ("prep", "punct", "advmod", "cc", "conj") and not _when(c)
           and not (c.dep_ in ("advcl", "xcomp") and _to_infinitive(c)) for c in children):
        return False  # (more after the verb than the one phoned)
    if any(c.i > name.i and c.dep_ not in ("appos", "punct", "prep", "cc", "conj") for c in children_of(name)):
        return False  # ('Biden calls Trump risk to U.S. safety': a headline's name, 'risk' hung on 'Trump')
    if any(t.is_quote for t in name.subtree) or any(t.tag_ in ("WP", "WDT") for t in verb.doc[verb.left_edge.i : verb.i]):
        return False
    return (name.ent_type_ == "PERSON" or name.pos_ == "PROPN" and name.ent_type_ in ("", "PERSON", "ORG")
            or name.pos_ == "NOUN" and listed(name, lex.role_nouns)
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in children_of(name)))


def _relative_after(lex: Lexicon, obj: Token, clause: Token) -> bool:
    """'describes a unit culture in which soldiers felt pressured': a clause right after the
    object, opened by a relative word ('which', 'where', or 'in which'), is the object's relative
    clause, which the parser hung on the verb."""
    first = clause.left_edge
    if first.i != obj.right_edge.i + 1:
        return False
    if first.dep_ == "prep" and first.i + 1 < len(first.doc):
        first = first.nbor(1)  # 'in which', 'under whom'
    return first.lower_ in lex.relative_words


def _voiced_noun(lex: Lexicon, verb: Token, obj: Token) -> Token | None:
    """The clause of 'expressed concern that X', 'voiced hope that X': an object of a verb that
    voices it (``voicing_verbs.txt``) that is a noun of saying or believing, with a 'that' clause
    right after it (hung on it or on the verb)."""
    if obj.lower_ not in lex.speech_nouns and obj.lower_ not in lex.belief_nouns or obj.i < verb.i or (
            verb.lemma_.lower() not in lex.voicing_verbs) or any(c.dep_ == "poss" for c in children_of(obj)):
        return None  # (not 'rejected the idea that X', no one's claim here; 'repeated its claim that X' is the noun's)
    return next((c for c in (*obj.rights, *rights_of(verb)) if c.dep_ in ("acl", "ccomp") and c.left_edge.i == obj.i + 1
                 and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)


def _infinitives(lex: Lexicon, verb: Token, infinitive: Token) -> int:
    """Where the infinitives a cue's infinitive content lists end: 'pledged to cut fuel taxes,
    fix the rail network and open three clinics' - the parser hangs 'fix' and 'open' on
    'pledged', but a bare verb with no subject cannot go with 'pledged' (its tense is the
    cue's), only with 'cut'. A coordinated clause of another kind ends the list ('..., fix Y
    and he pledged Z')."""
    end = without_writer_tail(lex, infinitive)[1]  # ('to conserve power as forecasters predicted X': the writer's)
    said = next((c for c in infinitive.rights if trailing_participle(c) and c.lemma_.lower() in lex.cue_verbs), None)
    if said is not None:  # 'refused to rule out tax rises, telling listeners that X': a report of its own
        end = said.doc[said.i - 1].idx
    # 'urged ministers to cut rates and called on the Bank to X': a verb in the cue's own tense,
    # with no subject, that the parser hung on the infinitive goes with the cue
    finite = next((c for c in infinitive.rights if c.dep_ == "conj" and c.tag_ == verb.tag_ and verb.tag_ in (
        "VBD", "VBZ", "VBP") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))), None)
    if finite is not None:
        before = [t for t in infinitive.subtree if t.i < finite.left_edge.i and not (t.dep_ == "cc" or t.is_punct)]
        return max(t.idx + len(t) for t in before)
    if verb.tag_ == "VB":
        return end  # 'will urge them to X, and warn Y': either reading
    listed = [c for c in rights_of(verb) if c.i > infinitive.i and c.dep_ == "conj"][:1]
    while listed and _bare_verb(listed[-1]):
        last = listed[-1]
        rest = [c for c in last.rights if c.dep_ == "conj"]
        later = {t.i for r in rest for t in r.subtree}  # the next verbs of the list, or a clause
        own = [t for t in last.subtree if t.i not in later
               and not (t.dep_ == "cc" and t.head.i == last.i and rest and t.i < rest[0].i)]
        end = max(end, max(t.idx + len(t) for t in own))
        listed = rest[:1]
    return end


def _bare_verb(token: Token) -> bool:
    """A verb in its bare form with no subject of its own ('fix the lights'; the tagger may
    read 'clear the drains' as an adjective with an object)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(token)):
        return False
    return token.tag_ == "VB" or token.pos_ == "ADJ" and any(c.dep_ == "dobj" for c in children_of(token))


def _finding(verb: Token, obj: Token) -> tuple[int, int]:
    """'a poll showed Mr. Trump with a 16-point lead', 'shows Sanders leading Clinton, 47 to
    44': what a poll shows runs over the complements the parser hangs on the verb after its
    object, not only the object (a coordinated verb or a clause after a comma is left out)."""
    start, end = subtree_span(obj)
    for child in rights_of(verb):
        if child.i > obj.i and free_relative(child):  # '..., along with a road and what appeared to be a building'
            end = max(end, subtree_span(child)[1])
        if child.i <= obj.i or child.dep_ in ("punct", "cc", "conj", "parataxis"):
            continue
        if child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text in (",", ";", "--", "\u2014") and (
                child.dep_ not in ("prep", "advcl", "xcomp", "acomp", "oprd")
                or child.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(child))):
            break  # (a clause of its own: ', while a Ledger poll showed X up by five')
        end = max(end, subtree_span(child)[1])
    return (start, end)


def _occasion(lex: Lexicon, prep: Token) -> bool:
    """'at a press conference', 'during an interview': a phrase of the occasion something was said."""
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lemma_.lower() in lex.circumstance_nouns and not pobj.ent_type_


def artefact(lex: Lexicon, obj: Token) -> bool:
    """A thing made or filed ('posted a photo', 'filed a lawsuit', 'released a single'), which
    says nothing unless a clause in it says what ('a video that accuses X', 'a suit alleging X');
    the object of a verb that makes or sends it, not of one that judges it ('praised the film')."""
    return obj.lemma_.lower() in lex.artefact_nouns and not any(c.dep_ in ("relcl", "acl") for c in children_of(obj))


def thing_placed(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """'She wrote it on her forearm', 'posted the video on Facebook': the object of a verb that takes
    an object only for the words it says (``any_object_verbs.txt``) names none (a pronoun, a word
    that says nothing, a thing made), so the phrase after it says where the thing went, not what
    the words were about ('wrote on housing' is; a stance verb's object is judged: 'criticized the
    mayor for the delay')."""
    if lemma not in lex.any_object or lemma in lex.stance_object:
        return False
    return obj.pos_ == "PRON" or obj.lower_ in lex.empty_objects or artefact(lex, obj)


def own_outcome(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """A result the subject achieved, earned or suffered (``outcome_nouns.txt``): 'The firm reported
    quarterly results', 'The Green Party posted its strongest showing' report the act, no claim
    (a figure is one: 'reported a profit of $1.78 a share'). Not when the result is another's
    ('reported Clinton's victory', 'reported a win for Mr. Trump'), nor the object of a verb that foresees, judges or
    asserts it ('predicted victory', 'disputed the result', 'claimed victory': the verbs of
    ``outcome_verbs.txt`` make it known), nor when a clause in it says what ('reported results
    that showed X')."""
    if lemma not in lex.outcome_verbs or obj.lemma_.lower() not in lex.outcome_nouns and obj.lower_ not in lex.outcome_nouns:
        return False  # (the verbs of ``outcome_verbs.txt`` make a result known; 'disputed the result' judges it)
    if any(c.dep_ in ("relcl", "acl") for c in children_of(obj)):
        return False
    if any(t.ent_type_ in _FIGURES or t.like_num and t.ent_type_ not in ("DATE", "TIME", "ORDINAL") for t in obj.subtree):
        return False  # 'reported revenue of $4.8 billion': a figure, which the report passes on
    if any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(obj)):
        return False
    # ('results for the third quarter': a period, still its own; 'a win for the ruling party', 'the
    # results of the inquiry': another's)
    return not any(c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in children_of(c)) for c in children_of(obj))


_FIGURES = frozenset(["MONEY", "PERCENT", "QUANTITY", "CARDINAL"])


def creature(lex: Lexicon, obj: Token) -> bool:
    """An animal or a meal (``creature_nouns.txt``), which a stance verb's subject welcomes or
    orders as a thing, taking no stance: 'The zoo welcomed two snow leopard cubs', 'ordered his
    usual: two eggs and rye toast' (what the object is set beside names it), 'welcomed a baby girl'."""
    return any(t.lemma_.lower() in lex.creature_nouns
               for t in (obj, *(c for c in children_of(obj) if c.dep_ in ("appos", "compound"))))


def _clausal(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """'said nothing' is no content, nor 'wrote a letter' or a count of things; 'said something
    about X' or a long object is."""
    if obj.pos_ == "PRON" or obj.lower_ in lex.empty_objects or bare_reading(obj) or called_back(lex, lemma, obj):
        return False  # ('noted the time and left': a reading, ``readings``; 'recalled its envoy', ``recalls``)
    if lemma in lex.addressee_verbs and (obj.pos_ == "PROPN" or obj.ent_type_ or source_like(lex, obj)):
        return False  # 'urged Congress', 'urged its members': the one addressed ('urged restraint' is what was urged)
    if any(t.like_num and any(ch.isdigit() for ch in t.text) and t.ent_type_ not in ("DATE", "MONEY")
           for t in (obj, *(g for c in children_of(obj) if c.dep_ == "nummod" for g in c.subtree))):
        return False  # a count of things: 'recalls 200,000 speakers', 'recalled 1.2 million cars' (not 'a 2007 bill')
    # 'wrote a letter', 'writing his speech', 'posted a message': the document, not what it says
    # (unless a relative clause says it: 'posted messages in which the group urged X')
    return not (lemma in lex.writing_verbs and obj.lemma_.lower() in lex.written_nouns
                and not any(c.dep_ == "relcl" for c in children_of(obj)))


#: the nouns that name a number to give when calling ('quoting incident 512', 'quote log 88')
_REFERENCES = frozenset(["number", "reference", "ref", "incident", "log", "occurrence", "crime"])


def reference_number(obj: Token) -> bool:
    """'quoting crime number 4471', 'quote reference 2291', 'quoting incident 512': a number to give
    when calling, which says nothing (a numeral after 'number', 'reference' or 'incident', however the
    parser tagged it: the noun's modifier, or the object with the noun for its compound)."""
    if any(ch.isdigit() for ch in obj.text) and any(
            c.dep_ == "compound" and c.i == obj.i - 1 and c.lemma_.lower() in _REFERENCES for c in children_of(obj)):
        return True
    return obj.lemma_.lower() in _REFERENCES and any(
        c.dep_ in ("nummod", "appos", "npadvmod") and c.i > obj.i and any(ch.isdigit() for ch in c.text)
        for c in children_of(obj))


def written(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """'issued a statement', 'signed an open letter', 'sent a text message': the document a verb of
    writing, issuing or sending makes or sends (``writing_verbs.txt``), which says nothing unless a
    clause in it says what ('a statement in which it condemned X', 'a memo titled X', 'an ad
    targeting X') or its words follow ('released the following statement: "..."', 'issued a
    statement, "Last night ..."')."""
    if lemma not in lex.writing_verbs or obj.lemma_.lower() not in lex.written_nouns or any(
            c.dep_ in ("relcl", "acl") for c in children_of(obj)):
        return False
    end = max(t.i for t in obj.subtree if not t.is_punct) + 1
    after = obj.doc[end : end + 2]
    return not (len(after) and (after[0].text == ":" or after[0].is_quote)
                or len(after) == 2 and after[0].text == "," and after[1].is_quote)


_REPLIES = frozenset(["response", "reply", "answer"])


def clause_on_occasion(lex: Lexicon, verb: Token) -> list[tuple[int, int]] | None:
    """'told reporters outside the hearing that she would appeal', 'told staff in a memo seen by
    this newspaper that X': a clause opened by 'that', with a subject of its own, that the parser
    hung on the occasion or the medium of a verb of saying with no other content (as a relative
    clause of 'hearing' after the one told, or on a participle of 'memo'): what was said."""
    for prep in rights_of(verb):
        pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if pobj is not None and pobj.lemma_.lower() in _REPLIES:
            # 'said in response to queries that X', 'in reply to a question that X': what it answered
            pobj = next((o for p in pobj.rights if p.dep_ == "prep" and p.lower_ == "to" for o in children_of(p)
                         if o.dep_ == "pobj"), pobj)
        if pobj is None or pobj.lower_ in lex.report_nouns and prep.lower_ not in ("in", "on"):
            continue  # ('recalled cots after reports that X': the reports' own clause)
        told = any(c.dep_ in ("dobj", "dative") for c in children_of(verb))
        # (any noun after the one told, when 'that' is plainly no relative pronoun: 'told me in a
        # phone interview after my visits that the kitchen had been short-staffed')
        occasion = (pobj.lemma_.lower() in lex.circumstance_nouns or pobj.head.head.lemma_.lower() in _REPLIES
                    or written_in(lex, pobj))  # ('wrote in a 40-page opinion that X')
        if not occasion and not told:
            continue
        # (a relative clause only after an addressee, whom a verb of telling tells something: not 'She
        # spoke at the meeting that the council held'; or on a verb of saying, when 'that' fills no gap
        # in the clause: 'said at a briefing that none of them appeared to be hurt', not 'warned at the
        # hearing that the council will lose')
        saying = verb.lemma_.lower() not in ("speak", "talk") and verb.lemma_.lower() in lex.speech
        participles = [c for c in pobj.rights if c.dep_ == "acl" and c.tag_ == "VBN"]
        # (or on the noun after the medium's participle: 'said in a statement read to the hearing that X')
        # (or on the noun of a phrase after the occasion: 'said on a call with analysts that X')
        nouns = [pobj, *(o for c in participles for p in c.rights if p.dep_ == "prep"
                         for o in children_of(p) if o.dep_ == "pobj"),
                 *(o for p in pobj.rights if occasion and p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj")]
        hung = [c for noun in nouns for c in noun.rights if c.dep_ in ("relcl", "acl")
                and (told or saying and not _gap(c)) and not of_making(c)] + [
            g for c in participles for g in c.rights if g.dep_ in ("ccomp", "advcl")]
        for clause in hung:
            that = clause.left_edge
            if that.lower_ == "that" and that.i > pobj.i and (occasion or that.dep_ == "mark") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in children_of(clause)):
                return [(clause.doc[that.i + 1].idx, subtree_span(clause)[1])]
    return None


def _gap(clause: Token) -> bool:
    """Whether the 'that' opening ``clause`` fills a place in it, as a relative pronoun does: its
    subject, or the object of a verb with no other object ('the hearing that the council will
    lose'), not of 'be' (a parse of 'that none appeared to be hurt')."""
    that = clause.left_edge
    return that.dep_ in ("nsubj", "nsubjpass", "pobj") or that.dep_ == "dobj" and that.head.lemma_ != "be" and not any(
        c.dep_ == "dobj" and c.i != that.i for c in children_of(that.head))


#: pronouns that stand for a statement before them ('The company denies this.')
_STATEMENT_PRONOUNS = frozenset(["this", "that", "it"])


def disputed_pronoun(lex: Lexicon, verb: Token, contents: Spans) -> bool:
    """'The union said the offer had been withdrawn. The company denies this.': the one pronoun
    a verb of saying that disputes a statement (``disputing_verbs.txt``) takes as its object
    stands for the statement it disputes, so it is content as 'denies the claim' is (not 'to vote
    for him', where a bare pronoun is no content of its own, nor what a stance verb rejects, a
    thing as often as a statement: 'considered a tethered design but rejected it')."""
    lemma = verb.lemma_.lower()
    if restated_pronoun(verb, contents):
        return True  # 'The governor stated this in Kano.': the statement before it
    if lemma not in lex.disputing_verbs or lemma not in lex.speech or len(contents) != 1:
        return False
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and obj.lower_ in _STATEMENT_PRONOUNS and (obj.idx, obj.idx + len(obj)) == contents[0]
