// Package report renders one [analyze.Result] as a spreadsheet: a workbook
// (.xlsx), CSV or JSON. It is the only package of refrank that imports
// excelize. Every format shows the same referrals in the same order, the
// order of Result.Referrals, and the same values: what a user sorts and
// filters in one format they find in the others.
//
// # The columns
//
// The referrer table has these columns, in this order. Their names and
// order are a public contract: users and scripts rely on them.
//
//	Rank           1 for the best referrer of each target (an integer)
//	Score          0-100, one decimal
//	Name           the contact's first and last name
//	Profile URL    the LinkedIn profile URL as exported
//	Email          as exported, often empty
//	Company        the contact's employer as exported
//	Target         the target company the contact can refer to
//	Team           the team or product wanted at the target, or empty
//	Position       the contact's position as exported
//	Function       a lowercase word of the title taxonomy: software, data, ...
//	Seniority      a lowercase word: intern, entry, mid, senior, staff, ...
//	Tie Strength   0-100, one decimal: how well the user knows the contact
//	Approach       how to ask for the referral
//	Why            in words, what made the score
//
// Then come the extra columns, which may grow:
//
//	Tie                  the tier of Tie Strength: close, known, acquainted or none
//	Messages             messages exchanged with the contact (an integer)
//	Last Message         the newest message's day, YYYY-MM-DD, empty when none
//	Connected On         the day the two connected, YYYY-MM-DD, empty when unknown
//	<Component> Points   one per score component, in Result.Components order,
//	                     one decimal, 0 when the referral lacks it
//
// and last the tracking columns, which the user fills in and which come
// back from a notes file (Referral.Note) on the next run:
//
//	Status      to ask, asked, referred, declined or thanked (free text is kept)
//	Asked On    as typed; a real date in the workbook when it reads as one
//	Follow Up   the same
//	Notes       free text
//
// A component's column is its name title-cased: "role" gives "Role Points",
// "shared_school" "Shared School Points". [Columns] returns the whole header.
// Numbers are rounded to one decimal once, so every format shows the same
// digits. A score that is NaN or infinite is an error in every format.
//
// # CSV
//
// [WriteCSV] writes the header and one record per referral with
// encoding/csv, lines ending in "\n". The CSV is a valid notes file.
//
// Spreadsheet programs run a cell that starts with "=" as a formula, and
// some do the same for "+", "-" and "@"; a contact can put such text in
// their name or position and so run it on the user's machine (CSV
// injection). As OWASP advises, any field that starts with "=", "+", "-",
// "@", a tab or a carriage return, after any number of "'", gets a leading
// "'", which spreadsheets show as text and hide: "=1+1" is written
// "'=1+1", and "'=1" gets a second quote. [ReadNotes] removes that one
// quote, so values round-trip exactly. Numbers are never negative and are never changed.
//
// # JSON
//
// [WriteJSON] writes an array with one object per referral, indented by two
// spaces, ending in a newline; an empty table is "[]". Each object's keys
// are the columns, in their order. Rank is an integer; Score, Tie Strength
// and the points are numbers written with one decimal (96.0); Connected On
// is "YYYY-MM-DD" or ""; every other value is the string as given, with no
// quote prefix.
//
// # XLSX
//
// [WriteXLSX] writes a workbook with these sheets, in this order, Summary
// active. Every table has a bold header on a light blue fill that stays in
// view (a frozen pane) and is an Excel table with an autofilter; columns
// are as wide as their content, up to 60 characters; long text wraps in
// rows made tall enough for it, up to a cap of lines and never past
// Excel's 409 points (the text is kept whole; the row scrolls); numbers
// are numbers and days are dates shown yyyy-mm-dd. One sheet writer lays
// out every sheet, [WriteTableXLSX]'s too: a preamble of lines (Summary's
// title and notes; all of Run), then the table. Tie tiers are coloured alike everywhere, from green
// (close) to grey (none). Sheets print landscape, one page wide.
//
//  1. Summary, without gridlines: the export's date (Result.ExportDate,
//     else the newest Connected On) so that a stale export shows, then one
//     row per target (the user's targets, else the [TopCompanies] best
//     companies): Contacts, the listed referrers per tie tier, Strong
//     (score of at least [analyze.StrongScore]), Ask (how many to ask: two
//     or three, the strong ones first, never a stranger, who wants an
//     introduction first: 0 when all are), Deadline (the earliest
//     [analyze.Target] deadline, a column only when a target has one), the
//     three best referrers linked to their profiles, and Gaps ("no close
//     contact at Stripe"; "only strangers at Stripe: ask Eve Stone to
//     introduce you to Dev Patel first", the introducer of the best
//     referrer's draft; a deadline before the export's date is one). Below, a
//     stacked bar chart of referrers per target by tie tier.
//  2. Referrers, the referrer table, Rank, Score and Name frozen on the
//     left, a data bar from 0 to 100 on Score, a dropdown of [Statuses] on
//     Status (other text is allowed, with a warning).
//  3. One sheet per target the user gave, named after it by [SheetName]
//     (unique: "Name (2)"), the same table filtered to it, without the
//     tracking columns: track in Referrers, the sheet notes are read from.
//  4. Outreach, one row per Result.Drafts: Target, Name (linked), Tie,
//     Kind, Via, Subject, Message and Note wrapped, and Note Length,
//     flagged when over LinkedIn's [analyze.NoteLimit] characters.
//  5. Search, LinkedIn people searches for what the export cannot see:
//     second-degree connections at each target, alumni of each of
//     Result.Schools there, and people there in Result.Role.
//  6. All Contacts, every member of Result.Network: Name, Profile URL,
//     Email, Company, Employer, Position, Function, Seniority, Team, Tie,
//     Tie Strength, Messages, Last Message, Connected On.
//  7. Run, what went into the result: the export's date and what gave it
//     (Result.ExportDateFrom), the contacts merged across exports by key
//     (Result.Merged, when any were), the parameters,
//     the score components and their columns, the files read (rows kept
//     and skipped), totals per sheet, and the warnings one per row, at
//     most [MaxWarnings] of them and then a row "... and N more".
//
// Every sheet's dimension is its used range (A1 to its last cell), which
// readers that stream a sheet (openpyxl's read-only mode) take for its
// size. The sheets are streamed so that tens of thousands of rows write
// quickly: the rows, the bulk of the file, are XML this package writes
// itself, in blocks of rows made and compressed on every CPU (package
// pzip under internal/) from the moment each sheet is started, each
// block also measuring the widths its cells want; meanwhile excelize
// lays out each sheet's head (widths, panes, preamble, header, table,
// formats), and the rows go into the sheet's part as the file is saved. The file is written to w as it is made, never whole in
// memory; its parts are written in name order, each dated 1980-01-01
// (the first day zip can hold, never the time of the run), and
// compressed in pieces that depend only on their content, so that the
// same result always gives the same bytes, whatever the number of CPUs.
//
// Text cells are always text, never formulas: a name that starts with "="
// shows as typed. The only formulas are the profile links: a Profile URL
// (and the names on Summary and Outreach, and the Search links) become
// clickable HYPERLINK formulas when the URL starts
// with "https://", its host is linkedin.com, www.linkedin.com or a
// two-letter locale host such as de.linkedin.com, it has no user name or
// port, no control characters, and fits HYPERLINK's 255 characters, with
// any '"' doubled. Any other URL is plain text, so that no contact data can
// make a link to somewhere else.
//
// Excel cuts text longer than 32,767 characters; such text is cut here to
// [MaxCellChars], ending in "…", so that the cut shows. Characters XML
// cannot hold (control characters other than tab, line feed and carriage
// return, invalid UTF-8) are written as U+FFFD; text that reads as a
// spreadsheet's escaped character ("_x0041_") is escaped itself, so that
// it reads back as typed.
//
// # Notes files
//
// [ReadNotes] reads what the user knows and has done, so that it survives
// a re-run: a CSV file (a byte order mark is skipped) or a workbook (its
// Referrers sheet, else its first), told apart by content: at most
// [MaxNotesSize] bytes, and a workbook that unzips to more than 256 MiB is
// refused before it is unzipped (a zip bomb). A workbook is read from its
// XML, streamed (notes_xlsx.go): a formula saved without its value (as
// openpyxl saves) shows what its HYPERLINK shows, and a Profile URL cell
// that is a HYPERLINK gives the link itself; only the columns below are
// kept, of the first 1,024, with at most 250,000 rows of 16,384 cells, so
// that a small hostile workbook cannot take much time or memory; a part
// cut short, XML that does not parse or a size the zip misstates is an
// error. The first row (of a workbook, the first with text)
// is the header; these columns are read, by name, case-insensitively, and
// any may be missing except the first two:
//
//	Profile URL (or URL)      the contact, matched by normalised URL
//	Name (or First Name and Last Name)   the contact when there is no URL
//	Relationship              close, known, acquainted or none
//	Schools, Past Companies   lists separated by ";"
//	Team, Target, Status, Asked On, Follow Up, Notes
//
// The tool's own columns are ignored silently; any other column gives one
// warning naming them all. A row without URL and name is skipped with a
// warning, as is an unknown Relationship. Rows for the same person and
// Target are merged, the first non-empty value of each field winning,
// with a warning when two Status values disagree; the tool writes a row
// per target, so each target's tracking stays its own. A person's
// Relationship, Schools, Past Companies and Team, given on one row, go
// on each of their notes.
// Asked On and Follow Up become YYYY-MM-DD when they read as a date
// (2025-03-05, 3/5/2025 and 03-05-25 month first, 05.03.2025 day first,
// 5 Mar 2025, an Excel day number); other values are kept as typed. So
// the workbook and the CSV this package writes are notes files: re-run
// with --notes pointed at last week's file and every Status, Asked On,
// Follow Up and Notes value comes back.
package report
