package main

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
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

// rankOptions are the checked settings of refrank rank: defaults, then
// refrank.toml, then the flags given.
type rankOptions struct {
	exports []string
	since   string // the export to compare with (--since), or ""
	targets []target
	role    analyze.Function
	roleSet bool // whether the flags or the config named the role
	schools []analyze.School
	aliases [][2]string // parent, alias; in the order given
	weights []score.Weight
	top     int
	output  string // "-" for stdout
	format  string // csv, json or xlsx
	quiet   bool
	now     time.Time

	notes  string // notes file, or ""
	drafts int    // outreach drafts per target
	// searchDays is how far back an application makes a target (0 for
	// score.DefaultSearchDays), followUpDays after how many days an ask
	// is followed up (0 for analyze.DefaultFollowUpDays).
	searchDays, followUpDays int
	jobs                     map[string][]string // target company ("" for all) -> job URLs
	templates                string              // templates folder, or ""
	noEmail                  bool
	config                   string   // the refrank.toml read, or ""
	root                     *os.Root // a batch client's folder, which notes and templates must be in; nil for rank
}

// rankFlags are the flags of refrank rank, as parsed.
type rankFlags struct {
	fs                                       *pflag.FlagSet
	targets, schools, aliases, weights, jobs *[]string
	role, output, format, notes, templates   *string
	since                                    *string
	config                                   *string
	top, drafts, sinceDays                   *int
	noEmail, quiet, noConfig                 *bool
}

func newRankFlags() *rankFlags {
	fs := pflag.NewFlagSet("rank", pflag.ContinueOnError)
	return &rankFlags{
		fs:        fs,
		targets:   fs.StringArray("target", nil, "a company you want a referral to, as `COMPANY[:TEAM]` (repeatable); none ranks every company in your network"),
		role:      fs.String("role", defaultRole, "the `FUNCTION` you apply for: "+functionList()),
		schools:   fs.StringArray("school", nil, "a school you attended, as `NAME[:YYYY-YYYY]` (repeatable), added to Education.csv's"),
		aliases:   fs.StringArray("alias", nil, "more names for a company, as `\"COMPANY=NAME,NAME\"` (repeatable)"),
		weights:   fs.StringArray("weight", nil, "a score component's weight, as `COMPONENT=VALUE` (repeatable); components: role, seniority, team, alumni, tie"),
		top:       fs.Int("top", 0, "keep the best `N` referrers per target (0 keeps all)"),
		output:    fs.StringP("output", "o", defaultOutput, "write to `FILE`: .xlsx, .csv or .json; - writes CSV to stdout"),
		format:    fs.String("format", "", "the output `FORMAT`, csv, json or xlsx, whatever FILE's extension"),
		notes:     fs.String("notes", "", "what you know of contacts, as a CSV or XLSX `FILE` keyed by Profile URL or Name (last run's workbook or CSV works: your Status, Asked On, Follow Up and Notes are kept)"),
		sinceDays: fs.Int("since-days", score.DefaultSearchDays, "without --target, the companies you applied to in the last `N` days are targets"),
		drafts:    fs.Int("drafts", defaultDrafts, "write outreach drafts for the best `N` referrers of each target (0 for none)"),
		jobs:      fs.StringArray("job", nil, "a job posting for the drafts, as `[COMPANY=]URL` (repeatable); without COMPANY it is for every target"),
		templates: fs.String("templates", "", "override the built-in outreach templates with the files in `DIR`"),
		noEmail:   fs.Bool("no-email", false, "leave email addresses out of every output"),
		config:    fs.String("config", "", "read settings from `FILE` (default: the refrank.toml beside the export, if any); flags given win over it"),
		since:     fs.String("since", "", "what changed at the targets since the older export `OLD_EXPORT` (also merged in); without it, several exports compare with the newest but one"),
		noConfig:  fs.Bool("no-config", false, "do not read a refrank.toml found beside the export"),
		quiet:     fs.BoolP("quiet", "q", false, "print only warnings and errors"),
	}
}

func parseRank(args []string, stdout, stderr io.Writer) (opt rankOptions, code int, done bool) {
	f := newRankFlags()
	if code, done := parseFlags(f.fs, args, rankHelp, stdout, stderr); done {
		return opt, code, true
	}
	exports := f.fs.Args()
	if len(exports) == 0 {
		return opt, usageFail(stderr, "rank", usagef("rank needs an EXPORT: the LinkedIn archive .zip, its folder, or Connections.csv")), true
	}
	s := defaults()
	path, found := *f.config, false
	if path == "" && !*f.noConfig {
		path = findConfig(exports)
		found = path != ""
	}
	var err error
	if path != "" {
		s, err = loadConfig(path)
	}
	if err == nil {
		err = f.overlay(&s)
	}
	if err == nil {
		opt, err = s.check()
	}
	if err != nil {
		return opt, usageFail(stderr, "rank", err), true
	}
	opt.exports, opt.since, opt.quiet = exports, *f.since, *f.quiet
	if found && !opt.quiet {
		fmt.Fprintf(stderr, "refrank: using %s (--no-config to ignore it)\n", clean(path))
	}
	return opt, 0, false
}

// overlay puts the flags given over the settings s: a flag replaces the
// setting of the same name, except --weight, which sets one component and
// keeps the others. A [[target]]'s own keys (team, aliases, jobs, role,
// deadline) go with it: --target replaces them all. It checks the syntax
// of the flags' values; s.check checks the values.
func (f *rankFlags) overlay(s *settings) error {
	changed := f.fs.Changed
	if changed("target") {
		s.targets = nil
		for _, t := range *f.targets {
			c, team, _ := strings.Cut(t, ":")
			s.targets = append(s.targets, rawTarget{company: given[string]{c, "--target"}, team: given[string]{team, "--target"}})
		}
	}
	if changed("school") {
		s.schools = nil
		for _, v := range *f.schools {
			s.schools = append(s.schools, given[string]{v, "--school"})
		}
	}
	if changed("alias") {
		s.aliases = nil
		for _, a := range *f.aliases {
			parent, names, err := company.ParseAlias(a)
			if err != nil {
				return bad("--alias", "%v", err)
			}
			s.aliases = append(s.aliases, rawAlias{parent, names, "--alias"})
		}
	}
	for _, w := range *f.weights {
		name, value, ok := strings.Cut(w, "=")
		v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
		if !ok || err != nil {
			return bad("--weight", "%s: want COMPONENT=NUMBER, e.g. --weight tie=30", quote(w))
		}
		s.weights = append(s.weights, rawWeight{name, v, "--weight"})
	}
	if changed("job") {
		s.jobs = nil
		for _, j := range *f.jobs {
			co, url := "", strings.TrimSpace(j)
			if i := strings.Index(url, "="); i >= 0 && !strings.Contains(url[:i], "://") {
				co, url = strings.TrimSpace(url[:i]), url[i+1:]
			}
			s.jobs = append(s.jobs, rawJob{co, given[string]{url, "--job"}})
		}
	}
	has := func(flag string) string { // the flag, "" when it is not given
		if !changed(flag) {
			return ""
		}
		return "--" + flag
	}
	set(&s.role, *f.role, has("role"))
	set(&s.top, *f.top, has("top"))
	set(&s.drafts, *f.drafts, has("drafts"))
	set(&s.searchDays, *f.sinceDays, has("since-days"))
	set(&s.notes, *f.notes, has("notes"))
	set(&s.templates, *f.templates, has("templates"))
	set(&s.output, *f.output, has("output"))
	set(&s.format, *f.format, has("format"))
	if changed("no-email") {
		s.noEmail = *f.noEmail
	}
	return nil
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
	defer tuneMemory(memoryBudget)()
	if err := checkOutput(opt); err != nil {
		return err
	}
	ex, res, err := compute(opt, newMeter(stderr, opt.quiet, "", time.Second))
	if err != nil {
		return err
	}
	// Nothing of the export but its number of contacts is used from here
	// on, so the collector frees it while the output is written: its
	// contacts and interactions would take an eighth of the memory budget.
	contacts := len(ex.Contacts)
	// The output goes straight to its file (or stdout), never whole in
	// memory.
	write := func(w io.Writer) error { return renderTo(w, opt, res) }
	if opt.output == "-" {
		out := &recordingWriter{w: stdout}
		if err := write(out); err != nil {
			if out.err != nil {
				return fmt.Errorf("writing to stdout: %w", out.err)
			}
			return err
		}
	} else if err := createFile(opt.output, write); err != nil {
		return err
	}
	summary(stderr, opt, contacts, res)
	return nil
}

// compute reads the exports and the notes and ranks. It reports the
// reading of the exports, the long part, to prog (which may be nil).
func compute(opt rankOptions, prog *meter) (*analyze.Export, *analyze.Result, error) {
	var exports []*analyze.Export
	var since *analyze.Export
	for i, path := range append(slices.Clip(opt.exports), opt.since) {
		if path == "" {
			continue
		}
		// An export that is a FIFO or a device is never opened: reading
		// it could hang the run.
		if fi, err := os.Stat(path); err == nil && !fi.IsDir() && !fi.Mode().IsRegular() {
			prog.stop()
			return nil, nil, errNotRegular{path, fi.Mode()}
		}
		e, err := openExport(path, prog)
		if err != nil {
			prog.stop()
			return nil, nil, exportError(path, err)
		}
		if i == len(opt.exports) {
			since = e
		} else {
			exports = append(exports, e)
		}
	}
	prog.stop()
	ex := export.MergeSince(since, exports...)
	if opt.noEmail {
		for i := range ex.Contacts {
			ex.Contacts[i].Email = ""
		}
	}
	var notes []analyze.Note
	var notesWarns []analyze.Warning
	if opt.notes != "" {
		var err error
		if notes, notesWarns, err = readNotes(opt); err != nil {
			return nil, nil, err
		}
	}
	var tmpl *outreach.Templates
	if opt.templates != "" {
		fsys, err := opt.inputFS(opt.templates, "templates")
		if err == nil {
			err = inTime(templateTime, "loading the templates", func() (err error) {
				tmpl, err = outreach.Load(templateFS{fsys})
				return err
			})
		}
		if err != nil {
			return nil, nil, hinted{fmt.Errorf("%s: %w", opt.templates, err), "fix the template, or leave out --templates to use the built-in ones"}
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
	// Without targets of the user's, the export's own job search gives
	// them, and the role unless the user named one.
	var search score.Search
	if len(opt.targets) == 0 {
		search = score.FromSearch(&ex.Search, hist.Now, opt.searchDays, m)
		for _, t := range search.Targets {
			opt.targets = append(opt.targets, target{Target: t})
		}
		if len(search.Targets) > 0 && !opt.roleSet {
			opt.role = search.Role
		}
	}
	var targets []analyze.Target
	for _, t := range opt.targets {
		targets = append(targets, t.Target)
	}
	res := score.Rank(ex.Contacts, score.Options{
		Targets:  targets,
		Postings: search.Postings,
		Role:     opt.role,
		Weights:  opt.weights,
		Top:      opt.top,
		Matcher:  m,
		History:  hist,

		Previous:     ex.Previous,
		PreviousDate: ex.PreviousDate,

		Owner:        ex.Owner,
		Interactions: ex.Interactions,
		Notes:        notes,
	})
	res.Inputs = ex.Inputs
	res.Warnings = slices.Concat(ex.Warnings, notesWarns, res.Warnings)
	if len(search.Targets) > 0 {
		res.TargetsFrom = search.Describe()
		if !opt.roleSet {
			res.RoleFrom = search.DescribeRole()
		}
	}
	res.Followed = search.Followed
	res.Tracking, res.FollowUpDays = opt.notes != "", opt.followUpDays
	res.Params = append(params(opt, ex, hist, res), res.Params...)
	res.ExportDate, res.ExportDateFrom = ex.Date, ex.DateFrom
	res.Merged = ex.Merged
	seen := make(map[string]bool, len(res.Schools)+len(hist.Schools))
	for _, s := range res.Schools {
		seen[s] = true
	}
	for _, s := range hist.Schools { // a set: 100,000 schools took 9 s with a list
		if !seen[s.Name] {
			seen[s.Name] = true
			res.Schools = append(res.Schools, s.Name)
		}
	}
	if opt.format == "xlsx" && opt.drafts > 0 {
		top := 0
		if len(opt.targets) == 0 {
			top = report.TopCompanies // as many companies as the Summary shows
		}
		var drafts []analyze.Draft
		err := inTime(templateTime, "drafting the outreach messages", func() (err error) {
			drafts, err = outreach.Draft(res, outreach.Options{
				PerTarget: opt.drafts,
				Targets:   top,
				User:      ex.Owner.Name,
				Role:      opt.role,
				Jobs:      opt.jobs,
				Templates: tmpl,
				Matcher:   m,
			})
			return err
		})
		if err != nil {
			return nil, nil, hinted{fmt.Errorf("writing the outreach drafts: %w", err), "check the templates given with --templates"}
		}
		res.Drafts = drafts
	}
	return ex, res, nil
}

// inputFS returns the folder dir (opt's templates) as a file system: for
// a batch client, inside the client's folder, which no path or link in it
// may leave.
func (opt rankOptions) inputFS(dir, key string) (fs.FS, error) {
	if opt.root == nil {
		return os.DirFS(dir), nil
	}
	rel, err := inside(opt.root.Name(), dir, key)
	if err != nil {
		return nil, err
	}
	return fs.Sub(opt.root.FS(), rel)
}

// renderTo writes res to w in opt's format.
func renderTo(w io.Writer, opt rankOptions, res *analyze.Result) error {
	var err error
	switch opt.format {
	case "csv":
		err = report.WriteCSV(w, res)
	case "json":
		err = report.WriteJSON(w, res)
	default:
		var dir string
		if dir, err = runScratch.folder(); err == nil {
			err = report.WriteXLSXIn(w, res, dir)
		}
	}
	if err != nil {
		return fmt.Errorf("writing the %s output: %w", opt.format, err)
	}
	return nil
}

func params(opt rankOptions, ex *analyze.Export, h tie.History, res *analyze.Result) []analyze.Param {
	var ps []analyze.Param
	add := func(name, value string) { ps = append(ps, analyze.Param{Name: name, Value: value}) }
	add("exports", strings.Join(opt.exports, "; "))
	if opt.since != "" {
		add("changes since", opt.since)
	}
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
	if res.TargetsFrom != "" {
		add("targets from", "your export: "+res.TargetsFrom)
	}
	if len(res.Followed) > 0 {
		add("followed, not yet a target", strings.Join(res.Followed, "; "))
	}
	add("role", string(opt.role))
	if res.RoleFrom != "" {
		add("role from", res.RoleFrom)
	}
	for _, t := range opt.targets {
		if t.Role != "" {
			add("role "+t.String(), string(t.Role))
		}
	}
	for _, t := range opt.targets {
		if !t.Deadline.IsZero() {
			add("deadline "+t.String(), t.Deadline.Format("2006-01-02"))
		}
	}
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
	if opt.config != "" {
		add("config", opt.config)
	}
	return ps
}

// readNotes reads the notes file of opt. One that is not a regular file
// is a warning, never opened.
func readNotes(opt rankOptions) ([]analyze.Note, []analyze.Warning, error) {
	path := opt.notes
	fsys, name := fs.FS(nil), path
	if opt.root != nil {
		rel, err := inside(opt.root.Name(), path, "notes")
		if err != nil {
			return nil, nil, hinted{err, "put the client's notes file in the client's folder"}
		}
		fsys, name = opt.root.FS(), rel
	}
	f, err := openRegular(fsys, name)
	var nr errNotRegular
	if errors.As(err, &nr) {
		return nil, []analyze.Warning{{File: path, Msg: fmt.Sprintf("not a regular file (%s); notes not read", kindOf(nr.mode))}}, nil
	}
	if err != nil {
		return nil, nil, hinted{fileErr(path, err), "--notes takes a CSV or XLSX file, e.g. the workbook of your last run"}
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
	if pe, ok := err.(*fs.PathError); ok {
		err = fileErr(pe.Path, err)
	}
	switch {
	case encrypted(path):
		return hinted{err, "the archive is encrypted: remove the password (unzip it with the password, then give refrank the folder)"}
	case errors.Is(err, export.ErrNotExport):
		return hinted{err, "give the archive .zip LinkedIn sent (Settings > Data privacy > Get a copy of your data), its unzipped folder, or Connections.csv"}
	case errors.Is(err, export.ErrNoHeader):
		return hinted{err, "refrank reads LinkedIn's Connections.csv; check that " + path + " is that file"}
	case errors.Is(err, os.ErrNotExist):
		return hinted{err, "check the path; EXPORT is the .zip, its folder, or Connections.csv"}
	case errors.Is(err, os.ErrPermission):
		return hinted{err, "make the export's files readable to you (chmod -R u+r " + path + "), or run refrank as their owner"}
	}
	return err
}

// encrypted reports whether path is a zip archive with an encrypted file,
// which refrank cannot read.
func encrypted(path string) bool {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return false
	}
	defer zr.Close()
	return slices.ContainsFunc(zr.File, func(f *zip.File) bool { return f.Flags&1 != 0 })
}

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
	inputs := append(slices.Clone(opt.exports), opt.notes, opt.config)
	if opt.templates != "" {
		entries, _ := os.ReadDir(opt.templates)
		for _, e := range entries {
			inputs = append(inputs, filepath.Join(opt.templates, e.Name()))
		}
	}
	for _, in := range inputs {
		if in == "" {
			continue
		}
		fi, err := os.Stat(in)
		if err != nil {
			continue // reported when read
		}
		if outErr == nil && os.SameFile(fi, out) {
			return hinted{fmt.Errorf("will not write %s: it is an input of the run (%s)", opt.output, in), "give -o another file name"}
		}
		if fi.IsDir() && sameDir(in, dir) && export.IsInput(filepath.Base(opt.output)) {
			return hinted{fmt.Errorf("will not write %s: it is a file of the export in %s", opt.output, in), "give -o another file name"}
		}
	}
	if isDevice(opt.output) {
		return nil
	}
	// A folder the run cannot write to fails now, not after the export
	// is read.
	if err := canWrite(opt.output); err != nil {
		return hinted{fmt.Errorf("cannot write %s: %w", opt.output, err), "give -o a path in a folder you can write to"}
	}
	return nil
}

func sameDir(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// maxWarnings is how many warnings are printed; the rest are counted (all
// of them are in the workbook's Run sheet).
const maxWarnings = 5

// oncePerFile says the warnings ws, those of one Kind in one file in one
// line that counts them ("x.csv: 12 rows like line 5: no sender; row
// skipped"), in the order of their first.
func oncePerFile(ws []analyze.Warning) []string {
	type group struct {
		first analyze.Warning
		n     int
	}
	var groups []*group
	at := map[[2]string]*group{}
	for _, w := range ws {
		k := [2]string{w.File, w.Kind}
		if g, ok := at[k]; ok && w.Kind != "" {
			g.n++
			continue
		}
		g := &group{first: w, n: 1}
		at[k] = g
		groups = append(groups, g)
	}
	lines := make([]string, len(groups))
	for i, g := range groups {
		lines[i] = g.first.String()
		if g.n > 1 {
			lines[i] = fmt.Sprintf("%s: %d rows like line %d: %s (each is listed in the Run sheet)", g.first.File, g.n, g.first.Line, g.first.Msg)
		}
	}
	return lines
}

// shortName names the file of an input for stderr: by its name alone when
// one export was read, after the name of its export when several were
// ("2020/Connections.csv"), so that a count says which export it is of.
func shortName(file string, exports []string) string {
	base := path.Base(filepath.ToSlash(file))
	if len(exports) < 2 || strings.Contains(base, ":") {
		return base // one export, or a zip archive's "x.zip:name"
	}
	for _, e := range exports {
		if rest, ok := strings.CutPrefix(file, e); ok && rest != "" && os.IsPathSeparator(rest[0]) {
			return path.Base(filepath.ToSlash(e)) + "/" + base
		}
	}
	return base
}

// summary prints the warnings of res and, unless opt.quiet, what was read
// (contacts contacts) and what was found.
func summary(stderr io.Writer, opt rankOptions, contacts int, res *analyze.Result) {
	var problems, routine []analyze.Warning
	for _, w := range res.Warnings {
		if w.Expected {
			routine = append(routine, w)
		} else {
			problems = append(problems, w)
		}
	}
	said := oncePerFile(problems)
	for i, w := range said {
		if i == maxWarnings {
			fmt.Fprintf(stderr, "refrank: warning: ... and %d more warnings (all are listed in the Run sheet)\n", len(said)-maxWarnings)
			break
		}
		fmt.Fprintf(stderr, "refrank: warning: %s\n", clean(w))
	}
	if opt.quiet {
		return
	}
	for _, w := range routine {
		fmt.Fprintf(stderr, "refrank: %s\n", clean(w.String()))
	}
	var skipped []string
	for _, in := range res.Inputs {
		if in.Skipped > 0 {
			skipped = append(skipped, fmt.Sprintf("%d in %s", in.Skipped, shortName(in.File, opt.exports)))
		}
	}
	line := fmt.Sprintf("refrank: read %d contacts from %s", contacts, strings.Join(opt.exports, ", "))
	if len(skipped) > 0 {
		line += fmt.Sprintf(" (rows skipped: %s)", strings.Join(skipped, ", "))
	}
	fmt.Fprintln(stderr, clean(line))
	if res.Merged.Total() > 0 {
		fmt.Fprintf(stderr, "refrank: contacts merged across exports: %s\n", res.Merged)
	}
	if res.TargetsFrom != "" {
		fmt.Fprintf(stderr, "refrank: targets from your export: %s; --target to choose your own\n", clean(res.TargetsFrom))
	}
	if res.RoleFrom != "" {
		fmt.Fprintf(stderr, "refrank: role %s, from %s; --role to choose another\n", res.Role, res.RoleFrom)
	}
	if !res.PreviousDate.IsZero() && len(res.Targets) > 0 {
		fmt.Fprintf(stderr, "refrank: since your export of %s: %s (the Changes sheet)\n", res.PreviousDate.Format("2006-01-02"), report.ChangeCounts(res.Changes))
	}
	for i, c := range res.Companies {
		if len(res.Targets) == 0 && i == 10 {
			fmt.Fprintf(stderr, "refrank: ... and %d more companies\n", len(res.Companies)-10)
			break
		}
		s := fmt.Sprintf("refrank: %s: %d referrers, %d strong", c.Target, c.Contacts, c.Strong)
		if len(c.Best) > 0 {
			s += "; best: " + strings.Join(c.Best, ", ")
		}
		if i < len(res.Targets) && !res.Targets[i].Deadline.IsZero() {
			s += "; by " + res.Targets[i].Deadline.Format("2006-01-02")
		}
		fmt.Fprintln(stderr, clean(s))
	}
	if opt.output != "-" {
		fmt.Fprintf(stderr, "refrank: wrote %d rows to %s\n", len(res.Referrals), opt.output)
	}
}
