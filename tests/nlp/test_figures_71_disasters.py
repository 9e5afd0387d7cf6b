"""Figures in disaster reporting on sentences written for these tests: quakes ('a magnitude 6.4 earthquake', 'an
aftershock of magnitude 5.3', 'measured 4.8 on the Richter scale', 'More than 150 aftershocks', a depth), storms
('winds of up to 130mph', '200mm of rain in 24 hours', a storm surge, snow), rivers ('peaked at 5.2 metres', 'rising by
10cm an hour'), fires ('has burned 12,000 hectares', '40% contained', crews and aircraft deployed), tolls ('At least 17
people were killed and dozens are missing', '38 of them seriously', a toll that rose), people moved ('More than 3,000
people were evacuated', 'displaced about 85,000', rescued, in shelters), buildings ('destroyed 1,200 homes and damaged
4,300 more') and money ('estimated at $2bn', 'insured losses of up to $800m', 'at least €4.5bn'), checked for the
fields an editor verifying a number needs: value, qualifier, kind, what is counted (``unit``) and pint's name of it
(``unit_norm``), what happened (``predicate``), a rise or a fall (``change``), the period of a rate (``rate``), where,
when and who says so. The labels of a scale ('a Category 4 storm', 'a level 3 flood alert') and numbers in names
('Highway 9', 'Typhoon No. 7') are no figures.

A magnitude is a figure, a category is not. The 63 set already reads 'a magnitude 6.1 earthquake' as a count whose
unit is the scale ('magnitude') and 'a Category 4 storm' as no figure, and this set keeps both, for a reason: a
magnitude is a measured reading of one quake's size on a continuous scale, which agencies report and revise (6.4 from
one, 6.2 from another) and which an editor checks like any measurement, while a hurricane's category, like a score or a
rank ('scores and ranks are not figures', decided in the sixty-third pass), is a label chosen from a few bins of the
wind speed, and the wind speed it stands for is the figure ('winds of up to 130mph'). Conventions kept from the
earlier sets: a toll's predicate is 'toll' (the 64 set); a unit glued to the digits is inside the span ('130mph',
'200mm'), a spelled one is not ('5.2 metres': '5.2'); 'estimated at' and 'an estimated' may be read as around or
exact (the 70 energy set).

Counts on these 38 sentences (50 figures, 508 checked fields) right / wrong / missing, before this set -> after it:
value, qualifier and kind 50/0/0 -> 50/0/0, unit 48/2/0 -> 50/0/0, unit_norm 44/0/0 -> 44/0/0, predicate 36/1/0 ->
36/1/0, change 49/0/0 -> 49/0/0, rate 49/1/0 -> 50/0/0, place 28/10/0 -> 33/5/0, time 41/0/0 -> 41/0/0, according_to
47/2/0 -> 47/2/0 (all 492/16/0 -> 500/8/0; one row's predicate was first written 'rose' and set to the 64 set's 'toll'
before counting); figures found that are none 0 -> 0; the five sentences of labels without figures 5 -> 5. Mended: a
town the recogniser misses after 'in' with a kind of place and no article ('in Ostrakis province'), after 'of' on a
bearing or a part of a place ('north of Casmoor', 'low-lying parts of Drennock': lexicon ``figures/place_part_nouns``)
and as the object of a verb of striking whose subject names a disaster ('An aftershock of magnitude 5.3 shook
Pellinor': lexicon ``figures/striking_verbs`` with ``cause_nouns``; all in ``figures.named_places``); a hyphened word
before the counted noun as its modifier ('12 water-bombing aircraft': aircraft, not 'waters'; ``figures.context``); a
period on a unit glued to the digits ('10cm an hour': hour; ``figures.percent_rates``); a magnitude named after the
number ('measured 4.8 on the Richter scale') or after 'a magnitude of' (``figures.build``). The rate mend passes one
strict xfail of the 69 tech set ('50GB of data a month'). The figure evaluations are unchanged (multidomain 414/414,
fresh 555, third 311 matched). The 8 fields left were the strict xfails of ``WRONG``: 'at' a lone name (decided: no
place), 'part of' a name, a part of a count set off by commas, and two of other pipes, mended since in
``test_followups_71k`` (according_to 47/2/0 -> 49/0/0, all 500/8/0 -> 502/6/0): 'the observatory' is no longer
folded to an alias of the Syrian Observatory for Human Rights (``aliases``), and 'have rattled' with a place for
object is no cue of belief (``attribution.feelings``)."""

from __future__ import annotations

import pytest
from figure_rows import ANY, MS, C, D, E, M, P, figure_set_tests

#: a Thursday: "on Tuesday" is 2031-09-16
PUBLISHED = "2031-09-18"

FIELDS = ("value", "qualifier", "kind", "unit", "unit_norm", "predicate", "change", "rate", "place", "time",
          "according_to")

#: a quake's size on its scale: a figure (kind count, as the 63 set has it), its unit the scale
MAG = "magnitude"

# (text, span, value, qualifier, kind, unit, unit_norm, predicate, change, rate, place, time, according to); a tuple
# accepts any of its values; every figure of a sentence is listed
FIGURES = [
    # scale readings: a magnitude is a figure of the quake's size, a category a label
    ('A magnitude 6.4 earthquake struck off the coast of Velmora on Tuesday, the geological survey said.',
     '6.4', 6.4, E, C, MAG, ANY, ('struck', 'strike'), None, None, 'Velmora', 'on Tuesday',
     ('geological survey', 'survey')),
    ('The 7.1-magnitude quake killed at least 212 people in Ostrakis province.',
     '7.1', 7.1, E, C, MAG, ANY, ANY, None, None, ANY, None, None),
    ('The 7.1-magnitude quake killed at least 212 people in Ostrakis province.',
     'at least 212', 212, 'at least', C, 'people', None, 'killed', None, None, ('Ostrakis', 'Ostrakis province'),
     None, None),
    ('An aftershock of magnitude 5.3 shook Pellinor on Sunday.',
     '5.3', 5.3, E, C, MAG, ANY, ('shook', 'shake'), None, None, 'Pellinor', 'on Sunday', None),
    ('The tremor measured 4.8 on the Richter scale, the observatory said.',
     '4.8', 4.8, E, C, MAG, ANY, ('measured', 'measure'), None, None, None, None, 'observatory'),
    ('More than 150 aftershocks have rattled Ostrakis since Saturday.',
     'More than 150', 150, 'more than', C, 'aftershocks', None, ('rattled', 'rattle'), None, None, 'Ostrakis',
     'since Saturday', None),
    ('The quake struck at a depth of 10 kilometres, 35 kilometres south-west of Pellinor.',
     '10', 10, E, MS, 'kilometres', 'kilometer', ANY, None, None, ANY, None, None),
    ('The quake struck at a depth of 10 kilometres, 35 kilometres south-west of Pellinor.',
     '35', 35, E, MS, 'kilometres', 'kilometer', ANY, None, None, ANY, None, None),
    # storms: winds, rain, surges
    ('Hurricane Delphine made landfall near Port Abell on Sunday as a Category 4 storm with winds of up to 130mph.',
     'up to 130mph', 130, 'up to', MS, 'miles per hour', 'mile / hour', ANY, None, None, 'Port Abell', 'on Sunday',
     None),
    ('Tarrowby recorded 200mm of rain in 24 hours, the weather service said.',
     '200mm', 200, E, MS, 'millimetres', 'millimeter', ('recorded', 'record'), None, None, 'Tarrowby', ANY,
     ('weather service', 'service')),
    ('Tarrowby recorded 200mm of rain in 24 hours, the weather service said.',
     '24', 24, E, D, 'hours', ANY, ANY, None, None, ANY, None, ANY),
    ('The storm surge reached 3.4 metres in Harkmouth harbour.',
     '3.4', 3.4, E, MS, 'metres', 'meter', ('reached', 'reach'), None, None, 'Harkmouth', None, None),
    ('Winds inside the tornado were estimated at 260km/h.',
     '260km/h', 260, ('around', E), MS, 'kilometres per hour', ANY, ANY, None, None, None, None, None),
    ('The tornado cut a path 1.5 kilometres wide through Fenwold.',
     '1.5', 1.5, E, MS, 'kilometres', 'kilometer', ANY, None, None, 'Fenwold', None, None),
    ('Up to 80cm of snow fell on the Dorvan hills overnight, cutting off 40 villages.',
     'Up to 80cm', 80, 'up to', MS, 'centimetres', 'centimeter', ('fell', 'fall'), None, None, ANY,
     ('overnight', None), None),
    ('Up to 80cm of snow fell on the Dorvan hills overnight, cutting off 40 villages.',
     '40', 40, E, C, 'villages', None, ('cutting off', 'cut off', 'cutting', 'cut'), None, None, ANY, ANY, None),
    # rivers
    ('The Arlen peaked at 5.2 metres at Tiverly on Tuesday night, 40cm above the 2019 record.',
     '5.2', 5.2, E, MS, 'metres', 'meter', ('peaked', 'peak'), None, None, 'Tiverly', ('on Tuesday night',
                                                                                       'on Tuesday'), None),
    ('The Arlen peaked at 5.2 metres at Tiverly on Tuesday night, 40cm above the 2019 record.',
     '40cm', 40, E, MS, 'centimetres', 'centimeter', ANY, ('up', None), None, ANY, ANY, None),
    ('The river was rising by 10cm an hour at Dunmere on Friday morning.',
     '10cm', 10, E, MS, 'centimetres', 'centimeter', ('rising', 'rise'), 'up', 'hour', 'Dunmere',
     ('on Friday morning', 'on Friday'), None),
    ('Floodwater covered 230,000 acres of farmland in Velmora province.',
     '230,000', 230000, E, MS, 'acres', 'acre', ('covered', 'cover'), None, None, ('Velmora', 'Velmora province'),
     None, None),
    # fires
    ('The fire north of Casmoor has burned 12,000 hectares and is 40% contained, the forestry agency said.',
     '12,000', 12000, E, MS, 'hectares', 'hectare', ('burned', 'burn'), None, None, 'Casmoor', None,
     ('forestry agency', 'agency')),
    ('The fire north of Casmoor has burned 12,000 hectares and is 40% contained, the forestry agency said.',
     '40%', 40, E, P, 'percent', 'percent', ('contained', 'is', 'be'), None, None, ANY, None,
     ('forestry agency', 'agency')),
    ('Firefighters were tackling 38 separate wildfires across the Ardent region on Tuesday.',
     '38', 38, E, C, ('wildfires', 'fires'), None, ('tackling', 'tackle'), None, None, ANY, 'on Tuesday', None),
    ('More than 1,100 firefighters and 12 water-bombing aircraft were deployed.',
     'More than 1,100', 1100, 'more than', C, 'firefighters', None, ('deployed', 'deploy'), None, None, None, None,
     None),
    ('More than 1,100 firefighters and 12 water-bombing aircraft were deployed.',
     '12', 12, E, C, ('aircraft', 'water-bombing aircraft'), None, ('deployed', 'deploy'), None, None, None, None,
     None),
    # tolls: dead, missing, injured
    ('At least 17 people were killed and dozens are missing after a landslide buried part of Harkmouth on Monday.',
     'At least 17', 17, 'at least', C, 'people', None, 'killed', None, None, 'Harkmouth', ANY, None),
    ('At least 17 people were killed and dozens are missing after a landslide buried part of Harkmouth on Monday.',
     'dozens', 24, 'vague', C, 'people', None, 'missing', None, None, 'Harkmouth', ANY, None),
    ('Some 460 people were injured, 38 of them seriously, the health ministry said.',
     'Some 460', 460, 'around', C, 'people', None, 'injured', None, None, None, None,
     ('health ministry', 'ministry')),
    ('Some 460 people were injured, 38 of them seriously, the health ministry said.',
     '38', 38, E, C, 'people', None, 'injured', None, None, None, None, ('health ministry', 'ministry')),
    ('Rescuers are still searching for 23 people missing since the dam burst at Lornway on Thursday.',
     '23', 23, E, C, 'people', None, ('missing', 'searching'), None, None, 'Lornway', ANY, None),
    ('The death toll from the floods rose to 64 on Wednesday, up from 41 a day earlier.',
     '64', 64, E, C, ('deaths', 'people', 'dead'), None, ('toll', 'rose', 'rise'), 'up', None, None, 'on Wednesday', None),
    ('The death toll from the floods rose to 64 on Wednesday, up from 41 a day earlier.',
     '41', 41, E, C, ('deaths', 'people', 'dead'), None, ANY, ANY, None, None, ANY, None),
    ('The heatwave caused an estimated 1,400 excess deaths in Marvale in July, the statistics office said.',
     'an estimated 1,400', 1400, ('around', E), C, ('deaths', 'excess deaths'), None, ('caused', 'cause'), None,
     None, 'Marvale', 'in July', ('statistics office', 'office')),
    ('About 40,000 cattle drowned in the floods, the farmers\' union said.',
     'About 40,000', 40000, 'around', C, 'cattle', None, ('drowned', 'drown'), None, None, None, None,
     ("farmers' union", 'union')),
    # people moved
    ('More than 3,000 people were evacuated from low-lying parts of Drennock overnight, the mayor said.',
     'More than 3,000', 3000, 'more than', C, 'people', None, 'evacuated', None, None, 'Drennock',
     ('overnight', None), 'mayor'),
    ('The floods have displaced about 85,000 people across Velmora province, the United Nations said.',
     'about 85,000', 85000, 'around', C, 'people', None, 'displaced', None, None, ('Velmora', 'Velmora province'),
     None, 'United Nations'),
    ('Nearly 12,000 people spent the night in 140 emergency shelters.',
     'Nearly 12,000', 12000, 'nearly', C, 'people', None, ANY, None, None, None, ANY, None),
    ('Nearly 12,000 people spent the night in 140 emergency shelters.',
     '140', 140, E, C, ('shelters', 'emergency shelters'), None, ANY, None, None, None, ANY, None),
    ('Coastguard crews rescued 312 people from rooftops in Harkmouth on Saturday.',
     '312', 312, E, C, 'people', None, ('rescued', 'rescue'), None, None, 'Harkmouth', 'on Saturday', None),
    # buildings
    ('The earthquake destroyed 1,200 homes and damaged 4,300 more in Solvane province, the interior ministry said.',
     '1,200', 1200, E, C, 'homes', None, ('destroyed', 'destroy'), None, None, ('Solvane', 'Solvane province'), None,
     ('interior ministry', 'ministry')),
    ('The earthquake destroyed 1,200 homes and damaged 4,300 more in Solvane province, the interior ministry said.',
     '4,300', 4300, E, C, 'homes', None, ('damaged', 'damage'), None, None, ('Solvane', 'Solvane province'), None,
     ('interior ministry', 'ministry')),
    ('The landslide swept away 30 houses in the village of Merrow Cross.',
     '30', 30, E, C, 'houses', None, ('swept away', 'swept', 'sweep', 'sweep away'), None, None, 'Merrow Cross', None,
     None),
    ('Water entered about 2,600 properties in Tiverly and Brookhame.',
     'about 2,600', 2600, 'around', C, 'properties', None, ('entered', 'enter'), None, None, ANY, None, None),
    # money
    ("Damage from the storm was estimated at $2bn, the governor's office said.",
     '$2bn', 2000000000, ('around', E), M, 'dollars', 'USD', ('estimated', 'was estimated'), None, None, None, None,
     ("governor's office", 'office', "the governor's office")),
    ('The storm caused insured losses of up to $800m, the broker Vennick Re estimated.',
     'up to $800m', 800000000, 'up to', M, 'dollars', 'USD', ('caused', 'cause'), None, None, None, None,
     ('broker Vennick Re', 'Vennick Re')),
    ('Rebuilding Solvane will cost at least €4.5bn, the World Bank estimated.',
     'at least €4.5bn', 4500000000, 'at least', M, 'euros', 'EUR', 'cost', None, None, ANY, None, 'World Bank'),
    ('The government released $150m in emergency aid for the flood zone on Friday.',
     '$150m', 150000000, E, M, 'dollars', 'USD', ('released', 'release'), None, None, None, 'on Friday', None),
    # other
    ('The Kaldur volcano sent an ash plume 9 kilometres into the sky on Thursday.',
     '9', 9, E, MS, 'kilometres', 'kilometer', ANY, None, None, ANY, 'on Thursday', None),
    ('Flights were cancelled at 14 airports across the region.',
     '14', 14, E, C, 'airports', None, ('cancelled', 'cancel'), None, None, None, None, None),
    ('Reservoirs in Kelvane are at 31% of capacity, the water authority said.',
     '31%', 31, E, P, 'percent', 'percent', ANY, None, None, 'Kelvane', None, ('water authority', 'authority')),
]


#: (text, span, field): why the figure still gets it wrong
_AT = ("'at' a lone name is no place ('jobs at Acme' is a firm's, ``named_places``); only 'at' on a site noun is "
       "(``site_places``), and 'peaked at', 'rising ... at', 'burst at' hang it on a verb")
WRONG: dict[tuple[str, str, str], str] = {
    ('The Arlen peaked at 5.2 metres at Tiverly on Tuesday night, 40cm above the 2019 record.', '5.2', 'place'): _AT,
    ('The river was rising by 10cm an hour at Dunmere on Friday morning.', '10cm', 'place'): _AT,
    ('Rescuers are still searching for 23 people missing since the dam burst at Lornway on Thursday.', '23',
     'place'): _AT,
    ('At least 17 people were killed and dozens are missing after a landslide buried part of Harkmouth on Monday.',
     'At least 17', 'place'): "'part of' a name is left out of ``figures/place_part_nouns`` ('part of Acme' is a "
                              "firm's) and the recogniser takes Harkmouth for a person",
    ('At least 17 people were killed and dozens are missing after a landslide buried part of Harkmouth on Monday.',
     'dozens', 'place'): "as 'At least 17': 'part of Harkmouth'",
    ('Some 460 people were injured, 38 of them seriously, the health ministry said.', '38', 'predicate'):
        "the parser makes '38 of them seriously' the subject of 'said'; a part of a count set off by commas does "
        "not take the verb of the count it is part of",
}

#: labels of a scale, numbers in names: no figures
WITHOUT_FIGURES = [
    'Hurricane Delphine strengthened into a Category 5 storm overnight.',
    'The storm was downgraded to Category 2 as it crossed the coast.',
    'Highway 9 was closed by a mudslide near Fenwold.',
    'Forecasters issued a level 3 flood alert for the Arlen valley.',
    'Typhoon No. 7 is heading for the southern islands.',
]

(figures, test_field, test_every_figure_is_listed, test_every_wrong_case_is_a_row,
 test_names_without_figures) = figure_set_tests(FIGURES, FIELDS, WRONG, ANY, PUBLISHED, WITHOUT_FIGURES)


@pytest.mark.parametrize("text, span, field, want", [
    # a town the recogniser misses: 'in X province' with no article, 'of' after a bearing or a part of a place, the
    # object of a verb of striking whose subject is a disaster (``named_places``)
    ('Floods killed 12 people in Dorrant province on Monday.', '12', 'place', ('Dorrant', 'Dorrant province')),
    ('The fire north of Orlick has burned 900 hectares.', '900', 'place', 'Orlick'),
    ('Fire crews evacuated 300 people from the outskirts of Tamsby.', '300', 'place', 'Tamsby'),
    ('Water entered 400 homes in low-lying parts of Marnby.', '400', 'place', 'Marnby'),
    ('An aftershock rattled Vessing, injuring 11 people.', '11', 'place', 'Vessing'),
    ('The tornado flattened Ressick, killing 14 people.', '14', 'place', 'Ressick'),
    # ... but not what a scandal or a tariff hit
    ('The new tariff hit Vantor, which cut 300 jobs.', '300', 'place', None),
    # a hyphened word before the counted noun qualifies it ('water-bombing aircraft': ``context.find_unit``)
    ('Crews flew 6 fire-fighting helicopters over the ridge.', '6', 'unit', 'helicopters'),
    ('The council moved 40 storm-hit families to hotels.', '40', 'unit', 'families'),
    # a period on a unit glued to the digits (``percent_rates.written_rate``)
    ('The reservoir fell 3mm a day in July.', '3mm', 'rate', 'day'),
    # a quake's scale after the number or after 'a magnitude of' (``build``)
    ('The tremor measured 4.8 on the Richter scale.', '4.8', 'unit', 'magnitude'),
    ('The quake had a magnitude of 6.2.', '6.2', 'unit', 'magnitude'),
])
def test_mended(nlp, text, span, field, want):
    figs = figures(nlp, text)
    found = {f.span.text: f for f in figs}
    assert span in found, list(found)
    got = getattr(found[span], field)
    assert got in want if isinstance(want, tuple) else got == want
