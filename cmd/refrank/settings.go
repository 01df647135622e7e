package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/analyze/score"
)

// given is a setting's value as given, and where it came from: a flag
// ("--top"), a key of refrank.toml at its line ("refrank.toml:7: top"),
// or "" for the default.
type given[T any] struct {
	v    T
	from string
}

// set sets *to to v and where it came from, unless from is "": the value
// was not given.
func set[T any](to *given[T], v T, from string) {
	if from != "" {
		*to = given[T]{v, from}
	}
}

// settings are the settings of a ranking as given, before any is checked:
// the defaults, then refrank.toml over them (see parseConfig), then the
// flags given over both (see rankFlags.overlay). check turns them into
// rankOptions.
type settings struct {
	config  string // the refrank.toml read, or ""
	targets []rawTarget
	role    given[string]
	schools []given[string]
	aliases []rawAlias // [aliases] or --alias; a target holds its own
	jobs    []rawJob   // jobs or --job; a target holds its own
	weights []rawWeight
	top     given[int]
	drafts  given[int]
	// searchDays and followUpDays are job_search_days (--since-days) and
	// follow_up_days.
	searchDays, followUpDays given[int]
	notes, templates, output given[string]
	format                   given[string]
	noEmail                  bool
}

// rawTarget is a [[target]] or a --target as given.
type rawTarget struct {
	company, team, role, deadline given[string]
	aliases                       given[[]string]
	jobs                          []given[string]
}

// rawAlias is a parent and the names that resolve to it, as given.
type rawAlias struct {
	parent string
	names  []string
	from   string
}

// rawJob is a job posting as given; company is "" for every target.
type rawJob struct {
	company string
	url     given[string]
}

// rawWeight is a score component's weight as given.
type rawWeight struct {
	name  string
	value float64
	from  string
}

// The defaults of the settings, which the flags' help shows too.
const (
	defaultRole   = "software"
	defaultDrafts = 5
	defaultOutput = "referrers.xlsx"
)

func defaults() settings {
	return settings{
		role:       given[string]{v: defaultRole},
		drafts:     given[int]{v: defaultDrafts},
		searchDays: given[int]{v: score.DefaultSearchDays},
		output:     given[string]{v: defaultOutput},
	}
}

// configHint is the hint of an error in refrank.toml.
const configHint = "'refrank init' writes a commented example; the README lists every key"

// bad is the error of a bad setting, a usage error: from says where it
// came from, a flag or a key of refrank.toml. An error of the file has
// the hint to the example and the README; one of a flag gets the hint to
// --help where it is printed (usageFail).
func bad(from, format string, a ...any) error {
	err := usageError{from + ": " + fmt.Sprintf(format, a...)}
	if strings.HasPrefix(from, "--") {
		return err
	}
	return hinted{err, configHint}
}

// check checks every setting, once whatever it came from, and returns
// them as rankOptions.
func (s settings) check() (opt rankOptions, err error) {
	opt.config = s.config
	for _, rt := range s.targets {
		t, err := rt.check()
		if err != nil {
			return opt, err
		}
		opt.targets = append(opt.targets, t)
	}
	opt.roleSet = s.role.from != ""
	if opt.role, err = checkRole(s.role); err != nil {
		return opt, err
	}
	for _, g := range s.schools {
		school, err := parseSchool(g.v)
		if err != nil {
			return opt, bad(g.from, "%v", err)
		}
		opt.schools = append(opt.schools, school)
	}
	for _, a := range s.aliases {
		parent, names, err := company.CheckAlias(a.parent, a.names)
		if err != nil {
			return opt, bad(a.from, "%v", err)
		}
		for _, n := range names {
			opt.aliases = append(opt.aliases, [2]string{parent, n})
		}
	}
	for _, t := range opt.targets {
		for _, a := range t.aliases {
			opt.aliases = append(opt.aliases, [2]string{t.Company, a})
		}
	}
	if opt.weights, err = checkWeights(s.weights); err != nil {
		return opt, err
	}
	if opt.top, err = atLeast(s.top, 0); err != nil {
		return opt, err
	}
	if opt.drafts, err = atLeast(s.drafts, 0); err != nil {
		return opt, err
	}
	if opt.searchDays, err = atLeast(s.searchDays, 1); err != nil {
		return opt, err
	}
	if opt.followUpDays, err = atLeast(s.followUpDays, 1); err != nil {
		return opt, err
	}
	addJob := func(co, url string) {
		if opt.jobs == nil {
			opt.jobs = map[string][]string{}
		}
		opt.jobs[co] = append(opt.jobs[co], url)
	}
	for _, j := range s.jobs {
		url, err := checkURL(j.url)
		if err != nil {
			return opt, err
		}
		addJob(j.company, url)
	}
	for _, t := range opt.targets {
		for _, u := range t.jobs {
			addJob(t.Company, u)
		}
	}
	opt.notes, opt.templates, opt.noEmail = s.notes.v, s.templates.v, s.noEmail
	if opt.output, opt.format, err = checkFormat(s.output, s.format); err != nil {
		return opt, err
	}
	return opt, nil
}

// target is a company wanted, with what refrank.toml may say of it alone.
type target struct {
	analyze.Target
	aliases []string
	jobs    []string
}

// check checks a target and what it holds of its own.
func (rt rawTarget) check() (target, error) {
	t := target{Target: analyze.Target{Company: strings.TrimSpace(rt.company.v), Team: strings.TrimSpace(rt.team.v)}}
	if company.Normalize(t.Company) == "" {
		return t, bad(rt.company.from, "%s names no company", quote(rt.company.v))
	}
	if rt.role.v != "" {
		var err error
		if t.Role, err = checkRole(rt.role); err != nil {
			return t, err
		}
	}
	if len(rt.aliases.v) > 0 {
		var err error
		if _, t.aliases, err = company.CheckAlias(t.Company, rt.aliases.v); err != nil {
			return t, bad(rt.aliases.from, "%v", err)
		}
	}
	for _, j := range rt.jobs {
		url, err := checkURL(j)
		if err != nil {
			return t, err
		}
		t.jobs = append(t.jobs, url)
	}
	if rt.deadline.v != "" {
		day, err := time.Parse("2006-01-02", strings.TrimSpace(rt.deadline.v))
		if err != nil {
			return t, bad(rt.deadline.from, "%s is not a date; want YYYY-MM-DD, e.g. deadline = 2026-12-15", quote(rt.deadline.v))
		}
		t.Deadline = day
	}
	return t, nil
}

// atLeast checks a whole number given.
func atLeast(g given[int], min int) (int, error) {
	if g.from != "" && g.v < min {
		return 0, bad(g.from, "must be at least %d, not %d", min, g.v)
	}
	return g.v, nil
}

// checkRole checks a function applied for, of the settings or a target's.
func checkRole(g given[string]) (analyze.Function, error) {
	f, ok := analyze.ParseFunction(g.v)
	if !ok {
		return f, bad(g.from, "%s is not a function; want one of %s", quote(g.v), functionList())
	}
	return f, nil
}

func functionList() string {
	var s []string
	for _, f := range analyze.Functions {
		s = append(s, string(f))
	}
	return strings.Join(s, ", ")
}

// checkURL checks a job posting's URL and returns it trimmed.
func checkURL(g given[string]) (string, error) {
	u := strings.TrimSpace(g.v)
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") || strings.ContainsAny(u, " \t\n\"") {
		return "", bad(g.from, "%s is not an http(s):// URL", quote(u))
	}
	return u, nil
}

// checkWeights checks each weight given, the later of two for a component
// winning, and then their total.
func checkWeights(ws []rawWeight) ([]score.Weight, error) {
	names := componentNames()
	overrides := map[string]float64{}
	for _, w := range ws {
		name := strings.ToLower(strings.TrimSpace(w.name))
		if !slices.Contains(names, name) {
			return nil, bad(w.from, "unknown score component %s%s; want one of %s", quote(w.name), suggest(name, names), strings.Join(names, ", "))
		}
		// The value alone, then the total.
		if _, err := score.Weights(map[string]float64{name: w.value}); err != nil {
			return nil, bad(w.from, "%v", err)
		}
		overrides[name] = w.value
	}
	weights, err := score.Weights(overrides)
	if err != nil { // never for the defaults alone
		return nil, bad(ws[len(ws)-1].from, "%v", err)
	}
	return weights, nil
}

func componentNames() []string {
	var names []string
	for _, w := range score.DefaultWeights {
		names = append(names, w.Name)
	}
	return names
}

// checkFormat checks the output file and the format, given or told by the
// file's extension.
func checkFormat(output, format given[string]) (string, string, error) {
	if output.v == "" {
		return "", "", bad(output.from, "needs a file name, or - for stdout")
	}
	f := strings.ToLower(format.v)
	if f == "" {
		switch ext := strings.ToLower(filepath.Ext(output.v)); {
		case output.v == "-":
			f = "csv"
		case ext == ".xlsx" || ext == ".csv" || ext == ".json":
			f = ext[1:]
		default:
			return "", "", bad(output.from, "cannot tell the format of %s from its extension; name a .xlsx, .csv or .json file, or give --format", quote(output.v))
		}
	}
	switch {
	case f != "csv" && f != "json" && f != "xlsx":
		return "", "", bad(format.from, "%s: want csv, json or xlsx", quote(format.v))
	case f == "xlsx" && output.v == "-":
		return "", "", bad(format.from, "a workbook cannot go to stdout; give -o FILE.xlsx, or --format csv")
	}
	return output.v, f, nil
}

// parseSchool parses NAME[:YYYY-YYYY] or NAME[:YYYY].
func parseSchool(s string) (analyze.School, error) {
	name, span, hasSpan := strings.Cut(s, ":")
	school := analyze.School{Name: strings.TrimSpace(name)}
	if school.Name == "" {
		return school, fmt.Errorf("%s names no school; want NAME[:YYYY-YYYY]", quote(s))
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
		return school, fmt.Errorf("%s: want NAME:YYYY-YYYY with the years in order, e.g. \"University of Washington:2015-2019\"", quote(s))
	}
	school.Start = time.Date(y1, 1, 1, 0, 0, 0, 0, time.UTC)
	school.End = time.Date(y2, 12, 31, 0, 0, 0, 0, time.UTC)
	return school, nil
}
