// Refrank-gen writes a synthetic LinkedIn data export: an invented person's
// connections, profile, jobs and schools, shaped like the real files, for
// trying refrank, testing it, and measuring it at LinkedIn's 30,000-
// connection cap. Every name in it is invented.
//
// Usage:
//
//	refrank-gen [-n CONNECTIONS] [--seed N] [--persona sample] [--date YYYY-MM-DD] -o OUT
//
// The flags are:
//
//	-n, --connections N   connections to write, 0 to 30000 (default 350)
//	    --seed N          random seed (default 1); another seed, another network
//	    --persona ID      the account owner (default and only one so far: sample)
//	    --date YYYY-MM-DD the export date (default 2026-11-20); no connection
//	                      is newer, and recruiters cluster in the weeks before it
//	-o, --output OUT      a folder to write the files into (created if needed),
//	                      or, when OUT ends in .zip, an archive
//	-v, --verbose         print counts by employer and role to stderr
//	-h, --help            print this usage to stdout
//
// The exit status is 0 on success, 1 when the export could not be written
// and 2 on bad usage (the message names the flag).
//
// # Files
//
// The files are those of a current (2026) export, named as LinkedIn names
// them, in UTF-8 without BOM, LF line ends, RFC 4180 quoting only where a
// field needs it, and no newline after the last record:
//
//   - Connections.csv: the three-line "Notes:" preamble, the header
//     First Name,Last Name,URL,Email Address,Company,Position,Connected On
//     and one row per connection, newest first, dated like "02 Jan 2006".
//     URLs are https://www.linkedin.com/in/<slug>, percent-encoded when the
//     slug holds accents (tom%C3%A1s-rivera-8812a5); emails are rare and at
//     example domains; about 2% of rows are empty but for the date, as for
//     hidden or deactivated members.
//   - Profile.csv: one row, the account owner.
//   - Positions.csv: the owner's jobs, newest first, dated "Mar 2022"; the
//     current job has no Finished On.
//   - Education.csv: the owner's schools, dated by year.
//
// An OUT ending in .zip gets the archive as LinkedIn ships it: the files at
// its root, no folder entries, deflated, streamed with data descriptors.
// The real archive is named like Basic_LinkedInDataExport_11-20-2026.zip.
//
// Each file is written by one function listed in exportFiles; messages,
// invitations and endorsements are to come the same way.
//
// # The sample persona
//
// Jordan Avery lives in Seattle; studied computer science at the University
// of Washington from 2015 to 2019; interned at Contoso in summer 2018 and
// worked there as a software engineer from July 2019 to February 2022; and
// has been a senior software engineer at Northwind Traders since March 2022.
//
// Their network mixes:
//
//   - big tech, about a third: Amazon and its brands (Amazon Web Services
//     (AWS), Audible, Twitch), Microsoft, LinkedIn, GitHub, Google, YouTube,
//     Meta, Instagram, Stripe, Apple and others, with house titles
//     ("SDE II, Amazon Music", "Area Manager") and teams after separators;
//   - people met at school (connected 2015-2019) and at each job (connected
//     during the user's time there, many still at Contoso or Northwind
//     Traders, under spellings like "Northwind Traders, Inc.");
//   - Seattle employers, consultancies, recruiting agencies, fictional
//     mid-size firms, invented start-ups, universities and their students,
//     the self-employed, and people with no employer;
//   - companies abroad whose people write titles in German, French, Spanish
//     or Portuguese ("Softwareentwickler", "Chef de projet", "Becario",
//     "Engenheiro de Software Sênior");
//   - lookalikes a company matcher must not confuse with a target: Amazonas
//     Energia, Amazing Apps LLC, Stripes Convenience Stores, Epic Systems
//     beside Epic Games, Apple Leisure Group, an "AWS Cloud Consultant" at
//     Accenture, an "Apple Music" engineer at Apple.
//
// Titles carry the quirks of the title taxonomy: abbreviations, level
// suffixes, teams after ", ", " - ", " | " or in parentheses, "@ Company",
// several roles on one line, credentials, odd casing. Names come from
// per-culture lists of common given and family names, drawn at random, with
// accents, credentials ("Vasquez, PMP"), pronouns, middle initials, the odd
// emoji and a few in native script.
//
// Connected On dates run from 2014 to the export date, denser in later
// years, clustered during school and at the start of each job, with
// recruiters clustered in the months before each job change and before the
// export. Bigger networks grow mostly by strangers: beyond 1,000
// connections the share met at school and work shrinks.
//
// Whatever the seed, the persona's network holds the same 42 anchor
// contacts, the people the README's walk-through ranks for
// --target Amazon:Music --target Stripe --role software: software
// engineers at Amazon (two on the Music team), Stripe engineers who
// connected in the UW years, recruiters and non-software people at both,
// colleagues at Contoso and Northwind Traders, the lookalikes, and a few
// titles in other languages. The other connections are drawn from the
// seed. With -n below 42 only the first anchors are kept.
//
// # Determinism
//
// The same flags write the same bytes, on any machine: randomness comes
// from math/rand/v2's PCG seeded with --seed and a hash of the file's name,
// so a file added later does not change the others; nothing iterates a map
// into the output or reads the clock; rows are sorted newest first with
// ties kept in generation order; zip entries are stamped 09:00 UTC on the
// export date. Output files are written to a temporary file and renamed.
//
// The sample export in testdata/sample is this command's output for
// -n 350 --seed 1; the tests regenerate it and fail if it drifts
// (go test ./cmd/refrank-gen -update rewrites it).
package main
