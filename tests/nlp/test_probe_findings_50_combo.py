"""Patterns of the fiftieth session (helper combo): passages that combine two of the issue's cue classes
or put one where earlier probes did not (a belief cue before a colon quotation, a document source in a
trailing cue, a noun cue in a headline, 'according to' inside a clause with a parenthetical, a mixed
quotation across a paragraph break, an unbalanced mark before 'she added', 'in the view of' fronted before
coordinated clauses, an estimate with its figure before the cue, passives with an agent, a quotation
interrupted twice, an indirect question, a list for content, reports in the future and negated ones).

A verb of reporting a fact or a figure set after a clause with its subject after it ('X, estimated the fire
chief.') is the inverted cue even where no quotation precedes it (``clause_inversions``: the parser had read
the verb as the clause's next verb and its subject as the object); not a second act ('The mayor closed the
road, praised the volunteers.') nor a thing after it. A verb of saying that ends the sentence after a
singular role noun, read by the tagger as a plural noun ('X, the city engineer estimates.'), is the tail's
verb (``reporting_tails``). A bare plan noun after 'according to' is 'in keeping with', no source
('According to plan, X'; ``phrases``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text, cue, source, content", [
    ('Officials at the port fear the worst: "We may lose the harbour."',
     'fear', 'Officials at the port', 'We may lose the harbour'),
    ('Dr. Imani Osei thinks the answer is simple: more nurses on night shifts.',
     'thinks', 'Dr. Imani Osei', 'the answer is simple: more nurses on night shifts'),
    ('Few in the village know what comes next, the elder said.',
     'said', 'the elder', 'Few in the village know what comes next'),
    ('Turnout fell, the audit found, in every ward of the city.', 'found', 'the audit', 'Turnout fell'),
    ('Rents in the valley rose by a fifth last year, a survey by the housing trust shows.',
     'shows', 'a survey by the housing trust', 'Rents in the valley rose by a fifth last year'),
    ('The bridge needs new cables, according to a report by the county engineers.',
     'according to', 'a report by the county engineers', 'The bridge needs new cables'),
    ('A poll released on Monday shows that most voters back the ferry plan.',
     'shows', 'A poll released on Monday', 'most voters back the ferry plan'),
    ("The inspectors' report found that two wards had no working alarms.",
     'found', "The inspectors' report", 'two wards had no working alarms'),
    ('Most farms lost money in the drought, the study concluded.',
     'concluded', 'the study', 'Most farms lost money in the drought'),
    ("Minister's claim that tax will fall questioned", 'claim', "Minister's", 'tax will fall'),
    ('The plant will, according to its owners (a Danish firm), close in the spring.',
     'according to', 'its owners (a Danish firm)', 'The plant will'),
    ('The strike, according to union leaders, could last a month.', 'according to', 'union leaders', 'The strike'),
    ("Prices of bread, according to the bakers' guild, will rise again in March.",
     'according to', "the bakers' guild", 'Prices of bread'),
    ('The coach said his team had played "like strangers" in the first half.',
     'said', 'The coach', 'his team had played "like strangers" in the first half'),
    ('Ms. Varga called the ruling "a gift to polluters" and vowed to appeal.',
     'called', 'Ms. Varga', 'the ruling "a gift to polluters'),
    ('The senator said the bill was "dead on arrival," and that she would not vote for it.',
     'said', 'The senator', 'the bill was "dead on arrival," and that she would not vote for it'),
    ('"We will rebuild the school before winter, she added.',
     'added', 'she', 'We will rebuild the school before winter'),
    ('The ferry will not run on Sundays," the operator said.',
     'said', 'the operator', 'The ferry will not run on Sundays'),
    ('In the view of the board, the merger was rushed and the price was too high.',
     'In the view of', 'the board', 'the merger was rushed and the price was too high'),
    ('In the view of many economists, rates will stay high and growth will slow.',
     'In the view of', 'many economists', 'rates will stay high and growth will slow'),
    ('About 40,000 people attended the march, police estimated.',
     'estimated', 'police', 'About 40,000 people attended the march'),
    ('The repairs will cost $2 million, the city engineer estimates.',
     'estimates', 'the city engineer', 'The repairs will cost $2 million'),
    ('Some 300 homes were damaged, estimated the fire chief, Rosa Lind.',
     'estimated', 'the fire chief, Rosa Lind', 'Some 300 homes were damaged'),
    ('It was confirmed by the ministry that the school would close.',
     'was confirmed', 'the ministry', 'the school would close'),
    ('It was announced by the club on Friday that the stadium will be sold.',
     'was announced', 'the club', 'the stadium will be sold'),
    ('The closure was announced by the health board on Tuesday.', 'was announced', 'the health board', 'The closure'),
    ('"We tried," said Halvorsen, "and we failed," he went on, "but we will try again."',
     'said', 'Halvorsen', 'We tried'),
    ('"The river is rising," the warden said. "We have sandbags," she added, "but not enough."',
     'added', 'she', 'We have sandbags'),
    ('Reporters asked whether the mayor would resign.', 'asked', 'Reporters', 'whether the mayor would resign'),
    ('The judge asked the lawyers if the witness could be recalled.',
     'asked', 'The judge', 'if the witness could be recalled'),
    ('Residents want to know why the clinic was shut.', 'want to know', 'Residents', 'why the clinic was shut'),
    ('Councillor Bram Dekker wondered aloud how the budget could be balanced.',
     'wondered', 'Councillor Bram Dekker', 'how the budget could be balanced'),
    ('The report lists three causes: poor drainage, old pipes and heavy rain.',
     'lists', 'The report', 'three causes: poor drainage, old pipes and heavy rain'),
    ('The union demanded higher pay, shorter shifts and safer trucks.',
     'demanded', 'The union', 'higher pay, shorter shifts and safer trucks'),
    ('The chief constable will tell the committee that crime has fallen.',
     'will tell', 'The chief constable', 'crime has fallen'),
    ('Ms. Okafor is expected to argue that the law is unfair.', 'argue', 'Ms. Okafor', 'the law is unfair'),
    ('The minister will announce on Monday that fees are being scrapped.',
     'will announce', 'The minister', 'fees are being scrapped'),
    ('The company did not say how many jobs would go.', 'did not say', 'The company', 'how many jobs would go'),
    ('The mayor has never claimed that the plan was cheap.', 'claimed', 'The mayor', 'the plan was cheap'),
    ('The memo put it bluntly: "Cut costs or close."', 'put it', 'The memo', 'Cut costs or close'),
    ('«We are not afraid,» said the fisherman, Paolo Rinaldi.',
     'said', 'the fisherman, Paolo Rinaldi', 'We are not afraid'),
    ("'The vote was fair,' the observer said.", 'said', 'the observer', 'The vote was fair'),
    ('‘We need the bridge,’ said Ana Duarte, a shopkeeper.', 'said', 'Ana Duarte, a shopkeeper', 'We need the bridge'),
    ('Most analysts, the bank believes, expect a cut in rates.', 'believes', 'the bank', 'Most analysts'),
    ('Investors fear that the deal could collapse, and they are selling.',
     'fear', 'Investors', 'the deal could collapse'),
    ('The ministry estimates that 12,000 jobs will be lost by 2030.',
     'estimates', 'The ministry', '12,000 jobs will be lost by 2030'),
    ('Doctors suspect the outbreak began at a wedding.', 'suspect', 'Doctors', 'the outbreak began at a wedding'),
    ('Parents worry that the new route is unsafe for children.',
     'worry', 'Parents', 'the new route is unsafe for children'),
    ('In a statement, the airline said the flights would resume on Friday.',
     'said', 'the airline', 'the flights would resume on Friday'),
    ('His claim that the fire was set on purpose has not been proved.', 'claim', 'His', 'the fire was set on purpose'),
    ("The governor rejected the union's demand for a new contract.",
     'rejected', 'The governor', "the union's demand for a new contract"),
    ('The road will reopen next week, and tolls will be cut, he added.',
     'added', 'he', 'The road will reopen next week, and tolls will be cut'),
    ('Sales rose in every region except the north, the company reported on Thursday.',
     'reported', 'the company', 'Sales rose in every region except the north'),
    ('The tests were clean, the lab confirmed, though more samples are due.',
     'confirmed', 'the lab', 'The tests were clean'),
    ('The director said the film (her third) would open in May.',
     'said', 'The director', 'the film (her third) would open in May'),
    ('Police said the driver, a 42-year-old man, was arrested at the scene.',
     'said', 'Police', 'the driver, a 42-year-old man, was arrested at the scene'),
    ('"We will not back down": nurses vow to strike', 'vow', 'nurses', 'to strike'),
    ("Mayor: 'The bridge is safe'", ':', 'Mayor', 'The bridge is safe'),
    ('Farmers say drought will ruin harvest', 'say', 'Farmers', 'drought will ruin harvest'),
    ('"The first year was hard," said Lena Holt, who runs the bakery.\n\n"The second was harder. We nearly closed.',
     'said', 'Lena Holt, who runs the bakery', 'The first year was hard'),
    ('The pilot told investigators that the engine had failed twice.',
     'told', 'The pilot', 'the engine had failed twice'),
    ('Officials told reporters on Tuesday the ferry had been sold.', 'told', 'Officials', 'the ferry had been sold'),
    ('"This is only the start," says Kofi Mensah, who leads the group.',
     'says', 'Kofi Mensah, who leads the group', 'This is only the start'),
    ('As the minister noted last week, the border will stay open.',
     'noted', 'the minister', 'the border will stay open'),
    ('The deal, as one diplomat put it, is "fragile but real."', 'put it', 'one diplomat', 'The deal'),
    ('In a post on social media, the singer wrote that she was taking a break.',
     'wrote', 'the singer', 'she was taking a break'),
    ('The council warned in a letter to residents that bins would be collected less often.',
     'warned', 'The council', 'bins would be collected less often'),
    ('The driver denied that he had been speeding.', 'denied', 'The driver', 'he had been speeding'),
    ('The firm admitted it had lost customer data, but said no money was taken.',
     'admitted', 'The firm', 'it had lost customer data'),
    ('The firm admitted it had lost customer data, but said no money was taken.',
     'said', 'The firm', 'no money was taken'),
    ('Gen. Tomas Ruiz, the head of the air force, said the jets were grounded.',
     'said', 'Gen. Tomas Ruiz, the head of the air force', 'the jets were grounded'),
    ('The singer is said to be recovering at home.', 'is said', None, 'The singer'),
    ('The opposition has been critical of the plan since March.', 'been critical', 'The opposition', 'the plan'),
    ('Local traders railed against the new parking fees.', 'railed against', 'Local traders', 'the new parking fees'),
    ('The coach believes his side will win the league, and so do the fans.',
     'believes', 'The coach', 'his side will win the league'),
    ('Scientists think the glacier could vanish within decades, a new paper argues.',
     'argues', 'a new paper', 'Scientists think the glacier could vanish within decades'),
    ('"It was a mistake," said the former chief executive of the water company, Hugo Brandt.',
     'said', 'the former chief executive of the water company, Hugo Brandt', 'It was a mistake'),
    ('"Why should we pay twice?" asked Marta Nowak, a tenant.',
     'asked', 'Marta Nowak, a tenant', 'Why should we pay twice?'),
    ('Unemployment rose to 6 percent in May, government figures showed.',
     'showed', 'government figures', 'Unemployment rose to 6 percent in May'),
    ('Data from the census suggest that the town has shrunk.',
     'suggest', 'Data from the census', 'the town has shrunk'),
    ('According to the captain, "the sea was flat and the sky was clear."',
     'According to', 'the captain', 'the sea was flat and the sky was clear'),
    ('The minister said: "We will not raise taxes."', 'said', 'The minister', 'We will not raise taxes'),
    ('Ortiz added: the funds would arrive "within days."', 'added', 'Ortiz', 'the funds would arrive "within days.'),
    ('The charity urged the government to act before winter.',
     'urged', 'The charity', 'the government to act before winter'),
    ('Campaigners called on the council to save the library.',
     'called on', 'Campaigners', 'the council to save the library'),
    ('The new mayor promised to fix the roads within a year.',
     'promised', 'The new mayor', 'to fix the roads within a year'),
    ('"Nothing has changed," Ms. Abebe insisted, "and nothing will."', 'insisted', 'Ms. Abebe', 'Nothing has changed'),
    ('The school closed early, the head teacher explained, because the heating failed.',
     'explained', 'the head teacher', 'The school closed early'),
    ('The mayor said the flood defences were "our best hope."\n\nShe said the council would spend more on them next year.',
     'said', 'She', 'the council would spend more on them next year'),
    ('The striker is reported to have signed with a club in Lisbon.', 'is reported', None, 'The striker'),
    ('"We regret the delay. Passengers will be refunded," a spokeswoman for the rail firm said.',
     'said', 'a spokeswoman for the rail firm', 'We regret the delay. Passengers will be refunded'),
    ('Doctors warned of a shortage of blood this summer.', 'warned', 'Doctors', 'a shortage of blood'),
    ('The club announced three signings: a goalkeeper, a winger and a striker.',
     'announced', 'The club', 'three signings: a goalkeeper, a winger and a striker'),
    ('The minister acknowledged that mistakes had been made, but refused to resign.',
     'acknowledged', 'The minister', 'mistakes had been made'),
    ('The letter, seen by this newspaper, says the site is "unsafe for workers."',
     'says', 'The letter, seen by this newspaper', 'the site is "unsafe for workers.'),
    ('Court papers allege that the firm hid the losses.', 'allege', 'Court papers', 'the firm hid the losses'),
])
def test_a_combined_report(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content) if source is not None else _sourceless(
        nlp, text, cue, content)
    assert ok, shown


def _sourceless(nlp, text, cue, content):
    found = top(nlp, text)
    return any(r.cue is not None and cue in r.cue.text and r.source is None and r.contents
               and r.contents[0].text.strip('"') == content for r in found), [
        (r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in found]


@pytest.mark.parametrize("text", [
    'The message from the coach was clear - "Defend first, then attack."',
    'Then came the verdict from the referee — "No goal."',
    'Its conclusion was stark: the river is dying.',
    'Nobody knows how many birds died in the spill.',
    'So says the new head of the museum, Clara Weiss.',
    'I walked to the harbour and watched the boats come in.',
    'What did the mayor know, and when did she know it?',
    'Call the hotline if you see smoke.',
    'The report was published on Monday and runs to 300 pages.',
    'The poll closes at 8 p.m.',
    'The claim form must be sent by May.',
    'According to plan, the train left at noon.',
    'The study room is on the second floor.',
    'He knows the city well.',
    'The estimate was revised twice last year.',
    'The statement of accounts is attached.',
    "The mayor closed the road, praised the volunteers.",
    "The board met on Friday, announced the merger.",
    "Costs rose again last year, the latest estimates.",
])
def test_a_near_miss_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Prices will rise in June, explained the treasurer, Ida Moss.", "explained", "the treasurer, Ida Moss",
     "Prices will rise in June"),
    ('The pool will shut for a month, admitted the manager.',
     'admitted', 'the manager', 'The pool will shut for a month'),
    ("The tunnel will cost $90 million, the chief engineer estimates.", "estimates", "the chief engineer",
     "The tunnel will cost $90 million"),
    ("The plant will close, according to staff.", "according to", "staff", "The plant will close"),
    ("According to the plan, the plant will close.", "According to", "the plan", "the plant will close"),
])
def test_an_inverted_or_misread_tail_after_a_clause(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


def test_a_verb_joined_by_and_keeps_its_subject(nlp):
    found = records(nlp, "The firm cut jobs, and announced the merger.", "announced")
    assert [(r.source.text, [c.text for c in r.contents]) for r in found] == [("The firm", ["the merger"])]


@pytest.mark.parametrize("text, cue, source, content, why", [
    ("Mayor's warning that the dam may fail ignored by council", "warning", "Mayor's", "the dam may fail",
     "a headline's passive predicate after a noun cue's clause is read as part of the clause"),
    ("There are growing fears among traders that the market will close.", "fears", "traders",
     "the market will close", "an existential noun cue with an 'among' holder: the parser makes 'growing' the root"),
    ("The warning from the coastguard that storms were coming went unheeded.", "warning", "the coastguard",
     "storms were coming", "the parser reads the noun's 'that' clause as a relative with 'that' its object"),
])
@pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
def test_a_combined_report_still_wrong(nlp, text, cue, source, content, why):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, (why, shown)
