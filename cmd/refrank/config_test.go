package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/refrank/refrank/analyze"
)

// issueExample is the refrank.toml of the tracker issue, which must work
// exactly as written.
const issueExample = `role = "software"
schools = ["University of Washington"]

[[target]]
company = "Amazon"
team = "Music"
jobs = ["https://www.amazon.jobs/en/jobs/2790000"]

[[target]]
company = "Stripe"
`

// configOptions parses and checks the refrank.toml text.
func configOptions(t *testing.T, text string) (settings, rankOptions) {
	t.Helper()
	s, err := parseConfig(text, "refrank.toml")
	if err != nil {
		t.Fatal(err)
	}
	opt, err := s.check()
	if err != nil {
		t.Fatal(err)
	}
	return s, opt
}

func TestConfigParse(t *testing.T) {
	s, c := configOptions(t, issueExample)
	if c.role != analyze.Software || !c.roleSet {
		t.Errorf("role %q, set %v", c.role, c.roleSet)
	}
	if len(c.schools) != 1 || c.schools[0].Name != "University of Washington" {
		t.Errorf("schools %+v", c.schools)
	}
	want := []target{
		{Target: analyze.Target{Company: "Amazon", Team: "Music"}, jobs: []string{"https://www.amazon.jobs/en/jobs/2790000"}},
		{Target: analyze.Target{Company: "Stripe"}},
	}
	if len(c.targets) != len(want) {
		t.Fatalf("targets %+v", c.targets)
	}
	for i := range want {
		g, w := c.targets[i], want[i]
		if g.Target != w.Target || !slices.Equal(g.jobs, w.jobs) || len(g.aliases) != 0 {
			t.Errorf("target %d: %+v, want %+v", i, g, w)
		}
	}
	for k, from := range map[string]string{"top": s.top.from, "drafts": s.drafts.from, "output": s.output.from} {
		if from != "" {
			t.Errorf("key %s is not in the file but comes from %q", k, from)
		}
	}
	if len(s.weights) != 0 {
		t.Errorf("weights %+v", s.weights)
	}
	if got := s.targets[0].jobs[0].from; got != "refrank.toml:7: target.jobs" {
		t.Errorf("the job comes from %q", got)
	}
}

func TestConfigTargetKeys(t *testing.T) {
	_, c := configOptions(t, `[[target]]
company = "Google"
role = "program"
deadline = 2026-12-15
aliases = ["Alphabet"]

[[target]]
company = "Stripe"
deadline = "2027-01-10"
`)
	g, s := c.targets[0], c.targets[1]
	if g.Role != analyze.Program || g.Deadline.Format("2006-01-02") != "2026-12-15" || !slices.Equal(g.aliases, []string{"Alphabet"}) {
		t.Errorf("Google: %+v", g)
	}
	if s.Role != "" || s.Deadline.Format("2006-01-02") != "2027-01-10" {
		t.Errorf("Stripe: %+v", s)
	}
}

// TestConfigPrecedence checks defaults < refrank.toml < flags.
func TestConfigPrecedence(t *testing.T) {
	const file = `role = "data"
top = 3
drafts = 2
output = "out.json"
no_email = true

[weights]
tie = 60
team = 0

[[target]]
company = "Stripe"
deadline = 2026-12-15
`
	tests := []struct {
		name    string
		file    string // "" for none
		args    []string
		role    analyze.Function
		top     int
		drafts  int
		output  string // relative to the export folder; "" for referrers.xlsx in the working folder
		targets string
		tie     float64
		team    float64
		noEmail bool
	}{
		{"defaults", "", nil, analyze.Software, 0, 5, "", "", 40, 10, false},
		{"file", file, nil, analyze.Data, 3, 2, "out.json", "Stripe by 2026-12-15", 60, 0, true},
		{"flags over file", file, []string{"--role", "product", "--top", "1", "--drafts", "0", "-o", "x.csv", "--target", "Amazon:Music", "--no-email=false"}, analyze.Product, 1, 0, "-", "Amazon:Music", 60, 0, false},
		{"one weight flag keeps the file's others", file, []string{"--weight", "tie=10"}, analyze.Data, 3, 2, "out.json", "Stripe by 2026-12-15", 10, 0, true},
		{"flags without file", "", []string{"--role", "design", "--top", "2"}, analyze.Design, 2, 5, "", "", 40, 10, false},
		{"--no-config", file, []string{"--no-config"}, analyze.Software, 0, 5, "", "", 40, 10, false},
		{"a flag replaces a bad key", "top = -1\nrole = \"wizard\"\n", []string{"--top", "2", "--role", "data"}, analyze.Data, 2, 5, "", "", 40, 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				os.WriteFile(filepath.Join(dir, configName), []byte(tt.file), 0o644)
			}
			var stderr bytes.Buffer
			opt, code, done := parseRank(append(slices.Clone(tt.args), dir), io.Discard, &stderr)
			if done {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			var ts []string
			for _, tg := range opt.targets {
				s := tg.String()
				if !tg.Deadline.IsZero() {
					s += " by " + tg.Deadline.Format("2006-01-02")
				}
				ts = append(ts, s)
			}
			weight := func(name string) float64 {
				for _, w := range opt.weights {
					if w.Name == name {
						return w.Value
					}
				}
				return -1
			}
			output := tt.output
			switch output {
			case "":
				output = "referrers.xlsx"
			case "-":
				output = "x.csv" // the flag's, relative to the working folder
			default:
				output = filepath.Join(dir, output)
			}
			got := []any{opt.role, opt.top, opt.drafts, opt.output, strings.Join(ts, "; "), weight("tie"), weight("team"), opt.noEmail}
			want := []any{tt.role, tt.top, tt.drafts, output, tt.targets, tt.tie, tt.team, tt.noEmail}
			if !slices.Equal(got, want) {
				t.Errorf("got  %v\nwant %v", got, want)
			}
			said := strings.Contains(stderr.String(), "using "+filepath.Join(dir, configName))
			if said != (tt.file != "" && !slices.Contains(tt.args, "--no-config")) {
				t.Errorf("stderr %q: says it used the file: %v", stderr.String(), said)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // in stderr, after "refrank: "
	}{
		{"unknown key with suggestion", "role = \"software\"\n\n[[target]]\ncompany = \"Amazon\"\n\n# a typo\n[[tagret]]\ncompany = \"Stripe\"\n",
			`refrank.toml:7: unknown key "tagret" (did you mean "target"?)`},
		{"unknown top-level key", "rol = \"data\"\n", `refrank.toml:1: unknown key "rol" (did you mean "role"?)`},
		{"unknown key without suggestion", "colour = \"blue\"\n", `refrank.toml:1: unknown key "colour"` + "\n"},
		{"unknown key in a target", "[[target]]\ncompany = \"Amazon\"\n[[target]]\ncompany = \"Stripe\"\ntaem = \"Payments\"\n",
			`refrank.toml:5: unknown key "taem" in [[target]] (did you mean "team"?)`},
		{"wrong type", "role = \"software\"\ntop = \"ten\"\n", `refrank.toml:2: "top" must be a whole number, not a string`},
		{"wrong type in the second target", "[[target]]\ncompany = \"A\"\njobs = [\"https://a.example/1\"]\n[[target]]\ncompany = \"B\"\njobs = \"https://b.example/2\"\n",
			`refrank.toml:6: "jobs" must be a list of strings`},
		{"bad role", "role = \"wizard\"\n", `refrank.toml:1: role: "wizard" is not a function`},
		{"bad target role", "[[target]]\ncompany = \"Google\"\n\nrole = \"pm\"\n", `refrank.toml:4: target.role: "pm" is not a function`},
		{"bad URL", "[[target]]\ncompany = \"Amazon\"\njobs = [\n  \"https://www.amazon.jobs/en/jobs/1\",\n  \"www.amazon.jobs/en/jobs/2\",\n]\n",
			`refrank.toml:3: target.jobs: "www.amazon.jobs/en/jobs/2" is not an http(s):// URL`},
		{"target without company", "[[target]]\nteam = \"Music\"\n", `refrank.toml:1: [[target]]: "" names no company`},
		{"target alias only a legal form", "[[target]]\ncompany = \"Contoso\"\naliases = [\"Inc.\"]\n", `refrank.toml:3: target.aliases: name "Inc." is only a legal form`},
		{"alias without a letter", "[aliases]\nAmazon = [\"Kuiper\", \"--\"]\n", `refrank.toml:2: aliases.Amazon: name "--" has no letter or digit`},
		{"unknown weight", "[weights]\nteam = 5\ntei = 30\n", `refrank.toml:3: weights.tei: unknown score component "tei" (did you mean "tie"?)`},
		{"negative weight", "[weights]\ntie = -3\n", `refrank.toml:2: weights.tie: weight of tie must be a number of at least 0, not -3`},
		{"bad deadline", "[[target]]\ncompany = \"Stripe\"\ndeadline = \"next week\"\n", `refrank.toml:3: target.deadline: "next week" is not a date`},
		{"bad school years", "schools = [\"UW:2019-2015\"]\n", `refrank.toml:1: schools: "UW:2019-2015": want NAME:YYYY-YYYY`},
		{"negative top", "\ntop = -1\n", `refrank.toml:2: top: must be at least 0, not -1`},
		{"zero follow-up days", "follow_up_days = 0\n", `refrank.toml:1: follow_up_days: must be at least 1, not 0`},
		{"syntax error", "role = \"software\"\ntop = \n", `refrank.toml:2: expected value`},
		{"bad output", "output = \"out.txt\"\n", `refrank.toml:1: output: cannot tell the format of "out.txt"`},
	}
	sample := filepath.Join(root, "testdata", "sample")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, configName)
			os.WriteFile(path, []byte(tt.text), 0o644)
			cwd, _ := os.Getwd()
			if err := os.Chdir(dir); err != nil {
				t.Fatal(err)
			}
			defer os.Chdir(cwd)
			code, _, stderr := runCmd(t, "", "rank", "--config", configName, filepath.Join(cwd, sample))
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr+"\n", "refrank: "+tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, stderr)
			}
			if !strings.Contains(stderr, "refrank: hint: ") {
				t.Errorf("no hint:\n%s", stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, defaultOutput)); err == nil {
				t.Errorf("a bad config still wrote the output")
			}
		})
	}
}

func TestKeyLines(t *testing.T) {
	text := `# comment
role = "software" # trailing
notes = """
fake = 1
"""
schools = [
  "a",
  "b = c",
]
[weights]
tie = 3
[[target]]
company = "A"
[[target]]
"company" = "B"
`
	got := keyLines(text)
	want := map[string]int{"role": 2, "notes": 3, "schools": 6, "weights": 10, "weights.tie": 11, "target": 12, "target[0]": 12, "target[0].company": 13, "target[1]": 14, "target[1].company": 15}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: line %d, want %d", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %v", got)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"tagret", "target", 1},
		{"target", "target", 0},
		{"taem", "team", 1},
		{"", "role", 4},
		{"rol", "role", 1},
		{"schol", "schools", 2},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestInit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "client")
	code, _, stderr := runCmd(t, "", "init", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	path := filepath.Join(dir, configName)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != exampleConfig {
		t.Errorf("wrote something else than exampleConfig")
	}
	// It names every function of the taxonomy.
	if list := strings.Join(strings.Fields(strings.ReplaceAll(exampleConfig, "\n#", "")), " "); !strings.Contains(list, strings.ReplaceAll(functionList(), ", other", " or other")) {
		t.Errorf("the example does not name the functions %s", functionList())
	}
	_, c := configOptions(t, string(data))
	if len(c.targets) != 2 || c.role != analyze.Software {
		t.Errorf("example: %+v", c)
	}
	// Every commented-out key, uncommented, parses too.
	var on []string
	for _, line := range strings.Split(string(data), "\n") {
		if s, ok := strings.CutPrefix(line, "# "); ok && (strings.Contains(s, " = ") || strings.HasPrefix(s, "[")) && !strings.Contains(s, "refrank") {
			line = s
		}
		on = append(on, line)
	}
	all := strings.Join(on, "\n")
	all = strings.Replace(all, `notes = "notes.xlsx"`, `# notes`, 1)
	all = strings.Replace(all, `templates = "templates"`, `# templates`, 1)
	if s, err := parseConfig(all, path); err != nil {
		t.Errorf("the example with every key uncommented does not parse: %v\n%s", err, all)
	} else if _, err := s.check(); err != nil {
		t.Errorf("the example with every key uncommented is not right: %v\n%s", err, all)
	}

	// It ranks.
	out := filepath.Join(t.TempDir(), "out.csv")
	code, _, stderr = runCmd(t, "", "rank", "--config", path, "-o", out, filepath.Join(root, "testdata", "eras", "current"))
	if code != exitOK {
		t.Fatalf("ranking with the example: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "Amazon:Music: ") && !strings.Contains(stderr, "Amazon: ") {
		t.Errorf("stderr does not sum up Amazon:\n%s", stderr)
	}

	// It never replaces a refrank.toml.
	os.WriteFile(path, []byte("role = \"data\"\n"), 0o644)
	code, _, stderr = runCmd(t, "", "init", dir)
	if code != exitFail || !strings.Contains(stderr, "will not replace") || !strings.Contains(stderr, "hint:") {
		t.Errorf("second init: exit %d: %s", code, stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != "role = \"data\"\n" {
		t.Errorf("init replaced the file: %q", data)
	}
}

// TestReadmeKeys checks that the README's refrank.toml reference names
// every key, and that the example folder's files parse.
func TestReadmeKeys(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, coaches, ok := strings.Cut(string(readme), "## For career coaches")
	if !ok {
		t.Fatal(`README has no "For career coaches" section`)
	}
	for _, k := range slices.Concat(configKeys, targetKeys) {
		if !strings.Contains(coaches, "| `"+k+"` |") && !strings.Contains(coaches, "| `[["+k+"]]` |") {
			t.Errorf("README does not document key %q", k)
		}
	}
	if !strings.Contains(coaches, issueExample) {
		t.Errorf("README lacks the smallest example as the tests parse it")
	}
	files, _ := filepath.Glob(filepath.Join(coach, "*", configName))
	if len(files) != 3 {
		t.Errorf("%d refrank.toml files in testdata/coach", len(files))
	}
	for _, f := range files {
		if _, err := loadConfig(f); err != nil {
			t.Errorf("%v", err)
		}
	}
}

// FuzzConfig feeds any text to parseConfig and settings.check: nothing
// panics, and an error is a usage error with the hint to the example,
// that says where first: the file, and its line when known.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{issueExample, exampleConfig, "[weights]\ntei = 3\n", "[[target]]\nteam = \"x\"\n[[target]]\ncompany = \"--\"\ndeadline = 12\n",
		"[aliases]\nAmazon = [\"Inc.\"]\n", "top = -1\nschools = [\n \"UW:2019-2015\",\n]\n", "notes = \"\"\"\nrole = 1\n\"\"\"\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s, err := parseConfig(text, "refrank.toml")
		if err == nil {
			_, err = s.check()
		}
		if err == nil {
			return
		}
		var h hinted
		if !errors.As(err, &h) || h.hint != configHint || !errors.As(err, new(usageError)) {
			t.Errorf("%v: not a usage error with the hint to the example", err)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "refrank.toml:") {
			t.Errorf("%q does not say where first", msg)
		}
	})
}
