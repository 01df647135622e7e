// Package title classifies free-text LinkedIn positions into the function
// and seniority of the title taxonomy (shared/taxonomy.md) and a team hint.
// There are many ways to write a job title; this package supports English,
// German, French, Spanish and Portuguese titles as people write them on
// LinkedIn, and returns [analyze.Other] and [analyze.Mid] for a title it
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
// "C++" and "C#" are words. German compounds are split on a known head:
// "Softwareentwicklerin" is read as "software entwicklerin",
// "Vertriebsleiter" as "vertrieb leiter". A role glued to a level is split:
// "SDE2" is "sde 2". Only the first 256 folded bytes and 48 words are read;
// LinkedIn caps positions at 100 characters.
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
// else is named, "scientist" is research). Within a segment the strongest
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
// other. A chief, founder or owner who names no discipline is other
// ("CEO, Marketing Genius"), and a segment after "@" or "at" names the
// employer, never the function.
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
//     senior, 65 and up staff.
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
//   - "Team Lead", "Team Leader", "Teamleiter" and "Chef d'équipe" lead
//     people: manager. Any other "lead" or "leader" is senior.
//   - "Associate" is entry ("Associate Product Manager", "Associate",
//     "Sales Associate"), but never lowers another marker: "Associate
//     Director" is director. "Associate Partner" is director. Professors are
//     research: "Professor" staff, "Associate Professor" senior, "Assistant"
//     and "Adjunct Professor" mid.
//   - "Head", "Leiter" and "Leitung" are director; "Teamleiter" and
//     "Gruppenleiter" manager.
//   - "Managing Director" and "Executive Director" are director, as the
//     taxonomy's word says, though some firms mean more. "General Manager"
//     and "Gerente General" run a business: director. "General Counsel" is
//     legal director. "Chief of Staff" is director. "Geschäftsführer",
//     "Directeur Général", "Director General", "PDG" and "President" are
//     cxo.
//   - "Chief ... Officer" is cxo; "chief" with no "officer" after it
//     ("Chief Architect", "Chief Scientist") is staff. What follows "to"
//     is not the role: "Chief of Staff to the CEO".
//   - "Partner" is owner when it is the title ("Partner", "Managing
//     Partner", "Partner at X", "Tax Partner") and a role when another word
//     makes it one ("HR Business Partner", "Talent Partner", "Partner
//     Manager", "Partner Engineer"). "Owner" is owner except in "Product
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
