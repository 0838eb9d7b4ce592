"""Pledge records: parametrised French sentences with the record a reader expects."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.api import Extractor
from extractor.reader import read_path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sommet_ia_paris.txt"


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp=nlp)


def pledges_of(extractor, text, published=date(2025, 3, 3)):
    return extractor.extract(text, published=published).pledges


# (sentence, investor, recipient, amount, currency)
PLEDGE_CASES = [
    # the amount right after 'ce qui porte à' tallies the money before it
    ("La start-up lilloise Couvrio a levé 12 millions d'euros auprès du fonds Nordlys, ce qui porte à 13,5 millions "
     "d'euros les ressources réunies par la société cette année.", "Nordlys", "Couvrio", 12e6, "EUR"),
    # the guarantor of a loan stands behind it; the subject who signs the loan lends
    ("La Banque européenne d'investissement apporte au projet un prêt de 60 millions d'euros, garanti par le "
     "programme InvestEU.", "Banque européenne d'investissement", None, 60e6, "EUR"),
    # a hyphenated noun ('start-up') between 'à' and the name still leads to the one the money is handed to
    ("La Banque européenne d'investissement accorde à la start-up lyonnaise Voltacharge un prêt de 60 millions "
     "d'euros.", "Banque européenne d'investissement", "Voltacharge", 60e6, "EUR"),
    # the body a grant is 'versée par' hands it over for the subject of the clause, who pays
    ("L'État accompagne le projet de la PME Arvalis à hauteur de 12 millions d'euros, sous forme d'une subvention "
     "versée par la Direction générale de l'armement.", "France", None, 12e6, "EUR"),
    # what a project replaces, in a relative clause with no figure, is no earlier amount it supersedes
    ("La coopérative Vinalys construit un nouveau chai, un projet de 7,2 millions d'euros qui remplacera les deux "
     "caves vieillissantes du village.", "Vinalys", None, 7.2e6, "EUR"),
    # the last funder that 'complète le tour de table' gives: the phrase is no round it raises
    ("Le Département du Gers complète le tour de table avec 900 000 euros pour la rénovation des halles.",
     "Gers", None, 9e5, "EUR"),
    # 'ils' stands for the crowd of members named before the colon; the cooperative they belong to receives
    ("Les adhérents de la coopérative Vinalys mettent la main à la poche : ils souscriront 1,9 million d'euros de "
     "parts sociales.", None, "Vinalys", 1.9e6, "EUR"),
    # a crowdfunding campaign raises for the company named before it, not for the platform it runs on
    ("La coopérative Énergies Citoyennes du Diois a bouclé le financement de ses toitures. La campagne de "
     "financement participatif, close samedi sur la plateforme Enerfip, a permis de collecter 95 000 euros auprès "
     "de 210 particuliers.", None, "Énergies Citoyennes du Diois", 95e3, "EUR"),
    # 'recueillir' money from a crowd is raising it
    ("La jeune pousse Gousse a recueilli 420 000 euros auprès de 1 300 particuliers.", None, "Gousse", 42e4, "EUR"),
    # a loan signed 'auprès d'un pool de banques' is borrowed: the subject receives, the unnamed pool gives
    ("Le distributeur Jardimat a signé en septembre un crédit syndiqué de 200 millions d'euros auprès d'un pool "
     "de six banques.", None, "Jardimat", 200e6, "EUR"),
    # 'porté par': who carries the project the money goes to, not who pays it
    ("La Région Grand Est consacrera 40 millions d'euros à un électrolyseur porté par la société d'économie mixte "
     "Hydrogène Moselle.", "Grand Est", None, 40e6, "EUR"),
    # the state Brussels authorises gives, even when the parser hangs it on the date before it
    ("Bruxelles a autorisé le même jour Berlin à accorder une aide de 920 millions d'euros au fabricant de puces "
     "Infineon.", "Allemagne", "Infineon", 920e6, "EUR"),
    ("La Commission a autorisé jeudi la Pologne à accorder à l'industriel une subvention de 500 millions d'euros.",
     "Pologne", None, 500e6, "EUR"),
    # an incise between the name and its verb ('par l'intermédiaire de son fonds'), an infinitive after the verb
    ("Bpifrance, par l'intermédiaire de son fonds InnoBio 2, s'était engagée à souscrire à hauteur de 12 millions "
     "d'euros.", "Bpifrance", None, 12e6, "EUR"),
    # 'qui' after a list is its last name's
    ("Les actionnaires historiques suivent : 10T Holdings, le fonds de Dan Tapiero, Cathay Innovation, Korelya "
     "Capital et Bpifrance, qui remet quelque 25 millions d'euros au pot.", "Bpifrance", None, 25e6, "EUR"),
    # 'remettre au pot': an existing shareholder puts money in again
    ("Partech remet 8 millions d'euros au pot.", "Partech", None, 8e6, "EUR"),
    # what a loan is for ('de trésorerie') does not make the loan a cash balance
    ("Bpifrance débloquera 800 millions d'euros de prêts de trésorerie à destination des sous-traitants automobiles.",
     "Bpifrance", None, 800e6, "EUR"),
    # a cleft sets the amount between 'c'est' and 'que', its verb and actor far after it
    ("C'est finalement 800 millions d'euros que le groupe hôtelier émirati Jumeirah Group compte consacrer à la "
     "rénovation de ses hôtels parisiens.", "Jumeirah Group", None, 800e6, "EUR"),
    # a cost heading after a sentence that only mentions a meeting ('réunis'): the company spends, raises nothing
    ("La coopérative Eureden a présenté mercredi, devant ses "
     "administrateurs réunis à Landerneau, son projet d'usine de légumes surgelés à Locminé. Coût de l'opération : 78 "
     "millions d'euros.", "Eureden", None, 78e6, "EUR"),
    # the generic head right before the lead verb points back, not a name in the opening participle
    ("Cinq ans après avoir mené sa série D, le fonds américain Coatue revient chez Alan. Fondé par le Français "
     "Philippe Laffont, un ancien de Tiger Management, le gérant new-yorkais pilote le nouveau tour de table de la "
     "néo-assurance santé, officialisé mercredi. Montant de l'opération : 200 millions d'euros.",
     "Coatue", None, 200e6, "EUR"),
    # a generic head set between commas right after a name describes that name
    ("Bpifrance accueille les fonds étrangers. Cinq cents millions d'euros : c'est l'enveloppe que GIC, le fonds "
     "souverain de Singapour, réservera aux entreprises de taille intermédiaire françaises.", "GIC", None, 500e6, "EUR"),
    # an amount announced before a comma and 'c'est la somme que ...' takes the clause's verb
    ("Samsung SDI multiplie les annonces en Europe. 150 millions d'euros, c'est la somme que l'industriel affectera à "
     "un centre de recherche près de Graz.", "Samsung SDI", None, 150e6, "EUR"),
    # the subject of a receive verb over an aid receives it; the programme's owner gives it
    ("Soitec agrandit son usine de Bernin. Le groupe percevra une aide de 115 millions d'euros, prélevée sur les "
     "crédits de France 2030.", "France", "Soitec", 115e6, "EUR"),
    # an assembly that votes a sum commits it
    ("Le Département du Pas-de-Calais a voté lundi cinq millions d'euros pour les exploitations agricoles inondées.",
     "Pas-de-Calais", None, 5e6, "EUR"),
    # 'depuis' in an opening participle describes the company, not a running total
    ("Installée depuis 2018 sur le Bioparc de Gerland, Sepalia Therapeutics a annoncé mardi avoir bouclé une série B "
     "de 48 millions d'euros auprès de Forbion.", "Forbion", "Sepalia Therapeutics", 48e6, "EUR"),
    # 'de son propre bilan' says whose money it is: 'bilan' is no result here
    ("Eurazeo a bouclé son fonds de croissance. Le groupe a engagé 50 millions d'euros de son propre bilan.",
     "Eurazeo", None, 50e6, "EUR"),
    # 'le gérant' subject of a raise is the fund manager named before, not the verb 'gérer'
    ("Serena Capital change d'échelle. Le gérant a réuni 300 millions d'euros pour son troisième fonds de croissance.",
     None, "Serena", 300e6, "EUR"),
    # named after the amount, a name acts as a relative clause's subject or as the speaker's company
    ("Trois milliards d'euros : tel est le montant que Iliad entend consacrer à ses réseaux d'ici 2028.",
     "Iliad", None, 3e9, "EUR"),
    ("« Nous investirons 60 millions d'euros dans notre laiterie de Laval », a précisé Jean Martin, directeur "
     "général de Lactalis.", "Lactalis", None, 60e6, "EUR"),
    # a participle opening the sentence: its agent gives, the main clause's subject receives
    ("Doté à l'origine de 900 millions d'euros par le gouvernement en 2021, le dispositif H2Global a rendu en "
     "juillet son premier verdict.", "France", None, 900e6, "EUR"),
    ("Doté par l'Union européenne de 7,95 milliards d'euros sur sept ans, le Fonds européen de la défense reste "
     "modeste.", "Union européenne", None, 7.95e9, "EUR"),
    # a site priced by what it costs its builder
    ("À Tanger, le chinois Hailiang construit une usine de tubes de cuivre de 450 millions de dollars.",
     "Hailiang", None, 450e6, "USD"),
    ("L'ESMC, coentreprise formée par TSMC avec Bosch, y bâtit une usine de 10 milliards d'euros.",
     "ESMC", None, 10e9, "EUR"),
    ("Le groupe canadien Brookfield investira 20 milliards d'euros dans un data center à Cambrai.",
     "Brookfield", None, 20e9, "EUR"),
    ("La start-up parisienne Pasqal lève 100 millions d'euros auprès du fonds Temasek.",
     "Temasek", "Pasqal", 100e6, "EUR"),
    ("Mistral AI a bouclé un tour de table de 600 millions d'euros mené par General Catalyst.",
     "General Catalyst", "Mistral AI", 600e6, "EUR"),
    # the round's lead, named in a passive sentence paragraphs later
    ("La fintech lyonnaise Quantalys a annoncé mardi une levée de 40 millions d'euros.\n\nFondée en 2019, elle "
     "compte 120 salariés. Elle vise désormais l'Espagne et l'Italie. Son fondateur veut doubler les effectifs.\n\n"
     "Le tour de table est piloté par Eurazeo, qui signe là son premier investissement dans la région.",
     "Eurazeo", "Quantalys", 40e6, "EUR"),
    # 'Montant de l'opération :' after a round takes the lead the next sentence names
    ("Nexadis a bouclé une augmentation de capital. Montant de l'opération : 30 millions d'euros. Le chef de file "
     "est un actionnaire historique, le fonds Eurazeo.", "Eurazeo", "Nexadis", 30e6, "EUR"),
    ("La biotech Enyolis boucle un tour de table. Montant de l'opération : 12 millions d'euros. Le tour est mené par "
     "Kurma Partners.", "Kurma Partners", "Enyolis", 12e6, "EUR"),
    # 'Coût de l'opération :' after a factory extension (not a round's extension) is the company's own cost
    ("Le suédois Alfa Laval a annoncé jeudi l’extension de son usine de Nevers, dans la Nièvre. Coût de l’opération : "
     "45 millions d’euros, pour une capacité doublée d'ici 2026.", "Alfa Laval", None, 45e6, "EUR"),
    # 'le montant du tour de table' is a round's amount, not a bare amount
    ("Douze millions d'euros. C'est le montant du tour de table qu'annonce ce jeudi Sensivia, l'éditeur lillois de "
     "logiciels de maintenance. L'opération est menée par le fonds Frst.", "Frst", "Sensivia", 12e6, "EUR"),
    # a lead verb inside the company's relative clause does not make it the lead of its own round
    ("Vendavel, qui aide les exploitants de parcs éoliens à piloter leurs turbines, a levé 9 millions d'euros en "
     "série A. Le tour est mené par Elaia.", "Elaia", "Vendavel", 9e6, "EUR"),
    ("Microsoft va consacrer 4 milliards d'euros à ses centres de données en France.",
     "Microsoft", None, 4e9, "EUR"),
    ("Bpifrance déploiera une enveloppe de 10 milliards d'euros sur cinq ans.",
     "Bpifrance", None, 10e9, "EUR"),
    ("Un investissement de 300 millions d'euros sera consenti par TotalEnergies pour une usine à Dunkerque.",
     "TotalEnergies", None, 300e6, "EUR"),
    ("Amazon Web Services injecte 1,2 milliard d'euros dans ses infrastructures cloud en France.",
     "Amazon Web Services", None, 1.2e9, "EUR"),
    ("La Commission européenne mobilise 200 milliards d'euros pour l'intelligence artificielle.",
     "Commission européenne", None, 200e9, "EUR"),
    ("Le fonds Eurazeo engage 50 millions d'euros dans la société Ynsect.",
     "Eurazeo", "Ynsect", 50e6, "EUR"),
    ("Verkor a obtenu un prêt de 600 millions d'euros de la Banque européenne d'investissement.",
     "Banque européenne d'investissement", "Verkor", 600e6, "EUR"),
    # a sovereign fund qualified by its country invests that state's money
    ("Le fonds souverain norvégien a pris une participation de 2 milliards d'euros dans le capital d'EDF.",
     "Norvège", "EDF", 2e9, "EUR"),
    # a lead verb makes its subject the investor of the round
    ("En 2022, le fonds Partech avait mené une série B de 40 millions d'euros dans la start-up Dreev.",
     "Partech", None, 40e6, "EUR"),
    # a regional authority is named by its region
    ("La région Occitanie apportera 25 millions d'euros à l'usine d'électrolyseurs.",
     "Occitanie", None, 25e6, "EUR"),
    # a plural nationality on the aid names the paying state, not the authority that approves it
    ("En avril, la Commission européenne avait validé 2,9 milliards d'euros d'aides françaises à "
     "STMicroelectronics.", "France", None, 2.9e9, "EUR"),
    # object control: the authorised state pays, not the authority
    ("Mardi, la Commission européenne a autorisé l'Allemagne à verser 5 milliards d'euros d'aides "
     "publiques à ESMC.", "Allemagne", "ESMC", 5e9, "EUR"),
    # a gazetteer alias of a region is named by its canonical name
    ("La Région Sud apporte 15 millions d'euros à l'usine de Fos-sur-Mer.",
     "Provence-Alpes-Côte d'Azur", None, 15e6, "EUR"),
    ("La Région Hauts-de-France, de son côté, consent une avance remboursable de trente millions d'euros.",
     "Hauts-de-France", None, 30e6, "EUR"),
    # 'le ministère' spends its state's money: the country the article is about, named by its adjective
    ("Le ministère de l'Économie japonais a annoncé lundi une aide de 802,5 milliards de yens à la "
     "start-up Rapidus.", "Japon", None, 802.5e9, "JPY"),
    # the parser lost the main subject: 'elle' is the first name no preposition introduces
    ("Présente lors de l'annonce, la région Nouvelle-Aquitaine, déjà actionnaire de l'entreprise, a confirmé "
     "qu'elle accompagnerait le projet à hauteur de 15 millions d'euros.", "Nouvelle-Aquitaine", None, 15e6, "EUR"),
    # 'contribuer à hauteur de'
    ("La métropole de Lyon contribue à hauteur de 2 millions d'euros à l'extension du réseau de chaleur.",
     "Lyon", None, 2e6, "EUR"),
    # 'engage' is a verb even though it ends like 'assemblage'
    ("Son premier bénéficiaire, l'américain Micron, avait obtenu le feu vert pour une usine d'assemblage à "
     "Sanand, dans laquelle il engage 825 millions de dollars.", "Micron", None, 825e6, "USD"),
    # who founded, runs or operates a body does not pay for it
    ("L'appel à projets, lancé en mars 2022 et opéré par Bpifrance pour le compte de l'État, est doté de "
     "500 millions d'euros.", "France", None, 500e6, "EUR"),
    # a capital stands for its state
    ("Vilnius prendra à sa charge les infrastructures d'accès, pour un montant compris entre 20 et 30 millions "
     "d'euros.", "Lituanie", None, 30e6, "EUR"),
    # 'l'État fédéral' is the country the article is about
    ("Lancé en 2021 par le gouvernement allemand, ce fonds d'avenir est doté de 10 milliards d'euros par l'État "
     "fédéral jusqu'en 2030.", "Allemagne", None, 10e9, "EUR"),
    # a participle of a give verb + 'par' names the payer
    ("Le plus gros chèque reste celui promis par Berlin à Intel : 9,9 milliards d'euros de subventions.",
     "Allemagne", None, 9.9e9, "EUR"),
    # a participle in apposition describes the name before it: its agent is not the payer
    ("Le Land de Schleswig-Holstein, dirigé par Daniel Günther, en finance jusqu'à 137 millions d'euros.",
     "Schleswig-Holstein", None, 137e6, "EUR"),
    ("La communauté urbaine de Dunkerque, présidée par Patrice Vergriete, apporte 30 millions d'euros au projet.",
     "Communauté urbaine de Dunkerque", None, 30e6, "EUR"),
    # a verbless 'Montant de l'opération' after a round with no lead: the start-up raises, nobody leads
    ("La biotech lyonnaise Enyo Pharma boucle un nouveau tour de table. Montant de l'opération : 12 M€.",
     None, "Enyo Pharma", 12e6, "EUR"),
    # 'dirigeables' is no form of 'diriger': the builder raises the money, it does not lead a round
    ("Nouvelle levée pour Flying Whales : le constructeur de dirigeables cargo a réuni 122 millions d'euros.",
     None, "Flying Whales", 122e6, "EUR"),
    # a closing reaches its size with 'à', past the fund's description: the manager receives (ANNOTATION.md)
    ("La société de gestion parisienne Cimes Ventures a annoncé mardi le closing final de son deuxième fonds, "
     "consacré aux technologies de décarbonation de l'industrie, à 215 millions d'euros.",
     None, "Cimes Ventures", 215e6, "EUR"),
    ("Comète Ventures a annoncé mardi le closing final de Comète III à près de 260 millions d'euros, bien au-delà "
     "des 200 millions visés.", None, "Comète Ventures", 260e6, "EUR"),
    # the moment a ticket came ('dès le premier closing') does not make it a first figure replaced by a final one
    ("L'assureur Predica a servi d'investisseur d'ancrage : il a engagé 180 millions d'euros dès le premier closing.",
     "Predica", None, 180e6, "EUR"),
    # a description after the lender's name ('sa banque depuis trois générations') is no running total
    ("Un prêt de 3,4 millions d'euros a été accordé à l'entreprise par le Crédit Mutuel de Bretagne, sa banque depuis "
     "trois générations.", "Crédit Mutuel de Bretagne", None, 3.4e6, "EUR"),
    # an amount that comes from an actor ('viendra de', 'proviennent de') is its money
    ("Un million d'euros viendra de la Région Bretagne, sous la forme d'une avance remboursable.",
     "Bretagne", None, 1e6, "EUR"),
    ("Deux milliards de livres viendront par ailleurs de la jeune pousse londonienne Nscale, qui prévoit d'ouvrir un "
     "centre de données dans l'Essex.", "Nscale", None, 2e9, "GBP"),
    # announced, or spread over the coming years, it is a commitment too
    ("Bpifrance a annoncé un investissement de 300 millions d'euros dans 12 entreprises de la filière.",
     "Bpifrance", None, 300e6, "EUR"),
    ("Eurazeo a engagé 200 millions d'euros dans des start-up de la santé pour les trois prochaines années.",
     "Eurazeo", None, 200e6, "EUR"),
    # the same into many recipients, in the future, is a programme: a pledge
    ("Kreaxi investira 45 millions d'euros dans des jeunes pousses de la région.", "Kreaxi", None, 45e6, "EUR"),
    # a single past investment into something plural that is not a set of recipients stays a pledge
    ("Kreaxi a investi 4 millions d'euros dans des locaux neufs à Lyon.", "Kreaxi", None, 4e6, "EUR"),
    # money drawn from a named programme ('issus de France 2030') is the programme owner's
    ("S'y ajoutent 38 millions d'euros issus de France 2030, fléchés vers le centre de recherche d'Aix-en-Provence.",
     "France", None, 38e6, "EUR"),
    # (but a subject that gives it keeps it: the fund is the subject's)
    ("Bruxelles y consacrera 800 millions d'euros, issus du Fonds pour l'innovation, pour les électrolyseurs.",
     "Commission européenne", None, 800e6, "EUR"),
    # backers listed side by side after 'auprès de', none said to lead: no lead investor
    ("La start-up rennaise Kerbio a levé 5 millions d'euros auprès de Go Capital et de Sofimac Innovation.",
     None, "Kerbio", 5e6, "EUR"),
    ("Lisaqua a réuni 800 000 euros auprès de son fondateur et de Bpifrance.",
     None, "Lisaqua", 800e3, "EUR"),
    ("Kerbio a levé 5 millions d'euros auprès de Go Capital, chef de file, et de Sofimac Innovation.",
     "Go Capital", "Kerbio", 5e6, "EUR"),
]


@pytest.mark.parametrize("sentence,investor,recipient,amount,currency", PLEDGE_CASES)
def test_pledge_parties_and_amount(extractor, sentence, investor, recipient, amount, currency):
    pledges = pledges_of(extractor, sentence)
    assert len(pledges) == 1, pledges
    p = pledges[0]
    assert (p.investor, p.recipient, p.currency) == (investor, recipient, currency)
    assert p.amount == pytest.approx(amount)


# (sentence, field, expected)
FIELD_CASES = [
    # a dative clitic stands for the organisation the sentence before is about, not for a giver there
    ("Cyclomo sauvée\n\nLa start-up lyonnaise Cyclomo a bouclé lundi un plan de sauvetage. Le fonds Kreaxi lui "
     "apporte 5 millions d'euros.", "recipient", "Cyclomo"),
    # a name in quotes after 'plan' names the plan: neither who pays nor where the money goes
    ("La Région Grand Est engage 1,4 milliard pour ses lycées\n\nLes élus régionaux ont voté jeudi le budget. Le "
     "plan pluriannuel « Lycées 2032 », voté dans la foulée, est doté de 1,4 milliard d'euros sur sept ans.",
     "investor", "Grand Est"),
    ("La Région Grand Est engage 1,4 milliard pour ses lycées\n\nLes élus régionaux ont voté jeudi le budget. Le "
     "plan pluriannuel « Lycées 2032 », voté dans la foulée, est doté de 1,4 milliard d'euros sur sept ans.",
     "location", None),
    # a word of a name ('Cathay Innovation', 'Crédit Agricole Technologies') is not what the money pays for
    ("Cathay Innovation apporte 20 millions d'euros à la jeune pousse.", "target", None),
    # a verb of giving hands the money to the organisation after 'à', past its description
    ("La Banque européenne d'investissement prêtera 350 millions de dollars à Northvolt pour sa première usine.",
     "recipient", "Northvolt"),
    ("Avant Rapidus, Tokyo avait déjà promis 476 milliards de yens au taïwanais TSMC.", "recipient", "TSMC"),
    ("Un prêt de 22 millions d'euros a été accordé à l'école par le Crédit Mutuel Arkéa.", "recipient", None),
    # the town before the place that contains it ('(Haute-Marne)', ', en Caroline du Nord'), a dateline's too
    ("Le groupe\n\nSAINT-DIZIER (Haute-Marne) – Le groupe Vallourec va investir 60 millions d'euros pour agrandir "
     "son usine.", "location", "Saint-Dizier"),
    ("À Kinston, en Caroline du Nord, le laboratoire Lilly investira 2 milliards de dollars.", "location", "Kinston"),
    # with no target noun, what 'à', 'pour' or 'dans' right after the amount introduces
    ("Dans la santé, l'État consacre environ 3 milliards d'euros aux biomédicaments.", "target", "biomédicaments"),
    ("La Commission veut mobiliser 800 milliards d'euros pour la défense européenne.", "target", "défense européenne"),
    ("Amazon injectera 1,2 milliard d'euros dans ses activités françaises.", "target", "activités françaises"),
    # ... but not one that says how, or where the money comes from
    ("Bpifrance accompagne la société à hauteur de 5 millions d'euros.", "target", None),
    ("La Région apportera 2 millions d'euros puisés dans ses réserves.", "target", None),
    ("Le groupe canadien Brookfield investira 20 milliards d'euros dans un data center à Cambrai.", "location", "Cambrai"),
    ("Le groupe canadien Brookfield investira 20 milliards d'euros dans un data center à Cambrai.", "target", "data center"),
    ("Bpifrance déploiera une enveloppe de 10 milliards d'euros sur cinq ans.", "duration_years", 5.0),
    ("Le 9 février 2025, Emmanuel Macron a annoncé un plan de 109 milliards d'euros.", "date", "2025-02-09"),
    ("Le 9 février 2025, Emmanuel Macron a annoncé un plan de 109 milliards d'euros.", "investor", "France"),
    ("Le projet Stargate prévoit d'investir 500 milliards de dollars sur quatre ans.", "duration_years", 4.0),
    ("Le projet Stargate prévoit d'investir 500 milliards de dollars sur quatre ans.", "currency", "USD"),
    ("Les Émirats arabes unis financeront un campus IA de 50 milliards d'euros.", "investor", "Émirats arabes unis"),
    ("Les Émirats arabes unis financeront un campus IA de 50 milliards d'euros.", "target", "campus IA"),
    ("L'État débloque entre 30 et 50 millions d'euros pour les usines de batteries.", "amount_min", 30e6),
    ("L'État débloque entre 30 et 50 millions d'euros pour les usines de batteries.", "amount", 50e6),
    ("L'État débloque entre 30 et 50 millions d'euros pour les usines de batteries.", "investor", "France"),
    ("L'État polonais consacrera 5 milliards de zlotys à la défense.", "investor", "Pologne"),
    ("Berlin débloque 100 milliards d'euros pour moderniser la Bundeswehr.", "investor", "Allemagne"),
    ("Donald Tusk a débloqué 5 milliards de zlotys pour la défense antiaérienne.", "investor", "Pologne"),
    ("Côté numérique, l'exécutif a sanctuarisé 6 milliards d'euros pour les composants électroniques.",
     "investor", "France"),
    # a verb after a clitic ('en finance') even when the tagger reads a noun; a Land is named by its region
    ("Le Land de Bavière en finance jusqu'à 137 millions d'euros.", "investor", "Bavière"),
    ("Nvidia investira 145 millions de dollars (environ 134 millions d'euros) à Grenoble.", "currency", "USD"),
    ("Nvidia investira 145 millions de dollars (environ 134 millions d'euros) à Grenoble.", "location", "Grenoble"),
]


@pytest.mark.parametrize("sentence,field,expected", FIELD_CASES)
def test_pledge_field(extractor, sentence, field, expected):
    pledges = pledges_of(extractor, sentence)
    assert len(pledges) == 1, pledges
    assert getattr(pledges[0], field) == (pytest.approx(expected) if isinstance(expected, float) else expected)


NOT_PLEDGES = [
    # a fund's target size and the least a subscriber may put in are nobody's commitment
    "Publié le 3 mars 2025\n\nUn fonds universitaire\n\nLa société de gestion Alpina Partners lance son fonds "
    "d'amorçage. Le véhicule vise une taille finale de 80 millions d'euros d'ici fin 2026.",
    "Publié le 3 mars 2025\n\nUn fonds universitaire\n\nUne part du fonds d'Alpina Partners a été ouverte aux anciens "
    "élèves, avec un ticket minimum de 100 000 euros.",
    # a cost the next sentence splits into shares adding up to 100 % is the whole, not a pledge
    "Publié le 3 mars 2025\n\nUn pont sur la Loire\n\nL'État et les collectivités ont signé le protocole de financement "
    "du nouveau pont de Saumur. Le coût de cette première phase est désormais estimé à 120 millions d'euros. Il sera "
    "partagé selon une clé simple : 50 % pour l'État, 30 % pour la Région et 20 % pour le Département.",
    # ... also when the period runs 'de 2019 à 2022'
    "Publié le 3 mars 2025\n\nLe groupe Bellerive rénove\n\nLe précédent programme de l'hôtelier Bellerive, conduit "
    "de 2019 à 2022, avait mobilisé 60 millions d'euros, mais il s'était concentré sur Paris.",
    # what had been invested, in the pluperfect passive with nobody named, is a past tally
    "Publié le 3 mars 2025\n\nLe capital-risque ralentit\n\nLe cabinet EY a publié mardi son baromètre annuel. On est "
    "désormais loin du sommet de 2022, lorsque 13,5 milliards d'euros avaient été investis dans les jeunes pousses.",
    # what was committed over a span of years, in the perfect, and the parts of a tally, are no new pledge
    "Publié le 3 mars 2025\n\nLe bilan de la banque publique\n\nSelon le bilan publié jeudi, la banque a engagé "
    "38 milliards d'euros en cinq ans, dont 9 milliards d'euros pour la seule année 2024.",
    # an average sums up many years: it commits nothing
    "Publié le 3 mars 2025\n\nNîmes vote son plan\n\nLe nouveau plan de la ville de Nîmes représente un effort "
    "annuel moyen de près de 60 millions d'euros.",
    # what an organisation owns ('dont la dotation') is an account
    "Publié le 3 mars 2025\n\nUne campagne de dons\n\nL'opération est portée par la Fondation Garonne Université, "
    "dont la dotation atteint aujourd'hui 25 millions d'euros.",
    # last year's lending, in the plural, to a sector is the bank's activity, not one loan
    "Publié le 3 mars 2025\n\nLa BEI finance des résidences étudiantes\n\nLa banque de l'Union européenne, installée "
    "à Luxembourg, a accordé 2,1 milliards d'euros de prêts au logement social en France en 2024.",
    # money a phase carried out between two past years had mobilised is a tally
    "Publié le 3 mars 2025\n\nVierzon relance son centre-ville\n\nLa première phase du programme municipal, menée "
    "entre 2017 et 2023, avait déjà mobilisé environ 14 millions d'euros, pour des résultats inégaux.",
    # a debt level is an account, even before a verb of financing
    "Publié le 3 mars 2025\n\nLe groupe Voltane sous pression\n\nSon endettement net avoisine toujours 12 milliards "
    "d'euros, et l'entreprise doit parallèlement financer la rénovation de ses centrales.",
    # a company's investments, in the plural, that reached an amount in a past tense are its accounts
    "Publié le 3 mars 2025\n\nLa conserverie Maréval agrandit son site\n\nEn 2023, le chiffre d'affaires de "
    "Maréval a progressé de 8 %. Ses investissements avaient atteint 4 millions d'euros la même année.",
    # what the press reported, past a present participle ('une levée pouvant atteindre'), is no commitment
    "Publié le 3 mars 2025\n\nMistral AI en quête de fonds\n\nEn mars, le quotidien Les Échos avait évoqué une "
    "levée pouvant atteindre 600 millions d'euros pour la start-up Mistral AI.",
    # a request for aid is not a commitment
    "Publié le 3 mars 2025\n\nLa forge Arvel investit dans une presse géante\n\n« Nous avions sollicité 25 millions "
    "d'euros d'aide au titre de France 2030 pour cette presse », rappelle le président de la forge Arvel.",
    # a participle that qualifies a person ('un profil confirmé') gives nothing, whatever verb it comes from
    "Publié le 3 mars 2025\n\nSalaires : la France reste loin de la Silicon Valley\n\nÀ Lyon, un data scientist "
    "débutant peut prétendre à 45 000 euros brut annuels, selon le cabinet Michael Page, et un profil confirmé "
    "dépasse aisément les 80 000 euros.",
    # what the company spent over a past year on its own assets, told in the first person or with the
    # work the parse hangs on the year
    "Publié le 3 mars 2025\n\nLe forgeron Sidermeca accélère. « L'an dernier, nous avons investi 38 millions "
    "d'euros, surtout pour rattraper le retard », explique son président.",
    "Publié le 3 mars 2025\n\nLe groupe Forgex modernise ses usines. Il avait déjà consacré 9 millions d'euros "
    "en 2023 à la modernisation de ses centres d'usinage.",
    # what a project would cost, what one like it costs, and what a finished one cost: no commitment
    "Hydrogène : Calorion prépare sa première usine\n\nLa première usine coûterait entre 200 et 300 millions d'euros, selon la direction.",
    "Nucléaire : Calorion prépare son premier réacteur\n\nLe coût d'un réacteur de ce type est estimé entre 2 et 3 milliards d'euros.",
    "Éolien : Calorion prépare son parc\n\nSon premier parc a coûté 1,9 milliard d'euros.",
    # a subsidy the company only hopes for
    "Soitec avait présenté son projet en février : une aide publique espérée de 700 millions d'euros devait accompagner la nouvelle usine de Bernin.",
    # an order placed with a supplier is the supplier's revenue, whatever words size it
    "La métropole a notifié une commande de 40 bus à hydrogène au constructeur polonais Solaris, pour un montant de 27 millions d'euros.",
    "Dans la foulée, l'agglomération a passé commande de 24 bus auprès du constructeur Safra, pour un montant de 15,6 millions d'euros.",
    "Une enveloppe de 30 millions d'euros est prévue pour la suite du chantier.",
    # money already spread over many unnamed recipients is activity, not a commitment
    "Le fonds lyonnais Kreaxi a déjà investi 45 millions d'euros dans des jeunes pousses de la région.",
    "Près de 200 millions d'euros sont déjà engagés par Kreaxi dans douze entreprises.",
    "Bpifrance a accordé 3 milliards d'euros à plus de 400 start-up.",
    # a tally of what has already been committed, with nobody named who gave or received it
    "Quant au plan France 2030, plus de 40 milliards d'euros ont déjà été engagés.",
    "Bpifrance a présenté mardi son bilan annuel. Les prêts restent le cœur de l'activité, avec 24,1 milliards "
    "d'euros accordés à quelque 52 000 entreprises.",
    # last year's spending, told by a participle on the amount
    "Ce rythme est comparable aux 1,2 milliard d'euros dépensés l'an dernier par l'opérateur Bouygues Telecom.",
    # what a plant yields to the town in taxes
    "Selon le maire, l'usine de Stellantis rapportera à la commune environ 300 000 euros de recettes fiscales par an.",
    "Louer un GPU de dernière génération revient à 2 dollars de l'heure.",
    "Sur l'exercice, les investissements ont atteint 450 millions d'euros.",
    "Selon la direction, il faudrait trouver entre 30 et 50 millions d'euros pour finir le chantier.",
    "Pour accéder à la version professionnelle, il faut débourser 29 euros par mois.",
    "Le groupe bancaire breton Arkéa rachète la totalité du capital de la fintech pour environ 140 M€.",
    "Avec ce nouveau véhicule, la société de gestion Cimes Ventures gérera près de 300 millions d'euros.",
    "Ce montant remplace l'enveloppe de 705 millions de dollars que le gouvernement de Justin Trudeau avait réservée.",
    "La fondation Institut du cerveau a recueilli depuis quelque 40 millions d'euros, tous projets confondus.",
    "Un premier closing de Partech, en octobre 2024, avait permis de réunir 95 millions d'euros.",
    "Selon Les Echos, l'État pourrait investir jusqu'à 2 milliards d'euros dans le projet.",
    "Le tour de table de 100 millions d'euros dont elle aurait besoin serait mené par Eurazeo.",
    "Cette levée valorise la société à 3 milliards d'euros, contre 1,2 milliard d'euros en 2022.",
    "Avec ce closing, Tikehau gère désormais plus de 45 milliards d'euros d'actifs.",
    "Capgemini a réalisé un chiffre d'affaires de 22,5 milliards d'euros l'an dernier.",
    "Mistral AI est désormais valorisée à 6 milliards d'euros.",
    "La capitalisation boursière de Nvidia dépasse 3 000 milliards de dollars.",
    "L'abonnement premium coûte 20 euros par mois.",
    "Le salaire médian d'un ingénieur en IA atteint 65 000 euros par an.",
    "Le marché mondial du cloud pèse 600 milliards de dollars.",
    "Au total, plus de 800 milliards d'euros d'investissements cumulés ont été évoqués pendant le sommet.",
    "Le bénéfice net de LVMH a reculé à 12,5 milliards d'euros.",
    "Atos affiche une dette de 4,8 milliards d'euros.",
    "La ville compte 1,5 million d'habitants et 3 000 entreprises.",
    "Le groupe n'investira pas 2 milliards d'euros dans ce projet, contrairement aux rumeurs.",
    "Le prix du kilowattheure a bondi de 15 % pour atteindre 0,25 euro.",
    "La start-up a perdu 40 millions d'euros en 2024.",
    "Ubisoft a enregistré une perte nette de 500 millions d'euros.",
    "Le rachat de la société a été conclu pour un prix de 2 milliards de dollars.",
    "Les recettes fiscales ont atteint 300 milliards d'euros.",
    # a valuation word joined to the amount decides, whatever verb the sentence hangs on
    "Valorisée autour de 500 millions de dollars, la jeune pousse consacrera ces fonds à ses modèles.",
    "Avec un chiffre d'affaires de près de 2 milliards d'euros, le groupe investira dans ses usines.",
    # what the press reported, a summit's tally, a first estimate later revised
    "Certains médias avaient évoqué un chèque de 400 millions de dollars pour la start-up.",
    "À en croire le gouvernement, le sommet de l'investissement a permis de rassembler 63 milliards de livres.",
    "Lors de sa présentation, le projet avait été chiffré à 5,7 milliards d'euros par les industriels.",
    # the ticket sizes of a fund, a first closing later passed
    "Piloté depuis Dakar, le fonds prendra des tickets initiaux de 1 à 15 millions de dollars dans des start-up.",
    "Un premier closing, annoncé l'an dernier, avait déjà permis de réunir 245 millions d'euros.",
    # a share buyback, a running total since an arrival
    "Cette somme n'a rien à voir avec le programme de rachat d'actions de Novartis, qui porte sur 15 milliards de dollars.",
    "Depuis son arrivée, Google dit avoir dépensé quelque 3,5 milliards d'euros sur place.",
    "Avec cette nouvelle enveloppe, Google aura injecté plus de 11 milliards d'euros dans le pays depuis cette date.",
    # a tally at a date, what an industry would need
    "Au 30 juin 2024, environ 33 milliards d'euros avaient été engagés au profit de six mille lauréats.",
    "Selon France Industrie, la décarbonation de l'industrie exigerait quelque 50 milliards d'euros d'investissements.",
    # a valuation that is the subject of the verb the amount hangs on; a first estimate
    "À l'époque, la facture était estimée à 6 milliards d'euros par la Commission européenne.",
    # a market tally in a relative clause
    "Une bonne nouvelle en Suisse, où les start-up n'avaient levé qu'environ 2,5 milliards de francs l'an dernier.",
    # a price rise, and sums too small to be investments
    "Pour un smartphone vendu 300 euros, la facture pourrait grimper de 14 euros, calcule l'entreprise.",
    # the figure a new one replaces; what a company says it needs; a tally since its site opened
    "Ce montant se substitue à celui de 800 millions d'euros que la filiale d'Amazon avait avancé en 2023.",
    "L'usine de Poulainville tourne au ralenti. Pour la remettre en marche et atteindre l'équilibre, la direction "
    "estime avoir besoin d'environ 25 millions d'euros supplémentaires.",
    "Le groupe affirme avoir déjà investi quelque 2,6 milliards d'euros en France depuis l'ouverture de son premier site.",
    # a bank's revenue; a dividend restated as a total; a need ahead; a target; a cost overrun; an order
    "BNP Paribas a publié ses comptes annuels mardi. Le produit net bancaire, l'équivalent du chiffre d'affaires "
    "pour un établissement de crédit, atteint 48,8 milliards d'euros.",
    "BNP Paribas a publié ses comptes annuels mardi. Le conseil proposera un dividende de 4,79 euros par action, "
    "soit une enveloppe d'environ 5,4 milliards d'euros.",
    "Siliqa estime qu'il lui faudra lever entre 30 et 40 millions d'euros d'ici 2027.",
    "Comète Ventures a bouclé son fonds bien au-delà des 200 millions d'euros visés au lancement.",
    "Le fonds Comète III réservera la moitié de l'enveloppe aux réinvestissements, qui pourront atteindre 15 "
    "millions d'euros.",
    "EDF a remis son devis au gouvernement. Soit une dérive de plus de 21 milliards d'euros en cinq ans, que le "
    "groupe attribue à l'inflation.",
    # a past year's capital expenditure is a result; the money of a project given up was never paid
    "L'opérateur SFR a investi 2 milliards d'euros dans ses réseaux en 2023, comme l'année précédente.",
    "En 2024, Orange a consacré 6,9 milliards d'euros à ses investissements dans les réseaux.",
    "Bouygues Telecom a investi 1,8 milliard d'euros en 2024, hors achats de fréquences.",
    # a verb tagged a noun: it has a subject and an object
    "La société de Jeff Bezos facture un lancement de New Glenn autour de 60 millions de dollars.",
    # a fund's ticket size per company
    "Le fonds Tikehau Capital prendra des participations de 10 à 40 millions d'euros dans une douzaine "
    "d'entreprises.",
    "Le fonds Serena Capital prendra des participations initiales de 3 à 8 millions d'euros dans une quinzaine "
    "de start-up.",
    "Stellantis a renoncé à son usine de batteries de Termoli, un projet qui devait représenter 2 milliards d'euros.",
    # a noun phrase set after the amount that names it a price or a value
    "En contrepartie, Orano a versé à l'État un forfait de 3 milliards d'euros, le prix convenu pour solder le "
    "litige.",
    # the cap on each of many grants
    "La Région Bretagne versera des aides directes, plafonnées à 80 000 euros, aux commerçants sinistrés.",
    # a licensing deal pays for rights: it is revenue, not an investment
    "Servier versera à la biotech un paiement initial de 12 millions d'euros, puis jusqu'à 200 millions d'euros de "
    "paiements d'étape.",
    # a debt nobody grants is a balance-sheet figure
    "La dette nette de Renault atteint 3 milliards d'euros à la fin du semestre.",
    # what a company is bought for is a price
    "Schneider Electric mettra 2 milliards d'euros sur la table pour racheter l'éditeur Aveva.",
    # an order or a contract won is the supplier's revenue
    "La DGA a commandé trente Rafale supplémentaires à Dassault Aviation, pour plus de 4 milliards d'euros.",
    "Thales a décroché un contrat de quelque 700 millions d'euros pour des radars de défense aérienne.",
    # 'plus de' before an amount qualifies it: it is not 'de plus' (additional money)
    "La capitalisation boursière de Kering est retombée sous 20 milliards d'euros, loin du record de plus de 90 "
    "milliards atteint par le groupe en 2021.",
    # last year's capital expenditure, even when the amount names 'investissements' after it
    "Orange investit en France. Il a consacré l'an dernier près de 7 milliards d'euros d'investissements à "
    "l'échelle du groupe.",
    # a tally over past years
    "Entre 2010 et 2020, plus de 400 millions d'euros avaient été investis dans l'usine alsacienne de Lilly.",
    # what the press lent a company the intention to announce, through an infinitive
    "Plusieurs médias avaient prêté au constructeur chinois BYD l'intention d'annoncer une usine de 2 milliards "
    "d'euros dans le Grand Est.",
    # an institution's yearly budget; what applicants asked for
    "Le budget annuel de l'Institut Pierre-Simon Laplace dépasse déjà 60 millions d'euros.",
    "La secrétaire au Commerce, Gina Raimondo, a reconnu avoir reçu des demandes dépassant 70 milliards de dollars.",
    # a valuation, even when the model takes the round's letter and the verb after it for a name
    "Selon nos informations, la série A valorise la jeune pousse autour de 140 millions d'euros.",
    # a unit price, the size of each ticket, a size band
    "Les véhicules seront livrés par le constructeur albigeois Hyvia, pour environ 700 000 euros pièce, près du double du prix d'un bus diesel.",
    "Le fonds Ardian prendra une dizaine de participations de 50 à 80 millions d'euros chacune.",
    "Les tours compris entre 20 et 100 millions d'euros ont fondu d'un tiers, et les fonds américains, Sequoia en tête, ont réduit leur présence.",
    # an average over many, and what each of many gets
    "Pour ses appels à projets, l'État prévoit qu'un projet retenu recevra en moyenne 260 000 euros.",
    "L'État crée cinquante chaires d'excellence : chaque lauréat disposera au plus de 900 000 euros pour monter son équipe.",
    # credits cancelled or frozen are taken back, whatever noun follows the amount
    "Le gouvernement a annulé par décret près de 500 millions d'euros de crédits de l'Agence nationale de la recherche.",
    # an order placed with a company is its revenue, even when the parser hangs the amount on the verb
    "KNDS Deutschland a reçu de son côté une commande de chars Leopard 2A8 d'environ 2,9 milliards d'euros.",
    # a size band for each of many, said by an adjective
    "Brienne Capital a annoncé le closing de son fonds. Les financements unitaires iront de 15 à 120 millions d'euros.",
    # money considered, not committed
    "La start-up toulousaine Sylvagreen envisage une série A de 6 à 10 millions d'euros pour ouvrir l'Italie.",
    # a past year's work on the company's own site is its capital expenditure
    "En 2022, le laboratoire Théralis avait déjà consacré 140 millions d'euros à la modernisation de son usine de Saint-Priest.",
]


@pytest.mark.parametrize("sentence", NOT_PLEDGES)
def test_amount_that_is_not_a_pledge(extractor, sentence):
    assert pledges_of(extractor, sentence) == []


@pytest.mark.parametrize(
    "text, investor",
    [
        ("La banque publique d'investissement accorde un prêt de 2 millions d'euros à la start-up lyonnaise Nabla.", "Bpifrance"),
        ("L'exécutif européen débloque 300 millions d'euros pour les réseaux électriques.", "Commission européenne"),
    ],
)
def test_a_description_the_gazetteer_knows_gives_the_investor_but_is_no_entity(extractor, text, investor):
    result = extractor.extract(text)
    assert [p.investor for p in result.pledges] == [investor]
    assert [e.text for e in result.entities if e.label == "ORG" and e.text != "Nabla"] == []


def test_correction_keeps_only_the_corrected_amount(extractor):
    text = ("La jeune pousse Dust lèverait 1,2 milliard d'euros ? Non : la société lève 100 millions d'euros "
            "auprès du fonds Sequoia.")
    pledges = pledges_of(extractor, text)
    assert [(p.amount, p.investor) for p in pledges] == [(100e6, "Sequoia Capital")]


def test_example_article_has_its_eight_pledges(extractor):
    result = extractor.extract_article(read_path(EXAMPLE))
    got = sorted((p.investor, p.amount, p.currency) for p in result.pledges)
    assert got == sorted([
        ("France", 109e9, "EUR"),
        ("Stargate", 500e9, "USD"),
        ("Commission européenne", 200e9, "EUR"),
        ("Émirats arabes unis", 50e9, "EUR"),
        ("Fluidstack", 10e9, "EUR"),
        ("Brookfield", 20e9, "EUR"),
        ("Bpifrance", 10e9, "EUR"),
        ("Current AI", 400e6, "EUR"),
    ])
    by_investor = {p.investor: p for p in result.pledges}
    assert by_investor["France"].date == "2025-02-09"
    assert by_investor["Stargate"].duration_years == 4.0
    assert by_investor["Bpifrance"].duration_years == 5.0
    assert by_investor["Brookfield"].location == "Cambrai"


# Two-sentence cases: (text, investor, recipient, amount)
DISCOURSE_CASES = [
    # 'le nouveau propriétaire' is the buyer the title names when no sentence near it does
    ("Publié le 3 mars 2025\n\nMatthew Kessler rachète le Racing Club Angoumois\n\nLe club change de mains. Le vendeur, "
     "Bernard Delorme, conserve 15 % des parts. Il reste président d'honneur. Le stade sera rénové. Le nouveau "
     "propriétaire s'engage à verser 10 millions d'euros pour le centre de formation.", "Matthew Kessler", None, 10e6),
    # in an interview, the answer to 'Qui a mené ce tour de table ?' names the round's lead
    ("Publié le 3 mars 2025\n\nRayonix lève 40 millions d'euros\n\nLa start-up lyonnaise Rayonix a annoncé lundi une "
     "série B de 40 millions d'euros. Son fondateur, Paul Vidal, détaille ses projets.\n\nQui a mené ce tour de "
     "table ?\n\nLe fonds londonien Northgate Capital, qui nous suivait depuis deux ans.", "Northgate Capital",
     "Rayonix", 40e6),
    # what a finished line had cost is a result; what the State brings to the new one is the pledge
    ("Publié le 3 mars 2025\n\nUne ligne nouvelle\n\nL'État apportera 900 millions d'euros à la ligne nouvelle "
     "Nantes-Rennes. Mise en service en 2018, la ligne voisine avait coûté 1,8 milliard d'euros, mais elle reste "
     "sous-utilisée.", "France", None, 900e6),
    # money that 'reste à obtenir' is still sought: only the grant already given is a pledge
    ("Publié le 3 mars 2025\n\nLe pont de Saumur\n\nLa Commission européenne a accordé une première subvention de 20 "
     "millions d'euros à la société du pont. Le solde, soit environ 40 millions d'euros, reste à obtenir lors des "
     "prochains appels à projets.", "Commission européenne", None, 20e6),
    # 'le nouveau propriétaire' is the subject of the verb of buying just before, not the seller named last
    ("Publié le 3 mars 2025\n\nHôtellerie\n\nLe fonds immobilier Opaline Invest rachète huit hôtels au groupe Bellerive pour "
     "210 millions d'euros. Bellerive en conserve l'exploitation. Le nouveau propriétaire s'engage à verser "
     "30 millions d'euros pour rénover les chambres.", "Opaline Invest", None, 30e6),
    # 'Son président-directeur général' speaks for the group named before, not for the state
    ("Publié le 3 mars 2025\n\nHôtellerie\n\nLe groupe lyonnais Bellerive Hôtels veut rajeunir un parc vieillissant. "
     "Son président-directeur général, Marc Delorme, a présenté mardi un plan de rénovation de 90 millions "
     "d'euros sur trois ans, qui concernera les 30 établissements que l'hôtelier exploite en France.",
     "Bellerive Hôtels", None, 90e6),
    # an amount set up as the topic ('Quant aux ...') is given by the actor of the clause that takes it up,
    # not by the syndicate the sentence before is about
    ("Publié le 3 mars 2025\n\nTri des déchets\n\nLe syndicat mixte Valdéchets construit un centre de tri à Lorient. "
     "Quant aux 2,1 millions d'euros de subvention destinés à la ligne de tri, c'est l'Agence de la transition "
     "écologique (Ademe) qui les versera.", "Ademe", None, 2.1e6),
    # 'le groupe de Tokyo' after an agent marker is the company named before, not the town
    ("Kadokawa entre au capital du studio nantais Pixelune pour 20 M€\n\nLe géant japonais Kadokawa a officialisé "
     "mardi son entrée au capital de Pixelune, le studio fondé à Nantes en 2015. L'opération prend la forme d'une "
     "augmentation de capital de 20 millions d'euros, entièrement souscrite par le groupe de Tokyo.",
     "Kadokawa", "Pixelune", 20e6),
    # 'Ils' stands for the nearest plural noun before it: shareholders the text does not name
    ("Cyclomo sauvée par ses actionnaires\n\nLa start-up lyonnaise Cyclomo échappe à la liquidation. Le premier "
     "étage du plan repose sur ses actionnaires historiques. Ils remettent 5 millions d'euros au pot.",
     None, "Cyclomo", 5e6),
    # 'Soit' sizes the aid of the sentence before: its giver is named after the aid, not the approving subject
    ("Réuni lundi à Matignon, le Haut Conseil de l'énergie a validé le principe d'un prêt de l'État couvrant la "
     "moitié du coût des nouveaux barrages. Soit une enveloppe d'environ 4 milliards d'euros, prêtée à taux bonifié.",
     "France", None, 4e9),
    # the amount is announced first, the clause after the colon says what it is
    ("Assurance : la néo-assurance fait entrer une banque à son capital\n\n173 millions d'euros : c'est la "
     "somme que la néo-assurance Alan a récoltée auprès de la banque belge Belfius.", "Belfius", "Alan", 173e6),
    # the lead investor is named in the next sentence
    ("La start-up lyonnaise Aqemia a bouclé une série A de 60 millions d'euros. Ce tour de table est mené "
     "par le fonds britannique Wellington Partners.", "Wellington Partners", "Aqemia", 60e6),
    # a sentence opening on a generic head points back to the organisation named before
    ("Le néerlandais ASML entre au capital de la start-up. Le fabricant de machines de lithographie y "
     "injecte à lui seul 1,3 milliard d'euros.", "ASML", None, 1.3e9),
    # a project cost attributed with 'selon l'entreprise'
    ("Le groupe taïwanais ProLogium construira une usine de batteries à Dunkerque. La facture atteindra "
     "5,2 milliards d'euros, selon l'entreprise.", "ProLogium", None, 5.2e9),
    # the next sentence's subject leads the round ('mène le tour')
    ("La start-up Pigment a bouclé mercredi une série D de 145 millions de dollars. Le fonds californien "
     "Iconiq Growth mène le tour, aux côtés des actionnaires existants.", "Iconiq Growth", "Pigment", 145e6),
    # 'le laboratoire' is the organisation subject of the sentence before, not the product named after it
    ("Eli Lilly vend son médicament Trulicity dans le monde entier. En avril 2023, le laboratoire avait "
     "annoncé 1,6 milliard de dollars pour deux nouvelles usines dans l'Indiana.", "Eli Lilly", None, 1.6e9),
    # 'il' named in the same sentence
    ("ServiceNow emploie un millier de personnes à Londres. Quant à CoreWeave, installé à Londres depuis le printemps, "
     "il ajoute 750 millions de livres pour ses infrastructures de cloud.", "CoreWeave", None, 750e6),
    # the same pledge told again in local currency is no second pledge
    ("Microsoft consacrera 3,2 milliards de dollars à ses centres de données en Suède. En monnaie locale, "
     "l'enveloppe du groupe représente 33,7 milliards de couronnes.", "Microsoft", None, 3.2e9),
    # a capital the entity recogniser missed stands for its state
    ("Copenhague a annoncé un fonds d'accélération doté de 50 milliards de couronnes pour ses armées.",
     "Danemark", None, 50e9),
    # a nationality used as a noun ('L'américain') stands for the company named before
    ("Equinix exploite une douzaine de sites en Île-de-France. L'américain, qui avait inauguré un bâtiment "
     "dans les Hauts-de-Seine, a dévoilé un programme de 630 millions d'euros.", "Equinix", None, 630e6),
    # the next sentence names the lead with 'en a pris la tête'
    ("Autre pari, la start-up Stellaria. Elle vient de réunir 23 millions d'euros. Supernova Invest en a pris "
     "la tête, rejoint par plusieurs family offices.", "Supernova Invest", "Stellaria", 23e6),
    # co-leads named in apposition: the first one
    ("La biotech Osivax a bouclé une série B de 45 millions d'euros. L'opération est co-menée par deux fonds "
     "parisiens, Sofinnova Partners et Jeito Capital.", "Sofinnova Partners", "Osivax", 45e6),
    # an amount standing alone, explained by the next sentence
    ("75 millions d'euros. C'est la somme qu'a obtenue la start-up Pennylane, qui a officialisé l'opération "
     "le 14 janvier.", None, "Pennylane", 75e6),
    # venture debt is a loan, not the company's debt
    ("S'y ajoutent 10 millions d'euros de dette venture, un prêt accordé par HSBC Innovation Banking.",
     "HSBC Innovation Banking", None, 10e6),
    # 'le groupe de Mountain View' is the company, not its home town
    ("Google est déjà actionnaire de la start-up Anthropic. Selon le Financial Times, qui a révélé "
     "l'information mercredi, le groupe de Mountain View a accepté d'investir un milliard de dollars "
     "supplémentaire.", "Google", None, 1e9),
    # the lead of the round in the next sentence, after an apposition
    ("OpenAI a officialisé lundi une levée de fonds de 40 milliards de dollars. SoftBank, le conglomérat fondé "
     "par Masayoshi Son, pilote le tour de table.", "SoftBank", "OpenAI", 40e9),
    # the lead two sentences later, in the same paragraph, with no other amount between
    ("La start-up xAI a sécurisé un financement de 20 milliards de dollars. La société d'Elon Musk veut bâtir "
     "le plus grand centre de calcul du monde. L'opération est pilotée par Valor Equity Partners.",
     "Valor Equity Partners", "xAI", 20e9),
    # 'Son président, X' speaks for the body named before
    ("La Région Normandie soutient le projet de GSK à Évreux. Son président, Hervé Morin, a confirmé une "
     "enveloppe de 2,5 millions d'euros destinée à la formation des techniciens.", "Normandie", None, 2.5e6),
    # 'recevoir de l'État'
    ("La start-up McPhy devait recevoir de l'État 114 millions d'euros de subventions pour son usine.",
     "France", "McPhy", 114e6),
    # 'sous la houlette de' names the lead
    ("C'est sous la houlette de Balderton Capital que la start-up Photoroom a réuni quarante-trois millions "
     "de dollars.", "Balderton Capital", "Photoroom", 43e6),
    # a subject that names itself takes its share 'à lui seul' itself, not the lead's
    ("Le tour de table est piloté par Redalpine, un fonds zurichois. Le spécialiste français du diagnostic "
     "bioMérieux, basé près de Lyon, apporte à lui seul 6 millions de francs suisses.", "bioMérieux", None, 6e6),
    # 'la jeune pousse' read as a verb by the tagger still points back to the start-up
    ("Noxa Robotics, une start-up lausannoise, a séduit le fonds Redalpine.\n\nCap sur Lyon\n\n"
     "La jeune pousse consacrera environ 9 millions d’euros à une ligne d’assemblage installée à Vénissieux.",
     "Noxa Robotics", None, 9e6),
    # a company named by 'de' inside the subject's apposition is the subject's, not the subject
    ("Mohed Altrad, fondateur du groupe d'échafaudages Altrad, qui a repris le club en 2011, apportera 22 millions "
     "d'euros sur ses fonds personnels.", "Mohed Altrad", None, 22e6),
    # 'l'assureur de La Banque Postale' describes CNP, not the bank that owns it
    ("L'assureur de La Banque Postale change de braquet. CNP Assurances a présenté jeudi ses comptes. "
     "L'assureur consacrera 2,5 milliards d'euros à la rénovation de ses immeubles.", "CNP Assurances", None, 2.5e9),
    # 'la maison' is the luxury house; an analyst's firm ('analyste chez Oddo BHF') only comments
    ("Hermès publie ses ventes trimestrielles. « La demande reste forte », analyse Claire Mornet, analyste chez Oddo "
     "BHF. Surtout, la maison continue de bâtir son outil industriel. Elle a confirmé mercredi l'ouverture d'une "
     "maroquinerie à Loupes, un investissement de 32 millions d'euros.", "Hermès", None, 32e6),
    # 'le groupe' points back to the company, not to the stock exchange its shares trade on
    ("Valmonde améliore sa marge. Le groupe de Vénissieux, coté sur le compartiment B d'Euronext Paris, a publié "
     "mardi ses comptes. Surtout, le groupe va construire sa première usine outre-Atlantique. Le site, implanté à "
     "Greenville, représentera un investissement de 140 millions de dollars.", "Valmonde", None, 140e6),
    # a manager's own earlier fund raised its money from others: the manager receives it
    ("Orcival Partners a présenté jeudi sa stratégie de prêts aux PME. Le véhicule précédent, bouclé en 2021, "
     "avait réuni 650 millions d'euros.", None, "Orcival Partners", 650e6),
    # the anchor a closing names in the next sentence is its investor
    ("Meridiam a annoncé mardi le closing final de son cinquième fonds européen à 3,1 milliards d'euros. Le "
     "néerlandais APG sert d'investisseur d'ancrage.", "APG", "Meridiam", 3.1e9),
]


@pytest.mark.parametrize("text,investor,recipient,amount", DISCOURSE_CASES)
def test_pledge_across_sentences(extractor, text, investor, recipient, amount):
    pledges = pledges_of(extractor, text)
    assert [(p.investor, p.amount) for p in pledges] == [(investor, pytest.approx(amount))]
    assert pledges[0].recipient == recipient


def test_announcement_date_is_the_event_day_named_earlier(extractor):
    text = ("Lundi 13 mai 2024, au château de Versailles, les groupes étrangers ont défilé.\n\n"
            "Microsoft investira 4 milliards d'euros dans ses centres de données en France.")
    pledges = pledges_of(extractor, text, published=date(2024, 5, 14))
    assert [p.date for p in pledges] == ["2024-05-13"]


def test_announcement_date_falls_back_to_publication(extractor):
    pledges = pledges_of(extractor, "Microsoft investira 4 milliards d'euros en France.", published=date(2024, 5, 14))
    assert [p.date for p in pledges] == ["2024-05-14"]


RUMOURS_AND_AGGREGATES = [
    # the conditional of a main clause reports an unconfirmed figure
    "La jeune pousse Dust lèverait 300 millions d'euros, selon la presse économique.",
    # ... also on the verb the pledge word depends on
    "Mistral AI serait en discussions pour lever 1 milliard d'euros.",
    # an earlier figure replaced by a new one
    "L'aide publique a été portée à 9,9 milliards d'euros, contre 6,8 milliards d'euros initialement.",
    # a plural generic subject sums many deals
    "En 2023, les start-up françaises ont levé 8,3 milliards d'euros, en recul de 38 %.",
    # a sum introduced by 'soit' after its parts (the parts are pledges, the sum is not)
    # is covered in test_sum_after_its_parts_is_not_a_pledge
    # a counted plural subject sums several groups' projects, also in a summary bullet
    "  • Quatre groupes américains se partagent 6,3 Md£ de projets de data centers",
    # a counted plural subject sums several groups' projects
    "Dans son sillage, quatre groupes américains ont dévoilé pour 6,3 milliards de livres de projets.",
    # a market figure reported by a research firm
    "Selon le cabinet Synergy Research Group, les dépenses des entreprises en cloud ont atteint 330 milliards de dollars.",
    # a recommendation is not a commitment
    "Le rapport parlementaire préconise 1,4 milliard d'euros de crédits supplémentaires pour le quantique.",
    # a demand in the subjunctive
    "La Commission européenne a créé un fonds pour l'IA. Nous demandons trois choses. D'abord, des règles simples. "
    "Ensuite, que le fonds européen soit porté à 50 milliards d'euros, en y associant la Banque européenne d'investissement.",
]


@pytest.mark.parametrize("sentence", RUMOURS_AND_AGGREGATES)
def test_rumours_superseded_and_aggregate_amounts(extractor, sentence):
    pledges = pledges_of(extractor, sentence)
    assert all(p.amount != 6.8e9 for p in pledges)
    if "9,9" not in sentence:
        assert pledges == []


def test_unlabelled_proper_noun_subject_is_the_investor(extractor):
    pledges = pledges_of(extractor, "Qualiopa consacrera 500 millions d'euros à ses usines en France.")
    assert [(p.investor, p.amount) for p in pledges] == [("Qualiopa", 500e6)]


def test_headline_total_not_restated_in_the_body_is_dropped(extractor):
    text = ("Choose France : 15 milliards d'euros promis à Versailles\n\n"
            "Lors du sommet, Microsoft a annoncé qu'il investira 4 milliards d'euros dans ses centres de données "
            "en Alsace, et Amazon injectera 1,2 milliard d'euros dans ses entrepôts.\n")
    assert sorted(p.amount for p in pledges_of(extractor, text)) == [1.2e9, 4e9]


def test_a_verb_that_bills_is_not_a_pledge_noun(extractor):
    assert pledges_of(extractor, "La start-up Dust facture ses assistants 29 euros hors taxes par utilisateur.") == []


def test_target_and_site_named_earlier_in_the_paragraph(extractor):
    text = ("La jeune pousse Voltarix construira son usine de batteries à Bourbourg, près de Dunkerque. "
            "Elle emploiera 1 200 personnes. "
            "La région Hauts-de-France apportera 60 millions d'euros au projet.")
    pledges = pledges_of(extractor, text)
    assert [(p.investor, p.target, p.location) for p in pledges] == [
        ("Hauts-de-France", "usine de batteries", "Bourbourg")]


def test_support_for_a_company_project_takes_the_project_it_builds(extractor):
    text = ("Voltarix investit 500 millions d'euros dans son usine de batteries de Bourbourg\n\n"
            "Voltarix investit 500 millions d'euros dans son usine de batteries de Bourbourg. Le chantier démarrera "
            "en mars. Il emploiera 1 200 personnes. Les premières cellules sortiront en 2027. La Région Hauts-de-France "
            "accorde à Voltarix une avance remboursable de 30 millions d'euros.")
    pledges = pledges_of(extractor, text)
    assert [(p.investor, p.target, p.location) for p in pledges] == [
        ("Voltarix", "usine de batteries", "Bourbourg"), ("Hauts-de-France", "usine de batteries", "Bourbourg")]


def test_an_earlier_round_led_by_a_fund_is_the_title_company_s(extractor):
    text = ("Exotec lève 335 millions de dollars\n\nLa société lilloise Exotec a levé 335 millions de dollars. Fin 2020, "
            "83North avait déjà emmené une série C de 90 millions de dollars, alors un record pour la robotique.")
    assert [(p.investor, p.recipient, p.amount) for p in pledges_of(extractor, text)][-1] == ("83North", "Exotec", 90e6)


def test_sum_after_its_parts_is_not_a_pledge(extractor):
    text = ("Le ministère des Armées recevra 3,5 milliards d'euros supplémentaires en 2026, puis "
            "l'État versera 3 milliards d'euros de plus en 2027, soit 6,5 milliards d'euros sur deux ans.")
    assert sorted(p.amount for p in pledges_of(extractor, text)) == [3e9, 3.5e9]


def test_a_plan_nobody_gives_that_the_next_pledges_add_up_to_is_their_total(extractor):
    text = ("Publié le 3 mars 2025\n\nCyclomo sauvée\n\nLa start-up lyonnaise Cyclomo a bouclé lundi un plan de "
            "sauvetage de 11 millions d'euros. Le fonds Kreaxi lui apporte 5 millions d'euros. "
            "La Macif souscrit à des obligations convertibles pour 4 millions d'euros. La Banque postale lui "
            "accorde un prêt de 2 millions d'euros.")
    assert sorted(p.amount for p in pledges_of(extractor, text)) == [2e6, 4e6, 5e6]


def test_a_fund_s_first_target_is_no_pledge_of_the_backer_named_before(extractor):
    text = ("Publié le 3 mars 2025\n\nBrienne Capital boucle son fonds\n\nL'assureur Predica a souscrit 180 millions "
            "d'euros au fonds de Brienne Capital. L'objectif affiché au lancement de la levée, il y a dix-huit mois, "
            "n'était que de 900 millions d'euros.")
    assert [p.amount for p in pledges_of(extractor, text)] == [180e6]


def test_a_fund_closing_takes_its_anchor_and_the_fund_recalled_in_the_pluperfect_does_not(extractor):
    text = ("Publié le 3 mars 2025\n\nCapital-risque : Lumen Partners boucle son troisième fonds à 800 millions "
            "d'euros\n\nLa société de gestion lyonnaise Lumen Partners a annoncé mardi le closing final de Lumen Growth "
            "III, son troisième fonds, à 800 millions d'euros. C'est le double de son précédent véhicule, qui avait "
            "réuni 400 millions d'euros en 2021. La Caisse des dépôts, investisseur de référence du fonds, y a souscrit "
            "150 millions d'euros, le ticket le plus important de l'opération.")
    records = [(p.investor, p.amount) for p in pledges_of(extractor, text)]
    assert records == [("Caisse des dépôts", 800e6), (None, 400e6), ("Caisse des dépôts", 150e6)]


def test_what_several_givers_put_in_together_before_its_parts_is_not_a_pledge(extractor):
    text = ("Les trois réseaux mutualistes présents dans la région apportent ensemble 60 millions d'euros : 25 millions "
            "pour la Caisse d'Épargne Occitanie, 20 millions pour le Crédit Agricole Toulouse 31 et 15 millions pour "
            "la Banque Populaire Occitane.")
    assert 60e6 not in [p.amount for p in pledges_of(extractor, text)]


def test_last_year_s_spending_stays_a_result_when_another_clause_names_an_organisation(extractor):
    text = ("L'État reste un amortisseur. Bpifrance a investi 1,3 milliard d'euros en 2024 dans les jeunes pousses, et "
            "la banque publique prévoit d'y consacrer 1,5 milliard d'euros en 2025.")
    amounts = [p.amount for p in extractor.extract(text, published=date(2025, 1, 8)).pledges]
    assert amounts == [pytest.approx(1.5e9)]


def test_a_grant_with_no_giver_comes_from_the_public_body_the_title_is_about(extractor):
    text = ("Hydrogène : la Bretagne débloque 20 M€ pour ses électrolyseurs\n\nL'Union européenne complète l'effort "
            "régional. Les élus ont voté vendredi le plan.\n\nLa société Lhyfe décroche 2 millions d'euros pour son site "
            "de Bouin. Selon la convention signée avec la préfecture, 8 millions d'euros de l'Union européenne seront "
            "fléchés vers les ports.")
    granted = [p for p in pledges_of(extractor, text) if p.recipient == "Lhyfe"]
    assert [(p.investor, p.amount) for p in granted] == [("Bretagne", pytest.approx(2e6))]


def test_the_parts_of_a_joint_sum_are_each_giver_s_pledge(extractor):
    text = ("Les deux banques régionales versent ensemble 12 millions d'euros : 7 millions pour Arkéa et 5 millions "
            "pour la Banque Populaire Grand Ouest.")
    assert [(p.investor, p.amount) for p in pledges_of(extractor, text)] == [
        ("Arkéa", pytest.approx(7e6)),
        ("Banque Populaire Grand Ouest", pytest.approx(5e6)),
    ]


def test_a_source_is_not_the_investor(extractor):
    text = "Selon le ministre de l'Industrie, Marc Ferracci, 2 milliards d'euros seront consacrés aux usines."
    assert [p.investor for p in pledges_of(extractor, text)] == []


def test_next_sentence_lead_investor_only_for_the_same_round(extractor):
    text = ("La gigafactory de Verkor a reçu 650 millions d'euros de subventions publiques. "
            "Mistral AI a de son côté levé 600 millions d'euros, un tour de table mené par General Catalyst.")
    by_amount = {p.amount: p for p in pledges_of(extractor, text)}
    assert by_amount[600e6].investor == "General Catalyst"
    assert 650e6 not in by_amount or by_amount[650e6].investor != "General Catalyst"


@pytest.mark.parametrize(
    "grant",
    ["reçoit une subvention de 350 000 euros", "bénéficie d'une avance remboursable de 350 000 euros",
     "décroche un prêt de 350 000 euros"],
)
def test_a_grant_received_comes_from_the_article_funder(extractor, grant):
    text = ("La région Occitanie a voté jeudi une enveloppe de 12 millions d'euros pour ses start-up. "
            f"La start-up Sunbirds {grant}.")
    by_amount = {p.amount: p for p in pledges_of(extractor, text)}
    assert (by_amount[350e3].investor, by_amount[350e3].recipient) == ("Occitanie", "Sunbirds")


def test_amounts_listed_after_a_colon_share_the_pledge_and_take_their_own_date(extractor):
    text = ("Le gouvernement japonais soutient la start-up Rapidus. Cette rallonge s'ajoute aux trois enveloppes "
            "déjà accordées par le gouvernement : 70 milliards de yens (quelque 430 millions d'euros) en "
            "novembre 2022, 260 milliards (1,6 milliard d'euros) en avril 2023 et 590 milliards de yens en avril 2024.")
    pledges = pledges_of(extractor, text)
    assert [(p.investor, p.amount, p.currency, p.date) for p in pledges] == [
        ("Japon", 70e9, "JPY", "2022-11"), ("Japon", 260e9, "JPY", "2023-04"), ("Japon", 590e9, "JPY", "2024-04")]


@pytest.mark.parametrize("sentence", [
    "Coût du chantier pour le groupe Tata : 270 milliards de roupies.",
    "Le coût du projet de la société Verkor atteint 2 milliards d'euros.",
])
def test_the_cost_of_a_project_is_its_owners_pledge(extractor, sentence):
    assert len(pledges_of(extractor, sentence)) == 1


def test_a_breakdown_sentence_keeps_the_main_investor(extractor):
    text = ("Bpifrance consacrera une enveloppe de 6 milliards d'euros à la décarbonation des usines. "
            "Le dispositif couvre toutes les régions de l'Hexagone. Dans le détail, "
            "4 milliards d'euros prendront la forme de prêts verts accordés sans garantie.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount[4e9] == "Bpifrance"


@pytest.mark.parametrize("text,second_investor", [
    ("La Région Bretagne a accordé une subvention de 80 000 euros au titre de son Pass Innovation, tandis que "
     "Bpifrance a consenti un prêt d'amorçage de 200 000 euros.", "Bpifrance"),
    ("Québec promettait d'injecter 1,37 milliard de dollars en capital dans le projet, tandis qu'Ottawa mettait "
     "sur la table jusqu'à 1,34 milliard de dollars.", "Canada"),
    # the amount's clause is not the cue's: its own subject puts it in
    ("Sofinnova Partners, déjà présent au capital, a apporté 8 M€, tandis que le fonds américain Perceptive "
     "Advisors a placé un ordre de 10 millions de dollars.", "Perceptive Advisors"),
    # the parser joins the second subject to the first verb
    ("Le Crédit agricole Normandie lui prête 15 millions d'euros sur douze ans, et Bpifrance complète avec un "
     "prêt de 6 millions.", "Bpifrance"),
])
def test_a_tandis_que_clause_names_its_own_investor(extractor, text, second_investor):
    pledges = pledges_of(extractor, text)
    assert len(pledges) == 2 and pledges[1].investor == second_investor


def test_an_amount_opening_a_paragraph_is_explained_by_what_follows(extractor):
    text = ("Pennylane passe la surmultipliée\n\n75 millions d'euros. C'est la somme qu'a obtenue Pennylane, qui a "
            "officialisé l'opération le 14 janvier. Le tour de l'éditeur parisien de logiciels comptables a été "
            "mené par CapitalG, le fonds de croissance d'Alphabet.")
    assert [(p.investor, p.recipient, p.amount) for p in pledges_of(extractor, text)] == [
        ("CapitalG", "Pennylane", 75e6)]


def test_l_etablissement_points_back_to_the_public_bank(extractor):
    text = ("Un prêt vert de 15 millions d'euros a été accordé par Bpifrance au verrier Arc. Même logique pour "
            "Ferry Capitain, installé à Vecqueville. Montant du prêt signé jeudi avec l'établissement public : "
            "5 millions d'euros, pour moderniser ses fours.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount[5e6] == "Bpifrance"


def test_a_raised_budget_is_the_pledge_and_the_figure_it_replaces_is_not(extractor):
    text = ("Sa maison mère, Alphabet, a relevé en juillet à 85 milliards de dollars (environ 73 milliards d'euros) "
            "ses dépenses d'investissement prévues pour 2025, contre 75 milliards seulement au début de l'année.")
    assert [(p.investor, p.amount, p.currency) for p in pledges_of(extractor, text)] == [("Alphabet", 85e9, "USD")]


def test_public_subsidies_received_come_from_the_state(extractor):
    text = ("La gigafactory de Verkor à Dunkerque a ainsi reçu environ 650 millions d'euros de subventions "
            "publiques, sous le contrôle de Bruxelles. Mistral AI a levé 600 millions d'euros en juin, un tour "
            "de table mené par le fonds américain General Catalyst.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount[650e6] == "France"


def test_quant_a_names_the_subject_of_the_pronoun(extractor):
    text = ("L'Union européenne apportera 6,5 milliards d'euros au programme IRIS². Quant au consortium "
            "SpaceRISE, il apportera quelque 4,1 milliards d'euros sur douze ans.")
    by_amount = {round(p.amount): p.investor for p in pledges_of(extractor, text)}
    assert by_amount[4_100_000_000] == "SpaceRISE"


def test_a_valuation_subject_makes_the_amount_no_pledge(extractor):
    text = "Microsoft a promis 10 milliards de dollars à OpenAI, dont la valorisation pourrait atteindre 86 milliards de dollars."
    assert [p.amount for p in pledges_of(extractor, text)] == [10e9]


def test_a_date_after_publication_is_a_schedule_not_the_announcement(extractor):
    text = "La coentreprise emmenée par MGX prévoit d'engager 8,5 milliards d'euros, avec des travaux qui débuteront en 2026."
    pledges = extractor.extract(text, published=date(2025, 5, 20)).pledges
    assert [(p.amount, p.date) for p in pledges] == [(8.5e9, "2025-05-20")]


def test_a_lead_named_after_another_deal_is_not_borrowed(extractor):
    text = ("La start-up Nabla a bouclé une série B de 20 millions d'euros.\n\n"
            "Son concurrent Alan a réuni 100 millions d'euros auprès de Belfius. "
            "Le fonds Temasek mène le tour de la troisième start-up du mois.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount[20e6] is None


def test_a_montant_sentence_takes_the_lead_of_the_deal_before(extractor):
    text = ("En Wallonie, la biotech EyeD Pharma a bouclé un tour de table emmené par Noshaq, le fonds "
            "d'investissement liégeois. Montant de l'opération : 22 M€.")
    assert [(p.investor, p.recipient, p.amount) for p in pledges_of(extractor, text)] == [
        ("Noshaq", "EyeD Pharma", 22e6)]


@pytest.mark.parametrize("text,town", [
    ("Enfin, une enveloppe de 1,5 milliard d'euros financera des accélérateurs à Turin.", "Turin"),
    ("La start-up suédoise a promis d'investir 4 milliards d'euros dans un campus à Mougins.", "Mougins"),
    ("Le campus sera construit à Mougins. Le chantier représente un investissement de 300 millions d'euros.",
     "Mougins"),
])
def test_a_town_is_never_the_payer(extractor, text, town):
    assert town not in [p.investor for p in pledges_of(extractor, text)]


@pytest.mark.parametrize("text,government", [
    ("La Bavière apportera 50 millions d'euros au projet.", "Bavière"),  # a region of the gazetteer
    # a town opening the sentence as the subject of a verb of giving is its council
    ("Le budget est voté. Montluçon engage 7,2 millions d'euros sur trois ans pour reconstruire un groupe scolaire.",
     "Montluçon"),
    ("Lorient Agglomération apportera 500 000 euros au projet.", "Lorient Agglomération"),  # a council
])
def test_a_region_or_a_council_pays(extractor, text, government):
    assert [p.investor for p in pledges_of(extractor, text)] == [government]


@pytest.mark.parametrize("text,investor,amount", [
    # the agent of a passive lead verb leads the round, a few plain words may part the verb from 'par'
    ("Sa série A, 11 millions d'euros, a été menée en avril 2021 par le fonds parisien Breega.", "Breega", 11e6),
    ("Deux ans plus tard, une série B de 30 millions d'euros était pilotée par Eurazeo.", "Eurazeo", 30e6),
    ("La société avait bouclé une série B de 160 millions de dollars, emmenée notamment par le britannique "
     "Balderton Capital.", "Balderton Capital", 160e6),
])
def test_passive_lead_of_a_round_is_the_investor(extractor, text, investor, amount):
    assert [(p.investor, p.amount) for p in pledges_of(extractor, text)] == [(investor, pytest.approx(amount))]


def test_the_entries_of_a_brief_name_their_investor_before_the_colon(extractor):
    text = ("Choose France : les principales annonces\n\n"
            "• ProLogium : 5,2 milliards d'euros, gigafactory de batteries, Dunkerque (Nord)\n"
            "• Ikea : 120 millions d'euros, centre de distribution, Saint-Quentin-Fallavier (Isère)\n"
            "• Novartis : entre 80 et 100 millions d'euros, radiothérapie ciblée, Saint-Genis-Pouilly (Ain)\n")
    assert [(p.investor, p.amount, p.location) for p in pledges_of(extractor, text)] == [
        ("ProLogium", pytest.approx(5.2e9), "Dunkerque"), ("Ikea", pytest.approx(120e6), "Saint-Quentin-Fallavier"),
        ("Novartis", pytest.approx(100e6), "Saint-Genis-Pouilly")]


@pytest.mark.parametrize("text,investor", [
    ("Microsoft a confirmé son projet à Marseille. Le géant de Mountain View promet 2,5 Md$ pour un campus au Bugey.",
     "Google"),
    ("Amazon a confirmé ses projets. Le géant de Redmond investira 4 milliards d'euros en France.", "Microsoft"),
])
def test_a_company_named_by_its_home_town(extractor, text, investor):
    assert [p.investor for p in pledges_of(extractor, text)] == [investor]


@pytest.mark.parametrize("text,investor,recipient", [
    # 'se voir + infinitive' is the passive of giving: the subject receives, the agent gives
    ("La start-up Sunbirds s'est vu octroyer par Bpifrance un prêt de 2 millions d'euros.", "Bpifrance", "Sunbirds"),
    ("Newcleo, qui planche sur un réacteur au plomb, se voit attribuer 20 M€.", None, "Newcleo"),
])
def test_the_subject_of_se_voir_attribuer_receives(extractor, text, investor, recipient):
    assert [(p.investor, p.recipient) for p in pledges_of(extractor, text)] == [(investor, recipient)]


def test_a_grant_with_no_giver_comes_from_the_public_funder_not_the_main_investor(extractor):
    text = ("La région Occitanie a présenté jeudi son plan pour les start-up. Airbus investira par ailleurs "
            "30 millions d'euros dans son site de Toulouse. Sunbirds reçoit une subvention de 350 000 euros.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount == {30e6: "Airbus", 350e3: "Occitanie"}


def test_a_summary_amount_is_not_merged_into_a_rounder_body_amount(extractor):
    text = ("Renouvelables : le fonds souverain norvégien s'allie à Engie\n\n"
            "  • Jusqu'à 650 M€ pour 49 % d'une coentreprise avec le groupe français\n\n"
            "Norges Bank Investment Management, qui gère l'épargne pétrolière de la Norvège, a annoncé lundi une "
            "coentreprise avec Engie, à laquelle elle apportera jusqu'à 650 millions d'euros pour en détenir 49 %.\n\n"
            "En 2023, Norges Bank Investment Management misait environ 600 millions d'euros sur des centrales "
            "solaires en Espagne.")
    assert sorted(p.amount for p in pledges_of(extractor, text)) == [pytest.approx(600e6), pytest.approx(650e6)]


@pytest.mark.parametrize("text,investor", [
    ("Roubaix, le 14 mars 2024 - OVHcloud va investir 200 millions d'euros dans de nouveaux centres de données.",
     "OVHcloud"),
    ("Lannion, le 12 mai 2025 - L'équipementier finlandais Nokia a promis d'investir 15 millions d'euros.", "Nokia"),
])
def test_a_dateline_town_is_not_an_apposed_subject(extractor, text, investor):
    assert [p.investor for p in pledges_of(extractor, text)] == [investor]


def test_an_amount_that_goes_to_something_is_allocated(extractor):
    text = ("Le plan italien a été présenté jeudi à Rome par CDP Venture Capital, qui en assurera la gestion. "
            "Deux milliards d'euros iront aux tours de croissance des entreprises les plus avancées.")
    assert [p.amount for p in pledges_of(extractor, text)] == [pytest.approx(2e9)]


def test_a_grant_goes_to_the_public_funder_rather_than_a_company_named_nearby(extractor):
    text = ("Climat : l'Europe finance dix-sept projets industriels\n\n"
            "La Commission européenne a annoncé mardi l'attribution de 1,8 milliard d'euros à dix-sept projets de "
            "décarbonation.\n\n"
            "Parmi les lauréats figure le programme K6 du cimentier Eqiom, filiale du groupe irlandais CRH, à Lumbres, "
            "dans le Pas-de-Calais. Une subvention de 153 millions d'euros lui sera versée pour transformer son usine.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount[153e6] == "Commission européenne"


def test_a_breakdown_takes_the_investor_of_the_whole_it_details(extractor):
    text = ("Amazon a promis 6 milliards d'euros pour ses centres de données en Allemagne. Amazon investira aussi "
            "un milliard d'euros en Espagne. Microsoft avait annoncé en mai un plan de 4 milliards d'euros pour la "
            "France. Sur cette somme, 2 milliards d'euros sont déjà fléchés vers un campus à Petit-Landau.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount[2e9] == "Microsoft"


def test_a_round_without_a_lead_does_not_take_the_article_main_investor(extractor):
    text = ("Levées de la semaine\n\nÀ Liège, Noshaq investit 5 millions d'euros dans EyeD Pharma. Noshaq apporte "
            "aussi 3 millions d'euros à Aerospacelab. Enfin, un tour de 20 millions de francs suisses a été bouclé "
            "jeudi auprès des actionnaires existants, sans chef de file désigné.")
    assert "Noshaq" not in [p.investor for p in pledges_of(extractor, text) if p.currency == "CHF"]


def test_a_pronoun_after_a_passive_sentence_is_its_agent(extractor):
    text = ("La start-up lyonnaise Aldabra Robotics lève 5 millions d'euros. L'opération est menée par Kreaxi, la "
            "société de gestion lyonnaise qui gère des fonds d'amorçage. Elle y apporte 2 millions d'euros.")
    by_amount = {p.amount: p.investor for p in pledges_of(extractor, text)}
    assert by_amount[2e6] == "Kreaxi"


# (text, [(investor, amount), ...]): who pays how much, read across a sentence or a short passage;
# the id says which rule of the linker the case is for
# (text, [(investor, recipient, amount)]): a fund's closing is raised by its manager from its subscribers
FUND_CLOSINGS = [
    # a round nobody is said to raise is the title's company's, and a crowd of angels leads nothing
    ("Foodtech : Fermalis lève 9 millions d'euros\n\nLa jeune pousse bordelaise a bouclé une série A. Un premier tour "
     "d'amorçage de 1,2 million d'euros, souscrit par une vingtaine de business angels, a suivi en 2023.",
     [(None, "Fermalis", 1.2e6)]),
    ("Caravelle Infra Partners boucle son deuxième fonds numérique à 1,4 milliard d'euros\n\nLa société de gestion "
     "parisienne Caravelle Infra Partners a annoncé mardi la clôture définitive de son deuxième fonds, consacré aux "
     "infrastructures numériques, à 1,4 milliard d'euros. C'est plus du double de son premier véhicule, qui avait "
     "réuni 650 millions d'euros en 2021.",
     [(None, "Caravelle Infra Partners", 1.4e9), (None, "Caravelle Infra Partners", 650e6)]),
    ("La Caisse des dépôts apporte 200 millions d'euros au fonds. L'assureur mutualiste Mutalis engage pour sa part "
     "150 M€ et le fonds de pension néerlandais Pensioenfonds Horizon 120 M€.",
     [("Caisse des dépôts", None, 200e6), ("Mutalis", None, 150e6), ("Pensioenfonds Horizon", None, 120e6)]),
]


@pytest.mark.parametrize("text,expected", FUND_CLOSINGS)
def test_fund_closing_parties(extractor, text, expected):
    assert [(p.investor, p.recipient, p.amount) for p in pledges_of(extractor, text)] == expected


INVESTORS_AND_AMOUNTS = [
    # the owner named in an apposition to the actor is not the actor, however the parser hangs the verb
    pytest.param(
        "La Banque des Territoires, filiale de la Caisse des dépôts, complète avec 4 millions d'euros de prêts à "
        "long terme.",
        [("Banque des Territoires", 4e6)],
        id="owner_in_an_apposition_is_not_the_actor",
    ),
    # a name the parser hangs on the agent past 'et' belongs to the second member ('et de 28 millions par Axione')
    pytest.param(
        "Dans le Limousin, la Banque des Territoires s'associe à l'opérateur d'infrastructures Axione et au syndicat "
        "mixte Dorsal, qui regroupe les départements de la Corrèze, de la Creuse et de la Haute-Vienne, pour raccorder "
        "quelque 18 000 logements d'ici 2027. La société de projet sera dotée de 22 millions d'euros par "
        "l'institution financière publique et de 28 millions par Axione, tandis que la Région Nouvelle-Aquitaine "
        "versera une subvention de 6 millions d'euros.",
        [("Banque des Territoires", 2.2e7), ("Axione", 2.8e7), ("Nouvelle-Aquitaine", 6e6)],
        id="agent_before_a_coordination",
    ),
    # a debt that lenders provide ('est fournie par') is a loan, not a balance-sheet figure
    pytest.param(
        "La dette senior, soit 90 M€, est fournie par un pool de cinq banques emmené par BNP Paribas.",
        [("BNP Paribas", 9e7)],
        id="debt_provided_by_lenders",
    ),
    # all the contributors added up ('tous financeurs confondus') make a total, not a pledge
    pytest.param(
        "Rennes Métropole apporte 40 millions d'euros à son plan piscines et la Région Bretagne 24 millions. "
        "Tous financeurs confondus, le plan atteint ainsi 64 millions d'euros.",
        [("Rennes Métropole", 4e7), ("Bretagne", 2.4e7)],
        id="all_contributors_added_up",
    ),
    # a negated price verb before a colon says nothing of the amount in the clause after it
    pytest.param(
        "L'entrepôt ne pèsera pas sur le bilan de l'enseigne : c'est la foncière Argan qui le construira et le "
        "financera, pour un investissement de 40 millions d'euros.",
        [("Argan", 4e7)],
        id="negated_price_verb_before_a_colon",
    ),
    # 'pouvant atteindre jusqu'à': the cap of the loan before it, however long the lender's name
    pytest.param(
        "La jeune pousse nantaise y ajoute un prêt de la Banque européenne d'investissement (BEI) pouvant "
        "atteindre jusqu'à 15 millions d'euros.",
        [("Banque européenne d'investissement", 1.5e7)],
        id="cap_of_a_loan_named_far_before",
    ),
    # 'son partenaire américain': the partner of that country named before, not the possessor
    pytest.param(
        "Le motoriste Safran et le groupe américain General Electric construiront ensemble une usine près de "
        "Bordeaux. Safran financera 300 millions d'euros. Son partenaire américain apportera 200 millions d'euros.",
        [("Safran", 3e8), ("General Electric", 2e8)],
        id="partner_of_a_nationality",
    ),
    # 'il' after a colon is the subject of the clause before it, not of the sentence before
    pytest.param(
        "La biotech Genvia a accordé au laboratoire suisse Novartis une licence. Genvia percevra enfin des "
        "redevances sur les ventes. Le laboratoire prendra par ailleurs une participation au capital de la "
        "biotech : il souscrira à une augmentation de capital de 15 millions d'euros.",
        [("Novartis", 1.5e7)],
        id="pronoun_after_a_colon",
    ),
    # taking the biggest share of a funding plan is paying it
    pytest.param(
        "Pour le nouveau tramway, la Métropole de Lyon prendra la plus grosse part, avec 420 millions d'euros.",
        [("Métropole de Lyon", 4.2e8)],
        id="taking_the_biggest_share",
    ),
    # an amount in brackets right after a name is that name's share, not a conversion of the amount before
    pytest.param(
        "La Gironde s'engage sur 80 millions d'euros, devant les Landes (45 millions) et la Dordogne (30 millions).",
        [("Gironde", 8e7), ("Landes", 4.5e7), ("Dordogne", 3e7)],
        id="name_with_its_share_in_brackets",
    ),
    # the giver after the aid the amount is counted in
    pytest.param(
        "Le réseau de pistes cyclables recevra 3 millions d'euros de subventions de la Région Bretagne.",
        [("Bretagne", 3e6)],
        id="giver_after_the_aid_counted_in",
    ),
    # 'la collectivité' is the council just named, here an intercommunal body, not the département
    pytest.param(
        "Le conseil de Rennes Métropole a voté jeudi son plan piscines, à l'appel de la préfecture "
        "d'Ille-et-Vilaine. La collectivité y consacrera 120 millions d'euros en cinq ans.",
        [("Rennes Métropole", 1.2e8)],
        id="la_collectivite_is_the_council_just_named",
    ),
    # the figure a new one is measured against ('le double des ...') is no pledge
    pytest.param(
        "La Région Bretagne consacrera 120 millions d'euros aux lycées, le double des 60 millions d'euros "
        "dépensés lors du mandat précédent.",
        [("Bretagne", 1.2e8)],
        id="the_figure_compared_with_is_no_pledge",
    ),
    # money a company adds to its own round comes from the round's investors (the lead in the next sentence)
    pytest.param(
        "La start-up lilloise Ardenne Robotics a annoncé mercredi avoir ajouté 40 millions d'euros à sa série B. "
        "L'extension est menée par le fonds américain Halberd Partners, qui entre ainsi au capital.",
        [("Halberd Partners", 4e7)],
        id="money_added_to_a_companys_own_round",
    ),
    # a weekday is no verb: 'vendredi' is not a form of 'vendre', which would make the amount a price
    pytest.param(
        "La Ville de Lyon a débloqué vendredi 2 millions d'euros pour le musée.", [("Lyon", 2e6)],
        id="vendredi_is_not_vendre",
    ),
    pytest.param(
        "Bpifrance a annoncé vendredi 2 millions d'euros pour la start-up Alvéo.", [("Bpifrance", 2e6)],
        id="vendredi_before_the_amount",
    ),
    # a gift is a pledge
    pytest.param(
        "Le collectionneur Bernard Vasseur fait lui aussi un don au musée : 800 000 euros.",
        [("Bernard Vasseur", 8e5)],
        id="a_gift_after_a_colon",
    ),
    pytest.param(
        "Le papetier Papeteries Laroche a signé une convention de mécénat de 1,5 million d'euros sur trois ans avec "
        "le musée.",
        [("Papeteries Laroche", 1.5e6)],
        id="a_patronage_agreement",
    ),
    # 'Quant à X, il ...': the pronoun takes up the topic the sentence opens on
    pytest.param(
        "Le port de Bordeaux apporte 40 millions d'euros. Quant au transporteur Ouest Logistique Marine, il mettra "
        "12 millions d'euros dans une station d'avitaillement.",
        [("Grand Port maritime de Bordeaux", 4e7), ("Ouest Logistique Marine", 1.2e7)],
        id="a_pronoun_after_quant_a",
    ),
    # a clause the parser reads as relative, with no relative pronoun, has its subject right before the verb
    pytest.param(
        "Montefiore Investment apporte 120 millions d'euros, et Bpifrance l'accompagne avec 20 millions d'euros.",
        [("Montefiore Investment", 1.2e8), ("Bpifrance", 2e7)],
        id="a_subject_before_an_object_clitic",
    ),
    # a borrower's loan is given by its lender
    pytest.param(
        "Pour boucler sa part sans augmenter les impôts locaux, la commune de Vitré empruntera 6 millions d'euros "
        "auprès de la Banque des Territoires.",
        [("Banque des Territoires", 6e6)],
        id="a_loan_borrowed_from_a_lender",
    ),
    # 'l'État' in an article on French towns and regions is France, even beside the city of Luxembourg
    pytest.param(
        "La Région Grand Est achète dix rames pour la ligne entre Metz et Luxembourg. La Région en paie "
        "l'essentiel, et le solde, 20 millions d'euros, sera apporté par l'État.",
        [("France", 2e7)],
        id="the_state_of_an_article_on_french_regions",
    ),
    # a noun for a person opening the sentence points back to the last person named
    pytest.param(
        "Edtech : Lumni lève 3 millions d'euros\n\nLa start-up lyonnaise Lumni a bouclé un tour de 3 millions "
        "d'euros auprès de Bpifrance et de Marc Simoncini. L'entrepreneur, qui a fait fortune dans les rencontres en ligne, a "
        "investi à lui seul 500 000 euros.",
        [(None, 3e6), ("Marc Simoncini", 5e5)],
        id="a_person_named_by_a_noun_for_a_person",
    ),
    # 'complète' of 'compléter': a verb whose stem has an é
    pytest.param(
        "La Ville de Nantes ajoute 5 millions d'euros, et la Région Pays de la Loire, présidée par Christelle "
        "Morançais, complète avec quatre millions d'euros au titre de son soutien au sport de haut niveau.",
        [("Nantes", 5e6), ("Pays de la Loire", 4e6)],
        id="a_verb_whose_stem_has_an_e_acute",
    ),
    # taking works 'à sa charge' or 'pour sa part en charge' pays for them
    pytest.param(
        "Le Département du Calvados prendra à sa charge la route d'accès au futur lycée, des travaux chiffrés à "
        "900 000 euros.",
        [("Calvados", 9e5)],
        id="taking_works_on_its_own_account",
    ),
    pytest.param(
        "La communauté d'agglomération Lisieux Normandie prendra pour sa part en charge le raccordement au réseau "
        "de chaleur, soit 1,4 million d'euros de travaux.",
        [("Communauté d'agglomération Lisieux Normandie", 1.4e6)],
        id="taking_works_in_charge_with_words_between",
    ),
    # a paragraph that opens on the round names its lead
    pytest.param(
        "Fintech : Pennylane double la mise\n\nFondée en 2020, Pennylane avait levé 12 millions d'euros en 2021 "
        "pour lancer son logiciel.\n\nLa fintech des experts-comptables a annoncé mardi une série D de 75 millions "
        "d'euros, destinée à financer son expansion européenne. Une opération qui doit lui permettre d'accélérer "
        "en Allemagne.\n\nLe tour de table est mené par le fonds américain General Catalyst, qui fait son entrée "
        "au capital.",
        [(None, 12e6), ("General Catalyst", 75e6)],
        id="a_paragraph_that_opens_on_the_round_names_its_lead",
    ),
    # 'l'opérateur' after a sentence that names no one: the company the sentence before it is about, not the title's
    pytest.param(
        "Télécoms : SFR accélère sur la fibre\n\nSFR a dévoilé mardi son programme de déploiement.\n\nBouygues "
        "Telecom a publié ses comptes jeudi. Les prix des forfaits restent bas, et les marges s'érodent. Pour "
        "2025, l'opérateur prévoit de dépenser environ 1,5 milliard d'euros dans la fibre.",
        [("Bouygues Telecom", 1.5e9)],
        id="an_anaphor_past_a_sentence_that_names_no_one",
    ),
    # the one a cost verb says the work cost pays it
    pytest.param(
        "Le chantier de l'unité de méthanisation a coûté 5,8 millions d'euros à la coopérative Triskalia.",
        [("Triskalia", 5.8e6)],
        id="what_the_works_cost_whom",
    ),
    # a verb left out before a second subject and its aid
    pytest.param(
        "L'Ademe a versé une aide de 500 000 euros au titre du fonds chaleur, et la Région Bretagne une "
        "subvention de 300 000 euros, selon le dossier de presse.",
        [("Ademe", 5e5), ("Bretagne", 3e5)],
        id="a_second_subject_and_its_aid_with_the_verb_left_out",
    ),
    # the agency's full name is the agency
    pytest.param(
        "L'Agence de la transition écologique a accordé une aide de 2 millions d'euros au réseau de chaleur "
        "de Grenoble.",
        [("Ademe", 2e6)],
        id="the_ademe_by_its_full_name",
    ),
    # paying from one's own resources, confirming a sum: commitments
    pytest.param(
        "Le Grand Port maritime de Marseille autofinancera 120 millions d'euros sur cinq ans grâce à ses "
        "recettes d'exploitation.",
        [("Grand Port maritime de Marseille", 120e6)],
        id="paying_from_its_own_resources",
    ),
    pytest.param(
        "Réunis à Nairobi, les donateurs ont tenu parole. La Fondation Rockefeller a confirmé 50 millions de "
        "dollars, comme elle l'avait laissé entendre en mars.",
        [("Fondation Rockefeller", 50e6)],
        id="a_donor_confirms_a_sum",
    ),
    # an insurer is a group the article goes on about, not a lender to set aside
    pytest.param(
        "Covéa placera 120 millions d'euros dans l'Ardian Clean Energy Evergreen Fund, le fonds d'Ardian consacré "
        "aux parcs solaires. Un format qui plaît aux assureurs. Le groupe apportera aussi 80 millions d'euros à "
        "Eiffel Investment Group.",
        [("Covéa", 120e6), ("Covéa", 80e6)],
        id="an_insurer_as_the_group",
    ),
    pytest.param(
        "Abeille Assurances placera 120 millions d'euros dans l'Ardian Clean Energy Evergreen Fund, le fonds "
        "d'Ardian consacré aux parcs solaires. Un format qui plaît aux assureurs. Le groupe apportera aussi "
        "80 millions d'euros à Eiffel Investment Group.",
        [("Abeille Assurances", 120e6), ("Abeille Assurances", 80e6)],
        id="an_insurer_by_its_name_as_the_group",
    ),
    # a participle on a fund names its manager, not a giver of the amount
    pytest.param(
        "CNP Assurances s'engage à hauteur de 40 millions d'euros dans Tikehau Decarbonization II, un fonds "
        "piloté par Tikehau Capital.",
        [("CNP Assurances", 40e6)],
        id="a_fund_piloted_by_its_manager",
    ),
    # a contract that funds is a pledge, unlike a sales contract
    pytest.param(
        "Le Centre national d'études spatiales a signé avec la start-up toulousaine Exotrail un contrat de "
        "cofinancement de 5 millions d'euros consacré à son moteur.",
        [("Cnes", 5e6)],
        id="a_contract_that_funds",
    ),
    # a financing or a credit line 'en dette', 'de dette' is a loan, not a balance-sheet debt
    pytest.param(
        "La start-up lyonnaise Ovrsea a obtenu mardi un financement en dette de 6 millions d'euros auprès de "
        "Société Générale.",
        [("Société Générale", 6e6)],
        id="a_financing_in_debt_is_a_loan",
    ),
    # a sum a budget enters is committed by whoever votes the budget
    pytest.param(
        "Le Département de la Mayenne a adopté lundi son budget 2026. Pour les routes, 35 millions d'euros sont "
        "inscrits pour l'entretien de la voirie départementale.",
        [("Mayenne", 35e6)],
        id="a_sum_entered_in_a_budget",
    ),
    # spending told in a relative clause on a past year or period is recalled to compare; a promise made
    # where something happens is a pledge
    pytest.param(
        "Le Département du Gard investira 120 millions d'euros en 2025. C'est davantage qu'en 2024, où le "
        "Département avait investi 104 millions d'euros. Dans l'Ohio, où Intel avait promis 20 milliards de dollars "
        "pour deux usines, le chantier est maintenu.",
        [("Gard", 120e6), ("Intel", 20e9)],
        id="spending_in_a_past_year_recalled_in_a_relative_clause",
    ),
    # the relative clause on the investor ('dont les actifs sont gérés par') says neither what the amount is
    # nor who gives it
    pytest.param(
        "Le gérant parisien Tikehau Capital boucle son fonds de dette privée. Le fonds de pension danois ATP, dont "
        "les actifs sont gérés par Nordea, signe le plus gros ticket, avec 120 millions d'euros.",
        [("ATP", 120e6)],
        id="a_relative_clause_on_the_investor_says_nothing_of_the_amount",
    ),
    # banks that arrange a debt lend it; the pool's lead is the lender
    pytest.param(
        "Le robinettier jurassien Roussel Industries ouvre son capital. Un pool de cinq banques emmené par le CIC a "
        "arrangé une dette de 60 millions d'euros.",
        [("CIC", 60e6)],
        id="a_pool_that_arranges_a_debt_lends_it",
    ),
    # a whole that counts the aid named before it is their sum
    pytest.param(
        "La coopérative Isigny Sainte-Mère investira 60 millions d'euros dans ses deux usines normandes. La Région "
        "Normandie apporte 4 millions d'euros. Aides comprises, l'enveloppe globale approche ainsi les 64 millions "
        "d'euros.",
        [("Isigny Sainte-Mère", 60e6), ("Normandie", 4e6)],
        id="a_whole_aid_included_is_a_sum",
    ),
    # a cost split among its payers after a colon is their sum; each part has its own payer
    pytest.param(
        "La rénovation du stade coûtera 40 millions d'euros, une facture partagée selon une convention signée jeudi : "
        "20 millions à la charge de la Région Nouvelle-Aquitaine, 12 millions apportés par la Ville de Limoges et "
        "8 millions par l'agglomération Limoges Métropole.",
        [("Nouvelle-Aquitaine", 20e6), ("Limoges", 12e6), ("Limoges Métropole", 8e6)],
        id="a_cost_split_among_its_payers",
    ),
    # a region's demonym names the company of its country named before
    pytest.param(
        "Le groupe français Eramet et le belge Umicore créent une coentreprise de recyclage à Dunkerque. Eramet "
        "apportera 160 millions d'euros. Le wallon, avec 45 % du capital, mettra 130 millions sur la table.",
        [("Eramet", 160e6), ("Umicore", 130e6)],
        id="a_regional_demonym_names_its_countrys_company",
    ),
    # 'le groupe' is not the fund the title is about, whose name says it is a fund
    pytest.param(
        "Wendelin Partners entre au capital du fabricant alsacien Koehler Pompes\n\nLe fabricant de pompes Koehler "
        "Pompes a annoncé lundi l'entrée à son capital du fonds parisien Wendelin Partners, qui investit 40 millions "
        "d'euros. Les banques complètent l'opération. Car le groupe a des projets. Il prévoit d'engager 25 millions "
        "d'euros sur trois ans dans son usine de Colmar.",
        [("Wendelin Partners", 40e6), ("Koehler Pompes", 25e6)],
        id="le_groupe_is_not_the_fund_of_the_title",
    ),
    # 'Celui-ci' is the latter: the last name of the sentence before, not its subject
    pytest.param(
        "Le fabricant savoyard Fontaine Robinetterie a annoncé lundi l'entrée à son capital du fonds lyonnais "
        "Siparex. Celui-ci investit 25 millions d'euros et détiendra 20 % des titres.",
        [("Siparex", 25e6)],
        id="celui_ci_is_the_latter",
    ),
    # founders who put in their savings: the company in a founder's apposition is her past, not the investor;
    # no subject reaches across the semicolon
    pytest.param(
        "La start-up lyonnaise Tandemia boucle son amorçage. Léa Bonnefoy, ancienne formatrice en CFA devenue "
        "présidente de l'entreprise, investit 80 000 euros de ses économies personnelles ; son associé Karim Haddad, "
        "passé par OpenClassrooms, en ajoute 50 000 euros.",
        [("Léa Bonnefoy", 80e3), ("Karim Haddad", 50e3)],
        id="founders_savings_and_a_subject_after_a_semicolon",
    ),
    # départements after a verb left out pay as the first one does; 'Dans la Meuse' says where
    pytest.param(
        "Côté départements, la Savoie, qui compte le plus de stations, mettra 14 millions d'euros sur la table, la "
        "Haute-Savoie 10 millions et l'Isère 6 millions.",
        [("Savoie", 14e6), ("Haute-Savoie", 10e6), ("Isère", 6e6)],
        id="departements_after_a_verb_left_out",
    ),
    pytest.param(
        "La Région Grand Est adopte un budget de 3 milliards d'euros. Dans la Meuse, 42 millions d'euros serviront à "
        "achever le raccordement à la fibre.",
        [("Grand Est", 3e9), ("Grand Est", 42e6)],
        id="a_departement_that_says_where_pays_nothing",
    ),
    # a later correction replaces the amount of the title and the body, and keeps its investor
    pytest.param(
        "Paiement : Facturo lève 35 millions d'euros\n\nLa fintech lyonnaise Facturo a annoncé mardi une série B de 35 "
        "millions d'euros menée par Partech. L'argent financera son expansion en Espagne.\n\nRectificatif : la levée "
        "de Facturo s'élève à 28 millions d'euros, et non à 35 millions comme indiqué plus haut.",
        [("Partech", 28e6)],
        id="a_later_correction_replaces_the_amount_and_keeps_the_investor",
    ),
    # a denial about another funder does not undo an equal amount given by someone else
    pytest.param(
        "Bpifrance a investi 15 millions d'euros dans la start-up Recyclo. Contrairement à ce qu'avait annoncé la presse locale, la "
        "Région Grand Est n'apporte pas 15 millions d'euros, mais une avance remboursable de 6 M€.",
        [("Bpifrance", 15e6), ("Grand Est", 6e6)],
        id="a_denial_about_another_funder_keeps_the_equal_amount",
    ),
    # an investor that places money in a fund; the next one's verb is left out
    pytest.param(
        "Le gérant lyonnais Serena Capital a bouclé son nouveau fonds. Côté français, la Macif y a placé 60 millions "
        "d'euros, et Generali 40 millions.",
        [("Macif", 60e6), ("Generali", 40e6)],
        id="placed_in_a_fund_and_the_next_verb_left_out",
    ),
    # the funds that followed a round, each after the colon with its ticket ('dans la santé' marks no recipient)
    pytest.param(
        "La medtech bordelaise Cardialis a bouclé une levée de 20 millions d'euros menée par Sofinnova Partners. Trois "
        "fonds spécialisés dans la santé ont suivi : Truffle Capital, pour 4 millions d'euros, et Kurma Partners, pour "
        "trois millions d'euros.",
        [("Sofinnova Partners", 20e6), ("Truffle Capital", 4e6), ("Kurma Partners", 3e6)],
        id="funds_that_followed_listed_after_a_colon",
    ),
    # a pension fund that followed a round with its ticket
    pytest.param(
        "Le gérant parisien Eurazeo a bouclé son fonds de dette privée. La caisse de retraite Agirc-Arrco a suivi avec "
        "50 millions d'euros.",
        [("Agirc-Arrco", 50e6)],
        id="followed_with_a_ticket",
    ),
    # the correction after 'mais' stands; 'Les 15 millions' points back to the amount denied
    pytest.param(
        "Recylor obtient une avance de la Région\n\nContrairement à ce qu'avait annoncé la presse locale, la Région "
        "Grand Est n'apporte pas 15 millions d'euros, mais une avance remboursable de 6 M€ à Recylor. « Les 15 "
        "millions, c'était le montant demandé ; nous avons choisi un prêt », a expliqué son président.",
        [("Grand Est", 6e6)],
        id="the_correction_stands_and_the_denied_amount_restated_is_none",
    ),
    # an amount the text says the aid is not, and a cap on what each project may receive
    pytest.param(
        "La France versera une aide de 740 millions d'euros à Silvéa. Contrairement à ce que nous avons écrit, le "
        "montant de l'aide d'État n'est pas de 840 millions d'euros.",
        [("France", 740e6)],
        id="an_amount_the_aid_is_not_is_denied",
    ),
    pytest.param(
        "L'Italie consacre 450 millions d'euros aux hubs de l'hydrogène. Chaque projet pouvait recevoir jusqu'à 70 "
        "millions d'euros.",
        [("Italie", 450e6)],
        id="what_each_project_could_receive_is_a_cap",
    ),
    # the name after a noun of works is what is worked on, not who pays
    pytest.param(
        "Le Département de la Sarthe engage 260 millions d'euros pour ses collèges. Le chantier le plus lourd, la "
        "reconstruction complète du collège de Sablé-sur-Sarthe, mobilisera à lui seul 28 millions d'euros.",
        [("Sarthe", 260e6), ("Sarthe", 28e6)],
        id="the_building_worked_on_pays_nothing",
    ),
    # a fund's first target, overtaken by what it raised, is no pledge
    pytest.param(
        "Solstice Capital boucle son fonds climat à 310 millions d'euros\n\nLa société de gestion parisienne Solstice "
        "Capital a annoncé mardi le closing final de son deuxième fonds, à 310 millions d'euros. La collecte dépasse "
        "nettement l'objectif initial de 250 millions d'euros, fixé au printemps 2023.",
        [("Solstice Capital", 310e6)],
        id="a_fund_s_initial_target_is_no_pledge",
    ),
    # the size of an organisation's whole budget is an account, not a commitment
    pytest.param(
        "La Région Nouvelle-Aquitaine consacre 40 millions d'euros à l'hydrogène. L'effort reste modeste au regard "
        "des finances de la collectivité, dont le budget 2025 atteint 3,4 milliards d'euros.",
        [("Nouvelle-Aquitaine", 40e6)],
        id="an_authority_s_whole_budget_is_no_pledge",
    ),
    pytest.param(
        "La Métropole du Grand Paris consacre 20 millions d'euros au vélo. L'essentiel du budget métropolitain, soit "
        "près de 3,5 milliards d'euros, est reversé aux communes.",
        [("Métropole du Grand Paris", 20e6)],
        id="a_budget_restated_after_soit_is_no_pledge",
    ),
    # 'le fonds danois' is the fund introduced as based in Copenhagen, not the last fund named
    pytest.param(
        "La start-up Obsidio lève 30 millions d'euros. Le tour est mené par Nordhavn Capital, un fonds basé à "
        "Copenhague, aux côtés de Bpifrance. Le fonds danois apporte 18 millions d'euros.",
        [("Nordhavn Capital", 30e6), ("Nordhavn Capital", 18e6)],
        id="a_fund_s_nationality_from_the_city_it_is_based_in",
    ),
    # a part of a total named before it is a pledge of its own; a 'depuis' in a relative clause after the
    # amount describes the recipient, not a running tally
    pytest.param(
        "Le gouvernement belge débloque 100 millions d'euros pour le nucléaire, dont 20 millions pour la recherche "
        "et 30 millions pour la formation. Sur ce total, 50 millions d'euros iront au SCK CEN, qui travaille depuis "
        "plusieurs années sur un petit réacteur.",
        [("Belgique", 100e6), ("Belgique", 20e6), ("Belgique", 30e6), ("Belgique", 50e6)],
        id="a_part_of_a_total_named_before_is_a_pledge",
    ),
    # a sector's tally, and what the press had reported, beside a real round
    pytest.param(
        "La fintech parisienne Klarys lève 45 millions d'euros. Le fonds Partech remet 6 millions d'euros. Un "
        "multiple élevé dans un marché redevenu prudent : les fintechs françaises n'ont levé que 1,3 milliard "
        "d'euros en 2024.",
        [(None, 45e6), ("Partech", 6e6)],
        id="a_sector_s_tally_is_not_a_round",
    ),
    pytest.param(
        "La biotech nantaise Oxilis lève 20 millions d'euros auprès du fonds Sofinnova Partners. Plusieurs titres "
        "spécialisés avaient évoqué un tour de table de 60 millions d'euros.",
        [("Sofinnova Partners", 20e6)],
        id="what_specialised_titles_reported_is_not_a_round",
    ),
    pytest.param(
        "Eau potable : Sète Agglopôle vote son plan\n\nPremier poste, la rénovation des canalisations absorbera "
        "30 millions d'euros.",
        [("Sète Agglopôle", 30e6)],
        id="what_works_on_the_owner_s_network_absorb_is_the_owner_s",
    ),
    # a project's cost with no payer named is its owner's pledge: the title's builder, not the funder named before
    pytest.param(
        "Chimie verte : la start-up Calorion confirme son usine de Lacq\n\nLe fonds Definvest a pris 10 % du capital de la "
        "société l'an dernier. L'usine représente un investissement total de 320 millions d'euros.",
        [("Calorion", 320e6)],
        id="a_project_cost_with_no_payer_is_the_title_builder_s",
    ),
    pytest.param(
        "Laval rénove ses gymnases\n\nLe projet, qui comprend trois salles et un mur d'escalade, coûtera 12 millions "
        "d'euros hors taxes.",
        [("Laval", 12e6)],
        id="a_town_s_project_cost_before_taxes_is_the_town_s",
    ),
    pytest.param(
        "Eau potable : Carcassonne Agglo vote son plan\n\nLe second chantier est un réservoir à Pennautier, chiffré à "
        "21 millions d'euros, qui doit entrer en service en 2028.",
        [("Carcassonne Agglo", 21e6)],
        id="a_site_priced_in_apposition_is_its_builder_s",
    ),
    pytest.param(
        "Défense : Rheinmetall accélère\n\nLe groupe achève en Basse-Saxe une usine d'obus qui aura coûté environ "
        "300 millions d'euros.",
        [("Rheinmetall", 300e6)],
        id="what_a_plant_will_have_cost_is_its_builder_s",
    ),
    pytest.param(
        "La Commission européenne a autorisé mardi une aide de 500 millions d'euros au fabricant grenoblois Sérac "
        "Semiconductors. Pour l'industriel, le chantier représente un investissement de 3,4 milliards d'euros.",
        [("Commission européenne", 500e6), ("Sérac Semiconductors", 3.4e9)],
        id="a_project_cost_with_no_payer_is_borne_by_the_actor_it_is_pour",
    ),
    pytest.param(
        "L'État devait verser 114 millions d'euros de subventions à la PME, dont 29 millions ont déjà été versés.",
        [("France", 114e6)],
        id="the_part_already_paid_is_a_tally_not_a_second_pledge",
    ),
    pytest.param(
        "Montpellier Méditerranée Métropole a voté son budget. La Métropole versera au club une subvention "
        "d'équipement de 14 millions d'euros, étalée sur trois ans.",
        [("Montpellier Méditerranée Métropole", 14e6)],
        id="la_metropole_is_the_intercommunal_body_the_article_names_in_full",
    ),
    pytest.param(
        "La province du Brabant-Septentrional et la ville d'Eindhoven apporteront respectivement 80 millions d'euros "
        "et 20 millions, essentiellement pour des logements étudiants.",
        [("Brabant-Septentrional", 80e6), ("Eindhoven", 20e6)],
        id="respectivement_pairs_a_name_under_its_council_head_with_its_amount",
    ),
    pytest.param(
        "Le chinois BYD construira une usine à Camaçari. La banque publique BNDES lui accordera un prêt de 1,2 milliard "
        "de reais pour la partie consacrée aux batteries.",
        [("BNDES", 1.2e9)],
        id="a_description_that_is_also_an_alias_yields_to_the_name_after_it",
    ),
    pytest.param(
        "La start-up parisienne Nautilia a levé 18 millions d'euros en 2024 et cherche actuellement entre 60 et 80 "
        "millions d'euros.",
        [(None, 18e6)],
        id="money_sought_is_not_committed",
    ),
    pytest.param(
        "Grand Chambéry, l'agglomération, apporte 12 millions d'euros, la Région 4 millions et le Département 3 millions "
        "pour rénover les écoles de Chambéry.",
        [("Grand Chambéry", 12e6), ("Auvergne-Rhône-Alpes", 4e6), ("Savoie", 3e6)],
        id="a_region_or_departement_unnamed_is_the_one_above_the_town_the_article_names",
    ),
    pytest.param(
        "Les fonds propres, soit 80 millions d’euros, sont apportés par un club deal mené par le Crédit Mutuel Arkéa, "
        "qui prend à lui seul 40 millions d’euros.",
        [("Arkéa", 80e6), ("Arkéa", 40e6)],
        id="a_share_taken_alone_is_a_ticket_whatever_the_verb",
    ),
    pytest.param(
        "Le futur centre aquatique de Bressuire coûtera 24 millions d'euros. La Région apportera 2,5 millions d'euros "
        "et le Département 3 millions pour le bassin sportif.",
        [("Nouvelle-Aquitaine", 2.5e6), ("Deux-Sèvres", 3e6)],
        id="any_french_commune_places_an_unnamed_region_or_departement",
    ),
    pytest.param(
        "La Ville de Paris votera lundi son budget. La Ville engagera 480 millions d'euros sur trois ans pour le plan vélo.",
        [("Paris", 480e6)],
        id="la_ville_is_the_town_whose_council_the_article_names",
    ),
    pytest.param(
        "La jeune pousse Quantaly avait bouclé en 2020 une série A de 9 millions d'euros menée par Partech, puis une "
        "série B de 38 millions d'euros en 2022, emmenée par Eurazeo.",
        [("Partech", 9e6), ("Eurazeo", 38e6)],
        id="each_round_of_a_sentence_takes_the_lead_named_right_after_it",
    ),
    pytest.param(
        "La jeune pousse toulousaine Sylvagreen a bouclé une levée de 2,4 millions d'euros. La société n'en est pas à "
        "son premier soutien public : Bpifrance lui avait accordé une Bourse French Tech de 30 000 euros en 2022.",
        [(None, 2.4e6), ("Bpifrance", 30000)],
        id="a_clause_after_a_colon_has_its_own_subject_not_the_sentence_opening_company",
    ),
    pytest.param(
        "L'Union européenne a promis son soutien. L'entreprise américaine Lambda frappe fort en s'engageant à "
        "hauteur de 2 milliards d'euros pour installer un centre de calcul en France.",
        [("Lambda", 2e9)],
        id="a_head_noun_the_parse_cut_from_its_name_names_it_not_an_antecedent",
    ),
    pytest.param(
        "Le gestionnaire Demeter lance un fonds de 400 millions d'euros dédié à la décarbonation de l'industrie. "
        "La Banque européenne d'investissement en est l'investisseur d'ancrage.",
        [("Banque européenne d'investissement", 400e6)],
        id="a_fund_launched_by_its_manager_has_its_anchor_as_investor",
    ),
    pytest.param(
        "Eurazeo lance un fonds de 300 millions d'euros consacré à la transition énergétique des PME.",
        [(None, 300e6)],
        id="a_fund_with_no_anchor_named_has_no_investor",
    ),
    pytest.param(
        "La Région Auvergne-Rhône-Alpes abondera à hauteur de 10 millions d'euros le nouveau fonds de Siparex "
        "dédié aux PME industrielles, a annoncé Fabrice Pannekoucke.",
        [("Auvergne-Rhône-Alpes", 10e6)],
        id="a_annoncé_x_set_off_by_a_comma_says_who_spoke",
    ),
    pytest.param(
        "L'État apporte 200 millions d'euros ; la Région Normandie, 40 millions d'euros ; la métropole de Rouen, "
        "10 millions d'euros, soit 250 millions d'euros au total.",
        [("France", 200e6), ("Normandie", 40e6), ("Rouen", 10e6)],
        id="the_parts_before_soit_au_total_are_pledges_the_total_is_not",
    ),
    pytest.param(
        "Digital Realty a présenté mercredi un sixième campus à Marseille.\n\nMontant de l'investissement : "
        "1,2 milliard d'euros, pour 120 mégawatts.",
        [("Digital Realty", 1.2e9)],
        id="a_verbless_montant_heading_is_the_pledge_of_the_company_before_it",
    ),
    pytest.param(
        "Le groupe Kaneshiro construira une usine à Calais. Coût total : 100 millions d'euros.",
        [("Kaneshiro", 100e6)],
        id="a_cost_heading_is_the_project_owner_s_pledge",
    ),
    pytest.param(
        "Gotion engage 12,8 milliards de dirhams, soit environ 1,3 milliard de dollars ou 1 190 millions d'euros, "
        "à Kénitra.",
        [("Gotion", 12.8e9)],
        id="a_second_conversion_after_ou_is_the_same_money",
    ),
    pytest.param(
        "Ce n'est pas 500 millions mais 800 millions d'euros que Renault investira dans son site de Flins.",
        [("Renault", 800e6)],
        id="pas_x_mais_y_keeps_only_y",
    ),
    pytest.param(
        "La start-up Dust lève 16 millions de dollars, Sequoia Capital en tête.",
        [("Sequoia Capital", 16e6)],
        id="x_en_tête_leads_the_round",
    ),
    pytest.param(
        "Safran a investi 450 millions d'euros dans ses sites français en 2024. Le motoriste prévoit d'y consacrer "
        "600 millions d'euros en 2025.",
        [("Safran", 600e6)],
        id="last_year_spending_is_a_result_next_year_a_pledge",
    ),
    pytest.param(
        "La deeptech grenobloise Diamfab a levé 8,7 millions d'euros auprès d'Asterion Ventures.",
        [("Asterion Ventures", 8.7e6)],
        id="auprès_d_elided_names_the_backer",
    ),
    pytest.param(
        "Electra a bouclé une levée de 304 millions d’euros sous la houlette d’Eurazeo.",
        [("Eurazeo", 304e6)],
        id="sous_la_houlette_d_elided_names_the_lead",
    ),
    pytest.param(
        "Calixo a réuni 600 000 euros auprès d'une quinzaine de business angels de l'Ouest.",
        [(None, 600e3)],
        id="auprès_d_une_quinzaine_names_no_lead",
    ),
    pytest.param(
        "Le fonds munichois HV Capital est très actif. Nabla a bouclé un tour de 70 millions de dollars "
        "mené par le fonds allemand.",
        [("HV Capital", 70e6)],
        id="mené_par_le_fonds_points_back_to_the_fund",
    ),
    pytest.param(
        "Osivax a placé des obligations pour 8 millions d'euros, souscrites par le fonds de dette "
        "britannique Kreos Capital.",
        [("Kreos Capital", 8e6)],
        id="souscrites_par_le_fonds_x_names_x",
    ),
    pytest.param(
        "Selon Les Echos, Iliad s'apprête à investir 3 milliards d'euros dans des data centers.",
        [("Iliad", 3e9)],
        id="the_subject_after_selon_x_comma_is_no_source",
    ),
    pytest.param(
        "La maire de Paris, Anne Hidalgo, a débloqué 20 millions d'euros pour les pistes cyclables.",
        [("Paris", 20e6)],
        id="la_maire_de_paris_is_the_town_not_the_state",
    ),
    pytest.param(
        "Dans un communiqué, Safran indique qu'il investira 70 millions d'euros dans une nouvelle usine.",
        [("Safran", 70e6)],
        id="dans_un_communique_names_no_recipient",
    ),
    pytest.param(
        "Engie et TotalEnergies vont investir respectivement 1 milliard et 2 milliards d'euros dans l'hydrogène.",
        [("Engie", 1e9), ("TotalEnergies", 2e9)],
        id="respectivement_pairs_names_and_amounts_in_order",
    ),
    pytest.param(
        "Le fonds Eurazeo investit 40 millions d'euros dans la start-up, qui a levé au total 120 millions d'euros "
        "depuis sa création.",
        [("Eurazeo", 40e6)],
        id="depuis_after_a_later_amount_is_that_amount_s_tally",
    ),
    pytest.param(
        "Vinci Autoroutes investira 500 millions d'euros sur ses réseaux d'ici 2028.",
        [("Vinci Autoroutes", 500e6)],
        id="a_subsidiary_named_after_its_group",
    ),
    pytest.param(
        "Présent en France depuis 1992, le groupe coréen Samsung annonce 100 millions d'euros pour son centre de R&D.",
        [("Samsung", 100e6)],
        id="depuis_in_an_opening_description_is_not_a_running_total",
    ),
    pytest.param(
        "L'État soutient l'usine. Le montant n'a pas été rendu public, mais selon nos informations, la subvention "
        "avoisinerait 40 millions d'euros.",
        [("France", 40e6)],
        id="a_conditional_that_sizes_a_real_aid_is_not_a_rumour",
    ),
    pytest.param(
        "Bruxelles a validé une aide d'État de 2,9 milliards d'euros que Paris versera à STMicroelectronics.",
        [("France", 2.9e9)],
        id="the_giver_in_a_relative_clause_on_the_pledge_noun",
    ),
    pytest.param(
        "Bpifrance et la Région Occitanie accordent conjointement une avance remboursable de 2 millions d'euros "
        "à Aura Aero.",
        [("Bpifrance", 2e6)],
        id="the_first_of_coordinated_names_before_the_verb",
    ),
    pytest.param(
        "L'État apportera 150 millions d'euros, la Région Normandie 40 millions et l'agglomération de Caen "
        "10 millions.",
        [("France", 150e6), ("Normandie", 40e6), ("Caen", 10e6)],
        id="a_gapped_verb_after_a_council_named_with_its_town",
    ),
    pytest.param(
        "Airbus consacrera 1 milliard d'euros à la décarbonation de sa flotte ; Safran, 500 millions.",
        [("Airbus", 1e9), ("Safran", 500e6)],
        id="a_gapped_verb_after_a_semicolon",
    ),
    pytest.param(
        "Sequoia a pris la tête d'un tour de 80 millions de dollars dans la fintech Qonto.",
        [("Sequoia Capital", 80e6)],
        id="pris_la_tete_d_un_tour_makes_the_subject_the_lead",
    ),
    pytest.param(
        "La banque belge Belfius, qui avait emmené en septembre 2024 le précédent tour de 173 millions d'euros, "
        "remet au pot.",
        [("Belfius", 173e6)],
        id="qui_after_a_noun_with_its_name_in_apposition",
    ),
    pytest.param(
        "C'est le fonds américain General Catalyst qui mène cette levée de 200 millions d'euros.",
        [("General Catalyst", 200e6)],
        id="c_est_le_fonds_x_qui_mene",
    ),
    pytest.param(
        "Le spécialiste du capital-risque Index Ventures prend la tête de cette série C de 90 millions d'euros.",
        [("Index Ventures", 90e6)],
        id="the_name_before_the_verb_of_a_round_noun_when_the_parse_breaks",
    ),
    pytest.param(
        "Sanofi agrandit son site de Marcy-l'Étoile. Montant de l'opération : 600 millions d'euros, l'un des plus "
        "gros investissements industriels annoncés dans le Rhône depuis dix ans.",
        [("Sanofi", 600e6)],
        id="l_un_des_plus_gros_since_ten_years_is_a_superlative_not_a_tally",
    ),
    pytest.param(
        "Le conseil de surveillance du Grand Port maritime de Marseille a adopté un plan de 1,2 milliard d'euros. "
        "L'État apportera 200 millions d'euros. Le solde, environ 655 millions d'euros, sera financé par le port "
        "lui-même.",
        [("Grand Port maritime de Marseille", 1.2e9), ("France", 200e6), ("Grand Port maritime de Marseille", 655e6)],
        id="le_port_is_a_word_of_the_port_named_before",
    ),
    pytest.param(
        "Le Grand Port maritime de Marseille investira 1,2 milliard d'euros sur cinq ans. 180 millions d'euros "
        "serviront à achever l'électrification des quais.",
        [("Grand Port maritime de Marseille", 1.2e9), ("Grand Port maritime de Marseille", 180e6)],
        id="an_amount_that_servira_a_is_allocated",
    ),
    pytest.param(
        "Le groupe Rothmann construira une usine à Biesheim. Pour emporter la décision face à un site concurrent "
        "en République tchèque, la Région Grand Est accorde au groupe une subvention de 4 millions d'euros.",
        [("Grand Est", 4e6)],
        id="the_name_right_before_the_verb_when_the_parser_loses_the_subject",
    ),
    pytest.param(
        "La Région Sud mettra 150 millions d'euros sur la table, la Métropole Aix-Marseille-Provence 60 millions.",
        [("Provence-Alpes-Côte d'Azur", 150e6), ("Métropole Aix-Marseille-Provence", 60e6)],
        id="mettre_with_the_amount_inside_sur_la_table_and_a_council_keeps_its_name",
    ),
    pytest.param(
        "Choose France : les annonces\n\n• Goodman (Australie) : 1,8 Md€, parcs logistiques en Île-de-France\n"
        "• Toyota (Japon) : 300 millions d'euros, plateforme hybride, Onnaing (Nord)\n",
        [("Goodman", 1.8e9), ("Toyota", 300e6)],
        id="a_brief_entry_with_the_home_country_in_parentheses",
    ),
    pytest.param(
        "Batteries : ProLogium met 5,2 milliards d'euros sur la table à Dunkerque\n\nLe fabricant taïwanais "
        "ProLogium a tranché. La facture atteindra 5,2 milliards d'euros d'ici 2030, selon l'entreprise. Ce "
        "chiffre a surpris. La semaine dernière encore, plusieurs journaux évoquaient un chèque de 4 milliards "
        "d'euros, voire de 4,5 milliards d'euros au maximum.",
        [("ProLogium", 5.2e9)],
        id="what_the_press_reported_is_not_a_pledge",
    ),
    pytest.param(
        "Le groupe lyonnais Valmonde ouvre une usine aux États-Unis. Le site, implanté à Greenville, en Caroline "
        "du Sud, représentera un investissement de 140 millions de dollars.",
        [("Valmonde", 140e6)],
        id="a_region_after_en_says_where_not_who",
    ),
    pytest.param(
        "Région Sud Investissement a apporté 5 millions d'euros à Calypso Bio.",
        [("Région Sud Investissement", 5e6)],
        id="a_fund_named_after_a_region_is_not_the_region",
    ),
    pytest.param(
        "Brookfield investira 20 milliards d'euros en France. Dans le détail, 15 milliards d'euros iront aux "
        "centres de données de Data4. Les 5 milliards d'euros restants financeront la production d'énergie.",
        [("Brookfield", 20e9), ("Brookfield", 15e9), ("Brookfield", 5e9)],
        id="les_milliards_restants_detail_the_whole",
    ),
    pytest.param(
        "Tiamat construira une usine de batteries à Amiens. La Région Hauts-de-France accompagne le projet. "
        "La société y investira 150 millions d'euros.",
        [("Tiamat", 150e6)],
        id="la_societe_never_points_back_to_a_regional_council",
    ),
    pytest.param(
        "La Banque européenne d'investissement accorde un prêt de 600 millions d'euros à Valeo. Le groupe "
        "consacrera 2,3 milliards d'euros à sa recherche, soit plus de 10 % de son chiffre d'affaires, qui a "
        "atteint 22 milliards d'euros en 2023.",
        [("Banque européenne d'investissement", 600e6), ("Valeo", 2.3e9)],
        id="le_groupe_is_the_company_not_the_bank_and_what_its_revenue_qui_reaches_is_no_pledge",
    ),
    pytest.param(
        "Le syndicat mixte Dorsal pilote le projet. La Banque des Territoires entre au capital. La société de "
        "projet sera dotée de 22 millions d'euros par l'institution financière publique et de 28 millions par "
        "Axione.",
        [("Banque des Territoires", 22e6), ("Axione", 28e6)],
        id="a_passive_subject_receives_and_l_institution_points_back_to_the_public_bank",
    ),
    pytest.param(
        "Trois assureurs abondent le fonds. Axa France s'engage pour 150 millions d'euros, CNP Assurances pour "
        "120 millions et Generali France pour 80 millions.",
        [("AXA France", 150e6), ("CNP Assurances", 120e6), ("Generali France", 80e6)],
        id="a_verb_left_out_name_pour_amount",
    ),
    pytest.param(
        "Le chef de file est un actionnaire de longue date, le fonds d'infrastructures Meridiam, fondé par "
        "Thierry Déau, qui y engage à lui seul 150 millions d'euros.",
        [("Meridiam", 150e6)],
        id="qui_after_fonde_par_refers_to_the_company_not_its_founder",
    ),
    pytest.param(
        "La Région Grand Est, présidée par Franck Leroy, s'était engagée à hauteur de 40 millions d'euros.",
        [("Grand Est", 40e6)],
        id="the_agent_of_presidee_par_describes_the_region_and_pays_nothing",
    ),
    pytest.param(
        "Le coréen Seonjin Energy investit 2,1 milliards d'euros à Saint-Avold, le plus gros investissement "
        "industriel annoncé en Moselle depuis l'arrivée de Smart.",
        [("Seonjin Energy", 2.1e9)],
        id="a_superlative_since_a_past_event_is_not_a_running_total",
    ),
    pytest.param(
        "Enfin, Bcomp, qui remplace la fibre de carbone par du lin, a obtenu jeudi 20 millions de francs suisses "
        "auprès du fonds Swisscom Ventures.",
        [("Swisscom Ventures", 20e6)],
        id="a_relative_clause_of_the_subject_does_not_say_what_the_amount_is",
    ),
    pytest.param(
        "SoftBank bénéficie d'une subvention de 42,1 milliards de yens, environ 260 millions d'euros, accordée par "
        "le gouvernement japonais.",
        [("Japon", 42.1e9)],
        id="a_conversion_after_a_comma_is_the_same_pledge",
    ),
    pytest.param(
        "CNP Assurances va consacrer 5 milliards d'euros à la transition. Chez Tikehau Capital, l'assureur prend "
        "un ticket de 200 M€ dans le fonds T2 Energy Transition.",
        [("CNP Assurances", 5e9), ("CNP Assurances", 200e6)],
        id="l_assureur_points_back_to_an_insurer_not_to_the_fund_named_since",
    ),
    pytest.param(
        "CNP Assurances investira 300 millions d'euros dans un fonds d'Ardian et 250 millions d'euros chez Mirova. "
        "Ces deux engagements totalisent 550 millions d'euros.",
        [("CNP Assurances", 300e6), ("CNP Assurances", 250e6)],
        id="what_the_pledges_totalisent_is_a_sum",
    ),
    pytest.param(
        "Airbus agrandit son site de Toulouse. Le groupe dirigé par Olivier Andriès engagera 120 millions d'euros "
        "sur cinq ans dans son usine de nacelles.",
        [("Safran", 120e6)],
        id="le_groupe_dirige_par_its_known_boss",
    ),
    pytest.param(
        "Jensen Huang a annoncé mardi à Paris un investissement de 2 milliards d'euros dans l'Hexagone.",
        [("Nvidia", 2e9)],
        id="the_known_head_of_a_large_company_speaks_for_it",
    ),
    pytest.param(
        "Sepalia Therapeutics a bouclé une série B de 48 millions d'euros. Le tour de table est mené par Forbion, "
        "aux côtés de Kurma Partners.\n\nLe chef de file y engage à lui seul 20 millions d'euros.",
        [("Forbion", 48e6), ("Forbion", 20e6)],
        id="le_chef_de_file_is_the_lead_of_the_round_named_before",
    ),
    pytest.param(
        "Paris : le budget d'investissement\n\nLe Conseil de Paris a voté mardi son budget. La Ville engagera "
        "480 millions d'euros sur trois ans pour achever le plan vélo.",
        [("Paris", 480e6)],
        id="la_ville_is_the_city_the_article_names",
    ),
    pytest.param(
        "Quant à la desserte du site, elle sera prise en charge par le Département de la Moselle, à hauteur de "
        "douze millions d'euros. L'État de Caroline du Sud accordera 12 millions de dollars d'incitations.",
        [("Moselle", 12e6), ("Caroline du Sud", 12e6)],
        id="a_council_or_a_state_named_with_its_place_is_the_place",
    ),
    pytest.param(
        "La région Bretagne apporte 8 millions d'euros, et la métropole de Rennes 2 millions d'euros.",
        [("Bretagne", 8e6), ("Rennes", 2e6)],
        id="verbless_second_clause_names_its_own_investor",
    ),
    pytest.param(
        "Sanofi muscle ses usines françaises\n\n"
        "Le laboratoire Sanofi a confirmé lundi qu'il investirait près de 2 milliards d'euros dans ses usines "
        "françaises au cours des prochaines années, un effort inédit pour le groupe.\n\n"
        "Dans le détail, Sanofi consacrera 1,9 milliard d'euros à ses sites de production de Vitry-sur-Seine "
        "et de Marcy-l'Étoile, selon la direction du groupe.\n",
        [("Sanofi", 1.9e9)],
        id="lead_that_rounds_a_body_figure_is_the_same_pledge",
    ),
    pytest.param(
        "Reconditionné : Back Market met le cap sur les États-Unis\n\n"
        "La concurrence se limite pour l'heure à eBay et à Amazon. La société compte y consacrer près de "
        "100 millions de dollars, essentiellement en marketing.",
        [("Back Market", 100e6)],
        id="bare_company_anaphor_is_the_company_of_the_title",
    ),
    pytest.param(
        "Reconditionné : Back Market lève 335 millions de dollars\n\n"
        "General Atlantic, l'un des plus anciens fonds de New York, fait partie de ceux-là. Le fonds a fini "
        "par emporter la mise. C'est lui qui mène la série D annoncée ce mardi par Back Market : "
        "335 millions de dollars, soit 276 millions d'euros.",
        [("General Atlantic", 335e6)],
        id="cleft_pronoun_points_to_the_fund_named_before",
    ),
    pytest.param(
        "Semi-conducteurs : Bruxelles valide 2,9 milliards d'euros d'aides pour l'usine de Crolles\n\n"
        "La Commission européenne a autorisé, vendredi, une aide de 2,9 milliards d'euros accordée par "
        "l'État à la coentreprise que formeront les deux fondeurs à Crolles.",
        [("France", 2.9e9)],
        id="the_authority_that_approves_an_aid_is_not_its_payer",
    ),
    pytest.param(
        "SoftBank, le conglomérat fondé par Masayoshi Son, pilote le tour de table et s'est engagé à apporter "
        "à lui seul 30 Md$.",
        [("SoftBank", 30e9)],
        id="an_organisation_is_a_likelier_payer_than_the_person_who_founded_it",
    ),
    pytest.param(
        "Novartis a publié ses comptes en janvier. Le 10 avril, le groupe de Vas Narasimhan, installé à Bâle, "
        "avait fait savoir qu'il allait investir 23 milliards de dollars aux États-Unis.",
        [("Novartis", 23e9)],
        id="il_after_a_periphrasis_is_the_company",
    ),
    pytest.param(
        "Nissan s'était engagé en 2023 à investir jusqu'à 600 millions d'euros dans la filiale, et "
        "Mitsubishi Motors jusqu'à 200 millions.",
        [("Nissan", 600e6), ("Mitsubishi Motors", 200e6)],
        id="an_elided_verb_with_a_qualifier_names_its_own_investor",
    ),
    pytest.param(
        "Mistral AI lève 1,7 milliard d'euros\n\n"
        "La pépite parisienne a annoncé ce mardi avoir bouclé une série C de 1,7 milliard d'euros. Jamais une "
        "start-up européenne du secteur n'avait atteint un tel niveau.\n\n"
        "Le nom du chef de file a surpris jusque dans l'écosystème. C'est ASML, le champion néerlandais des "
        "machines de lithographie, qui mène le tour.",
        [("ASML", 1.7e9)],
        id="the_lead_named_in_the_next_paragraph_leads_the_articles_only_open_round",
    ),
    pytest.param(
        "L'État avait déjà soutenu Renault pendant la crise sanitaire. Il avait accordé au constructeur, en juin "
        "2020, un prêt garanti de 5 milliards d'euros, intégralement remboursé depuis.",
        [("France", 5e9)],
        id="a_sentence_opening_on_il_goes_on_about_the_subject_before",
    ),
    pytest.param(
        "En mars, l'américain Johnson & Johnson avait promis 55 milliards de dollars pour ses usines, après "
        "les 27 milliards annoncés en février par Eli Lilly.",
        [("Johnson & Johnson", pytest.approx(55e9)), ("Eli Lilly", pytest.approx(27e9))],
        id="an_agent_after_a_later_amount_belongs_to_that_amount",
    ),
    pytest.param(
        "Côté français, le Centre national d'études spatiales a notifié mercredi deux nouvelles aides. "
        "Latitude, la start-up fondée à Reims, reçoit 11 millions d'euros pour qualifier son lanceur. "
        "HyPrSpace obtient pour sa part 6,5 M€.",
        [("Cnes", pytest.approx(11e6)), ("Cnes", pytest.approx(6.5e6))],
        id="an_amount_received_after_an_aid_announcement_comes_from_its_granter",
    ),
    pytest.param(
        "Occitanie : un fonds pour l'industrie\n\nLa présidente de la Région, Carole Delga, a présenté mercredi "
        "à Toulouse un fonds doté de 150 millions d'euros pour les PME d'Occitanie.",
        [("Occitanie", pytest.approx(150e6))],
        id="the_bare_region_is_the_region_the_article_names",
    ),
    pytest.param(
        "L'électricien EDF y ajoutera 200 millions d'euros de fonds propres.",
        [("EDF", pytest.approx(200e6))],
        id="equity_brought_by_a_shareholder_is_a_pledge",
    ),
    pytest.param(
        "Deux fonds ont participé à l'augmentation de capital : Friedland Gestion, pour 3 millions d'euros, "
        "et Vatel Capital, pour deux millions d'euros.",
        [("Friedland Gestion", pytest.approx(3e6)), ("Vatel Capital", pytest.approx(2e6))],
        id="a_list_after_a_colon_takes_the_pledge_word_before_it_and_names_each_backer",
    ),
    pytest.param(
        "Irrigation : le Lot-et-Garonne met la main à la poche\n\n"
        "Le conseil départemental du Lot-et-Garonne a voté lundi son plan pour l'eau. À Monflanquin, un "
        "groupement d'irrigants recevra 520 000 euros du Département pour agrandir une retenue. À Villeréal, "
        "la collectivité apportera 185 000 euros pour rehausser une digue.",
        [("Lot-et-Garonne", pytest.approx(520e3)), ("Lot-et-Garonne", pytest.approx(185e3))],
        id="the_bare_departement_and_la_collectivite_are_the_local_government_of_the_article",
    ),
    pytest.param(
        "Norges Bank Investment Management a annoncé lundi une coentreprise avec Engie dans le solaire. "
        "Pour Catherine MacGregor, directrice générale d'Engie, l'opération permet de recycler du capital.\n\n"
        "Le fonds n'en est pas à son coup d'essai. Il avait investi 1,375 milliard d'euros en 2021 dans "
        "l'éolien en mer aux Pays-Bas.",
        [("Norges Bank Investment Management", pytest.approx(1.375e9))],
        id="le_fonds_points_back_to_the_investor_not_to_the_last_company",
    ),
    pytest.param(
        "À ses côtés, SE Ventures, le fonds de capital-risque de Schneider Electric, engage 1,5 million d'euros.",
        [("SE Ventures", pytest.approx(1.5e6))],
        id="the_name_before_an_apposition_is_the_subject",
    ),
    pytest.param(
        "Bpifrance a présenté mardi son plan pour l'année, au lendemain d'un exercice jugé solide par "
        "Nicolas Dufourcq. Les start-up suivies par Inria en profiteront.\n\n"
        "À l'international, la banque prévoit de distribuer 1,5 milliard d'euros de prêts export.",
        [("Bpifrance", pytest.approx(1.5e9))],
        id="la_banque_points_back_to_a_bank",
    ),
    pytest.param(
        "Bpifrance a présenté mardi son plan. Pour 2025, l'établissement consacrera 2,7 milliards d'euros à "
        "l'innovation, dont une bonne partie au titre de France 2030, que la banque opère pour le compte de l'État.",
        [("Bpifrance", pytest.approx(2.7e9))],
        id="an_agent_marker_in_a_relative_clause_on_another_noun_is_not_the_payer",
    ),
    pytest.param(
        "Quant à Caux Seine Agglo, elle prendra en charge la desserte routière de la parcelle, pour 4,5 millions "
        "d'euros.",
        [("Caux Seine Agglo", pytest.approx(4.5e6))],
        id="prendre_en_charge_is_a_pledge_verb",
    ),
    pytest.param(
        "La région a commandé quatorze rames au constructeur espagnol CAF. Alstom, écarté, conteste la décision "
        "devant le tribunal administratif. Le constructeur investira 30 millions d'euros dans son usine alsacienne.",
        [("CAF", pytest.approx(30e6))],
        id="a_trade_noun_points_to_the_company_the_article_introduced_with_it",
    ),
    pytest.param(
        "Ubisoft a conclu un accord avec le groupe chinois Tencent pour créer une filiale. Le chinois y investira "
        "1,16 milliard d'euros en numéraire.",
        [("Tencent", pytest.approx(1.16e9))],
        id="a_nationality_as_subject_points_to_the_company_of_that_country",
    ),
    pytest.param(
        "Enfin, 3 millions d'euros de crédits européens seront versés par la Banque européenne d'investissement au "
        "titre du programme InvestEU.",
        [("Banque européenne d'investissement", pytest.approx(3e6))],
        id="the_agent_who_pays_wins_over_the_nationality_of_the_money",
    ),
    pytest.param(
        "Déjà présent lors du précédent tour, le fonds souverain singapourien Temasek reprend la main et apporte à "
        "lui seul 70 millions d'euros.",
        [("Temasek", pytest.approx(70e6))],
        id="a_sovereign_fund_named_after_its_head_noun_is_the_investor_not_its_state",
    ),
    pytest.param(
        "La start-up bordelaise Veloxa a annoncé mardi avoir levé 12 millions d'euros.\n\nElle loue des vélos-cargos "
        "aux artisans. Elle compte 40 salariés. Elle vise Lyon et Lille.\n\nL'opération est menée par Via ID, avec la "
        "participation de Demeter.\n\nFondée en 2020, Veloxa avait d'abord réuni 2,5 millions d'euros auprès de ses "
        "fondateurs et de leurs proches.",
        [("Via ID", pytest.approx(12e6)), (None, pytest.approx(2.5e6))],
        id="a_lead_named_paragraphs_later_leads_the_round_before_it_not_an_earlier_seed_recalled_after",
    ),
    pytest.param(
        "Verre, batteries : la Région vole au secours de ses usines\n\nRéunie mardi à Lille, la commission permanente "
        "du conseil régional des Hauts-de-France a voté une série d'aides à deux sites industriels.\n\nSodialis, "
        "spécialiste des batteries sodium-ion, reçoit une subvention de cinq millions d'euros pour son usine "
        "d'Amiens.\n\nVerralia mise sur l'électricité\n\nVerralia reste le premier employeur privé d'Arques. Le "
        "verrier se voit accorder un prêt de 7 500 000 euros pour convertir un four.",
        [("Hauts-de-France", pytest.approx(5e6)), ("Hauts-de-France", pytest.approx(7.5e6))],
        id="grants_with_no_giver_come_from_the_region_the_article_names_not_from_a_company_taken_for_a_place",
    ),
    pytest.param(
        "Le gouvernement a dévoilé mardi les lauréats de l'appel à projets « Réacteurs innovants ». Newcleo, qui "
        "conçoit un réacteur refroidi au plomb, se voit attribuer 20 millions d'euros. La start-up Jimmy touchera "
        "25 millions d'euros pour son générateur de chaleur.",
        [("France", pytest.approx(20e6)), ("France", pytest.approx(25e6))],
        id="money_a_company_receives_from_nobody_named_comes_from_the_article_funder",
    ),
    pytest.param(
        "L'État a dévoilé lundi les lauréats de son appel à projets sur les lanceurs. La start-up toulousaine "
        "Orbitra, qui conçoit un lanceur réutilisable, reçoit 12 millions d'euros, et la jeune pousse Hyprion "
        "percevra 8 millions d'euros pour ses moteurs.",
        [("France", pytest.approx(12e6)), ("France", pytest.approx(8e6))],
        id="irregular_forms_of_recevoir_and_percevoir_are_money_received_from_the_article_funder",
    ),
    pytest.param(
        "Le constructeur chinois Chery reprend l'usine Nissan de Barcelone, en Espagne. Le groupe, dont le siège "
        "est à Wuhu, dans la province de l'Anhui, injectera quelque 400 millions d'euros dans l'usine.",
        [("Chery", pytest.approx(400e6))],
        id="le_groupe_points_to_the_name_of_the_subject_head_noun_before_not_to_the_last_company",
    ),
    pytest.param(
        "Capital-risque : Nordia Capital présente un plan de cinq ans\n\nLe fonds a présenté mardi son plan "
        "stratégique, découpé en quatre enveloppes. Un milliard d'euros sera consacré à l'intelligence "
        "artificielle. Deux milliards iront aux tours de croissance des entreprises les plus avancées.",
        [("Nordia Capital", pytest.approx(1e9)), ("Nordia Capital", pytest.approx(2e9))],
        id="envelopes_with_no_named_giver_come_from_the_investor_the_title_is_about",
    ),
    pytest.param(
        "La France a retenu dix projets de semi-conducteurs, et la France en financera six, s'est félicité le "
        "ministre. En Allemagne, le gouvernement fédéral mettra 4 milliards d'euros sur la table pour trente projets.",
        [("Allemagne", pytest.approx(4e9))],
        id="le_gouvernement_federal_is_the_federal_country_named_not_the_most_named_one",
    ),
    pytest.param(
        "La France a retenu dix projets de semi-conducteurs, et la France en financera six, s'est félicité le "
        "ministre. En Allemagne, l'État fédéral accordera 1 milliard d'euros d'aides à Infineon.",
        [("Allemagne", pytest.approx(1e9))],
        id="l_etat_federal_is_the_federal_country_named",
    ),
    pytest.param(
        "La Banque des Territoires accompagne le projet. Le fonds d'infrastructures parisien Antin Infrastructure "
        "Partners, qui prend la majorité, apporte pour sa part 96 millions d'euros de fonds propres.",
        [("Antin Infrastructure Partners", pytest.approx(96e6))],
        id="a_head_noun_whose_name_comes_after_its_adjectives_names_itself_and_points_back_nowhere",
    ),
    pytest.param(
        "Une enveloppe de 30 millions d'euros va être débloquée pour moderniser les lignes de bus du Gers. Elle sera "
        "entièrement financée par la Région Occitanie, a annoncé jeudi sa présidente.",
        [("Occitanie", pytest.approx(30e6))],
        id="the_next_sentence_says_who_pays_the_money_just_named",
    ),
    pytest.param(
        "La start-up Lumiwatt recevra 18 millions d’euros pour son usine de panneaux à Béziers. Une subvention "
        "accordée par la Commission européenne au titre du Fonds pour l’innovation.",
        [("Commission européenne", pytest.approx(18e6))],
        id="a_verbless_next_sentence_names_who_grants_the_money_received",
    ),
    pytest.param(
        "Réunis en séance plénière jeudi à Rouen, les élus de la Région Normandie ont adopté un plan pour la filière "
        "laitière. L'exécutif régional mobilisera huit millions d'euros d'ici 2027 pour moderniser les fromageries.",
        [("Normandie", pytest.approx(8e6))],
        id="l_executif_regional_is_the_region_not_the_state",
    ),
    pytest.param(
        "Bpifrance accompagne la jeune pousse depuis 2021. La banque publique investit 1,5 million d'euros par "
        "l'intermédiaire de son fonds French Tech Seed.",
        [("Bpifrance", pytest.approx(1.5e6))],
        id="par_l_intermediaire_de_son_fonds_names_a_vehicle_not_the_payer",
    ),
    pytest.param(
        "L'Agence spatiale européenne a choisi mardi deux industriels pour son programme de fret. Le contrat le plus "
        "gros revient à The Exploration Company. Lors de la première phase, l'agence lui avait déjà attribué 25 "
        "millions d'euros.",
        [("Agence spatiale européenne", pytest.approx(25e6))],
        id="l_agence_points_to_the_organisation_whose_name_opens_on_that_noun",
    ),
    pytest.param(
        "OVHcloud a signé mardi un partenariat avec Microsoft. L'américain y consacrera 300 millions d'euros.",
        [("Microsoft", pytest.approx(300e6))],
        id="a_nationality_points_to_the_company_the_gazetteer_gives_that_country",
    ),
    pytest.param(
        "Le géant américain Microsoft et le fonds émirien MGX sont associés au projet. Cette enveloppe s'inscrit "
        "dans le plan de 4 milliards d'euros que l'américain avait annoncé en mai 2024.",
        [("Microsoft", pytest.approx(4e9))],
        id="a_nationality_in_a_relative_clause_on_the_amount_points_to_the_company_of_that_country",
    ),
    pytest.param(
        "Le gouvernement a salué l'annonce de Digital Realty. Cette enveloppe s'inscrit dans le plan de 4 milliards "
        "d'euros que Microsoft avait annoncé en mai 2024.",
        [("Microsoft", pytest.approx(4e9))],
        id="who_announced_the_amount_in_a_relative_clause_commits_it",
    ),
    pytest.param(
        "Nvidia n'en est pas à son coup d'essai avec Mistral AI. Il avait déjà participé, en juin 2024, à la série B "
        "de 600 millions d'euros de la start-up, un tour de table mené par le fonds américain General Catalyst.",
        [("General Catalyst", pytest.approx(600e6))],
        id="a_lead_named_after_the_round_wins_over_a_participant_subject",
    ),
    pytest.param(
        "C'est Eurazeo qui mène l'opération. Le fonds parisien, spécialiste des sociétés cotées sur Euronext, prend "
        "ainsi un siège au conseil d'administration. Selon nos informations, il y apporte à lui seul près de 15 "
        "millions d'euros.",
        [("Eurazeo", pytest.approx(15e6))],
        id="a_subject_referring_back_in_the_sentence_before_wins_over_a_name_it_mentions",
    ),
    pytest.param(
        "La SNCF a commandé quinze rames au constructeur. Pour Alstom, l'enjeu est ailleurs. Le groupe investira 45 "
        "millions d'euros dans son usine d'Aytré.",
        [("Alstom", pytest.approx(45e6))],
        id="the_topic_set_up_front_in_the_sentence_before_is_what_le_groupe_refers_to",
    ),
    pytest.param(
        "Le gestionnaire Serena a levé 250 millions d'euros pour son deuxième fonds, auprès d'assureurs. La Caisse "
        "des dépôts y a souscrit à elle seule 40 millions d'euros.",
        [(None, pytest.approx(250e6)), ("Caisse des dépôts", pytest.approx(40e6))],
        id="a_subscriber_a_elle_seule_is_a_ticket_not_the_lead_of_the_round",
    ),
    pytest.param(
        "Sanofi a annoncé lundi un investissement de 1,1 milliard d'euros dans trois de ses sites français. L'État "
        "accompagnera le projet à hauteur de 45 millions d'euros, au titre de France 2030. Le site de Sisteron "
        "recevra 150 millions d'euros pour moderniser ses ateliers. Enfin, cinquante millions iront à Lyon.",
        [("Sanofi", pytest.approx(1.1e9)), ("France", pytest.approx(45e6)), ("Sanofi", pytest.approx(150e6)),
         ("Sanofi", pytest.approx(50e6))],
        id="a_site_that_receives_is_no_actor_its_owner_company_pays",
    ),
    pytest.param(
        "Alstom modernise ses usines françaises. Le site de Belfort n'est pas oublié. Une enveloppe de douze "
        "millions d'euros y sera consacrée aux lignes d'assemblage, a précisé Jeanne Martin, la directrice "
        "générale du groupe.",
        [("Alstom", pytest.approx(12e6))],
        id="a_speaker_speaks_for_the_company_her_role_names",
    ),
    pytest.param(
        "La SNCF a commandé des rames. Une enveloppe de douze millions d'euros sera consacrée à l'usine de Belfort, "
        "a indiqué Henri Poupart-Lafarge.",
        [("Alstom", pytest.approx(12e6))],
        id="a_known_company_head_speaks_for_his_company",
    ),
    pytest.param(
        "Engie a signé un accord avec l'État. Le gestionnaire du réseau à haute tension, Elia, a confirmé en mars "
        "qu'il investirait 3,8 milliards d'euros dans l'île artificielle, en mer du Nord.",
        [("Elia", pytest.approx(3.8e9))],
        id="a_generic_head_names_itself_by_the_name_set_off_by_commas",
    ),
    pytest.param(
        "Amazon Web Services a dévoilé mardi ses projets européens. La filiale d'Amazon y consacrera 6 milliards de "
        "livres sterling sur cinq ans au Royaume-Uni.",
        [("Amazon Web Services", pytest.approx(6e9))],
        id="la_filiale_de_x_is_the_subsidiary_named_before_by_its_name",
    ),
    pytest.param(
        "Le Fonds européen d'investissement rejoint le tour. La filiale de la Banque européenne d'investissement y "
        "apporte 30 millions d'euros.",
        [("Fonds européen d'investissement", pytest.approx(30e6))],
        id="la_filiale_de_x_is_the_subsidiary_named_before_by_the_gazetteer",
    ),
    pytest.param(
        "Les crues ont frappé la Normandie. L'État a promis son aide. Les élus régionaux ont voté jeudi un fonds "
        "d'urgence de 12 millions d'euros pour les commerçants sinistrés.",
        [("Normandie", pytest.approx(12e6))],
        id="the_regional_councillors_are_the_region_the_article_is_about",
    ),
    pytest.param(
        "Lynred investira 300 millions d'euros dans son usine de Veurey-Voroize. Le projet bénéficie d'une aide "
        "publique de 70 millions d'euros, accordée au titre de France 2030 et validée par la Commission européenne.",
        [("Lynred", pytest.approx(300e6)), ("France", pytest.approx(70e6))],
        id="public_aid_drawn_on_a_programme_is_the_money_of_the_body_that_runs_it",
    ),
    pytest.param(
        "Bruxelles a validé le régime d'aide en mai. Montant du soutien public : 250 millions d'euros, prélevés sur "
        "les crédits de France 2030.",
        [("France", pytest.approx(250e6))],
        id="the_programme_wins_over_a_public_body_named_in_the_sentence_before",
    ),
    pytest.param(
        "La Banque européenne d'investissement accordera à Transdev un prêt de 150 millions d'euros pour acheter "
        "des bus électriques.",
        [("Banque européenne d'investissement", pytest.approx(150e6))],
        id="money_to_buy_things_not_a_company_stays_a_pledge",
    ),
    pytest.param(
        "La filiale de la Banque européenne d'investissement y apporte 30 millions d'euros.",
        [("Fonds européen d'investissement", pytest.approx(30e6))],
        id="la_filiale_de_x_unnamed_is_the_only_subsidiary_the_gazetteer_knows",
    ),
    pytest.param(
        "Présente lors de l'annonce, la filiale de la BEI a confirmé qu'elle apporterait 30 millions d'euros au "
        "fonds.",
        [("Fonds européen d'investissement", pytest.approx(30e6))],
        id="a_name_after_de_la_is_no_bare_subject_for_the_pronoun",
    ),
    pytest.param(
        "Kedge boucle son budget. Kedge Business School a présenté mardi son plan de financement. Enfin, Kedge "
        "puisera 20 millions d'euros dans ses fonds propres.",
        [("Kedge Business School", pytest.approx(20e6))],
        id="a_short_name_takes_the_full_name_the_article_gives",
    ),
    pytest.param(
        "Une dette senior de 90 millions d'euros a été accordée à la société de projet par un pool de banques mené "
        "par BNP Paribas.",
        [("BNP Paribas", pytest.approx(90e6))],
        id="a_debt_someone_grants_is_a_loan",
    ),
    pytest.param(
        "Le gouvernement a dévoilé les lauréats de son appel à projets sur les petits réacteurs. Newcleo décroche la "
        "plus grosse part : 30 millions d'euros.",
        [("France", pytest.approx(30e6))],
        id="a_winner_that_decroche_an_award_receives_it_from_the_public_funder",
    ),
    pytest.param(
        "LG Energy Solution a annoncé une usine en Pologne. Le groupe de Yongin ne délaisse pas pour autant la "
        "Hongrie. Il consacrera 500 milliards de forints à son site de Göd.",
        [("LG Energy Solution", pytest.approx(500e9))],
        id="le_groupe_de_a_town_the_model_calls_misc_is_the_company_named_before",
    ),
    pytest.param(
        "Berlin a créé un fonds spécial pour la Bundeswehr. L'Allemagne dépensera plus que prévu. Outre-Rhin, on "
        "compare : la loi de programmation militaire votée en juillet 2023 prévoit 413 milliards d'euros sur sept ans.",
        [("France", pytest.approx(413e9))],
        id="the_loi_de_programmation_militaire_is_france_s_in_an_article_about_germany",
    ),
    pytest.param(
        "Le gouvernement hongrois a accordé une subvention de 40 milliards de forints, soit un peu moins de 100 "
        "millions d'euros.",
        [("Hongrie", pytest.approx(40e9))],
        id="a_conversion_after_soit_and_a_long_qualifier_is_the_same_pledge",
    ),
    pytest.param(
        "L'État a dévoilé les lauréats de son appel à projets sur les petits réacteurs. Hexana, qui conçoit un "
        "réacteur à neutrons rapides, est également retenue. Montant accordé : 22 M€.",
        [("France", pytest.approx(22e6))],
        id="a_granting_label_hands_the_amount_to_the_one_named_before",
    ),
    pytest.param(
        "La Région Pays de la Loire a retenu trois projets pour son fonds hydrogène. Lhyfe, qui produit de l'hydrogène vert en mer, "
        "est également retenue. Montant alloué : près de 9 millions d'euros.",
        [("Pays de la Loire", pytest.approx(9e6))],
        id="a_granting_label_with_an_approximation_still_grants",
    ),
    pytest.param(
        "Washington distribue ses aides aux fondeurs. Le 20 mars, Intel avait ouvert le bal avec le plus gros chèque : "
        "jusqu'à 8,5 milliards de dollars (près de 7,9 milliards d'euros) de subventions pour ses usines de l'Arizona.",
        [("États-Unis", pytest.approx(8.5e9))],
        id="a_company_named_with_subsidies_receives_them",
    ),
    pytest.param(
        "Washington a choisi Syracuse pour l'annonce, devant les élus de l'État. La gouverneure de l'État a salué la "
        "décision. Votée en août 2022, la loi dite Chips and Science prévoit 52,7 milliards de dollars pour relancer "
        "la filière sur le sol américain.",
        [("États-Unis", pytest.approx(52.7e9))],
        id="a_bare_l_etat_does_not_make_the_article_about_france",
    ),
    pytest.param(
        "Amazon Web Services a détaillé mardi ses investissements en Europe. Le groupe injectera 1,2 milliard d'euros "
        "en Suède, où l'État l'a accueilli. La France, enfin, recevra 1,5 milliard d'euros d'ici à 2029 pour ses "
        "centres de données.",
        [("Amazon Web Services", pytest.approx(1.2e9)), ("Amazon Web Services", pytest.approx(1.5e9))],
        id="a_state_that_receives_gets_the_articles_investors_money",
    ),
    pytest.param(
        "Google investira 1 milliard d'euros en Finlande. Aux Pays-Bas, les pelleteuses sont entrées en action au "
        "printemps près de Groningue. Le projet, annoncé en avril 2024, représente 600 millions d'euros et deviendra "
        "le quatrième centre de données du groupe dans le pays.",
        [("Google", pytest.approx(1e9)), ("Google", pytest.approx(600e6))],
        id="a_state_named_as_the_setting_of_the_sentence_before_pays_nothing",
    ),
    pytest.param(
        "Ubisoft ouvre le capital de sa filiale à Tencent. Le groupe de Shenzhen y investira 1,16 milliard d'euros en "
        "numéraire.",
        [("Tencent", pytest.approx(1.16e9))],
        id="a_home_town_of_several_groups_names_the_one_the_article_names",
    ),
    pytest.param(
        "On avait évoqué 700 millions ? Il s'agit en réalité de 680 millions de dollars, soit environ 580 millions "
        "d'euros, la plus grosse levée jamais réalisée par une start-up française. Le tour est mené par le fonds "
        "américain Coatue.",
        [("Coatue", pytest.approx(680e6))],
        id="the_words_after_a_conversion_say_what_the_amount_is",
    ),
    pytest.param(
        "Washington a accordé à Micron 6,1 milliards de dollars de subventions fédérales. L'administration fédérale "
        "propose en outre de lui prêter jusqu'à 7,5 milliards de dollars.",
        [("États-Unis", pytest.approx(6.1e9)), ("États-Unis", pytest.approx(7.5e9))],
        id="the_administration_and_the_capital_are_the_state",
    ),
    pytest.param(
        "Le Congrès américain a tranché. Votée en août 2022, la loi dite Chips and Science prévoit 52,7 milliards "
        "de dollars pour relancer la filière des semi-conducteurs aux États-Unis.",
        [("États-Unis", pytest.approx(52.7e9))],
        id="a_law_named_after_its_noun_is_its_states_money",
    ),
    pytest.param(
        "Infravia a bouclé son sixième fonds. La Banque européenne d'investissement, partenaire du gérant depuis "
        "ses débuts, apporte 150 millions d'euros.",
        [("Banque européenne d'investissement", pytest.approx(150e6))],
        id="depuis_in_an_apposition_describes_the_subject_not_a_running_total",
    ),
    pytest.param(
        "Le taïwanais TSMC agrandit son complexe de Phoenix. Le fournisseur d'Apple et de "
        "Nvidia porte en échange son investissement en Arizona à 65 milliards de dollars.",
        [("TSMC", pytest.approx(65e9))],
        id="the_company_a_supplier_serves_pays_nothing",
    ),
    pytest.param(
        "Schneider Electric a annoncé mardi le rachat de la pépite grenobloise Hestiam. L'industriel de "
        "Rueil-Malmaison ne compte pas s'arrêter là. Il s'engage à investir 50 millions d'euros sur trois ans.",
        [("Schneider Electric", pytest.approx(50e6))],
        id="l_industriel_de_a_town_is_the_company_from_there_not_the_town",
    ),
    pytest.param(
        "La medtech nantaise Kerys boucle son tour de table. En parallèle, la Banque européenne "
        "d'investissement lui prête 15 millions d'euros de dette de croissance.",
        [("Banque européenne d'investissement", pytest.approx(15e6))],
        id="debt_a_lender_gives_is_a_loan_not_a_balance_sheet_figure",
    ),
    pytest.param(
        "Le ministre a confirmé que l'État continuerait d'apporter 300 millions d'euros par an aux "
        "programmes de recherche aéronautique.",
        [("France", pytest.approx(300e6))],
        id="a_yearly_sum_a_give_verb_takes_is_given_each_year",
    ),
    pytest.param(
        "Le groupe Tarvel croule sous 2 milliards d'euros de dette. Les familles françaises dépensent "
        "environ 2 milliards d'euros par an en cours particuliers.",
        [],
        id="a_debt_held_and_what_households_spend_each_year_are_no_pledges",
    ),
    pytest.param(
        "Le groupe Vertal consacrera 800 millions d'euros sur trois ans à l'intelligence artificielle dans "
        "l'ensemble de ses usines. Sur cette enveloppe, 200 millions financeront un laboratoire à Lyon et "
        "100 millions un centre de calcul à Nantes.",
        [("Vertal", pytest.approx(800e6)), ("Vertal", pytest.approx(200e6)), ("Vertal", pytest.approx(100e6))],
        id="dans_l_ensemble_de_is_the_whole_the_money_reaches_not_a_sum",
    ),
    pytest.param(
        "Le Sénégal s'est engagé à consacrer 300 milliards de francs CFA de son propre budget à l'électrification "
        "des zones rurales, soit environ 457 millions d'euros.",
        [("Sénégal", pytest.approx(300e9))],
        id="a_conversion_after_soit_far_from_its_amount_is_the_same_sum",
    ),
    pytest.param(
        "Airbus investira 300 millions d'euros dans son site de Blagnac.\n\nQue fera concrètement la Région "
        "Occitanie pour la filière ?\n\nTrois choses. D'abord, nous allons consacrer 40 millions d'euros sur "
        "quatre ans aux ateliers de maintenance aéronautique.",
        [("Airbus", pytest.approx(300e6)), ("Occitanie", pytest.approx(40e6))],
        id="nous_in_an_interview_answer_is_the_actor_the_question_asks_about",
    ),
    pytest.param(
        "Entretien : Back Market veut conquérir l'Europe du Sud\n\nÀ quoi va servir l'argent ?\n\nD'abord à l'expansion. "
        "Nous ouvrons des bureaux à Madrid, parce que l'Espagne perd encore plus d'eau que nous. Ensuite, nous "
        "allons investir 6 millions d'euros dans une ligne d'assemblage à Aubagne.",
        [("Back Market", pytest.approx(6e6))],
        id="nous_with_no_actor_asked_about_is_the_company_the_interview_is_with",
    ),
    pytest.param(
        "Le promoteur Garonia investira 90 millions d'euros pour bâtir deux entrepôts totalisant 60 000 mètres "
        "carrés. Garonia avait déjà payé 4 millions d'euros de foncier et 3 millions d'euros d'études.",
        [("Garonia", pytest.approx(90e6))],
        id="a_total_of_square_metres_does_not_make_the_amount_a_sum",
    ),
    pytest.param(
        "Les fonds propres, soit 70 millions d'euros, sont apportés par un club deal mené par Generali.",
        [("Generali", pytest.approx(70e6))],
        id="les_fonds_propres_is_equity_not_a_crowd_of_funds",
    ),
    pytest.param(
        "En mars, la medtech Kerys a levé 40 millions d'euros lors d'un tour piloté par Sofinnova Partners.\n\n"
        "Montant de la deuxième opération : 25 millions d'euros. C'est ce qu'a obtenu Veltis en juin, à travers "
        "un tour mené par le fonds Jolt Capital.",
        [("Sofinnova Partners", pytest.approx(40e6)), ("Jolt Capital", pytest.approx(25e6))],
        id="a_montant_label_explained_by_c_est_ce_qu_a_obtenu_takes_the_deal_after",
    ),
    pytest.param(
        "Le groupe Vallourec a confirmé mardi son projet de laminoir électrique à Saint-Saulve.\n\nLe sidérurgiste "
        "avait présenté ce projet le 4 mars 2023. Le devis a depuis été revu : un accord signé en novembre avec les "
        "pouvoirs publics a porté la facture du chantier à 900 millions d'euros.",
        [("Vallourec", pytest.approx(900e6))],
        id="le_siderurgiste_is_a_trade_noun_pointing_back_to_the_company",
    ),
    pytest.param(
        "Le fonds londonien Atomico pilote le nouveau tour de table de la fintech Kerys, officialisé jeudi. "
        "Montant de l'opération : 90 millions d'euros. Il y apporte à lui seul près de 40 millions, le reste "
        "étant souscrit par les actionnaires historiques, Partech et Bpifrance en tête.",
        [("Atomico", pytest.approx(90e6)), ("Atomico", pytest.approx(40e6))],
        id="a_share_taken_a_lui_seul_by_a_pronoun_is_the_round_lead_s_ticket",
    ),
    pytest.param(
        "L'assureur Generali investira 2 milliards d'euros dans des fonds verts. Omnes Capital obtient "
        "120 millions d'euros pour son fonds d'infrastructures. Enfin, 80 millions d'euros seront confiés à "
        "Eiffel Investment Group.",
        [("Generali", pytest.approx(2e9)), ("Generali", pytest.approx(120e6)), ("Generali", pytest.approx(80e6))],
        id="who_took_money_in_the_sentence_before_does_not_give_the_next_sum",
    ),
    pytest.param(
        "EDF a remis son devis au gouvernement. Selon ce chiffrage, la construction des deux réacteurs "
        "coûtera 15 milliards d'euros.",
        [("EDF", pytest.approx(15e9))],
        id="what_a_thing_built_costs_is_its_builder_s_commitment",
    ),
    pytest.param(
        "Le fonds Cimes Ventures vise les industriels. Une usine pilote coûte souvent entre 20 et 50 millions "
        "d'euros, hors de portée des fonds d'amorçage.",
        [],
        id="what_a_thing_built_costs_in_general_is_no_pledge",
    ),
    pytest.param(
        "La coopérative Agrial construit une tour de séchage à Vire, avec 8 millions d'euros du Feder et "
        "5 millions d'euros de Bpifrance. Coût total de l'opération : 60 millions d'euros.",
        [("Fonds européen de développement régional", pytest.approx(8e6)), ("Bpifrance", pytest.approx(5e6)),
         ("Agrial", pytest.approx(60e6))],
        id="cout_total_de_l_operation_is_the_project_s_cost_not_a_sum",
    ),
    pytest.param(
        "Eurazeo, dont le portefeuille atteignait 35 milliards d'euros à la fin de l'année, s'intéresse davantage "
        "aux technologies. C'est lui qui avait emmené en mars 2023 la série B de 60 millions d'euros de Kerys.",
        [("Eurazeo", pytest.approx(60e6))],
        id="a_name_opening_the_sentence_before_a_relative_clause_is_its_subject",
    ),
    pytest.param(
        "La Métropole de Lyon mettra en circulation vingt bus électriques. Le projet est chiffré à 12 millions "
        "d'euros, dont 2 millions apportés par Bpifrance.",
        [("Métropole de Lyon", pytest.approx(12e6)), ("Bpifrance", pytest.approx(2e6))],
        id="a_giver_named_after_dont_gives_the_part_not_the_whole",
    ),
    pytest.param(
        "Le fabricant de puces STMicroelectronics maintient pour cette année une enveloppe d'investissements de "
        "2,3 milliards de dollars, après 2,53 milliards en 2024.",
        [("STMicroelectronics", pytest.approx(2.3e9))],
        id="after_last_year_s_figure_is_a_comparison_not_a_pledge",
    ),
    pytest.param(
        "Le munichois Nordwind Capital promet 450 millions d'euros aux start-up de l'IA et le fonds milanais "
        "Alba Partners 250 millions.",
        [("Nordwind Capital", pytest.approx(450e6)), ("Alba Partners", pytest.approx(250e6))],
        id="a_described_name_before_its_amount_in_a_verbless_clause_gives_it",
    ),
    pytest.param(
        "Dès le 21 janvier, à la Maison-Blanche, OpenAI, SoftBank et Oracle lançaient Stargate, une coentreprise qui "
        "prévoit d'investir jusqu'à 500 milliards de dollars dans des centres de données.",
        [("Stargate", pytest.approx(500e9))],
        id="the_joint_venture_its_founders_launch_invests_not_its_last_founder",
    ),
    pytest.param(
        "Exotrail a levé 58 millions d'euros auprès de Bpifrance et d'Eurazeo. Le Centre national d'études spatiales "
        "a suivi. Au titre de France 2030, l'établissement public accorde à Exotrail une aide de 9,5 millions d'euros.",
        # (two backers side by side, none leading: the round has no lead investor)
        [(None, pytest.approx(58e6)), ("Cnes", pytest.approx(9.5e6))],
        id="l_etablissement_public_is_a_public_body_not_the_bank_named_before",
    ),
    pytest.param(
        "À Neuville-sur-Saône, où il exploite déjà un site de vaccins, Sanofi va construire une nouvelle unité "
        "dédiée à l'ARN messager, pour un coût de 400 millions d'euros.",
        [("Sanofi", pytest.approx(400e6))],
        id="the_cost_of_what_a_company_builds_is_its_commitment",
    ),
    pytest.param(
        "Exotrail lève 58 millions d'euros. Le tour de table est piloté par Ace Aéro Partenaires. Le fonds y engage "
        "à lui seul 20 millions d'euros.\n\nCent trente millions levés en huit ans\n\nLa société de Massy vise la "
        "rentabilité.",
        [("Ace Aéro Partenaires", pytest.approx(58e6)), ("Ace Aéro Partenaires", pytest.approx(20e6))],
        id="what_was_raised_over_eight_years_is_a_tally",
    ),
    pytest.param(
        "En 2018, la Banque des Territoires a retenu Nevers pour son programme Action cœur de ville. Depuis, Nevers a "
        "déjà bénéficié de quelque 31 millions d'euros à ce titre, qui ont servi à rénover le théâtre.",
        [],
        id="depuis_then_deja_is_a_tally_since_then",
    ),
    pytest.param(
        "CNP Assurances s'est engagée à investir 12 milliards d'euros supplémentaires dans la transition. Le détail "
        "de l'enveloppe a été présenté classe d'actifs par classe d'actifs. La plus grosse part, 5 milliards d'euros, "
        "ira à des obligations vertes émises par des États, des collectivités locales et des entreprises.",
        [("CNP Assurances", pytest.approx(12e9)), ("CNP Assurances", pytest.approx(5e9))],
        id="des_etats_are_any_states_not_an_investor",
    ),
    pytest.param(
        "TotalEnergies a remporté le parc éolien. Le groupe chiffre l'investissement global à environ 4,5 milliards "
        "d'euros, son plus gros engagement dans l'Hexagone depuis trente ans.",
        [("TotalEnergies", pytest.approx(4.5e9))],
        id="its_largest_commitment_since_thirty_years_is_no_tally",
    ),
    pytest.param(
        "Le gestionnaire Eurazeo lance un fonds de 500 millions d'euros pour la santé. Le Fonds européen "
        "d'investissement en est l'investisseur d'ancrage, avec un ticket de 60 millions d'euros.",
        [("Fonds européen d'investissement", pytest.approx(500e6)), ("Fonds européen d'investissement", pytest.approx(60e6))],
        id="an_anchor_investor_s_ticket_is_its_pledge",
    ),
    pytest.param(
        "Microsoft a détaillé jeudi ses investissements en Europe. En Espagne, le groupe consacrera 2 milliards "
        "d'euros à ses centres de données. En Allemagne, l'enveloppe atteint 3,5 milliards d'euros d'ici à 2027.",
        [("Microsoft", pytest.approx(2e9)), ("Microsoft", pytest.approx(3.5e9))],
        id="a_country_set_as_the_scene_of_the_sentence_pays_nothing",
    ),
    pytest.param(
        "BYD construit une usine à Szeged, en Hongrie. Annoncé en décembre 2023, le site représente pour le groupe "
        "de Shenzhen un investissement d'environ 4 milliards d'euros.",
        [("BYD", pytest.approx(4e9))],
        id="the_group_of_a_home_town_is_the_company_the_article_names",
    ),
    pytest.param(
        "Anne-Laure Bessière (Sidermeca) : « Nous allons investir comme jamais dans nos usines »\n\nVos clients "
        "Safran et Airbus relancent les cadences. Qu'allez-vous faire ?\n\nNous allons investir 160 millions "
        "d'euros sur quatre ans dans nos six usines en France.",
        [("Sidermeca", pytest.approx(160e6))],
        id="nous_in_an_interview_speaks_for_the_company_in_the_title_s_brackets",
    ),
]


def test_money_received_in_an_investor_s_article_comes_from_that_investor_not_the_state(extractor):
    text = (
        "Climat : l'assureur Generali va flécher 2 milliards d'euros vers des fonds verts\n\n"
        "Generali a annoncé mardi qu'il investirait 2 milliards d'euros sur cinq ans dans des fonds de transition. "
        "L'État salue un geste fort pour la filière.\n\nOmnes Capital obtient 120 millions d'euros pour son "
        "fonds d'infrastructures."
    )
    received = [p for p in pledges_of(extractor, text) if p.recipient == "Omnes Capital"]
    assert [(p.investor, p.amount) for p in received] == [("Generali", pytest.approx(120e6))]


@pytest.mark.parametrize("text,expected", INVESTORS_AND_AMOUNTS)
def test_investors_and_amounts(extractor, text, expected):
    assert [(p.investor, p.amount) for p in pledges_of(extractor, text)] == expected


WORD_CLASSES = [
    # irregular verbs change their stem: the infinitive's stem alone misses them
    ("La start-up reçoit 12 millions d'euros.", "reçoit", "receive_verb", True),
    ("Le laboratoire perçoit 3 millions d'euros.", "perçoit", "receive_verb", True),
    ("Une puce se vend 30 000 dollars.", "vend", "non_pledge_verb", True),
    ("Les fondateurs cèdent leurs actions.", "cèdent", "non_pledge_verb", True),
    # feminine and plural forms of a class word
    ("La facture totale grimpe à 20 milliards d'euros.", "totale", "total", True),
    ("La start-up lève 12 millions d'euros.", "lève", "receive_verb", False),
]


@pytest.mark.parametrize("sentence, word, kind, expected", WORD_CLASSES)
def test_word_class_membership_reads_the_lemma(nlp, sentence, word, kind, expected):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert nlp.get_pipe("pledge_records").token_in_class(token, kind) is expected


NOT_THE_INVESTOR = [
    # named after the amount, it receives
    ("Le nouveau propriétaire s'engage à investir 12 millions d'euros sur trois ans dans le développement de "
     "Révizio.", "Révizio"),
    ("Une tranche initiale de 40 millions d'euros sera versée dès janvier à l'Institut Pasteur.", "Institut Pasteur"),
    # named in passing in the sentence before, a person or a town pays nothing
    ("Le maire, Grégory Doucet, a présenté le plan lundi à la Guillotière. La rénovation des écoles mobilisera "
     "120 millions d'euros.", "Grégory Doucet"),
]


@pytest.mark.parametrize("text, name", NOT_THE_INVESTOR)
def test_a_name_that_only_receives_or_is_mentioned_is_not_the_investor(extractor, text, name):
    assert all(p.investor != name for p in pledges_of(extractor, text))


def test_the_amount_of_an_apposition_is_what_it_describes(extractor):
    text = ("LVMH investira 500 millions d'euros dans ses ateliers de maroquinerie. Le groupe a aussi annoncé un "
            "nouveau programme de rachat d'actions, d'un montant maximal d'un milliard d'euros.")
    assert [p.amount for p in pledges_of(extractor, text)] == [pytest.approx(500e6)]


def test_inflections_are_derived_from_the_base_models_lemmatizer():
    from extractor.components.pledge_records.inflections import derive_inflections

    rows = {(r["form"], r["pos"]): r["lemma"] for r in derive_inflections(["recevoir", "total"])}
    assert rows[("reçoit", "VERB")] == "recevoir"
    assert ("perçoit", "VERB") not in rows  # 'percevoir' was not asked for
    assert rows[("totale", "ADJ")] == "total"


ARTICLE_BENEFICIARIES = [
    # a grant whose sentence names no receiver goes to the start-up of the title
    ("Morlaix : la start-up Kerlux lève 4 millions d'euros pour ses capteurs marins\n\nLa jeune pousse "
     "morlaisienne Kerlux a bouclé une levée de 4 millions d'euros auprès de West Web Valley. La Région Bretagne "
     "accorde par ailleurs une subvention de 200 000 euros.", 200e3, "Kerlux"),
    # of the title's two companies, the one that also puts money in, not the one that orders trains
    ("Aéronautique : Air France commande vingt avions, Daher investit 30 millions d'euros à Tarbes\n\nDaher "
     "investira 30 millions d'euros dans son usine de Tarbes. La Région Occitanie versera 2 millions d'euros "
     "pour former les futurs techniciens.", 2e6, "Daher"),
    # in a roundup where other companies invest too, the title's company is not every grant's receiver
    ("Data centers : Equinix mise 2 milliards d'euros sur la France\n\nEquinix investira 2 milliards d'euros "
     "dans trois centres de données. Digital Realty consacrera 1 milliard d'euros à Marseille. La fondation "
     "Open Compute démarre avec une dotation de 50 millions d'euros.", 50e6, None),
    # a company spending on its own site receives nothing
    ("Logistique : Prologis s'étend près de Lyon\n\nPrologis construira trois entrepôts à Saint-Priest. Le "
     "groupe y investira 120 millions d'euros.", 120e6, None),
]


@pytest.mark.parametrize("text, amount, recipient", ARTICLE_BENEFICIARIES)
def test_support_with_no_named_receiver_goes_to_the_title_company(extractor, text, amount, recipient):
    assert [p.recipient for p in pledges_of(extractor, text) if p.amount == pytest.approx(amount)] == [recipient]


def test_support_for_a_company_s_project_goes_where_the_project_is(extractor):
    text = ("Agroalimentaire : Triskalia Légumes investit 40 millions d'euros à Loudéac\n\n"
            "Triskalia Légumes investira 40 millions d'euros dans une nouvelle légumerie à Loudéac, dans les "
            "Côtes-d'Armor.\n\nLes collectivités suivent. La Région Bretagne versera une subvention de 2 millions "
            "d'euros, votée jeudi en commission permanente.")
    by_amount = {round(p.amount): (p.recipient, p.location) for p in pledges_of(extractor, text)}
    assert by_amount[2_000_000] == ("Triskalia Légumes", "Loudéac")



# (article, amount, investor): a crowd the text counts or names as a plural gives, not an organisation nearby
UNNAMED_GIVERS = [
    # one giver introduced by 'un', 'une' and never named
    ("Mécénat : l'université de Lille lève 12 millions d'euros\n\nLa fondation de l'université de Lille pilote la "
     "campagne. Enfin, un couple d'anciens chercheurs, qui a requis l'anonymat, a promis 1,2 million d'euros pour "
     "la rénovation de la bibliothèque.", 1.2e6, None),
    ("Biotech : Thymera lève 40 millions d'euros\n\nBpifrance s'était engagée à hauteur de 12 millions d'euros, "
     "tandis que les actionnaires historiques ont apporté ensemble 15 millions.", 15e6, None),
    ("Agritech : Sylvagreen boucle son amorçage\n\nLa toulousaine Sylvagreen a levé 2 millions d'euros auprès "
     "de Bpifrance et d'Occitanie Invest. Le solde, soit 500 000 euros, a été collecté en financement participatif "
     "sur la plateforme WiSEED, elle aussi toulousaine, auprès de 612 particuliers.", 500e3, None),
    ("Agriculture : la ferme Douaren finance son méthaniseur\n\nLa ferme Douaren a obtenu du Crédit agricole un "
     "prêt de 400 000 euros. Sa campagne sur Miimosa s'est achevée vendredi : 185 000 euros ont été prêtés par 620 "
     "contributeurs, sous forme d'obligations.", 185e3, None),
    # shareholders named beside the plural, or a few the text counts, are not a crowd
    ("Logiciel : Lumio lève 20 millions d'euros\n\nBpifrance et Partech, ses actionnaires historiques, ont "
     "apporté 15 millions d'euros à Lumio.", 15e6, "Partech"),
    ("Capital-risque : Quadrille Capital clôt son fonds\n\nQuadrille Capital et ses quatre associés ont apporté "
     "trois millions d'euros au fonds.", 3e6, "Quadrille Capital"),
]


@pytest.mark.parametrize("text,amount,investor", UNNAMED_GIVERS)
def test_a_crowd_of_unnamed_givers_leaves_the_investor_empty(extractor, text, amount, investor):
    found = [p for p in pledges_of(extractor, text) if p.amount == pytest.approx(amount)]
    assert [p.investor for p in found] == [investor]


def test_a_pledge_noun_the_parser_makes_the_next_clause_s_subject_keeps_its_own_verb_s_giver(extractor):
    text = ("Piscine : le tour de table est bouclé\n\nÀ Bressuire, le chantier du centre aquatique démarre en mai. "
            "Le Département a voté en septembre une subvention de 3 millions "
            "d'euros, la Région apportera 2,5 millions.")
    assert [(p.investor, p.amount) for p in pledges_of(extractor, text)] == [
        ("Deux-Sèvres", 3e6), ("Nouvelle-Aquitaine", 2.5e6)]


def test_l_intercommunalite_is_the_intercommunal_body_the_article_names(extractor):
    text = ("Agroalimentaire : les Ateliers Le Goff s'agrandissent\n\nLes Ateliers Le Goff ont acheté une parcelle à "
            "Loudéac Communauté Bretagne Centre. La Région Bretagne accorde une avance de 300 000 euros. "
            "L'intercommunalité, de son côté, verse une subvention de 120 000 euros.")
    assert [p.investor for p in pledges_of(extractor, text) if p.amount == 120e3] == ["Loudéac Communauté Bretagne Centre"]


def test_in_a_round_a_name_before_pour_and_the_amount_puts_it_in(extractor):
    text = ("Deux mutuelles complètent le tour de table : la Macif pour 12 millions d'euros et Groupama pour 8 millions "
            "d'euros.")
    assert [(p.investor, p.amount) for p in pledges_of(extractor, text)] == [("Macif", 12e6), ("Groupama", 8e6)]


def test_le_fonds_is_the_fund_its_title_s_manager_raises(extractor):
    text = ("Kestrel Partners boucle son troisième fonds à 200 millions d'euros\n\nLa société de gestion Kestrel Partners "
            "a annoncé mardi le closing final de son troisième fonds, à 200 millions d'euros. Bpifrance a engagé 30 "
            "millions d'euros par l'intermédiaire de son activité de fonds de fonds. Le fonds a déjà investi 5 millions "
            "d'euros dans la start-up nantaise Lumen.")
    assert [p.investor for p in pledges_of(extractor, text) if p.amount == 5e6] == ["Kestrel Partners"]


def test_le_premier_and_le_second_are_the_two_names_joined_before(extractor):
    text = ("La série C est co-menée par Index Ventures et Lakestar. Le premier apporte 40 millions d'euros, le second "
            "25 millions.")
    assert [(p.investor, p.amount) for p in pledges_of(extractor, text)] == [("Index Ventures", 40e6), ("Lakestar", 25e6)]


def test_a_lead_statement_with_the_lead_s_own_ticket_names_the_round_s_lead(extractor):
    text = ("Robotique : Vektor lève 30 millions d'euros\n\nLa jeune pousse lyonnaise Vektor a bouclé une série B de 30 "
            "millions d'euros. Un record pour la robotique française.\n\nLe tour est mené par le fonds londonien Atomico, "
            "qui apporte à lui seul 18 millions d'euros.")
    assert [(p.investor, p.amount) for p in pledges_of(extractor, text)] == [("Atomico", 30e6), ("Atomico", 18e6)]
