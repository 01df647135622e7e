// Package title classifies free-text LinkedIn positions into the function
// and seniority of the title taxonomy (shared/taxonomy.md) and a team hint.
// There are many ways to write a job title; this package supports English,
// German, French, Spanish, Portuguese, Dutch, Italian, Swedish, Danish and
// Norwegian titles as people write them on LinkedIn, typing slips
// included, and returns [analyze.Other] and [analyze.Mid] for a title it
// cannot read.
//
// [Classify] and [ClassifyAt] are total, deterministic and do not
// allocate: they never fail, the same title (at the same employer) always
// gives the same [Class], and [Class.Team] is always a substring of the
// title.
//
// # Reading a title
//
// Letters are folded as company names and person names are
// ([analyze.AppendFold]: case and accents ignored), so "SÊNIOR", "Sênior"
// and "senior" are one word. Hyphens inside a word split it
// ("Co-Founder" is "co founder", "SDE-II" is "sde ii"); dots inside a short
// abbreviation join it ("Ph.D." is "phd", "V.P." is "vp"). "R&D", "FP&A",
// "C++" and "C#" are words. A role glued to a level is split: "SDE2" is
// "sde 2". Only the first 256 folded bytes and 48 words are read; LinkedIn
// caps positions at 100 characters.
//
// A word the lexicon does not know is read as a compound when it ends in
// one it knows, as German, Dutch and the Nordic languages glue words: the
// head is the longest lexicon word that ends it (four letters at least),
// and what comes before is a lexicon word, perhaps with a linking s, e or
// n, or a compound read the same way, or a word the lexicon does not know
// of three letters or more before a head of five or more (so "Gilead" and
// "Genentech" stay names). A word written in camel case ("WarnerMedia",
// "HCLTech") is a name and is not split.
// So "Vertriebsdirektor" is "vertrieb direktor", "Bauprojektleiter" "bau
// projekt leiter", "Unternehmensinhaber" "unternehmen inhaber",
// "Krankenhausgeschäftsführer" "krankenhaus geschaftsfuhrer" (the first
// part unknown), "Systemutvecklare" "system utvecklare", "Teamleitung"
// "team leitung". A part means in a compound what it means alone, and only
// that: "Entwicklung" (development) names no discipline, so
// "Softwareentwicklung" is software by its first part and
// "Stadtentwicklung" is other; "Bau" (construction) is hardware, so
// "Bauingenieur" is a civil engineer, not software.
//
// A word neither known nor a compound, of six letters or more, is read
// as the lexicon word of six letters or more that it is one typing slip
// from, a letter left out, added, changed or two swapped ("Administator",
// "Enginer", "Sofware", "Prodcut"), when there is exactly one (or two
// that mean the same, as "Recruter" is a slip of "Recruiter" and
// "Recruteur"). Shorter words are more often words of their own, so a
// word of six letters is read so only when two of its letters are swapped
// ("Senoir", but "Source" is not "Sourcer"), one of seven when they are or
// a letter is left out ("Context" is not "Content"), and the first letter
// is never the slip ("Gartner" is not "Partner"). Plurals ("Teachers")
// read so too. A word after "@" or "at" names the employer and is
// neither split nor corrected.
//
// A title is cut into segments at a comma, semicolon, colon, a vertical bar,
// a bullet, a parenthesis or bracket, a dash with a space beside it (" - ",
// "–", "—"), "@" and the word "at":
//
//	Senior Software Engineer, AWS Lambda
//	SDE II - Prime Video
//	Founder | Software Engineer
//	Software Engineer @ Stripe
//
// "&", "and", "/" and "+" join words inside one segment, so "Founder & CEO"
// and "UX/UI Designer" are each one segment.
//
// Words and phrases are looked up in a lexicon (lexicon.go), longest phrase
// first: "Product Marketing Manager" is one phrase, "Senior Product Manager"
// is "senior" and "product manager".
//
// # Function
//
// Each phrase may name a discipline, with a strength: a role that names its
// discipline is strongest ("recruiter", "accountant", "CTO"), a discipline
// word next ("software", "data", "marketing"), and a role that only hints at
// one weakest ("engineer" and "developer" are software unless something
// else is named, "scientist" is research, "consultant", "advisor" and
// "Berater" consulting, "administrator" admin). Within a segment the strongest
// wins. Among equals the last wins, because an English title ends with its
// head ("Software Sales Representative" is sales, "Marketing Data Analyst"
// is data), except
//
//   - after "and", "&" or "/": "Sales and Marketing Manager" is sales;
//   - after a role that names a discipline, as Romance titles put the head
//     first: "Chef de projet informatique" is program.
//
// The title's function is that of its first segment that names a role and
// a discipline: "Founder | Software Engineer" is software. When no role
// names one, a segment that ends in a discipline gives it: "Director,
// Platform Engineering" is software, but "Intern, Amazon Web Services" is
// other. Such a segment also wins over the weakest hint of a role:
// "Principal Consultant - Executive Search" is recruiting. A title that
// names no role at all takes the discipline its first segment names
// ("Talent Acquisition Google Public Sector" is recruiting). A chief,
// founder or owner who names no discipline is other ("CEO, Marketing
// Genius"), and a segment after "@" or "at" names the employer, never the
// function.
//
// Students of any level, graduate and PhD students, teaching and research
// assistants are student. An intern who names a discipline takes it
// ("Software Engineering Intern" is software); one who names none is other.
//
// # Seniority
//
// Each phrase may mark a seniority. Within a segment the highest marker
// wins, with manager above staff and owner above cxo, as the taxonomy
// says; "intern" (and every student) wins over the other markers of its
// segment ("Senior Software Engineering Intern" is intern). Across segments
// the highest marker wins, and an intern marker wins only over entry and
// mid: "Software Engineer - Intern" is intern, "Founder | Student" owner.
// Nothing marked is mid.
//
// A level suffix counts when it follows a role, follows "level" or "grade",
// ends a segment that named a role, or stands alone in its segment: I or 1
// is entry, II or 2 mid, III or 3 senior, IV or 4 and up staff. "L3" to
// "L10" and "E3" to "E9" follow the Google and Meta ladders (L3 entry, L4
// mid, L5 senior, L6 and up staff) and count only when nothing else marks
// the title, so "SDE II (L5)" is mid, as Amazon's L5 is. MTS is mid, SMTS
// senior, LMTS and PMTS staff, at Salesforce and every employer with that
// ladder.
//
// # Employer ladders
//
// [ClassifyAt] reads the numbered levels of a title on its employer's own
// ladder where the taxonomy gives one, by the comparison key of the
// resolved parent employer (analyze/company's Employer.Key), so a brand
// reads as its parent ("AWS" is Amazon):
//
//   - Amazon: L4 entry, L5 mid, L6 senior, L7 and up staff; SDE I to III as
//     everywhere.
//   - Google: levels read one lower, SWE II entry, SWE III mid; L as above.
//   - Microsoft: an engineer or developer whose title marks nothing is
//     entry (SWE is its first level); 59-60 entry, 61-62 mid, 63-64
//     senior, 65 and up staff; a Partner engineer ("Partner Software
//     Engineer", a level above Principal) is staff.
//   - Meta: IC3 to IC6 as E3 to E6.
//   - Apple: ICT2 entry, ICT3 mid, ICT4 senior, ICT5 and up staff.
//
// Elsewhere IC, ICT and Microsoft's numbers mark nothing. [Classify] is
// ClassifyAt with no employer.
//
// # Decisions
//
// The taxonomy leaves some titles open; this package decides them so:
//
//   - Product, program, programme, technical program, project, delivery,
//     account, key and technical account, partner, territory, relationship,
//     customer success, product marketing and portfolio managers manage no
//     people: mid unless marked. "Gerente de Produto", "Jefe de Proyecto",
//     "Chef de projet", "Produktmanager" and "Projektleiter" are the same
//     roles. Every other "<discipline> Manager", "Manager, X", "Manager"
//     alone, and "Group Product Manager" are manager.
//   - A team lead of any spelling leads people: "Team Lead", "Teamlead",
//     "Team Leader", "Teamleiter", "Teamleitung", "Teamleider", "Teamleder",
//     "Teamledare", "Chef d'équipe" are manager. Any other "lead" or
//     "leader" (and "Leider", "Ledare") is senior; the Nordic "Leder",
//     "Chef" and "Sjef" and the Italian "Responsabile" are manager.
//   - "Associate" is entry ("Associate Product Manager", "Associate",
//     "Sales Associate"), but never lowers another marker: "Associate
//     Director" is director. "Associate Partner" is director. Professors are
//     research: "Professor" staff, "Associate Professor" senior, "Assistant"
//     and "Adjunct Professor" mid.
//   - "Head", "Leiter" and "Leitung" are director; "Teamleiter" and
//     "Gruppenleiter" manager.
//   - "Managing Director" is vp, as the taxonomy says (a bank's rank above
//     VP, a European company's chief executive); "Executive Director" is
//     director. "General Manager"
//     and "Gerente General" run a business: director. "General Counsel" is
//     legal director. "Chief of Staff" is director. "Geschäftsführer",
//     "Directeur Général", "Director General", "PDG", "President",
//     "Amministratore Delegato", "Direttore Generale", "Algemeen
//     Directeur", "VD", "Administrerende direktør", "Daglig leder", a
//     chairman ("Vorsitzender", "Styrelseordförande") are cxo. "Prokurist"
//     and a board member ("Styrelseledamot") are vp; "Hoofd" and
//     "Direttore" director; "Eigenaar", "Titolare", "Ägare", "Ejer" owner.
//   - "Chief ... Officer" is cxo; "chief" with no "officer" after it
//     ("Chief Architect", "Chief Scientist") is staff. What follows "to"
//     is not the role: "Chief of Staff to the CEO".
//   - "Partner" is owner when it is the title ("Partner", "Managing
//     Partner", "Partner at X", "Tax Partner") and a role when another word
//     makes it one ("HR Business Partner", "Talent Partner", "University
//     Relations Partner", "Certified Partner", "Partner Manager", "Partner
//     Engineer"). "Owner" is owner except in "Product
//     Owner" and its kind. "Founding Engineer" is not a founder.
//   - "Staff" is staff except in "Member of Technical Staff", "Staff
//     Accountant" and "Chief of Staff". "Fellow" is staff except for
//     postdoctoral, research, clinical and teaching fellows.
//   - Plain "Engineer", "Developer", "Entwickler", "Ingeniero" are software.
//     Solutions architects, IT, security and network engineers are software;
//     "Business Analyst" and "Product Analyst" are data; research engineers
//     are research; physical engineering (electrical, mechanical, civil,
//     chemical, manufacturing, chip design) is hardware; "Sales Engineer"
//     is sales; "Support Engineer" and "Technical Account Manager" are
//     support; the people-operations family (payroll, compensation) is hr.
//   - "CIO" and "CISO" are software; "CDO", "CSO", "CCO" and "CAO" name
//     more than one discipline and are other.
//   - The Brazilian "Pleno" is mid; "Werkstudent" and "Working Student" are
//     intern and student unless they name a discipline.
//   - "Coordinator", "Specialist", "Assistant", "Consultant", "Advisor",
//     "Board Member", "Self-Employed" and "Freelancer" mark nothing: mid.
//   - A consultant or advisor who names no other discipline is consulting
//     ("Senior Consultant", "Strategy Consultant", "Unternehmensberater",
//     "Konsult"); one who names one takes it ("SAP Consultant" software,
//     "HR Consultant" hr, "Executive Search Consultant" recruiting,
//     "Financial Advisor" finance).
//   - Office, executive, personal and administrative assistants,
//     secretaries, receptionists, office managers and administrators are
//     admin; a system or database administrator is software. An assistant
//     to someone ("Assistant to the CEO", "Assistent der
//     Geschäftsleitung", "Assistente de Diretoria") is admin and takes no
//     rank from whom they assist, in their segment or a later one
//     ("Executive Assistant | CEO Office" is mid).
//   - HR is also "Human Resource", "Human Capital", "People and Culture",
//     "RRHH", "RR. HH.", "Gente e Gestão", "DP" (departamento pessoal),
//     "DHO", "Talento Humano", the German "Personal" ("Leiter Personal")
//     and organisational development. Recruiting is also executive search,
//     resourcing, "Selección", "Atração de Talentos", "Werving" and a
//     "Personalberater".
//
// # Team
//
// Team is the first segment after the first role that names no role and
// marks no seniority, as written in the title: "AWS Lambda", "Prime
// Video", "Platform Engineering", "Payments & Risk". A segment after "@" or
// "at" is a team too, though it is usually the employer's own name; the
// caller strips that. A segment is never a team when it is only
// credentials ("PhD", "MBA", "PMP", "CPA, CFA"), only a level ("II",
// "L5"), only seniority ("Senior", "Intern"), only places and employment
// terms ("Remote", "London", "San Francisco Bay Area", "Contract",
// "Technical", "(m/w/d)"), or a former employer ("Ex-Amazon").
package title
