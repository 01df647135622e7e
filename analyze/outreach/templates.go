package outreach

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/tie"
)

// The kinds of draft, chosen by tie tier.
const (
	Direct       = "direct"       // close ties: ask for the referral
	Advice       = "advice"       // known and acquainted ties: advice first, referral second
	Introduction = "introduction" // everyone else: ask a contact to introduce the user
)

// Kinds lists the kinds of draft.
var Kinds = []string{Direct, Advice, Introduction}

// Kind is the kind of draft for a tie tier, as the tier's approach (see
// [tie.Approach]) asks: close is direct, known and acquainted are advice,
// anything else is introduction.
func Kind(tier analyze.Tier) string {
	switch tie.Approach(tier) {
	case analyze.AskDirectly:
		return Direct
	case analyze.AskAdvice:
		return Advice
	}
	return Introduction
}

// SubjectTemplate is the name of the template, defined inside a message
// file, that renders the subject line.
const SubjectTemplate = "subject"

// Files lists the template files Load reads, in order: one message file
// and one note file per kind.
var Files = []string{
	"direct.tmpl", "advice.tmpl", "introduction.tmpl",
	"note-direct.tmpl", "note-advice.tmpl", "note-introduction.tmpl",
}

func messageFile(kind string) string { return kind + ".tmpl" }
func noteFile(kind string) string    { return "note-" + kind + ".tmpl" }

//go:embed templates/*.tmpl
var builtinFS embed.FS

// Templates holds a parsed template for each file of [Files].
type Templates struct {
	files map[string]*template.Template
}

// funcs are the functions templates may call besides text/template's own.
var funcs = template.FuncMap{
	"capitalize": analyze.Capitalize,
}

var builtin = sync.OnceValue(func() *Templates {
	sub, err := fs.Sub(builtinFS, "templates")
	if err != nil {
		panic(err)
	}
	t := &Templates{files: map[string]*template.Template{}}
	for _, name := range Files {
		tmpl, err := parseFile(sub, name)
		if err != nil {
			panic("outreach: built-in " + err.Error())
		}
		t.files[name] = tmpl
	}
	return t
})

// Builtin returns the built-in templates. They are parsed once and shared:
// a Templates is never modified after it is made.
func Builtin() *Templates { return builtin() }

// Load reads template overrides from fsys: any of the names in [Files] at
// its root. A file that is missing falls back to the built-in one; a
// message file that defines no "subject" template keeps the built-in
// subject line. Other .tmpl files are an error (a misspelt name would
// otherwise be ignored); files with other extensions are ignored.
//
// Every file read is parsed and then executed on sample data, so a
// template that does not parse or names an unknown field fails here, with
// an error naming the file and line as text/template reports them:
//
//	template: advice.tmpl:7: function "upper" not defined
func Load(fsys fs.FS) (*Templates, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("reading templates: %w", err)
	}
	t := &Templates{files: map[string]*template.Template{}}
	for name, tmpl := range Builtin().files {
		t.files[name] = tmpl
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || path.Ext(name) != ".tmpl" {
			continue
		}
		if !slices.Contains(Files, name) {
			return nil, fmt.Errorf("%s: unknown template file (want one of %s)", name, strings.Join(Files, ", "))
		}
		tmpl, err := parseFile(fsys, name)
		if err != nil {
			return nil, err
		}
		t.files[name] = tmpl
	}
	for _, kind := range Kinds {
		for _, d := range sampleData(kind) {
			if _, err := t.render(d); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// parseFile parses one template file; the template takes the file's name,
// so errors name the file.
func parseFile(fsys fs.FS, name string) (*template.Template, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("reading templates: %w", err)
	}
	tmpl, err := template.New(name).Funcs(funcs).Option("missingkey=error").Parse(string(b))
	if err != nil {
		return nil, err
	}
	return tmpl, nil
}

// MaxDraftBytes is the most text a template may write for one draft: a
// template that writes more fails, so that a loop in a template cannot
// fill memory.
const MaxDraftBytes = 256 << 10

// capped is a buffer that fails a write past MaxDraftBytes.
type capped struct{ bytes.Buffer }

func (c *capped) Write(p []byte) (int, error) {
	if c.Len()+len(p) > MaxDraftBytes {
		return 0, fmt.Errorf("the template writes more than %d KiB for one draft", MaxDraftBytes>>10)
	}
	return c.Buffer.Write(p)
}

// rendered is one draft's text.
type rendered struct {
	subject, message, note string
}

// render executes the templates of d.Kind on d.
func (t *Templates) render(d *Data) (rendered, error) {
	var out rendered
	msg := t.files[messageFile(d.Kind)]
	if msg == nil {
		return out, fmt.Errorf("no template for kind %q", d.Kind)
	}
	subj := msg.Lookup(SubjectTemplate)
	if subj == nil {
		subj = Builtin().files[messageFile(d.Kind)].Lookup(SubjectTemplate)
	}
	var b capped
	if err := msg.Execute(&b, d); err != nil {
		return out, err
	}
	out.message = tidyMessage(b.String())
	b.Reset()
	if err := subj.Execute(&b, d); err != nil {
		return out, err
	}
	out.subject = oneLine(b.String())
	b.Reset()
	if err := t.files[noteFile(d.Kind)].Execute(&b, d); err != nil {
		return out, err
	}
	out.note = fitNote(oneLine(b.String()), analyze.NoteLimit)
	return out, nil
}

// sampleData is what Load executes templates on: one value with every
// field set and one with every optional field empty.
func sampleData(kind string) []*Data {
	full := &Data{
		Kind: kind, Tie: string(analyze.Known), First: "Ana", Name: "Ana Lopez",
		Position: "Senior Software Engineer", Company: "Contoso", Target: "Contoso",
		Team: "Payments", TargetTeam: "Payments",
		Role: "software engineering role", ARole: "a software engineering role",
		Jobs: []string{"https://example.com/jobs/1", "https://example.com/jobs/2"},
		Job:  "https://example.com/jobs/1", User: "Sam Lee",
		Connection: "we overlapped at Fabrikam",
		Via:        "Ben Ng", ViaFirst: "Ben", ViaCompany: "Fabrikam", ViaWorkedThere: true, Strangers: 3,
	}
	bare := &Data{Kind: kind, Tie: string(analyze.NoTie), First: "Ana", Name: "Ana Lopez",
		Company: "Contoso", Target: "Contoso", Role: "role", ARole: "a role"}
	return []*Data{full, bare}
}

// tidyMessage trims spaces at the ends of lines, squeezes runs of blank
// lines (left by conditional template blocks) into one, and trims blank
// lines at both ends.
func tidyMessage(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := lines[:0]
	blank := true // drop leading blank lines
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// oneLine joins s into one line, with single spaces between words.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// fitNote returns s when it has at most limit characters, else its longest
// prefix that ends on a word boundary and fits with a final "…".
func fitNote(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	// Byte offset just past the first limit-1 characters.
	cut, n := 0, 0
	for i := range s {
		if n == limit-1 {
			cut = i
			break
		}
		n++
	}
	head := s[:cut]
	if i := strings.LastIndexFunc(head, unicode.IsSpace); i > 0 && !unicode.IsSpace(rune(s[cut])) {
		head = head[:i]
	}
	head = strings.TrimRightFunc(head, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—(", r)
	})
	return head + "…"
}

// clean makes contact text safe to insert: control and bidirectional
// formatting characters are dropped, whitespace runs become one space.
// Values are data: they are never parsed as templates.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), r == utf8.RuneError:
			return -1
		}
		return r
	}, s)
	return oneLine(s)
}
