// Refrank-gen writes a synthetic LinkedIn data export: an invented person's
// connections, profile, jobs and schools, messages, invitations,
// endorsements and recommendations, shaped like the real files, for trying
// refrank, testing it, and measuring it at LinkedIn's 30,000-connection cap
// with a message history of a million rows. Every name in it is invented.
//
// Usage:
//
//	refrank-gen [-n CONNECTIONS] [-m MESSAGES] [--seed N] [--persona sample] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD] [--excel-eu] [--spaced-names] -o OUT
//
// The flags are:
//
//	-n, --connections N   connections to write, 0 to 30000 (default 350)
//	-m, --messages N      rows of messages.csv, 0 to 10000000 (default 1500);
//	                      streamed, so a million rows (about 430 MB) take
//	                      seconds and little memory; half the group chats
//	                      also get a system row ("X left the conversation",
//	                      "X added Y", no sender), beyond N
//	    --seed N          random seed (default 1); another seed, another network
//	    --persona ID      the account owner (default and only one so far: sample)
//	    --date YYYY-MM-DD the export date (default 2026-11-20); no connection
//	                      is newer, and recruiters cluster in the weeks before it
//	    --as-of YYYY-MM-DD  write the same account's older export of that day
//	                      instead: only the contacts connected by then, about
//	                      one in eight (and the persona's movers) at the
//	                      employer they had then, the positions that had
//	                      started, and the basic export's files
//	                      (Connections.csv, with no URL column before June
//	                      2023, Profile.csv, Positions.csv, Education.csv);
//	                      before 2022, one contact in 25 has a placeholder
//	                      for an employer ("N/A", "-", "NA", "none", ".")
//	    --excel-eu        write the files as Excel re-saves them in a European
//	                      locale: a byte order mark, ";" between fields, CRLF,
//	                      rows padded to the widest ("Notes:;;;;;"), dates
//	                      like 16.09.2021. testdata/sample-2021 is
//	                      -n 350 --seed 1 --as-of 2021-06-30 --excel-eu
//	    --spaced-names    name the files at the root as 2018-2022 exports
//	                      did, spaces for underscores (Recommendations
//	                      Received.csv, Endorsement Received Info.csv);
//	                      testdata/eras/excel-eu is -n 90 -m 300
//	                      --excel-eu --spaced-names
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
//   - messages.csv: the April 2026 form, every field quoted, header too
//     (--minimal-quotes: quoted only where needed, the form before 2026):
//     CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO,
//     RECIPIENT PROFILE URLS, DATE (2024-12-16 18:24:37 UTC), SUBJECT,
//     CONTENT, FOLDER, ATTACHMENTS, IS MESSAGE DRAFT. Exactly --messages
//     rows, grouped by conversation, each newest first, conversations in no
//     order of date. URLs are not percent-encoded (tomás-rivera-8812a5).
//     CONTENT holds real line breaks, quotes and commas; most messages are
//     a line, some a paragraph, a few several kilobytes. Beside talks with
//     contacts (most contacts never written to, a few dozen a handful of
//     times, a few friends hundreds) there are group chats (names and URLs
//     joined by "," without a space), recruiters' InMail written one way,
//     "Sponsored Conversation" ads in HTML, SPAM and ARCHIVE folders,
//     "LinkedIn Member" senders without a URL, and drafts (IS MESSAGE
//     DRAFT Yes, no conversation id, no recipients, no folder). The owner,
//     https://www.linkedin.com/in/jordan-avery-4b7e21, is sender or
//     recipient of every row. A heavier user writes longer threads to the
//     same few people rather than reaching more of them.
//   - Invitations.csv: From,To,Sent At,Message,Direction,inviterProfileUrl,
//     inviteeProfileUrl; one for each connection of the last three years,
//     sent up to two weeks before it, INCOMING or OUTGOING, a few with a
//     personal message, a few still pending; Sent At like "3/9/26, 1:00 PM";
//     newest first.
//   - Endorsement_Received_Info.csv and Endorsement_Given_Info.csv: dates
//     like 2024/06/26 00:52:03 UTC, URLs without the scheme
//     (www.linkedin.com/in/slug), Endorsement Status ACCEPTED; from about
//     one contact in ten (colleagues and classmates more), oldest first.
//   - Recommendations_Received.csv and Recommendations_Given.csv:
//     First Name,Last Name,Company,Job Title,Text,Creation Date,Status with
//     dates like "04/28/07, 07:28 AM" and Status VISIBLE; only the story's.
//   - The persona's job search, as the complete export keeps it:
//     Jobs/Job Applications.csv and its parts (Job Applications_1.csv, ...),
//     dated "10/3/24, 2:15 PM", with links like
//     http://www.linkedin.com/jobs/view/4180272490; Jobs/Saved Jobs.csv;
//     Jobs/Job Seeker Preferences.csv (Job Titles and Dream Companies
//     joined by " | "); Company Follows.csv ("Tue Oct 28 20:33:50 UTC
//     2025").
//
// An OUT ending in .zip gets the archive as LinkedIn ships it: the files at
// its root, no folder entries, deflated, streamed with data descriptors.
// The real archive is named like Basic_LinkedInDataExport_11-20-2026.zip.
//
// Each file is written by one function listed in exportFiles, with its own
// random stream. messages.csv is written one conversation at a time through
// a buffered writer: memory stays flat (about 35 MB of RSS at -n 30000
// -m 1000000, which takes about 7 seconds to a folder).
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
// The anchors also carry the story the tie evidence tells (story.go):
//
//   - Priya Raman, SDE II on Amazon Music, connected at UW: about forty
//     messages both ways from 2017 to October 2026, the last about a
//     referral to her team; she endorsed and recommended the user. Close.
//   - Marcus Lindqvist, Senior SDE on Amazon Music: three notes from the
//     user (2024-2026), never answered.
//   - Ethan Brooks, Staff SWE at Stripe, connected at UW: fifteen messages
//     both ways in 2019-2021, none since, and a UW group chat in 2018-2019.
//   - Nadia Petrova, Stripe engineer from the UW years: no messages but
//     three endorsements of the user.
//   - Rachel Goldberg, Amazon recruiter: an InMail and a follow-up in the
//     month before the export, unanswered, then an invitation with a note.
//   - Tessa Moreno, Principal SWE at Northwind Traders (no target): about
//     ninety messages both ways, a recommendation and endorsements; her
//     last messages offer an introduction to Samuel Osei at Stripe.
//   - Ahmed Karim, Amazon Music: an invitation that came with a note.
//   - Sofía Hernández (Twitch): three messages in 2020, her URL with an
//     accent as messages.csv writes it.
//
// Story messages dated after --date are left out.
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
