package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/pflag"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// maxConnections is LinkedIn's cap on a network.
const maxConnections = 30000

// maxMessages bounds --messages: about 3 GB of messages.csv.
const maxMessages = 10_000_000

// options are the checked flags of one run.
type options struct {
	n       int
	msgs    int
	seed    uint64
	persona *persona
	date    time.Time
	asOf    time.Time // an older export's day, or zero
	out     string
	verbose bool
	minimal bool // messages.csv quoted only where needed
	excelEU bool // the files as a European Excel re-saves them
	spaced  bool // the files named as 2018-2022 exports named them
}

const usageHead = `usage: refrank-gen [-n CONNECTIONS] [-m MESSAGES] [--minimal-quotes] [--excel-eu] [--spaced-names] [--seed N] [--persona sample] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD] -o OUT

Writes a synthetic LinkedIn data export: a folder, or a zip when OUT ends in .zip.
The same flags always write the same bytes.

`

// run is the whole command: it parses args, writes the export, and
// returns the exit code: 0 success, 1 the export could not be written,
// 2 bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("refrank-gen", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	var (
		o       options
		persona string
		date    string
		asOf    string
		help    bool
	)
	fs.IntVarP(&o.n, "connections", "n", 350, "number of connections, 0 to 30000")
	fs.IntVarP(&o.msgs, "messages", "m", 1500, "rows of messages.csv, 0 to 10000000, beside the group chats' system rows")
	fs.BoolVar(&o.minimal, "minimal-quotes", false, "quote the fields of messages.csv only where needed, as LinkedIn did before 2026")
	fs.Uint64Var(&o.seed, "seed", 1, "random seed: another seed, another network")
	fs.StringVar(&persona, "persona", "sample", "the account owner ("+personaIDs()+")")
	fs.StringVar(&date, "date", "2026-11-20", "the export date; no connection is newer")
	fs.StringVar(&asOf, "as-of", "", "write the same account's older export of this `YYYY-MM-DD` day instead: the contacts connected by then, some at the employer they had then, the basic export's files")
	fs.BoolVar(&o.excelEU, "excel-eu", false, "write the files as Excel re-saves them in a European locale: a byte order mark, \";\" between fields, CRLF, dates like 16.09.2021")
	fs.BoolVar(&o.spaced, "spaced-names", false, "name the files with spaces, as 2018-2022 exports did (Recommendations Received.csv)")
	fs.StringVarP(&o.out, "output", "o", "", "folder to write, or a .zip file")
	fs.BoolVarP(&o.verbose, "verbose", "v", false, "print what was written to stderr")
	fs.BoolVarP(&help, "help", "h", false, "show this help")
	usage := func(w io.Writer) {
		fmt.Fprint(w, usageHead)
		fmt.Fprint(w, fs.FlagUsages())
	}

	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) || (err == nil && help) {
		usage(stdout)
		return 0
	}
	if err == nil {
		err = o.check(fs.Args(), persona, date)
	}
	if err == nil && asOf != "" {
		if o.asOf, err = time.Parse("2006-01-02", asOf); err != nil {
			err = fmt.Errorf("--as-of %q is not a date like 2025-06-01", asOf)
		} else if !o.asOf.Before(o.date) {
			err = fmt.Errorf("--as-of %s must be before the export date %s", asOf, o.date.Format("2006-01-02"))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "refrank-gen: error: %v\n", err)
		fmt.Fprintln(stderr, "refrank-gen: hint: run refrank-gen --help for usage")
		return 2
	}

	e := generate(o.persona, o.n, o.seed, o.date)
	e.messages = o.msgs
	e.minimalQuotes = o.minimal
	e.excelEU, e.spacedNames = o.excelEU, o.spaced
	if !o.asOf.IsZero() {
		e = e.asOf(o.asOf)
	}
	if strings.HasSuffix(strings.ToLower(o.out), ".zip") {
		err = writeZip(o.out, e)
	} else {
		err = writeDir(o.out, e)
	}
	if err != nil {
		fmt.Fprintf(stderr, "refrank-gen: error: %v\n", err)
		return 1
	}
	if o.verbose {
		summarize(stderr, e, o.out)
	}
	return 0
}

// check validates the flags and fills in the persona and date.
func (o *options) check(args []string, persona, date string) error {
	if len(args) > 0 {
		return fmt.Errorf("unexpected argument %q: the output goes after -o", args[0])
	}
	if o.out == "" {
		return errors.New("missing -o: say where to write the export (a folder, or a file ending in .zip)")
	}
	if o.n < 0 || o.n > maxConnections {
		return fmt.Errorf("--connections must be from 0 to %d (LinkedIn's cap), not %d", maxConnections, o.n)
	}
	if o.msgs < 0 || o.msgs > maxMessages {
		return fmt.Errorf("--messages must be from 0 to %d, not %d", maxMessages, o.msgs)
	}
	if o.persona = findPersona(persona); o.persona == nil {
		return fmt.Errorf("--persona %q is unknown; known: %s", persona, personaIDs())
	}
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return fmt.Errorf("--date %q is not a date like 2026-11-20", date)
	}
	if first := o.persona.newestStart(); !d.After(first) {
		return fmt.Errorf("--date must be after %s, when the persona's current job began", first.Format("2006-01-02"))
	}
	o.date = d
	return nil
}

// newestStart is the latest day the persona's history starts something.
func (p *persona) newestStart() time.Time {
	var t time.Time
	for _, j := range p.jobs {
		if j.start.After(t) {
			t = j.start
		}
	}
	return t
}

func personaIDs() string {
	ids := make([]string, len(personas))
	for i, p := range personas {
		ids[i] = p.id
	}
	return strings.Join(ids, ", ")
}

// summarize prints what was written: counts by employer group and by role.
func summarize(w io.Writer, e *export, out string) {
	hidden := 0
	groups := map[string]int{}
	roles := map[string]int{}
	for _, c := range e.contacts {
		switch {
		case c.hidden:
			hidden++
		case c.origin == "anchor":
			groups["(anchors)"]++
		default:
			groups[c.group]++
			roles[string(c.role)]++
		}
	}
	fmt.Fprintf(w, "refrank-gen: wrote %d connections (%d hidden) to %s\n", len(e.contacts), hidden, out)
	fmt.Fprintf(w, "employers: %s\n", counts(groups))
	fmt.Fprintf(w, "roles (besides anchors): %s\n", counts(roles))
}

// counts renders a tally as "a 3, b 2, ...", largest first, then by name.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
