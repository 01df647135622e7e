package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/refrank/refrank/analyze"
)

// A file is one file of the export that refrank reads: its layout, which
// names it and its columns, and how it is read. Adding a file is one
// entry in files and a reader in a Go file of its own.
type file struct {
	layout *layout
	// required files must be present: without them the input is not an
	// export.
	required bool
	// max points to the most bytes the file may hold, uncompressed.
	max *int64
	// background files are read in a goroutine of their own while the
	// files before them are read: messages.csv, by far the largest.
	background bool
	// read reads the file r, named label in messages; a file in parts
	// is read part by part, each as a file of its own.
	read func(r io.Reader, label string) (*result, error)
	// parts, when set instead of read, returns the reader of the file in
	// n parts (1 or more), which reads them as one file: messages.csv,
	// whose conversations run on from one part into the next.
	parts func(n int) func(r io.Reader, label string) (*result, error)
}

// A result is what reading one file gave.
type result struct {
	// rows counts the rows kept, to choose between two spellings of one
	// file.
	rows int
	// add adds what was read to x, which holds the files before this one.
	add func(x *analyze.Export)
}

// files lists the files read, in the order they are read and added to
// the Export.
var files = []file{
	{&connectionsLayout, true, &maxConnectionsBytes, false, readConnectionsInto, nil},
	{&positionsLayout, false, &maxOtherBytes, false, readPositionsInto, nil},
	{&educationLayout, false, &maxOtherBytes, false, readEducationInto, nil},
	{&profileLayout, false, &maxOtherBytes, false, optional("the owner's name unknown", readProfileInto), nil},
	{&messagesLayout, false, &maxMessagesBytes, true, nil, func(n int) func(io.Reader, string) (*result, error) {
		return optional("messages not used", readMessageParts(n))
	}},
	{&invitationsLayout, false, &maxOtherBytes, false, optional("invitations not used", interactions(ReadInvitations)), nil},
	{&endorsementsReceivedLayout, false, &maxOtherBytes, false, optional("endorsements not used", interactions(ReadEndorsementsReceived)), nil},
	{&endorsementsGivenLayout, false, &maxOtherBytes, false, optional("endorsements not used", interactions(ReadEndorsementsGiven)), nil},
	{&recommendationsReceivedLayout, false, &maxOtherBytes, false, optional("recommendations not used", interactions(ReadRecommendationsReceived)), nil},
	{&recommendationsGivenLayout, false, &maxOtherBytes, false, optional("recommendations not used", interactions(ReadRecommendationsGiven)), nil},
	{&applicationsLayout, false, &maxOtherBytes, false, optional("job applications not used", readApplicationsInto), nil},
	{&savedJobsLayout, false, &maxOtherBytes, false, optional("saved jobs not used", readSavedJobsInto), nil},
	{&preferencesLayout, false, &maxOtherBytes, false, optional("job-seeker preferences not used", readPreferencesInto), nil},
	{&followsLayout, false, &maxOtherBytes, false, optional("followed companies not used", readFollowsInto), nil},
}

// IsInput reports whether name is a file refrank reads from an export
// folder, under any of its spellings (see fileOf), one that an output
// must never replace.
func IsInput(name string) bool {
	base, _, ok := splitName(name)
	return ok && fileOf(base) >= 0
}

// kept is the result of a file read into in and w; add adds its values.
func kept(in analyze.Input, w []analyze.Warning, add func(x *analyze.Export)) *result {
	return &result{rows: in.Rows, add: func(x *analyze.Export) {
		add(x)
		x.Inputs = append(x.Inputs, in)
		x.Warnings = append(x.Warnings, w...)
	}}
}

func readConnectionsInto(r io.Reader, label string) (*result, error) {
	c, in, w, err := ReadConnections(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) { x.Contacts = append(x.Contacts, c...) }), nil
}

func readPositionsInto(r io.Reader, label string) (*result, error) {
	j, in, w, err := ReadPositions(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) { x.Jobs = append(x.Jobs, j...) }), nil
}

func readEducationInto(r io.Reader, label string) (*result, error) {
	s, in, w, err := ReadEducation(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) { x.Schools = append(x.Schools, s...) }), nil
}

// readProfileInto sets the owner's name, unless an earlier file did.
func readProfileInto(r io.Reader, label string) (*result, error) {
	p, headline, in, w, err := readProfile(r, label)
	if err != nil {
		return nil, err
	}
	return kept(in, w, func(x *analyze.Export) {
		if x.Owner.Name == "" {
			x.Owner.Name = p.Name
		}
		if x.Search.Headline == "" {
			x.Search.Headline = headline
		}
	}), nil
}

// readMessageParts returns the reader of the n parts of one messages.csv,
// read in order (messages.csv, messages_1.csv, ...): they are summed up as
// one file, a conversation going on from one part into the next, and the
// owner is decided once all are read, at the file's turn, from the
// owner's name that Profile.csv, read before it, gave. Each part keeps its own header,
// line numbers, Input and row warnings.
func readMessageParts(n int) func(io.Reader, string) (*result, error) {
	var m *messageReader
	var ins []*analyze.Input
	finished := false
	return func(r io.Reader, label string) (*result, error) {
		if m == nil {
			m = newMessageReader(label)
			m.split = n > 1
		} else {
			m.nextPart()
		}
		in, w, err := m.sum(r, label)
		ins = append(ins, &in)
		if err != nil {
			return nil, err
		}
		return &result{rows: in.Rows, add: func(x *analyze.Export) {
			if !finished {
				// The first part taken in: every part was read.
				finished = true
				is, owner := m.finish(x.Owner.Name, ins)
				w = append(w, m.warnings()...)
				if x.Owner.Name == "" {
					x.Owner.Name = owner.Name
				}
				if x.Owner.URL == "" {
					x.Owner.URL = owner.URL
				}
				x.Interactions = append(x.Interactions, is...)
			}
			x.Inputs = append(x.Inputs, in)
			x.Warnings = append(x.Warnings, w...)
		}}, nil
	}
}

// interactions adapts the reader of a file of interactions.
func interactions(read func(io.Reader, string) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error)) func(io.Reader, string) (*result, error) {
	return func(r io.Reader, label string) (*result, error) {
		is, in, w, err := read(r, label)
		if err != nil {
			return nil, err
		}
		return kept(in, w, func(x *analyze.Export) { x.Interactions = append(x.Interactions, is...) }), nil
	}
}

// optional makes a file whose header is not the expected one a warning
// rather than an error, saying what follows (consequence): the contacts
// can be ranked without the file.
func optional(consequence string, read func(io.Reader, string) (*result, error)) func(io.Reader, string) (*result, error) {
	return func(r io.Reader, label string) (*result, error) {
		res, err := read(r, label)
		var pe *ParseError
		if err == nil || !errors.As(err, &pe) || !errors.Is(err, ErrNoHeader) && !errors.Is(err, ErrMissingColumn) {
			return res, err
		}
		msg := pe.Err.Error()
		if errors.Is(err, ErrNoHeader) && pe.Line > 0 {
			msg = "no header row found" // not the "is this ...?" of an error
		}
		w := []analyze.Warning{{File: pe.File, Line: pe.Line, Msg: msg + "; " + consequence}}
		return kept(analyze.Input{File: label}, w, func(*analyze.Export) {}), nil
	}
}

// Limits on what is read, against archives built to exhaust memory or
// time (zip bombs) and files that are not what they are named. Sizes are
// uncompressed bytes: checked first against what the zip header or the
// file system says, then counted as the bytes are read (archive/zip also
// fails an entry that holds more than its header says). Memory does not
// grow with any of them: files are streamed. They are variables for the
// tests.
var (
	// maxEntries is the most entries a zip archive may have.
	maxEntries = 10_000
	// maxConnectionsBytes is the most a Connections.csv may hold.
	// LinkedIn caps a network at 30,000 connections, about 4 MB.
	maxConnectionsBytes int64 = 64 << 20
	// maxMessagesBytes is the most a messages.csv may hold: a
	// recruiter's runs to hundreds of MB.
	maxMessagesBytes int64 = 2 << 30
	// maxOtherBytes is the most any other file read may hold.
	maxOtherBytes int64 = 256 << 20
	// maxTotalBytes is the most read from one export, all files
	// together.
	maxTotalBytes int64 = 4 << 30
	// maxRatio is the most an entry of a zip archive may be compressed
	// (uncompressed size / compressed size) when it is larger than
	// ratioFloor: CSV text compresses about 5 to 20 times, a zip bomb
	// thousands of times.
	maxRatio int64 = 200
	// ratioFloor is the size under which the compression ratio is not
	// checked: small files are cheap to read whatever their ratio (and a
	// file of repeated rows compresses very well).
	ratioFloor int64 = 16 << 20
)

// Progress is told how far the reading of an export is: done of total
// bytes, uncompressed, of the files read. Calls come one at a time, from
// any goroutine.
type Progress func(done, total int64)

// A counter counts the bytes read for a Progress.
type counter struct {
	fn          Progress
	mu          sync.Mutex
	done, total int64
}

// add counts n more bytes read. A nil counter counts nothing.
func (c *counter) add(n int64) {
	if c == nil || n == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done += n
	c.fn(c.done, c.total)
}

func newCounter(fn Progress) *counter {
	if fn == nil {
		return nil
	}
	return &counter{fn: fn}
}

// Open reads the export at path: a LinkedIn archive .zip (recognised by
// its content, whatever its name), the folder it was unzipped into, or a
// bare Connections.csv under any name. It is the one function of the
// package that touches paths; nothing is ever extracted to disk.
// progress, when not nil, is told how far the reading is.
//
// For a bare CSV file, only contacts are read.
func Open(path string, progress Progress) (*analyze.Export, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return read(os.DirFS(path), path, false, newCounter(progress))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	magic := make([]byte, 4)
	n, err := io.ReadFull(f, magic)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if isZip(magic[:n]) {
		zr, err := zip.NewReader(f, fi.Size())
		if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
			return nil, fmt.Errorf("%s: cannot read the zip archive (%w); it may be cut short or damaged: download the export again", path, err)
		}
		return read(zr, path, true, newCounter(progress))
	}
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		return nil, fmt.Errorf("%s: not a zip archive (it does not start like one); download the export again", path)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if fi.Mode().IsRegular() && fi.Size() > maxConnectionsBytes {
		return nil, tooLarge(path, connectionsLayout.name, fi.Size(), maxConnectionsBytes)
	}
	prog := newCounter(progress)
	if prog != nil {
		prog.total = fi.Size()
	}
	lr := &limitedReader{r: f, n: maxConnectionsBytes, max: maxConnectionsBytes, total: &budget{left: maxTotalBytes}, label: path, prog: prog}
	res, err := readConnectionsInto(lr, path)
	if err != nil {
		return nil, err
	}
	x := &analyze.Export{}
	res.add(x)
	dated(x)
	return x, nil
}

// isZip reports whether b starts like a zip archive, empty or not.
func isZip(b []byte) bool {
	return bytes.HasPrefix(b, []byte("PK\x03\x04")) || bytes.HasPrefix(b, []byte("PK\x05\x06"))
}

// Read reads an export laid out as a file system: a [*zip.Reader] or an
// [os.DirFS]. The files of the files table are found by name (see
// fileOf) at its top level, or, when Connections.csv is not there, in the
// one folder below it that holds one; Connections.csv is required, the
// others are read when present. label names the export in messages,
// Inputs and Sources: a file is "label:name" in a zip archive,
// filepath.Join(label, name) otherwise, and just its name when label is
// empty.
//
// Export.Date comes from the label when it is named like LinkedIn's
// archives ("Basic_LinkedInDataExport_02-06-2026.zip"), else it is the
// newest connection date.
func Read(fsys fs.FS, label string) (*analyze.Export, error) {
	_, zipped := fsys.(*zip.Reader)
	return read(fsys, label, zipped, nil)
}

// read is Read, for a zip archive when zipped, counting the bytes read
// with prog (which may be nil).
func read(fsys fs.FS, label string, zipped bool, prog *counter) (*analyze.Export, error) {
	where := label
	if where == "" {
		where = "export"
	}
	if zr, ok := fsys.(*zip.Reader); ok && len(zr.File) > maxEntries {
		return nil, fmt.Errorf("%s: more than %d entries in the archive; not a LinkedIn export? (%w)", where, maxEntries, ErrTooLarge)
	}
	found, skipped, err := locate(fsys)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, oneLine{err})
	}
	dir := ""
	if len(found[0]) == 0 && len(skipped) == 0 {
		if dir, err = oneDown(fsys, where); err != nil {
			return nil, err
		}
		if fsys, err = fs.Sub(fsys, dir); err == nil {
			found, skipped, err = locate(fsys)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, oneLine{err})
		}
	}
	name := func(n string) string { return join(label, path.Join(dir, n), zipped) }
	for i, f := range files {
		if f.required && len(found[i]) == 0 {
			if len(skipped) > 0 {
				return nil, fmt.Errorf("%s: %s", name(skipped[0].File), skipped[0].Msg)
			}
			return nil, notExport(fsys, where, f.layout.name)
		}
	}
	if prog != nil {
		for _, srcs := range found {
			for _, s := range srcs {
				for _, p := range s.parts {
					if fi, err := fs.Stat(fsys, p); err == nil && fi.Mode().IsRegular() {
						prog.total += fi.Size()
					}
				}
			}
		}
	}

	// The background files are read while the others are, with budgets
	// of their own, and taken in at their turn, so that the Export, and
	// the error when a file fails, are those of reading the files one
	// after another.
	ahead := make([]*pending, len(files))
	for i, f := range files {
		if f.background && len(found[i]) == 1 {
			p := &pending{done: make(chan struct{})}
			go func() {
				defer close(p.done)
				p.res, p.n, p.err = readParts(fsys, found[i][0], name, f, &budget{left: maxTotalBytes}, prog, &p.stop)
			}()
			ahead[i] = p
			defer p.cancel()
		}
	}
	x := &analyze.Export{}
	for _, w := range skipped {
		w.File = name(w.File)
		x.Warnings = append(x.Warnings, w)
	}
	total := &budget{left: maxTotalBytes}
	for i, f := range files {
		var res []*result
		var note *analyze.Warning
		switch srcs := found[i]; {
		case ahead[i] != nil:
			if res, err = ahead[i].take(total, name(srcs[0].parts[0])); err != nil {
				return nil, err
			}
		case len(srcs) == 1:
			if res, _, err = readParts(fsys, srcs[0], name, f, total, prog, nil); err != nil {
				return nil, err
			}
		case len(srcs) > 1:
			if res, note, err = readLongest(fsys, srcs, name, f, total, prog); err != nil {
				return nil, err
			}
		}
		for _, r := range res {
			r.add(x)
		}
		if note != nil {
			x.Warnings = append(x.Warnings, *note)
		}
	}
	dated(x)
	return x, nil
}

// A spelling is one file of the export as found: its name without the
// part number and ".csv", and the names of its parts in order.
type spelling struct {
	name  string
	parts []string
}

// partName splits a file's name into its base, the number of its part
// ("Job Applications_2.csv"), and a copy's number ("Connections (1).csv",
// which a browser names a second download).
var partName = regexp.MustCompile(`(?i)^(.*?)(?:_(\d{1,3}))?(?: ?\(\d{1,3}\))?\.csv$`)

// splitName returns the base of a file's name and the number of its part
// (0 for none), and false when it is not a CSV file.
func splitName(name string) (base string, part int, ok bool) {
	m := partName.FindStringSubmatch(name)
	if m == nil {
		return "", 0, false
	}
	if m[2] != "" {
		part, _ = strconv.Atoi(m[2])
	}
	return m[1], part, true
}

// fileOf returns the index in files of the file whose name has the base
// base, with case, spaces, underscores and hyphens folded
// ("Recommendations Received" is "Recommendations_Received"), or -1.
func fileOf(base string) int {
	stem := foldStem(base)
	for i, f := range files {
		b, _, _ := splitName(f.layout.name)
		if foldStem(b) == stem {
			return i
		}
	}
	return -1
}

// foldStem lower-cases s and drops its spaces, underscores and hyphens.
func foldStem(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '_', '-':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// subFolders are the folders, lower-cased, in which LinkedIn puts some of
// the files read: Jobs/Job Applications.csv.
var subFolders = []string{"jobs"}

// locate finds the files of the files table at the top level of fsys and
// in its subFolders: for each entry of files, the spellings of it found,
// by name, each with its parts in order.
func locate(fsys fs.FS) ([][]spelling, []analyze.Warning, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, err
	}
	found := make([][]spelling, len(files))
	var skipped []analyze.Warning
	nums := map[string]int{} // name of a part -> its number
	look := func(dir string, entries []fs.DirEntry) {
		for _, e := range entries {
			if e.IsDir() {
				continue
			}
			base, part, ok := splitName(e.Name())
			if !ok {
				continue
			}
			i := fileOf(base)
			if i < 0 {
				continue
			}
			name, base := path.Join(dir, e.Name()), path.Join(dir, base)
			// A FIFO, a device or a link to one is never opened: reading
			// it could hang the run or never end.
			mode := e.Type()
			if mode&fs.ModeSymlink != 0 {
				if fi, err := fs.Stat(fsys, name); err == nil {
					mode = fi.Mode().Type()
				}
			}
			if !mode.IsRegular() && mode&fs.ModeSymlink == 0 {
				skipped = append(skipped, analyze.Warning{File: name, Msg: "not a regular file (a pipe, a device or a link to one); not read"})
				continue
			}
			nums[name] = part
			k := slices.IndexFunc(found[i], func(s spelling) bool { return s.name == base })
			if k < 0 {
				k = len(found[i])
				found[i] = append(found[i], spelling{name: base})
			}
			found[i][k].parts = append(found[i][k].parts, name)
		}
	}
	look(".", entries)
	for _, e := range entries {
		if e.IsDir() && slices.Contains(subFolders, strings.ToLower(e.Name())) {
			if sub, err := fs.ReadDir(fsys, e.Name()); err == nil {
				look(e.Name(), sub)
			}
		}
	}
	for _, srcs := range found {
		for _, s := range srcs {
			slices.SortStableFunc(s.parts, func(a, b string) int { return nums[a] - nums[b] })
		}
	}
	return found, skipped, nil
}

// oneDown returns the folder of fsys, one level down, that holds the
// export when its top level has no Connections.csv: people zip the
// folder they unzipped the archive into.
func oneDown(fsys fs.FS, where string) (string, error) {
	entries, _ := fs.ReadDir(fsys, ".")
	var dirs []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		sub, err := fs.Sub(fsys, e.Name())
		if err != nil {
			continue
		}
		if found, _, err := locate(sub); err == nil && len(found[0]) > 0 {
			dirs = append(dirs, e.Name())
		}
	}
	switch len(dirs) {
	case 0:
		return "", notExport(fsys, where, connectionsLayout.name)
	case 1:
		return dirs[0], nil
	}
	return "", fmt.Errorf("%s: %d exports, in the folders %s: %w; point refrank at one of them", where, len(dirs), quoteAll(dirs), ErrNotExport)
}

// quoteAll quotes the names and joins them with commas.
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

// readParts reads the parts of the file src, in order, as f says. name
// labels a file of fsys.
func readParts(fsys fs.FS, src spelling, name func(string) string, f file, total *budget, prog *counter, stop *atomic.Bool) ([]*result, int64, error) {
	var res []*result
	var n int64
	if f.parts != nil {
		f.read = f.parts(len(src.parts))
	}
	for _, p := range src.parts {
		r, k, err := readFile(fsys, p, name(p), f, total, prog, stop)
		n += k
		if err != nil {
			return nil, n, err
		}
		res = append(res, r)
	}
	return res, n, nil
}

// readLongest reads the spellings srcs of one file and keeps the one that
// gives the most rows, with a warning that says so.
func readLongest(fsys fs.FS, srcs []spelling, name func(string) string, f file, total *budget, prog *counter) ([]*result, *analyze.Warning, error) {
	var best []*result
	bestRows, bestAt := -1, 0
	var others []string
	for i, s := range srcs {
		res, _, err := readParts(fsys, s, name, f, total, prog, nil)
		if err != nil {
			return nil, nil, err
		}
		rows := 0
		for _, r := range res {
			rows += r.rows
		}
		if rows > bestRows {
			if best != nil {
				others = append(others, srcs[bestAt].parts[0])
			}
			best, bestRows, bestAt = res, rows, i
		} else {
			others = append(others, s.parts[0])
		}
	}
	w := &analyze.Warning{File: name(srcs[bestAt].parts[0]), Msg: fmt.Sprintf("the same file as %s, under another name; this one, with more rows (%d), was read",
		quoteAll(others), bestRows)}
	return best, w, nil
}

// readFile reads the file name of fsys, labelled label, as f says,
// counting its bytes against total and with prog, and returns how many
// it read. Reading fails with errStopped once stop, when not nil, is set.
func readFile(fsys fs.FS, name, label string, f file, total *budget, prog *counter, stop *atomic.Bool) (*result, int64, error) {
	r, err := fsys.Open(name)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", label, oneLine{err})
	}
	defer r.Close()
	if err := checkSize(r, label, f); err != nil {
		return nil, 0, err
	}
	var src io.Reader = r
	if fi, err := r.Stat(); err == nil {
		if _, ok := fi.Sys().(*zip.FileHeader); ok {
			// Inflating overlaps with parsing. The limits below count
			// the bytes parsed; inflating runs at most a few chunks
			// ahead.
			p := newPrefetcher(r)
			defer p.Close()
			src = p
		}
	}
	lr := &limitedReader{r: src, n: *f.max, max: *f.max, total: total, label: label, stop: stop, prog: prog}
	res, err := f.read(lr, label)
	return res, lr.max - lr.n, err
}

// A pending file is one read in the background (see read), with a
// budget of its own.
type pending struct {
	res  []*result
	n    int64 // bytes read
	err  error
	done chan struct{}
	stop atomic.Bool
}

// cancel stops reading, if it has not ended, and waits until it has.
func (p *pending) cancel() {
	p.stop.Store(true)
	<-p.done
}

// take waits for the file, labelled label, to be read and returns what
// it gave, or its error, as readFile would have at this turn: when the
// bytes read overrun what total has left, the error of the total limit.
func (p *pending) take(total *budget, label string) ([]*result, error) {
	<-p.done
	if p.err != nil {
		return nil, p.err
	}
	if p.n > total.left {
		return nil, fmt.Errorf("%s: %w", label, &limitError{totalMsg()})
	}
	total.left -= p.n
	return p.res, nil
}

// checkSize fails fast, before anything is read, when the file r says it
// is larger than f may be, or, in a zip archive, when it is compressed
// like a zip bomb.
func checkSize(r fs.File, label string, f file) error {
	fi, err := r.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return nil // counted as it is read
	}
	if fi.Size() > *f.max {
		return tooLarge(label, f.layout.name, fi.Size(), *f.max)
	}
	if zf, ok := fi.Sys().(*zip.FileHeader); ok && zf.UncompressedSize64 > uint64(ratioFloor) {
		if zf.CompressedSize64 == 0 || zf.UncompressedSize64/zf.CompressedSize64 > uint64(maxRatio) {
			return &limitError{fmt.Sprintf("%s: compressed more than %d times (%s in %s); a zip bomb, not a LinkedIn export",
				label, maxRatio, analyze.ByteSize(int64(zf.UncompressedSize64)), analyze.ByteSize(int64(zf.CompressedSize64)))}
		}
	}
	return nil
}

// tooLarge is the error for the file label, a file named name in the
// files table, of n bytes, more than max.
func tooLarge(label, name string, n, max int64) error {
	return &limitError{fmt.Sprintf("%s: %s uncompressed, more than a %s can be (%s); not a LinkedIn export?", label, analyze.ByteSize(n), name, analyze.ByteSize(max))}
}

// join names the file name of the export labelled label.
func join(label, name string, isZip bool) string {
	switch {
	case label == "":
		return name
	case isZip:
		return label + ":" + name
	}
	return filepath.Join(label, filepath.FromSlash(name))
}

// notExport is the error for an export without the required file want,
// with a hint when the zip archive is a workbook.
func notExport(fsys fs.FS, where, want string) error {
	if _, err := fs.Stat(fsys, "[Content_Types].xml"); err == nil {
		return fmt.Errorf("%s: an Office document, not a LinkedIn export: %w; save the sheet as CSV", where, ErrNotExport)
	}
	return fmt.Errorf("%s: no %s at the top level or one folder down: %w", where, want, ErrNotExport)
}

// dated sets the export's Date from its own content, which is the same
// whatever its form (a zip archive, a folder, under any name): the newest
// day a connection, a message, or a job application or saved job of the
// user's is dated, in UTC. DateFrom names that kind of date and the file.
func dated(x *analyze.Export) {
	x.Date, x.DateFrom = time.Time{}, ""
	see := func(t time.Time, what, file string) {
		if t.IsZero() {
			return
		}
		t = t.UTC()
		if d, ok := day(t.Year(), t.Month(), t.Day()); ok && d.After(x.Date) {
			x.Date, x.DateFrom = d, what+" in "+baseName(file)
		}
	}
	for _, c := range x.Contacts {
		file := c.Source
		if i := strings.LastIndexByte(file, ':'); i >= 0 {
			file = file[:i]
		}
		see(c.ConnectedOn, "the newest connection", file)
	}
	for _, in := range x.Interactions {
		see(in.LastMessage, "the newest message", in.File)
	}
	for _, p := range x.Search.Postings {
		see(p.Date, "the newest job of your search", p.File)
	}
}

// A budget is the bytes left to read from all the files of one export.
type budget struct{ left int64 }

type limitedReader struct {
	r     io.Reader
	n     int64 // bytes left of this file
	max   int64
	total *budget
	label string
	stop  *atomic.Bool // reading fails once it is set; may be nil
	prog  *counter     // counts the bytes read; may be nil
}

// errStopped is what reading a file read ahead fails with once Read has
// returned.
var errStopped = errors.New("reading stopped")

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.stop != nil && l.stop.Load() {
		return 0, errStopped
	}
	if l.n < 0 || l.total.left < 0 {
		return 0, l.err()
	}
	if left := min(l.n, l.total.left); int64(len(p)) > left+1 {
		p = p[:left+1]
	}
	n, err := l.r.Read(p)
	l.prog.add(int64(n))
	l.n -= int64(n)
	l.total.left -= int64(n)
	if l.n < 0 || l.total.left < 0 {
		return 0, l.err()
	}
	return n, err
}

func (l *limitedReader) err() error {
	if l.n < 0 {
		return &limitError{fmt.Sprintf("more than %s uncompressed; not reading further", analyze.ByteSize(l.max))}
	}
	return &limitError{totalMsg()}
}

// totalMsg is the message of the error for an export beyond maxTotalBytes.
func totalMsg() string {
	return fmt.Sprintf("the export holds more than %s uncompressed in all; not reading further", analyze.ByteSize(maxTotalBytes))
}

// A limitError is an input beyond one of the limits; it wraps ErrTooLarge.
type limitError struct{ msg string }

func (e *limitError) Error() string { return e.msg }
func (e *limitError) Unwrap() error { return ErrTooLarge }

// oneLine is an error whose message, which may hold names from an
// archive, is kept on one line: control characters are escaped.
type oneLine struct{ err error }

func (e oneLine) Error() string {
	msg := e.err.Error()
	if !strings.ContainsFunc(msg, unicode.IsControl) {
		return msg
	}
	q := strconv.Quote(msg)
	return q[1 : len(q)-1]
}

func (e oneLine) Unwrap() error { return e.err }
