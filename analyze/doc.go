// Package analyze holds the domain of refrank: the values that flow through
// its pipeline, from a LinkedIn data export to a ranked, explained list of
// people who can refer the user to the companies they want.
//
// The pipeline has one package per stage, each under this folder:
//
//  1. export reads a LinkedIn export (the archive .zip as downloaded, the
//     folder it was unzipped into, or a bare Connections.csv) into an
//     [Export]: the user's first-degree [Contact]s, their own history
//     ([Job]s from Positions.csv, [School]s from Education.csv), and the
//     [Interaction]s found in messages, invitations, endorsements and
//     recommendations. Rows it can skip become counted [Warning]s; a file
//     it cannot read is an error that names the file and line.
//  2. title turns a free-text position into a [Function] and a [Seniority]
//     (the contract in the taxonomy: these words are what users filter on)
//     and a team hint; company normalises employer names and maps brands and
//     subsidiaries to the parent a referral goes through.
//  3. tie estimates how well the user knows each contact: shared schools
//     and employers dated by when the two connected (the strongest such
//     [Context] is kept on the contact's [Member]), the interactions, and
//     what the user's own [Note]s say, as a strength and a [Tier], and
//     chooses the [Approach] by tier.
//  4. score combines fit (company, role, seniority, team, alumni) and tie
//     strength into a 0-100 score per contact and [Target], with every
//     [Component] reported, and ranks deterministically into a [Result].
//  5. outreach drafts a message to the best referrers of each target,
//     chosen by how well the user knows them ([Draft]).
//  6. report renders that one [Result] as a workbook (.xlsx), CSV or JSON:
//     every format shows the same rows in the same order. It also reads a
//     notes file back, so the user's tracking survives the next run.
//
// Only the command in cmd/refrank touches paths; every stage takes values
// and io.Readers (or an fs.FS) and returns values.
//
// Two comparisons are made one way for every stage. [AppendFold] folds
// letters (case, accents, compatibility forms: "Tomás" is "tomas", "ß" is
// "ss", fullwidth "Ａ" is "a") for titles and employer names alike, and
// [NameKey] keys a person's name wherever rows are joined without a
// profile URL (tie's join of messages and notes to contacts, the merge of
// exports, the persons of one file, the rows of a notes file): folded,
// without a credential after a comma ("Rivera, PMP"), brackets and emoji.
package analyze
