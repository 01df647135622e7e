// Refrank tells a job seeker who in their LinkedIn network can refer them
// to the companies they want, and how to ask.
//
// Usage:
//
//	refrank rank [flags] EXPORT...
//	refrank init [DIR]
//	refrank batch [flags] CLIENTS_DIR -o OUT_DIR
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
//	--config FILE            read settings from FILE, a refrank.toml
//	--no-config              ignore the refrank.toml beside the export
//	-q, --quiet              print only warnings and errors
//
// Settings come from the defaults, then refrank.toml, then the flags
// given: the file is the one named by --config, else the refrank.toml in
// or beside the export, which stderr names. Both fill one settings value
// (settings.go), each value as given with where it came from: a flag
// ("--top") or the file's line and key ("refrank.toml:7: top").
// parseConfig (config.go) decodes the file into it: toml.Decode for the
// syntax and the types, MetaData.Undecoded for unknown keys (with the
// closest known key by edit distance), and keyLines for the line of each
// key, since the toml package tells lines for syntax errors only.
// rankFlags.overlay puts the flags given over it, and settings.check
// checks every value once, whatever gave it, into the rankOptions that
// rank and batch run through the same compute; a batch client's
// refrank.toml goes through the same parseConfig and check. A bad value
// says where it came from, then the same words from a flag or the file:
// "--top: must be at least 0, not -1", "refrank.toml:2: top: must be at
// least 0, not -1". Every usage error is printed by usageFail: "refrank
// CMD: ..." and the hint to run 'refrank CMD --help'; an error of
// refrank.toml is printed as every error of a file is, "refrank:
// FILE:LINE: ..." with its own hint.
//
// A target of the file may have a role of its own; score.Rank ranks for
// one role, so rankTargets ranks each group of targets with one role and
// puts the rows back in the targets' order. A target's deadline goes to
// Result.Params as "deadline TARGET" for the Run sheet.
//
// # init
//
// Init writes a fully commented refrank.toml, refusing to replace one.
//
// # batch
//
// Batch ranks every client folder (or .zip) of CLIENTS_DIR, --jobs at a
// time, into OUT_DIR/<client>.xlsx, then writes OUT_DIR/clients.xlsx, one
// row per client by name, through report.WriteTableXLSX. A client that
// fails is reported there and on stderr; the others are still written,
// and the batch exits 1. A client's refrank.toml is untrusted: its notes
// and templates are read through an os.Root of the client's folder
// (inputs.go), so that no "..", absolute path or link reaches another
// client's files. Templates, of any run, are regular files of at most 64
// KiB, read through templateFS, and loading and drafting them must end
// within 20 s (inTime); a notes file or a refrank.toml that is a FIFO or
// a device is never opened. Progress goes to stderr through meter
// (progress.go): a bar on a terminal, plain lines otherwise.
//
// The output is written to a temporary file beside it, renamed into place
// (files.go: createFile), with the mode the umask leaves of 0666; a
// device or a pipe (-o /dev/stdout) is written to directly, never
// replaced. checkOutput refuses, before anything is read, an output that
// is an input of the run (an export's file, the notes, the refrank.toml
// read, a template) and a folder the run cannot write to. What a run
// makes for itself, the temporary outputs and a private folder for the
// files excelize spills a big sheet's rows to, is its scratch: removed
// when run returns, and on SIGINT or SIGTERM, which then exit 130 or 143.
// A short summary goes to stderr: contacts read, rows skipped, referrers
// per target, the output path.
//
// # titles
//
// Titles classifies job titles, one per line, into the function and
// seniority words of the taxonomy, as CSV title,function,seniority.
//
// # Exit codes
//
// 0 on success (warnings included), 1 when the run failed (for batch: a
// client failed), 2 on bad usage, a bad refrank.toml included; 130 and
// 143 when stopped by SIGINT and SIGTERM.
// Every message goes to stderr, prefixed "refrank:", with a "hint:" line
// where the user can fix something.
package main
