# ruff: noqa: E501  (a sentence or snippet is one line, as a news page has it)
"""Sentences and short snippets written for the fifty-eighth session's generalisation check of the cue
classes (helper A), in registers and shapes the earlier sets had little of: long wire sentences with the
cue in the middle or at the end and numbers, dates and places in the content; reports inside a relative
clause ('the owner, who insists X, ...'); passive and raised reports ('is thought to be', 'it was alleged
in court that', 'was quoted as saying'); future and modal speech acts (PolNeAR marks 'will say', 'could
say'); reports in a question; courts, police and science ('the indictment alleges', 'the study suggests',
'a spokesperson for X confirmed'); business, sport and culture pages ('the company guided for', 'the coach
insisted', 'the band teased'); Indian, British, African and Australian house styles ('opined', 'informed
that', 'told the BBC', 'says', a quote tail with no comma); and lines that report nothing though they hold
a cue word in another sense (the report card, a statement piece, the claim form, told apart, 'declared at
412', 'claimed the rebound', 'reported for duty'), instructions and recipes, play-by-play, captions,
datelines, headings and first-person narration. The gold is written by hand as PolNeAR marks it
(NOTES.md: internal states count, sources are maximal, a relative clause's report has 'who' as its
source, 'described X as Y' has 'X as Y' as its content, a raised hedge names no one and has the subject
as its first content). Every name, place and figure is made up. Read by
``test_probe_findings_58_sentences``."""

#: reports: (class, text, a word of the cue, source, first content)
REPORTS = [
    # ---- long wire sentences, the cue in the middle or at the end
    ("wire", "The copper smelter at Ravensgill, which employs about 1,400 people and supplies cable makers across northern Europe, will cut output by a third from 1 March after energy costs doubled in eighteen months, its owner said on Thursday.", "said", "its owner", "The copper smelter at Ravensgill, which employs about 1,400 people and supplies cable makers across northern Europe, will cut output by a third from 1 March after energy costs doubled in eighteen months"),
    ("wire", "Rescue teams in the mountain province of Kessar had recovered 23 bodies by Sunday evening, two days after a mudslide buried part of the village of Ulmo, a regional disaster official told reporters.", "told", "a regional disaster official", "Rescue teams in the mountain province of Kessar had recovered 23 bodies by Sunday evening, two days after a mudslide buried part of the village of Ulmo"),
    ("wire", "The central bank of Moravel, the governor said in a speech in Lintz on Tuesday, is prepared to raise its main rate again in June if wage growth, which reached 9.2 percent in the first quarter, does not slow.", "said", "the governor", "The central bank of Moravel"),
    ("wire", "Shipping through the strait, which carries roughly a fifth of the region's grain exports, was halted for six hours on Wednesday while navy divers inspected a suspected mine, the port authority in Tellmar said in a statement.", "said", "the port authority in Tellmar", "Shipping through the strait, which carries roughly a fifth of the region's grain exports, was halted for six hours on Wednesday while navy divers inspected a suspected mine"),
    ("wire", "The transport ministry said on Monday that 312 kilometres of track between Osterby and the coast, much of it laid before 1950, would be closed for up to 14 months from September so that signalling, bridges and level crossings could be replaced at a cost of 2.3 billion crowns.", "said", "The transport ministry", "312 kilometres of track between Osterby and the coast, much of it laid before 1950, would be closed for up to 14 months from September so that signalling, bridges and level crossings could be replaced at a cost of 2.3 billion crowns"),
    ("wire", "Negotiators from both sides met for nine hours in Geneva on Friday but failed to agree on a ceasefire line, according to two diplomats briefed on the talks.", "according to", "two diplomats briefed on the talks", "Negotiators from both sides met for nine hours in Geneva on Friday but failed to agree on a ceasefire line"),
    ("wire", "More than 60,000 households in the eastern suburbs of Port Callan were still without power late on Saturday, nearly three days after winds of up to 140 km/h brought down lines across the district, the grid operator said.", "said", "the grid operator", "More than 60,000 households in the eastern suburbs of Port Callan were still without power late on Saturday, nearly three days after winds of up to 140 km/h brought down lines across the district"),
    ("wire", "Exports of processed cashews rose 18 percent in the year to June, helped by new orders from the Gulf and a weaker rupee, the export promotion council said in its annual report released in Kochi on Wednesday.", "said", "the export promotion council", "Exports of processed cashews rose 18 percent in the year to June, helped by new orders from the Gulf and a weaker rupee"),
    ("wire", "A 54-year-old man arrested on Tuesday night in connection with the fire at a furniture warehouse in Dunlow, in which two night watchmen died, has been released on bail pending further inquiries, Northshire Police said on Wednesday morning.", "said", "Northshire Police", "A 54-year-old man arrested on Tuesday night in connection with the fire at a furniture warehouse in Dunlow, in which two night watchmen died, has been released on bail pending further inquiries"),
    ("wire", "Turnout in the first round, held on 14 April in 88 constituencies including the capital Varnes, reached 61.4 percent, up from 55 percent five years ago, the electoral commission announced late on Monday.", "announced", "the electoral commission", "Turnout in the first round, held on 14 April in 88 constituencies including the capital Varnes, reached 61.4 percent, up from 55 percent five years ago"),
    ("wire", "A spokesman for the Red Crescent in Darsa said that aid convoys carrying flour, medicine and tents had been stopped at a checkpoint 30 kilometres south of the city for a fourth consecutive day, and that talks with the local commander had stalled.", "said", "A spokesman for the Red Crescent in Darsa", "aid convoys carrying flour, medicine and tents had been stopped at a checkpoint 30 kilometres south of the city for a fourth consecutive day, and that talks with the local commander had stalled"),
    ("wire", "The fishing fleet of Skarvik, once the largest on the coast with more than 200 boats, has shrunk to 31 vessels, the harbour board said in figures published on Friday, blaming quota cuts and the price of diesel.", "said", "the harbour board", "The fishing fleet of Skarvik, once the largest on the coast with more than 200 boats, has shrunk to 31 vessels"),
    ("wire", "Air quality in the capital fell to \"hazardous\" levels on Sunday for the ninth time this year as crop burning in neighbouring states sent smoke across the plains, the pollution control board said.", "said", "the pollution control board", "Air quality in the capital fell to \"hazardous\" levels on Sunday for the ninth time this year as crop burning in neighbouring states sent smoke across the plains"),
    ("wire", "Officials at the Ministry of Water in Harrat said on Thursday that reservoirs serving the city of 4 million people were at 11 percent of capacity, the lowest since records began in 1962.", "said", "Officials at the Ministry of Water in Harrat", "reservoirs serving the city of 4 million people were at 11 percent of capacity, the lowest since records began in 1962"),
    # ---- reports inside a relative clause
    ("relative", "The minister, who said last week that the tariff would be scrapped by the summer, has now asked officials to draw up a slower timetable.", "said", "who", "the tariff would be scrapped by the summer"),
    ("relative", "The vineyard owner, who insists the frost did more damage than the hail, has applied for emergency support.", "insists", "who", "the frost did more damage than the hail"),
    ("relative", "Dr Hanne Lode, who led the excavation, believes the ship sank in a storm around 1640.", "believes", "Dr Hanne Lode, who led the excavation", "the ship sank in a storm around 1640"),
    ("relative", "The pickers, who claim they were paid less than the minimum wage, have taken the farm to a tribunal.", "claim", "who", "they were paid less than the minimum wage"),
    ("relative", "It was the treasurer who first warned that the club could not pay its players in May.", "warned", "who", "the club could not pay its players in May"),
    # ---- passive and raised reports
    ("raised", "The goalkeeper is said to be furious at being dropped for the derby.", "said", "", "The goalkeeper"),
    ("raised", "The former chairman is believed to have left the country in March.", "believed", "", "The former chairman"),
    ("raised", "Three of the four suspects are thought to be foreign nationals.", "thought", "", "Three of the four suspects"),
    ("raised", "The new antiviral is expected to be approved by regulators before the winter.", "expected", "", "The new antiviral"),
    ("passive", "It has been announced that the sheep fair in Kilbrack will not go ahead this year.", "announced", "", "the sheep fair in Kilbrack will not go ahead this year"),
    ("passive", "It is feared that the cladding on the tower block is the same as that used on the hospital.", "feared", "", "the cladding on the tower block is the same as that used on the hospital"),
    ("passive", "It was alleged in court that the accountant had moved the money through three shell companies.", "alleged", "", "the accountant had moved the money through three shell companies"),
    ("passive", "The winger was quoted as saying he had \"nothing left to prove\" in the league.", "saying", "The winger", "he had \"nothing left to prove\" in the league"),
    ("passive", "It has been suggested that the festival move to a larger site outside the town.", "suggested", "", "the festival move to a larger site outside the town"),
    ("passive", "Staff at the depot were told on Monday that the night shift would be cut.", "told", "", "the night shift would be cut"),
    # ---- future and modal speech acts, questions
    ("future", "The prime minister will announce on Friday that the pension age is to rise to 68.", "announce", "The prime minister", "the pension age is to rise to 68"),
    ("modal", "Lawyers for the club may argue that the contract was never valid.", "argue", "Lawyers for the club", "the contract was never valid"),
    ("future", "The chancellor is expected to tell MPs that the fiscal rules will be loosened.", "tell", "The chancellor", "the fiscal rules will be loosened"),
    ("question", "Why did the chief constable tell councillors that the station would stay open?", "tell", "the chief constable", "the station would stay open"),
    ("question", "Did the treasurer really believe the figures would add up?", "believe", "the treasurer", "the figures would add up"),
    # ---- courts, police and science
    ("court", "The indictment alleges that the two brothers paid customs officers to wave through containers of counterfeit tyres.", "alleges", "The indictment", "the two brothers paid customs officers to wave through containers of counterfeit tyres"),
    ("court", "Prosecutors argued that the defendant had planned the robbery weeks in advance.", "argued", "Prosecutors", "the defendant had planned the robbery weeks in advance"),
    ("court", "The judge ruled that the evidence from the seized phone was inadmissible.", "ruled", "The judge", "the evidence from the seized phone was inadmissible"),
    ("court", "According to court documents filed in Halvor County, the landlord ignored eleven complaints about damp.", "According to", "court documents filed in Halvor County", "the landlord ignored eleven complaints about damp"),
    ("court", "Defence counsel told the jury the only witness had been drinking all afternoon.", "told", "Defence counsel", "the only witness had been drinking all afternoon"),
    ("court", "The lawsuit claims the app collected location data from children without consent.", "claims", "The lawsuit", "the app collected location data from children without consent"),
    ("court", "In his sentencing remarks, Judge Pereira said the attack had been \"cowardly and sustained\".", "said", "Judge Pereira", "the attack had been \"cowardly and sustained\""),
    ("court", "The tribunal found that the nurse had been unfairly dismissed.", "found", "The tribunal", "the nurse had been unfairly dismissed"),
    ("police", "Police said in a statement on Facebook that the missing teenager had been found safe in Arnby.", "said", "Police", "the missing teenager had been found safe in Arnby"),
    ("police", "A spokesperson for Kestrel Airways confirmed that the flight had returned to the gate because of a hydraulic fault.", "confirmed", "A spokesperson for Kestrel Airways", "the flight had returned to the gate because of a hydraulic fault"),
    ("police", "Officers believe the two burglaries in Wexley are linked.", "believe", "Officers", "the two burglaries in Wexley are linked"),
    ("police", "The fire began in an electrical cupboard, investigators said.", "said", "investigators", "The fire began in an electrical cupboard"),
    ("police", "According to a police spokesperson, the driver was not wearing a seatbelt.", "According to", "a police spokesperson", "the driver was not wearing a seatbelt"),
    ("science", "The study suggests that children who sleep less than nine hours are more likely to be overweight.", "suggests", "The study", "children who sleep less than nine hours are more likely to be overweight"),
    ("science", "Data from the weather service showed that March was the wettest on record in the south-west.", "showed", "Data from the weather service", "March was the wettest on record in the south-west"),
    ("science", "The researchers found that the glacier had lost a quarter of its mass since 1990.", "found", "The researchers", "the glacier had lost a quarter of its mass since 1990"),
    ("science", "Writing in the journal Marine Ecology, the team argues that the reef can recover if fishing is paused for a decade.", "argues", "the team", "the reef can recover if fishing is paused for a decade"),
    ("science", "The survey of 2,000 adults, carried out by Polwise for the charity, found that one in five had skipped a meal to pay for heating.", "found", "The survey of 2,000 adults, carried out by Polwise for the charity", "one in five had skipped a meal to pay for heating"),
    ("science", "Satellite images indicate that the lake has shrunk by half in a decade.", "indicate", "Satellite images", "the lake has shrunk by half in a decade"),
    ("science", "The authors caution that the sample was small and the results need to be repeated.", "caution", "The authors", "the sample was small and the results need to be repeated"),
    ("science", "The trial results show the drug cut hospital admissions by 40 percent.", "show", "The trial results", "the drug cut hospital admissions by 40 percent"),
    # ---- business, sport and culture pages
    ("business", "The company guided for full-year revenue of between 4.1 and 4.3 billion dollars.", "guided", "The company", "full-year revenue of between 4.1 and 4.3 billion dollars"),
    ("business", "Tarnwell Foods warned that profits would fall short of expectations because of higher cocoa prices.", "warned", "Tarnwell Foods", "profits would fall short of expectations because of higher cocoa prices"),
    ("business", "The chief executive told analysts on a call that the bank had no plans to sell its insurance arm.", "told", "The chief executive", "the bank had no plans to sell its insurance arm"),
    ("business", "Shares fell 6 percent after the retailer said Christmas sales had been flat.", "said", "the retailer", "Christmas sales had been flat"),
    ("business", "In a letter to shareholders, the chairman wrote that the dividend would be cut for the first time since 2009.", "wrote", "the chairman", "the dividend would be cut for the first time since 2009"),
    ("business", "The regulator's finding that the tariffs were excessive came after a two-year inquiry.", "finding", "The regulator's", "the tariffs were excessive"),
    ("sport", "The coach insisted his side had deserved a penalty in the final minute.", "insisted", "The coach", "his side had deserved a penalty in the final minute"),
    ("sport", "\"We were second best all night,\" admitted the captain, Ruairi Quill.", "admitted", "the captain, Ruairi Quill", "We were second best all night"),
    ("sport", "The club confirmed the striker would miss the rest of the season with a torn hamstring.", "confirmed", "The club", "the striker would miss the rest of the season with a torn hamstring"),
    ("sport", "The referee's report stated that the player had used abusive language towards an official.", "stated", "The referee's report", "the player had used abusive language towards an official"),
    ("sport", "The keeper shouted at his defenders to push up, but the flag stayed down and Marsh was clean through.", "shouted", "The keeper", "to push up"),
    ("sport", "The manager conceded that his team had been outplayed in midfield.", "conceded", "The manager", "his team had been outplayed in midfield"),
    ("culture", "The band teased a new album on social media on Sunday night.", "teased", "The band", "a new album"),
    ("culture", "Reviewers praised the production's staging but found the second act too long.", "praised", "Reviewers", "the production's staging"),
    ("culture", "The novelist has said she wrote the book in six weeks after her mother's death.", "said", "The novelist", "she wrote the book in six weeks after her mother's death"),
    ("culture", "Critics have called the film a triumph.", "called", "Critics", "the film a triumph"),
    ("culture", "The director described the shoot as \"the hardest three months of my life\".", "described", "The director", "the shoot as \"the hardest three months of my life\""),
    # ---- Englishes and house styles
    ("indian", "The MLA opined that the bypass would ease congestion in the old city.", "opined", "The MLA", "the bypass would ease congestion in the old city"),
    ("indian", "The superintendent of police informed that three accused had been arrested from Bhiwadi.", "informed", "The superintendent of police", "three accused had been arrested from Bhiwadi"),
    ("indian", "Speaking to mediapersons, the collector said that relief camps had been set up in 14 villages.", "said", "the collector", "relief camps had been set up in 14 villages"),
    ("indian", "The official further stated that the tender would be floated by month-end.", "stated", "The official", "the tender would be floated by month-end"),
    ("indian", "Sources in the party revealed that the candidate list would be finalised after Diwali.", "revealed", "Sources in the party", "the candidate list would be finalised after Diwali"),
    ("british", "The health secretary said on Tuesday evening that the strike had cost the NHS 200 million pounds.", "said", "The health secretary", "the strike had cost the NHS 200 million pounds"),
    ("british", "Ms Okafor told the BBC she had not been consulted about the closure.", "told", "Ms Okafor", "she had not been consulted about the closure"),
    ("british", "A Downing Street source described the leak as \"deeply unhelpful\".", "described", "A Downing Street source", "the leak as \"deeply unhelpful\""),
    ("african", "The county commissioner told residents at a baraza that the borehole would be repaired within a week.", "told", "The county commissioner", "the borehole would be repaired within a week"),
    ("african", "The minister of finance, Mr Adeyemi Bello, disclosed that the naira had lost 12 percent in the quarter.", "disclosed", "The minister of finance, Mr Adeyemi Bello", "the naira had lost 12 percent in the quarter"),
    ("african", "Addressing journalists in Kumasi, the regional minister assured farmers that fertiliser would arrive before planting.", "assured", "the regional minister", "fertiliser would arrive before planting"),
    ("australian", "The premier says the new stadium will be finished in time for the 2032 season.", "says", "The premier", "the new stadium will be finished in time for the 2032 season"),
    ("australian", "Locals reckon the shark sightings have kept tourists away from the bay.", "reckon", "Locals", "the shark sightings have kept tourists away from the bay"),
    ("australian", "The grazier told the ABC the drought was the worst he had seen in forty years.", "told", "The grazier", "the drought was the worst he had seen in forty years"),
    # ---- quote tails with no comma, present tense, inverted tails
    ("tail", "\"The bridge will be open by Easter\" said the mayor.", "said", "the mayor", "The bridge will be open by Easter"),
    ("tail", "\"There is no money left in the pot\" says council leader Brenna Hollis.", "says", "council leader Brenna Hollis", "There is no money left in the pot"),
    ("tail", "\"We have done nothing wrong,\" the company says.", "says", "the company", "We have done nothing wrong"),
    ("tail", "The rise in fares is unjustified, says the passengers' group Rail Voice.", "says", "the passengers' group Rail Voice", "The rise in fares is unjustified"),
    ("tail", "Prices will keep rising until at least the spring, warned the head of the chamber of commerce.", "warned", "the head of the chamber of commerce", "Prices will keep rising until at least the spring"),
    ("tail", "Dr Mbeki says more than half the clinic's patients now come from outside the district.", "says", "Dr Mbeki", "more than half the clinic's patients now come from outside the district"),
    ("tail", "\"It is a sad day for the valley,\" the vicar said, \"but we will rebuild.\"", "said", "the vicar", "It is a sad day for the valley"),
    ("tail", "\"No comment\" was all the agent would say.", "say", "the agent", "No comment"),
    # ---- more verbs and nouns
    ("verb", "The trust admitted it had failed to act on repeated warnings about staffing levels at the hospice.", "admitted", "The trust", "it had failed to act on repeated warnings about staffing levels at the hospice"),
    ("verb", "Environmental groups have urged the government to ban bottom trawling in the marine park.", "urged", "Environmental groups", "the government to ban bottom trawling in the marine park"),
    ("verb", "The mayor of Solbeck denied reports that she had been offered a job in the capital.", "denied", "The mayor of Solbeck", "reports that she had been offered a job in the capital"),
    ("verb", "The defence minister hinted that more troops could be sent to the northern border.", "hinted", "The defence minister", "more troops could be sent to the northern border"),
    ("verb", "Union officials predicted that the walkout would close every port on the east coast.", "predicted", "Union officials", "the walkout would close every port on the east coast"),
    ("verb", "Opposition MPs accused the housing minister of misleading parliament over the waiting lists.", "accused", "Opposition MPs", "the housing minister of misleading parliament over the waiting lists"),
    ("belief", "Investors fear that a second rate rise in as many months will tip the economy into recession.", "fear", "Investors", "a second rate rise in as many months will tip the economy into recession"),
    ("noun", "The announcement that the plant would close came as a shock to the 600 workers.", "announcement", "", "the plant would close"),
    ("noun", "There is a widespread belief in the village that the quarry poisoned the stream.", "belief", "", "the quarry poisoned the stream"),
]

#: lines that report nothing: (class, text)
NOT_REPORTS = [
    # ---- cue words in other senses inside long narration
    ("narration", "The report card arrived in the post on the last day of term, and the twins compared their grades at the kitchen table while their grandmother made tea."),
    ("narration", "She wore a red velvet jacket as a statement piece at the gala, pairing it with flat boots and a borrowed clutch bag."),
    ("narration", "The identical twins are so alike that even their teachers cannot tell them apart."),
    ("narration", "Guests were told apart by the coloured wristbands they wore on the way in."),
    ("narration", "A crowd gathered by the announcement board at the station as the departure times flickered and vanished one by one."),
    ("narration", "The company's annual report runs to 340 pages and is printed on recycled paper."),
    ("narration", "The advice column has run in the paper every Saturday since 1974."),
    ("narration", "The quote from the builder was twice what the parish council had budgeted for the new roof."),
    ("narration", "The claim on the insurance was settled within a month of the burst pipe."),
    ("narration", "Her warning lights came on halfway up the mountain pass, so she pulled into a lay-by and called a tow truck."),
    ("narration", "After the last train left the valley in 1966, the station building became a post office, then a tea room, and finally a holiday cottage whose owners keep the old timetable framed above the fireplace."),
    ("narration", "The hospital admitted 40 patients overnight after the heatwave broke."),
    ("narration", "Bus drivers reported for duty at 5am despite the snow."),
    ("narration", "The missing spaniel was found asleep in a neighbour's shed on Thursday."),
    ("narration", "The bells rang out across the valley at noon to mark the end of the siege."),
    ("narration", "The sign-up sheet for the allotments is pinned to the noticeboard outside the library."),
    ("narration", "The comedian's act was mostly songs about his cat and his allotment."),
    ("narration", "He answered the door in his dressing gown and slippers."),
    ("narration", "The colonel ordered a coffee and sat by the window until the rain stopped."),
    ("narration", "The witness boxes from the old courthouse were made of oak and now stand in the town museum."),
    ("narration", "The singer's voice cracked on the high note in the second verse, and the crowd cheered her on."),
    ("narration", "The proposal ring was hidden inside a hollowed-out dictionary on the top shelf."),
    # ---- instructions and recipes
    ("instruction", "Fill in the claim form in black ink and send it with your receipts to the address on the back."),
    ("instruction", "Tell your doctor if you are pregnant or breastfeeding before taking this medicine."),
    ("instruction", "Tell the butcher to leave the skin on, and ask for the bones to make stock."),
    ("instruction", "Explain the rules to the children before the game starts, and warn them to stay inside the cones."),
    ("instruction", "Always quote your booking reference when you call the helpline."),
    ("instruction", "Press and hold the reset button for ten seconds, then tell the app which network to join."),
    ("recipe", "Season the sauce to taste, then stir in the cream and let it bubble for two minutes."),
    ("recipe", "Whisk the egg whites until they hold stiff peaks, then fold them gently into the chocolate."),
    # ---- sports play-by-play
    ("play", "Okonjo called for the ball on the left, cut inside two defenders and curled a shot just wide of the far post."),
    ("play", "Hendry answered with a boundary off the next ball, driving through the covers."),
    ("play", "Mensah declared at 412 for six shortly after tea on the second day."),
    ("play", "Varga claimed the rebound and fed Lutz for a three-pointer at the buzzer."),
    ("play", "Kovac conceded a free kick on the edge of the area in stoppage time."),
    ("play", "The linesman signalled offside and the goal was chalked off."),
    ("play", "The umpire gave him out leg before, and he walked off without a word."),
    # ---- captions, datelines, headings
    ("caption", "Pictured: volunteers clear debris from the riverbank at Esker Weir on Saturday morning."),
    ("caption", "The mayor (left) and the fire chief at the opening of the new station on Friday."),
    ("caption", "Spectators watch the opening parade in Vell Square (file photo)."),
    ("dateline", "BRELLING, June 4 - The first container ship in six weeks docked at the northern terminal on Tuesday morning."),
    ("heading", "Weather warning: what the amber alert means for your commute"),
    ("heading", "Comment and analysis"),
    ("heading", "Obituary: Margit Solberg, lighthouse keeper and poet"),
    ("heading", "Most read"),
    # ---- first-person narration
    ("first", "I kept the letter in a drawer for twenty years before I could bear to open it."),
    ("first", "My grandmother's stories about the war were the reason I became a historian."),
    ("first", "We walked down to the harbour at dawn and watched the boats come in."),
    # ---- questions
    ("question", "How much will the new stadium cost the taxpayer?"),
    ("question", "Where were the lifeguards when the boy got into trouble?"),
]
