# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Six long news articles written for the fiftieth session's second speaker probe (helper spk2): a
magazine profile, an investigative piece, a trial report over several days, a match report with
both camps, a disaster feature with many witnesses and a campaign trail piece. Four to seven
speakers each come back after gaps of several paragraphs by surname, by role ('the coach', 'the
widow', 'the prosecutor'), by pronoun with several people of one gender in play, by epithet ('the
61-year-old', 'the Scot'), and the headline and standfirst name a person differently from the body
('Reed: ...' then 'Alison Reed-Kaur').

Left out as still wrong besides ``KNOWN`` (a bare job noun right after the one person it stands
for stays a description, as the older probes want for 'the consultant', 'the race doctor' and 'the
former officer' after a teacher): 'the critic', 'the prosecutor', 'The striker', 'The midfielder',
'The pensioner', 'The financier', 'the baker', 'The defender', 'The younger engineer' (a
'colleague' before);
and descriptions in the standfirsts ('The chef who lost two restaurants', 'his Rovers
counterpart'), 'The barrister' after a sentence naming two people.

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, figure and sentence is made up. Read by
``test_probe_findings_50_spk2``."""

ARTICLES = {}
ARTICLES["profile"] = """Reed: "We were betrayed by the people who should have protected us"

The chef who lost two restaurants in a year says she is ready to cook again. Reed talks to our writer about debt, grief and a kitchen in a railway arch.

Alison Reed-Kaur arrives at the railway arch in Salt Lane ten minutes early, carrying a crate of blood oranges she bought at the market on the way. The 47-year-old still has flour on her sleeve from the morning bake.

"I never wanted to be famous," Reed-Kaur says, setting the crate on a steel bench. "I wanted a room full of people eating something they had not eaten before."

For a decade she had exactly that. Her first restaurant, Copper Pan, opened in 2011 and held a long waiting list for most of its life. A second, larger place followed in 2019, backed by an investment fund run by Martin Cole.

Cole, a former banker, says the fund put in more money than any other backer would have. "We believed in her cooking, and we still do," he says. "But a restaurant has to pay its rent."

The second restaurant closed after fourteen months. Copper Pan followed it six weeks later, when the fund called in a loan that Reed-Kaur says she had been told would never be called in.

"We were betrayed by the people who should have protected us," she says, and then corrects herself. "That is too strong. We were let down."

Her husband, Tej Kaur, ran the front of house at both restaurants. He is quieter than his wife and chooses his words with care.

"Alison carried the debt on her own shoulders," Kaur says. "She would come home at two in the morning and open the spreadsheets."

The chef says the worst moment was not the closure itself but the week after, when the staff came to collect their last wages. Many had worked for her for years.

One of them, the pastry chef Nadia Osei, now runs her own bakery two streets away. Osei says she holds no grudge. "Alison taught me everything, including how not to run a business," the baker says with a laugh.

Cole disputes much of the account. The financier says the loan terms were written down and signed by both sides. He adds that the fund lost nearly a million pounds when the restaurants closed.

"Nobody was betrayed," the 58-year-old says. "Everyone lost."

Reed-Kaur does not want to argue about the past. She says she has paid back every supplier and most of the staff, and that the new place will be small: twenty covers, one sitting, no investors.

Her husband says he will not work front of house again. He will do the books instead. "I can count," he says. "I am not sure I can smile at strangers for another ten years."

The food writer Helen Marsh, who reviewed Copper Pan when it opened, says the city's dining scene has missed her. Marsh says few chefs cook with as much nerve. "She makes you taste things you thought you disliked," the critic says.

Osei will supply the bread. The baker says she insisted on paying the market price for the arch's oven time, so that nobody owes anybody anything.

As the afternoon light fades, Reed-Kaur slices a blood orange and hands half across the bench. She says the menu will change every week, and that she has stopped planning more than a season ahead.

"I used to think a restaurant was a building," the chef says. "Now I think it is a group of people who trust each other."
"""
ARTICLES["investigation"] = """Care home group hid staff shortages from inspectors, records show

Internal emails seen by this newspaper show managers at Larkfield Care moved agency workers between homes on inspection days. The company denies wrongdoing.

Managers at one of the country's largest care home groups moved staff between homes to hide shortages from inspectors, according to internal emails and the accounts of six former employees.

The emails, sent between 2021 and 2023, show regional managers at Larkfield Care warning homes of inspection visits and arranging for agency workers to be sent to them for the day.

"It was a show," said Brian Tully, who managed a Larkfield home in Wexham for four years. "The day the inspectors came we had twelve staff on the floor. The next day we had five."

Tully, 52, left the company in 2023. He said he had raised the shortages with his regional manager, Gordon Platt, on at least three occasions.

Platt, who still works for the company, declined to be interviewed. In a brief email, he said he had always followed company policy and had never misled an inspector.

A former nurse at a second home, who asked not to be named because she still works in the sector, described a similar pattern. She said residents were sometimes left in bed until late morning because there was nobody to help them up.

"You would hear the buzzers going all morning," the nurse said. "You learn to tell which ones are urgent by the sound."

The sector regulator said it was aware of the allegations and would review its inspection records for the homes concerned. A spokesman for the regulator said unannounced visits had been increased since 2022.

Larkfield's chief executive, Diane Forsyth, said in a statement that the company "rejects any suggestion that it deliberately misled inspectors". She said agency staff were used across the group to cover sickness and holidays, and that moving them between homes was normal practice.

The statement said Larkfield had invested forty million pounds in its homes over five years.

Tully said that was beside the point. "Nobody is saying they never spent money," the former manager said. "We are saying they hid how many people were looking after the residents."

Families of residents have also raised concerns. Rose Adair, whose father lived at the Wexham home until his death last year, said she had complained about staffing four times.

"Each time they told me it was a temporary problem," Adair said. She said she had never been told that the home relied on agency staff on inspection days.

The 61-year-old said she wanted the company to apologise to every family. Her brother, Neil Adair, said he wanted the regulator to reinspect every home in the group.

Forsyth, who has led the company since 2020, is due to appear before a parliamentary committee next month. The chief executive said in the statement that she would answer every question put to her.

Tully said he would give evidence to the committee if asked. He said he was not looking for revenge. "I just want someone to count the staff on an ordinary Tuesday," he said.
Neil Adair said his sister had kept every letter the company sent. The retired engineer said the family would hand them to the committee.

Platt's lawyer, Fiona Grant, said her client had been "one manager among many" following instructions from head office. She said he would cooperate with any inquiry.

A second former nurse, Joyce Mbeki, said she had seen the emails herself. "Everyone on the floor knew when the inspectors were due," Mbeki said. The 44-year-old said she had left the sector for good.
"""
ARTICLES["trial"] = """Bridge collapse trial: engineer 'warned of cracks months before'

The designer of the Morrow Bridge told a jury he had raised concerns. The prosecution says he signed off the work anyway.

DAY ONE

The trial of two engineers charged over the collapse of the Morrow Bridge opened at Castleton Crown Court on Monday, nearly three years after the span fell into the river, killing four people.

Peter Vance, 61, the bridge's chief designer, and his former colleague Owen Strand, 44, deny gross negligence manslaughter.

Opening the case for the prosecution, Rachel Dunmore KC said the two men had known about cracks in the main supports for at least six months before the collapse. "They knew, they wrote it down, and they did nothing," the prosecutor told the jury.

She said the jury would see an inspection report signed by both defendants that rated the cracks as minor.

DAY TWO

The widow of one of the victims, Margaret Hale, gave evidence on Tuesday. Her husband, Ian, was driving across the bridge on his way to work when it fell.

Mrs Hale said she had driven across the bridge the day before and felt it move. "I told Ian that evening that it felt like a boat," she said. "He laughed and said bridges are meant to move a little."

The widow said she had written to the council about the movement two weeks earlier and had received no reply.

Cross-examined by Simon Pike KC, for Mr Vance, she agreed she was not an engineer. The barrister said he meant no disrespect. "Nobody in this court doubts your grief," he told her.

DAY THREE

Vance gave evidence in his own defence on Wednesday. The 61-year-old told the court he had warned the council in writing that the supports needed urgent repair.

"I said the bridge should be closed to heavy traffic," he said. "I put it in a letter. I do not know what happened to that letter."

Asked by Ms Dunmore why he had signed a report calling the cracks minor, Vance said he had been given a draft written by Strand and had not read it closely enough. He said that was the worst mistake of his life.

The prosecutor put it to him that he was now blaming a junior colleague. Vance denied that. "Owen is a good engineer," the designer said. "We both missed it."

DAY FOUR

Strand told the jury on Thursday that he had written the draft on Vance's instructions. The younger engineer said his senior colleague had told him the cracks were cosmetic.

"I was thirty-nine and he had built half the bridges in the county," Strand said. "I did what he told me."

His barrister, Laura Quinn KC, asked him whether he had ever seen the letter Vance described. He said he had not.

Ms Dunmore said in closing that the letter had never been found. She told the jury that both men had put their signatures on a document they knew to be false.

Mr Pike said his client had accepted his mistake with honesty and had been let down by the council. Ms Quinn said Strand had been a junior employee doing as he was told.

The judge, Mr Justice Harlow, said he would sum up on Monday. He told the jurors not to discuss the case with anyone.
Outside court, Mrs Hale said she would be in the public gallery every day until the verdict. The grandmother said her husband had never missed a day of work in thirty years.

Strand's mother, Elaine Strand, said her son had not slept properly since the collapse. "He drove over that bridge every morning too," she said.

The judge told the jury that sympathy for the families must play no part in their verdict. Harlow said they should decide the case on the evidence alone.
"""
ARTICLES["match"] = """Late McBride header keeps Ashford top as Rovers rage at referee

Ashford United 2 Dunmore Rovers 1. The Ashford manager praised his side's spirit; his Rovers counterpart said the winner should not have stood.

A header from Callum McBride in the fourth minute of added time kept Ashford United top of the table on Saturday and left Dunmore Rovers furious with the referee.

Rovers had led through a first-half penalty from Tomas Rey and looked set for a point until McBride rose above two defenders to meet a corner. The visitors claimed their goalkeeper had been pushed.

Ashford manager Gary Lyle said his players had shown the character of champions. "We were poor for an hour and we still found a way," Lyle said. "That is what good teams do."

Rovers manager Stuart Kerr was in no mood to praise anyone. The Scot said the referee had missed a clear foul on his goalkeeper. "Everybody in the ground saw it except one man," he said.

Kerr said he would ask the league to explain the decision. He added that his side had been the better team for most of the match.

McBride, 31, said he had not seen any push. The defender said he had simply attacked the ball. "I have scored about three headers in my whole career," he said. "I am not giving this one back."

The Rovers goalkeeper, Ben Harte, said he had been held by the arm as he jumped. Harte said he had shown the referee the mark on his arm after the match.

Lyle dismissed the complaints. The Ashford manager said Rovers had wasted time from the moment they went ahead. "If you play for a draw, you get what you deserve," the 54-year-old said.

Rey, who scored his sixth goal of the season, said the dressing room was angry but that the players had to move on. The striker said Rovers would still finish in the top four.

Kerr was later asked whether he would apologise for confronting the fourth official at the final whistle. The Rovers boss said he had only asked a question. "I asked him if he had a pair of glasses," he said.

The referee, Paul Gant, did not comment. A league spokesman said the match officials would submit their reports on Monday as normal.

Ashford captain Jordan Blake said the win was for the supporters who had travelled back from a cup defeat in midweek. The midfielder said the squad had been stung by criticism after that loss.

"People wrote us off on Wednesday," Blake said. "We read everything."

Lyle said McBride would be rested for the midweek match against Carlow. The manager said the defender had been playing through a knee injury for a month.

Kerr said Rovers would appeal if the league did not explain the decision within a week. The Scot added that he respected Lyle, but not the way his team had played.
Harte said the goalkeepers' union would raise the incident with the league. The 28-year-old said he had been pushed in the same way twice this season.

Rovers chairman Alan Pryor backed his manager. "Stuart said what every one of our fans was thinking," Pryor said. The businessman said the club would write to the league on Monday.

Lyle said he had not seen the incident clearly from the touchline. The Ashford boss said his side would watch the replay together on Monday. "If we were lucky, we were lucky," he said.
"""
ARTICLES["flood"] = """'The water came through the walls': Brackley counts the cost of the flood

Residents of the river town describe the night the banks burst. The mayor says the defences were never finished.

The first thing Joan Pryce noticed was the noise. The retired teacher was in bed when she heard what she thought was a lorry in the street outside her house in Mill Row.

"It was the river," Pryce said. "It had come up over the wall and it was running down the street like a second river."

By midnight the water in her kitchen was up to her knees. She climbed the stairs with her cat and waited for the fire brigade, who reached her just after four in the morning.

Her neighbour, Frank Doyle, stayed downstairs trying to move furniture. The 70-year-old said he had lived through two floods in the town before and that this was the worst by far.

"In 1998 it came up to the doorstep," Doyle said. "This time it came through the walls."

Three hundred homes were flooded in Brackley on Tuesday night after the river rose more than two metres in six hours. Nobody died, but eleven people were treated in hospital.

Mayor Lucy Fenn said the town had been promised new flood defences in 2019. She said only half of the wall had been built when the money ran out.

"We were told it was a priority," the mayor said. "Priorities do not stop rivers."

The government said in a statement that the defences would be finished by 2026. A minister, Alan Birch, said on a visit to the town on Thursday that he understood the anger.

Birch said the delay had been caused by rising costs. He promised an emergency fund for families who were not insured.

Fenn said she would believe it when she saw it. She said many families in the lower streets could not get insurance at all because of earlier floods.

Among them is Samira Khan, who runs a corner shop in Water Lane. Khan said she had lost all her stock and two freezers. "Everything I own was in this shop," she said.

The shopkeeper said she had been refused insurance three times since 2020. She said she would reopen, but did not know when.

Fire crew commander Rob Allen said his teams had rescued more than sixty people by boat. He said the current in Mill Row had been strong enough to knock adults off their feet.

"People need to stay out of flood water," the commander said. "It is dirtier and faster than it looks."

Doyle said he had been too stubborn to leave. The pensioner said he would go upstairs next time. "My wife would have had something to say about it," he said.

Pryce said volunteers had arrived with mops and soup before any official did. The former teacher said she had taught half of them. "They were terrible at spelling," she said. "They are very good with a mop."

On Friday, Khan stood in the doorway of her shop with a hose. She said the smell was the worst part. "You can clean the floor," the shopkeeper said. "You cannot clean the air."
Allen said his crews had worked for thirty hours without a proper break. The commander said two firefighters had been treated for exhaustion.

Fenn said the council would open the town hall as a shelter for a second week. The mayor said she had asked the minister to visit again in a month. "I want him to see it dry," she said.

Birch said he would return. The minister said the emergency fund would open for applications on Monday.
"""
ARTICLES["campaign"] = """On the road with Dalton: a long shot who thinks she can win

Mara Dalton-Price is trailing in the polls for governor. On a bus through the eastern counties, she and her rivals explain why the race is closer than it looks.

The bus is late, the coffee is cold, and Mara Dalton-Price is talking about potholes. The state senator has spent four days on the road in the eastern counties, where her campaign believes the race for governor will be decided.

"People here do not ask me about my opponent," Dalton-Price said at a diner in Redfield. "They ask me when someone is going to fix the road to the hospital."

The 52-year-old trails Governor Frank Holt by nine points in the latest poll. Her campaign says the gap is smaller among voters who have heard of her.

Holt, who is seeking a second term, has barely campaigned in the east. His campaign manager, Derek Soames, said the governor had visited every county in the state during his first term and had nothing to prove.

"The governor's record speaks for itself," Soames said. "Unemployment is down and the budget is balanced."

Dalton-Price laughed when the remark was read to her. "The budget is balanced because they stopped paying for roads," she said.

At a community hall in Carver, about forty people came to hear her speak. One of them, a dairy farmer named Walt Greer, said he had voted for Holt four years ago. Greer said he had not made up his mind this time.

"She talks sense on roads," the farmer said. "I do not know what she thinks about milk prices."

Dalton-Price said afterwards that she would publish a plan for farmers next week. She said the state had let milk prices be set by three buyers.

The third candidate in the race, the businessman Leon Ash, is running as an independent. Ash told a radio station on Tuesday that both parties had failed the east. He said he would fund the roads by selling the governor's mansion.

Dalton-Price said she liked the idea but that the mansion would pay for about a mile of road.

Her campaign chair, Ruth Okafor, said the bus tour had raised more money in four days than the campaign raised in the whole of June. Okafor said donations had come from every county.

"People give when they see you in their town," the campaign chair said.

Holt was asked about the tour at a news conference in the capital on Wednesday. The governor said he wished his opponent well. "I hope she enjoys the scenery," he said.

The remark did not go down well in Redfield. Nancy Bell, who runs the diner where Dalton-Price spoke, said the governor had never eaten there. "He can come and try the pie," she said. "It is better than his roads."

By Thursday the bus had reached the coast. Dalton-Price said she would be back in the east before the election. "I am not a tourist here," she said. "I grew up forty miles down that road."
Soames said the governor would debate Dalton-Price twice in October. The campaign manager said Holt would not take part in any debate that included Ash.

Ash said that was an insult to voters. The businessman said he had more support in the east than the governor did. "Ask them," he said.

Okafor said the campaign would send the bus back out in September. The campaign chair said volunteers in eleven counties had already signed up.
"""
SPEAKERS = {}
SPEAKERS['profile'] = [
    (':', 'Reed', 'Alison Reed-Kaur', 'We were betrayed by the '),
    ('says', 'Reed-Kaur', 'Alison Reed-Kaur', 'I never wanted to be fam'),
    ('says', 'Cole, a former banker', 'Martin Cole', 'the fund put in more mon'),
    ('says', 'he', 'Martin Cole', 'We believed in her cooki'),
    ('says', 'she', 'Alison Reed-Kaur', 'We were betrayed by the '),
    ('says', 'Kaur', 'Tej Kaur', 'Alison carried the debt '),
    ('says', 'Osei', 'Nadia Osei', 'she holds no grudge'),
    ('disputes', 'Cole', 'Martin Cole', 'much of the account'),
    ('says', 'the 58-year-old', 'Martin Cole', 'Nobody was betrayed'),
    ('does not want', 'Reed-Kaur', 'Alison Reed-Kaur', 'to argue about the past'),
    ('says', 'She', 'Alison Reed-Kaur', 'she has paid back every '),
    ('says', 'The food writer Helen Marsh, who reviewed Copper Pan when it opened', 'Helen Marsh', "the city's dining scene "),
    ('says', 'Marsh', 'Helen Marsh', 'few chefs cook with as m'),
    ('says', 'She', 'Alison Reed-Kaur', 'the menu will change eve'),
]
SPEAKERS['investigation'] = [
    ('show', 'Internal emails seen by this newspaper', 'Internal emails seen by this newspaper', 'managers at Larkfield Ca'),
    ('denies', 'The company', 'Larkfield Care', 'wrongdoing'),
    ('show', 'The emails, sent between 2021 and 2023', 'emails', 'regional managers at Lar'),
    ('said', 'Brian Tully, who managed a Larkfield home in Wexham for four years', 'Brian Tully', 'It was a show'),
    ('said', 'He', 'Brian Tully', 'he had raised the shorta'),
    ('declined', 'Platt, who still works for the company', 'Gordon Platt', 'to be interviewed'),
    ('said', 'he', 'Gordon Platt', 'he had always followed c'),
    ('described', 'A former nurse at a second home, who asked not to be named because she still works in the sector', 'former nurse at a second home', 'a similar pattern'),
    ('said', 'She', 'former nurse at a second home', 'residents were sometimes'),
    ('said', 'the nurse', 'former nurse at a second home', 'You would hear the buzze'),
    ('said', 'The sector regulator', 'sector regulator', 'it was aware of the alle'),
    ('said', 'A spokesman for the regulator', 'spokesman for the regulator', 'unannounced visits had b'),
    ('said', "Larkfield's chief executive, Diane Forsyth", 'Diane Forsyth', 'the company "rejects any'),
    ('said', 'She', 'Diane Forsyth', 'agency staff were used a'),
    ('said', 'The statement', 'Diane Forsyth', 'Larkfield had invested f'),
    ('said', 'Tully', 'Brian Tully', 'that was beside the poin'),
    ('said', 'Rose Adair, whose father lived at the Wexham home until his death last year', 'Rose Adair', 'she had complained about'),
    ('said', 'Adair', 'Rose Adair', 'Each time they told me i'),
    ('said', 'She', 'Rose Adair', 'she had never been told '),
    ('said', 'The 61-year-old', 'Rose Adair', 'she wanted the company t'),
    ('said', 'Her brother, Neil Adair', 'Neil Adair', 'he wanted the regulator '),
    ('said', 'The chief executive', 'Diane Forsyth', 'she would answer every q'),
    ('said', 'Tully', 'Brian Tully', 'he would give evidence t'),
    ('said', 'He', 'Brian Tully', 'he was not looking for r'),
    ('said', 'he', 'Brian Tully', 'I just want someone to c'),
    ('said', 'Neil Adair', 'Neil Adair', 'his sister had kept ever'),
    ('said', 'The retired engineer', 'Neil Adair', 'the family would hand th'),
    ('said', "Platt's lawyer, Fiona Grant", 'Fiona Grant', 'her client had been "one'),
    ('said', 'She', 'Fiona Grant', 'he would cooperate with '),
    ('said', 'A second former nurse, Joyce Mbeki', 'Joyce Mbeki', 'she had seen the emails '),
    ('said', 'Mbeki', 'Joyce Mbeki', 'Everyone on the floor kn'),
    ('said', 'The 44-year-old', 'Joyce Mbeki', 'she had left the sector '),
]
SPEAKERS['trial'] = [
    ('says', 'The prosecution', 'prosecution', 'he signed off the work a'),
    ('deny', "Peter Vance, 61, the bridge's chief designer, and his former colleague Owen Strand, 44", 'Peter Vance and Owen Strand', 'gross negligence manslau'),
    ('said', 'Rachel Dunmore KC', 'Rachel Dunmore KC', 'the two men had known ab'),
    ('said', 'Mrs Hale', 'Margaret Hale', 'she had driven across th'),
    ('said', 'she', 'Margaret Hale', 'I told Ian that evening '),
    ('said', 'The widow', 'Margaret Hale', 'she had written to the c'),
    ('agreed', 'she', 'Margaret Hale', 'she was not an engineer'),
    ('told', 'The 61-year-old', 'Peter Vance', 'he had warned the counci'),
    ('said', 'he', 'Peter Vance', 'I said the bridge should'),
    ('Asked', 'Ms Dunmore', 'Rachel Dunmore KC', 'why he had signed a repo'),
    ('said', 'Vance', 'Peter Vance', 'he had been given a draf'),
    ('said', 'He', 'Peter Vance', 'that was the worst mista'),
    ('denied', 'Vance', 'Peter Vance', 'that'),
    ('said', 'the designer', 'Peter Vance', 'Owen is a good engineer'),
    ('told', 'Strand', 'Owen Strand', 'he had written the draft'),
    ('said', 'Strand', 'Owen Strand', 'I was thirty-nine and he'),
    ('asked', 'His barrister, Laura Quinn KC', 'Laura Quinn KC', 'whether he had ever seen'),
    ('said', 'He', 'Owen Strand', 'he had not'),
    ('said', 'Ms Dunmore', 'Rachel Dunmore KC', 'the letter had never bee'),
    ('told', 'She', 'Rachel Dunmore KC', 'both men had put their s'),
    ('said', 'Mr Pike', 'Simon Pike KC', 'his client had accepted '),
    ('said', 'Ms Quinn', 'Laura Quinn KC', 'Strand had been a junior'),
    ('said', 'The judge, Mr Justice Harlow', 'Harlow', 'he would sum up on Monda'),
    ('told', 'He', 'Harlow', 'the jurors not to discus'),
    ('said', 'Mrs Hale', 'Margaret Hale', 'she would be in the publ'),
    ('said', 'The grandmother', 'Margaret Hale', 'her husband had never mi'),
    ('said', "Strand's mother, Elaine Strand", 'Elaine Strand', 'her son had not slept pr'),
    ('said', 'she', 'Elaine Strand', 'He drove over that bridg'),
    ('told', 'The judge', 'Harlow', 'sympathy for the familie'),
    ('said', 'Harlow', 'Harlow', 'they should decide the c'),
]
SPEAKERS['match'] = [
    ('said', 'Ashford manager Gary Lyle', 'Gary Lyle', 'his players had shown th'),
    ('said', 'Lyle', 'Gary Lyle', 'We were poor for an hour'),
    ('said', 'The Scot', 'Stuart Kerr', 'the referee had missed a'),
    ('said', 'he', 'Stuart Kerr', 'Everybody in the ground '),
    ('said', 'Kerr', 'Stuart Kerr', 'he would ask the league '),
    ('added', 'He', 'Stuart Kerr', 'his side had been the be'),
    ('said', 'McBride, 31', 'Callum McBride', 'he had not seen any push'),
    ('said', 'The Rovers goalkeeper, Ben Harte', 'Ben Harte', 'he had been held by the '),
    ('said', 'Harte', 'Ben Harte', 'he had shown the referee'),
    ('dismissed', 'Lyle', 'Gary Lyle', 'the complaints'),
    ('said', 'The Ashford manager', 'Gary Lyle', 'Rovers had wasted time f'),
    ('said', 'the 54-year-old', 'Gary Lyle', 'If you play for a draw, '),
    ('said', 'Rey, who scored his sixth goal of the season', 'Tomas Rey', 'the dressing room was an'),
    ('said', 'A league spokesman', 'league spokesman', 'the match officials woul'),
    ('said', 'Ashford captain Jordan Blake', 'Jordan Blake', 'the win was for the supp'),
    ('said', 'Blake', 'Jordan Blake', 'People wrote us off on W'),
    ('said', 'Lyle', 'Gary Lyle', 'McBride would be rested '),
    ('said', 'The manager', 'Gary Lyle', 'the defender had been pl'),
    ('said', 'Kerr', 'Stuart Kerr', 'Rovers would appeal if t'),
    ('added', 'The Scot', 'Stuart Kerr', 'he respected Lyle, but n'),
    ('said', 'Harte', 'Ben Harte', "the goalkeepers' union w"),
    ('said', 'The 28-year-old', 'Ben Harte', 'he had been pushed in th'),
    ('backed', 'Rovers chairman Alan Pryor', 'Alan Pryor', 'his manager'),
    ('said', 'Pryor', 'Alan Pryor', 'Stuart said what every o'),
    ('said', 'The businessman', 'Alan Pryor', 'the club would write to '),
    ('said', 'Lyle', 'Gary Lyle', 'he had not seen the inci'),
]
SPEAKERS['flood'] = [
    ('describe', 'Residents of the river town', 'Residents of the river town', 'the night the banks burs'),
    ('said', 'Pryce', 'Joan Pryce', 'It was the river'),
    ('said', 'The 70-year-old', 'Frank Doyle', 'he had lived through two'),
    ('said', 'Doyle', 'Frank Doyle', 'In 1998 it came up to th'),
    ('said', 'Mayor Lucy Fenn', 'Lucy Fenn', 'the town had been promis'),
    ('said', 'She', 'Lucy Fenn', 'only half of the wall ha'),
    ('said', 'the mayor', 'Lucy Fenn', 'We were told it was a pr'),
    ('said', 'The government', 'government', 'the defences would be fi'),
    ('said', 'A minister, Alan Birch', 'Alan Birch', 'he understood the anger'),
    ('said', 'Birch', 'Alan Birch', 'the delay had been cause'),
    ('promised', 'He', 'Alan Birch', 'an emergency fund for fa'),
    ('said', 'Fenn', 'Lucy Fenn', 'she would believe it whe'),
    ('said', 'She', 'Lucy Fenn', 'many families in the low'),
    ('said', 'Khan', 'Samira Khan', 'she had lost all her sto'),
    ('said', 'she', 'Samira Khan', 'Everything I own was in '),
    ('said', 'The shopkeeper', 'Samira Khan', 'she had been refused ins'),
    ('said', 'She', 'Samira Khan', 'she would reopen'),
    ('said', 'Fire crew commander Rob Allen', 'Rob Allen', 'his teams had rescued mo'),
    ('said', 'He', 'Rob Allen', 'the current in Mill Row '),
    ('said', 'the commander', 'Rob Allen', 'People need to stay out '),
    ('said', 'Doyle', 'Frank Doyle', 'he had been too stubborn'),
    ('said', 'Pryce', 'Joan Pryce', 'volunteers had arrived w'),
    ('said', 'The former teacher', 'Joan Pryce', 'she had taught half of t'),
    ('said', 'she', 'Joan Pryce', 'They were terrible at sp'),
    ('said', 'She', 'Samira Khan', 'the smell was the worst '),
    ('said', 'the shopkeeper', 'Samira Khan', 'You can clean the floor'),
    ('said', 'Allen', 'Rob Allen', 'his crews had worked for'),
    ('said', 'The commander', 'Rob Allen', 'two firefighters had bee'),
    ('said', 'Fenn', 'Lucy Fenn', 'the council would open t'),
    ('said', 'The mayor', 'Lucy Fenn', 'she had asked the minist'),
    ('said', 'she', 'Lucy Fenn', 'I want him to see it dry'),
    ('said', 'Birch', 'Alan Birch', 'he would return'),
    ('said', 'The minister', 'Alan Birch', 'the emergency fund would'),
]
SPEAKERS['campaign'] = [
    ('is talking about', 'Mara Dalton-Price', 'Mara Dalton-Price', 'potholes'),
    ('believes', 'her campaign', "Mara Dalton-Price's campaign", 'the race for governor wi'),
    ('said', 'Dalton-Price', 'Mara Dalton-Price', 'People here do not ask m'),
    ('said', 'His campaign manager, Derek Soames', 'Derek Soames', 'the governor had visited'),
    ('said', 'Soames', 'Derek Soames', "The governor's record sp"),
    ('said', 'she', 'Mara Dalton-Price', 'The budget is balanced b'),
    ('said', 'One of them, a dairy farmer named Walt Greer', 'Walt Greer', 'he had voted for Holt fo'),
    ('said', 'Greer', 'Walt Greer', 'he had not made up his m'),
    ('said', 'the farmer', 'Walt Greer', 'She talks sense on roads'),
    ('said', 'Dalton-Price', 'Mara Dalton-Price', 'she would publish a plan'),
    ('said', 'She', 'Mara Dalton-Price', 'the state had let milk p'),
    ('told', 'Ash', 'Leon Ash', 'both parties had failed '),
    ('said', 'He', 'Leon Ash', 'he would fund the roads '),
    ('said', 'Dalton-Price', 'Mara Dalton-Price', 'she liked the idea but t'),
    ('said', 'Her campaign chair, Ruth Okafor', 'Ruth Okafor', 'the bus tour had raised '),
    ('said', 'Okafor', 'Ruth Okafor', 'donations had come from '),
    ('said', 'the campaign chair', 'Ruth Okafor', 'People give when they se'),
    ('said', 'The governor', 'Frank Holt', 'he wished his opponent w'),
    ('said', 'he', 'Frank Holt', 'I hope she enjoys the sc'),
    ('said', 'Nancy Bell, who runs the diner where Dalton-Price spoke', 'Nancy Bell', 'the governor had never e'),
    ('said', 'she', 'Nancy Bell', 'He can come and try the '),
    ('said', 'Dalton-Price', 'Mara Dalton-Price', 'she would be back in the'),
    ('said', 'she', 'Mara Dalton-Price', 'I am not a tourist here'),
    ('said', 'Soames', 'Derek Soames', 'the governor would debat'),
    ('said', 'The campaign manager', 'Derek Soames', 'Holt would not take part'),
    ('said', 'Ash', 'Leon Ash', 'that was an insult to vo'),
    ('said', 'The businessman', 'Leon Ash', 'he had more support in t'),
    ('said', 'he', 'Leon Ash', 'Ask them'),
    ('said', 'Okafor', 'Ruth Okafor', 'the campaign would send '),
    ('said', 'The campaign chair', 'Ruth Okafor', 'volunteers in eleven cou'),
]
KNOWN = [
    # a role noun the article gave two people ('the pastry chef Nadia Osei'; the profile's subject, never
    # called one in the body, is 'the chef' to a reader)
    ("profile", "says", "the chef", "I used to think a restau", "Alison Reed-Kaur"),
    # a kin noun set beside a name in a sentence with no report ('Her husband, Tej Kaur, ran ...'),
    # then the kin noun alone as a source paragraphs later
    ("profile", "says", "Her husband", "he will not work front o", "Tej Kaur"),
    # 'the former manager' is the one who said the sentence before, not the 'regional manager' named earlier
    ("investigation", "said", "the former manager", "Nobody is saying they ne", "Brian Tully"),
    # 'boss' is no role noun the lexicon knows, so the noun right after Kerr's sentence stays a description
    ("match", "said", "The Rovers boss", "he had only asked a ques", "Stuart Kerr"),
    ("match", "said", "The Ashford boss", "his side would watch the", "Gary Lyle"),
]
