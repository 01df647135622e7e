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
//     Corporation, Co, Company, LLC, LLP, LP, PLC, Ltd, Limited, Pty, Pte,
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
// the table but is a name of the table followed only by generic words, it
// resolves to that name's row too, as far as the row's [Reach] allows:
//
//   - ReachGeneric rows accept generic corporate words (services, service,
//     technologies, technology, tech, development, center, centre, labs,
//     lab, laboratories, group, holdings, holding, operations, rd, hq, com,
//     net, corporate) and region words: "Amazon Development Center Germany
//     GmbH", "Microsoft India (R&D) Private Limited", "Google Germany GmbH",
//     "Amazon Web Services India" (Amazon, team AWS).
//   - ReachRegional rows accept region words only: countries and their
//     two-letter codes, regions (international, global, worldwide, emea,
//     apac, europe, ...) and connecting words (de, do, da, del, of):
//     "Apple India", "Oracle do Brasil", but not "Apple Technologies".
//   - ReachExact rows accept nothing: "Ring", "Chase", "Square", "Block" and
//     "X" are common words or other companies' names, and "Ring Group" or
//     "X Holdings" prove nothing.
//
// Any other name is its own employer: its Key is its Normalize form and
// its Name is the name as given, trimmed.
//
// A target is resolved the same way, so a target typed as an alias
// resolves to the parent: "Alphabet" is Google, "Facebook" is Meta, "AWS"
// is Amazon with the team "AWS". A caller should treat a target's Team as
// the team the user wants.
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
// The built-in table ([Aliases]) maps the brands and subsidiaries of large
// employers to their parent: Amazon (AWS, Prime Video, Audible, Twitch,
// Zappos, IMDb, Ring, Whole Foods Market, ...), Google (Alphabet, YouTube,
// DeepMind, Waymo, Verily, Google Cloud, Fitbit, X Development, ...), Meta
// (Facebook, Instagram, WhatsApp, Oculus, Reality Labs), Microsoft
// (LinkedIn, GitHub, Azure, Xbox, Mojang, Activision Blizzard, Nuance, ...),
// Salesforce (Slack, Tableau, MuleSoft, Heroku), IBM (Red Hat, HashiCorp),
// Cisco (Webex, Splunk), Block (Square, Cash App, Afterpay, TIDAL),
// Broadcom (VMware), and about forty parents in all. It holds only real,
// current ownership as of 2025: VMware is listed under Broadcom, not Dell;
// Figma is not Adobe's; Siemens Energy, Ant Group, Qualtrics and Mobileye
// are left out. Every row, with its reach, is listed in aliases.md in this
// folder, which a test keeps in step with the table.
//
// Alphabet's other companies (Waymo, Verily, Wing, Calico, Isomorphic
// Labs) and wholly owned brands that hire on their own (Twitch, Zappos,
// Whole Foods Market, Riot Games) are listed under the parent with the
// brand as the team, so that "Google" finds them and a team filter tells
// them apart. Kuiper and Zoox are left to users.
//
// # Extending the table
//
// Users add aliases with --alias, parsed by [ParseAlias] and added with
// [Matcher.Add]:
//
//	--alias 'Amazon=Kuiper,Zoox'           extend a built-in parent
//	--alias 'AWS=Bedrock'                  a team of a team: Amazon, team "AWS Bedrock"
//	--alias 'Contoso=Contoso Labs,Fabrikam' define a new parent
//
// User aliases match exactly (after normalisation), name a team when they
// say more than the parent ("Kuiper"), and override a built-in name with
// the same key.
package company
