"""Demo newsroom content for newsdigest.

Every event, person, organisation and news outlet in this module is invented for the
demo. Real countries appear only as places. Each explainer fills the sections of the
explainer page (docs/architecture.md, "The explainer page"). Loaded by
``python manage.py seed_demo``.
"""

AUTHORS = [
    {
        "name": "Helen Achterberg",
        "slug": "helen-achterberg",
        "role": "Europe editor",
        "bio": (
            "Helen Achterberg has reported on European politics, labour and trade for "
            "fifteen years, with postings in Lisbon, Brussels and Rotterdam. She leads the "
            "desk's coverage of ports, industrial relations and the institutions that "
            "regulate them."
        ),
    },
    {
        "name": "Tomasz Brenner",
        "slug": "tomasz-brenner",
        "role": "Economics correspondent",
        "bio": (
            "Tomasz Brenner covers central banks, inflation and public finances, and "
            "previously worked as a research analyst on sovereign debt. He specialises in "
            "turning monetary policy statements and labour-market data into plain English."
        ),
    },
    {
        "name": "Amara Nwosu-Hale",
        "slug": "amara-nwosu-hale",
        "role": "Science and environment correspondent",
        "bio": (
            "Amara Nwosu-Hale writes about climate, energy, oceans and medical research, "
            "and trained as a hydrologist before moving into journalism. She has a "
            "particular interest in how scientific uncertainty is communicated to the public."
        ),
    },
    {
        "name": "Callum Fairweather",
        "slug": "callum-fairweather",
        "role": "Politics and technology editor",
        "bio": (
            "Callum Fairweather covers elections, competition law and the technology "
            "industry, and has reported on a dozen national and regional votes. He "
            "previously spent six years covering courts and regulatory tribunals."
        ),
    },
]

OUTLETS = [
    {
        "name": "The Commonweal Daily",
        "slug": "commonweal-daily",
        "homepage": "https://commonwealdaily.example/",
        "country": "GB",
        "lean": "left",
        "lean_rated_by": "Civic Media Audit",
        "lean_rated_on": "2026-03-14",
        "ownership": "Owned by the Commonweal Readers' Trust, a co-operative of about 40,000 subscribing members.",
    },
    {
        "name": "Faro Austral",
        "slug": "faro-austral",
        "homepage": "https://faroaustral.example/",
        "country": "CL",
        "lean": "left",
        "lean_rated_by": "Open Press Ratings panel",
        "lean_rated_on": "2026-05-02",
        "ownership": "Published by Cooperativa Faro, a journalists' co-operative based in Valparaíso.",
    },
    {
        "name": "Meridian Post",
        "slug": "meridian-post",
        "homepage": "https://meridianpost.example/",
        "country": "US",
        "lean": "lean_left",
        "lean_rated_by": "Open Press Ratings panel",
        "lean_rated_on": "2026-02-20",
        "ownership": "Owned by the Hollis Family Foundation through a non-profit holding company.",
    },
    {
        "name": "The Lakeside Courier",
        "slug": "lakeside-courier",
        "homepage": "https://lakesidecourier.example/",
        "country": "CA",
        "lean": "lean_left",
        "lean_rated_by": "Balance Index Trust",
        "lean_rated_on": "2026-06-11",
        "ownership": "Part of Greywater Media Group, a listed publisher of regional newspapers.",
    },
    {
        "name": "Continental Wire",
        "slug": "continental-wire",
        "homepage": "https://continentalwire.example/",
        "country": "DE",
        "lean": "centre",
        "lean_rated_by": "Civic Media Audit",
        "lean_rated_on": "2026-01-28",
        "ownership": "A news agency owned jointly by 22 member newspapers, none holding more than a tenth of the shares.",
    },
    {
        "name": "The Evening Atlas",
        "slug": "evening-atlas",
        "homepage": "https://eveningatlas.example/",
        "country": "AU",
        "lean": "centre",
        "lean_rated_by": "Open Press Ratings panel",
        "lean_rated_on": "2026-07-09",
        "ownership": "Owned by the Atlas Public Broadcasting Trust, an independent charitable trust.",
    },
    {
        "name": "The Standard Ledger",
        "slug": "standard-ledger",
        "homepage": "https://standardledger.example/",
        "country": "US",
        "lean": "lean_right",
        "lean_rated_by": "Balance Index Trust",
        "lean_rated_on": "2026-04-17",
        "ownership": "Owned by Ledger Holdings, a private company controlled by the Ashcombe family.",
    },
    {
        "name": "Nordkyst Tidende",
        "slug": "nordkyst-tidende",
        "homepage": "https://nordkysttidende.example/",
        "country": "NO",
        "lean": "lean_right",
        "lean_rated_by": "Civic Media Audit",
        "lean_rated_on": "2026-08-22",
        "ownership": "Owned by Kystmedia AS, a regional publisher with titles along the western coast.",
    },
    {
        "name": "The Plainsman Dispatch",
        "slug": "plainsman-dispatch",
        "homepage": "https://plainsmandispatch.example/",
        "country": "US",
        "lean": "right",
        "lean_rated_by": "Open Press Ratings panel",
        "lean_rated_on": "2026-09-03",
        "ownership": "Owned by Prairie Crest Media, a privately held company.",
    },
    {
        "name": "Savanna Signal",
        "slug": "savanna-signal",
        "homepage": "https://savannasignal.example/",
        "country": "KE",
        "lean": "unrated",
        "lean_rated_by": "Open Press Ratings panel",
        "lean_rated_on": "2026-10-15",
        "ownership": "A digital start-up funded by its three founding editors and a small group of private investors.",
    },
]

TOPICS = [
    # --- places ---------------------------------------------------------------------
    {
        "name": "Portugal",
        "slug": "portugal",
        "kind": "place",
        "bio": "Atlantic republic on the Iberian Peninsula with about 10.6 million people; capital Lisbon.",
        "description": (
            "<p>Portugal occupies the western edge of the Iberian Peninsula and includes the "
            "Atlantic archipelagos of the Azores and Madeira. It has been a member of the "
            "European Union since 1986 and uses the euro.</p>"
            "<p>Its long coastline makes ports, shipping and fishing important to the economy. "
            "Our explainers here cover labour disputes and trade on the Atlantic seaboard.</p>"
        ),
        "wikidata_id": "Q45",
        "related": ["united-harbour-workers", "rui-albergaria", "labour-disputes"],
    },
    {
        "name": "Kenya",
        "slug": "kenya",
        "kind": "place",
        "bio": "East African republic of more than 50 million people on the Indian Ocean; capital Nairobi.",
        "description": (
            "<p>Kenya lies on the equator in East Africa, with a coastline on the Indian Ocean "
            "and highlands that run through the centre of the country. Nairobi is its capital "
            "and largest city.</p>"
            "<p>Our coverage here follows energy access, drought monitoring and the "
            "regional space programme based on the Kenyan coast.</p>"
        ),
        "wikidata_id": "Q114",
        "related": ["pan-equatorial-space-agency", "energy", "climate-and-weather"],
    },
    {
        "name": "Chile",
        "slug": "chile",
        "kind": "place",
        "bio": "Long, narrow South American country between the Andes and the Pacific; capital Santiago.",
        "description": (
            "<p>Chile stretches more than 4,000 kilometres from north to south, from desert to "
            "glaciers, and rarely more than 200 kilometres wide. Its rivers, fed by Andean "
            "snow, are used heavily for farming and hydropower.</p>"
            "<p>Our explainers here cover floods, wildfires and disputes over how water is "
            "stored and released.</p>"
        ),
        "wikidata_id": "Q298",
        "related": ["climate-and-weather", "energy"],
    },
    {
        "name": "Norway",
        "slug": "norway",
        "kind": "place",
        "bio": "Nordic kingdom on the Scandinavian Peninsula with a long Atlantic coastline; capital Oslo.",
        "description": (
            "<p>Norway's coastline, one of the longest in the world once its fjords are "
            "counted, supports large fishing and aquaculture industries and a research "
            "sector focused on the sea and on medicine.</p>"
            "<p>Our coverage here includes fishing quotas in the north Atlantic and medical "
            "research at institutes in the north of the country.</p>"
        ),
        "wikidata_id": "Q20",
        "related": ["fisheries", "nordlys-institute", "maren-solvik"],
    },
    {
        "name": "Serravel",
        "slug": "serravel",
        "kind": "place",
        "bio": "South Atlantic island republic of about 4 million people with its own currency, the serra; capital Port Aldane.",
        "description": (
            "<p>Serravel is a parliamentary republic made up of two large islands and a "
            "scatter of smaller ones. Its economy rests on financial services, shipping "
            "and a growing technology sector centred on the capital, Port Aldane.</p>"
            "<p>The country has its own central bank and currency, and three provinces with "
            "elected assemblies, the largest of which is Kelderland.</p>"
        ),
        "wikidata_id": "",
        "related": ["kelderland", "bank-of-serravel", "quillon-systems"],
    },
    {
        "name": "Kelderland",
        "slug": "kelderland",
        "kind": "place",
        "bio": "Serravel's largest and most populous province, with its own elected assembly; capital Vessenburg.",
        "description": (
            "<p>Kelderland covers most of Serravel's northern island and is home to about "
            "1.6 million people. Its 61-seat provincial assembly runs transport, schools "
            "and hospitals.</p>"
            "<p>Its capital, Vessenburg, is the country's second city and a test bed for "
            "transport policy, including the country's first congestion charge.</p>"
        ),
        "wikidata_id": "",
        "related": ["serravel", "elections", "urban-transport"],
    },
    # --- people ---------------------------------------------------------------------
    {
        "name": "Rui Albergaria",
        "slug": "rui-albergaria",
        "kind": "person",
        "bio": "General secretary of the United Harbour Workers union since 2021 and a former crane operator.",
        "description": (
            "<p>Rui Albergaria spent eighteen years operating ship-to-shore cranes before "
            "being elected to lead the United Harbour Workers. He is known as a tough but "
            "pragmatic negotiator who has signed two multi-year pay deals.</p>"
            "<p>He has said the union does not oppose automation in principle but wants "
            "binding guarantees on jobs, training and safety before new equipment is used.</p>"
        ),
        "wikidata_id": "",
        "related": ["united-harbour-workers", "portugal", "labour-disputes"],
    },
    {
        "name": "Elin Kastrup",
        "slug": "elin-kastrup",
        "kind": "person",
        "bio": "Governor of the Bank of Serravel since 2023; a former academic economist who studied inflation expectations.",
        "description": (
            "<p>Elin Kastrup taught monetary economics for twelve years before joining the "
            "Bank of Serravel as chief economist. She was appointed governor for a six-year "
            "term in 2023.</p>"
            "<p>She chairs the bank's seven-member Monetary Policy Board and has made clearer "
            "communication of its decisions a priority of her term.</p>"
        ),
        "wikidata_id": "",
        "related": ["bank-of-serravel", "interest-rates", "serravel"],
    },
    {
        "name": "Maren Solvik",
        "slug": "maren-solvik",
        "kind": "person",
        "bio": "Microbiologist who leads the biofilm research group at the Nordlys Institute for Infection Research.",
        "description": (
            "<p>Maren Solvik has studied how bacteria form protective films on wounds and "
            "medical implants for two decades. Her group at the Nordlys Institute developed "
            "the enzyme treatment tested in a recent clinical trial.</p>"
            "<p>She is a frequent advocate for non-antibiotic approaches to hard-to-treat "
            "infections, while stressing that they are meant to work alongside antibiotics.</p>"
        ),
        "wikidata_id": "",
        "related": ["nordlys-institute", "public-health", "norway"],
    },
    {
        "name": "Tobias Wren",
        "slug": "tobias-wren",
        "kind": "person",
        "bio": "Co-founder and chief executive of Quillon Systems, the app-store and payments group.",
        "description": (
            "<p>Tobias Wren co-founded Quillon Systems in 2011 as a small mobile software "
            "studio and has led it as chief executive since it opened its app store in 2014.</p>"
            "<p>He argues that a tightly controlled store protects users from fraud and "
            "malware; critics say the same controls shut out competitors.</p>"
        ),
        "wikidata_id": "",
        "related": ["quillon-systems", "competition-law"],
    },
    # --- organisations --------------------------------------------------------------
    {
        "name": "United Harbour Workers",
        "slug": "united-harbour-workers",
        "kind": "organisation",
        "bio": "Portuguese dockworkers' union representing about 6,000 staff at Atlantic container and bulk terminals.",
        "description": (
            "<p>The United Harbour Workers union was formed in 1998 from the merger of three "
            "smaller port unions. It negotiates collective agreements with terminal "
            "operators at several Atlantic ports, including Porto Salgado.</p>"
            "<p>Its members include crane operators, lashers, checkers and maintenance staff. "
            "Strike action requires a ballot of the members at the affected terminal.</p>"
        ),
        "wikidata_id": "",
        "related": ["rui-albergaria", "portugal", "labour-disputes"],
    },
    {
        "name": "Bank of Serravel",
        "slug": "bank-of-serravel",
        "kind": "organisation",
        "bio": "Serravel's central bank; sets the policy interest rate through a seven-member Monetary Policy Board.",
        "description": (
            "<p>The Bank of Serravel issues the serra and has a legal mandate to keep "
            "inflation at 2% over the medium term, while supporting employment. It has "
            "been operationally independent since 2004.</p>"
            "<p>Its Monetary Policy Board meets eight times a year and publishes the votes "
            "of each member alongside its decision.</p>"
        ),
        "wikidata_id": "",
        "related": ["elin-kastrup", "interest-rates", "serravel"],
    },
    {
        "name": "Nordlys Institute for Infection Research",
        "slug": "nordlys-institute",
        "kind": "organisation",
        "bio": "Publicly funded research institute in northern Norway studying bacterial infections and drug resistance.",
        "description": (
            "<p>The Nordlys Institute was founded in 2008 and employs about 240 scientists "
            "and clinicians. It works closely with regional hospitals to run early-stage "
            "clinical trials.</p>"
            "<p>Its research focuses on infections that resist standard treatment, including "
            "those that form biofilms on chronic wounds and implants.</p>"
        ),
        "wikidata_id": "",
        "related": ["maren-solvik", "public-health", "norway"],
    },
    {
        "name": "Pan-Equatorial Space Agency",
        "slug": "pan-equatorial-space-agency",
        "kind": "organisation",
        "bio": "Regional space agency backed by a consortium of research councils; based on the Kenyan coast.",
        "description": (
            "<p>The Pan-Equatorial Space Agency, known as PESA, was set up in 2019 to build "
            "and operate small Earth-observation satellites for weather, farming and "
            "disaster planning.</p>"
            "<p>It buys launches from commercial providers and shares its data free of charge "
            "with meteorological services and universities.</p>"
        ),
        "wikidata_id": "",
        "related": ["kenya", "climate-and-weather"],
    },
    {
        "name": "Quillon Systems",
        "slug": "quillon-systems",
        "kind": "organisation",
        "bio": "Technology group running the Quillon app store and Quillon Pay; headquartered in Port Aldane, Serravel.",
        "description": (
            "<p>Quillon Systems makes a mobile operating system used on about 38% of phones "
            "sold in Serravel and runs the only app store installed on those phones by "
            "default. Its payments arm, Quillon Pay, handles in-app purchases.</p>"
            "<p>The company employs about 9,000 people and is listed on the Port Aldane "
            "stock exchange.</p>"
        ),
        "wikidata_id": "",
        "related": ["tobias-wren", "competition-law", "serravel"],
    },
    # --- subjects -------------------------------------------------------------------
    {
        "name": "Interest rates",
        "slug": "interest-rates",
        "kind": "subject",
        "bio": "How central banks set borrowing costs, and what their decisions mean for households and firms.",
        "description": (
            "<p>Central banks raise interest rates to cool demand and bring inflation down, "
            "and cut them to support growth. The effect reaches mortgages, savings and "
            "business loans with a delay of months.</p>"
            "<p>Our explainers here follow rate decisions, the votes behind them and the "
            "arguments on each side.</p>"
        ),
        "wikidata_id": "",
        "related": ["bank-of-serravel", "elin-kastrup"],
    },
    {
        "name": "Labour disputes",
        "slug": "labour-disputes",
        "kind": "subject",
        "bio": "Strikes, pay talks and disagreements between employers and unions, and how they are settled.",
        "description": (
            "<p>Labour disputes range from short walkouts to long negotiations over pay, "
            "working hours and new technology. Most end in a negotiated agreement, often "
            "with help from a mediator.</p>"
            "<p>Our coverage sets out what each side is asking for and what a settlement "
            "might look like.</p>"
        ),
        "wikidata_id": "",
        "related": ["united-harbour-workers", "rui-albergaria", "portugal"],
    },
    {
        "name": "Climate and weather",
        "slug": "climate-and-weather",
        "kind": "subject",
        "bio": "Extreme weather, the changing climate and how communities prepare for floods, heat and drought.",
        "description": (
            "<p>Heatwaves, floods and droughts are becoming more frequent or more intense in "
            "many regions. Each event has its own local causes as well as the wider trend.</p>"
            "<p>Our explainers separate what is known from what is still uncertain, and "
            "look at the decisions that shape how much damage an event does.</p>"
        ),
        "wikidata_id": "",
        "related": ["energy", "chile", "fisheries"],
    },
    {
        "name": "Energy",
        "slug": "energy",
        "kind": "subject",
        "bio": "Power grids, electricity prices, hydropower, solar and the shift to low-carbon energy.",
        "description": (
            "<p>Electricity systems must match supply and demand second by second. Heat, "
            "drought and the growth of solar and wind power are changing how that balance "
            "is kept.</p>"
            "<p>Our coverage here includes grid emergencies, dams and off-grid solar.</p>"
        ),
        "wikidata_id": "",
        "related": ["climate-and-weather", "kenya"],
    },
    {
        "name": "Public health",
        "slug": "public-health",
        "kind": "subject",
        "bio": "Medical research, infection control, air quality and the health effects of heat.",
        "description": (
            "<p>Public health covers the conditions that keep whole populations healthy, "
            "from clean air to effective treatments for infections.</p>"
            "<p>Our explainers look at new research with an eye on how strong the evidence "
            "is and what still needs to be tested.</p>"
        ),
        "wikidata_id": "",
        "related": ["nordlys-institute", "maren-solvik", "urban-transport"],
    },
    {
        "name": "Elections",
        "slug": "elections",
        "kind": "subject",
        "bio": "Votes, counts, recounts and the rules that decide who wins.",
        "description": (
            "<p>Elections depend on rules most voters never see: how districts are drawn, how "
            "postal ballots are handled and when a result can be challenged.</p>"
            "<p>Our coverage explains those rules in plain terms, without taking sides.</p>"
        ),
        "wikidata_id": "",
        "related": ["kelderland", "serravel"],
    },
    {
        "name": "Fisheries",
        "slug": "fisheries",
        "kind": "subject",
        "bio": "Fishing quotas, fish stocks and the science and politics of sharing the sea.",
        "description": (
            "<p>Fish that migrate across maritime boundaries have to be managed jointly, and "
            "quotas are set each year on the basis of scientific advice.</p>"
            "<p>Our explainers cover the negotiations, the science and the fleets and "
            "coastal communities affected.</p>"
        ),
        "wikidata_id": "",
        "related": ["norway", "climate-and-weather"],
    },
    {
        "name": "Urban transport",
        "slug": "urban-transport",
        "kind": "subject",
        "bio": "Buses, trains, traffic and the policies cities use to keep people moving.",
        "description": (
            "<p>Cities use road charges, bus lanes and new rail lines to tackle congestion "
            "and pollution, and each approach has winners and losers.</p>"
            "<p>Our coverage weighs the evidence on what works.</p>"
        ),
        "wikidata_id": "",
        "related": ["kelderland", "public-health"],
    },
    {
        "name": "Competition law",
        "slug": "competition-law",
        "kind": "subject",
        "bio": "Antitrust cases, mergers and the rules meant to keep markets open to rivals.",
        "description": (
            "<p>Competition law stops dominant companies from abusing their position and "
            "lets regulators block or reshape mergers that would reduce choice.</p>"
            "<p>Our explainers follow the cases, the legal tests and the arguments made by "
            "companies and regulators.</p>"
        ),
        "wikidata_id": "",
        "related": ["quillon-systems", "tobias-wren"],
    },
]

STORIES = [
    # ---------------------------------------------------------------------------------
    # 1. Port strike (featured)
    # ---------------------------------------------------------------------------------
    {
        "slug": "porto-salgado-dockworkers-strike",
        "headline": "Why Porto Salgado's dockworkers have walked out, and what it means for shipping",
        "standfirst": "A dispute over remotely operated cranes and night shifts has brought one of Portugal's busiest container terminals to a standstill.",
        "label": "explainer",
        "status": "published",
        "published_hours_ago": 30,
        "featured": True,
        "authors": ["helen-achterberg", "tomasz-brenner"],
        "topics": ["portugal", "united-harbour-workers", "rui-albergaria", "labour-disputes"],
        "tags": ["ports", "strikes", "shipping", "automation"],
        "what_happened": (
            "<p>About 2,300 dockworkers at Porto Salgado, a container port on Portugal's "
            "Atlantic coast, have begun an open-ended strike after talks with the terminal "
            "operator, Atlântica Terminais, broke down. The United Harbour Workers union says "
            "the company intends to switch to remotely operated yard cranes without agreeing "
            "how many jobs will go or how night shifts will be staffed.</p>"
            "<p>By the second day of the stoppage, 31 vessels were waiting at anchor or had "
            "been diverted to other ports. Atlântica Terminais says it has offered a "
            "three-year guarantee of no compulsory redundancies and a 4.5% pay rise, an offer "
            "the union rejected as too narrow.</p>"
        ),
        "behind_headline": (
            "<p>Pay is on the table, but it is not the heart of this dispute. The real "
            "question is who controls the pace of automation. Atlântica Terminais has spent "
            "about €140m on 18 new yard cranes that can be operated from a control room, and "
            "it wants them working before the spring peak in exports of paper pulp, cork and "
            "wine. The union's leverage is greatest now, before the machines are running and "
            "while shipping lines still have few easy alternatives on this stretch of coast.</p>"
            "<p>Both sides have reasons to settle quickly. Each idle day costs the operator "
            "berth fees and goodwill with shipping lines, some of which have already said they "
            "may move services elsewhere. For workers, a long strike means lost wages and the "
            "risk that business drifts away permanently. Observers of past port disputes "
            "point to three elements that usually feature in a deal:</p>"
            "<ul><li>a phased timetable for introducing the new cranes;</li>"
            "<li>a retraining fund so crane drivers can move into control-room roles;</li>"
            "<li>a joint safety committee with the power to pause remote operations.</li></ul>"
        ),
        "papers_say": (
            "<p>Coverage divides mainly over who should bear the cost of automation. The "
            "Commonweal Daily centres the fears of crane drivers about being replaced, while "
            "Continental Wire sets out the shipping backlog in neutral figures. The Standard "
            "Ledger stresses the losses facing exporters and questions the timing of the "
            "walkout, and Faro Austral compares the dispute with automation rows at South "
            "American ports.</p>"
        ),
        "how_we_got_here": (
            "<p>Porto Salgado grew quickly in the 2010s as shipping lines looked for Atlantic "
            "ports with deep water and spare capacity. Atlântica Terminais won a 30-year "
            "concession to run the container terminal in 2012 and has since doubled its "
            "throughput.</p>"
            "<p>The company announced its crane investment in mid-2025, saying the new "
            "equipment would make the terminal safer and more efficient. The union's "
            "collective agreement expired at the end of September, and months of talks "
            "failed to produce a deal that covered both pay and the automation plan. Members "
            "voted for industrial action by a wide margin in November.</p>"
        ),
        "timeline": [
            {
                "date": "2025-06-12",
                "text": "Atlântica Terminais announces a €140m investment in remotely operated yard cranes at Porto Salgado.",
            },
            {
                "date": "2026-09-30",
                "text": "The collective agreement covering the terminal's dockworkers expires without a replacement.",
            },
            {
                "date": "2026-11-10",
                "text": "United Harbour Workers members vote 84% in favour of strike action on a 79% turnout.",
            },
            {
                "date": "2026-11-20",
                "text": "A final round of talks ends without agreement after eleven hours.",
            },
            {
                "date": "2026-11-22",
                "text": "The open-ended strike begins at the start of the morning shift.",
            },
        ],
        "sources": [
            {
                "outlet": "commonweal-daily",
                "title": "‘We trained the machines that will replace us’: crane drivers walk out at Porto Salgado",
                "url": "https://commonwealdaily.example/world/2026/nov/porto-salgado-crane-drivers-strike",
                "hours_ago": 34,
                "summary": "Interviews crane drivers who say they were asked to help test the remote system without any promise about their own jobs.",
            },
            {
                "outlet": "continental-wire",
                "title": "Porto Salgado strike leaves 31 ships waiting as talks stall",
                "url": "https://continentalwire.example/business/porto-salgado-strike-ships-waiting",
                "hours_ago": 31,
                "summary": "Reports the number of delayed vessels, the positions of both sides and the operator's offer of a 4.5% pay rise.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Exporters count the cost as dock strike hits peak shipping window",
                "url": "https://standardledger.example/markets/exporters-dock-strike-cost",
                "hours_ago": 38,
                "summary": "Focuses on cork and paper exporters facing penalty clauses, and argues the union chose the timing for maximum disruption.",
            },
            {
                "outlet": "faro-austral",
                "title": "From the Pacific to the Atlantic: why port automation keeps sparking strikes",
                "url": "https://faroaustral.example/mundo/automatizacion-puertos-huelga-atlantico",
                "hours_ago": 40,
                "summary": "Compares the dispute with earlier automation rows at South American terminals and the retraining deals that ended them.",
            },
            {
                "outlet": "evening-atlas",
                "title": "What a European port strike means for the world's shipping lanes",
                "url": "https://eveningatlas.example/world/european-port-strike-shipping-lanes",
                "hours_ago": 33,
                "summary": "Explains how shipping lines reroute vessels during strikes and why knock-on delays can last weeks after a settlement.",
            },
        ],
        "questions": [
            {
                "text": "Will the Porto Salgado strike push up prices in the shops?",
                "slug": "will-porto-salgado-strike-push-up-prices",
                "lede": "Probably not noticeably, unless the strike lasts for several weeks. Most goods have other routes, though some exporters face real costs.",
                "answer": (
                    "<p>Porto Salgado handles a significant share of the region's container "
                    "traffic, but shipping lines can divert vessels to other Atlantic ports. "
                    "Diversion adds cost, because containers then travel further by road or "
                    "rail, yet for most imported goods that extra cost is small compared with "
                    "the final shop price.</p>"
                    "<p>The people most exposed are exporters with tight delivery deadlines "
                    "and perishable goods. Wine and cork producers have said they face penalty "
                    "clauses if shipments miss their slots, and some may absorb those costs "
                    "rather than pass them on straight away.</p>"
                    "<p>If the strike lasted more than a month, delays could build up across "
                    "the network as ships fall out of their schedules. At that point retailers "
                    "might see gaps on some shelves, but economists we spoke to expect any "
                    "price effect to be modest and temporary.</p>"
                ),
            },
            {
                "text": "What are remotely operated cranes, and why do they worry dockworkers?",
                "slug": "what-are-remotely-operated-cranes",
                "lede": "They are yard cranes driven from a control room rather than a cab, with software handling routine moves. The worry is about jobs and safety.",
                "answer": (
                    "<p>In a conventional terminal, a driver sits in a cab high above the "
                    "container stacks. With remote operation, the crane runs many routine moves "
                    "automatically and an operator in a control room takes over for the tricky "
                    "ones, often supervising several cranes at once.</p>"
                    "<p>That is why the union is concerned about numbers. If one operator can "
                    "oversee three or four cranes, fewer people are needed on each shift. The "
                    "company says natural turnover and new control-room roles will absorb the "
                    "change; the union wants that written into a binding agreement.</p>"
                    "<p>Safety is the second concern. Workers on the ground say they need "
                    "clear rules on when automated cranes must stop. The company says the "
                    "equipment has passed independent safety tests, and has offered a joint "
                    "committee to review incidents.</p>"
                ),
            },
            {
                "text": "How long could the dock strike at Porto Salgado last?",
                "slug": "how-long-could-porto-salgado-strike-last",
                "lede": "The strike is open-ended, but both sides are under pressure to settle and have agreed to meet a mediator.",
                "answer": (
                    "<p>The union has not set an end date, and it has a strike fund that can "
                    "pay members a reduced daily allowance for a limited period. That fund, "
                    "rather than any legal deadline, is one of the main limits on how long the "
                    "stoppage can continue.</p>"
                    "<p>The operator, for its part, is losing revenue and risks losing "
                    "customers. Past disputes over port automation elsewhere in Europe have "
                    "typically been settled within two to six weeks, usually with a phased "
                    "introduction of new equipment and a retraining package.</p>"
                    "<p>Both sides have now agreed to talks with a state-appointed mediator. "
                    "That does not end the strike, but it is often the first step towards a "
                    "deal both can present as a success.</p>"
                ),
            },
        ],
        "updates": [
            {
                "kind": "update",
                "note": "Updated with news that both sides have agreed to meet a state-appointed mediator. The strike is continuing.",
                "hours_ago": 6,
            },
        ],
        "hero_caption": "Container stacks at a quiet terminal during the dock strike.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 2. Fact check on dockworkers' pay
    # ---------------------------------------------------------------------------------
    {
        "slug": "fact-check-porto-salgado-dockworkers-pay",
        "headline": "Fact check: are Porto Salgado's striking dockworkers paid €90,000 a year?",
        "standfirst": "A figure shared widely during the port strike describes the cost of employing a small group of senior staff, not what a typical dockworker takes home.",
        "label": "factcheck",
        "status": "published",
        "published_hours_ago": 22,
        "featured": False,
        "authors": ["tomasz-brenner"],
        "topics": ["portugal", "united-harbour-workers", "labour-disputes"],
        "tags": ["fact-check", "pay", "ports"],
        "what_happened": (
            "<p>As the strike at Porto Salgado entered its second day, a post claiming that "
            "the terminal's dockworkers “earn €90,000 a year” was shared tens of thousands of "
            "times and repeated in some commentary on the dispute. We compared the claim with "
            "the operator's published accounts, the expired collective agreement and figures "
            "supplied separately by the company and the union.</p>"
            "<p>Our verdict is <strong>misleading</strong>. Typical basic pay is about €31,000 "
            "a year, and average total earnings including overtime and night premiums are "
            "about €47,000. A small number of senior staff earn more.</p>"
        ),
        "behind_headline": (
            "<p>The €90,000 figure appears to come from a line in Atlântica Terminais's "
            "annual report giving the average <em>total employment cost</em> for its most "
            "senior operational grade. That cost includes the employer's social security "
            "contributions, pension payments, training and insurance, none of which reach "
            "the worker's pay packet. It also covers only about 140 of the 2,300 staff on "
            "strike.</p>"
            "<p>Earnings at the terminal do vary widely, which is why both sides can quote "
            "numbers that sound very different. Night shifts attract a premium of 35%, and a "
            "crane operator who works heavy overtime can earn well above the average. The "
            "operator's own figures show that 6% of its dock staff earned more than €70,000 "
            "in 2025, mostly senior crane operators. At the other end, newer lashers and "
            "checkers on day shifts earned under €28,000. Quoting the top figure as typical "
            "gives a false picture of the workforce; so would quoting the lowest. The median, "
            "which we estimate at about €44,000 including premiums, is the fairest single "
            "number.</p>"
        ),
        "papers_say": (
            "<p>The Plainsman Dispatch repeated the €90,000 figure in a column criticising the "
            "strike, without saying where it came from. Meridian Post reported the union's "
            "much lower estimate of basic pay, and Continental Wire and The Lakeside Courier "
            "both set out the gap between basic pay and total earnings, noting that the two "
            "sides measure different things.</p>"
        ),
        "how_we_got_here": (
            "<p>Pay claims are a familiar feature of industrial disputes, and both employers "
            "and unions tend to choose the figures that best support their case. In this "
            "strike, pay is a secondary issue: the main disagreement is over the introduction "
            "of remotely operated cranes.</p>"
            "<p>The claim began circulating shortly after the walkout started, in a post that "
            "included a screenshot of a table from the operator's annual report. The table's "
            "heading, which says the figures are employment costs for one grade, was cropped "
            "out of the image.</p>"
        ),
        "timeline": [
            {
                "date": "2026-04-28",
                "text": "Atlântica Terminais publishes its annual report, including employment costs by grade.",
            },
            {"date": "2026-11-22", "text": "The strike begins at Porto Salgado."},
            {
                "date": "2026-11-23",
                "text": "A post claiming dockworkers earn €90,000 a year is widely shared.",
            },
        ],
        "sources": [
            {
                "outlet": "plainsman-dispatch",
                "title": "Ninety thousand a year and still on strike",
                "url": "https://plainsmandispatch.example/opinion/ninety-thousand-and-still-on-strike",
                "hours_ago": 26,
                "summary": "An opinion column arguing that well-paid dockworkers are holding exporters to ransom, citing the €90,000 figure.",
            },
            {
                "outlet": "meridian-post",
                "title": "Union says typical dockworker earns a third of viral pay claim",
                "url": "https://meridianpost.example/world/union-dockworker-pay-viral-claim",
                "hours_ago": 24,
                "summary": "Reports the union's figure of about €31,000 basic pay and its complaint that the viral post was misleading.",
            },
            {
                "outlet": "continental-wire",
                "title": "What do Porto Salgado's dockworkers actually earn?",
                "url": "https://continentalwire.example/business/porto-salgado-dockworker-earnings",
                "hours_ago": 25,
                "summary": "Sets out basic pay, shift premiums and overtime, and notes that company and union use different measures.",
            },
            {
                "outlet": "lakeside-courier",
                "title": "Behind the numbers in the Porto Salgado pay row",
                "url": "https://lakesidecourier.example/business/porto-salgado-pay-numbers",
                "hours_ago": 23,
                "summary": "Explains the difference between take-home pay and total employment cost, using the port dispute as an example.",
            },
        ],
        "questions": [
            {
                "text": "Why do pay figures for the same dockworkers vary so much?",
                "slug": "why-do-dockworker-pay-figures-vary",
                "lede": "Because people are measuring different things: basic pay, total earnings, or the full cost to the employer.",
                "answer": (
                    "<p>Basic pay is the fixed salary in the collective agreement. Total "
                    "earnings add shift premiums, overtime and bonuses, which at a port that "
                    "runs around the clock can be a large share of what people take home. "
                    "Total employment cost goes further still, adding the employer's social "
                    "contributions, pension payments and training.</p>"
                    "<p>Each measure is legitimate for its own purpose. Employers budgeting "
                    "for a pay rise look at employment cost; workers thinking about their "
                    "household finances look at take-home pay. The problem comes when a figure "
                    "from one measure is presented as if it were another.</p>"
                    "<p>Averages can also mislead when earnings are spread unevenly. A few "
                    "high earners pull the mean up, which is why the median, the middle value, "
                    "is often a better guide to a typical worker.</p>"
                ),
            },
            {
                "text": "How does pay at Porto Salgado compare with other ports?",
                "slug": "how-does-porto-salgado-pay-compare",
                "lede": "Reliable comparisons are hard to make, because ports publish pay in different ways, but the terminal does not appear to be an outlier.",
                "answer": (
                    "<p>There is no common standard for reporting dockworkers' pay, and "
                    "collective agreements differ in how they treat shift premiums and "
                    "overtime. That makes like-for-like comparisons between ports, and "
                    "especially between countries, unreliable.</p>"
                    "<p>What we can say is that the basic pay in Porto Salgado's expired "
                    "agreement is above the national average wage, as is usual for skilled "
                    "port work involving nights and weekends. Analysts we consulted described "
                    "it as broadly in line with other container terminals on the Atlantic "
                    "coast.</p>"
                    "<p>We have not found any published data that supports the claim that "
                    "the terminal's workers are among the best paid in Europe, nor any that "
                    "suggests they are unusually poorly paid.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "A dockworkers' payslip and a shipping schedule, illustrating the pay debate.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 3. Central-bank rate decision
    # ---------------------------------------------------------------------------------
    {
        "slug": "bank-of-serravel-raises-rates",
        "headline": "Bank of Serravel raises interest rates to 4.75% as inflation proves stubborn",
        "standfirst": "The central bank's board voted five to two for a quarter-point rise, its first increase in eighteen months, citing persistent price growth in services.",
        "label": "explainer",
        "status": "published",
        "published_hours_ago": 8,
        "featured": False,
        "authors": ["tomasz-brenner"],
        "topics": ["bank-of-serravel", "elin-kastrup", "serravel", "interest-rates"],
        "tags": ["central-banks", "inflation", "mortgages"],
        "what_happened": (
            "<p>The Bank of Serravel has raised its main interest rate by a quarter of a "
            "percentage point to 4.75%. Five of the seven members of its Monetary Policy "
            "Board voted for the increase; two preferred to hold rates at 4.5%.</p>"
            "<p>Inflation was 4.1% in October, more than twice the bank's 2% target, and "
            "prices for services such as rents, insurance and restaurant meals rose 5.3% "
            "over the year. Governor Elin Kastrup said the board wanted to prevent high "
            "inflation from becoming “the expectation rather than the exception”, and that "
            "it would not commit to further moves in advance.</p>"
        ),
        "behind_headline": (
            "<p>The decision is a bet that the bigger risk to Serravel's economy is inflation "
            "that settles in, rather than the slowdown already under way. Growth has almost "
            "stalled, and the two dissenting members argued that earlier rises are still "
            "working their way through to households as fixed-rate mortgages expire. The "
            "majority pointed instead to wage settlements averaging 5.6% and a weaker serra, "
            "which makes imports dearer.</p>"
            "<p>For borrowers, the immediate effect is limited: about two-thirds of Serravel's "
            "mortgages are on fixed rates of two to five years. Savers should see slightly "
            "better returns. The larger signal is about the future. Markets had expected "
            "rates to start falling next spring; the bank's statement makes that less likely, "
            "and its new forecasts show inflation returning to target only in early 2028. "
            "Critics on one side say the bank was too slow to act last year; critics on the "
            "other say it is now tightening into a downturn. The split vote suggests the "
            "board itself sees the case as finely balanced.</p>"
        ),
        "papers_say": (
            "<p>The Standard Ledger welcomes the rise as overdue, while Meridian Post leads on "
            "the cost to households already stretched by rents. Continental Wire focuses on "
            "the split vote and the market reaction, and The Evening Atlas explains what the "
            "decision means for savers and borrowers. Savanna Signal notes its effect on "
            "Serravel's trade partners.</p>"
        ),
        "how_we_got_here": (
            "<p>Like many economies, Serravel saw inflation surge after energy and shipping "
            "costs jumped earlier in the decade. The Bank of Serravel raised rates nine times "
            "in two years, to a peak of 5%, before making a single cut to 4.5% in May 2025 as "
            "inflation fell towards 3%.</p>"
            "<p>Since then progress has stalled. A weaker currency, high wage settlements and "
            "rising rents have kept services inflation high, and the bank warned at its "
            "September meeting that it was “prepared to act” if the trend continued. "
            "October's figures, published earlier this month, showed inflation rising for a "
            "third month in a row.</p>"
        ),
        "timeline": [
            {
                "date": "2025-05-08",
                "text": "The Bank of Serravel cuts its main rate from 5% to 4.5%, its first cut in four years.",
            },
            {
                "date": "2026-09-17",
                "text": "The bank holds rates but warns it is prepared to act if services inflation stays high.",
            },
            {
                "date": "2026-11-12",
                "text": "Official figures show inflation rose to 4.1% in October, a third monthly increase.",
            },
            {
                "date": "2026-11-19",
                "text": "A survey of businesses finds most expect to raise prices again in the new year.",
            },
        ],
        "sources": [
            {
                "outlet": "standard-ledger",
                "title": "Serravel's central bank finally gets serious about inflation",
                "url": "https://standardledger.example/markets/serravel-central-bank-inflation-rise",
                "hours_ago": 9,
                "summary": "Argues the rise should have come months ago and that the bank must be ready to go further.",
            },
            {
                "outlet": "meridian-post",
                "title": "Rate rise adds to pressure on Serravel's renters and first-time buyers",
                "url": "https://meridianpost.example/economy/serravel-rate-rise-renters-buyers",
                "hours_ago": 8,
                "summary": "Interviews households and housing charities worried that higher borrowing costs will be passed on in rents.",
            },
            {
                "outlet": "continental-wire",
                "title": "Bank of Serravel lifts rate to 4.75% in split 5-2 vote",
                "url": "https://continentalwire.example/markets/bank-of-serravel-lifts-rate-split-vote",
                "hours_ago": 10,
                "summary": "Reports the decision, the dissenting votes and a modest rise in the serra against major currencies.",
            },
            {
                "outlet": "evening-atlas",
                "title": "Serravel's rate rise: what changes for savers and borrowers",
                "url": "https://eveningatlas.example/money/serravel-rate-rise-savers-borrowers",
                "hours_ago": 9,
                "summary": "A practical guide explaining that most fixed-rate borrowers are unaffected for now while variable-rate loans rise.",
            },
            {
                "outlet": "savanna-signal",
                "title": "Why a South Atlantic rate rise matters for East African exporters",
                "url": "https://savannasignal.example/business/south-atlantic-rate-rise-exporters",
                "hours_ago": 7,
                "summary": "Looks at how a stronger serra could affect demand for tea and flowers shipped to Serravel.",
            },
        ],
        "questions": [
            {
                "text": "What does the Bank of Serravel's rate rise mean for my mortgage?",
                "slug": "what-does-serravel-rate-rise-mean-for-my-mortgage",
                "lede": "If you have a fixed-rate deal, nothing changes until it ends. Variable-rate and tracker borrowers will see higher payments within weeks.",
                "answer": (
                    "<p>About two-thirds of mortgages in Serravel are fixed for two to five years. "
                    "If yours is one of them, your monthly payment stays the same until the "
                    "fixed period ends. What matters then is the rate available when you "
                    "remortgage, which depends on where markets expect rates to go.</p>"
                    "<p>Tracker mortgages follow the bank's rate directly, so they will rise by "
                    "a quarter point from the next payment date. On a typical loan of 200,000 "
                    "serra over 25 years, that adds roughly 30 serra a month. Standard variable "
                    "rates are set by lenders and usually, though not always, move in step.</p>"
                    "<p>If you are worried about affording payments, lenders are required to "
                    "discuss options such as temporarily extending the term. Talking to them "
                    "early tends to leave more choices open.</p>"
                ),
            },
            {
                "text": "Why raise interest rates when Serravel's economy is already slowing?",
                "slug": "why-raise-rates-when-serravel-economy-slowing",
                "lede": "The board's majority judged that letting inflation settle at 4% would do more lasting damage than a weaker year of growth.",
                "answer": (
                    "<p>Central banks worry most about inflation that becomes self-sustaining. "
                    "If businesses and workers come to expect prices to rise 4% a year, they set "
                    "prices and wage demands accordingly, and bringing inflation down later "
                    "becomes harder and more painful.</p>"
                    "<p>The majority on the board pointed to evidence that this is starting to "
                    "happen: high wage settlements, firms planning further price rises and "
                    "services inflation that has not eased. A small rise now, they argued, "
                    "could avoid the need for larger ones later.</p>"
                    "<p>The two dissenters saw it differently. They noted that earlier rate "
                    "rises are still reaching households as fixed-rate deals expire, and that "
                    "adding to that pressure during a slowdown risks pushing unemployment up "
                    "more than necessary.</p>"
                ),
            },
            {
                "text": "Who sits on the Bank of Serravel's Monetary Policy Board?",
                "slug": "who-sits-on-bank-of-serravel-policy-board",
                "lede": "Seven people: the governor, two deputy governors, the chief economist and three external members appointed for fixed terms.",
                "answer": (
                    "<p>The board is chaired by the governor, currently Elin Kastrup. The two "
                    "deputy governors and the chief economist are the other internal members. "
                    "Three external members, usually economists from universities or business, "
                    "are appointed by the finance ministry for four-year terms and can be "
                    "reappointed once.</p>"
                    "<p>Each member votes individually, and the votes are published alongside "
                    "the decision. Minutes follow two weeks later, setting out the arguments "
                    "made without attributing them to named members.</p>"
                    "<p>The external members are meant to bring outside perspectives and guard "
                    "against groupthink. At this meeting, one internal and one external member "
                    "voted to keep rates unchanged. Voting records over several years let observers see which members tend to favour higher or lower rates, although members stress that they decide each meeting on the evidence in front of them.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "The Bank of Serravel's headquarters in Port Aldane.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 4. Scheduled briefing: the governor before parliament
    # ---------------------------------------------------------------------------------
    {
        "slug": "elin-kastrup-finance-committee-what-to-watch",
        "headline": "Elin Kastrup faces Serravel's finance committee: what to watch",
        "standfirst": "The central bank governor will be questioned by legislators days after a split vote to raise interest rates.",
        "label": "briefing",
        "status": "scheduled",
        "published_hours_ago": -72,
        "featured": False,
        "authors": ["tomasz-brenner"],
        "topics": ["elin-kastrup", "bank-of-serravel", "serravel", "interest-rates"],
        "tags": ["central-banks", "parliament", "inflation"],
        "what_happened": (
            "<p>Elin Kastrup, governor of the Bank of Serravel, appears before the "
            "parliamentary finance committee for her twice-yearly hearing on monetary policy. "
            "She will be joined by one of the two board members who voted against the "
            "bank's latest rate rise.</p>"
            "<p>The session follows the board's five-to-two decision to raise its main rate "
            "to 4.75%, and comes as the government prepares its spring budget. Committee "
            "members from several parties have said they want to question the bank on its "
            "forecasts, its communication and the effect of higher rates on housing.</p>"
        ),
        "behind_headline": (
            "<p>These hearings rarely change policy, but they are one of the few occasions "
            "when the bank has to explain itself in public, at length and under challenge. "
            "Three lines of questioning are likely to matter:</p>"
            "<ul><li><strong>Forecasts.</strong> The bank expected inflation to be close to "
            "3% by now. Members will ask why it was wrong and whether its models need "
            "changing.</li>"
            "<li><strong>The split vote.</strong> Having a dissenter in the room lets the "
            "committee test the arguments on both sides directly.</li>"
            "<li><strong>Housing.</strong> Legislators with many renters in their districts "
            "want to know how quickly higher borrowing costs will reach rents.</li></ul>"
            "<p>The governor will want to avoid signalling the next move. Her predecessors "
            "occasionally moved markets with a stray remark at these sessions, and she has "
            "made predictable communication a theme of her term. Watch, too, for any comment "
            "on the serra: the bank does not target the exchange rate, but a weaker currency "
            "has contributed to import prices, and members have asked whether that risk was "
            "underestimated.</p>"
        ),
        "papers_say": (
            "<p>Previews so far are measured. Continental Wire expects the hearing to focus on "
            "forecasting errors, The Standard Ledger wants the governor to commit to bringing "
            "inflation down faster, and The Lakeside Courier expects questions about rents and "
            "the cost of living to dominate. None expects the hearing itself to shift the "
            "bank's next decision.</p>"
        ),
        "how_we_got_here": (
            "<p>Serravel's central bank has been operationally independent since 2004. In "
            "exchange, the governor must appear before the finance committee twice a year "
            "and publish a monetary policy report every quarter. The committee cannot "
            "overrule decisions, but its reports carry political weight.</p>"
            "<p>Ms Kastrup's first hearings, in 2023 and 2024, came as inflation was falling "
            "and were largely uneventful. Her last appearance, in May, was sharper, after "
            "several members criticised the bank's decision to cut rates in 2025 as premature. "
            "The recent rise has reopened that argument from both directions.</p>"
        ),
        "timeline": [
            {"date": "2025-05-08", "text": "The bank cuts its main rate to 4.5%."},
            {
                "date": "2026-05-20",
                "text": "The governor's spring hearing features sharp questions on the timing of the 2025 cut.",
            },
            {"date": "2026-11-12", "text": "Inflation rises to 4.1% in October."},
            {
                "date": "2026-11-24",
                "text": "The Monetary Policy Board raises the main rate to 4.75% by five votes to two.",
            },
        ],
        "sources": [
            {
                "outlet": "continental-wire",
                "title": "Serravel's central bank chief to face questions over forecast misses",
                "url": "https://continentalwire.example/markets/serravel-governor-forecast-questions",
                "hours_ago": 6,
                "summary": "Previews the hearing and sets out how far the bank's inflation forecasts have diverged from outcomes.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Legislators must hold Serravel's central bank to its target",
                "url": "https://standardledger.example/opinion/hold-serravel-central-bank-to-target",
                "hours_ago": 5,
                "summary": "An editorial urging committee members to press the governor for a clear timetable for returning to 2%.",
            },
            {
                "outlet": "lakeside-courier",
                "title": "Rents, not rates, may dominate Serravel's central bank hearing",
                "url": "https://lakesidecourier.example/world/serravel-hearing-rents-rates",
                "hours_ago": 4,
                "summary": "Reports that several committee members plan to focus on how rate rises feed into housing costs.",
            },
        ],
        "questions": [
            {
                "text": "Can Serravel's parliament overrule the central bank's interest rate decisions?",
                "slug": "can-serravel-parliament-overrule-central-bank",
                "lede": "No. The bank sets rates independently, though parliament can change the law that sets its mandate.",
                "answer": (
                    "<p>Under the 2004 law that made the Bank of Serravel operationally "
                    "independent, the Monetary Policy Board alone decides interest rates. "
                    "Neither the government nor parliament can instruct it to raise or cut.</p>"
                    "<p>What parliament can do is hold the bank to account. The finance "
                    "committee questions the governor twice a year, publishes reports, and can "
                    "call other board members to give evidence. Parliament also sets the "
                    "bank's mandate in law, so in principle it could change the inflation "
                    "target or add new objectives.</p>"
                    "<p>Governments have occasionally floated such changes, but none has been "
                    "made since 2004. Most economists argue that independence helps keep "
                    "inflation expectations stable, although some legislators say the bank "
                    "should weigh employment and housing more heavily.</p>"
                ),
            },
            {
                "text": "Why does the governor bring a dissenting board member to the hearing?",
                "slug": "why-dissenting-member-at-serravel-hearing",
                "lede": "It is the committee's choice. Hearing both sides of a split vote helps members judge how finely balanced the decision was.",
                "answer": (
                    "<p>The finance committee decides who gives evidence. In recent years it "
                    "has asked the governor to appear alongside at least one other board "
                    "member, and after a split vote it usually invites a dissenter.</p>"
                    "<p>That lets members test the arguments directly rather than relying on "
                    "the published minutes, which summarise the debate without naming who "
                    "said what. It also shows the public that disagreement on the board is "
                    "normal and is resolved by a vote.</p>"
                    "<p>Board members speak for themselves at these sessions, but by convention "
                    "they avoid hinting at how they will vote at future meetings. Committee members from different parties often use the dissenter's evidence in different ways: some to argue the bank went too far, others to show that the board weighed the risks carefully before deciding.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "The committee room of Serravel's parliament in Port Aldane.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 5. River flood and dam dispute
    # ---------------------------------------------------------------------------------
    {
        "slug": "quelentaro-river-flood-dam-dispute",
        "headline": "The Quelentaro flood: why a Chilean valley is blaming its dam",
        "standfirst": "Residents say water was released too late and too fast; the dam's operator says it followed its rules during an exceptional storm.",
        "label": "explainer",
        "status": "published",
        "published_hours_ago": 52,
        "featured": False,
        "authors": ["amara-nwosu-hale"],
        "topics": ["chile", "climate-and-weather", "energy"],
        "tags": ["floods", "dams", "hydropower", "water"],
        "what_happened": (
            "<p>Floodwater from the Quelentaro River swept through the town of San Isidro de "
            "Quelén and surrounding farmland in central-southern Chile, forcing about 4,000 "
            "people from their homes. Nobody died, but hundreds of houses, two bridges and "
            "large areas of orchards were damaged.</p>"
            "<p>The flood followed two days of heavy, warm rain that fell on melting snow in "
            "the mountains upstream. Residents and farmers' groups say the Piedra Alta "
            "hydroelectric dam, run by the company Corvalán Hídrica, made things worse by "
            "releasing large volumes of water late in the storm. The company says it "
            "followed its approved emergency procedures.</p>"
        ),
        "behind_headline": (
            "<p>At the centre of the dispute is a trade-off every hydroelectric dam faces. "
            "Operators make money by keeping reservoirs full so they can generate "
            "electricity, while flood protection requires space to be left empty to absorb "
            "storms. Piedra Alta was built mainly for power, and its operating rules require "
            "only a modest flood reserve in spring. When inflows surged, the reservoir filled "
            "quickly, and the operator had to open its spillway gates to protect the dam "
            "itself.</p>"
            "<p>Whether earlier, smaller releases would have reduced the peak downstream is "
            "the question now before the regional water board, which has opened an inquiry. "
            "Hydrologists say it is possible but not certain: the storm's rainfall exceeded "
            "forecasts by about a third, and tributaries below the dam also flooded. "
            "<em>Two things can be true at once</em>: the storm was exceptional, and the "
            "rules governing the dam may not reflect the warmer, wetter storms the region is "
            "now seeing. The inquiry's findings could lead to larger flood reserves, which "
            "would protect the valley but reduce the dam's electricity output.</p>"
        ),
        "papers_say": (
            "<p>Faro Austral gives most space to residents who accuse the operator of putting "
            "revenue before safety. Continental Wire reports both sides' accounts alongside "
            "the rainfall data, and The Evening Atlas explains the science of rain-on-snow "
            "storms. The Standard Ledger cautions against blaming the dam before the inquiry "
            "reports.</p>"
        ),
        "how_we_got_here": (
            "<p>The Piedra Alta dam was completed in 2011 and supplies electricity to the "
            "national grid. It was controversial from the start: farmers downstream argued "
            "that it changed the river's flow in ways that harmed irrigation, and a 2016 "
            "agreement set minimum summer releases for agriculture.</p>"
            "<p>Flood control was never its main purpose. The valley had previously relied "
            "on embankments, several of which were identified as needing repair in a 2023 "
            "regional review that has only partly been funded. Warm spring storms that melt "
            "snow quickly have become more common in the Andes, and the dam's operating rules "
            "have not been revised since 2016.</p>"
        ),
        "timeline": [
            {"date": "2011-03-15", "text": "The Piedra Alta dam begins generating electricity."},
            {
                "date": "2016-10-04",
                "text": "An agreement with farmers sets minimum summer water releases from the reservoir.",
            },
            {
                "date": "2023-07-19",
                "text": "A regional review identifies flood embankments along the Quelentaro needing repair.",
            },
            {
                "date": "2026-11-20",
                "text": "Forecasters warn of heavy rain in the Andean foothills.",
            },
            {
                "date": "2026-11-22",
                "text": "The river breaks its banks at San Isidro de Quelén; about 4,000 people are evacuated.",
            },
        ],
        "sources": [
            {
                "outlet": "faro-austral",
                "title": "“They opened the gates and the river came for us”: San Isidro counts the cost",
                "url": "https://faroaustral.example/pais/san-isidro-quelen-inundacion-represa",
                "hours_ago": 55,
                "summary": "Residents describe how quickly the water rose after the spillway opened and call for the operator to be held responsible.",
            },
            {
                "outlet": "continental-wire",
                "title": "Chilean valley flood prompts inquiry into dam releases",
                "url": "https://continentalwire.example/world/chile-valley-flood-dam-inquiry",
                "hours_ago": 53,
                "summary": "Reports the evacuation, the water board's inquiry and the operator's statement that it followed approved procedures.",
            },
            {
                "outlet": "evening-atlas",
                "title": "Rain on snow: the storm pattern behind the Quelentaro flood",
                "url": "https://eveningatlas.example/science/rain-on-snow-quelentaro-flood",
                "hours_ago": 58,
                "summary": "Explains how warm rain falling on snowpack can double river flows, and why such storms are becoming more common.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Don't rush to judgement on the Piedra Alta dam",
                "url": "https://standardledger.example/opinion/piedra-alta-dam-judgement",
                "hours_ago": 54,
                "summary": "Argues that the storm's size, not the dam, was the main cause, and that the inquiry should be allowed to do its work.",
            },
        ],
        "questions": [
            {
                "text": "Did the Piedra Alta dam make the Quelentaro flood worse?",
                "slug": "did-piedra-alta-dam-make-flood-worse",
                "lede": "It is too early to say. The inquiry will model what would have happened with different releases, and experts disagree.",
                "answer": (
                    "<p>A dam can reduce a flood by holding back water, or add to the peak if it "
                    "has to release a lot at once. Which happened here depends on how full "
                    "the reservoir was when the storm began, how much water came in, and the "
                    "timing of releases compared with the flood arriving from other "
                    "tributaries.</p>"
                    "<p>The operator says the reservoir actually held back part of the flood "
                    "for the first day and that without it, the river would have peaked "
                    "earlier. Residents' groups say that releasing water steadily before the "
                    "storm, when forecasts already warned of heavy rain, would have left more "
                    "room and avoided the sudden surge.</p>"
                    "<p>The water board's inquiry has asked independent hydrologists to "
                    "rebuild the flood with different release scenarios. That work is "
                    "expected to take several months.</p>"
                ),
            },
            {
                "text": "What is a rain-on-snow storm, and why are they becoming more common?",
                "slug": "what-is-a-rain-on-snow-storm",
                "lede": "It is warm rain falling on a snowpack, which melts the snow and sends both into rivers at once.",
                "answer": (
                    "<p>In a normal spring, mountain snow melts gradually over weeks. When a "
                    "warm, wet air mass arrives, rain can fall at altitudes that would usually "
                    "see snow. The rain melts the snowpack beneath it, so rivers receive the "
                    "rain and the meltwater together.</p>"
                    "<p>These events can produce much larger floods than rainfall alone would "
                    "suggest. Scientists studying the Andes have found that the height at which "
                    "precipitation falls as rain rather than snow has risen in recent decades, "
                    "which exposes more of the snowpack to this kind of storm.</p>"
                    "<p>That does not mean every flood is caused by a changing climate, but it "
                    "is one reason water managers are being urged to revisit rules written "
                    "for an earlier pattern of storms.</p>"
                ),
            },
            {
                "text": "Who will pay for the flood damage in San Isidro de Quelén?",
                "slug": "who-pays-for-quelentaro-flood-damage",
                "lede": "For now, mainly insurers and emergency funds. Any claim against the operator depends on what the inquiry finds.",
                "answer": (
                    "<p>Insured homeowners and farmers can claim straight away, and the "
                    "regional government has released emergency funds for temporary housing "
                    "and clearing debris. Many smaller farms, though, do not have flood cover.</p>"
                    "<p>A claim against the dam operator would need to show that it failed to "
                    "follow its operating rules or acted negligently. If it followed the rules, "
                    "as it says it did, the question becomes whether the rules themselves were "
                    "adequate, which is a matter for regulators rather than the courts.</p>"
                    "<p>Residents' groups have said they will wait for the inquiry before "
                    "deciding whether to take legal action. Farmers' groups have also asked for low-interest loans to replant orchards, which can take several years to return to full production after a flood.</p>"
                ),
            },
        ],
        "updates": [
            {
                "kind": "correction",
                "note": "An earlier version of this explainer said the Piedra Alta dam was completed in 2009. It was completed in 2011. We have corrected the text and timeline.",
                "hours_ago": 40,
            },
        ],
        "hero_caption": "Floodwater across orchards in the Quelentaro valley.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 6. Draft: wildfire season outlook
    # ---------------------------------------------------------------------------------
    {
        "slug": "chile-wildfire-season-outlook",
        "headline": "Why a wet spring could mean a harder wildfire season in central Chile",
        "standfirst": "Forecasters warn that the rain that flooded valleys this month has also grown a thick crop of grass that will dry out by summer.",
        "label": "analysis",
        "status": "draft",
        "published_hours_ago": None,
        "featured": False,
        "authors": ["amara-nwosu-hale"],
        "topics": ["chile", "climate-and-weather", "energy"],
        "tags": ["wildfires", "forecasts", "power-lines"],
        "what_happened": (
            "<p>A seasonal outlook from the Austral Fire Science Network, a group of "
            "university researchers, rates the risk of large wildfires in Chile's central "
            "regions this summer as “above normal”. The network says an unusually wet winter "
            "and spring have produced dense growth of grasses and shrubs that will dry out "
            "during the hot months from December to March.</p>"
            "<p>Regional emergency services have brought forward the hiring of seasonal "
            "firefighters, and the grid operators responsible for rural power lines have "
            "been asked to finish vegetation clearance by mid-December.</p>"
        ),
        "behind_headline": (
            "<p>It seems counter-intuitive that a wet year should raise fire risk, but fire "
            "scientists call it the “fuel paradox”. In regions with dry summers, rain in "
            "winter and spring mostly determines how much vegetation grows. Fine fuels such as "
            "grass dry out within weeks of the rain stopping, so a lush spring can leave a "
            "continuous carpet of tinder by January. A dry year, by contrast, grows less fuel.</p>"
            "<p>The outlook is a probability, not a prediction. Whether large fires actually "
            "happen depends on summer heatwaves, wind and, above all, ignitions, most of which "
            "are caused by people. That is why the emphasis this year is on prevention: "
            "clearing vegetation around power lines, which have started several serious "
            "fires in recent seasons, restricting agricultural burning and enforcing "
            "firebreaks around towns. Critics note that similar warnings have been issued "
            "before without the funding to match, and that plantation forestry close to "
            "settlements remains a long-term risk that a single season's preparation cannot "
            "fix.</p>"
        ),
        "papers_say": (
            "<p>Faro Austral links the warning to a wider debate about plantation forestry "
            "near towns. The Evening Atlas explains the science of the fuel paradox, and "
            "Continental Wire reports on preparations by emergency services and grid "
            "operators. The Standard Ledger argues that past warnings were not matched by "
            "enforcement and calls for firm clearance deadlines.</p>"
        ),
        "how_we_got_here": (
            "<p>Central Chile has a Mediterranean-type climate, with wet winters and long, dry "
            "summers, and wildfires are a natural part of its landscape. Over the past two "
            "decades, however, several seasons have brought unusually large and destructive "
            "fires, helped by heatwaves, long droughts and the spread of flammable plantations "
            "close to towns.</p>"
            "<p>This year broke the drought pattern: heavy winter rain was followed by spring "
            "storms, including the one that flooded the Quelentaro valley. Researchers say "
            "that makes the coming summer a test of whether prevention measures introduced "
            "after earlier fire seasons are working.</p>"
        ),
        "timeline": [
            {
                "date": "2026-08-31",
                "text": "Winter rainfall in central Chile ends well above the long-term average.",
            },
            {"date": "2026-11-22", "text": "A spring storm floods the Quelentaro valley."},
            {
                "date": "2026-11-24",
                "text": "The Austral Fire Science Network publishes its seasonal outlook.",
            },
        ],
        "sources": [
            {
                "outlet": "faro-austral",
                "title": "After the floods, the fire warning",
                "url": "https://faroaustral.example/pais/despues-inundaciones-alerta-incendios",
                "hours_ago": 6,
                "summary": "Links the seasonal outlook to long-running concerns about plantations planted close to towns.",
            },
            {
                "outlet": "evening-atlas",
                "title": "The fuel paradox: why wet years can lead to bad fire seasons",
                "url": "https://eveningatlas.example/science/fuel-paradox-wet-years-fire",
                "hours_ago": 9,
                "summary": "Explains how spring rain grows grasses that dry into fuel, drawing on research from several dry-summer regions.",
            },
            {
                "outlet": "continental-wire",
                "title": "Chile's fire services hire early after above-normal risk forecast",
                "url": "https://continentalwire.example/world/chile-fire-services-hire-early",
                "hours_ago": 5,
                "summary": "Reports that regional services are recruiting seasonal crews early and that grid operators face a clearance deadline.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Chile's fire warning is a test of preparation, not just prediction",
                "url": "https://standardledger.example/world/chile-fire-warning-preparation-test",
                "hours_ago": 4,
                "summary": "Argues that landowners and grid operators should be held to clear deadlines and that past warnings were not matched by enforcement.",
            },
        ],
        "questions": [
            {
                "text": "How can a wet year make wildfires more likely?",
                "slug": "how-can-a-wet-year-make-wildfires-more-likely",
                "lede": "Rain grows grass and shrubs. In a dry summer they turn into continuous fuel that carries fire quickly.",
                "answer": (
                    "<p>In places with wet winters and dry summers, the amount of rain in the "
                    "growing season largely decides how much vegetation there is to burn later. "
                    "Grasses in particular grow fast after rain and dry out just as fast once "
                    "it stops.</p>"
                    "<p>A dense, continuous layer of dry grass lets a fire spread rapidly and "
                    "reach shrubs and trees. After a dry winter, the same land might have patchy "
                    "vegetation with gaps that slow a fire down.</p>"
                    "<p>This does not mean every wet year is followed by a bad fire season. "
                    "Summer weather and how many fires are started matter at least as much, "
                    "which is why forecasters talk about risk rather than certainty.</p>"
                ),
            },
            {
                "text": "Why are power lines part of Chile's wildfire preparations?",
                "slug": "why-power-lines-part-of-wildfire-preparations",
                "lede": "Sparks from lines touching trees, or equipment failing in high winds, have started serious fires in many countries.",
                "answer": (
                    "<p>Overhead lines cross long stretches of rural land. If branches touch "
                    "the wires, or a line falls in strong wind, the resulting sparks can ignite "
                    "dry vegetation below. Such fires are a small share of the total but tend to "
                    "start on the hottest, windiest days, when fires are hardest to control.</p>"
                    "<p>The main defence is clearing vegetation from beneath and around lines "
                    "before summer. Operators can also switch off lines in the most dangerous "
                    "conditions, though that cuts power to homes and farms and is used sparingly.</p>"
                    "<p>This year, operators have been asked to finish clearance earlier than "
                    "usual because of the expected growth of grass. Emergency services will also patrol high-risk corridors on the hottest days, so that any fire near a line can be reported and tackled while it is still small.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "Tall spring grass on a hillside in central Chile.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 7. Heatwave and power grid strain
    # ---------------------------------------------------------------------------------
    {
        "slug": "serravel-heatwave-power-grid-strain",
        "headline": "Serravel's early heatwave pushes its power grid to the brink",
        "standfirst": "Rolling power cuts were narrowly avoided as air conditioning demand hit a record and a major power station was offline for maintenance.",
        "label": "explainer",
        "status": "published",
        "published_hours_ago": 44,
        "featured": False,
        "authors": ["amara-nwosu-hale", "tomasz-brenner"],
        "topics": ["serravel", "energy", "climate-and-weather", "public-health"],
        "tags": ["heatwave", "power-grid", "electricity"],
        "what_happened": (
            "<p>Temperatures above 38°C for three consecutive days drove electricity demand "
            "in Serravel to a record 6.9 gigawatts, about 8% above the previous peak. The "
            "grid operator, Serravel Grid, issued its highest level of alert, asked large "
            "industrial users to cut consumption and imported power through the undersea "
            "link from the mainland.</p>"
            "<p>Scheduled power cuts were prepared for parts of Port Aldane but did not go "
            "ahead. Hospitals reported a rise in heat-related admissions, mostly among older "
            "people, and the health ministry extended opening hours at public cooling "
            "centres.</p>"
        ),
        "behind_headline": (
            "<p>The near miss came from several things going wrong at once. The heat arrived "
            "in late spring, when power stations traditionally schedule maintenance before "
            "summer, so the largest gas plant on the northern island was offline. Solar "
            "panels performed well during the day, but demand stayed high into the evening "
            "as homes kept air conditioning running after sunset, just as solar output fell "
            "away. That evening peak, not the midday one, is where the system was most "
            "stretched.</p>"
            "<p>The episode sharpens a debate that has been running for several years. "
            "Serravel Grid and some business groups argue that the country needs more "
            "dependable capacity, such as gas plants or large batteries, that can be called "
            "on in the evening. Environmental groups and some economists argue that the "
            "quicker fix is paying households and businesses to shift demand, insulating "
            "homes and speeding up battery storage, which can be built faster than power "
            "stations. Both sides agree that maintenance schedules written for a cooler "
            "climate need revisiting, and the regulator has said it will review them before "
            "next spring.</p>"
        ),
        "papers_say": (
            "<p>Nordkyst Tidende and The Plainsman Dispatch argue that the episode shows the "
            "risk of relying on solar power without enough back-up. The Commonweal Daily "
            "focuses on the health risk to older people in poorly insulated homes, while "
            "Continental Wire reports the grid operator's figures and the regulator's review.</p>"
        ),
        "how_we_got_here": (
            "<p>Serravel has added solar power rapidly over the past decade, and on sunny "
            "days it now supplies more than half of the country's electricity at midday. At "
            "the same time, two older oil-fired stations have closed and air conditioning "
            "has spread quickly as summers have grown hotter.</p>"
            "<p>Serravel Grid warned in its last two winter and summer outlooks that the "
            "margin between available supply and peak demand was narrowing, especially in "
            "the evening. A 2025 plan to build two large battery sites was approved but "
            "neither is yet operating.</p>"
        ),
        "timeline": [
            {
                "date": "2024-03-01",
                "text": "The last oil-fired power station on the northern island closes.",
            },
            {
                "date": "2025-09-10",
                "text": "The government approves two grid-scale battery projects due to open in 2027.",
            },
            {
                "date": "2026-10-06",
                "text": "Serravel Grid's summer outlook warns of tight evening margins.",
            },
            {"date": "2026-11-20", "text": "Temperatures pass 38°C as the heatwave begins."},
            {
                "date": "2026-11-22",
                "text": "Demand reaches a record 6.9 gigawatts and the grid operator issues its highest alert.",
            },
        ],
        "sources": [
            {
                "outlet": "nordkyst-tidende",
                "title": "A warning from the South Atlantic on solar and security of supply",
                "url": "https://nordkysttidende.example/energi/serravel-solar-supply-warning",
                "hours_ago": 46,
                "summary": "Argues that Serravel's experience shows the need to keep dependable back-up capacity as solar power grows.",
            },
            {
                "outlet": "commonweal-daily",
                "title": "Heat and the elderly: Serravel's cooling centres struggle to keep up",
                "url": "https://commonwealdaily.example/world/2026/nov/serravel-heat-elderly-cooling-centres",
                "hours_ago": 45,
                "summary": "Reports from cooling centres and hospitals and calls for more support for insulation in low-income homes.",
            },
            {
                "outlet": "continental-wire",
                "title": "Serravel avoids power cuts as demand hits record in heatwave",
                "url": "https://continentalwire.example/business/serravel-record-demand-heatwave",
                "hours_ago": 47,
                "summary": "Sets out the demand figures, the plant outage and the regulator's planned review of maintenance schedules.",
            },
            {
                "outlet": "plainsman-dispatch",
                "title": "When the sun goes down, the lights nearly go out",
                "url": "https://plainsmandispatch.example/energy/when-the-sun-goes-down",
                "hours_ago": 44,
                "summary": "Uses the evening demand peak to argue against closing fossil-fuel plants before replacements are running.",
            },
            {
                "outlet": "lakeside-courier",
                "title": "Paying people to use less: the grid tool Serravel hasn't tried",
                "url": "https://lakesidecourier.example/business/serravel-demand-response",
                "hours_ago": 43,
                "summary": "Looks at demand-response schemes elsewhere and argues they could ease evening peaks faster than new plants.",
            },
        ],
        "questions": [
            {
                "text": "Why was the evening, not midday, the hardest time for Serravel's grid?",
                "slug": "why-evening-hardest-for-serravel-grid",
                "lede": "Because demand stayed high after sunset while solar output dropped away, leaving fewer power sources to meet the peak.",
                "answer": (
                    "<p>At midday, solar panels across the country were producing close to "
                    "their maximum, which covered much of the air conditioning load. As the "
                    "sun set, solar output fell towards zero within about two hours.</p>"
                    "<p>Homes, however, stayed hot. Buildings store heat during the day and "
                    "release it in the evening, and people returning from work switched on "
                    "cooling and cooking at the same time. The grid had to meet that peak with "
                    "gas plants, imports and the little storage available.</p>"
                    "<p>Energy analysts call this shape the “duck curve”, and it is common in "
                    "systems with a lot of solar power. Batteries that charge at midday and "
                    "discharge in the evening are one of the main tools for flattening it.</p>"
                ),
            },
            {
                "text": "What happens during a rolling power cut, and who is protected?",
                "slug": "what-happens-during-rolling-power-cut",
                "lede": "Areas are switched off in turn for short periods, typically one to two hours, while critical sites stay connected.",
                "answer": (
                    "<p>If demand threatens to exceed supply, a grid operator can disconnect "
                    "groups of customers in rotation to keep the whole system from failing. "
                    "Each area is usually switched off for an hour or two and then restored "
                    "while another takes its turn.</p>"
                    "<p>Hospitals, water pumping, emergency services and some transport links "
                    "are on protected circuits. People who rely on medical equipment at home "
                    "can register with their electricity supplier to be warned in advance.</p>"
                    "<p>In Serravel, schedules were drawn up and published for parts of the "
                    "capital but were not needed, because large industrial users reduced their "
                    "demand and imports were increased. The grid operator publishes the rota in advance where it can, so households and businesses know when their area might be affected and can plan around it.</p>"
                ),
            },
            {
                "text": "How dangerous is a heatwave for older people?",
                "slug": "how-dangerous-is-heatwave-for-older-people",
                "lede": "Older people are at higher risk because the body's ability to cool itself declines with age and with some medicines.",
                "answer": (
                    "<p>As people age, they tend to sweat less and feel thirst less sharply, "
                    "so they can become dehydrated or overheated without noticing. Heart and "
                    "lung conditions, and some common medicines, add to the risk.</p>"
                    "<p>Hot nights are particularly dangerous, because the body gets no chance "
                    "to recover. Health services advise keeping curtains closed during the "
                    "day, drinking regularly, and checking on older neighbours and relatives.</p>"
                    "<p>Cooling centres, such as libraries and community halls with air "
                    "conditioning, give people without cool homes somewhere to go during the "
                    "hottest hours. Warning signs of heat exhaustion include headache, dizziness, nausea and heavy sweating. Anyone who becomes confused, stops sweating or collapses needs urgent medical help, because that can indicate heatstroke.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "Transmission lines outside Port Aldane during the heatwave.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 8. Medical breakthrough at an institute in Norway
    # ---------------------------------------------------------------------------------
    {
        "slug": "nordlys-enzyme-treatment-chronic-infections",
        "headline": "An enzyme that breaks bacterial shields shows promise against stubborn infections",
        "standfirst": "In a trial at the Nordlys Institute, adding an enzyme treatment to antibiotics healed far more chronic wounds than antibiotics alone.",
        "label": "explainer",
        "status": "published",
        "published_hours_ago": 75,
        "featured": False,
        "authors": ["amara-nwosu-hale"],
        "topics": ["nordlys-institute", "maren-solvik", "norway", "public-health"],
        "tags": ["medical-research", "antibiotics", "clinical-trials"],
        "what_happened": (
            "<p>Researchers at the Nordlys Institute for Infection Research in northern Norway "
            "have reported that an experimental enzyme treatment, known as NLX-7, helped "
            "heal chronic infected wounds that had not responded to antibiotics. In a trial of "
            "82 patients with diabetic foot ulcers, 29 of 42 treated with the enzyme and "
            "antibiotics healed within twelve weeks, compared with 14 of 40 given antibiotics "
            "and a placebo.</p>"
            "<p>The results, published in a peer-reviewed journal, are from a mid-stage "
            "trial. A larger study will be needed before the treatment could be approved.</p>"
        ),
        "behind_headline": (
            "<p>Many persistent infections are hard to treat not because the bacteria are "
            "resistant to a drug in the usual sense, but because they live inside a "
            "<em>biofilm</em>: a slimy layer of sugars and proteins that shields them from "
            "antibiotics and the immune system. NLX-7 is designed to break down that layer, "
            "exposing the bacteria so that existing antibiotics can reach them. It is not an "
            "antibiotic itself, which matters because it should not directly encourage new "
            "drug resistance.</p>"
            "<p>The findings are encouraging, and the difference between the groups is large "
            "for a wound-healing trial. But there are reasons for caution:</p>"
            "<ul><li>the trial was small and run at three hospitals in one region;</li>"
            "<li>patients were followed for only twelve weeks, so it is not yet known whether "
            "wounds stay healed;</li>"
            "<li>the enzyme was applied by specialist nurses, which may be hard to replicate "
            "in routine care.</li></ul>"
            "<p>Independent specialists have called the results “genuinely promising” and "
            "“worth a proper large trial”. If that trial confirms the benefit, the approach "
            "could also be tested on infected joint replacements and other implants, where "
            "biofilms are a major problem.</p>"
        ),
        "papers_say": (
            "<p>The Evening Atlas and Continental Wire report the trial's numbers with the "
            "researchers' own caveats. Nordkyst Tidende highlights the regional hospitals that "
            "ran it, and Meridian Post focuses on what it might mean for people living with "
            "diabetes. The Plainsman Dispatch asks how long approval would take.</p>"
        ),
        "how_we_got_here": (
            "<p>Biofilms were described decades ago, but treatments that target them have been "
            "slow to reach patients. Maren Solvik's group at the Nordlys Institute identified "
            "the enzyme in a bacterium found in coastal sediment in 2017 and spent several "
            "years modifying it to be stable in wounds.</p>"
            "<p>An early safety study in 2023 found no serious side effects in 24 patients. "
            "The mid-stage trial reported now began in 2024 and was funded by a public "
            "research council and a patient charity. The institute has said it is seeking a "
            "partner to fund a larger, multi-country trial.</p>"
        ),
        "timeline": [
            {
                "date": "2017-05-22",
                "text": "Researchers at the Nordlys Institute identify the enzyme in a bacterium from coastal sediment.",
            },
            {
                "date": "2023-09-14",
                "text": "A safety study in 24 patients finds no serious side effects.",
            },
            {
                "date": "2024-02-01",
                "text": "The mid-stage trial begins at three hospitals in northern Norway.",
            },
            {
                "date": "2026-11-21",
                "text": "The trial results are published in a peer-reviewed journal.",
            },
        ],
        "sources": [
            {
                "outlet": "evening-atlas",
                "title": "Enzyme that strips bacterial ‘armour’ doubles healing rate in small trial",
                "url": "https://eveningatlas.example/science/enzyme-bacterial-armour-healing-trial",
                "hours_ago": 78,
                "summary": "Describes how the enzyme works and reports the trial's results along with the researchers' caution about its size.",
            },
            {
                "outlet": "continental-wire",
                "title": "Norwegian institute reports positive mid-stage trial of biofilm enzyme",
                "url": "https://continentalwire.example/health/norwegian-institute-biofilm-enzyme-trial",
                "hours_ago": 77,
                "summary": "A straight news report of the trial's design, numbers and the plans for a larger study.",
            },
            {
                "outlet": "nordkyst-tidende",
                "title": "Northern hospitals at the heart of new infection research",
                "url": "https://nordkysttidende.example/helse/northern-hospitals-infection-research",
                "hours_ago": 76,
                "summary": "Profiles the nurses and clinicians at regional hospitals who recruited and treated the trial's patients.",
            },
            {
                "outlet": "meridian-post",
                "title": "A new hope for people with hard-to-heal diabetic wounds",
                "url": "https://meridianpost.example/health/new-hope-diabetic-wounds",
                "hours_ago": 74,
                "summary": "Focuses on the human cost of chronic foot ulcers and what a new treatment could mean for patients.",
            },
            {
                "outlet": "plainsman-dispatch",
                "title": "Promising wound treatment faces years of testing",
                "url": "https://plainsmandispatch.example/health/wound-treatment-years-of-testing",
                "hours_ago": 73,
                "summary": "Asks how long a larger trial and approval would take and whether the process could be made faster.",
            },
        ],
        "questions": [
            {
                "text": "What is a biofilm, and why does it make infections hard to treat?",
                "slug": "what-is-a-biofilm",
                "lede": "A biofilm is a protective layer that bacteria build around themselves, which blocks antibiotics and immune cells.",
                "answer": (
                    "<p>Bacteria often live in communities stuck to a surface, such as a wound, "
                    "a catheter or an artificial joint. They produce a sticky mixture of sugars, "
                    "proteins and DNA that holds them together and coats them.</p>"
                    "<p>That coating slows the movement of antibiotics, so the drug reaches the "
                    "bacteria in lower doses. Bacteria inside a biofilm also grow more slowly, and "
                    "many antibiotics work best on fast-growing cells. The result is that an "
                    "infection can survive treatment that would easily kill the same bacteria "
                    "floating freely.</p>"
                    "<p>Doctors currently deal with biofilms by cleaning wounds physically, "
                    "giving long courses of antibiotics or, for implants, replacing the device. "
                    "A treatment that dissolves the biofilm could make those steps less "
                    "necessary.</p>"
                ),
            },
            {
                "text": "When could the NLX-7 enzyme treatment be available to patients?",
                "slug": "when-could-nlx-7-be-available",
                "lede": "Not for several years. A larger trial is needed first, followed by review by medicines regulators.",
                "answer": (
                    "<p>The trial reported now is a mid-stage, or phase 2, study. Its job is to "
                    "show whether a treatment works well enough, and safely enough, to justify a "
                    "large phase 3 trial involving hundreds of patients at many hospitals.</p>"
                    "<p>The institute is looking for a partner to fund that trial. If one is "
                    "found quickly, recruitment and twelve months or more of follow-up would "
                    "likely take three to four years, and regulators would then need time to "
                    "review the evidence.</p>"
                    "<p>Patients with chronic wounds should not expect to be offered the "
                    "enzyme outside a trial before then. Doctors can advise on whether any "
                    "upcoming studies are recruiting. Even after approval, health services would have to decide whether the treatment is worth its cost compared with existing care, which can add further time before it is widely used.</p>"
                ),
            },
            {
                "text": "Could the enzyme treatment help with antibiotic resistance?",
                "slug": "could-enzyme-help-with-antibiotic-resistance",
                "lede": "Indirectly, perhaps. It does not kill bacteria itself, but it could make existing antibiotics work better and courses shorter.",
                "answer": (
                    "<p>Antibiotic resistance develops when bacteria are exposed to a drug and "
                    "the survivors pass on their ability to withstand it. Long courses of "
                    "antibiotics for chronic infections give resistance more chances to "
                    "emerge.</p>"
                    "<p>Because NLX-7 breaks down the biofilm rather than attacking the "
                    "bacteria, it should put little direct pressure on them to evolve "
                    "resistance. If it allows infections to clear faster, patients may also "
                    "need shorter antibiotic courses.</p>"
                    "<p>These benefits are plausible but not yet proven. The trial was not "
                    "designed to measure resistance, and the researchers say that question "
                    "should be built into the larger study. Independent specialists have welcomed that plan, noting that bacteria have surprised researchers before by adapting to treatments that were expected to be hard to evade.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "A laboratory at the Nordlys Institute for Infection Research.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 9. Satellite launch
    # ---------------------------------------------------------------------------------
    {
        "slug": "pesa-mvua-1-satellite-launch",
        "headline": "PESA's first satellite reaches orbit with a mission to track rain and drought",
        "standfirst": "The Mvua-1 Earth-observation satellite will measure soil moisture and rainfall to give farmers and planners earlier warning of drought.",
        "label": "briefing",
        "status": "published",
        "published_hours_ago": 18,
        "featured": False,
        "authors": ["amara-nwosu-hale"],
        "topics": ["pan-equatorial-space-agency", "kenya", "climate-and-weather"],
        "tags": ["space", "satellites", "drought"],
        "what_happened": (
            "<p>The Pan-Equatorial Space Agency's first satellite, Mvua-1, has reached its "
            "planned orbit after launching on a commercial rideshare rocket. Ground controllers "
            "at the agency's station on the Kenyan coast made contact about 50 minutes after "
            "separation and confirmed that its solar panels had deployed.</p>"
            "<p>The 180-kilogram satellite, whose name means “rain” in Swahili, carries a "
            "microwave radiometer for measuring soil moisture and a small camera for crop "
            "monitoring. The agency expects to release its first data to weather services "
            "and universities in about three months, after instruments are calibrated.</p>"
        ),
        "behind_headline": (
            "<p>Mvua-1 is a modest satellite by global standards, but its purpose is "
            "practical. Drought early-warning systems in equatorial regions rely heavily on "
            "data from satellites designed and prioritised elsewhere, which do not always pass "
            "over at useful times or measure what local planners most need. A satellite "
            "designed around the region's growing seasons, with data shared freely, is meant "
            "to fill some of those gaps and build skills among local engineers.</p>"
            "<p>The harder test comes next. Small satellites often have a working life of "
            "five years or less, and the agency's funding depends on annual contributions from "
            "its backers. Supporters say the project is cheap compared with the cost of a "
            "single failed harvest; sceptics ask whether the money would achieve more if "
            "spent on rain gauges, extension workers and better use of data that already "
            "exists. The agency's answer is that it intends to do both, and that owning a "
            "satellite gives it a seat at the table when international data-sharing "
            "agreements are negotiated.</p>"
        ),
        "papers_say": (
            "<p>Savanna Signal covers the launch as a milestone for engineers in the region, "
            "while The Evening Atlas explains what a soil-moisture radiometer measures. The "
            "Standard Ledger asks whether the project offers value for money, and The "
            "Lakeside Courier reports on the farmers' groups hoping to use the data.</p>"
        ),
        "how_we_got_here": (
            "<p>The Pan-Equatorial Space Agency was created in 2019 by a consortium of "
            "research councils and universities to pool money and expertise for "
            "Earth-observation satellites. Its ground station on the Kenyan coast opened in "
            "2022, and it has trained about 60 engineers, many of whom worked on Mvua-1's "
            "design and testing.</p>"
            "<p>The launch was originally planned for 2025 but was delayed twice, once "
            "because of a problem with the radiometer's antenna and once because the rocket's "
            "earlier flight was postponed. Recent droughts across the region strengthened the "
            "case for better rainfall and soil-moisture data.</p>"
        ),
        "timeline": [
            {
                "date": "2019-06-18",
                "text": "The Pan-Equatorial Space Agency is founded by a consortium of research bodies.",
            },
            {
                "date": "2022-04-05",
                "text": "The agency opens its ground station on the Kenyan coast.",
            },
            {
                "date": "2025-08-20",
                "text": "The launch is postponed after a fault is found in the radiometer's antenna.",
            },
            {
                "date": "2026-10-30",
                "text": "Mvua-1 is shipped to the launch site after final testing.",
            },
        ],
        "sources": [
            {
                "outlet": "savanna-signal",
                "title": "Mvua-1 is in orbit, and the engineers who built it are celebrating",
                "url": "https://savannasignal.example/tech/mvua-1-in-orbit-engineers",
                "hours_ago": 19,
                "summary": "Reports from the ground station as contact was made and profiles young engineers on the project.",
            },
            {
                "outlet": "evening-atlas",
                "title": "How a satellite can tell if the soil is dry",
                "url": "https://eveningatlas.example/science/satellite-soil-moisture-explained",
                "hours_ago": 20,
                "summary": "Explains how microwave radiometers detect moisture in the top few centimetres of soil.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Space ambitions meet budget realities",
                "url": "https://standardledger.example/world/space-ambitions-budget-realities",
                "hours_ago": 17,
                "summary": "Questions whether a dedicated satellite is the best use of limited funds for drought preparedness.",
            },
            {
                "outlet": "lakeside-courier",
                "title": "Farmers hope new satellite data will bring earlier drought warnings",
                "url": "https://lakesidecourier.example/world/farmers-satellite-drought-warnings",
                "hours_ago": 18,
                "summary": "Interviews farmers' co-operatives about how they currently get weather information and what they hope will change.",
            },
        ],
        "questions": [
            {
                "text": "How can a satellite help farmers prepare for drought?",
                "slug": "how-can-a-satellite-help-farmers-prepare-for-drought",
                "lede": "By measuring soil moisture over wide areas, it can show where crops are coming under stress weeks before harvests fail.",
                "answer": (
                    "<p>Rain gauges measure rainfall at a point, and there are few of them in "
                    "many rural areas. A satellite can map moisture in the top layer of soil "
                    "across a whole region every few days.</p>"
                    "<p>Combined with weather forecasts and crop models, those maps can show "
                    "where planting should be delayed, where crops are under stress, and where "
                    "food or water shortages may follow. Governments and aid agencies can then "
                    "move supplies or release funds earlier.</p>"
                    "<p>The data only helps if it reaches people in a usable form, which is "
                    "why the agency is working with weather services and farmers' groups on "
                    "text-message alerts and simple maps. The first months of data will also be checked against ground measurements, so that users can see how far the satellite's readings can be trusted in different soils.</p>"
                ),
            },
            {
                "text": "Why did the Pan-Equatorial Space Agency launch on someone else's rocket?",
                "slug": "why-pesa-launched-on-commercial-rocket",
                "lede": "Because buying a seat on a rideshare mission is far cheaper than building a rocket, which the agency has no plans to do.",
                "answer": (
                    "<p>Developing a launch vehicle costs many times more than building a small "
                    "satellite and takes years of testing. Most space agencies in the world "
                    "buy launches from others, at least for small payloads.</p>"
                    "<p>On a rideshare mission, dozens of small satellites from different "
                    "customers share one rocket and are released one after another. The "
                    "trade-off is less control over the timing and exact orbit, which is why "
                    "Mvua-1's launch date moved when the rocket's schedule changed.</p>"
                    "<p>The agency has said it intends to stay focused on building satellites "
                    "and using their data. That choice is common among newer space programmes, which often find that the largest benefits come from the data a satellite produces rather than from launching it themselves.</p>"
                ),
            },
        ],
        "updates": [
            {
                "kind": "update",
                "note": "Updated to confirm that the satellite's solar panels have deployed and that it is in its planned orbit.",
                "hours_ago": 12,
            },
        ],
        "hero_caption": "An artist's impression of the Mvua-1 satellite in orbit.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 10. A city's congestion charge
    # ---------------------------------------------------------------------------------
    {
        "slug": "vessenburg-congestion-charge-six-months",
        "headline": "Six months on, is Vessenburg's congestion charge working?",
        "standfirst": "Traffic is down and buses are faster, but retailers and some outer districts say the costs are falling unevenly, as the assembly weighs an expansion.",
        "label": "analysis",
        "status": "published",
        "published_hours_ago": 120,
        "featured": False,
        "authors": ["callum-fairweather"],
        "topics": ["kelderland", "urban-transport", "public-health"],
        "tags": ["congestion-charge", "air-quality", "cities"],
        "what_happened": (
            "<p>Kelderland's transport authority has published its first six-month review of "
            "the congestion charge in central Vessenburg. Drivers pay 9 serra a day to enter "
            "the zone on weekdays between 7am and 7pm.</p>"
            "<p>The review reports that traffic entering the zone fell by 17% compared with "
            "the same months last year, bus journeys through the centre became 11% faster on "
            "average, and roadside levels of nitrogen dioxide fell by 9%. The charge raised "
            "48 million serra after running costs, all of which must by law be spent on "
            "public transport. The provincial assembly is due to vote on extending the zone "
            "early next year.</p>"
        ),
        "behind_headline": (
            "<p>On its own terms, the scheme is doing what it was designed to do: fewer cars, "
            "faster buses and cleaner air in the centre. The debate now is about who bears "
            "the cost and whether the gains would hold in a larger zone. Three points stand "
            "out from the data:</p>"
            "<ul><li><strong>Air quality</strong> improved, but by less than traffic fell, "
            "because buses and delivery vans still account for much of the pollution.</li>"
            "<li><strong>Footfall</strong> in the centre is roughly flat overall, but "
            "retailers' own survey reports a 4% drop in spending at smaller shops, which the "
            "authority disputes.</li>"
            "<li><strong>Outer districts</strong> with poor bus links pay a larger share "
            "of the charge relative to income, because residents have fewer alternatives.</li>"
            "</ul>"
            "<p>Supporters argue the revenue should fund new bus routes for exactly those "
            "districts, strengthening the case for expansion. Opponents say the scheme should "
            "be paused until those routes exist. Six months is also a short period: many "
            "cities see traffic creep back after the first year as people adapt, and the "
            "effect of the charge is mixed up with rising fuel prices and more home "
            "working.</p>"
        ),
        "papers_say": (
            "<p>The Commonweal Daily describes the scheme as a clear success and urges "
            "expansion. The Plainsman Dispatch gives voice to small retailers who say trade "
            "has suffered. The Evening Atlas and Continental Wire report the review's figures "
            "and the caveats attached to them, including the short period covered and the "
            "effect of fuel prices on driving.</p>"
        ),
        "how_we_got_here": (
            "<p>Vessenburg has long had some of the slowest traffic and worst air quality in "
            "Serravel. After two earlier proposals were dropped, the provincial assembly "
            "approved a congestion charge in 2025 by 34 votes to 27, with a condition that "
            "all net revenue be spent on public transport and that the scheme be reviewed "
            "after six and eighteen months.</p>"
            "<p>The charge began in May, with discounts for residents inside the zone and "
            "exemptions for disabled drivers and emergency vehicles. A proposal to extend it "
            "to the inner ring road was published in September and is out for "
            "consultation.</p>"
        ),
        "timeline": [
            {
                "date": "2025-10-02",
                "text": "Kelderland's assembly approves a congestion charge for central Vessenburg by 34 votes to 27.",
            },
            {"date": "2026-05-04", "text": "The charge comes into force."},
            {
                "date": "2026-09-15",
                "text": "The transport authority proposes extending the zone to the inner ring road.",
            },
            {"date": "2026-11-18", "text": "The six-month review is published."},
        ],
        "sources": [
            {
                "outlet": "commonweal-daily",
                "title": "Cleaner air, faster buses: Vessenburg shows the way",
                "url": "https://commonwealdaily.example/cities/2026/nov/vessenburg-cleaner-air-faster-buses",
                "hours_ago": 124,
                "summary": "Welcomes the review's findings and argues that other cities should adopt similar schemes.",
            },
            {
                "outlet": "plainsman-dispatch",
                "title": "The shopkeepers paying for Vessenburg's congestion charge",
                "url": "https://plainsmandispatch.example/business/shopkeepers-paying-vessenburg-charge",
                "hours_ago": 122,
                "summary": "Interviews small retailers who report fewer customers and argues the review understates the economic cost.",
            },
            {
                "outlet": "evening-atlas",
                "title": "What Vessenburg's first six months tell us about road charging",
                "url": "https://eveningatlas.example/cities/vessenburg-road-charging-six-months",
                "hours_ago": 121,
                "summary": "Sets the figures against other cities' experience and notes that early gains sometimes fade.",
            },
            {
                "outlet": "continental-wire",
                "title": "Congestion charge cuts Vessenburg traffic by 17%, review finds",
                "url": "https://continentalwire.example/world/vessenburg-congestion-charge-review",
                "hours_ago": 123,
                "summary": "Reports the main figures from the review and the timetable for the assembly's vote on expansion.",
            },
        ],
        "questions": [
            {
                "text": "Where does the money from Vessenburg's congestion charge go?",
                "slug": "where-does-vessenburg-congestion-charge-money-go",
                "lede": "By law, all of it, after running costs, must be spent on public transport in Kelderland.",
                "answer": (
                    "<p>The law that created the charge ring-fences its net revenue for public "
                    "transport. In the first six months, that came to 48 million serra after "
                    "the costs of cameras, enforcement and administration.</p>"
                    "<p>So far the money has paid for more frequent services on six bus routes, "
                    "new bus lanes on two approach roads and a fare freeze for young people. "
                    "The authority has proposed spending the next tranche on new routes "
                    "serving outer districts.</p>"
                    "<p>An independent auditor checks the accounts each year. Critics say the "
                    "ring-fence is only as good as the decisions about where the money goes, "
                    "and want residents of outer districts to have a formal say. The authority says it will publish a list of proposed projects before the assembly's vote on expansion, so that residents can comment on how the money would be used.</p>"
                ),
            },
            {
                "text": "Do congestion charges hurt city-centre shops?",
                "slug": "do-congestion-charges-hurt-city-centre-shops",
                "lede": "The evidence is mixed. Overall spending often holds up, but some types of shop can lose customers, especially early on.",
                "answer": (
                    "<p>Studies of road charging in several cities have generally found little "
                    "change in total retail spending in charged zones, partly because most "
                    "shoppers in city centres arrive on foot or by public transport. Faster "
                    "buses and quieter streets can attract some new visitors.</p>"
                    "<p>The picture varies by business. Shops selling bulky goods, or relying on "
                    "customers who drive in from outlying areas, are more likely to lose trade. "
                    "Changes in shopping habits, such as online buying, make it hard to isolate "
                    "the effect of the charge.</p>"
                    "<p>In Vessenburg, the authority's footfall counters show little change, "
                    "while retailers' own survey reports lower spending at smaller shops. Both "
                    "are partial measures, and the eighteen-month review is meant to look more "
                    "closely.</p>"
                ),
            },
            {
                "text": "Who is exempt from Vessenburg's congestion charge?",
                "slug": "who-is-exempt-from-vessenburg-congestion-charge",
                "lede": "Emergency vehicles, buses, registered disabled drivers and some care workers. Residents of the zone get a 90% discount.",
                "answer": (
                    "<p>Full exemptions cover emergency services, licensed buses and coaches, "
                    "and vehicles registered to disabled people. Home care workers can apply "
                    "for an exemption for journeys made while visiting clients.</p>"
                    "<p>People who live inside the zone pay 10% of the daily charge. Taxis pay "
                    "the full charge, which drivers' associations are challenging.</p>"
                    "<p>The proposed extension includes a consultation question on whether "
                    "low-income workers in outer districts should receive a discount. "
                    "Supporters say it would make the scheme fairer; opponents say it would be "
                    "complex to administer and reduce the effect on traffic. Drivers who believe they qualify for an exemption must register their vehicle in advance; journeys made before registration are not refunded.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "Buses on a central Vessenburg street inside the charging zone.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 11. Election recount
    # ---------------------------------------------------------------------------------
    {
        "slug": "kelderland-election-recount-vessenburg-north",
        "headline": "Why Kelderland's assembly election hinges on a recount in one district",
        "standfirst": "A 37-vote margin and a box of misfiled postal ballots in Vessenburg North will decide which side controls the provincial assembly.",
        "label": "explainer",
        "status": "published",
        "published_hours_ago": 230,
        "featured": False,
        "authors": ["callum-fairweather", "helen-achterberg"],
        "topics": ["kelderland", "elections", "serravel"],
        "tags": ["elections", "recount", "postal-votes"],
        "what_happened": (
            "<p>Kelderland's electoral commission has ordered a full recount in the "
            "Vessenburg North district after the initial count gave the Provincial Alliance "
            "candidate a lead of 37 votes over the Harbour Coalition candidate. During checks, "
            "officials found 212 postal ballots that had been filed with the wrong district's "
            "papers and were not included in the first count.</p>"
            "<p>The seat matters because the rest of the results leave the two blocs level. "
            "Whichever side wins Vessenburg North will hold 31 of the assembly's 61 seats, "
            "enough to form the provincial government.</p>"
        ),
        "behind_headline": (
            "<p>Recounts rarely overturn results; most change the totals by a handful of "
            "votes. What makes this one significant is the 212 ballots that were never "
            "counted. If they split roughly like the rest of the district, the result is "
            "unlikely to change. If they lean heavily one way, as postal votes sometimes do, "
            "the margin could disappear. Both parties have sent lawyers and observers to the "
            "count, and both have said they will accept the commission's final result.</p>"
            "<p>The wider question is about process. The misfiled ballots were found because "
            "of a routine check, which election officials point to as evidence the system "
            "works. Critics on both sides reply that a simple labelling error should never "
            "have happened and want the commission to explain how postal ballots are sorted. "
            "The way the commission handles the recount, openly and quickly, may matter as "
            "much to public confidence as the result. The commission has published its "
            "timetable and will allow accredited journalists to watch.</p>"
        ),
        "papers_say": (
            "<p>Most coverage is restrained. Continental Wire and The Evening Atlas set out "
            "the arithmetic and the recount rules. Meridian Post focuses on the voters whose "
            "ballots were missed, while The Standard Ledger calls for an independent review "
            "of postal voting procedures. Both approaches stress the need to await the "
            "result.</p>"
        ),
        "how_we_got_here": (
            "<p>Kelderland's assembly is elected every four years using single-member "
            "districts. For the past eight years the Harbour Coalition has led the provincial "
            "government, latterly with a one-seat majority. The Provincial Alliance "
            "campaigned on the cost of living and transport, including the Vessenburg "
            "congestion charge, which it wants to pause.</p>"
            "<p>Postal voting was expanded in 2022 and now accounts for about a quarter of "
            "ballots. Postal votes are sorted by district at a central office before being "
            "sent out for counting, and it was at that stage that the 212 ballots were "
            "placed in the wrong batch.</p>"
        ),
        "timeline": [
            {
                "date": "2022-03-01",
                "text": "Kelderland expands postal voting to all registered voters on request.",
            },
            {"date": "2026-11-08", "text": "Kelderland votes in its provincial assembly election."},
            {
                "date": "2026-11-10",
                "text": "The initial count in Vessenburg North gives the Provincial Alliance a 37-vote lead.",
            },
            {
                "date": "2026-11-13",
                "text": "Officials find 212 misfiled postal ballots during routine checks.",
            },
            {
                "date": "2026-11-14",
                "text": "The electoral commission orders a full recount of the district.",
            },
        ],
        "sources": [
            {
                "outlet": "continental-wire",
                "title": "Kelderland orders recount as control of assembly rests on one seat",
                "url": "https://continentalwire.example/world/kelderland-recount-one-seat",
                "hours_ago": 235,
                "summary": "Reports the commission's decision, the 37-vote margin and the discovery of the misfiled ballots.",
            },
            {
                "outlet": "evening-atlas",
                "title": "How a recount works, and why this one is different",
                "url": "https://eveningatlas.example/world/how-a-recount-works-kelderland",
                "hours_ago": 232,
                "summary": "Explains recount procedures and why uncounted ballots matter more than small counting errors.",
            },
            {
                "outlet": "meridian-post",
                "title": "The 212 voters who nearly went uncounted",
                "url": "https://meridianpost.example/world/kelderland-212-voters-uncounted",
                "hours_ago": 231,
                "summary": "Interviews postal voters in the district and asks how they can check whether their ballot is counted.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Kelderland needs an independent review of postal voting",
                "url": "https://standardledger.example/opinion/kelderland-postal-voting-review",
                "hours_ago": 233,
                "summary": "Argues that the error shows weaknesses in how postal ballots are sorted and calls for an outside review.",
            },
        ],
        "questions": [
            {
                "text": "How does a recount work in Kelderland?",
                "slug": "how-does-a-recount-work-in-kelderland",
                "lede": "Every ballot in the district is counted again by hand, in public, with candidates' representatives watching.",
                "answer": (
                    "<p>The returning officer for the district supervises the recount at a "
                    "single venue. Counters sort ballots by candidate, and any ballot whose "
                    "marking is unclear is set aside for the returning officer to rule on, "
                    "with candidates' agents able to object.</p>"
                    "<p>In this case, the 212 misfiled postal ballots will first be checked "
                    "against the register to confirm they came from eligible voters in "
                    "Vessenburg North, then added to the count. Accredited journalists and "
                    "observers may watch throughout.</p>"
                    "<p>Once the recount is complete, the returning officer declares a result. "
                    "Either candidate can then challenge it in the electoral court, but only on "
                    "specific legal grounds, not simply because the margin is narrow.</p>"
                ),
            },
            {
                "text": "What happens if the recount ends in an exact tie?",
                "slug": "what-if-kelderland-recount-is-a-tie",
                "lede": "Under Kelderland's election law, the winner would be decided by drawing lots, a rule that has never been used.",
                "answer": (
                    "<p>Many election systems include a tie-break rule for the rare case where "
                    "two candidates receive exactly the same number of votes. In Kelderland, "
                    "the law says the returning officer draws lots in public.</p>"
                    "<p>The rule has never been needed in the province's history, and with "
                    "about 31,000 votes cast in the district, an exact tie is very unlikely. "
                    "Some legal scholars have suggested replacing it with a fresh election "
                    "for the seat, which is the approach some other places take.</p>"
                    "<p>Either way, a tie would be followed by scrutiny of rejected ballots, "
                    "because a single disputed paper could then change the outcome. Officials say that, whatever the outcome, every step of the recount will be recorded so that the result can be checked if it is challenged.</p>"
                ),
            },
        ],
        "updates": [
            {
                "kind": "update",
                "note": "The recount has concluded. The Provincial Alliance candidate keeps the seat with a margin reduced to 29 votes, and the electoral commission has certified the result.",
                "hours_ago": 180,
            },
        ],
        "hero_caption": "Ballot boxes stacked at the Vessenburg North counting centre.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 12. In review: electoral boundaries
    # ---------------------------------------------------------------------------------
    {
        "slug": "kelderland-electoral-boundaries-explained",
        "headline": "Kelderland's proposed new electoral map, explained",
        "standfirst": "An independent panel wants to redraw the province's 61 districts to reflect population growth around Vessenburg, and both main blocs have concerns.",
        "label": "explainer",
        "status": "review",
        "published_hours_ago": None,
        "featured": False,
        "authors": ["callum-fairweather"],
        "topics": ["kelderland", "elections", "serravel"],
        "tags": ["elections", "boundaries", "redistricting"],
        "what_happened": (
            "<p>Kelderland's independent boundaries panel has published draft proposals to "
            "redraw the province's 61 assembly districts. The changes would create three new "
            "districts in the fast-growing suburbs around Vessenburg and merge three rural "
            "districts in the south, keeping the total unchanged.</p>"
            "<p>The panel says every district should have between 95% and 105% of the average "
            "number of voters, and that several currently fall well outside that range. A "
            "public consultation runs for twelve weeks, after which the panel will publish "
            "final proposals for the assembly to approve or reject without amendment.</p>"
        ),
        "behind_headline": (
            "<p>Boundary reviews are technical exercises with political consequences. Moving "
            "seats from slow-growing rural areas to growing suburbs changes which voters "
            "share a district, and parties quickly calculate how that might affect them. "
            "Early analyses suggest the new map would not clearly favour either main bloc: "
            "the suburbs have tended to split, while the merged southern districts were held "
            "by both sides.</p>"
            "<p>The concerns are more local. Rural representatives say that merging districts "
            "would make them too large to serve properly, with some voters more than two "
            "hours' drive from their representative's office. Suburban councils argue that "
            "some proposed lines split established neighbourhoods. The panel has said it "
            "expects to make changes after consultation, as previous panels have. The most "
            "contested question, whether to allow a wider population tolerance for sparse "
            "rural districts, would need a change in the law rather than a change to the map, "
            "and that decision rests with the assembly itself.</p>"
        ),
        "papers_say": (
            "<p>Continental Wire sets out the proposed changes district by district. The "
            "Lakeside Courier reports concerns from suburban councils, and The Standard "
            "Ledger carries the case made by rural representatives for more flexible rules. "
            "None of the three suggests the draft map was drawn to favour either bloc, and "
            "all note that the final proposals may look quite different.</p>"
        ),
        "how_we_got_here": (
            "<p>Kelderland's boundaries were last redrawn in 2014. Since then, the population "
            "of Vessenburg's suburbs has grown by about a fifth, while parts of the rural south "
            "have lost residents. By the 2026 election, the largest district had almost 40% "
            "more voters than the smallest.</p>"
            "<p>The independent panel was set up in 2010 to take boundary decisions away from "
            "the assembly's own committees. The law requires a review every twelve years, or "
            "sooner if population shifts are large, and the panel began this review in "
            "early 2026.</p>"
        ),
        "timeline": [
            {
                "date": "2014-06-30",
                "text": "Kelderland's current assembly boundaries are approved.",
            },
            {"date": "2026-02-02", "text": "The independent boundaries panel begins its review."},
            {
                "date": "2026-11-08",
                "text": "The provincial election is held on the existing boundaries.",
            },
            {
                "date": "2026-11-23",
                "text": "The panel publishes its draft proposals and opens a twelve-week consultation.",
            },
        ],
        "sources": [
            {
                "outlet": "continental-wire",
                "title": "Kelderland panel proposes three new suburban districts",
                "url": "https://continentalwire.example/world/kelderland-panel-new-suburban-districts",
                "hours_ago": 30,
                "summary": "Summarises the draft map, the population figures behind it and the consultation timetable.",
            },
            {
                "outlet": "lakeside-courier",
                "title": "Suburban councils say new lines split communities",
                "url": "https://lakesidecourier.example/world/kelderland-suburban-councils-new-lines",
                "hours_ago": 20,
                "summary": "Reports objections from councils who say proposed boundaries cut across established neighbourhoods.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Rural voters deserve a representative they can reach",
                "url": "https://standardledger.example/opinion/rural-voters-reachable-representative",
                "hours_ago": 18,
                "summary": "Argues for a wider population tolerance so that rural districts do not become unmanageably large.",
            },
        ],
        "questions": [
            {
                "text": "Who draws Kelderland's electoral boundaries?",
                "slug": "who-draws-kelderland-electoral-boundaries",
                "lede": "An independent panel of five members, chaired by a retired judge, with the assembly limited to approving or rejecting the final map.",
                "answer": (
                    "<p>The boundaries panel has five members: a retired judge as chair, two "
                    "statisticians or geographers and two lay members chosen through open "
                    "competition. None may have held party office in the previous ten years.</p>"
                    "<p>The panel proposes a map, consults the public and then publishes final "
                    "proposals. The assembly can approve or reject them as a whole but cannot "
                    "amend individual districts, a rule designed to stop parties adjusting lines "
                    "to their advantage.</p>"
                    "<p>If the assembly rejects the map, the panel must revise it and try "
                    "again. That has never happened since the panel was created. Anyone can respond to the consultation, and the panel publishes every submission, along with its reasons for accepting or rejecting the changes proposed.</p>"
                ),
            },
            {
                "text": "Why must districts have similar numbers of voters?",
                "slug": "why-must-districts-have-similar-numbers-of-voters",
                "lede": "So that each vote carries roughly equal weight. A voter in a small district otherwise has more say than one in a large district.",
                "answer": (
                    "<p>In a system where each district elects one representative, a district "
                    "with 20,000 voters and one with 28,000 both send one member to the "
                    "assembly. Each vote in the smaller district therefore counts for more.</p>"
                    "<p>Kelderland's law requires districts to be within 5% of the average, "
                    "with limited exceptions for island communities. Some places allow wider "
                    "tolerances to keep natural communities together or to limit the size of "
                    "sparsely populated districts.</p>"
                    "<p>There is a genuine trade-off between equal weight for every vote and "
                    "districts that match real communities, and reasonable people weigh it "
                    "differently. Changing the tolerance would require a vote of the assembly, and any change would apply only to future reviews.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "A draft map of Kelderland's proposed assembly districts.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 13. Fishing-quota row
    # ---------------------------------------------------------------------------------
    {
        "slug": "nordhav-herring-quota-row",
        "headline": "The Nordhav herring quota row: why fishing nations can't agree on a shrinking stock",
        "standfirst": "Scientists advise a 21% cut in catches, but the fish are moving north and every delegation thinks its share should reflect where they now swim.",
        "label": "analysis",
        "status": "published",
        "published_hours_ago": 320,
        "featured": False,
        "authors": ["amara-nwosu-hale", "tomasz-brenner"],
        "topics": ["fisheries", "norway", "climate-and-weather"],
        "tags": ["fishing", "quotas", "oceans"],
        "what_happened": (
            "<p>Talks at the North Atlantic Pelagic Council on next year's catch limits for "
            "the Nordhav herring stock have ended without agreement for the second year "
            "running. The council's scientific committee had advised that total catches be "
            "cut by 21%, to 412,000 tonnes, to stop the stock falling below a safe level.</p>"
            "<p>Delegations accepted the scientific advice in principle but could not agree "
            "how to divide the smaller total. Without a deal, each is expected to set its own "
            "quota, and past experience suggests the combined total will exceed the advice.</p>"
        ),
        "behind_headline": (
            "<p>The disagreement is less about the science than about history versus "
            "geography. Shares in the stock were fixed in 2009, based on where herring were "
            "caught in the preceding decades. Since then, warmer water has pushed the fish "
            "north and west, so that a larger part of the stock now spends the summer in "
            "northern waters. Fleets there, including many based in Norway, argue their share "
            "should rise to match. Delegations whose waters now see fewer fish say historic "
            "rights, and the communities built around them, should not be swept away by a "
            "shift that may not be permanent.</p>"
            "<p>Each side has a case, and the cost of failing to agree falls on everyone. "
            "When each delegation sets its own quota, the total tends to overshoot scientific "
            "advice, the stock declines further and certification schemes that reassure "
            "buyers may be suspended. Fishers' groups on all sides say they want a deal; "
            "what is missing is a formula for adjusting shares as fish move, which several "
            "economists have proposed but no delegation has yet championed. A fresh round of "
            "talks is scheduled for the new year.</p>"
        ),
        "papers_say": (
            "<p>Nordkyst Tidende reflects northern fleets' view that shares should follow the "
            "fish. The Commonweal Daily focuses on the risk to the stock and the smaller "
            "coastal boats that depend on it. Continental Wire reports the talks' outcome "
            "neutrally, and The Evening Atlas explains how warming seas are moving fish "
            "populations.</p>"
        ),
        "how_we_got_here": (
            "<p>The North Atlantic Pelagic Council was set up to manage fish stocks that "
            "migrate across the waters of several coastal states. Each year its scientific "
            "committee assesses the stock, and delegations negotiate a total catch and how to "
            "divide it.</p>"
            "<p>The 2009 sharing agreement held for more than a decade. Tensions grew as "
            "surveys showed the stock's summer feeding grounds shifting north, and the "
            "agreement lapsed at the end of 2024 after delegations failed to renew it. Last "
            "year's talks also failed, and combined catches exceeded the scientific advice by "
            "about 18%.</p>"
        ),
        "timeline": [
            {
                "date": "2009-12-03",
                "text": "Delegations agree long-term shares of the Nordhav herring catch.",
            },
            {
                "date": "2024-12-31",
                "text": "The sharing agreement lapses after talks to renew it fail.",
            },
            {
                "date": "2025-12-12",
                "text": "Talks on the 2026 catch end without agreement; delegations set their own quotas.",
            },
            {
                "date": "2026-09-29",
                "text": "The council's scientists advise a 21% cut in total catches for 2027.",
            },
            {"date": "2026-11-10", "text": "The latest round of talks ends without a deal."},
        ],
        "sources": [
            {
                "outlet": "nordkyst-tidende",
                "title": "The herring have moved. The quotas should too",
                "url": "https://nordkysttidende.example/fiskeri/herring-moved-quotas-should-too",
                "hours_ago": 324,
                "summary": "Argues that shares fixed in 2009 no longer reflect where the stock lives and that northern fleets are being penalised.",
            },
            {
                "outlet": "commonweal-daily",
                "title": "Another year without a deal puts the Nordhav herring at risk",
                "url": "https://commonwealdaily.example/environment/2026/nov/nordhav-herring-no-deal-risk",
                "hours_ago": 322,
                "summary": "Warns that unilateral quotas will push catches above scientific advice and hurt small coastal fishers most.",
            },
            {
                "outlet": "continental-wire",
                "title": "Herring quota talks end without agreement for second year",
                "url": "https://continentalwire.example/business/herring-quota-talks-no-agreement",
                "hours_ago": 321,
                "summary": "Reports the outcome of the talks, the scientific advice and the plan for a new round in the new year.",
            },
            {
                "outlet": "evening-atlas",
                "title": "Fish on the move: how warming seas are redrawing the map of fishing",
                "url": "https://eveningatlas.example/science/fish-on-the-move-warming-seas",
                "hours_ago": 330,
                "summary": "Explains how rising sea temperatures shift the range of species such as herring and the problems this poses for quota systems.",
            },
            {
                "outlet": "faro-austral",
                "title": "What the North Atlantic can learn from Pacific fishing disputes",
                "url": "https://faroaustral.example/mundo/atlantico-norte-disputas-pesqueras",
                "hours_ago": 318,
                "summary": "Compares the row with disputes over migrating stocks in the South Pacific and the agreements that resolved some of them.",
            },
        ],
        "questions": [
            {
                "text": "Why are herring moving north, and will they come back?",
                "slug": "why-are-herring-moving-north",
                "lede": "Mainly because the sea is warming. Whether the shift is permanent is uncertain, which makes the quota argument harder.",
                "answer": (
                    "<p>Herring feed on tiny animals called plankton, whose distribution "
                    "depends on water temperature. As surface waters have warmed, the areas "
                    "where conditions suit the fish have moved, and surveys show the stock "
                    "spending more of the summer further north and west.</p>"
                    "<p>Natural cycles in ocean temperature also play a role, so part of the "
                    "shift could reverse in cooler years. Scientists expect the longer-term "
                    "trend to continue as the climate warms, but they cannot say precisely "
                    "where the fish will be in ten years.</p>"
                    "<p>That uncertainty matters to the negotiations. Delegations that would "
                    "gain from new shares want them to reflect the present; those that would "
                    "lose argue it is too soon to rewrite long-standing rights.</p>"
                ),
            },
            {
                "text": "What happens when fishing nations set their own quotas?",
                "slug": "what-happens-when-nations-set-own-quotas",
                "lede": "Usually, the combined catch exceeds what scientists advise, and the stock comes under more pressure.",
                "answer": (
                    "<p>Without an agreement, each delegation decides its own quota, typically "
                    "basing it on the share it believes it is entitled to. Because each claims "
                    "a larger share than others would grant, the quotas add up to more than the "
                    "scientific advice.</p>"
                    "<p>Last year, combined catches of Nordhav herring were about 18% above "
                    "the advised total. If that continues, the stock is likely to shrink, and "
                    "future advice will call for deeper cuts.</p>"
                    "<p>There are commercial effects too. Some buyers require fish to carry "
                    "sustainability certification, which can be suspended when a stock is "
                    "fished beyond advice, reducing the price fishers receive. Unilateral quotas also make planning harder for fishers themselves, because the rules can change each year depending on the outcome of negotiations.</p>"
                ),
            },
            {
                "text": "Is there a fairer way to share a fish stock that keeps moving?",
                "slug": "fairer-way-to-share-moving-fish-stock",
                "lede": "Economists have proposed formulas that adjust shares gradually as fish move, but none has yet been adopted for this stock.",
                "answer": (
                    "<p>One approach is to base each delegation's share partly on history and "
                    "partly on where the stock is found in recent surveys, with the balance "
                    "shifting slowly over a decade. That gives gaining fleets a rising share "
                    "while giving losing communities time to adjust.</p>"
                    "<p>Another is to allow trading of quota between delegations, so that those "
                    "with fish in their waters but little quota can buy access from those in the "
                    "opposite position.</p>"
                    "<p>Both ideas face practical hurdles, such as agreeing how surveys are "
                    "conducted. Fishers' groups on several sides have said they would consider "
                    "such a formula if it came with a firm commitment to stay within "
                    "scientific advice. Economists note that similar formulas have been discussed for other migrating stocks, and that agreeing the principle is usually harder than agreeing the numbers.</p>"
                ),
            },
        ],
        "updates": [
            {
                "kind": "correction",
                "note": "An earlier version gave the scientific committee's recommended total catch as 421,000 tonnes. The correct figure is 412,000 tonnes.",
                "hours_ago": 300,
            },
        ],
        "hero_caption": "Pelagic trawlers moored in a northern harbour.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 14. Tech antitrust case
    # ---------------------------------------------------------------------------------
    {
        "slug": "quillon-systems-antitrust-case",
        "headline": "Quillon Systems faces antitrust case over its app-store payment rules",
        "standfirst": "Serravel's competition regulator says the company forces app developers to use its own payment service and stops them telling users about cheaper options.",
        "label": "explainer",
        "status": "published",
        "published_hours_ago": 150,
        "featured": False,
        "authors": ["callum-fairweather", "tomasz-brenner"],
        "topics": ["quillon-systems", "tobias-wren", "competition-law", "serravel"],
        "tags": ["antitrust", "app-stores", "big-tech"],
        "what_happened": (
            "<p>Serravel's Fair Markets Office has brought a case against Quillon Systems "
            "before the country's Competition Tribunal. It alleges that Quillon abused a "
            "dominant position by requiring apps sold through its store to use Quillon Pay "
            "for in-app purchases, at a commission of up to 27%, and by barring developers "
            "from telling users that they could pay less elsewhere.</p>"
            "<p>Quillon denies wrongdoing. Its chief executive, Tobias Wren, said the rules "
            "protect users from fraud and fund the security of the platform. If the tribunal "
            "finds against the company, it could be fined up to 10% of its annual turnover "
            "and ordered to change its rules.</p>"
        ),
        "behind_headline": (
            "<p>The case turns on two questions. First, is Quillon dominant? Its phones make up "
            "about 38% of sales in Serravel, which on its own would not usually count. The "
            "regulator's argument is that the relevant market is app distribution <em>to "
            "Quillon users</em>, where the company controls the only pre-installed store. "
            "Quillon says that definition is artificial, because developers can reach most "
            "people through rival phones and the web.</p>"
            "<p>Second, if it is dominant, are the rules an abuse or a legitimate way to "
            "run a safe platform? Quillon points to lower rates of payment fraud in its store "
            "than on open platforms. The regulator's filing argues that security could be "
            "maintained with less restrictive rules, and that the ban on mentioning cheaper "
            "prices elsewhere has no security purpose at all. Similar disputes in other "
            "jurisdictions have often ended with companies allowing alternative payments "
            "while keeping a reduced commission. A settlement along those lines is possible "
            "here, but neither side has signalled willingness so far, and a full hearing "
            "would take at least a year.</p>"
        ),
        "papers_say": (
            "<p>Meridian Post gives space to developers who say the commission squeezes small "
            "studios. The Standard Ledger questions whether regulators should redesign "
            "successful products, and Continental Wire sets out the legal tests the tribunal "
            "will apply. Savanna Signal notes that developers across Africa sell apps through "
            "the same store.</p>"
        ),
        "how_we_got_here": (
            "<p>Quillon opened its app store in 2014 and introduced mandatory use of Quillon "
            "Pay for digital purchases in 2018. Complaints from developers, including a group "
            "of game studios and a music-streaming service, led the Fair Markets Office to open "
            "an investigation in 2024.</p>"
            "<p>During the investigation, Quillon lowered its commission for developers earning "
            "less than one million serra a year to 15%. The regulator said this was welcome but "
            "did not address its central concerns. It issued a preliminary finding in June, to "
            "which Quillon responded in writing, before deciding to refer the case to the "
            "tribunal.</p>"
        ),
        "timeline": [
            {
                "date": "2018-01-15",
                "text": "Quillon makes its own payment service mandatory for in-app digital purchases.",
            },
            {
                "date": "2024-04-09",
                "text": "The Fair Markets Office opens an investigation after complaints from developers.",
            },
            {
                "date": "2025-02-03",
                "text": "Quillon cuts its commission to 15% for smaller developers.",
            },
            {
                "date": "2026-06-22",
                "text": "The regulator issues a preliminary finding that the payment rules may breach competition law.",
            },
            {
                "date": "2026-11-18",
                "text": "The Fair Markets Office refers the case to the Competition Tribunal.",
            },
        ],
        "sources": [
            {
                "outlet": "meridian-post",
                "title": "Small app makers say Quillon's cut leaves them barely afloat",
                "url": "https://meridianpost.example/tech/small-app-makers-quillon-commission",
                "hours_ago": 152,
                "summary": "Interviews independent developers about the effect of the commission and the ban on mentioning cheaper prices.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Regulators should think twice before redesigning a popular product",
                "url": "https://standardledger.example/opinion/regulators-redesigning-popular-product",
                "hours_ago": 149,
                "summary": "Argues that the store's rules are part of what users value and that intervention could weaken security.",
            },
            {
                "outlet": "continental-wire",
                "title": "Quillon Systems referred to Competition Tribunal over payment rules",
                "url": "https://continentalwire.example/tech/quillon-referred-competition-tribunal",
                "hours_ago": 151,
                "summary": "Sets out the allegations, Quillon's response and the legal tests the tribunal will apply.",
            },
            {
                "outlet": "savanna-signal",
                "title": "Why a South Atlantic antitrust case matters to Nairobi's app developers",
                "url": "https://savannasignal.example/tech/quillon-antitrust-nairobi-developers",
                "hours_ago": 146,
                "summary": "Explains that a ruling could change store rules worldwide and interviews developers selling through the platform.",
            },
            {
                "outlet": "plainsman-dispatch",
                "title": "Another government takes aim at a tech success story",
                "url": "https://plainsmandispatch.example/business/government-takes-aim-tech-success",
                "hours_ago": 148,
                "summary": "Criticises the case as regulatory overreach and warns it could discourage investment in Serravel.",
            },
        ],
        "questions": [
            {
                "text": "What is Quillon Systems accused of doing wrong?",
                "slug": "what-is-quillon-accused-of",
                "lede": "Of abusing a dominant position by forcing developers to use its payment service and barring them from mentioning cheaper prices elsewhere.",
                "answer": (
                    "<p>The regulator makes two main allegations. The first is that requiring "
                    "all in-app purchases to go through Quillon Pay shuts out competing payment "
                    "providers and lets Quillon charge higher commission than a competitive "
                    "market would allow.</p>"
                    "<p>The second concerns “anti-steering” rules, which stop developers "
                    "telling users inside an app that the same subscription is cheaper on their "
                    "website. The regulator argues this keeps users unaware of alternatives and "
                    "protects Quillon's commission.</p>"
                    "<p>Quillon disputes both points. It says its payment system protects users "
                    "from fraud, that its commission funds security and review of apps, and "
                    "that developers remain free to sell through other channels. The tribunal will have to decide both whether Quillon is dominant in the relevant market and, if so, whether its rules go further than needed to protect users.</p>"
                ),
            },
            {
                "text": "Would app prices fall if Quillon loses the case?",
                "slug": "would-app-prices-fall-if-quillon-loses",
                "lede": "Possibly for some subscriptions, but not necessarily. Developers would decide whether to pass on any savings.",
                "answer": (
                    "<p>If developers could use cheaper payment providers or point users to "
                    "their websites, their costs per sale would fall. Some would likely cut "
                    "prices to attract customers; others might keep the savings, particularly "
                    "smaller studios that say they are struggling to break even.</p>"
                    "<p>Experience elsewhere is mixed. Where app stores have been required to "
                    "allow alternatives, some large services have offered cheaper web "
                    "subscriptions, while many smaller apps have kept prices unchanged.</p>"
                    "<p>Quillon argues that if its commission income falls, it may charge for "
                    "services it currently includes, such as app review and hosting, which "
                    "could offset some of the savings. Consumer groups say that even where prices do not fall, users would benefit from knowing about cheaper options, which the current rules prevent developers from telling them.</p>"
                ),
            },
            {
                "text": "How long will the Quillon case take?",
                "slug": "how-long-will-the-quillon-case-take",
                "lede": "A full hearing is scheduled for March 2027, and a decision would likely follow months later, with appeals possible.",
                "answer": (
                    "<p>The Competition Tribunal has set a first hearing for March 2027. Cases "
                    "of this kind usually involve weeks of evidence from economists and "
                    "industry witnesses, and written decisions can take several months after "
                    "the hearing ends.</p>"
                    "<p>Either side can appeal to the Supreme Court on points of law, which "
                    "could add another year or more. The regulator can also ask the tribunal "
                    "for interim measures if it believes developers are suffering serious harm "
                    "in the meantime, though it has not done so yet.</p>"
                    "<p>A settlement could end the case at any point, and the tribunal "
                    "encourages parties to discuss one. Until the case is decided, Quillon's current rules stay in place, and developers must continue to use Quillon Pay for in-app purchases.</p>"
                ),
            },
        ],
        "updates": [
            {
                "kind": "update",
                "note": "The Competition Tribunal has set a first hearing for March 2027. We have updated the text and the answer on how long the case will take.",
                "hours_ago": 100,
            },
        ],
        "hero_caption": "Quillon Systems' headquarters on the Port Aldane waterfront.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 15. Withdrawn: a reported takeover that was never confirmed
    # ---------------------------------------------------------------------------------
    {
        "slug": "quillon-reported-bid-for-lumen-pay",
        "headline": "Quillon Systems and Lumen Pay: what we know about the reported takeover bid",
        "standfirst": "Reports say the app-store group has approached a rival payments firm, a deal that would draw close scrutiny from competition regulators.",
        "label": "explainer",
        "status": "withdrawn",
        "published_hours_ago": 200,
        "featured": False,
        "authors": ["callum-fairweather"],
        "topics": ["quillon-systems", "tobias-wren", "competition-law"],
        "tags": ["mergers", "payments"],
        "what_happened": (
            "<p>Quillon Systems has made an approach to buy Lumen Pay, a fast-growing digital "
            "payments company, according to a report citing two unnamed people familiar with "
            "the talks. The report said the offer valued Lumen Pay at about 3.2 billion "
            "serra.</p>"
            "<p>Neither company has confirmed the report. Quillon said it does not comment "
            "on market speculation, and Lumen Pay said it was not in discussions about a "
            "sale. Shares in Quillon fell 2% on the news.</p>"
        ),
        "behind_headline": (
            "<p>If a bid were made, it would raise obvious competition questions. Lumen Pay "
            "is one of the few payment firms that developers have named as an alternative to "
            "Quillon Pay, and its growth has been cited by critics of Quillon's app-store "
            "rules as evidence that competition is possible. Buying it would remove a "
            "potential rival at the very moment the Fair Markets Office is examining those "
            "rules.</p>"
            "<p>For that reason, analysts said a deal would very likely face a detailed "
            "merger review and might be blocked or allowed only with conditions. Some also "
            "questioned why Quillon would pursue such a deal while an antitrust case is "
            "pending, and suggested the report might reflect early, informal contacts rather "
            "than a formal offer. Without confirmation from either company, the significance "
            "of the report is hard to judge, and readers should treat it with caution. We will "
            "update this page if either company makes a statement.</p>"
        ),
        "papers_say": (
            "<p>Coverage was thin and largely relied on a single original report. Continental "
            "Wire noted the companies' denials prominently, while The Standard Ledger focused "
            "on the share price move and Meridian Post on the implications for the antitrust "
            "case. None of the outlets we reviewed had confirmed the approach independently.</p>"
        ),
        "how_we_got_here": (
            "<p>Lumen Pay was founded in 2019 and processes payments for online shops and "
            "subscription services. It grew quickly by handling web sales for app developers "
            "who sell subscriptions outside Quillon's store, and it has raised money from "
            "several investment funds.</p>"
            "<p>Quillon has made several small acquisitions over the past decade, mostly of "
            "software studios, but has not bought a payments company before. Its payment "
            "rules are the subject of a competition investigation that was then close to a "
            "decision on whether to go to the tribunal.</p>"
        ),
        "timeline": [
            {"date": "2019-09-02", "text": "Lumen Pay is founded in Port Aldane."},
            {
                "date": "2024-04-09",
                "text": "Serravel's Fair Markets Office opens an investigation into Quillon's payment rules.",
            },
            {
                "date": "2026-11-15",
                "text": "A report says Quillon has approached Lumen Pay about a takeover; both companies decline to confirm it.",
            },
        ],
        "sources": [
            {
                "outlet": "continental-wire",
                "title": "Quillon, Lumen Pay decline to confirm takeover report",
                "url": "https://continentalwire.example/business/quillon-lumen-pay-decline-confirm",
                "hours_ago": 203,
                "summary": "Reports that both companies declined to confirm talks and that Lumen Pay said it was not in sale discussions.",
            },
            {
                "outlet": "standard-ledger",
                "title": "Quillon shares slip on reports of payments deal",
                "url": "https://standardledger.example/markets/quillon-shares-payments-deal-report",
                "hours_ago": 204,
                "summary": "Reports the share price move and analysts' views on the value of a possible deal.",
            },
            {
                "outlet": "meridian-post",
                "title": "A Lumen Pay deal would complicate Quillon's antitrust fight",
                "url": "https://meridianpost.example/tech/lumen-pay-deal-quillon-antitrust",
                "hours_ago": 202,
                "summary": "Argues that buying a potential payments rival would undermine Quillon's defence in its competition case.",
            },
        ],
        "questions": [
            {
                "text": "Why would regulators look closely at a Quillon takeover of Lumen Pay?",
                "slug": "why-regulators-would-examine-quillon-lumen-deal",
                "lede": "Because Lumen Pay is one of the few alternatives to Quillon's own payment service, and merger rules guard against removing potential rivals.",
                "answer": (
                    "<p>Merger control is not only about companies that already compete head "
                    "to head. Regulators also look at whether a deal removes a business that "
                    "could become a strong competitor, sometimes called a “killer acquisition” "
                    "when the aim appears to be to neutralise a rival.</p>"
                    "<p>Lumen Pay has been cited as evidence that developers could use other "
                    "payment services if Quillon's rules allowed it. A takeover would therefore "
                    "raise questions about whether competition in app payments would be "
                    "reduced.</p>"
                    "<p>A review could clear a deal, approve it with conditions, or block it. "
                    "Any such review would only begin once a formal agreement was announced. In Serravel, deals above a set size must be notified to the Fair Markets Office, which has an initial period of 30 working days to decide whether a deeper investigation is needed.</p>"
                ),
            },
            {
                "text": "How should readers treat reports based on unnamed sources?",
                "slug": "how-to-treat-reports-based-on-unnamed-sources",
                "lede": "With care. They can be accurate, but until a company confirms a deal, the details may be incomplete or wrong.",
                "answer": (
                    "<p>Business journalists often rely on people who cannot be named because "
                    "they are not authorised to speak. Many such reports turn out to be "
                    "accurate, but early talks can collapse, terms can change and sources can "
                    "be mistaken or have their own motives.</p>"
                    "<p>Good signs include multiple independent sources, specific detail that "
                    "can be checked, and a company response that stops short of a denial. A "
                    "clear denial from both parties, as in this case, is a reason for extra "
                    "caution.</p>"
                    "<p>Our practice is to say clearly when a report is unconfirmed and to "
                    "update or withdraw an explainer if the underlying report changes. The report behind this explainer was later retracted, which is why it has been withdrawn.</p>"
                ),
            },
        ],
        "updates": [
            {
                "kind": "update",
                "note": "This explainer has been withdrawn. It summarised a single report of a takeover approach that both companies denied, and the outlet that first published the report has since retracted it. We could not independently verify that any approach was made, and we should not have published an explainer based on one unconfirmed account.",
                "hours_ago": 100,
            },
        ],
        "hero_caption": "A payment terminal and a smartphone showing an app store.",
        "hero_credit": "Illustration: Newsdigest",
    },
    # ---------------------------------------------------------------------------------
    # 16. Off-grid solar in Kenya
    # ---------------------------------------------------------------------------------
    {
        "slug": "jua-pamoja-solar-microgrids-financing",
        "headline": "A Kenyan solar co-operative wins funding to triple its village microgrids",
        "standfirst": "Jua Pamoja's member-owned model has brought power to 40 villages; a new loan is meant to test whether it can grow without losing what made it work.",
        "label": "briefing",
        "status": "published",
        "published_hours_ago": 560,
        "featured": False,
        "authors": ["amara-nwosu-hale"],
        "topics": ["kenya", "energy", "climate-and-weather"],
        "tags": ["solar", "microgrids", "energy-access"],
        "what_happened": (
            "<p>Jua Pamoja, a co-operative that builds and runs solar microgrids in rural "
            "Kenya, has agreed a loan of 1.9 billion Kenyan shillings from the Equatorial Green "
            "Fund, an impact investor, to expand from 40 villages to about 120 over four "
            "years.</p>"
            "<p>Each microgrid combines solar panels, batteries and a local network of wires "
            "serving homes, shops and small businesses such as grain mills. Households own "
            "shares in their village grid and elect a committee that sets tariffs within "
            "limits agreed with the lender.</p>"
        ),
        "behind_headline": (
            "<p>Microgrids sit between two familiar approaches to rural electricity: extending "
            "the national grid, which can be slow and costly in remote areas, and individual "
            "solar home kits, which power lights and phones but rarely a mill or a fridge. "
            "Jua Pamoja's grids are large enough to run small businesses, which the co-operative "
            "says is the key to their finances: a welder or a cold store pays for a large "
            "share of the electricity, keeping tariffs affordable for households.</p>"
            "<p>The question is whether that model scales. Jua Pamoja's first 40 villages were "
            "chosen carefully, with strong local leadership and existing businesses. Expansion "
            "will take it to places with less of both. The loan includes money for training "
            "village technicians and a reserve to cover batteries when they need replacing, "
            "a cost that has sunk other microgrid projects. Supporters see a model that keeps "
            "decisions local; sceptics point out that co-operatives can struggle when members "
            "disagree over tariffs or when grid extension reaches a village and offers cheaper "
            "power.</p>"
        ),
        "papers_say": (
            "<p>Savanna Signal reports on the villages that will be connected first. The "
            "Evening Atlas explains how microgrids differ from solar home kits, and Nordkyst "
            "Tidende asks whether the loan terms leave the co-operative exposed if tariffs "
            "fall short. All three treat the deal as a test case for whether member-owned "
            "energy projects can grow beyond a few dozen villages.</p>"
        ),
        "how_we_got_here": (
            "<p>Jua Pamoja, whose name means “sun together” in Swahili, was started in 2018 by "
            "a group of engineers and farmers who had seen earlier solar projects fail once "
            "their donors left. They built the first grid in a single village using grants, "
            "and made members responsible for collecting payments and reporting faults.</p>"
            "<p>By 2025 the co-operative was covering its running costs from tariffs, which "
            "made it eligible for commercial-style lending. Its members' repayment record, "
            "above 95%, was central to negotiations with the Equatorial Green Fund.</p>"
        ),
        "timeline": [
            {"date": "2018-07-16", "text": "Jua Pamoja switches on its first village microgrid."},
            {"date": "2022-03-28", "text": "The co-operative's network reaches 20 villages."},
            {
                "date": "2025-06-30",
                "text": "Jua Pamoja covers its running costs from tariffs for the first full year.",
            },
            {
                "date": "2026-10-29",
                "text": "The co-operative and the Equatorial Green Fund sign a loan agreement.",
            },
        ],
        "sources": [
            {
                "outlet": "savanna-signal",
                "title": "The next 80 villages: where Jua Pamoja is heading",
                "url": "https://savannasignal.example/energy/jua-pamoja-next-80-villages",
                "hours_ago": 565,
                "summary": "Visits villages expected to be connected first and hears from residents about what power would change.",
            },
            {
                "outlet": "evening-atlas",
                "title": "Between the grid and the solar lamp: the case for microgrids",
                "url": "https://eveningatlas.example/science/case-for-microgrids",
                "hours_ago": 570,
                "summary": "Explains the economics of village microgrids and why businesses such as grain mills matter to them.",
            },
            {
                "outlet": "nordkyst-tidende",
                "title": "Impact investing meets rural reality",
                "url": "https://nordkysttidende.example/okonomi/impact-investing-rural-reality",
                "hours_ago": 562,
                "summary": "Asks whether the loan's repayment schedule leaves the co-operative vulnerable if demand grows slower than planned.",
            },
        ],
        "questions": [
            {
                "text": "What is a solar microgrid, and how is it different from a solar home kit?",
                "slug": "what-is-a-solar-microgrid",
                "lede": "A microgrid is a small local electricity network serving many users; a home kit powers a single household.",
                "answer": (
                    "<p>A solar home kit typically includes a panel, a battery and a few lights "
                    "and sockets for one household. It is cheap and quick to install but "
                    "produces too little power for motors, refrigeration or machinery.</p>"
                    "<p>A microgrid uses a larger bank of panels and batteries, and a network of "
                    "wires to connect dozens or hundreds of buildings. It can power grain mills, "
                    "welders and cold stores as well as homes, and can be connected to the "
                    "national grid if it arrives later.</p>"
                    "<p>Microgrids cost more to build and need ongoing maintenance, which is why "
                    "their financial success often depends on having businesses that use a lot "
                    "of power during the day.</p>"
                ),
            },
            {
                "text": "What happens to a village microgrid when the national grid arrives?",
                "slug": "what-happens-when-national-grid-arrives",
                "lede": "It depends on the agreement. Some microgrids connect to the main grid and sell power; others struggle if customers switch.",
                "answer": (
                    "<p>When the national grid reaches a village served by a microgrid, "
                    "customers may be offered cheaper or more reliable power, and the "
                    "microgrid can lose the users it depends on.</p>"
                    "<p>Jua Pamoja's agreements allow its grids to be connected to the national "
                    "network, with the co-operative continuing to run local distribution or "
                    "selling surplus solar power. Whether that works in practice depends on "
                    "tariffs and technical standards that are still being developed.</p>"
                    "<p>The co-operative says it chooses villages that are unlikely to be "
                    "reached by the main grid for at least ten years, and it has built that "
                    "risk into its financial planning. Energy analysts say clear rules for connecting microgrids to the main network would make lenders more willing to fund projects like Jua Pamoja's.</p>"
                ),
            },
        ],
        "updates": [],
        "hero_caption": "Solar panels and a battery house serving a village microgrid.",
        "hero_credit": "Illustration: Newsdigest",
    },
]
