// Package export reads a LinkedIn data export into an [analyze.Export]: the
// user's first-degree connections and their own positions and schools. It
// is the only package of refrank that imports gocsv.
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
// Files are looked for at the top level of the archive or folder, their
// names compared without case; files in sub-folders, nested archives and
// every other file are ignored.
//
//	Connections.csv   required   the contacts
//	Positions.csv     optional   the user's jobs: Company Name, Title, Started On, Finished On
//	Education.csv     optional   the user's schools: School Name, Start Date, End Date
//
// Columns are found by name in the header row, without regard to case or
// surrounding space, in any order; other columns are ignored. The header
// row is found by content within the first 10 records, so a preamble of
// any length is skipped. A UTF-8 byte order mark is dropped; a file that
// starts with a UTF-16 byte order mark is decoded; a file whose start
// holds more tabs than commas is read as tab-separated; fields that are
// not valid UTF-8 are read as Windows-1252, with one warning.
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
//     "2/6/2026" (slashed dates are read month first).
//
// First Name, Last Name, Company and Position are required; without
// Connected On, every connection date is unknown (one warning). Cells are
// trimmed of spaces. An Email Address without "@" (exports once held
// "urn:li:member:123" there) is dropped. Contact.Source is "file:line",
// the line where the row starts, counting the preamble.
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
// # Skipped rows and warnings
//
// A row that cannot be used is skipped, counted in Input.Skipped, and
// reported as an [analyze.Warning], and reading goes on:
//
//   - rows with no name (LinkedIn lists hidden or deactivated members with
//     only a date): one warning for all of them;
//   - rows with bad quoting, and rows with more or fewer fields than the
//     header: one warning each, naming the line;
//   - a date in an unknown form: a warning naming the line; the row is
//     kept with the date left zero.
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
//     Connections.csv at its top level (the message says when the file is
//     one folder down, or when the archive is an Office document);
//   - an error wrapping [ErrTooLarge]: an archive with more than 10,000
//     entries, or a file with more than 2 GiB of data, counted as it is
//     read;
//   - errors from the file system and from archive/zip, prefixed with the
//     path.
//
// Export.Date is the date in the archive's or folder's name when it is
// named like LinkedIn's, else the newest connection date. [Merge] joins the
// exports of several archives, such as an old and a new one.
//
// # Adding a file
//
// Each file has its own Go file (connections.go, positions.go,
// education.go) holding a layout (the file's name, the columns that mark
// its header row, the required columns), a row struct whose csv tags are
// the lower-cased column names, and a ReadX function that calls scan with
// a function turning one row into a value. To read a new file, such as
// messages.csv, write such a file, add its layout to layouts in table.go,
// and add one line to the files table in read.go with a function that
// appends its values to the Export.
//
// Under the hood, scan reads records with its own [encoding/csv.Reader]
// (FieldsPerRecord -1, so that no row length aborts the file), finds the
// header, checks each row, and writes the header, normalised, and the good
// rows as CSV to the csv.Reader of a gocsv Unmarshaller, read one row at a
// time: gocsv never sees a preamble or a bad row, its process-wide settings
// are left alone, and a file is streamed, never held in memory.
package export
