package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/analyze/export"
	"github.com/refrank/refrank/analyze/outreach"
	"github.com/refrank/refrank/analyze/report"
	"github.com/refrank/refrank/analyze/score"
	"github.com/refrank/refrank/analyze/tie"
)

const rankHelp = `usage: refrank rank [flags] EXPORT...

Ranks the people in your LinkedIn network who can refer you to the companies
you want, and writes them to a workbook (or CSV, or JSON).

EXPORT is the archive .zip LinkedIn sends, the folder it was unzipped into,
or a bare Connections.csv; several are merged.

Example:
  refrank rank --target Amazon:Music --target Stripe --role software Basic_LinkedInDataExport_11-20-2026.zip

Flags:
`

// rankOptions are the checked flags of refrank rank.
type rankOptions struct {
	exports []string
	targets []analyze.Target
	role    analyze.Function
	schools []analyze.School
	aliases [][2]string // parent, alias; in the order given
	weights []score.Weight
	top     int
	output  string // "-" for stdout
	format  string // csv, json or xlsx
	quiet   bool
	now     time.Time

	notes     string              // --notes file, or ""
	drafts    int                 // outreach drafts per target
	jobs      map[string][]string // target company ("" for all) -> job URLs
	templates string              // --templates folder, or ""
	noEmail   bool
}

func parseRank(args []string, stdout, stderr io.Writer) (opt rankOptions, code int, done bool) {
	fs := pflag.NewFlagSet("rank", pflag.ContinueOnError)
	targets := fs.StringArray("target", nil, "a company you want a referral to, as `COMPANY[:TEAM]` (repeatable); none ranks every company in your network")
	role := fs.String("role", "software", "the `FUNCTION` you apply for: "+functionList())
	schools := fs.StringArray("school", nil, "a school you attended, as `NAME[:YYYY-YYYY]` (repeatable), added to Education.csv's")
	aliases := fs.StringArray("alias", nil, "more names for a company, as `\"COMPANY=NAME,NAME\"` (repeatable)")
	weights := fs.StringArray("weight", nil, "a score component's weight, as `COMPONENT=VALUE` (repeatable); components: role, seniority, team, alumni, tie")
	top := fs.Int("top", 0, "keep the best `N` referrers per target (0 keeps all)")
	output := fs.StringP("output", "o", "referrers.xlsx", "write to `FILE`: .xlsx, .csv or .json; - writes CSV to stdout")
	format := fs.String("format", "", "the output `FORMAT`, csv, json or xlsx, whatever FILE's extension")
	fs.StringVar(&opt.notes, "notes", "", "what you know of contacts, as a CSV or XLSX `FILE` keyed by Profile URL or Name (last run's workbook or CSV works: your Status, Asked On, Follow Up and Notes are kept)")
	fs.IntVar(&opt.drafts, "drafts", 5, "write outreach drafts for the best `N` referrers of each target (0 for none)")
	jobs := fs.StringArray("job", nil, "a job posting for the drafts, as `[COMPANY=]URL` (repeatable); without COMPANY it is for every target")
	fs.StringVar(&opt.templates, "templates", "", "override the built-in outreach templates with the files in `DIR`")
	fs.BoolVar(&opt.noEmail, "no-email", false, "leave email addresses out of every output")
	fs.BoolVarP(&opt.quiet, "quiet", "q", false, "print only warnings and errors")
	if code, done := parseFlags(fs, args, rankHelp, stdout, stderr); done {
		return opt, code, true
	}
	err := func() error {
		opt.exports = fs.Args()
		if len(opt.exports) == 0 {
			return usagef("rank needs an EXPORT: the LinkedIn archive .zip, its folder, or Connections.csv")
		}
		for _, t := range *targets {
			c, team, _ := strings.Cut(t, ":")
			c, team = strings.TrimSpace(c), strings.TrimSpace(team)
			if company.Normalize(c) == "" {
				return usagef("--target %q names no company; want COMPANY[:TEAM]", t)
			}
			opt.targets = append(opt.targets, analyze.Target{Company: c, Team: team})
		}
		var ok bool
		if opt.role, ok = analyze.ParseFunction(*role); !ok {
			return usagef("--role %q is not a function; want one of %s", *role, functionList())
		}
		for _, s := range *schools {
			school, err := parseSchool(s)
			if err != nil {
				return err
			}
			opt.schools = append(opt.schools, school)
		}
		for _, a := range *aliases {
			parent, names, err := company.ParseAlias(a)
			if err != nil {
				return usagef("--alias: %v", err)
			}
			for _, n := range names {
				opt.aliases = append(opt.aliases, [2]string{parent, n})
			}
		}
		overrides := map[string]float64{}
		for _, w := range *weights {
			name, value, ok := strings.Cut(w, "=")
			v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
			if !ok || err != nil {
				return usagef("--weight %q: want COMPONENT=NUMBER, e.g. --weight tie=30", w)
			}
			overrides[strings.ToLower(strings.TrimSpace(name))] = v
		}
		ws, err := score.Weights(overrides)
		if err != nil {
			return usagef("--weight: %v", err)
		}
		opt.weights = ws
		if *top < 0 {
			return usagef("--top must be at least 0, not %d", *top)
		}
		opt.top = *top
		if opt.drafts < 0 {
			return usagef("--drafts must be at least 0, not %d", opt.drafts)
		}
		for _, j := range *jobs {
			co, url := "", strings.TrimSpace(j)
			if i := strings.Index(url, "="); i >= 0 && !strings.Contains(url[:i], "://") {
				co, url = strings.TrimSpace(url[:i]), strings.TrimSpace(url[i+1:])
			}
			if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
				return usagef("--job %q: want [COMPANY=]URL with an http(s):// URL", j)
			}
			if opt.jobs == nil {
				opt.jobs = map[string][]string{}
			}
			opt.jobs[co] = append(opt.jobs[co], url)
		}
		opt.output = *output
		if opt.output == "" {
			return usagef("--output needs a file name, or - for stdout")
		}
		opt.format = strings.ToLower(*format)
		if opt.format == "" {
			switch ext := strings.ToLower(filepath.Ext(opt.output)); {
			case opt.output == "-":
				opt.format = "csv"
			case ext == ".xlsx" || ext == ".csv" || ext == ".json":
				opt.format = ext[1:]
			default:
				return usagef("cannot tell the format of %q from its extension; name a .xlsx, .csv or .json file, or give --format", opt.output)
			}
		}
		if opt.format != "csv" && opt.format != "json" && opt.format != "xlsx" {
			return usagef("--format %q: want csv, json or xlsx", *format)
		}
		if opt.format == "xlsx" && opt.output == "-" {
			return usagef("a workbook cannot go to stdout; give -o FILE.xlsx, or --format csv")
		}
		return nil
	}()
	if err != nil {
		fmt.Fprintf(stderr, "refrank rank: %s\n", clean(err.Error()))
		fmt.Fprintln(stderr, "refrank: hint: run 'refrank rank --help' for usage")
		return opt, exitUsage, true
	}
	return opt, 0, false
}

func functionList() string {
	var s []string
	for _, f := range analyze.Functions {
		s = append(s, string(f))
	}
	return strings.Join(s, ", ")
}

// parseSchool parses NAME[:YYYY-YYYY] or NAME[:YYYY].
func parseSchool(s string) (analyze.School, error) {
	name, span, hasSpan := strings.Cut(s, ":")
	school := analyze.School{Name: strings.TrimSpace(name)}
	if school.Name == "" {
		return school, usagef("--school %q names no school; want NAME[:YYYY-YYYY]", s)
	}
	if !hasSpan {
		return school, nil
	}
	from, to, isRange := strings.Cut(strings.TrimSpace(span), "-")
	if !isRange {
		to = from
	}
	y1, err1 := strconv.Atoi(strings.TrimSpace(from))
	y2, err2 := strconv.Atoi(strings.TrimSpace(to))
	if err1 != nil || err2 != nil || y1 < 1900 || y2 < y1 || y2 > 2200 {
		return school, usagef("--school %q: want NAME:YYYY-YYYY with the years in order, e.g. \"University of Washington:2015-2019\"", s)
	}
	school.Start = time.Date(y1, 1, 1, 0, 0, 0, 0, time.UTC)
	school.End = time.Date(y2, 12, 31, 0, 0, 0, 0, time.UTC)
	return school, nil
}

func rankCmd(args []string, stdout, stderr io.Writer) int {
	opt, code, done := parseRank(args, stdout, stderr)
	if done {
		return code
	}
	opt.now = time.Now().UTC()
	if err := rank(opt, stdout, stderr); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}

// rank runs the pipeline: read, rank, write.
func rank(opt rankOptions, stdout, stderr io.Writer) error {
	if err := checkOutput(opt); err != nil {
		return err
	}
	var exports []*analyze.Export
	for _, path := range opt.exports {
		e, err := export.Open(path)
		if err != nil {
			return exportError(path, err)
		}
		exports = append(exports, e)
	}
	ex := export.Merge(exports...)
	if opt.noEmail {
		for i := range ex.Contacts {
			ex.Contacts[i].Email = ""
		}
	}
	var notes []analyze.Note
	var notesWarns []analyze.Warning
	if opt.notes != "" {
		var err error
		if notes, notesWarns, err = readNotes(opt.notes); err != nil {
			return err
		}
	}
	var tmpl *outreach.Templates
	if opt.templates != "" {
		var err error
		if tmpl, err = outreach.Load(os.DirFS(opt.templates)); err != nil {
			return hinted{fmt.Errorf("%s: %w", opt.templates, err), "fix the template, or leave out --templates to use the built-in ones"}
		}
	}

	m := company.NewMatcher()
	for _, a := range opt.aliases {
		m.Add(a[0], a[1])
	}
	hist := tie.History{Jobs: ex.Jobs, Schools: append(slices.Clone(ex.Schools), opt.schools...), Now: ex.Date}
	if hist.Now.IsZero() {
		hist.Now = opt.now.Truncate(24 * time.Hour)
	}
	res := score.Rank(ex.Contacts, score.Options{
		Targets: opt.targets,
		Role:    opt.role,
		Weights: opt.weights,
		Top:     opt.top,
		Matcher: m,
		History: hist,

		Owner:        ex.Owner,
		Interactions: ex.Interactions,
		Notes:        notes,
	})
	res.Inputs = ex.Inputs
	res.Warnings = slices.Concat(ex.Warnings, notesWarns, res.Warnings)
	res.Params = append(params(opt, ex, hist), res.Params...)
	res.ExportDate = ex.Date
	for _, s := range hist.Schools {
		if !slices.Contains(res.Schools, s.Name) {
			res.Schools = append(res.Schools, s.Name)
		}
	}
	if opt.format == "xlsx" && opt.drafts > 0 {
		drafts, err := outreach.Draft(res, outreach.Options{
			PerTarget: opt.drafts,
			User:      ex.Owner.Name,
			Role:      opt.role,
			Jobs:      opt.jobs,
			Templates: tmpl,
			Matcher:   m,
		})
		if err != nil {
			return hinted{fmt.Errorf("writing the outreach drafts: %w", err), "check the templates given with --templates"}
		}
		res.Drafts = drafts
	}

	var buf bytes.Buffer
	var err error
	switch opt.format {
	case "csv":
		err = report.WriteCSV(&buf, res)
	case "json":
		err = report.WriteJSON(&buf, res)
	default:
		err = report.WriteXLSX(&buf, res)
	}
	if err != nil {
		return fmt.Errorf("writing the %s output: %w", opt.format, err)
	}
	if opt.output == "-" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("writing to stdout: %w", err)
		}
	} else if err := writeFile(opt.output, buf.Bytes()); err != nil {
		return err
	}
	summary(stderr, opt, ex, res)
	return nil
}

func params(opt rankOptions, ex *analyze.Export, h tie.History) []analyze.Param {
	var ps []analyze.Param
	add := func(name, value string) { ps = append(ps, analyze.Param{Name: name, Value: value}) }
	add("exports", strings.Join(opt.exports, "; "))
	if !ex.Date.IsZero() {
		add("export date", ex.Date.Format("2006-01-02"))
	}
	var ts []string
	for _, t := range opt.targets {
		ts = append(ts, t.String())
	}
	if len(ts) == 0 {
		ts = []string{"every company in the network"}
	}
	add("targets", strings.Join(ts, "; "))
	add("role", string(opt.role))
	var schools []string
	for _, s := range h.Schools {
		schools = append(schools, s.Name)
	}
	add("schools", strings.Join(schools, "; "))
	var jobs []string
	for _, j := range h.Jobs {
		jobs = append(jobs, j.Company)
	}
	add("your employers", strings.Join(jobs, "; "))
	var as []string
	for _, a := range opt.aliases {
		as = append(as, a[0]+"="+a[1])
	}
	add("aliases", strings.Join(as, "; "))
	var ws []string
	for _, w := range opt.weights {
		ws = append(ws, fmt.Sprintf("%s=%g", w.Name, w.Value))
	}
	add("weights", strings.Join(ws, ", "))
	top := "all"
	if opt.top > 0 {
		top = strconv.Itoa(opt.top)
	}
	add("top", top)
	if opt.notes != "" {
		add("notes", opt.notes)
	}
	if opt.format == "xlsx" {
		add("drafts per target", strconv.Itoa(opt.drafts))
	}
	if opt.noEmail {
		add("emails", "left out (--no-email)")
	}
	add("output", opt.output)
	return ps
}

// readNotes reads the --notes file.
func readNotes(path string) ([]analyze.Note, []analyze.Warning, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, hinted{err, "--notes takes a CSV or XLSX file, e.g. the workbook of your last run"}
	}
	defer f.Close()
	notes, warns, err := report.ReadNotes(f, path)
	if err != nil {
		return nil, nil, hinted{err, "--notes takes a CSV or XLSX file with a Profile URL or Name column, e.g. the workbook of your last run"}
	}
	return notes, warns, nil
}

// exportError adds a hint to an error reading an export.
func exportError(path string, err error) error {
	switch {
	case errors.Is(err, export.ErrNotExport):
		return hinted{err, "give the archive .zip LinkedIn sent (Settings > Data privacy > Get a copy of your data), its unzipped folder, or Connections.csv"}
	case errors.Is(err, export.ErrNoHeader):
		return hinted{err, "refrank reads LinkedIn's Connections.csv; check that " + path + " is that file"}
	case errors.Is(err, os.ErrNotExist):
		return hinted{err, "check the path; EXPORT is the .zip, its folder, or Connections.csv"}
	}
	return err
}

// knownInputs are export files an output must never replace.
var knownInputs = []string{"connections.csv", "positions.csv", "education.csv", "profile.csv", "messages.csv", "invitations.csv"}

// checkOutput fails before any work when the output cannot be written or
// would replace an input.
func checkOutput(opt rankOptions) error {
	if opt.output == "-" {
		return nil
	}
	dir := filepath.Dir(opt.output)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return hinted{fmt.Errorf("cannot write %s: folder %s does not exist", opt.output, dir), "create the folder first, or give -o a path in an existing one"}
	}
	out, outErr := os.Stat(opt.output)
	if outErr == nil && out.IsDir() {
		return hinted{fmt.Errorf("cannot write %s: it is a folder", opt.output), "give -o a file name, e.g. -o " + filepath.Join(opt.output, "referrers.xlsx")}
	}
	for _, in := range append(slices.Clone(opt.exports), opt.notes) {
		if in == "" {
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			continue // reported when read
		}
		if outErr == nil && os.SameFile(fi, out) {
			return hinted{fmt.Errorf("will not write %s: it is an input", opt.output), "give -o another file name"}
		}
		if fi.IsDir() && sameDir(in, dir) && slices.Contains(knownInputs, strings.ToLower(filepath.Base(opt.output))) {
			return hinted{fmt.Errorf("will not write %s: it is a file of the export in %s", opt.output, in), "give -o another file name"}
		}
	}
	return nil
}

func sameDir(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// writeFile writes data to path through a temporary file in the same
// folder, renamed into place, so a failed run leaves no half-written file.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// maxWarnings is how many warnings are printed; the rest are counted (all
// of them are in the workbook's Run sheet).
const maxWarnings = 5

func summary(stderr io.Writer, opt rankOptions, ex *analyze.Export, res *analyze.Result) {
	for i, w := range res.Warnings {
		if i == maxWarnings {
			fmt.Fprintf(stderr, "refrank: warning: ... and %d more warnings (all are listed in the Run sheet)\n", len(res.Warnings)-maxWarnings)
			break
		}
		fmt.Fprintf(stderr, "refrank: warning: %s\n", clean(w.String()))
	}
	if opt.quiet {
		return
	}
	skipped := 0
	for _, in := range ex.Inputs {
		skipped += in.Skipped
	}
	line := fmt.Sprintf("refrank: read %d contacts from %s", len(ex.Contacts), strings.Join(opt.exports, ", "))
	if skipped > 0 {
		line += fmt.Sprintf(" (%d rows skipped)", skipped)
	}
	fmt.Fprintln(stderr, line)
	for i, c := range res.Companies {
		if len(opt.targets) == 0 && i == 10 {
			fmt.Fprintf(stderr, "refrank: ... and %d more companies\n", len(res.Companies)-10)
			break
		}
		s := fmt.Sprintf("refrank: %s: %d referrers, %d strong", c.Target, c.Contacts, c.Strong)
		if len(c.Best) > 0 {
			s += "; best: " + strings.Join(c.Best, ", ")
		}
		fmt.Fprintln(stderr, clean(s))
	}
	if opt.output != "-" {
		fmt.Fprintf(stderr, "refrank: wrote %d rows to %s\n", len(res.Referrals), opt.output)
	}
}
