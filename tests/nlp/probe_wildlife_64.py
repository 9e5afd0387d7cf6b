# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-fourth session's check of wildlife and environment news (helper K):
rangers ('Rangers say'), species surveys ('The survey found', 'according to the charity's count'), conservationists
('warned'), trusts ('A spokesperson for the trust said'), the environment agency ('confirmed'), scientists
('estimate'), villagers ('Locals fear'), tree felling rows ('The council insisted the trees were unsafe'), sewage
('Campaigners accused the water company of'), zoos ('The keeper described', 'The zoo announced'), studies ('The study,
published in X, suggests'), experts ('believe'), poaching, fishing bans, rewilding, national parks, animal welfare and
speakers named again by pronoun or role across paragraphs ('The ranger', 'She').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions included): per article,
(a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing
in ``NOT_REPORTS`` (species names and descriptions, counts stated by the writer, habitat narration, visitor
information, animal behaviour, captions); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every
name, place, body, figure and sentence is made up. Read by ``test_probe_findings_64_wildlife``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["rhino_poaching"] = """Poachers kill two rhinos in Karuvi park

Rangers say two white rhinos were shot inside the Karuvi National Park on Sunday night.

The park covers 2,300 square kilometres of savanna and thorn scrub.

Head ranger Joseph Mwangaza said the animals' horns had been hacked off before his team arrived.

"They knew exactly where the rhinos would be," the ranger told reporters at the park gate.

Karuvi is home to 61 white rhinos and 14 black rhinos.

He said patrols would be doubled along the northern fence.
"""
GOLD["rhino_poaching"] = [
    ("say", "Rangers", "two white rhinos were shot inside the Karuvi National Park on Sunday night"),
    ("said", "Head ranger Joseph Mwangaza", "the animals' horns had been hacked off before his team arrived"),
    ("told", "the ranger", "They knew exactly where the rhinos would be"),
    ("said", "He", "patrols would be doubled along the northern fence"),
]
NOT_REPORTS["rhino_poaching"] = ["The park covers 2,300 square kilometres of savanna and thorn scrub.", "Karuvi is home to 61 white rhinos and 14 black rhinos."]
SPEAKERS["rhino_poaching"] = [("told", "the ranger", "Joseph Mwangaza", "They knew"), ("said", "He", "Joseph Mwangaza", "patrols")]

ARTICLES["bat_survey"] = """Rare bats found roosting in old chapel

The survey found that 230 greater horseshoe bats were roosting in the roof of St Aldwyn's chapel near Brackwater.

Greater horseshoe bats have a wingspan of up to 40 centimetres.

The bats leave the roost about twenty minutes after sunset.

Dr Fiona Leckie, an ecologist with the Brackwater Bat Group, said it was the largest roost found in the county for 30 years.

The chapel has been closed to the public since 2011.
"""
GOLD["bat_survey"] = [
    ("found", "The survey", "230 greater horseshoe bats were roosting in the roof of St Aldwyn's chapel near Brackwater"),
    ("said", "Dr Fiona Leckie, an ecologist with the Brackwater Bat Group", "it was the largest roost found in the county for 30 years"),
]
NOT_REPORTS["bat_survey"] = ["Greater horseshoe bats have a wingspan of up to 40 centimetres.", "The bats leave the roost about twenty minutes after sunset.", "The chapel has been closed to the public since 2011."]

ARTICLES["curlew_warning"] = """Curlews could vanish from uplands within a decade

Conservationists warned that curlews could disappear from the Harrowdale hills within ten years.

The curlew is the largest wading bird in Europe, with a long down-curved bill.

Only 38 breeding pairs were recorded on the hills last spring, down from 120 in 2005.

Birds nest on the ground in rough grassland between April and July.

The Upland Bird Alliance blamed the losses on foxes, crows and early silage cutting.
"""
GOLD["curlew_warning"] = [
    ("warned", "Conservationists", "curlews could disappear from the Harrowdale hills within ten years"),
    ("blamed", "The Upland Bird Alliance", "the losses on foxes, crows and early silage cutting"),
]
NOT_REPORTS["curlew_warning"] = ["The curlew is the largest wading bird in Europe, with a long down-curved bill.", "Only 38 breeding pairs were recorded on the hills last spring, down from 120 in 2005.", "Birds nest on the ground in rough grassland between April and July."]

ARTICLES["trust_beavers"] = """Beavers released on Orlham estate

Four beavers have been released into a fenced valley on the Orlham estate.

A spokesperson for the Marchland Wildlife Trust said the animals would help slow floodwater reaching the village below.

The valley holds three ponds and a stretch of the River Lenn.

Beavers can fell a young willow in a single night.

Some farmers downstream said they had not been told about the release.
"""
GOLD["trust_beavers"] = [
    ("said", "A spokesperson for the Marchland Wildlife Trust", "the animals would help slow floodwater reaching the village below"),
    ("said", "Some farmers downstream", "they had not been told about the release"),
]
NOT_REPORTS["trust_beavers"] = ["Four beavers have been released into a fenced valley on the Orlham estate.", "The valley holds three ponds and a stretch of the River Lenn.", "Beavers can fell a young willow in a single night."]

ARTICLES["fish_kill"] = """Thousands of fish die in Semble brook

The Environment Agency confirmed that a slurry spill had killed fish along a three-mile stretch of the Semble brook.

Dead trout, minnows and bullheads were lying on the banks on Tuesday morning.

An agency officer said samples had been taken from a farm upstream.

The brook flows into the River Cray at Tollbridge.

The farm's owner, Gareth Penhale, said a valve on a storage tank had failed overnight.
"""
GOLD["fish_kill"] = [
    ("confirmed", "The Environment Agency", "a slurry spill had killed fish along a three-mile stretch of the Semble brook"),
    ("said", "An agency officer", "samples had been taken from a farm upstream"),
    ("said", "The farm's owner, Gareth Penhale", "a valve on a storage tank had failed overnight"),
]
NOT_REPORTS["fish_kill"] = ["Dead trout, minnows and bullheads were lying on the banks on Tuesday morning.", "The brook flows into the River Cray at Tollbridge."]

ARTICLES["seal_count"] = """Grey seal pups at record high

Scientists estimate that 4,100 grey seal pups were born on the Farrow Isles this winter.

Pups are born with white fur, which they shed after about three weeks.

The count is made from aerial photographs taken in November.

Dr Anya Roth, who leads the seal monitoring team at Kelby University, said the colony had grown every year since 2010.

Boat trips to the isles run from Easter to September.
"""
GOLD["seal_count"] = [
    ("estimate", "Scientists", "4,100 grey seal pups were born on the Farrow Isles this winter"),
    ("said", "Dr Anya Roth, who leads the seal monitoring team at Kelby University", "the colony had grown every year since 2010"),
]
NOT_REPORTS["seal_count"] = ["Pups are born with white fur, which they shed after about three weeks.", "The count is made from aerial photographs taken in November.", "Boat trips to the isles run from Easter to September."]

ARTICLES["butterfly_count"] = """Butterflies return to chalk downs

Numbers of the chalkhill blue on Sallow Down rose by a third last summer, according to the charity's count.

The chalkhill blue feeds on horseshoe vetch.

Volunteers walk the same route across the down every week from April to September.

Butterfly Watch said sheep grazing had let the vetch spread again.

The down is reached by a footpath from the car park at Wenbury.
"""
GOLD["butterfly_count"] = [
    ("according", "the charity's count", "Numbers of the chalkhill blue on Sallow Down rose by a third last summer"),
    ("said", "Butterfly Watch", "sheep grazing had let the vetch spread again"),
]
NOT_REPORTS["butterfly_count"] = ["The chalkhill blue feeds on horseshoe vetch.", "Volunteers walk the same route across the down every week from April to September.", "The down is reached by a footpath from the car park at Wenbury."]

ARTICLES["wind_farm_eagles"] = """Wind farm plan near eagle nest

Locals fear that a wind farm planned for Corrie Moor will drive golden eagles from the glen.

A pair of golden eagles has nested on the crags above Loch Ardain since 2016.

The 14 turbines would each stand 150 metres tall.

Isla Drummond, who runs a guest house in the glen, said visitors came from all over the world to see the birds.

The developer, Northwind Renewables, said a two-year study had found no risk to the eagles.
"""
GOLD["wind_farm_eagles"] = [
    ("fear", "Locals", "a wind farm planned for Corrie Moor will drive golden eagles from the glen"),
    ("said", "Isla Drummond, who runs a guest house in the glen", "visitors came from all over the world to see the birds"),
    ("said", "The developer, Northwind Renewables", "a two-year study had found no risk to the eagles"),
]
NOT_REPORTS["wind_farm_eagles"] = ["A pair of golden eagles has nested on the crags above Loch Ardain since 2016.", "The 14 turbines would each stand 150 metres tall."]

ARTICLES["street_trees"] = """Residents chain themselves to plane trees

The council insisted the trees were unsafe and had to come down.

Twenty-two London planes line Ashcombe Road, most of them planted in the 1890s.

Residents said the trees were healthy and had been condemned to make way for wider pavements.

Contractors arrived with chainsaws at 6am on Thursday.

Councillor Derek Hollis, the cabinet member for highways, said an arborist's report had found decay in eleven of the trees.

He said new trees would be planted in the spring.
"""
GOLD["street_trees"] = [
    ("insisted", "The council", "the trees were unsafe and had to come down"),
    ("said", "Residents", "the trees were healthy and had been condemned to make way for wider pavements"),
    ("said", "Councillor Derek Hollis, the cabinet member for highways", "an arborist's report had found decay in eleven of the trees"),
    ("said", "He", "new trees would be planted in the spring"),
]
NOT_REPORTS["street_trees"] = ["Twenty-two London planes line Ashcombe Road, most of them planted in the 1890s.", "Contractors arrived with chainsaws at 6am on Thursday."]
SPEAKERS["street_trees"] = [("said", "He", "Derek Hollis", "new trees")]

ARTICLES["sewage_beach"] = """Sewage warnings at six beaches

Campaigners accused Southmere Water of pumping raw sewage into the sea for 900 hours last year.

Swimming warnings were posted at six beaches between Portleven and Carrow Head on Saturday.

The company said storm overflows were used only after heavy rain and were permitted by its licence.

Surf Clean, a group of swimmers and surfers, said its members had been ill after swimming off Carrow Head.

Water quality at the beaches is tested weekly from May to September.
"""
GOLD["sewage_beach"] = [
    ("accused", "Campaigners", "Southmere Water of pumping raw sewage into the sea for 900 hours last year"),
    ("said", "The company", "storm overflows were used only after heavy rain and were permitted by its licence"),
    ("said", "Surf Clean, a group of swimmers and surfers", "its members had been ill after swimming off Carrow Head"),
]
NOT_REPORTS["sewage_beach"] = ["Swimming warnings were posted at six beaches between Portleven and Carrow Head on Saturday.", "Water quality at the beaches is tested weekly from May to September."]

ARTICLES["zoo_keeper"] = """Red panda cub makes first appearance

A red panda cub born at Wexley Zoo in June has been seen outside its nest box for the first time.

Red pandas are native to the forests of the eastern Himalayas.

The keeper, Hannah Pryor, described the cub as "curious and very loud".

She said the cub was feeding well and weighed just over a kilogram.

The red panda enclosure is next to the zoo's cafe.

The zoo is open daily from 10am to 5pm.
"""
GOLD["zoo_keeper"] = [
    ("described", "The keeper, Hannah Pryor", "curious and very loud"),
    ("said", "She", "the cub was feeding well and weighed just over a kilogram"),
]
NOT_REPORTS["zoo_keeper"] = ["Red pandas are native to the forests of the eastern Himalayas.", "The red panda enclosure is next to the zoo's cafe.", "The zoo is open daily from 10am to 5pm."]
SPEAKERS["zoo_keeper"] = [("said", "She", "Hannah Pryor", "the cub")]

ARTICLES["bee_study"] = """Roadside verges help wild bees, study says

The study, published in the Journal of Pollinator Ecology, suggests that verges left uncut until August hold twice as many wild bees.

Researchers counted bees on 140 verges across four counties.

Bird's-foot trefoil and knapweed were the most visited flowers.

Professor Lena Hartigan, the study's lead author, said councils could help bees simply by mowing less often.

Most verges in the region are cut three times a year.
"""
GOLD["bee_study"] = [
    ("suggests", "The study, published in the Journal of Pollinator Ecology", "verges left uncut until August hold twice as many wild bees"),
    ("said", "Professor Lena Hartigan, the study's lead author", "councils could help bees simply by mowing less often"),
]
NOT_REPORTS["bee_study"] = ["Researchers counted bees on 140 verges across four counties.", "Bird's-foot trefoil and knapweed were the most visited flowers.", "Most verges in the region are cut three times a year."]

ARTICLES["otter_return"] = """Otters back on the River Wendle

Experts believe otters have returned to every stretch of the River Wendle for the first time since the 1950s.

Otters feed mostly at dusk and after dark.

Their droppings, known as spraints, smell of jasmine tea.

Tom Ashdown, a river keeper for the Wendle Angling Club, said he saw a mother and two cubs near Millford weir last week.

The otter was almost wiped out in England by pesticides in the 1960s.
"""
GOLD["otter_return"] = [
    ("believe", "Experts", "otters have returned to every stretch of the River Wendle for the first time since the 1950s"),
    ("said", "Tom Ashdown, a river keeper for the Wendle Angling Club", "he saw a mother and two cubs near Millford weir last week"),
]
NOT_REPORTS["otter_return"] = ["Otters feed mostly at dusk and after dark.", "Their droppings, known as spraints, smell of jasmine tea.", "The otter was almost wiped out in England by pesticides in the 1960s."]

ARTICLES["zoo_elephants"] = """Zoo to send its elephants to sanctuary

The zoo announced that its three Asian elephants would move to a sanctuary in Portugal next year.

Dunmore Zoo has kept elephants since 1962.

The elephant house was built in 1971 and holds an indoor sand yard.

Animal welfare groups said the move was long overdue.

Director Paul Kettering said the zoo could not afford the larger enclosure the animals needed.

"It is the right thing for them," he said.
"""
GOLD["zoo_elephants"] = [
    ("announced", "The zoo", "its three Asian elephants would move to a sanctuary in Portugal next year"),
    ("said", "Animal welfare groups", "the move was long overdue"),
    ("said", "Director Paul Kettering", "the zoo could not afford the larger enclosure the animals needed"),
    ("said", "he", "It is the right thing for them"),
]
NOT_REPORTS["zoo_elephants"] = ["Dunmore Zoo has kept elephants since 1962.", "The elephant house was built in 1971 and holds an indoor sand yard."]
SPEAKERS["zoo_elephants"] = [("said", "he", "Paul Kettering", "It is")]

ARTICLES["fishing_ban"] = """Sand eel fishing ban extended

Fishing for sand eels will remain banned in the Dogger Reach until 2030, the fisheries ministry announced on Monday.

Sand eels are small silvery fish that bury themselves in the seabed.

Puffins, kittiwakes and terns feed their chicks on them.

Fishing industry leaders said the ban had cost the fleet £20m a year.

The Seabird Trust welcomed the decision.
"""
GOLD["fishing_ban"] = [
    ("announced", "the fisheries ministry", "Fishing for sand eels will remain banned in the Dogger Reach until 2030"),
    ("said", "Fishing industry leaders", "the ban had cost the fleet £20m a year"),
]
NOT_REPORTS["fishing_ban"] = ["Sand eels are small silvery fish that bury themselves in the seabed.", "Puffins, kittiwakes and terns feed their chicks on them."]

ARTICLES["park_ranger"] = """Wildfire risk closes moorland paths

Ranger Megan Tull of the Kestle Moors National Park said three paths had been closed because of the risk of fire.

The moor is covered in heather, bracken and purple moor grass.

"One dropped cigarette could burn for days," the ranger said.

She said disposable barbecues were banned across the park.

The park's visitor centre at Coldharbour is open from 9am to 4pm.
"""
GOLD["park_ranger"] = [
    ("said", "Ranger Megan Tull of the Kestle Moors National Park", "three paths had been closed because of the risk of fire"),
    ("said", "the ranger", "One dropped cigarette could burn for days"),
    ("said", "She", "disposable barbecues were banned across the park"),
]
NOT_REPORTS["park_ranger"] = ["The moor is covered in heather, bracken and purple moor grass.", "The park's visitor centre at Coldharbour is open from 9am to 4pm."]
SPEAKERS["park_ranger"] = [("said", "the ranger", "Megan Tull", "One dropped"), ("said", "She", "Megan Tull", "disposable")]

ARTICLES["oil_spill"] = """Oil sheen spreads along estuary

Oil from a damaged barge has spread along four miles of the Tarne estuary, the coastguard said.

Photograph: Oiled mudflats at Hollow Point on Wednesday.

The estuary is a winter home for 30,000 wading birds.

The harbour authority said booms had been laid across two creeks to protect the salt marsh.

Volunteers from the Tarne Bird Club reported finding 40 oiled dunlin and redshank.
"""
GOLD["oil_spill"] = [
    ("said", "the coastguard", "Oil from a damaged barge has spread along four miles of the Tarne estuary"),
    ("said", "The harbour authority", "booms had been laid across two creeks to protect the salt marsh"),
    ("reported", "Volunteers from the Tarne Bird Club", "finding 40 oiled dunlin and redshank"),
]
NOT_REPORTS["oil_spill"] = ["Photograph: Oiled mudflats at Hollow Point on Wednesday.", "The estuary is a winter home for 30,000 wading birds."]

ARTICLES["hedgehog_rescue"] = """Hedgehog hospital full for first time

A hedgehog hospital in Pennick has run out of room for the first time in its 20 years.

Hedgehogs hibernate from November to March.

The hospital's founder, Margaret Oyelaran, said most of the animals had been hurt by garden strimmers.

She said it had taken in 310 hedgehogs since June.

A healthy adult hedgehog weighs between 600 grams and a kilogram.

The founder urged gardeners to check long grass before cutting it.
"""
GOLD["hedgehog_rescue"] = [
    ("said", "The hospital's founder, Margaret Oyelaran", "most of the animals had been hurt by garden strimmers"),
    ("said", "She", "it had taken in 310 hedgehogs since June"),
    ("urged", "The founder", "gardeners to check long grass before cutting it"),
]
NOT_REPORTS["hedgehog_rescue"] = ["Hedgehogs hibernate from November to March.", "A healthy adult hedgehog weighs between 600 grams and a kilogram."]
SPEAKERS["hedgehog_rescue"] = [("said", "She", "Margaret Oyelaran", "it had"), ("urged", "The founder", "Margaret Oyelaran", "gardeners")]

ARTICLES["peat_bog"] = """Bog restored after a century of drainage

Engineers have blocked 14 kilometres of drainage ditches on Threlkeld Moss.

Sphagnum moss can hold up to twenty times its own weight in water.

The Moorland Carbon Project said the bog would store about 2,000 tonnes of carbon a year once it was wet again.

Walkers are asked to keep to the boardwalk.

A report by the project warns that most of the region's bogs are still drying out.
"""
GOLD["peat_bog"] = [
    ("said", "The Moorland Carbon Project", "the bog would store about 2,000 tonnes of carbon a year once it was wet again"),
    ("asked", "", "to keep to the boardwalk"),
    ("warns", "A report by the project", "most of the region's bogs are still drying out"),
]
NOT_REPORTS["peat_bog"] = ["Engineers have blocked 14 kilometres of drainage ditches on Threlkeld Moss.", "Sphagnum moss can hold up to twenty times its own weight in water."]

ARTICLES["ivory_trial"] = """Dealer guilty of selling carved ivory

An antiques dealer has been found guilty of selling carved elephant ivory online.

Prosecutors said Malcolm Dreyer had sold 26 pieces through an auction website over two years.

Dreyer, 61, told the court he believed the carvings were made before 1947.

Ivory carved before 1947 can be sold only with an exemption certificate.

He will be sentenced next month.
"""
GOLD["ivory_trial"] = [
    ("said", "Prosecutors", "Malcolm Dreyer had sold 26 pieces through an auction website over two years"),
    ("told", "Dreyer, 61", "he believed the carvings were made before 1947"),
]
NOT_REPORTS["ivory_trial"] = ["An antiques dealer has been found guilty of selling carved elephant ivory online.", "Ivory carved before 1947 can be sold only with an exemption certificate."]

ARTICLES["puffin_colony"] = """Puffins struggle to feed chicks

Seabird wardens on Skarra say many puffin chicks are starving in their burrows.

Puffins dig burrows up to a metre long in the island's soft turf.

The island's warden, Calum Reid, said adults were bringing back pipefish, which chicks cannot swallow.

"We have never seen it this bad," he said.

Skarra can be reached by a daily boat from Portnahaven, weather permitting.
"""
GOLD["puffin_colony"] = [
    ("say", "Seabird wardens on Skarra", "many puffin chicks are starving in their burrows"),
    ("said", "The island's warden, Calum Reid", "adults were bringing back pipefish, which chicks cannot swallow"),
    ("said", "he", "We have never seen it this bad"),
]
NOT_REPORTS["puffin_colony"] = ["Puffins dig burrows up to a metre long in the island's soft turf.", "Skarra can be reached by a daily boat from Portnahaven, weather permitting."]
SPEAKERS["puffin_colony"] = [("said", "he", "Calum Reid", "We have")]

ARTICLES["quarry_newts"] = """Newts halt quarry extension

Work on a quarry extension near Ottery Cross has stopped after great crested newts were found in a pond on the site.

Great crested newts are protected by law.

The males grow a jagged crest along their backs in spring.

A spokesman for Hallam Aggregates said the company would apply for a licence to move the newts.

Opponents of the extension claimed the firm had known about the pond for months.
"""
GOLD["quarry_newts"] = [
    ("said", "A spokesman for Hallam Aggregates", "the company would apply for a licence to move the newts"),
    ("claimed", "Opponents of the extension", "the firm had known about the pond for months"),
]
NOT_REPORTS["quarry_newts"] = ["Great crested newts are protected by law.", "The males grow a jagged crest along their backs in spring."]

ARTICLES["wolf_sightings"] = """Wolf seen near mountain village

Farmers in the Vessa valley reported seeing a wolf near the village of Lunaz on Friday.

Wolves disappeared from the region more than a century ago.

An adult wolf can travel 50 kilometres in a night.

Biologist Katrin Moser, of the Alpine Carnivore Network, said the animal was probably a young male looking for a territory.

She said it posed no danger to people.

Sheep in the valley are kept in fenced pastures at night.
"""
GOLD["wolf_sightings"] = [
    ("reported", "Farmers in the Vessa valley", "seeing a wolf near the village of Lunaz on Friday"),
    ("said", "Biologist Katrin Moser, of the Alpine Carnivore Network", "the animal was probably a young male looking for a territory"),
    ("said", "She", "it posed no danger to people"),
]
NOT_REPORTS["wolf_sightings"] = ["Wolves disappeared from the region more than a century ago.", "An adult wolf can travel 50 kilometres in a night.", "Sheep in the valley are kept in fenced pastures at night."]
SPEAKERS["wolf_sightings"] = [("said", "She", "Katrin Moser", "it posed")]

ARTICLES["coral_bleaching"] = """Reef bleached for third summer

Divers say half the coral on the Lantara reef has turned white.

Coral bleaches when warm water drives out the algae that live inside it.

The reef stretches for 80 kilometres along the coast of Sella Island.

A marine biologist at the Sella Reef Station, Dr Ravi Menon, said the water had stayed above 30C for six weeks.

The station's director added that some corals were already recovering in deeper water.

Snorkel tours leave from the jetty at 9am.
"""
GOLD["coral_bleaching"] = [
    ("say", "Divers", "half the coral on the Lantara reef has turned white"),
    ("said", "A marine biologist at the Sella Reef Station, Dr Ravi Menon", "the water had stayed above 30C for six weeks"),
    ("added", "The station's director", "some corals were already recovering in deeper water"),
]
NOT_REPORTS["coral_bleaching"] = ["Coral bleaches when warm water drives out the algae that live inside it.", "The reef stretches for 80 kilometres along the coast of Sella Island.", "Snorkel tours leave from the jetty at 9am."]

ARTICLES["badger_cull"] = """Badger cull to end in two counties

The government said licences for badger culling in Mardon and Eastshire would not be renewed.

Badgers live in family groups in underground setts.

Farmers' leaders warned that tuberculosis in cattle would rise again.

The Badger Defence League said the cull had never been backed by good science.

More than 4,000 badgers were killed in the two counties last autumn.
"""
GOLD["badger_cull"] = [
    ("said", "The government", "licences for badger culling in Mardon and Eastshire would not be renewed"),
    ("warned", "Farmers' leaders", "tuberculosis in cattle would rise again"),
    ("said", "The Badger Defence League", "the cull had never been backed by good science"),
]
NOT_REPORTS["badger_cull"] = ["Badgers live in family groups in underground setts.", "More than 4,000 badgers were killed in the two counties last autumn."]

ARTICLES["dog_walkers_birds"] = """Dogs on leads at nesting beach

Dogs must be kept on leads at Shingle End from March to August.

Little terns and ringed plovers lay their eggs on the bare shingle.

The eggs are speckled and almost invisible against the stones.

The warden, Joanna Fairley, said three nests had been trampled last year.

Some dog walkers complained that the rule had been brought in without warning.

She said signs had been put up at every entrance to the beach.
"""
GOLD["dog_walkers_birds"] = [
    ("said", "The warden, Joanna Fairley", "three nests had been trampled last year"),
    ("complained", "Some dog walkers", "the rule had been brought in without warning"),
    ("said", "She", "signs had been put up at every entrance to the beach"),
]
NOT_REPORTS["dog_walkers_birds"] = ["Dogs must be kept on leads at Shingle End from March to August.", "Little terns and ringed plovers lay their eggs on the bare shingle.", "The eggs are speckled and almost invisible against the stones."]
SPEAKERS["dog_walkers_birds"] = [("said", "She", "Joanna Fairley", "signs")]

# Written after the first run, to probe its shapes in other words: a trade of parks, estates and zoos written as a
# title before the name and a place after it ('Gamekeeper X of the Y estate', 'Zookeeper X of Y Zoo'), taken back
# by the role or a pronoun in a later paragraph, and a request with no source ('Visitors are asked to').

ARTICLES["kite_poisoning"] = """Poisoned red kite found on grouse moor

Gamekeeper Arthur Blenkin of the Scarth estate said he found the dead bird beside a track on Monday.

Red kites have a forked tail and a wingspan of almost two metres.

Tests showed the kite had been poisoned with a banned pesticide.

"Nobody on this estate would do such a thing," the gamekeeper said.

Police said they were treating the death as a wildlife crime.
"""
GOLD["kite_poisoning"] = [
    ("said", "Gamekeeper Arthur Blenkin of the Scarth estate", "he found the dead bird beside a track on Monday"),
    ("showed", "Tests", "the kite had been poisoned with a banned pesticide"),
    ("said", "the gamekeeper", "Nobody on this estate would do such a thing"),
    ("said", "Police", "they were treating the death as a wildlife crime"),
]
NOT_REPORTS["kite_poisoning"] = ["Red kites have a forked tail and a wingspan of almost two metres."]
SPEAKERS["kite_poisoning"] = [("said", "the gamekeeper", "Arthur Blenkin", "Nobody")]

ARTICLES["penguin_chicks"] = """Penguin chicks hatch at coastal zoo

Zookeeper Lydia Marsh of Penhallow Zoo said four Humboldt penguin chicks had hatched in the colony's nest burrows.

Humboldt penguins come from the coasts of Peru and Chile.

The chicks will stay in their burrows for about ten weeks.

She said the keepers weighed each chick every morning.

Visitors are asked not to use flash photography in the penguin house.
"""
GOLD["penguin_chicks"] = [
    ("said", "Zookeeper Lydia Marsh of Penhallow Zoo", "four Humboldt penguin chicks had hatched in the colony's nest burrows"),
    ("said", "She", "the keepers weighed each chick every morning"),
    ("asked", "", "not to use flash photography in the penguin house"),
]
NOT_REPORTS["penguin_chicks"] = ["Humboldt penguins come from the coasts of Peru and Chile.", "The chicks will stay in their burrows for about ten weeks."]
SPEAKERS["penguin_chicks"] = [("said", "She", "Lydia Marsh", "the keepers")]

ARTICLES["deer_count"] = """Deer numbers too high, forest managers say

Ranger Owen Pardoe of the Hallam Forest said about 3,000 red deer now lived in the forest, twice what it could support.

Young oak and birch trees are browsed before they can grow above head height.

The ranger said a cull of 600 animals would begin in October.

Animal rights campaigners said the deer were being blamed for decades of poor management.

Hallam Forest covers 9,000 hectares and has 40 miles of waymarked trails.
"""
GOLD["deer_count"] = [
    ("said", "Ranger Owen Pardoe of the Hallam Forest", "about 3,000 red deer now lived in the forest, twice what it could support"),
    ("said", "The ranger", "a cull of 600 animals would begin in October"),
    ("said", "Animal rights campaigners", "the deer were being blamed for decades of poor management"),
]
NOT_REPORTS["deer_count"] = ["Young oak and birch trees are browsed before they can grow above head height.", "Hallam Forest covers 9,000 hectares and has 40 miles of waymarked trails."]
SPEAKERS["deer_count"] = [("said", "The ranger", "Owen Pardoe", "a cull")]
