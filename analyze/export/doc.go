// Package export reads a LinkedIn data export into an [analyze.Export]: the
// user's first-degree connections, their own positions and schools, the
// account owner, and the evidence of relationships the other files hold
// (messages, invitations, endorsements, recommendations). It is the only
// package of refrank that imports gocsv.
//
// # Inputs
//
// [Open] takes a path to one of:
//
//   - the archive as downloaded (Basic_LinkedInDataExport_MM-DD-YYYY.zip or
//     Complete_...), recognised by its first bytes whatever its name;
//   - the folder it was unzipped into;
//   - a bare Connections.csv, under any name.
//
// [Read] does the same for a file system ([*zip.Reader], [os.DirFS]), and
// ReadConnections, ReadPositions and ReadEducation read one file from an
// [io.Reader]. Only Open touches paths, and nothing is extracted to disk:
// entries are read through [io/fs].
//
// # Files read
//
// Files are looked for at the top level of the archive or folder and in
// its Jobs folder or, when it has no Connections.csv, in the one folder
// below it that has (people zip the folder they unzipped). A file is known by its name's stem, the
// name without ".csv", with case, spaces, underscores and hyphens folded:
// "Recommendations Received.csv" and "Endorsement Received Info.csv", the
// names of 2018-2022 exports, are Recommendations_Received.csv and
// Endorsement_Received_Info.csv; "Connections (1).csv", a browser's name
// for a second download, is Connections.csv. A file split in parts
// (X.csv, X_1.csv, X_2.csv, ...) is read part by part, in order, each
// part with its own header and its own line numbers, and what the parts
// say is added up; the parts of messages.csv are summed up as one file,
// so that a conversation running on from one part into the next counts
// once, and the owner is decided from all of them. When two spellings of one file are both there (a
// spaced one beside the underscored one), both are read and the one with
// more rows is kept, with a warning that names it. Nested archives and
// every other file are ignored.
//
//	Connections.csv                required   the contacts
//	Positions.csv                  optional   the user's jobs: Company Name, Title, Started On, Finished On
//	Education.csv                  optional   the user's schools: School Name, Start Date, End Date
//	Profile.csv                    optional   Export.Owner.Name: First Name, Last Name
//	messages.csv                   optional   Interactions: messages exchanged, per person
//	Invitations.csv                optional   Interactions: who invited whom, with a note or not
//	Endorsement_Received_Info.csv  optional   Interactions: endorsements of the user, per endorser
//	Endorsement_Given_Info.csv     optional   Interactions: endorsements by the user, per endorsee
//	Recommendations_Received.csv   optional   Interactions: who recommended the user
//	Recommendations_Given.csv      optional   Interactions: whom the user recommended
//
// messages.csv is also found as Messages.csv (2018); coach_messages.csv,
// guide_messages.csv, learning_coach_messages.csv and
// learning_role_play_messages.csv are not the message history and are
// ignored. An optional file that is absent is no error and no warning: its
// evidence is absent. When the header of one of the files from Profile.csv
// down is not the expected one, that file gives a warning
// ("messages.csv:1: header has no "DATE" column; messages not used") and
// the rest of the export is still read.
//
// Columns are found by name in the header row, without regard to case or
// surrounding space, in any order; other columns are ignored. The header
// row is found by content within the first 10 records, so a preamble of
// any length is skipped. A UTF-8 byte order mark is dropped; a file that
// starts with a UTF-16 byte order mark is decoded; fields that are not
// valid UTF-8 are read as Windows-1252, with one warning.
//
// Every file is read with the separator of its header row: the first of
// its first lines that, split at a comma, a semicolon (an Excel re-save in
// most European locales) or a tab, has the columns of the header. A file
// without such a line is read with commas, or tabs when its start holds
// more tabs than commas.
//
// Dates are read in LinkedIn's forms ("14 Dec 2021", "1/8/18, 6:14 PM",
// "2024-12-16 18:24:37 UTC"), Excel's ("6-Feb-26", "2/6/2026"), ISO
// ("2021-09-16") and day-first ("16.09.2021", "16/09/2021", "16-09-2021",
// with or without a time). Numeric dates are read day first or month
// first as the file's own dates say, per file: a first number over 12
// makes the file day first, a second one over 12 month first, and the
// first such date decides for every date of the file. Rows with a date it
// decides are held back until one comes (at most 50,000 rows). When none
// does, the file's dates are read month first, as LinkedIn writes them,
// or day first when they are dotted, which no locale writes month first,
// and one warning says which was assumed. messages.csv, which is
// streamed, is looked at 1,024 rows at a time: a batch's rows are read in
// the order its dates, or those before it, decide, else as assumed.
//
// # Connections.csv, era by era
//
//   - 2018: no preamble, no URL column
//     (First Name,Last Name,Email Address,Company,Position,Connected On),
//     dates like "1/8/18, 6:14 PM".
//   - About 2020 to 2023: a three-line preamble ("Notes:", one quoted
//     sentence, a blank line), the same columns, dates like "14 Dec 2021".
//   - June 2023: a URL column, empty on every row.
//   - Since mid-2023: First Name,Last Name,URL,Email Address,Company,
//     Position,Connected On with percent-encoded profile URLs, which are
//     kept as given so that they stay clickable.
//   - Re-saved by Excel: a byte order mark, CRLF line ends, the preamble
//     padded into "Notes:,,,,,," lines, dates like "6-Feb-26" or
//     "2/6/2026", or in a European locale ";" between fields and dates
//     like "16.09.2021" (see above).
//
// First Name, Last Name, Company and Position are required; without
// Connected On, every connection date is unknown (one warning). Cells are
// trimmed of spaces. An Email Address without "@" (exports once held
// "urn:li:member:123" there) is dropped. Contact.Source is "file:line",
// the line where the row starts, counting the preamble.
// A Company that is a placeholder, with no letter or digit ("-", "—",
// ".") or one of "NA", "N/A", "n.a.", "none", "null", "nil", is no
// employer: Company is "". Every named row is a contact, with an employer
// or not.
//
// # Positions.csv and Education.csv
//
// Dates are months ("Sep 2000", or "Sep-00" after Excel) or years
// ("2017"). A start date is the first day of its period, an end date the
// last: "2019" ends on 2019-12-31, "Jul 2021" on 2021-07-31. An empty
// Finished On means a current job (End zero); empty school dates stay
// zero. Dates are in UTC. Education rows without a school name are left
// out silently; Positions rows without a company are skipped with a
// warning.
//
// # The owner and the evidence of ties
//
// Each of the files from messages.csv down yields Interactions, one per
// person the file names, summed up over the file, in the order the files
// are listed above and, within a file, the order in which people first
// appear. A person is known within a file by their profile URL, normalised
// with [analyze.NormalizeURL], else by their lower-cased name; a mention
// by name only joins the person of that name with a URL. Person.URL is
// the URL as the file gives it: not percent-encoded in messages.csv
// (https://www.linkedin.com/in/tomás-rivera-8812a5), without a scheme in
// the endorsement files, absent from the recommendation files; whoever
// joins interactions to contacts normalises them.
//
// Privacy: message contents, invitation notes and recommendation texts are
// never kept. Of an invitation's message only its presence is kept
// (InvitationNote); CONTENT and Text are mapped to no field, never
// copied out of the row being read, and never quoted in a warning.
// Profile.csv gives the name only; the address and birth date are not
// read.
//
// # messages.csv, era by era
//
// Columns are mapped by name; unknown columns are ignored. FROM, TO and
// DATE are required.
//
//   - 2018, Messages.csv: From,To,Date,Subject,Content,Direction,Folder;
//     dates like "10/16/18, 8:36 AM"; no conversation id (a conversation is
//     the set of people of a row) and no URLs.
//   - 2021-2023: CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,
//     TO,DATE,SUBJECT,CONTENT,FOLDER; recipients by name only.
//   - 2023-2024: RECIPIENT PROFILE URLS after TO.
//   - late 2024: IS MESSAGE DRAFT,IS CONVERSATION DRAFT; 2025 ATTACHMENTS;
//     April 2026 every field quoted, with line breaks inside CONTENT.
//
// DATE reads "2024-12-16 18:24:37 UTC" (and the 2018 form); the time of
// day is kept, in UTC. Skipped, with one warning per reason: drafts (IS
// MESSAGE DRAFT or IS CONVERSATION DRAFT = Yes, or, in files with those
// columns, a row without conversation id and recipients), sponsored InMail
// (CONVERSATION TITLE "Sponsored Conversation"), messages in the SPAM
// folder, messages from hidden members ("LinkedIn Member" without a URL;
// such recipients are left out too), and rows without a sender (a group
// chat's system rows, "X left the conversation", "X added Y", and empty
// rows). Rows without a conversation id are skipped with a warning naming
// the line; a date in an unknown form is a warning and the message
// counts, undated. On stderr, refrank says the warnings of one kind in
// one file once, counted (Warning.Kind).
//
// Group chats join names and URLs with "," and no space, and names may
// hold commas ("Tomás Rivera, PMP"): recipients are counted from RECIPIENT
// PROFILE URLS when the file has them (URLs hold no commas), paired with
// the names when there are as many; otherwise names are split at commas
// not followed by a space.
//
// The file is read in one pass and aggregated per conversation: its
// participants, the messages each sent, and the first and last of them.
// Rows come grouped by conversation; when the next conversation starts,
// the participants of the last are resolved to persons and kept as a few
// numbers each (a conversation that comes back later is taken up again).
// Memory grows with conversations (about 100 bytes each) and persons,
// never with messages. The account owner is then the participant whose name is
// Profile.csv's (by [analyze.NameKey]: case, accents and credentials
// aside), else the one with
// the most OUTGOING messages (2018 files), else the one in the most
// conversations; Export.Owner takes their name and URL when Profile.csv
// gave none. Conversations without the owner are skipped with a warning.
// For every other participant of a conversation, the interaction counts:
//
//	Sent, Received            the owner's and the person's messages, in a conversation of two
//	GroupSent, GroupReceived  the same in a conversation with more than one other person:
//	                          a message of the owner counts once for each other participant
//	Conversations             the conversations they share
//	FirstMessage, LastMessage the first and the last message of either of them
//
// A message of the owner in a group is taken to reach every participant
// of the conversation, including those who joined later; messages
// between two other participants count for neither.
//
// Unlike the other files, messages.csv is not read through gocsv but
// record by record (rows, in table.go): files of hundreds of MB are
// common, and gocsv's way (reflection, and a boxed value for every field
// it sets) costs about 13 allocations a row. The record reader (csvReader, csvreader.go) accepts what
// encoding/csv accepts and gives the same records, lines and errors
// (FuzzCSVReader holds it to that), but it searches blocks of 128 KiB for
// the quotes, separators and line feeds that end fields rather than
// reading line by line, passes over the subject, text and attachments of
// each message, most of the file's bytes, without copying them, and
// writes the fields it keeps into a buffer that the next batch of 1,024
// records reuses, so that reading a row allocates nothing. The file is
// read on every core (chunks.go): it is cut into chunks of 256 KiB at line
// feeds outside quotes, as the parity of the quotes tells, which one
// csvReader per core splits into records; their batches are summed up in
// the order of the file, and the rows, warnings and errors are those of
// one pass, whatever the input (a bad quote that makes the parity lie
// sends the rest of the file to one csvReader in one pass;
// FuzzCSVReader checks the chunked reading too). [Read] reads
// messages.csv in goroutines of their own while it reads
// the other files, then takes in its result at its turn: the Export, its
// warnings and the error when a file fails are those of reading the files
// one after another. A file of a zip archive is inflated in a goroutine
// of its own, a few chunks ahead of the parsing (prefetcher).
//
// # Invitations, endorsements and recommendations
//
// Invitations.csv (From,To,Sent At,Message,Direction, since 2024
// inviterProfileUrl,inviteeProfileUrl; the 2023 ...Urn columns are not
// read): an OUTGOING invitation sets InvitedByUser for To, an INCOMING one
// InvitedUser for From, with the URL of the matching column when it is
// not a "urn:" value; InvitationNote when a Message was written. Other
// directions and rows without a name are skipped with a warning.
//
// Endorsement_Received_Info.csv and Endorsement_Given_Info.csv count
// EndorsedUser per endorser and EndorsedByUser per endorsee, from the
// Endorser/Endorsee First Name, Last Name and Public Url (since 2023)
// columns. An Endorsement Status other than ACCEPTED (or empty) means the
// user turned the endorsement down or never accepted it: such rows are
// skipped, with one warning per status.
//
// Recommendations_Received.csv and Recommendations_Given.csv set
// RecommendedUser and RecommendedByUser by First Name and Last Name. A
// Status other than VISIBLE (or empty), such as HIDDEN or PENDING, is not
// shown on the profile: such rows are skipped, one warning per status.
//
// # Skipped rows and warnings
//
// A row that cannot be used is skipped, counted in Input.Skipped, and
// reported as an [analyze.Warning], and reading goes on:
//
//   - rows with no name (LinkedIn lists hidden or deactivated members with
//     only a date): one warning for all of them;
//   - rows with bad quoting, rows with more or fewer fields than the
//     header, and well-formed rows longer than 1 MiB (see Limits): one
//     warning each, naming the line;
//   - a date in an unknown form: a warning naming the line; the row is
//     kept with the date left zero;
//   - in Connections.csv, rows for a contact of an earlier row (the same
//     profile URL, else the same name, company and connection day: a
//     namesake connected on another day is another person), such as the 30,000
//     copies of a row a bad re-save can leave: the first is kept, the
//     repeats are counted in one warning;
//   - a run of NUL bytes, which a download cut short may end in: a row
//     with the wrong number of fields. NUL bytes inside a field are
//     dropped.
//
// Line ends may be LF, CRLF or mixed. A quote left open in the last row
// (a file cut short) skips that row with a warning; a quote left open
// earlier swallows every line after it into one field, so when it runs
// more than 200 lines, or more than 1 MiB, to the end of the file it is
// an error naming the row where it opened.
//
// A file gives at most 100 warnings about single rows, then one that counts
// the rest. A Connections.csv without any contact gives a warning.
//
// # Errors
//
// A file that cannot be read at all is an error, one line that says where:
//
//   - [*ParseError] wrapping [ErrNoHeader]: the file is empty or has no
//     header row, e.g. Positions.csv given as Connections.csv;
//   - [*ParseError] wrapping [ErrMissingColumn]: the header lacks a required
//     column, named in the message;
//   - an error wrapping [ErrNotExport]: a zip archive or folder without
//     Connections.csv at its top level or in one folder below it, or with
//     it in several folders below it (the message names them), or an
//     Office document;
//   - an error wrapping [ErrTooLarge]: an input beyond one of the limits
//     below;
//   - a [*ParseError] wrapping [encoding/csv.ErrQuote]: a quote left open
//     that swallows the rest of the file;
//   - errors from the file system and from archive/zip, prefixed with the
//     path: a zip archive cut short ("cannot read the zip archive ...;
//     download the export again"), an entry that inflates to more than
//     its header says ("zip: not a valid zip file"), a file that cannot
//     be read ("permission denied").
//
// # Limits
//
// An export is the user's own data, but its files are also sent around,
// mangled, cut short, or built to hurt. Against archives built to exhaust
// memory or time (zip bombs), reading stops with [ErrTooLarge], naming
// the file, when
//
//   - a zip archive has more than 10,000 entries (LinkedIn's have a few
//     dozen);
//   - a file is larger, uncompressed, than its kind can be: 64 MiB for
//     Connections.csv (30,000 connections, LinkedIn's cap, take about
//     4 MB), 2 GiB for messages.csv (a recruiter's runs to hundreds of
//     MB), 256 MiB for every other file read;
//   - the files read hold more than 4 GiB in all;
//   - an entry of more than 16 MiB is compressed more than 200 times (CSV
//     text compresses 5 to 20 times, a zip bomb thousands of times);
//   - one row, with its quoted line breaks, is longer than 16 MiB (such a
//     row is a quote left open or a file that is not CSV): the error names
//     the line where it starts.
//
// A well-formed row longer than 1 MiB (no field LinkedIn writes comes
// near; a pasted 10 MB field) is read to its end without keeping any of
// it, skipped, and counted in a warning naming its line; the rest of the
// file is read.
//
// Sizes are checked first against what the zip header or the file system
// says, before anything is read, then counted as the bytes are read
// (archive/zip itself fails an entry that inflates to more than its
// header says). Files are streamed: memory grows with the longest row,
// the contacts and the conversations, never with a file's size. Only the
// files listed above are opened: other entries and nested archives are
// never read, let alone inflated. Nothing is extracted to
// disk, so an entry named "../../Connections.csv" or "/Connections.csv"
// can reach no path; [io/fs] cleans such names, and the entry is read as
// the Connections.csv it names.
//
// Export.Date comes from the export's own content, so that an archive and
// the folder it was unzipped into, under any names, give the same date and
// rank alike: it is the newest day the export dates a connection, a
// message, or a job application or saved job of the user's, in UTC.
// Export.DateFrom says which ("the newest message in messages.csv"), for
// the Run sheet.
//
// # Merging exports
//
// [Merge] joins the exports of several archives, such as an old and a new
// one of the same account. Two contacts are one person when their profile
// URLs are the same; where one has no URL (before mid-2023), when their
// names (as [analyze.NameKey] folds them: case, accents, credentials) and
// their Connected On days are the same, a day that never changes between
// exports of one account; where a day is unknown too, when their names
// and companies are. A namesake connected on another day stays another
// person. Export.Merged counts the contacts joined, by key. The newest
// export gives each contact's current job, and the interactions with one
// person from files of the same name are merged, not added up, since a
// newer archive holds the messages of an older one.
//
// # Adding a file
//
// Each file has its own Go file (connections.go, positions.go,
// education.go, profile.go, messages.go, invitations.go, endorsements.go,
// recommendations.go) holding a layout (the file's name, the columns that
// mark its header row, the required columns), a row struct whose csv tags
// are the lower-cased column names, and a ReadX function that calls scan
// with a function turning one row into a value. To read a new file, write
// such a file and add one entry to the files table in read.go: its
// layout, its size limit, and a function that reads it into a result,
// which adds its values to the Export at the file's turn.
//
// [Open] takes a [Progress], told of the bytes read out of the total of
// the files to read. messages.csv is read in a goroutine of its own while
// the files before it are read; at its turn, the owner's name from
// Profile.csv decides who the owner is among its participants.
//
// Under the hood, scan reads records with a csvReader, which accepts what
// [encoding/csv.Reader] accepts with FieldsPerRecord -1 (so that no row
// length aborts the file), finds the header, checks each row, and hands
// the header, normalised, and the good rows, as they are, to gocsv through
// its SimpleDecoder interface, a batch of rows at a time
// (gocsv.UnmarshalDecoderToChan): gocsv maps columns to the fields of the
// row struct and sees no preamble and no bad row, its process-wide
// settings are left alone, and a file is streamed, never held in memory.
// messages.csv is read without gocsv (see rows), and the csvReader passes
// over the columns it does not need (the subject, the text and the
// attachments, most of its bytes) without copying them.
package export
