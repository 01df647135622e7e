package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/report"
)

const batchHelp = `usage: refrank batch [flags] CLIENTS_DIR -o OUT_DIR

Ranks the referrers of many clients at once, for a career coach or a
career centre. Every folder of CLIENTS_DIR (or .zip archive in it) is one
client, named after it. A client's folder holds the LinkedIn export (the
.zip, the folder it was unzipped into, or its CSV files directly), the
client's refrank.toml (see 'refrank init') and, optionally, the notes file
it names.

Writes OUT_DIR/<client>.xlsx for each client, and OUT_DIR/clients.xlsx with
one row per client: contacts, targets, referrers per target, close ties,
the best referrer per target, warnings, and why a client failed. A client
that fails does not stop the others; the batch then exits 1.

Flags:
`

// summaryName is the batch's summary workbook; no client may take it.
const summaryName = "clients.xlsx"

// batchOptions are the checked flags of refrank batch.
type batchOptions struct {
	clients string
	out     string
	jobs    int
	quiet   bool
	now     time.Time
}

func batchCmd(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("batch", pflag.ContinueOnError)
	var opt batchOptions
	fs.StringVarP(&opt.out, "output", "o", "", "write the workbooks to folder `OUT_DIR`, created if needed")
	fs.IntVarP(&opt.jobs, "jobs", "j", runtime.NumCPU(), "rank `N` clients at a time")
	fs.BoolVarP(&opt.quiet, "quiet", "q", false, "print only failures and warnings")
	if code, done := parseFlags(fs, args, batchHelp, stdout, stderr); done {
		return code
	}
	err := func() error {
		if fs.NArg() != 1 {
			return usagef("batch needs one CLIENTS_DIR, a folder with one folder per client")
		}
		opt.clients = fs.Arg(0)
		if opt.out == "" {
			return usagef("batch needs -o OUT_DIR, the folder to write the workbooks to")
		}
		_, err := atLeast(given[int]{opt.jobs, "--jobs"}, 1)
		return err
	}()
	if err != nil {
		return usageFail(stderr, "batch", err)
	}
	opt.now = time.Now().UTC()
	code, err := batch(opt, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	return code
}

// client is one client of a batch and, once ranked, its row of
// clients.xlsx.
type client struct {
	name string
	path string // the client's folder or .zip
	zip  bool   // path is the export itself

	// Set by rankClient.
	res      *analyze.Result
	targets  []target
	warnings []analyze.Warning
	err      error
}

// batch ranks every client of opt.clients. It returns exitFail when a
// client failed, and an error when the batch could not run at all.
func batch(opt batchOptions, stderr io.Writer) (int, error) {
	// Clients run side by side: each gets the budget of one export.
	defer tuneMemory(int64(max(opt.jobs, 1)) * memoryBudget)()
	clients, err := listClients(opt.clients, opt.out)
	if err != nil {
		return exitFail, err
	}
	if len(clients) == 0 {
		return exitFail, hinted{fmt.Errorf("%s: no client folders", opt.clients), "put each client's export and refrank.toml in a folder of their own in " + opt.clients}
	}
	if err := os.MkdirAll(opt.out, 0o755); err != nil {
		return exitFail, fmt.Errorf("cannot create %s: %w", opt.out, err)
	}
	// A folder the batch cannot write to fails now, not after every
	// client is ranked.
	if err := canWrite(filepath.Join(opt.out, summaryName)); err != nil {
		return exitFail, hinted{fmt.Errorf("cannot write to %s: %w", opt.out, err), "give -o a folder you can write to"}
	}

	m := newMeter(stderr, opt.quiet, "clients", 0)
	m.grow(int64(len(clients)))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(opt.jobs, len(clients)) {
		wg.Go(func() {
			for i := range next {
				c := &clients[i]
				rankClient(c, opt)
				m.add(1, c.name)
			}
		})
	}
	for i := range clients {
		next <- i
	}
	close(next)
	wg.Wait()
	m.stop()

	header, rows := clientTable(clients)
	var buf bytes.Buffer
	if err := report.WriteTableXLSX(&buf, "Clients", header, rows); err != nil {
		return exitFail, fmt.Errorf("writing %s: %w", summaryName, err)
	}
	summaryPath := filepath.Join(opt.out, summaryName)
	if err := writeFile(summaryPath, buf.Bytes()); err != nil {
		return exitFail, err
	}

	failed := 0
	for _, c := range clients {
		if c.err != nil {
			failed++
			fmt.Fprintf(stderr, "refrank: %s: %s\n", clean(c.name), clean(c.err.Error()))
			var h hinted
			if errors.As(c.err, &h) && h.hint != "" {
				fmt.Fprintf(stderr, "refrank: hint: %s\n", clean(h.hint))
			}
		} else if len(c.warnings) > 0 && !opt.quiet {
			fmt.Fprintf(stderr, "refrank: %s: %s (listed in the Run sheet of %s.xlsx)\n", clean(c.name), analyze.Plural(len(c.warnings), "warning", "warnings"), clean(c.name))
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "refrank: %d of %d clients failed; wrote %s\n", failed, len(clients), summaryPath)
		return exitFail, nil
	}
	if !opt.quiet {
		fmt.Fprintf(stderr, "refrank: ranked %s; wrote %s\n", analyze.Plural(len(clients), "client", "clients"), summaryPath)
	}
	return exitOK, nil
}

// listClients returns the clients in dir, by name: its folders and .zip
// files, hidden ones and the output folder out left out.
func listClients(dir, out string) ([]client, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, hinted{err, "give refrank batch the folder that holds one folder per client"}
	}
	outInfo, _ := os.Stat(out)
	var clients []client
	for _, e := range entries {
		name, path := e.Name(), filepath.Join(dir, e.Name())
		if strings.HasPrefix(name, ".") {
			continue
		}
		fi, err := os.Stat(path) // follows a link
		if err != nil {
			continue
		}
		c := client{name: name, path: path}
		switch {
		case fi.IsDir():
			if outInfo != nil && os.SameFile(fi, outInfo) {
				continue
			}
		case strings.EqualFold(filepath.Ext(name), ".zip"):
			c.name, c.zip = strings.TrimSuffix(name, filepath.Ext(name)), true
		default:
			continue // a README, a spreadsheet of the coach's
		}
		clients = append(clients, c)
	}
	slices.SortStableFunc(clients, func(a, b client) int { return strings.Compare(a.name, b.name) })
	for i := 1; i < len(clients); i++ {
		if strings.EqualFold(clients[i].name, clients[i-1].name) {
			clients[i].err = hinted{fmt.Errorf("two clients are named %s", clients[i].name), "rename the folder or the .zip"}
		}
	}
	return clients, nil
}

// rankClient ranks client c and writes its workbook, recording the
// outcome in c.
func rankClient(c *client, opt batchOptions) {
	if c.err != nil {
		return
	}
	if strings.EqualFold(c.name+".xlsx", summaryName) {
		c.err = hinted{fmt.Errorf("a client cannot be named %s: its workbook would replace %s", c.name, summaryName), "rename the folder"}
		return
	}
	o, err := clientOptions(c, opt)
	if err != nil {
		c.err = err
		return
	}
	if o.root != nil {
		defer o.root.Close()
	}
	c.targets = o.targets
	_, res, err := compute(o, nil)
	if err != nil {
		c.err = err
		return
	}
	c.res, c.warnings = res, res.Warnings
	if err := createFile(o.output, func(w io.Writer) error { return renderTo(w, o, res) }); err != nil {
		c.err = err
	}
}

// clientOptions are the rank options of client c: the defaults, then the
// client's refrank.toml, checked as rank checks them, writing
// OUT_DIR/<client>.xlsx.
func clientOptions(c *client, opt batchOptions) (rankOptions, error) {
	s := defaults()
	var exports []string
	if c.zip {
		exports = []string{c.path}
	} else {
		p := filepath.Join(c.path, configName)
		var err error
		if _, err = os.Stat(p); err == nil {
			if s, err = loadConfig(p); err != nil {
				return rankOptions{}, err
			}
		}
		if exports, err = findExports(c.path); err != nil {
			return rankOptions{}, err
		}
	}
	o, err := s.check()
	if err != nil {
		return o, err
	}
	o.exports = exports
	o.output, o.format, o.quiet, o.now = filepath.Join(opt.out, c.name+".xlsx"), "xlsx", true, opt.now
	if !c.zip {
		// The client's refrank.toml is untrusted: its notes and templates
		// are read inside the client's folder, never through a path or a
		// link that leaves it.
		if o.root, err = os.OpenRoot(c.path); err != nil {
			return o, err
		}
	}
	return o, nil
}

// findExports returns the exports in a client's folder: its .zip files
// and the folders in it that hold a Connections.csv; when there are none,
// the folder itself, whose CSV files are then the export.
func findExports(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var exports []string
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		fi, err := os.Stat(path)
		switch {
		case err != nil:
		case fi.Mode().IsRegular() && strings.EqualFold(filepath.Ext(e.Name()), ".zip"):
			exports = append(exports, path)
		case fi.IsDir() && hasConnections(path):
			exports = append(exports, path)
		}
	}
	if len(exports) == 0 {
		exports = []string{dir}
	}
	return exports, nil
}

func hasConnections(dir string) bool {
	entries, _ := os.ReadDir(dir)
	return slices.ContainsFunc(entries, func(e os.DirEntry) bool { return strings.EqualFold(e.Name(), "connections.csv") })
}

// clientTable is the table of clients.xlsx: one row per client, in the
// order of their names.
func clientTable(clients []client) (header []string, rows [][]string) {
	header = []string{"Client", "Status", "Contacts", "Targets", "Referrers", "Close Ties", "Best Referrers", "Deadlines", "Warnings", "Failure", "Workbook"}
	for _, c := range clients {
		if c.err != nil {
			reason := c.err.Error()
			var h hinted
			if errors.As(c.err, &h) && h.hint != "" {
				reason += "; hint: " + h.hint
			}
			rows = append(rows, []string{c.name, "failed", "", "", "", "", "", "", "", clean(reason), ""})
			continue
		}
		r := c.res
		var targets, found, best, deadlines []string
		close := map[string]bool{}
		for i, s := range r.Companies {
			name := s.Target
			if i < len(c.targets) {
				name = c.targets[i].String()
				if d := c.targets[i].Deadline; !d.IsZero() {
					deadlines = append(deadlines, name+" "+d.Format("2006-01-02"))
				}
			}
			if len(c.targets) > 0 || i < 10 {
				targets = append(targets, name)
				found = append(found, fmt.Sprintf("%s %d", name, s.Contacts))
				b := "none"
				if len(s.Best) > 0 {
					b = s.Best[0]
				}
				best = append(best, name+": "+b)
			}
		}
		if len(c.targets) == 0 {
			targets = []string{"every company in the network"}
		}
		for _, ref := range r.Referrals {
			if ref.Tie == analyze.Close {
				close[ref.Contact.Key()] = true
			}
		}
		rows = append(rows, []string{
			c.name, "ok", strconv.Itoa(r.Contacts),
			strings.Join(targets, "; "), strings.Join(found, "; "),
			strconv.Itoa(len(close)), strings.Join(best, "; "),
			strings.Join(deadlines, "; "),
			strconv.Itoa(len(c.warnings)), "", c.name + ".xlsx",
		})
	}
	return header, rows
}
