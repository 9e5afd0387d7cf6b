"""Speech reports with the wrong source, found in the seventy-second pass's reading of PolNeAR train's
matched speech records whose source does not agree (162 of them: most are the annotation's own slips,
such as a participle left with no source where train gives one to 1,016 of the 1,033 participles we
match, or a parse that hung a verb on the wrong clause).

A participle set off right after a relative clause of saying ('X, which Y called "Z," blaming W'):
the parser hangs it on the sentence's main verb, and the main subject was read as its speaker; it
is the relative's subject's (``relative_participles``; train 2 right records more, none lost; dev
unchanged).

A gerund of saying whose subject climbed past the one named in its verb's phrase (``gerund_doers``): after
'from' on a verb that keeps its object from acting ('prevented his wife from writing about X'), the
object's; right after a name held by 'about', 'of' or 'over' ('interviewed about Bishop Merin calling X a
sham'), the name's (train 2 right records more, none lost; a gerund of 'claim' given its object's source
is now shown where 'claim' takes a prize and says nothing, 'stop a rival from claiming the title').

Measured together on PolNeAR train: speech 9707 -> 9711 right of 11021 -> 11022 predicted, no right record
lost; dev speech 1081 -> 1082 right of 1240 (all 1416 of 1711 either way: a gerund of
'challenge' as running against someone in a primary now shown, its content running over a right report).

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest
from probe_records import records


def _source_of(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(r.cue.text if r.cue else None) for r in records(nlp, text)]
    return found[0].source.text if found[0].source is not None else None


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The agency raised the repair bill to $4 million, which Mayor Ilse Varro called \u201ca fantasy,\u201d "
     "blaming the contractor for the delays.", "blaming", "Mayor Ilse Varro"),
    ("The council said the vote had been rigged, a charge that the Tamsin Party flatly denied, noting that the "
     "same count had been used since 2009.", "noting", "the Tamsin Party"),
    ("The ministry listed 40 closures, a number the union disputed, arguing that many schools had merged.",
     "arguing", "the union"),
    ("Orlen Pask valued the harbour at 80 million crowns, a figure which the port authority described as absurd, "
     "citing its own survey.", "citing", "the port authority"),
])
def test_a_participle_after_a_relative_of_saying_is_the_relatives_subjects(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    # a relative whose verb says nothing: the main subject's act
    ("Ostrava Mills reported a loss of 12 million, which analysts believed was too low, saying the plant would "
     "close.", "saying", "Ostrava Mills"),
    ("Teodor Brisk sold the orchard in 1998, which his sister later regretted, saying the land had been in the "
     "family for a century.", "saying", "Teodor Brisk"),
    # a relative spoken by the noun it describes, and a participle after the main clause's report
    ("Greta Lund, who chairs the board, said the move was overdue, adding that staff had been warned.",
     "adding", "Greta Lund, who chairs the board"),
])
def test_a_participle_after_another_relative_stays_the_main_subjects(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Halvard Renn prevented his first wife, Ingrid, who ran the firm with him, from writing about their "
     "partnership.", "writing about", "his first wife, Ingrid, who ran the firm with him"),
    ("The publisher kept the author, a former diplomat, from writing about the talks in Vensk.",
     "writing about", "the author, a former diplomat"),
    ("Their settlement prohibits Mara Oduya from speaking about the case.", "speaking about", "Mara Oduya"),
    ("The club stopped its captain from talking about the transfer.", "talking about", "its captain"),
])
def test_a_gerund_after_a_barring_verbs_from_is_its_objects(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The panel will discuss news of Governor Ilse Park saying the bridge must close.", "saying", "Governor Ilse Park"),
    ("Voters were angry over Mayor Tobin calling the flood a minor nuisance.", "calling", "Mayor Tobin"),
    # after 'to' the writer's words, not the name's; a name's own 'of' is no preposition of topic
    ("Petra Sol wrote to Mayor Tobin saying the road was unsafe.", "saying", "Petra Sol"),
    ("Greta Holm spoke about the University of Tarsk calling the grant a bribe.", "calling", "the University of Tarsk"),
])
def test_a_gerund_right_after_a_name_held_by_a_preposition_of_topic(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source
