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
)

// configName is the name of the file refrank looks for beside an export.
const configName = "refrank.toml"

// tomlConfig is refrank.toml as decoded, each value of the type the file
// must give it; tomlTarget is a [[target]].
type tomlConfig struct {
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

type tomlTarget struct {
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

// loadConfig reads the refrank.toml at path into the settings, over the
// defaults.
func loadConfig(path string) (settings, error) {
	data, err := readConfig(path)
	if err != nil {
		return settings{}, hinted{err, "give --config a refrank.toml; " + configHint}
	}
	return parseConfig(string(data), path)
}

// maxConfigSize is the largest refrank.toml read.
const maxConfigSize = 64 << 20

// readConfig reads the refrank.toml at path: a regular file (a FIFO or a
// device is never opened) of at most maxConfigSize bytes.
func readConfig(path string) ([]byte, error) {
	f, err := openRegular(nil, path)
	if err != nil {
		return nil, fileErr(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, fileErr(path, err)
	}
	if len(data) > maxConfigSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", path, maxConfigSize>>20)
	}
	return data, nil
}

// tomlTypeError matches the errors of toml.Decode for a value of the wrong
// type, which are not ParseErrors.
var tomlTypeError = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): incompatible types: TOML value has type (\w+)`)

// where names a line of a file, "refrank.toml:7", or the file when the
// line is not known.
func where(file string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", file, line)
	}
	return file
}

// parseConfig decodes the text of the refrank.toml named file into the
// settings, over the defaults, each value with its line and key. It
// checks what is the file's own: its syntax, its keys, the types of its
// values; settings.check checks the values.
func parseConfig(text, file string) (settings, error) {
	s := defaults()
	lines := keyLines(text)
	// at says where the key at path is: "refrank.toml:7: weights.tie"
	// for "weights.tie" and "target[1].team" alike.
	at := func(path string) string {
		key := path
		if rest, ok := strings.CutPrefix(path, "target["); ok {
			_, leaf, _ := strings.Cut(rest, ".")
			key = "target." + leaf
		}
		return where(file, lines[path]) + ": " + key
	}
	var raw tomlConfig
	md, err := toml.Decode(text, &raw)
	if err != nil {
		return s, decodeError(err, file, "", lines)
	}
	raws := make([]tomlTarget, len(raw.Target))
	for i, p := range raw.Target {
		if err := md.PrimitiveDecode(p, &raws[i]); err != nil {
			return s, decodeError(err, file, fmt.Sprintf("target[%d]", i), lines)
		}
	}
	if err := unknownKeys(md.Undecoded(), file, lines); err != nil {
		return s, err
	}

	s.config = file
	str := func(key, v string) given[string] { return given[string]{v, at(key)} }
	rel := func(p string) string { // a path, relative to the file's folder
		if p != "" && p != "-" && !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(file), p)
		}
		return p
	}
	has := func(key string) string { // where the key is, "" when it is not
		if !md.IsDefined(key) {
			return ""
		}
		return at(key)
	}
	set(&s.role, raw.Role, has("role"))
	for _, v := range raw.Schools {
		s.schools = append(s.schools, str("schools", v))
	}
	for _, parent := range slices.Sorted(maps.Keys(raw.Aliases)) {
		s.aliases = append(s.aliases, rawAlias{parent, raw.Aliases[parent], at("aliases." + parent)})
	}
	for _, u := range raw.Jobs {
		s.jobs = append(s.jobs, rawJob{"", str("jobs", u)})
	}
	for _, name := range slices.Sorted(maps.Keys(raw.Weights)) {
		s.weights = append(s.weights, rawWeight{name, raw.Weights[name], at("weights." + name)})
	}
	set(&s.top, raw.Top, has("top"))
	set(&s.drafts, raw.Drafts, has("drafts"))
	set(&s.searchDays, raw.JobSearchDays, has("job_search_days"))
	set(&s.followUpDays, raw.FollowUpDays, has("follow_up_days"))
	set(&s.notes, rel(raw.Notes), has("notes"))
	set(&s.templates, rel(raw.Templates), has("templates"))
	set(&s.output, rel(raw.Output), has("output"))
	s.noEmail = raw.NoEmail
	for i, rt := range raws {
		key := func(k string) string { return fmt.Sprintf("target[%d].%s", i, k) }
		t := rawTarget{
			company: str(key("company"), rt.Company),
			team:    str(key("team"), rt.Team),
			role:    str(key("role"), rt.Role),
			aliases: given[[]string]{rt.Aliases, at(key("aliases"))},
		}
		if lines[key("company")] == 0 { // no company = line: the table's
			t.company.from = where(file, lines[fmt.Sprintf("target[%d]", i)]) + ": [[target]]"
		}
		for _, u := range rt.Jobs {
			t.jobs = append(t.jobs, str(key("jobs"), u))
		}
		switch d := rt.Deadline.(type) {
		case nil:
		case time.Time:
			t.deadline = str(key("deadline"), d.Format("2006-01-02"))
		default:
			t.deadline = str(key("deadline"), fmt.Sprint(d))
		}
		s.targets = append(s.targets, t)
	}
	return s, nil
}

// decodeError turns an error of toml.Decode into one that names the line.
// prefix is the path of the table being decoded ("target[1]"), or "".
func decodeError(err error, file, prefix string, lines map[string]int) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return bad(where(file, pe.Position.Line), "%s", cut(pe.Message, 4*maxQuoted))
	}
	m := tomlTypeError.FindStringSubmatch(err.Error())
	if m == nil {
		return bad(file, "%s", strings.TrimPrefix(err.Error(), "toml: "))
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
	return bad(where(file, line), "%q must be %s, not %s", leaf, wantType(key), tomlType(m[3]))
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
	return bad(where(file, u.line), "unknown key %s%s%s", quote(u.name), u.where, suggest(u.name, u.known))
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
			_, open := uncomment(line)
			depth += open
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' { // [table] or [[array of tables]]
			header, _ := uncomment(line)
			name := unquote(strings.TrimSpace(strings.Trim(header, "[] ")))
			prefix = name
			if strings.HasPrefix(line, "[[") {
				prefix = fmt.Sprintf("%s[%d]", name, count[name])
				count[name]++
				if lines[name] == 0 {
					lines[name] = n
				}
			}
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
			_, open := uncomment(value)
			depth = max(open, 0)
		}
	}
	return lines
}

// uncomment returns line without its comment, and how many square
// brackets it opens and does not close; neither counts what is in quotes.
func uncomment(line string) (code string, open int) {
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
			return strings.TrimSpace(line[:i]), open
		case r == '[':
			open++
		case r == ']':
			open--
		}
	}
	return line, open
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
