package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/pflag"
)

const initHelp = `usage: refrank init [DIR]

Writes DIR/refrank.toml (DIR is the current folder when absent): a fully
commented example of the settings refrank rank reads beside an export and
refrank batch reads in each client's folder. It never replaces an existing
refrank.toml.

`

// exampleConfig is what refrank init writes. It must parse and rank: a
// test checks both.
const exampleConfig = `# refrank.toml: what refrank looks for in a LinkedIn export.
#
# 'refrank rank EXPORT' reads the refrank.toml beside EXPORT (or the one
# named by --config); 'refrank batch' reads one in each client's folder.
# Every key is optional. A flag given to 'refrank rank' wins over the key
# of the same name here. Paths are relative to this file's folder.

# The function you apply for: software, data, product, program, design,
# research, hardware, recruiting, hr, sales, marketing, operations,
# finance, legal, support, consulting, admin, student or other.
role = "software"

# Schools you attended, added to those in Education.csv. With years,
# "NAME:YYYY-YYYY", contacts who connected while you studied are spotted as
# possible classmates.
schools = ["University of Washington"]

# Keep the best N referrers per target; 0 keeps all.
# top = 0

# Outreach drafts for the best N referrers of each target; 0 for none.
# drafts = 5

# What you know of your contacts that the export cannot: a CSV or XLSX
# file with a Profile URL or Name column. Last run's workbook works, and
# the Status, Asked On, Follow Up and Notes you filled in are kept.
# notes = "notes.xlsx"

# Where 'refrank rank' writes: a .xlsx, .csv or .json file, or "-" for CSV
# on stdout. 'refrank batch' writes OUT_DIR/<client>.xlsx instead.
# output = "referrers.xlsx"

# A folder of your own outreach templates, replacing the built-in ones.
# templates = "templates"

# Leave email addresses out of every output.
# no_email = false

# Job postings named in the outreach drafts of every target.
# jobs = ["https://example.com/careers/123"]

# More names for a company: brands, subsidiaries, former names.
# [aliases]
# Amazon = ["Kuiper", "Zoox"]

# The weights of the score's components: role, seniority, team, alumni
# and tie (defaults 35, 20, 10, 15, 20; scaled to add up to 100).
# [weights]
# tie = 30

# One [[target]] per company you want a referral to, in the order you want
# them. Without any, every company in your network is a target.
[[target]]
company = "Amazon"
# The team or product you want; contacts who name it score higher.
team = "Music"
# Job postings for this company, named in its outreach drafts.
jobs = ["https://www.amazon.jobs/en/jobs/2790000"]
# More names for this company alone.
# aliases = ["Amazon Music"]
# A role for this target alone, instead of the role above.
# role = "data"
# When you want the referral by; on the Summary sheet and the Run sheet.
# deadline = 2026-12-15

[[target]]
company = "Stripe"
`

func initCmd(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("init", pflag.ContinueOnError)
	quiet := fs.BoolP("quiet", "q", false, "print only errors")
	if code, done := parseFlags(fs, args, initHelp, stdout, stderr); done {
		return code
	}
	if fs.NArg() > 1 {
		return usageFail(stderr, "init", usagef("at most one DIR"))
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	path := filepath.Join(dir, configName)
	if err := writeExample(dir, path); err != nil {
		return fail(stderr, err)
	}
	if !*quiet {
		fmt.Fprintf(stderr, "refrank: wrote %s; edit it, then run refrank rank with the export beside it\n", clean(path))
	}
	return exitOK
}

// writeExample writes exampleConfig to path in dir, creating dir, unless
// path exists.
func writeExample(dir, path string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", dir, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return hinted{fmt.Errorf("will not replace %s", path), "edit it, remove it first, or give refrank init another folder"}
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	_, err = io.WriteString(f, exampleConfig)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
