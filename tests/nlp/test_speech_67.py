"""Speech reports found in the sixty-seventh pass's reading of PolNeAR train's speech errors.

A quotation closed before its cue, '"A," said Pellan. "B."', whose first half holds a report of
its own ('is telling X that Y'): the parser may hang 'said' inside that report, so each holds the
other's cue and ``build._drop_circular_asides`` took 'said' for a misread aside. Its content going
on after its cue, the second half, made it look like a content running past the other's cue; only a
content that runs across the aside's source or cue does (measured on train: 6 right records more,
none lost). Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest
from probe_records import contents, top


@pytest.mark.parametrize(("text", "source", "first", "second"), [
    ("\u201cThe new levy is telling small growers that unless they sell through the co-operative, they are no "
     "longer welcome at the market,\u201d said Pellan. \u201cIt is a tax on independence.\u201d",
     "Pellan", "The new levy is telling small growers", "It is a tax on independence"),
    ("\u201cThe ferry company is telling islanders that unless they book a week ahead, there will be no seat for "
     "them,\u201d said Ruaridh Tolm. \u201cNobody plans a funeral a week ahead.\u201d",
     "Ruaridh Tolm", "The ferry company is telling islanders", "Nobody plans a funeral a week ahead"),
    ("\u201cMy neighbours go by and I just say, \u2018Mind the ice,\u2019\u201d Bertil Hove explained. "
     "\u201cSome wave, some don\u2019t.\u201d",
     "Bertil Hove", "My neighbours go by", "Some wave, some don\u2019t"),
])
def test_a_split_quotation_holding_a_report_stays_its_speakers(nlp, text, source, first, second):
    shown = top(nlp, text)
    assert len(shown) == 1
    said = shown[0]
    assert said.source is not None and said.source.text == source
    assert contents(said)[0].startswith(first) and contents(said)[-1].startswith(second)


@pytest.mark.xfail(strict=True, reason="a cue after a quotation that the parser hangs as a conjunct of the "
                   "quotation's verb, its subject read as the subject of the apposition's verb ('now 63 and "
                   "retired'), is found by no rule (train: about ten such quotations are missed)")
def test_a_cue_hung_as_a_conjunct_after_a_quotation(nlp):
    text = ("\u201cIf the mill had closed in spring, I would have been out of work for a long time,\u201d "
            "Mr. Okafor, now 63 and retired in Dunmere, said by telephone. \u201cEvery week felt like a month.\u201d")
    shown = top(nlp, text)
    assert [r.cue.text for r in shown if r.cue] == ["said"]
