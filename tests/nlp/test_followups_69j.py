"""Follow-ups of the sixty-ninth pass on speakers (helper J): a saint's name in a place's name, a title-case headline's
office, and 'the operator' after a body that investigates. Every sentence here is written for this file, and each case
was counted on main before anything was mended.

- A church, school or hospital named after a saint ("St Ebba's Church", 'at St Ebba's') is tagged a person by the NER
  as often as not. On main the headline "St Ebba's Church Warns Of Closure" was said by a person 'St Ebba'; 'St' or
  'Saint' with a capitalised name and the possessive now names a place (``saint_places``, asked by
  ``relabel.relabelled``), not 'Ms St Clair's'. Of the thirteen cases below, eleven were right on main and twelve are
  now (one left, below).
- A headline in title case gave the office's words to a person: 'Lord Provost Backs Tram Plan' was said by 'Provost',
  'Chief Constable Warns Of Summer Disorder' by 'Warns' (the NER's 'Constable Warns'). The lede's holder set after the
  office and its place ('The Lord Provost of Calder, Fiona Reid,') now names the headline's speaker, and with no
  holder named the office itself speaks, a description (``headline_titles``). Of the seven cases below, three were
  right on main and all seven are now.
- 'The operator said' after 'The Marine Accident Investigation Branch said' was that branch on main: a body whose name
  says it investigates, inspects or regulates (``overseer_words.txt``) is no firm (``index.firm_like``), so no
  'operator', 'owner' or 'company' stands for it. Of the seven cases below, four were right on main and five are now;
  two are left (below, strict xfails).

On PolNeAR no record changes (train 13055 right of 15667, dev 1416 of 1711, before and after), and speakers are the
same (dev 0.960, 529 of 551; train 0.947, 234 of 247, before and after).
"""

from __future__ import annotations

import pytest
from probe_records import top


def _speakers(nlp, text):
    return [r.speaker for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "speakers"), [
    # the place speaks, not a saint (wrong on main: 'St Ebba')
    ("St Ebba's Church Warns Of Closure\n\nThe church of St Ebba's will close unless £50,000 is raised, its vicar said.",
     ["St Ebba's Church", "St Ebba's Church's vicar"]),
    # right on main, and kept
    ("Saint Agnes's Hospice Says Beds Are Full\n\nSaint Agnes's Hospice said it had no beds left. It said patients were"
     " being sent to Dorrow.", ["Saint Agnes's Hospice"] * 3),
    ("St Ebba's said the appeal had raised £40,000.", ["St Ebba's"]),
    ("The choir of St Bride's will sing at the service. She will lead the hymns, the organist, Jane Holt, said. St"
     " Bride's said tickets were free.", ["Jane Holt", "St Bride's"]),
    ("The vicar, Rev Kate Lowe, said St Ebba's would close in June. She said the congregation had shrunk to a dozen.",
     ["Kate Lowe", "Kate Lowe"]),
    ("Tom Reed, the caretaker, said the hall was damp. The roof of St Ebba's has leaked for years. She said the"
     " diocese had been told.", ["Tom Reed", None]),
    ("The fire at St Ebba's Church started in the vestry, Chief Fire Officer Dan Rowe said. He said no one was hurt.",
     ["Dan Rowe", "Dan Rowe"]),
    ("Pupils at St Ebba's will return on Monday, the head teacher, Joan Pike, said. She said the heating had been"
     " fixed.", ["Joan Pike", "Joan Pike"]),
    ("Parents gathered outside St Cuthbert's Primary School on Tuesday. Mia Grant, whose son attends St Cuthbert's,"
     " said the closure was a shock. She said parents had not been told.", ["Mia Grant", "Mia Grant"]),
    ("Doctors at St Olave's Hospital warned that beds were running out. The hospital's director, Omar Haddad, said"
     " more nurses were needed. He said the winter would be hard.",
     ["Doctors at St Olave's Hospital", "Omar Haddad", "Omar Haddad"]),
    ("St Olave's Warns Of Bed Shortage\n\nSt Olave's Hospital has ten beds left, the hospital said.",
     ["St Olave's Hospital"]),
    # a surname opening with 'St' after a title stays a person's
    ("Ms St Clair said the ruling was unfair. Ms St Clair's lawyer said she would appeal.",
     ["St Clair", "Ms St Clair's lawyer"]),
])
def test_a_saints_place_is_no_person(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.xfail(strict=True, reason="the description keeps the place's name without its possessive ('spokeswoman"
                   " for St Ebba'), as on main: the phrase is cut before the 's, read as a possessive")
def test_a_spokeswoman_for_a_saints_place(nlp):
    text = "A spokeswoman for St Ebba's said the school would reopen on Monday. She said the boiler had been replaced."
    assert _speakers(nlp, text) == ["spokeswoman for St Ebba's"] * 2


@pytest.mark.parametrize(("text", "speakers"), [
    # the holder the lede sets after the office and its place (wrong on main: 'Provost', 'Warns')
    ("Lord Provost Backs Tram Plan\n\nThe Lord Provost of Calder, Fiona Reid, said the tram line would be built by"
     " 2030. She said the city could not wait.", ["Fiona Reid"] * 3),
    ("Chief Constable Warns Of Summer Disorder\n\nThe chief constable of Westmarch Police, Ian Doyle, warned that the"
     " force was short of officers. He said leave would be cancelled.", ["Ian Doyle"] * 3),
    # no holder named: the office (wrong on main: 'Provost', 'Warns')
    ("Lord Provost Backs Tram Plan\n\nThe tram line would be built by 2030, the council said.",
     ["Lord Provost", "council"]),
    ("Chief Constable Warns Of Summer Disorder\n\nThe home secretary, Lena Marsh, said more officers would be sent.",
     ["Chief Constable", "Lena Marsh"]),
    # right on main, and kept
    ("Harbour Master Says Port Will Stay Shut\n\nThe port of Kelby will stay shut until the storm passes, the harbour"
     " master said.", ["Harbour Master", "harbour master"]),
    ("Mayor Rejects Bypass Route\n\nThe Mayor of Kelby, Sam Orr, said the bypass would cut through farmland.",
     ["Sam Orr", "Sam Orr"]),
    ("Chief Executive Quits After Data Breach\n\nThe chief executive of Tallow Bank, Ruth Ames, resigned on Friday, the"
     " bank said.", ["Tallow Bank"]),
])
def test_a_title_case_headlines_office(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    # a body that investigates is no operator (wrong on main: the branch)
    ("A ferry ran aground off Port Ellen. The Marine Accident Investigation Branch said it would examine the hull. The"
     " operator said no passengers had been hurt.", ["Marine Accident Investigation Branch", "operator"]),
    # right on main, and kept
    ("A bus overturned on the A9. Highland Coaches said the driver was safe. The operator said services would run as"
     " normal.", ["Highland Coaches", "Highland Coaches"]),
    ("A fire destroyed a warehouse in Dunmore overnight. The Fire Safety Inspectorate said it was looking into the"
     " cause. The owner said the building had been insured.", ["Fire Safety Inspectorate", "owner"]),
    ("A gas leak closed a school in Marsby. The Energy Safety Regulator said it had sent engineers. The operator said"
     " supplies would be restored by Friday.", ["Energy Safety Regulator", "operator"]),
    ("A bus overturned on the A9. The Office of Road Regulation said it would review the crash. The company said the"
     " driver was safe.", ["Office of Road Regulation", "company"]),
])
def test_an_operator_is_no_investigator(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    pytest.param(
        "A train left the tracks near Ashby on Sunday. The Rail Accident Investigation Branch said it had sent"
        " inspectors. The operator said services would resume on Tuesday.",
        ["Rail Accident Investigation Branch", "operator"],
        marks=pytest.mark.xfail(strict=True, reason="the NER tags the place 'Ashby' after 'near' an organisation,"
                                " and with the branch passed over 'the operator' is that (on main: the branch)")),
    pytest.param(
        "A crane collapsed at a building site in Carrow on Monday. Kelvin Cranes said it had withdrawn its machines."
        " The Crane Inspection Service said it would examine the site. The operator said no one had been hurt.",
        ["Kelvin Cranes", "Crane Inspection Service", "Kelvin Cranes"],
        marks=pytest.mark.xfail(strict=True, reason="a firm that spoke two sentences before, with a public body"
                                " between, is not reached: 'the operator' is left a description, as on main")),
])
def test_an_operator_still_wrong(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers
