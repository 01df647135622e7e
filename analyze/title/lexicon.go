package title

// lexicon is every word and phrase Classify knows, one rule a line:
//
//	phrase[, phrase...] : attribute...
//
// A phrase is one or more words in the folded form the scanner produces:
// lower-case ASCII, accents removed ("estagiário" is "estagiario"), and
// hyphens read as spaces ("co-op" is "co op"). Attributes are
//
//	function/strength  the discipline named, and how strongly (1 to 5)
//	intern ... owner   the seniority marked
//	head               the word names a person in a role (engineer, manager)
//	level=N            a level suffix (II, 2)
//	l=N e=N ic=N ict=N ms=N   a step of an employer's ladder: L5, E5, IC5, ICT4, 63
//	levelword          "level", "grade": the number after it is a level
//	partner chief officer   words that need their neighbours (see title.go)
//	conj stop to ex    "and", "of", "to" (ends the role), "former"
//	cred place         credentials and places, never a team
//	pblock pok         before "partner": blocks or keeps its owner meaning
//	rung               an engineer on a numbered ladder (Microsoft's plain SWE)
//	asst boss          an assistant, and an office one may assist (Dirección)
//
// A rule with no attributes only makes the word known, so that compounds
// can be split on it ("Unternehmens-", "Afdelings-"). Longer phrases win
// over shorter ones that start at the same word. "&" is the word "and".
// A word that heads a compound or that a slip is corrected to means there
// what it means alone; words of places, credentials, levels and small
// words are neither.
const lexicon = `
# Connectors and small words.
and, und, y, e, et, &, /, + : conj
of, the, for, in, on, with, a, an, de, del, des, du, da, do, dos, das, la, le, les, el, los, las, en, em, no, na, nos, nas, von, der, die, im, fur, al, au, aux, d, l, di, co, s : stop
to : to
ex, former, formerly, previously, past, ancien, ancienne, antiguo, antigo : ex

# Level suffixes and ladders.
i : level=1
ii : level=2
iii : level=3
iv : level=4
v : level=5
vi : level=6
vii : level=7
viii : level=8
1 : level=1
2 : level=2
3 : level=3
4 : level=4
5 : level=5
6 : level=6
7 : level=7
8 : level=8
9 : level=9
l1 : l=1
e1 : e=1
l2 : l=2
e2 : e=2
l3 : l=3
e3 : e=3
l4 : l=4
e4 : e=4
l5 : l=5
e5 : e=5
l6 : l=6
e6 : e=6
l7 : l=7
e7 : e=7
l8 : l=8
e8 : e=8
l9 : l=9
e9 : e=9
l10 : l=10
ic1 : ic=1
ic2 : ic=2
ic3 : ic=3
ic4 : ic=4
ic5 : ic=5
ic6 : ic=6
ic7 : ic=7
ic8 : ic=8
ic9 : ic=9
ict1 : ict=1
ict2 : ict=2
ict3 : ict=3
ict4 : ict=4
ict5 : ict=5
ict6 : ict=6
ict7 : ict=7
ict8 : ict=8
ict9 : ict=9
59 : ms=59
60 : ms=60
61 : ms=61
62 : ms=62
63 : ms=63
64 : ms=64
65 : ms=65
66 : ms=66
67 : ms=67
68 : ms=68
69 : ms=69
70 : ms=70
level, lvl, grade, nivel, niveau, stufe, band, tier : levelword

# Credentials after a comma.
phd, mba : cred student/1
pmp, cpa, cfa, pe, peng, md, jd, ms, msc, bsc, bs, ba, ma, meng, mph, mfa, llm, llb, cissp, cism, cisa, shrm, cp, scp, sphr, phr, cspo, acca, cima, cma, rn, esq, dds, dvm, pharmd, frm, caia, cfp, ccna, ccnp, cscp, cpim, ceng, fca, aca, itil, spc, dr : cred
csm : cred support/4 head

# Places and employment terms: never a team.
remote, hybrid, onsite, worldwide, global, international, usa, us, uk, eu, emea, apac, amer, americas, america, latam, anz, dach, nordics, benelux, europe, asia, africa, india, germany, deutschland, france, spain, espana, brazil, brasil, mexico, canada, ireland, netherlands, switzerland, israel, china, japan, singapore, australia, london, berlin, munich, munchen, hamburg, frankfurt, paris, madrid, barcelona, lisbon, lisboa, porto, dublin, amsterdam, zurich, toronto, vancouver, montreal, seattle, sf, nyc, ny, boston, austin, chicago, denver, atlanta, bangalore, bengaluru, hyderabad, pune, chennai, mumbai, delhi, gurgaon, gurugram, noida, tokyo, sydney, melbourne, stockholm, copenhagen, oslo, helsinki, warsaw, prague, vienna, wien, milan, rome, seoul, dubai, manila, jakarta, ca, wa, tx, nj, area, region, greater, metro, metropolitan, city, bay, north, south, east, west, central, united, states, kingdom, new, york, san, francisco, angeles, tel, aviv, hong, kong, sao, paulo, rio, janeiro, buenos, aires, cape, town, kuala, lumpur : place
contract, part, full, time, parttime, fulltime, temporary, temp, interim, acting, voluntary, technical, self, employed, independent, seasonal, fixed, term, maternity, cover, leave, sabbatical, retired, open, work, m, w, f, h, x, divers, all, genders : place
contractor, freelance, freelancer, volunteer : place head

# Seniority words.
intern, interns, internship, trainee, traineeship, apprentice, apprenticeship, co op, coop, praktikant, praktikantin, praktikum, stagiaire, estagiario, estagiaria, estagio, becario, becaria, pasante, practicante, practicas, alternant, alternante, apprenti, apprentie, aprendiz, auszubildende, auszubildender, azubi, summer analyst, summer associate : intern head
working student, werkstudent, werkstudentin : intern head student/1
junior, jr, entry level, early career, graduate, grad, new grad, new graduate, recent graduate : entry
associate, associates, asociado, asociada, associado, associada : entry head
senior, sr, snr, leitender, leitende : senior
lead, leads, leader, lider, leider, ledare : senior head
leder : manager head
medior : mid
tech lead, technical lead, lider tecnico : senior head software/2
team lead, team leader, team leiter, team leiterin, group lead, group leader, gruppen leiter, gruppen leiterin, lider de equipo, lider de equipe, jefe de equipo, chef d equipe, squad lead, team leitung, team leder, team leider, team ledare, grupp ledare, gruppe leder, team manager : manager head
pleno : mid
staff : staff
principal : staff head
distinguished : staff
fellow, fellows : staff head
postdoctoral fellow, postdoc fellow, research fellow, postdoctoral research fellow, postdoctoral research associate, postdoctoral associate, clinical fellow, visiting fellow, research scholar : research/5 head
graduate researcher, teaching fellow, graduate fellow, doctoral fellow, phd fellow, graduate research fellow : student/5 head
member of technical staff, technical staff, mts : software/3 head
smts : software/3 senior head
lmts, pmts : software/3 staff head
staff accountant, staff auditor : finance/4 head
chief of staff : director head

# People managers, and the roles whose "manager" manages no people.
manager, managers, managerin, mgr, mngr, gerente, gestor, gestora, jefe, jefa, responsable, supervisor, supervisora, supervisorin : manager head
chef, sjef : manager head
sous chef, pastry chef, chef de cuisine, chef de partie, private chef, head chef, executive chef : head
chef de, chef d : manager head
product manager, product managers, product managerin, produkt manager, produkt managerin, gerente de produto, gerente de produtos, gerente de producto, gerente de productos, jefe de producto, jefa de producto, chef de produit, gestor de produto : product/3 head
group product manager : product/3 manager head
program manager, programme manager, gerente de programa, gerente de programas : program/3 head
project manager, projekt manager, projekt managerin, projekt leiter, projekt leiterin, gerente de projeto, gerente de projetos, gerente de proyecto, gerente de proyectos, jefe de proyecto, jefe de proyectos, jefa de proyecto, jefa de proyectos, chef de projet, gestor de projetos, gestor de projeto, gestor de proyectos, gestora de projetos : program/3 head
account manager, key account manager, gerente de cuentas, gerente de cuenta, gerente de contas, gerente de conta, partner manager, territory manager, relationship manager : sales/3 head
technical account manager : support/3 head
customer success manager : support/3 head
product marketing manager : marketing/3 head
delivery manager : program/3 head
portfolio manager : finance/3 head
case manager : head
area manager : operations/3 manager head
general manager, gerente general, gerente geral : director head
managing director, managing directors : vp head

# Directors, vice presidents, chiefs, owners.
director, directors, directeur, directrice, directora, diretor, diretora, direktor, direktorin, head, heads, leiter, leiterin, leitung, dean : director head
associate partner : director head
general counsel : legal/4 director head
director general, directeur general, directrice generale, directora general, diretor geral, diretora geral, chief executive, ceo, pdg, president, presidente, presidenta, prasident, prasidentin, geschaftsfuhrer, geschaftsfuhrerin, geschaeftsfuehrer, geschaeftsfuehrerin, vorstand : cxo head
vice president, vicepresident, vice presidente, vice presidenta, vicepresidente, vicepresidenta, vizeprasident, vizeprasidentin, vp, vps, svp, evp, avp : vp head
cto, cio, ciso, chief information officer, chief technical officer : software/4 cxo head
cfo : finance/4 cxo head
coo, chief operating officer : operations/4 cxo head
cpo : product/4 cxo head
cmo : marketing/4 cxo head
cro : sales/4 cxo head
chro : hr/4 cxo head
cdo, cso, cco, cao, cbo, cxo : cxo head
chief : chief head
officer, officers : officer head
founder, founders, cofounder, cofounders, fondateur, fondatrice, cofondateur, cofondatrice, fundador, fundadora, cofundador, cofundadora, grunder, grunderin, gruender, gruenderin, mitgrunder, mitgrunderin, mitgruender, mitgruenderin, owner, owners, coowner, inhaber, inhaberin, proprietor, proprietario, proprietaria, propietario, propietaria, dueno, duena, socio, socia, associe, associee, gesellschafter, gesellschafterin : owner head
partner, partners, partnerin : partner head
product owner : product/4 head
process owner, service owner, system owner, feature owner, technical owner, platform owner, content owner, budget owner, risk owner, control owner : head
data owner : data/3 head
business partner : hr/1 head
client partner : sales/3 head
production, founding, abteilung, bereich, fach, unternehmens, unternehmen, anwendungs, anwendung, entwicklung, ontwikkeling, utveckling, udvikling, utvikling, sviluppo, firmen, mede, afdeling, avdelning, avdeling, enhet, grupp, gruppe, zakelijk, algemeen, afstudeer, strategie, management, ufficio, adm, losning, affar, administrerende, organisation, organization, stadt, gestionale, verksamhet, gebiet, resource, resources : 

# Before "partner": words that make it a role (pblock) or keep it an owner (pok).
business, client, strategic, alliance, integration, solutions, success, implementation, customer, culture, employee, vendor, ecosystem, reseller, agency, hiring, learning, training, platform, services, service, distribution, trusted : pblock
equity, ip, corporate, advisory, assurance, deal, deals, transaction, transactions, venture : pok
consulting, beratung : consulting/1 pok
certified : pblock

# Roles that name no discipline.
analyst, analysts, analista, analystin, specialist, specialiste, spezialist, spezialistin, especialista, coordinator, coordinador, coordinadora, coordenador, coordenadora, koordinator, koordinatorin, coordinateur, coordinatrice, representative, rep, executive, agent, member, mitarbeiter, mitarbeiterin, technician, technicien, technicienne, tecnico, tecnica, operator, instructor, teacher, trainer, coach, mentor, writer, editor, strategist, planner, generalist, expert, experte, expertin, evangelist, advocate, ambassador, entrepreneur, scholar, clerk, nurse, physician, doctor, pharmacist, therapist, driver, cashier, cook, sachbearbeiter, sachbearbeiterin, referent, referentin, charge, chargee, professional, architect, architects, architekt, architektin, arquiteto, arquiteta, arquitecto, arquitecta, architecte, tutor, security guard : head

# Roles that name a discipline.
engineer, engineers, ingenieur, ingenieurin, ingeniero, ingeniera, engenheiro, engenheira, developer, developers, entwickler, entwicklerin, desarrollador, desarrolladora, desenvolvedor, desenvolvedora, developpeur, developpeuse : software/2 head rung
informatiker, informatikerin : software/3 head
programmer, programador, programadora, programmeur, programmeuse, programmierer, programmiererin, coder, tester, testers, sysadmin, sdet, sdets, sre, sres : software/4 head
swe, swes, sde, sdes : software/4 head rung
sdm : software/4 manager head
product engineer : software/4 head
solutions architect, solution architect, technical architect, enterprise architect : software/3 head
mle : data/4 head
applied scientist, product analyst, statistician : data/4 head
business analyst : data/3 head
pm, pms, pmt : product/4 head
apm : product/4 entry head
gpm : product/4 manager head
tpm, tpms, pgm, tpgm : program/4 head
scrum master, agile coach : program/4 head
pmm : marketing/4 head
ae, sdr, bdr, account executive, salesperson, salesman, saleswoman : sales/4 head
hrbp, personalreferent, personalreferentin : hr/4 head
personalleiter, personalleiterin : hr/4 director head
personalchef, personalchefin : hr/4 manager head
designer, designers, designerin, disenador, disenadora, illustrator, animator : design/4 head
ux researcher, user researcher, design researcher, user experience researcher : design/5 head
copywriter, copywriters, media buyer : marketing/4 head
recruiter, recruiters, recruiterin, reclutador, reclutadora, recrutador, recrutadora, recruteur, recruteuse, sourcer, sourcers, headhunter : recruiting/4 head
accountant, accountants, contador, contadora, comptable, contable, buchhalter, buchhalterin, bookkeeper, controller, auditor, comptroller, actuary, treasurer : finance/4 head
investor, investors : finance/3 head
buyer : operations/4 head
manufacturing engineer : hardware/4 head
attorney, lawyer, counsel, paralegal, solicitor, barrister, avocat, avocate, abogado, abogada, advogado, advogada, rechtsanwalt, rechtsanwaltin, anwalt, anwaltin, jurist, juristin, juriste, notary : legal/4 head
researcher, researchers, chercheur, chercheuse, investigador, investigadora, pesquisador, pesquisadora, forscher, forscherin : research/4 head
scientist, scientists, wissenschaftler, wissenschaftlerin, cientista, cientifico, cientifica, scientifique : research/2 head
research scientist : research/5 head
research associate : research/3 entry head
postdoc, postdocs, postdoctoral, post doc, post doctoral, postdoctorant, postdoctorante : research/5 head
professor, professora, profesor, profesora, professeur, professeure : research/4 staff head
associate professor : research/4 senior head
assistant professor, adjunct professor : research/4 head
lecturer, dozent, dozentin, faculty : research/4 head
student, students, studentin, etudiant, etudiante, estudiante, estudante, alumno, alumna, aluno, aluna, undergraduate, undergrad, doktorand, doktorandin, doctorant, doctorante, doctorando, doctoranda, doutorando, doutoranda, mestrando, mestranda, studentische, hilfskraft : student/5 head
phd candidate, doctoral candidate, mba candidate, phd researcher, doctoral researcher, teaching assistant, research assistant, graduate assistant, student assistant : student/5 head

# Disciplines.
software, logiciel, logiciels, devops, devsecops, secops, qa, qe, quality assurance, test, testing, security, cybersecurity, cyber security, information security, infosec, appsec, it, ti, information technology, informatique, informatica, informatik, site reliability, product engineering, product security : software/3
engineering, ingenieria, engenharia, ingenierie, development, desarrollo, desenvolvimento, developpement, tech, technology, technologies, tecnologia, technologie, technique, web, mobile, ios, android, frontend, front end, backend, back end, full stack, fullstack, embedded, firmware, game, games, gaming, java, python, javascript, typescript, golang, ruby, php, c++, c#, react, angular, nodejs, blockchain, cloud, infrastructure, network, networks, networking, systems, system, sistemas, sistema, computer science, database, databases : software/2
data, daten, datos, dados, donnees, analytics, analytique, business intelligence, bi, machine learning, ml, ai, artificial intelligence, inteligencia artificial, deep learning, nlp, computer vision, data science, big data, statistics, statistical, mlops, decision science, product analytics, operations research : data/3
insights : data/2
product, products, produto, produtos, producto, productos, produit, produits, produkt, product management : product/3
program management, programme management, project management : program/3
program, programs, programme, programmes, programa, programas, project, projects, projekt, projekte, projet, projets, projeto, projetos, proyecto, proyectos, pmo, scrum, agile : program/3
delivery : program/1 pblock
design, ux, ui, user experience, user interface, interaction design, graphic, graphics, creative, art, illustration, visual design, diseno, ux research, user research, design research : design/3
asic design, mechanical design, electrical design, electronic design, electronics design, chip design, physical design, design verification, analog design, digital design, rtl design, circuit design, ic design, pcb design, hardware design, mixed signal design, logic design, soc design, silicon design : hardware/4
research, recherche, investigacion, pesquisa, forschung, r&d, research and development, scientific, wissenschaftlich, wissenschaftliche, wissenschaftlicher : research/3
science : research/2
hardware, electrical, electronics, electronic, mechanical, mechatronics, asic, fpga, chip, chips, silicon, soc, rtl, vlsi, analog, analogue, rf, pcb, circuit, circuits, semiconductor, semiconductors, mixed signal, aerospace, civil, structural, chemical, optical, photonics, verification, elektro, elektrotechnik, maschinenbau, electronique, mecanique, electrique, electronica, electronico, mecanico, mecanica, electrico, electrica, eletrico, eletrica, eletronica, eletronico, mecatronica : hardware/3
robotics, materials : hardware/2
recruiting, recruitment, talent acquisition, talent, staffing, reclutamiento, recrutamento, recrutement, headhunting : recruiting/3
hr, rh, human resources, recursos humanos, ressources humaines, people, people operations, people ops, personnel, payroll, compensation, benefits, total rewards, hris, learning and development, l&d, employee relations, employee experience, personalwesen, personalabteilung, talent management, talent development : hr/3
diversity : hr/2
sales, selling, business development, biz dev, bizdev, bd, account, accounts, key account, revenue, commercial, comercial, ventas, vendas, vente, ventes, vertrieb, partnerships, partnership, alliances, presales, pre sales, inside sales, revops, revenue operations : sales/3
channel : sales/2 pblock
marketing, mercadeo, mercadotecnia, brand, branding, communications, communication, comms, comunicacion, comunicacao, comunicaciones, kommunikation, public relations, pr, seo, sem, social media, demand generation, demand gen, lead generation, advertising, copywriting, publicidad, market research, product marketing : marketing/3
content, crm, influencer, media : marketing/2
growth : marketing/1
community : marketing/1 pblock
operations, operation, ops, operaciones, operacoes : operations/1
business operations, bizops, supply chain, logistics, logistica, logistique, logistik, fulfillment, fulfilment, warehouse, procurement, purchasing, facilities, facility, inventory, transportation, data center, data centre, datacenter : operations/3
supply, workplace : operations/2
finance, financial, financiero, financiera, financeiro, financeira, financier, financiere, finanzas, financas, finances, finanzen, finanz, accounting, contabilidad, contabilidade, comptabilite, buchhaltung, fp&a, fpa, treasury, controlling, actuarial, investment banking, venture capital, m&a : finance/3
tax, steuer, audit, auditing, investment, investments, private equity : finance/3 pok
accounts payable, accounts receivable, equity research : finance/4
banking : finance/2
legal, law, litigation, patent : legal/3 pok
compliance, privacy, data protection, data privacy, juridico, juridica, juridique : legal/3
regulatory : legal/2
support, soporte, suporte, customer support, customer service, customer services, customer success, customer care, customer experience, client services, client support, technical support, tech support, help desk, helpdesk, service desk, atendimento, call center, contact center, kundenservice, kundensupport : support/3

# Consulting, admin and assistants. An assistant (asst) followed by "to",
# or by "of" and a rank holder or an office (boss), is an assistant to
# someone: admin, and never their rank.
consultant, consultante, consultants, consultor, consultora, consultores, berater, beraterin, advisor, advisors, adviser, asesor, asesora, konsult, konsulent, consulente, adviseur, radgivare, radgiver, conseiller, conseillere : consulting/1 head
administrator, administrador, administradora, administrateur, administratrice, amministratore, beheerder : admin/1 head
administration, administracion, administracao, amministrazione : admin/2
administrative, administrativo, administrativa, administratif, amministrativo, amministrativa, kontor : admin/3
office : admin/3

office manager, office managerin : admin/3 manager head
front desk, front office : admin/3
receptionist, receptionists, recepcionista, receptioniste, rezeptionist, rezeptionistin, receptionniste, secretary, secretaria, secretario, secretaire, sekretarin, sekretar, secretaresse, segretaria, segretario, sekreterare, sekretaer, sekretaerer, office assistant : admin/4 head
executive assistant, personal assistant, administrative assistant, virtual assistant, management assistant, management assistent, executive secretary, team assistant, team assistent, team assistentin, team assistenz : admin/4 head asst
chef sekretar, chef sekretarin : admin/4 head
assistant, assistants, assistente, asistente, assistent, assistentin, assistante, assistenz : head asst
direccion, direction, direcao, diretoria, direzione, directie, gerencia, presidencia, geschaftsleitung, geschaftsfuhrung, geschaeftsfuehrung, fuhrung : boss
zum, zur, dei, della, delle, dello, degli, alla, alle, allo, agli, van, het, voor, och, og, af, av, til : stop

# HR and recruiting as written.
human resource, human capital, human capital management, people and culture, people & culture, people culture, people & organisation, people & organization, rrhh, rr hh, dp, dho, departamento pessoal, departamento de pessoal, gente, gente e gestao, gente & gestao, gente e cultura, gente & cultura, gestao de pessoas, gestion humana, gestion de personas, gestion del talento, gestion del talento humano, talento humano, capital humano, desarrollo organizacional, desarrollo humano, desenvolvimento humano, desenvolvimento humano e organizacional, organizational development, organisational development, organisation entwicklung, organization entwicklung, nomina, nominas, remuneracao, remuneracion, treinamento e desenvolvimento, t&d, personal, personale, personeel, personeelszaken, p&o, risorse umane, personalentwicklung : hr/3
personal trainer, personal training, personal shopper, personal stylist, personal care, personal driver, personal chef, personal cook, personal loans, personal lines : head
personal banker, personal banking, personal finance : finance/4 head
personal injury : legal/3
personal branding : marketing/3
personal berater, personal beraterin, personal vermittler, personal vermittlerin : recruiting/4 head
executive search, resourcing, talento, talentos, atracao, atraccion, seleccion, selecao, selezione, selectie, werving, busqueda y seleccion, seleccion de personal, selecao de pessoal, selezione del personale, werving en selectie, r&s, university relations, university recruiting, campus recruiting, rekrytering, rekruttering : recruiting/3
rekryterare, rekrutterer : recruiting/4 head
employer branding : recruiting/3
workforce planning, labor relations, labour relations, industrial relations, folha de pagamento, de&i : hr/3
qualitatssicherung : software/3
bedrijfsleider : manager head
ingegnere gestionale, verksamhet utvecklare : head
technical consultant, technical consulting : software/3 head
salesforce, servicenow, sap : software/3 brand
executive search researcher, talent researcher, recruitment researcher : recruiting/4 head
sourcing : recruiting/2 pblock
strategic sourcing, global sourcing, sourcing manager, sourcing lead : operations/3 head
personas y cultura, personas & cultura, pessoas e cultura, pessoas & cultura, gente y cultura : hr/3
ansvarig, ansvarlig : manager head
commercieel, commerciele : sales/3
partner success manager : sales/3 head

# German compounds' parts and words.
vorsitzender, vorsitzende, chairman, chairwoman, chairperson, styrelseordforande, ordforande, styreleder, bestyrelsesformand : cxo head
bau, bygning, maskin : hardware/3
fertigung : hardware/3
elektroniker, elektronikerin, konstrukteur, konstrukteurin : hardware/4 head
aussendienst, verkauf, verkoop, salg, salj, forsaljning, vendite, vendita, commerciale, commercio : sales/3
innendienst : sales/2
einkauf, inkoop, inkop, acquisti, lager, magazijn, logistiek, produktion, betrieb : operations/3
werk : operations/2
einkaufer, einkauferin, inkoper, inkopare, magazziniere : operations/4 head
geschaftsfuhrender, geschaftsfuhrende : cxo head
wirtschaftsprufer, wirtschaftspruferin, commercialista, boekhouder, bogholder, revisor, regnskapsforer, ekonom : finance/4 head
financien, financieel, financiele, ekonomi, okonomi, redovisning, regnskab, regnskap : finance/3
datenschutz, juridisch, juridische : legal/3
advocaat, avvocato, advokat : legal/4 head
beauftragter, beauftragte, sprecher, sprecherin, medewerker, medarbetare, medarbejder, medarbeider, arbetare, impiegato, impiegata, addetto, addetta, agente, ondernemer : head
presse, marknad, marked : marketing/3
marketeer, marketeers, marketer, marketers, kommunikator : marketing/4 head
netzwerk, datenbank, netwerk, applicatie, systeem, webb : software/2
ict, mjukvara, mjukvaru : software/3
ausbildung, stagiair, stagista, tirocinante, afstudeerder, laerling : intern head
masterand, masterandin, bachelorand, bachelorandin, diplomand, diplomandin, promovendus, dottorando, dottoranda, studente, studentessa, studerende, stipendiat, studentermedhjaelper, studentmedhjaelper : student/5 head
prokurist, prokuristin, vice vd, styrelseledamot, styremedlem, bestyrelsesmedlem : vp head
zelfstandig, zelfstandige, libero, professionista : place

# Dutch, Italian and Nordic titles.
hoofd : director head
eigenaar, eigenaresse, oprichter, oprichtster, titolare, fondatore, cofondatore, agare, delagare, grundare, medgrundare, ejer, medejer, indehaver, stifter, medstifter, eier, medeier : owner head
algemeen directeur, amministratore delegato, amministratore unico, direttore generale, direttrice generale, vd, verkstallande direktor, administrerende direktor, adm direktor, daglig leder, konsernsjef : cxo head
direttore, direttrice : director head
responsabile : manager head
responsabile di progetto, capo progetto, project leider, projekt ledare, projekt leder, prosjekt leder : program/3 head
prosjekt : program/3
capo : manager head
ontwikkelaar, ontwikkelaars, sviluppatore, sviluppatrice, ingegnere, utvecklare, udvikler, utvikler, ingenjor, ingenior : software/2 head rung
programmatore, programmatrice, programmerare, sistemista, testare : software/4 head
losning arkitekt : software/3 head
arkitekt : head
informatico : software/3
meccanico, meccanica, elettronico, elettronica, elettrico, elettrica, civile : hardware/3
verkoper, saljare, saelger, selger, venditore, venditrice : sales/4 head
affar utvecklare : sales/4 head
klantenservice, kundtjanst, kundeservice : support/3
onderzoeker, ricercatore, ricercatrice, forskare, forsker : research/4 head
professore, professoressa : research/4 staff head
professore associato : research/4 senior head
grafico : design/4 head
produkt agare : product/4 head
`
