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
//	Connected On         the day the two connected, YYYY-MM-DD, empty when unknown
//	<Component> Points   one per score component, in Result.Components order,
//	                     one decimal, 0 when the referral lacks it
//
// A component's column is its name title-cased: "role" gives "Role Points",
// "shared_school" "Shared School Points". [Columns] returns the whole header.
// Numbers are rounded to one decimal once, so every format shows the same
// digits. A score that is NaN or infinite is an error in every format.
//
// # CSV
//
// [WriteCSV] writes the header and one record per referral with
// encoding/csv, lines ending in "\n".
//
// Spreadsheet programs run a cell that starts with "=" as a formula, and
// some do the same for "+", "-" and "@"; a contact can put such text in
// their name or position and so run it on the user's machine (CSV
// injection). As OWASP advises, any field that starts with "=", "+", "-",
// "@", a tab or a carriage return gets a leading "'", which spreadsheets
// show as text and hide: "=1+1" is written "'=1+1", "+1 Data Scientist"
// "'+1 Data Scientist". Programs that read the CSV as data see the quote;
// use the JSON output to get the values exactly. Numbers are never negative
// and are never changed.
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
// [WriteXLSX] writes a workbook with three sheets, Referrers active:
//
//  1. Referrers, the referrer table, streamed so that tens of thousands of
//     rows write in well under a second. The header row is bold on a light
//     fill and stays in view when scrolling (a frozen pane); the table is an
//     Excel table with an autofilter on every column. Columns are as wide as
//     their content, up to 60 characters; Why up to 80, wrapping, its rows
//     made tall enough for the wrapped text. Rank, Score, Tie Strength and
//     the points are numbers (shown with one decimal), Connected On a date
//     shown yyyy-mm-dd; everything else is text.
//  2. Companies, one row per target: Target, Contacts, Strong referrers
//     (score of at least [analyze.StrongScore]) and Best referrers (their
//     names joined by ", "), with a frozen header and an autofilter.
//  3. Run, what went into the result: the parameters, the files read (rows
//     kept and skipped), totals, and the warnings one per row, at most
//     [MaxWarnings] of them and then a row "... and N more". It holds no
//     date or time: the same result always gives the same workbook.
//
// Text cells are always text, never formulas: a name that starts with "="
// shows as typed. The only formulas are the profile links: a Profile URL
// becomes a clickable HYPERLINK formula, showing the URL, when it starts
// with "https://", its host is linkedin.com, www.linkedin.com or a
// two-letter locale host such as de.linkedin.com, it has no user name or
// port, no control characters, and fits HYPERLINK's 255 characters, with
// any '"' doubled. Any other URL is plain text, so that no contact data can
// make a link to somewhere else.
//
// Excel cuts text longer than 32,767 characters; such text is cut here to
// [MaxCellChars], ending in "…", so that the cut shows.
package report
