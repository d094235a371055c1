"""Words and numbers that look like dates but are names, verbs, modals, counts or scores are not time expressions."""
# FORMAT: PUBLISHED = "YYYY-MM-DD"; NOT_TIMES = (sentence that must yield no time expression, ...);
# EXAMPLES = sentences where such a look-alike sits next to a real expression, which alone is tagged.

PUBLISHED = "2023-12-31"  # a Sunday

NOT_TIMES = (
    "Former Prime Minister Theresa May said the deal was dead.",
    "Mr. March said the plan had failed.",
    "Prices may rise further, analysts warned.",
    "The May government lost its majority in parliament.",
    "Follow Ostrell Daily on social media for updates.",
    "The Sun ran the story on its front page.",
    "Tourists returned to Easter Island after the storm.",
    "The village lies half an hour's drive from the border.",
    "(Reporting by Jan Oster; editing by Mila Koren)",
    "The winds may reach 100 mph near the coast.",
    "Thousands march in protest against the new pension law.",
    "Police fired tear gas as protesters tried to march on the presidential palace.",
    "The march drew a large crowd outside parliament.",
    "Marchers carried banners through the old town.",
    "Organizers expect 2000 people at the rally.",
    "The army deployed 1,500 troops to the border.",
    "The score was 3-1 when rain stopped play.",
    "Council resolution 2021-05 was repealed without debate.",
    "Between 1900-2000 people joined the march.",
    "Shares rose 3.45 to close at 12.50 on the exchange.",
    "The full interview appears on page 12.",
    "Sun Microsystems was acquired by Oracle.",
    "The climbers made a second attempt to reach the summit.",
    "Traffic was diverted along Route 66.",
    "Mayor Karen Bass said the city would appeal.",
    "The Sunday Times first reported the payments.",
    "The bill passed by a vote of 219 to 212.",
    "Two thousand protesters marched through the old town.",
    "Some nineteen twenty residents signed the petition.",
    "The visitors scored twice in the last half to win the match.",
    "The story first ran in USA Today.",
    "Thousands joined the annual March for Life in Washington.",
    "Mothers led the March of the Combatant Mothers through Havana.",
    "The reform will not change the country overnight.",
    "He drives an Audi Q3 and owns two horses.",
    "The plant makes H2 from natural gas, and the production of H2 doubled.",
)

EXAMPLES = (
    ("Theresa May said on [Sunday] that she would stay in parliament.", "2023-12-31"),
    ("Prices may rise again in [March], the central bank warned.", "2024-03"),
    ("Thousands are expected to march through the capital on [Jan. 1].", "2024-01-01"),
    ("More than 2000 people were evacuated on [Saturday].", "2023-12-30"),
    ("Route 66 was closed [yesterday] after a rockslide.", "2023-12-30"),
    ("The Sunday Times reported on [Friday] that the minister would resign.", "2023-12-29"),
    ("Three quarters of the members voted for [next year]'s budget.", "2024"),
    ("The quarter-to-quarter comparison was distorted by a strike in [March].", "2023-03"),
    ("The deal should save $500 million a year in costs from [2025].", "2025"),
    ("The governor told USA Today on [Friday] that he would not run.", "2023-12-29"),
    ("The Communist Party daily Granma said on [Saturday] that the boy must return.", "2023-12-30"),
    ("The daily Haaretz reported [last week] that talks had stalled.", "2023-W51"),
)
