package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/refrank/refrank/analyze"
)

// A file is one file of the export that refrank reads.
type file struct {
	// name is the file's name at the top of the export, lower-cased.
	name string
	// required files must be present: without them the input is not an
	// export.
	required bool
	// max points to the most bytes the file may hold, uncompressed.
	max *int64
	// read reads the file r, named label in messages, into x.
	read func(r io.Reader, label string, x *analyze.Export) error
}

// files lists the files read, in the order they are read. Adding a file
// is one line here and one reader in a file of its own.
var files = []file{
	{"connections.csv", true, &maxConnectionsBytes, readConnectionsInto},
	{"positions.csv", false, &maxOtherBytes, readPositionsInto},
	{"education.csv", false, &maxOtherBytes, readEducationInto},
	{"profile.csv", false, &maxOtherBytes, optional("the owner's name unknown", readProfileInto)},
	{"messages.csv", false, &maxMessagesBytes, optional("messages not used", readMessagesInto)},
	{"invitations.csv", false, &maxOtherBytes, optional("invitations not used", interactions(ReadInvitations))},
	{"endorsement_received_info.csv", false, &maxOtherBytes, optional("endorsements not used", interactions(ReadEndorsementsReceived))},
	{"endorsement_given_info.csv", false, &maxOtherBytes, optional("endorsements not used", interactions(ReadEndorsementsGiven))},
	{"recommendations_received.csv", false, &maxOtherBytes, optional("recommendations not used", interactions(ReadRecommendationsReceived))},
	{"recommendations_given.csv", false, &maxOtherBytes, optional("recommendations not used", interactions(ReadRecommendationsGiven))},
	{"job applications.csv", false, &maxOtherBytes, optional("job applications not used", readApplicationsInto)},
	{"saved jobs.csv", false, &maxOtherBytes, optional("saved jobs not used", readSavedJobsInto)},
	{"job seeker preferences.csv", false, &maxOtherBytes, optional("job-seeker preferences not used", readPreferencesInto)},
	{"company follows.csv", false, &maxOtherBytes, optional("followed companies not used", readFollowsInto)},
}

// IsInput reports whether name, in any case, is a file refrank reads from
// an export folder, one that an output must never replace.
func IsInput(name string) bool {
	name = strings.ToLower(name)
	for _, f := range files {
		if f.name == name {
			return true
		}
	}
	return false
}

func readConnectionsInto(r io.Reader, label string, x *analyze.Export) error {
	c, in, w, err := ReadConnections(r, label)
	x.Contacts = append(x.Contacts, c...)
	return add(x, in, w, err)
}

func readPositionsInto(r io.Reader, label string, x *analyze.Export) error {
	j, in, w, err := ReadPositions(r, label)
	x.Jobs = append(x.Jobs, j...)
	return add(x, in, w, err)
}

func readEducationInto(r io.Reader, label string, x *analyze.Export) error {
	s, in, w, err := ReadEducation(r, label)
	x.Schools = append(x.Schools, s...)
	return add(x, in, w, err)
}

// readProfileInto sets the owner's name, unless an earlier file did.
func readProfileInto(r io.Reader, label string, x *analyze.Export) error {
	p, headline, in, w, err := readProfile(r, label)
	if x.Owner.Name == "" {
		x.Owner.Name = p.Name
	}
	if x.Search.Headline == "" {
		x.Search.Headline = headline
	}
	return add(x, in, w, err)
}

// readMessagesInto reads messages.csv with the owner's name from
// Profile.csv, read before it, and completes the owner.
func readMessagesInto(r io.Reader, label string, x *analyze.Export) error {
	is, owner, in, w, err := ReadMessages(r, label, x.Owner.Name)
	if err == nil {
		if x.Owner.Name == "" {
			x.Owner.Name = owner.Name
		}
		if x.Owner.URL == "" {
			x.Owner.URL = owner.URL
		}
	}
	x.Interactions = append(x.Interactions, is...)
	return add(x, in, w, err)
}

// interactions adapts the reader of a file of interactions.
func interactions(read func(io.Reader, string) ([]analyze.Interaction, analyze.Input, []analyze.Warning, error)) func(io.Reader, string, *analyze.Export) error {
	return func(r io.Reader, label string, x *analyze.Export) error {
		is, in, w, err := read(r, label)
		x.Interactions = append(x.Interactions, is...)
		return add(x, in, w, err)
	}
}

// optional makes a file whose header is not the expected one a warning
// rather than an error, saying what follows (consequence): the contacts
// can be ranked without the file.
func optional(consequence string, read func(io.Reader, string, *analyze.Export) error) func(io.Reader, string, *analyze.Export) error {
	return func(r io.Reader, label string, x *analyze.Export) error {
		err := read(r, label, x)
		var pe *ParseError
		if err == nil || !errors.As(err, &pe) || !errors.Is(err, ErrNoHeader) && !errors.Is(err, ErrMissingColumn) {
			return err
		}
		x.Inputs = append(x.Inputs, analyze.Input{File: label})
		msg := pe.Err.Error()
		if errors.Is(err, ErrNoHeader) && pe.Line > 0 {
			msg = "no header row found" // not the "is this ...?" of an error
		}
		x.Warnings = append(x.Warnings, analyze.Warning{File: pe.File, Line: pe.Line, Msg: msg + "; " + consequence})
		return nil
	}
}

func add(x *analyze.Export, in analyze.Input, w []analyze.Warning, err error) error {
	if err != nil {
		return err
	}
	x.Inputs = append(x.Inputs, in)
	x.Warnings = append(x.Warnings, w...)
	return nil
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

// Open reads the export at path: a LinkedIn archive .zip (recognised by
// its content, whatever its name), the folder it was unzipped into, or a
// bare Connections.csv under any name. It is the one function of the
// package that touches paths; nothing is ever extracted to disk.
//
// For a bare CSV file, only contacts are read and Export.Date is the
// newest connection date.
func Open(path string) (*analyze.Export, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return Read(os.DirFS(path), path)
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
		return Read(zr, path)
	}
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		return nil, fmt.Errorf("%s: not a zip archive (it does not start like one); download the export again", path)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if fi.Mode().IsRegular() && fi.Size() > maxConnectionsBytes {
		return nil, tooLarge(path, "", fi.Size(), maxConnectionsBytes)
	}
	x := &analyze.Export{}
	if err := readConnectionsInto(limit(f, path, maxConnectionsBytes, &budget{left: maxTotalBytes}), path, x); err != nil {
		return nil, err
	}
	x.Date = newest(x.Contacts)
	return x, nil
}

// isZip reports whether b starts like a zip archive, empty or not.
func isZip(b []byte) bool {
	return bytes.HasPrefix(b, []byte("PK\x03\x04")) || bytes.HasPrefix(b, []byte("PK\x05\x06"))
}

// Read reads an export laid out as a file system: a [*zip.Reader] or an
// [os.DirFS]. The files are found at its top level, whatever the case of
// their names; Connections.csv is required, the other files of the
// files table (Positions.csv, Education.csv, Profile.csv, messages.csv,
// Invitations.csv, the endorsement and recommendation files) are read
// when present. label names the export in
// messages, Inputs and Sources: a file is "label:name" in a zip archive,
// filepath.Join(label, name) otherwise, and just its name when label is
// empty.
//
// Export.Date comes from the label when it is named like LinkedIn's
// archives ("Basic_LinkedInDataExport_02-06-2026.zip"), else it is the
// newest connection date.
func Read(fsys fs.FS, label string) (*analyze.Export, error) {
	where := label
	if where == "" {
		where = "export"
	}
	zr, isZip := fsys.(*zip.Reader)
	if isZip && len(zr.File) > maxEntries {
		return nil, fmt.Errorf("%s: more than %d entries in the archive; not a LinkedIn export? (%w)", where, maxEntries, ErrTooLarge)
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, oneLine{err})
	}
	found := map[string]string{} // lower-cased name -> name
	for _, e := range entries {
		if e.IsDir() || !e.Type().IsRegular() && e.Type()&fs.ModeSymlink == 0 {
			continue
		}
		lower := strings.ToLower(e.Name())
		if _, dup := found[lower]; !dup {
			found[lower] = e.Name()
		}
	}
	for _, f := range files {
		if _, ok := found[f.name]; !ok && f.required {
			return nil, notExport(fsys, where, f.name)
		}
	}
	// messages.csv, by far the largest file, is read in a goroutine of
	// its own while the others are read in this one, with the owner's
	// name from Profile.csv, which is read first. Both are read with
	// budgets of their own and taken in at their turn in the files
	// table, so that the Export, and the error when a file fails, are
	// those of reading the files one after another.
	ahead := map[string]*pending{}
	if name, ok := found["profile.csv"]; ok {
		ahead["profile.csv"] = readAhead(fsys, name, join(label, name, isZip), fileNamed("profile.csv"), "", false)
	}
	if name, ok := found["messages.csv"]; ok {
		owner := ""
		if p := ahead["profile.csv"]; p != nil && p.err == nil {
			owner = p.x.Owner.Name
		}
		p := readAhead(fsys, name, join(label, name, isZip), fileNamed("messages.csv"), owner, true)
		ahead["messages.csv"] = p
		defer p.cancel()
	}
	x := &analyze.Export{}
	total := &budget{left: maxTotalBytes}
	for _, f := range files {
		name, ok := found[f.name]
		if !ok {
			continue
		}
		label := join(label, name, isZip)
		if p := ahead[f.name]; p != nil {
			if err := p.into(x, total, label); err != nil {
				return nil, err
			}
			continue
		}
		if _, err := readFile(fsys, name, label, f, x, total, nil); err != nil {
			return nil, err
		}
	}
	if d, ok := dateFromName(label); ok {
		x.Date = d
	} else {
		x.Date = newest(x.Contacts)
	}
	return x, nil
}

// readFile reads the file name of fsys, labelled label, as f says into x,
// counting its bytes against total, and returns how many it read. Reading
// fails with errStopped once stop, when not nil, is set.
func readFile(fsys fs.FS, name, label string, f file, x *analyze.Export, total *budget, stop *atomic.Bool) (int64, error) {
	r, err := fsys.Open(name)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", label, oneLine{err})
	}
	defer r.Close()
	if err := checkSize(r, label, f); err != nil {
		return 0, err
	}
	var src io.Reader = r
	if _, ok := fsys.(*zip.Reader); ok {
		// Inflating overlaps with parsing. The limits below count the
		// bytes parsed; inflating runs at most a few chunks ahead.
		p := newPrefetcher(r)
		defer p.Close()
		src = p
	}
	lr := &limitedReader{r: src, n: *f.max, max: *f.max, total: total, label: label, stop: stop}
	err = f.read(lr, label, x)
	return lr.max - lr.n, err
}

// fileNamed returns the entry of the files table for name.
func fileNamed(name string) file {
	for _, f := range files {
		if f.name == name {
			return f
		}
	}
	panic("export: no file " + name)
}

// A pending file is one read ahead of its turn (see Read): into an Export
// of its own, with a budget of its own.
type pending struct {
	x    analyze.Export
	n    int64 // bytes read
	err  error
	done chan struct{}
	stop atomic.Bool
}

// readAhead reads a file of the export, in a goroutine of its own when
// background is set. owner is the owner's name, for messages.csv.
func readAhead(fsys fs.FS, name, label string, f file, owner string, background bool) *pending {
	p := &pending{done: make(chan struct{})}
	p.x.Owner.Name = owner
	read := func() {
		defer close(p.done)
		p.n, p.err = readFile(fsys, name, label, f, &p.x, &budget{left: maxTotalBytes}, &p.stop)
	}
	if background {
		go read()
	} else {
		read()
	}
	return p
}

// cancel stops reading, if it has not ended, and waits until it has.
func (p *pending) cancel() {
	p.stop.Store(true)
	<-p.done
}

// into waits for the file to be read and adds what it gave to x, or
// returns its error, as readFile would have at this turn: when the bytes
// read overrun what total has left, with the error of the total limit.
func (p *pending) into(x *analyze.Export, total *budget, label string) error {
	<-p.done
	if p.err != nil {
		return p.err
	}
	if p.n > total.left {
		return fmt.Errorf("%s: %w", label, &limitError{totalMsg()})
	}
	total.left -= p.n
	if x.Owner.Name == "" {
		x.Owner.Name = p.x.Owner.Name
	}
	if x.Owner.URL == "" {
		x.Owner.URL = p.x.Owner.URL
	}
	x.Contacts = append(x.Contacts, p.x.Contacts...)
	x.Jobs = append(x.Jobs, p.x.Jobs...)
	x.Schools = append(x.Schools, p.x.Schools...)
	x.Interactions = append(x.Interactions, p.x.Interactions...)
	x.Inputs = append(x.Inputs, p.x.Inputs...)
	x.Warnings = append(x.Warnings, p.x.Warnings...)
	return nil
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
		return tooLarge(label, f.name, fi.Size(), *f.max)
	}
	if zf, ok := fi.Sys().(*zip.FileHeader); ok && zf.UncompressedSize64 > uint64(ratioFloor) {
		if zf.CompressedSize64 == 0 || zf.UncompressedSize64/zf.CompressedSize64 > uint64(maxRatio) {
			return &limitError{fmt.Sprintf("%s: compressed more than %d times (%s in %s); a zip bomb, not a LinkedIn export",
				label, maxRatio, size(int64(zf.UncompressedSize64)), size(int64(zf.CompressedSize64)))}
		}
	}
	return nil
}

// tooLarge is the error for the file label, named name in the files
// table ("" for a bare Connections.csv), of n bytes, more than max.
func tooLarge(label, name string, n, max int64) error {
	what := "a Connections.csv"
	for _, l := range layouts {
		if strings.EqualFold(l.name, name) {
			what = "a " + l.name
		}
	}
	return &limitError{fmt.Sprintf("%s: %s uncompressed, more than %s can be (%s); not a LinkedIn export?", label, size(n), what, size(max))}
}

// join names the file name of the export labelled label.
func join(label, name string, isZip bool) string {
	switch {
	case label == "":
		return name
	case isZip:
		return label + ":" + name
	}
	return filepath.Join(label, name)
}

// notExport is the error for an export without the required file want,
// with a hint when the file sits one folder down or the zip archive is a
// workbook.
func notExport(fsys fs.FS, where, want string) error {
	display := want
	for _, l := range layouts {
		if strings.EqualFold(l.name, want) {
			display = l.name
		}
	}
	if _, err := fs.Stat(fsys, "[Content_Types].xml"); err == nil {
		return fmt.Errorf("%s: an Office document, not a LinkedIn export: %w; save the sheet as CSV", where, ErrNotExport)
	}
	entries, _ := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		sub, _ := fs.ReadDir(fsys, e.Name())
		for _, s := range sub {
			if strings.EqualFold(s.Name(), want) {
				return fmt.Errorf("%s: no %s at the top level, only in folder %q: %w; point refrank at that folder", where, display, e.Name(), ErrNotExport)
			}
		}
	}
	return fmt.Errorf("%s: no %s at the top level: %w", where, display, ErrNotExport)
}

// exportName matches the date in the name LinkedIn gives its archives.
var exportName = regexp.MustCompile(`(?i)LinkedInDataExport_(\d\d-\d\d-\d{4})`)

// dateFromName returns the date in an archive's name, like
// "Basic_LinkedInDataExport_02-06-2026.zip" (month first).
func dateFromName(label string) (time.Time, bool) {
	m := exportName.FindStringSubmatch(filepath.Base(label))
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("01-02-2006", m[1])
	if err != nil {
		return time.Time{}, false
	}
	return day(t.Year(), t.Month(), t.Day())
}

// newest returns the newest connection date, or zero.
func newest(contacts []analyze.Contact) time.Time {
	var t time.Time
	for _, c := range contacts {
		if c.ConnectedOn.After(t) {
			t = c.ConnectedOn
		}
	}
	return t
}

// A budget is the bytes left to read from all the files of one export.
type budget struct{ left int64 }

// limit returns r, failing with ErrTooLarge once more than max bytes were
// read from it, or more than total has left.
func limit(r io.Reader, label string, max int64, total *budget) io.Reader {
	return &limitedReader{r: r, n: max, max: max, total: total, label: label}
}

type limitedReader struct {
	r     io.Reader
	n     int64 // bytes left of this file
	max   int64
	total *budget
	label string
	stop  *atomic.Bool // reading fails once it is set; may be nil
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
	l.n -= int64(n)
	l.total.left -= int64(n)
	if l.n < 0 || l.total.left < 0 {
		return 0, l.err()
	}
	return n, err
}

func (l *limitedReader) err() error {
	if l.n < 0 {
		return &limitError{fmt.Sprintf("more than %s uncompressed; not reading further", size(l.max))}
	}
	return &limitError{totalMsg()}
}

// totalMsg is the message of the error for an export beyond maxTotalBytes.
func totalMsg() string {
	return fmt.Sprintf("the export holds more than %s uncompressed in all; not reading further", size(maxTotalBytes))
}

// A limitError is an input beyond one of the limits; it wraps ErrTooLarge.
type limitError struct{ msg string }

func (e *limitError) Error() string { return e.msg }
func (e *limitError) Unwrap() error { return ErrTooLarge }

// size formats n bytes for a message.
func size(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 10<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

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
