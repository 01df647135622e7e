// Refrank tells a job seeker who in their LinkedIn network can refer them
// to the companies they want, and how to ask.
//
// Usage:
//
//	refrank rank [flags] EXPORT...
//	refrank titles [FILE]
//
// # rank
//
// Rank reads a LinkedIn data export (the archive .zip as downloaded, the
// folder it was unzipped into, or a bare Connections.csv; several are
// merged), scores every contact as a referrer for each target company, and
// writes the ranked, explained table:
//
//	refrank rank --target Amazon:Music --target Stripe --role software Basic_LinkedInDataExport_11-20-2026.zip
//
// The flags are:
//
//	--target COMPANY[:TEAM]  a company wanted (repeatable); without any, every
//	                         company in the network is a target
//	--role FUNCTION          the function applied for (default software)
//	--school NAME[:Y1-Y2]    a school attended, added to Education.csv's
//	--alias "CO=NAME,NAME"   more names for a company (brands, subsidiaries)
//	--weight COMPONENT=N     a score component's weight
//	--top N                  keep the best N referrers per target
//	-o, --output FILE        referrers.xlsx by default; .csv and .json too;
//	                         - writes CSV to stdout
//	--format FORMAT          csv, json or xlsx, whatever the file is named
//	-q, --quiet              print only warnings and errors
//
// The output is written to a temporary file renamed into place, never over
// an input. A short summary goes to stderr: contacts read, rows skipped,
// referrers per target, the output path.
//
// # titles
//
// Titles classifies job titles, one per line, into the function and
// seniority words of the taxonomy, as CSV title,function,seniority.
//
// # Exit codes
//
// 0 on success (warnings included), 1 when the run failed, 2 on bad usage.
// Every message goes to stderr, prefixed "refrank:", with a "hint:" line
// where the user can fix something.
package main
