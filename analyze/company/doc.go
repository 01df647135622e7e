// Package company matches employer names, as contacts typed them into
// LinkedIn, to the companies a user wants a referral to.
//
// A contact's employer is free text: "Amazon Web Services (AWS)",
// "Northwind Traders, Inc.", "Amazon.com Services LLC". A target is what
// the user typed: "Amazon", "Stripe", "Alphabet". The package turns both
// into an [Employer] whose Key is equal exactly when the two name the same
// employer, and maps brands and subsidiaries to the parent a referral goes
// through, keeping the brand as the Employer's Team.
//
// # Precision first
//
// A wrong match puts a stranger at the top of the user's list, with a
// reason that is false ("works at Amazon"); a missed match only leaves a
// contact out, and the user can add the name with --alias. So names are
// compared by whole keys, never by substring or similarity:
// "Amazonas Energia", "Amazing Apps LLC" and "Stripes Convenience Stores"
// are not Amazon or Stripe, "Epic Systems" is not "Epic Games", "Apple
// Leisure Group" is not Apple, "Meta Financial Group" is not Meta,
// "RingCentral" is not Ring, and "Oracle Capital Partners" is not Oracle
// (capital and partners are not generic words: the name could belong to
// anyone).
//
// # Normalisation
//
// [Normalize] computes the key of a name in these steps:
//
//  1. Letters are folded by [analyze.AppendFold], as titles and person
//     names are: compatibility decomposition (NFKD, so fullwidth "ＡＢＣ"
//     is "abc"), combining marks dropped (é is e, ü is u), lower case,
//     and ß, æ, œ, ø, đ, ð, þ, ł, ı, ħ spelled ss, ae, oe, o, d, d, th, l,
//     i, h. "Société Générale" is "societe generale", "Müller" is
//     "muller".
//  2. Letters and digits make tokens; everything else separates them.
//     Apostrophes join ("Sam's Club" is "sams club"). An ampersand between
//     two letters joins them ("AT&T" is "att"); elsewhere it is the word
//     "and" ("Procter & Gamble" is "procter and gamble").
//  3. Commas, semicolons, colons, slashes, bars, parentheses and brackets
//     also end a segment of the name: "Samsung Electronics Co., Ltd." has
//     the segments "samsung electronics co" and "ltd".
//  4. A leading "the" is dropped, and legal forms (Inc, Incorporated, Corp,
//     Corporation, Co, Company, LLC, LLP, LP, PLC, Ltd, Limited, N.A., Pty, Pte,
//     Pvt, Private, GmbH, mbH, AG, KG, KGaA, SE, SA, SAS, SARL, S.p.A., Srl,
//     SL, BV, NV, AB, AS, ASA, Oy, s.r.o., sp. z o.o., Ltda, S.A. de C.V.,
//     KK, Sdn Bhd, Tbk and others; see legalSuffixes) are dropped from the
//     end of every segment, with an "and" left before them ("GmbH & Co.
//     KG"). They are never dropped from the start or middle of a segment,
//     and never when nothing else would be left ("Limited" stays
//     "limited").
//  5. Runs of single letters are joined: "J.P. Morgan" and "JP Morgan" are
//     both "jp morgan", "S.A." is "sa" and is then dropped as a legal form.
//  6. Tokens are joined by one space.
//
// So "Northwind Traders, Inc." and "Northwind Traders" share the key
// "northwind traders"; a name with no letter or digit has the key "". The
// key is a fixed point: Normalize(Normalize(s)) == Normalize(s).
//
// # Matching
//
// [Matcher.Resolve] normalises a name and looks the key up in the alias
// table. When the key is a name of the table, the name resolves to that
// row's parent (Employer.Name is the parent's display name, Key the key of
// the parent's display name) and to the row's team. When the key is not in
// the table but is a name of the table followed only by words that make a
// unit of it, it resolves to that name's row too, as far as the row's
// [Reach] allows:
//
//   - ReachAny rows accept any words: their names are ones no other
//     business shares ("Deloitte Tax", "Infosys McCamish", "Accenture
//     Song", "LTIMindtree", "Tata Consultancy Services"), but for the
//     row's false friends (below).
//   - ReachGeneric rows accept generic words, those that name a unit of a
//     company: services, technologies, development, center, labs, group,
//     holdings, solutions, software, systems, engineering, consulting,
//     digital, business, ecommerce, retail, research, acceleration,
//     innovation, BPM, BPO, IT, cloud, AI, delivery, capability, shared,
//     internet, networks, financial, bank, securities, markets, asset,
//     management, advisory and their Spanish, Portuguese, Italian, French
//     and German forms (see corporateWords), and region words: "Amazon
//     Development Center Germany GmbH", "Bosch Global Software
//     Technologies", "Capgemini Engineering", "Walmart eCommerce". An "and"
//     between two such words is one of them: "Siemens Technology and
//     Services Private Limited", "Robert Bosch Engineering and Business
//     Solutions".
//   - ReachRegional rows accept region words only: countries and their
//     two-letter codes, regions (international, global, worldwide, emea,
//     apac, europe, ...), India's large cities and connecting words (de,
//     do, da, del, of, in): "Apple India", "Oracle do Brasil", "Accenture
//     in India", but not "Apple Technologies".
//   - ReachExact rows accept nothing: "Ring", "Chase", "Square", "Block",
//     "Target" and "X" are common words or other companies' names, and
//     "Ring Group" or "X Holdings" prove nothing.
//
// Words a business of its own is named by (capital, partners, energy,
// hospitality, student, developer, motors) are never generic, so "Oracle
// Capital Partners", "Apple Villa Hospitality" and "Google Developer
// Student Club" are not those employers whatever the reach.
//
// A name in segments (split at commas, semicolons, colons, slashes, bars
// and brackets) that does not resolve as a whole is read segment by
// segment:
//
//   - a first segment that resolves to a row of generic or any reach is
//     that row, whatever follows: "Samsung Research America (SRA)" (an
//     abbreviation in brackets), "Deloitte, USI"; one that resolves to a
//     row of lesser reach only when the other segments hold only generic
//     words or name the same parent ("Apple (India)", "HARMAN
//     International, A Samsung Company"; not "Square, Design Studio");
//   - a later segment may name the parent of the unit the first one
//     names: "X, a Y company" ("Aetna, a CVS Health Company", "Bluetab, an
//     IBM Company"), "(part of Y)" and "(a member firm of the Y network)"
//     with subsidiary, division, unit and brand of Y alike ("McKinsey New
//     Ventures (part of McKinsey & Company)", "A. F. Ferguson & Co. (a
//     member firm of the PwC network)"), "... by Y" ("QuantumBlack, AI by
//     McKinsey"; not "powered by", "backed by", "funded by" and the like),
//     and the same in Spanish, Portuguese, French and German ("una empresa
//     del grupo Y", "ein Unternehmen der Y-Gruppe"). Y must be a name of
//     the table; the name resolves to Y's parent, with the first segment,
//     as written, as its team.
//
// False friends are names that look like a parent's but belong to other
// businesses: each row may list them (Alias.Not), and a false friend, or
// any name that starts with one, never resolves to the row ("Siemens
// Energy", "Samsung SDS", "Wipro Enterprises", "Sony Financial Group",
// "Vodafone Idea", "Coca-Cola HBC", "HCL Infosystems"). A leading "The"
// before a one-word name of exact or regional reach, followed by nothing
// or region words, is another business: "The Oracle", "The Block" (their
// keys keep the "the", "the oracle", so that they do not meet Oracle); "The
// Vanguard Group" and "The Goldman Sachs Group" are those employers.
//
// A placeholder where no employer is ("NA", "N/A", "n.a.", "none", "nil",
// "null", "unknown", "unemployed", "open to work", and "-", "—", "." that
// have no word at all) is no employer: its Key is "".
//
// Any other name is its own employer: its Key is its Normalize form and
// its Name is the name as given, trimmed.
//
// A target is resolved the same way, so a target typed as an alias
// resolves to the parent: "Alphabet" is Google, "Facebook" is Meta, "AWS"
// is Amazon with the team "AWS", "J.P. Morgan" is JPMorgan Chase, "TCS"
// is Tata Consultancy Services. A caller should treat a target's Team as
// the team the user wants. With no target, refrank ranks every employer
// of the network, grouped by Key: "Bosch Global Software Technologies"
// and "Bosch" are one employer, named by the parent's display name.
//
// # Teams
//
// The Team of a resolved name is the brand or division it names ("AWS",
// "Prime Video", "Music"), without the parent's name. Titles often carry a
// team too ("SDE II - Prime Video"); [Matcher.Team] strips the employer's
// own name from such a hint ("Amazon Music" at Amazon is "Music"), and
// [TeamMatches] says whether a wanted team is named by any of them, by
// whole tokens in order.
//
// # The alias table
//
// The built-in table ([Aliases]) maps the brands and subsidiaries of the
// employers that hold most referrals worldwide to their parent, about 300
// parents in all: the large US tech firms and their brands (Amazon with
// AWS, Prime Video, Audible, Twitch, Zappos, Zoox, Whole Foods Market;
// Google with Alphabet, YouTube, DeepMind, Waymo, Fitbit; Meta with
// Facebook, Instagram, WhatsApp; Microsoft with LinkedIn, GitHub, Xbox,
// Activision Blizzard; Salesforce with Slack and Tableau; IBM with Red Hat
// and HashiCorp; Cisco with Splunk; Broadcom with VMware), Indian IT
// services (TCS, Infosys, Wipro, HCLTech, Cognizant, Tech Mahindra,
// LTIMindtree, Mphasis), the Big Four and the strategy firms (Deloitte,
// PwC, EY, KPMG, Accenture, McKinsey, BCG, Bain, Capgemini, Kearney),
// global banks (JPMorgan Chase with J.P. Morgan and Chase, Goldman Sachs,
// Morgan Stanley, Citi, Bank of America, Barclays, HSBC, UBS with Credit
// Suisse, Deutsche Bank, BNP Paribas, the large Indian, Japanese,
// Canadian and Australian banks), European and Asian industrials and tech
// (Siemens, Bosch, SAP, Samsung, Sony, Philips, ASML, Ericsson, Nokia,
// Alibaba, Tencent, ByteDance, Huawei, Toyota, Volkswagen), health (CVS
// Health with Aetna, UnitedHealth Group with Optum, Cigna, Elevance, J&J,
// Pfizer, Roche) and retail and consumer (Walmart with Flipkart, Target,
// Costco, IKEA, Nestlé, Unilever, Coca-Cola). It holds only real, current
// ownership as of 2025: VMware is listed under Broadcom, not Dell; Figma
// is not Adobe's; Siemens Energy, Ant Group, Qualtrics, Mobileye, Kenvue
// and Daimler Truck are left out; a listed subsidiary that hires on its
// own (T-Mobile US, LTTS) is its own parent. Every row, with its reach
// and false friends, is listed in aliases.md in this folder, which a test
// keeps in step with the table.
//
// Alphabet's other companies (Waymo, Verily, Wing, Calico, Isomorphic
// Labs) and wholly owned brands that hire on their own (Twitch, Zappos,
// Whole Foods Market, Riot Games) are listed under the parent with the
// brand as the team, so that "Google" finds them and a team filter tells
// them apart.
//
// # Extending the table
//
// Users add aliases with --alias, parsed by [ParseAlias], or with a
// config file's lists; [CheckAlias] checks the names of either, and
// [Matcher.Add] adds them:
//
//	--alias 'Amazon=Kuiper,Zoox'           extend a built-in parent
//	--alias 'AWS=Bedrock'                  a team of a team: Amazon, team "AWS Bedrock"
//	--alias 'Contoso=Contoso Labs,Fabrikam' define a new parent
//
// User aliases match exactly (after normalisation), name a team when they
// say more than the parent ("Kuiper"), and override a built-in name with
// the same key.
package company
