package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/analyze/score"
)

// configName is the name of the file refrank looks for beside an export.
const configName = "refrank.toml"

// rawConfig is refrank.toml as decoded; fileConfig is it checked.
type rawConfig struct {
	Role      string
	Schools   []string
	Aliases   map[string][]string
	Jobs      []string
	Weights   map[string]float64
	Top       int
	Drafts    int
	Notes     string
	Templates string
	Output    string
	NoEmail   bool `toml:"no_email"`
	Target    []toml.Primitive
	// JobSearchDays and FollowUpDays are job_search_days and
	// follow_up_days.
	JobSearchDays int `toml:"job_search_days"`
	FollowUpDays  int `toml:"follow_up_days"`
}

type rawTarget struct {
	Company  string
	Team     string
	Aliases  []string
	Jobs     []string
	Role     string
	Deadline any
}

// configKeys are the keys of refrank.toml, and targetKeys those of a
// [[target]] table, in the order the README lists them.
var (
	configKeys = []string{"role", "schools", "target", "aliases", "jobs", "weights", "top", "drafts", "notes", "templates", "output", "no_email", "job_search_days", "follow_up_days"}
	targetKeys = []string{"company", "team", "aliases", "jobs", "role", "deadline"}
)

// target is a company wanted, with what refrank.toml may say of it alone.
type target struct {
	analyze.Target
	aliases []string
	jobs    []string
}

// fileConfig is a checked refrank.toml. Paths in it are relative to its
// folder and are returned joined to it.
type fileConfig struct {
	path    string
	defined map[string]bool // top-level keys present in the file

	role      analyze.Function
	schools   []analyze.School
	targets   []target
	aliases   [][2]string // from [aliases]; each target holds its own
	jobs      []string    // for every target
	weights   map[string]float64
	top       int
	drafts    int
	notes     string
	templates string
	output    string
	noEmail   bool
	// searchDays and followUpDays are job_search_days and
	// follow_up_days, 0 when not given.
	searchDays, followUpDays int
}

// has reports whether the file sets key.
func (c *fileConfig) has(key string) bool { return c != nil && c.defined[key] }

// configError is a problem in refrank.toml, at a line when known.
type configError struct {
	file string
	line int
	msg  string
}

func (e *configError) Error() string {
	if e.line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg)
	}
	return e.file + ": " + e.msg
}

const configHint = "'refrank init' writes a commented example; the README lists every key"

// loadConfig reads and checks the refrank.toml at path.
func loadConfig(path string) (*fileConfig, error) {
	data, err := readConfig(path)
	if err != nil {
		return nil, hinted{err, "give --config a refrank.toml; " + configHint}
	}
	c, err := parseConfig(string(data), path)
	if err != nil {
		return nil, hinted{usageError{err.Error()}, configHint}
	}
	return c, nil
}

// maxConfigSize is the largest refrank.toml read.
const maxConfigSize = 64 << 20

// readConfig reads the refrank.toml at path: a regular file (a FIFO or a
// device is never opened) of at most maxConfigSize bytes.
func readConfig(path string) ([]byte, error) {
	f, err := openRegular(nil, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxConfigSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", path, maxConfigSize>>20)
	}
	return data, nil
}

// tomlTypeError matches the errors of toml.Decode for a value of the wrong
// type, which are not ParseErrors.
var tomlTypeError = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): incompatible types: TOML value has type (\w+)`)

// parseConfig parses and checks the text of a refrank.toml named file.
func parseConfig(text, file string) (*fileConfig, error) {
	lines := keyLines(text)
	errAt := func(path, format string, a ...any) error {
		return &configError{file, lines[path], fmt.Sprintf(format, a...)}
	}
	var raw rawConfig
	md, err := toml.Decode(text, &raw)
	if err != nil {
		return nil, decodeError(err, file, "", lines)
	}
	c := &fileConfig{path: file, defined: map[string]bool{}}
	for _, k := range md.Keys() {
		if len(k) >= 1 {
			c.defined[k[0]] = true
		}
	}
	raws := make([]rawTarget, len(raw.Target))
	for i, p := range raw.Target {
		if err := md.PrimitiveDecode(p, &raws[i]); err != nil {
			return nil, decodeError(err, file, fmt.Sprintf("target[%d]", i), lines)
		}
	}
	if err := unknownKeys(md.Undecoded(), file, lines); err != nil {
		return nil, err
	}

	dir := filepath.Dir(file)
	rel := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	if c.has("role") {
		var ok bool
		if c.role, ok = analyze.ParseFunction(raw.Role); !ok {
			return nil, errAt("role", "role %s is not a function; want one of %s", quote(raw.Role), functionList())
		}
	}
	for _, s := range raw.Schools {
		school, err := parseSchool(s, "schools")
		if err != nil {
			return nil, errAt("schools", "%v", err)
		}
		c.schools = append(c.schools, school)
	}
	for _, parent := range slices.Sorted(maps.Keys(raw.Aliases)) {
		if company.Normalize(parent) == "" {
			return nil, errAt("aliases", "[aliases] key %s names no company", quote(parent))
		}
		for _, a := range raw.Aliases[parent] {
			if company.Normalize(a) == "" {
				return nil, errAt("aliases."+parent, "%s: alias %s names no company", short(parent), quote(a))
			}
			c.aliases = append(c.aliases, [2]string{strings.TrimSpace(parent), strings.TrimSpace(a)})
		}
	}
	for _, j := range raw.Jobs {
		if err := checkURL(j); err != nil {
			return nil, errAt("jobs", "jobs: %v", err)
		}
		c.jobs = append(c.jobs, strings.TrimSpace(j))
	}
	for _, name := range slices.Sorted(maps.Keys(raw.Weights)) {
		if err := checkComponent(name); err != nil {
			return nil, errAt("weights."+name, "%v", err)
		}
	}
	if len(raw.Weights) > 0 {
		if _, err := score.Weights(raw.Weights); err != nil {
			return nil, errAt("weights", "weights: %v", err)
		}
		c.weights = raw.Weights
	}
	if raw.Top < 0 {
		return nil, errAt("top", "top must be at least 0, not %d", raw.Top)
	}
	if raw.Drafts < 0 {
		return nil, errAt("drafts", "drafts must be at least 0, not %d", raw.Drafts)
	}
	c.top, c.drafts = raw.Top, raw.Drafts
	if raw.JobSearchDays < 0 || c.has("job_search_days") && raw.JobSearchDays == 0 {
		return nil, errAt("job_search_days", "job_search_days must be at least 1, not %d", raw.JobSearchDays)
	}
	if raw.FollowUpDays < 0 || c.has("follow_up_days") && raw.FollowUpDays == 0 {
		return nil, errAt("follow_up_days", "follow_up_days must be at least 1, not %d", raw.FollowUpDays)
	}
	c.searchDays, c.followUpDays = raw.JobSearchDays, raw.FollowUpDays
	c.notes, c.templates = rel(raw.Notes), rel(raw.Templates)
	if c.has("output") {
		switch ext := strings.ToLower(filepath.Ext(raw.Output)); {
		case raw.Output == "-":
		case ext == ".xlsx" || ext == ".csv" || ext == ".json":
		default:
			return nil, errAt("output", "output %s: name a .xlsx, .csv or .json file, or - for stdout", quote(raw.Output))
		}
		c.output = raw.Output
		if c.output != "-" {
			c.output = rel(c.output)
		}
	}
	c.noEmail = raw.NoEmail

	for i, rt := range raws {
		at := func(key string) string { return fmt.Sprintf("target[%d].%s", i, key) }
		t := target{Target: analyze.Target{Company: strings.TrimSpace(rt.Company), Team: strings.TrimSpace(rt.Team)}}
		if company.Normalize(t.Company) == "" {
			path := at("company")
			if lines[path] == 0 {
				path = fmt.Sprintf("target[%d]", i)
			}
			return nil, errAt(path, "[[target]] %d names no company; want company = \"NAME\"", i+1)
		}
		if rt.Role != "" {
			var ok bool
			if t.Role, ok = analyze.ParseFunction(rt.Role); !ok {
				return nil, errAt(at("role"), "%s: role %s is not a function; want one of %s", short(t.Company), quote(rt.Role), functionList())
			}
		}
		for _, a := range rt.Aliases {
			if company.Normalize(a) == "" {
				return nil, errAt(at("aliases"), "%s: alias %s names no company", short(t.Company), quote(a))
			}
			t.aliases = append(t.aliases, strings.TrimSpace(a))
		}
		for _, j := range rt.Jobs {
			if err := checkURL(j); err != nil {
				return nil, errAt(at("jobs"), "%s: jobs: %v", t.Company, err)
			}
			t.jobs = append(t.jobs, strings.TrimSpace(j))
		}
		switch d := rt.Deadline.(type) {
		case nil:
		case time.Time:
			t.Deadline = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		case string:
			day, err := time.Parse("2006-01-02", strings.TrimSpace(d))
			if err != nil {
				return nil, errAt(at("deadline"), "%s: deadline %s: want a date, deadline = 2026-12-15", short(t.Company), quote(d))
			}
			t.Deadline = day
		default:
			return nil, errAt(at("deadline"), "%s: deadline must be a date, deadline = 2026-12-15, not %v", t.Company, d)
		}
		c.targets = append(c.targets, t)
	}
	return c, nil
}

// checkComponent checks the name of a score component, of the config or
// of --weight, suggesting the closest one.
func checkComponent(name string) error {
	if !slices.ContainsFunc(score.DefaultWeights, func(w score.Weight) bool { return w.Name == name }) {
		return fmt.Errorf("unknown score component %s%s; want one of %s", quote(name), suggest(name, componentNames()), strings.Join(componentNames(), ", "))
	}
	return nil
}

// checkURL checks a job posting's URL, of the config or of --job.
func checkURL(u string) error {
	u = strings.TrimSpace(u)
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") || strings.ContainsAny(u, " \t\n\"") {
		return fmt.Errorf("%s is not an http(s):// URL", quote(u))
	}
	return nil
}

// decodeError turns an error of toml.Decode into a configError. prefix is
// the path of the table being decoded ("target[1]"), or "".
func decodeError(err error, file, prefix string, lines map[string]int) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &configError{file, pe.Position.Line, cut(pe.Message, 4*maxQuoted)}
	}
	m := tomlTypeError.FindStringSubmatch(err.Error())
	if m == nil {
		return &configError{file, 0, strings.TrimPrefix(err.Error(), "toml: ")}
	}
	key := m[2]
	path := key
	if prefix != "" {
		_, leaf, _ := strings.Cut(key, ".")
		path = prefix + "." + leaf
	}
	line := lines[path]
	if line == 0 {
		line, _ = strconv.Atoi(m[1])
	}
	leaf := key[strings.LastIndex(key, ".")+1:]
	return &configError{file, line, fmt.Sprintf("%q must be %s, not %s", leaf, wantType(key), tomlType(m[3]))}
}

// wantType says what a key's value must be.
func wantType(key string) string {
	switch key {
	case "top", "drafts", "job_search_days", "follow_up_days":
		return "a whole number"
	case "no_email":
		return "true or false"
	case "schools", "jobs", "target.jobs", "target.aliases":
		return `a list of strings, ["..."]`
	case "weights", "aliases":
		return "a table"
	case "target":
		return "[[target]] tables"
	case "target.deadline":
		return "a date"
	}
	if strings.HasPrefix(key, "weights.") {
		return "a number"
	}
	if strings.HasPrefix(key, "aliases.") {
		return `a list of strings, ["..."]`
	}
	return `a string, "..."`
}

// tomlType names a type the toml package reports in words.
func tomlType(t string) string {
	switch t {
	case "string":
		return "a string"
	case "int64", "integer":
		return "a whole number"
	case "float64", "float":
		return "a number with a fraction"
	case "bool":
		return "true or false"
	case "time.Time", "datetime":
		return "a date"
	}
	if strings.HasPrefix(t, "[]") || t == "array" || t == "slice" {
		return "a list"
	}
	if strings.HasPrefix(t, "map") || t == "table" {
		return "a table"
	}
	return t
}

// unknownKeys reports the first key of the file refrank does not know, by
// line, with the known key closest to it.
func unknownKeys(keys []toml.Key, file string, lines map[string]int) error {
	type unknown struct {
		line  int
		where string
		name  string
		known []string
	}
	var us []unknown
	for _, k := range keys {
		var u unknown
		switch {
		case len(k) == 1:
			u = unknown{lines[k[0]], "", k[0], configKeys}
		case len(k) == 2 && k[0] == "target":
			u = unknown{firstLine(lines, "target", k[1]), " in [[target]]", k[1], targetKeys}
		case len(k) >= 2 && !slices.Contains(configKeys, k[0]):
			continue // inside an unknown table, reported for the table
		default:
			u = unknown{lines[strings.Join(k, ".")], "", k.String(), nil}
		}
		us = append(us, u)
	}
	if len(us) == 0 {
		return nil
	}
	slices.SortStableFunc(us, func(a, b unknown) int { return a.line - b.line })
	u := us[0]
	return &configError{file, u.line, fmt.Sprintf("unknown key %s%s%s", quote(u.name), u.where, suggest(u.name, u.known))}
}

// firstLine returns the line of key in the first [[name]] table that has it.
func firstLine(lines map[string]int, name, key string) int {
	for i := 0; ; i++ {
		if _, ok := lines[fmt.Sprintf("%s[%d]", name, i)]; !ok {
			return 0
		}
		if l := lines[fmt.Sprintf("%s[%d].%s", name, i, key)]; l > 0 {
			return l
		}
	}
}

// suggest returns ` (did you mean "KEY"?)` for the known key closest to
// name, or "" when none is close.
func suggest(name string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := distance(strings.ToLower(name), k); d < bestD && d <= len(k)/2 {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// distance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and transpositions of adjacent
// runes each count 1.
func distance(a, b string) int {
	s, t := []rune(a), []rune(b)
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}

func componentNames() []string {
	var names []string
	for _, w := range score.DefaultWeights {
		names = append(names, w.Name)
	}
	return names
}

// keyLines maps the keys of a TOML text to the lines they are on: "role",
// "weights.tie", "target[1].company" (the second [[target]]), and the
// table headers "weights" and "target[1]". The toml package reports a
// line for syntax errors only; this finds the line of a key whose value
// is wrong. It reads the plain layouts refrank.toml uses: one key per
// line, tables and arrays of tables; keys inside multi-line strings and
// arrays are not mistaken for keys.
func keyLines(text string) map[string]int {
	lines := map[string]int{}
	count := map[string]int{}
	prefix := ""
	depth := 0     // open brackets of a multi-line array
	inString := "" // the delimiter of an open multi-line string
	for n, line := range strings.Split(text, "\n") {
		n++
		line = strings.TrimSpace(strings.TrimSuffix(line, "\r"))
		if inString != "" {
			if strings.Contains(line, inString) {
				inString = ""
			}
			continue
		}
		if depth > 0 {
			depth += brackets(line)
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "[[") {
			name := unquote(strings.TrimSpace(strings.Trim(uncomment(line), "[] ")))
			prefix = fmt.Sprintf("%s[%d]", name, count[name])
			count[name]++
			if lines[name] == 0 {
				lines[name] = n
			}
			lines[prefix] = n
			continue
		}
		if line[0] == '[' {
			prefix = unquote(strings.TrimSpace(strings.Trim(uncomment(line), "[] ")))
			lines[prefix] = n
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		path := unquote(strings.TrimSpace(key))
		if prefix != "" {
			path = prefix + "." + path
		}
		if lines[path] == 0 {
			lines[path] = n
		}
		value = strings.TrimSpace(value)
		for _, delim := range []string{`"""`, `'''`} {
			if strings.HasPrefix(value, delim) && strings.Count(value, delim) == 1 {
				inString = delim
			}
		}
		if inString == "" {
			depth = max(brackets(value), 0)
		}
	}
	return lines
}

// brackets counts the square brackets a line opens and does not close,
// outside strings and comments.
func brackets(line string) int {
	n := 0
	var quote rune
	for _, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == '#':
			return n
		case r == '[':
			n++
		case r == ']':
			n--
		}
	}
	return n
}

// uncomment drops a trailing comment outside quotes.
func uncomment(line string) string {
	var quote rune
	for i, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == '#':
			return strings.TrimSpace(line[:i])
		}
	}
	return line
}

// unquote removes the quotes of a quoted key.
func unquote(key string) string {
	if len(key) >= 2 && (key[0] == '"' && key[len(key)-1] == '"' || key[0] == '\'' && key[len(key)-1] == '\'') {
		return key[1 : len(key)-1]
	}
	return key
}

// findConfig returns the refrank.toml beside the first export that has
// one: in an export folder, in the folder above it, or in the folder of
// an export file; "" when there is none.
func findConfig(exports []string) string {
	for _, e := range exports {
		var dirs []string
		if fi, err := os.Stat(e); err == nil && fi.IsDir() {
			dirs = append(dirs, e)
		}
		dirs = append(dirs, filepath.Dir(filepath.Clean(e)))
		for _, d := range dirs {
			p := filepath.Join(d, configName)
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				return p
			}
		}
	}
	return ""
}
