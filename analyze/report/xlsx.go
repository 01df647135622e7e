package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/report/internal/pzip"
	"github.com/xuri/excelize/v2"
)

// Sheet names of the workbook, in order; one sheet per target comes after
// Referrers.
const (
	SheetSummary   = "Summary"
	SheetReferrers = "Referrers"
	SheetOutreach  = "Outreach"
	SheetSearch    = "Search"
	SheetContacts  = "All Contacts"
	SheetRun       = "Run"
)

// Layout limits of the workbook.
const (
	// MaxCellChars is the most UTF-16 code units a cell holds; longer
	// text is cut to fit and ends in "…".
	MaxCellChars = excelize.TotalCellChars
	// MaxWarnings is the most warnings the Run sheet lists one per row; a
	// last row says how many more there were.
	MaxWarnings = 1000
	// TopCompanies is how many companies the Summary and Search sheets
	// show for a run without targets, best first.
	TopCompanies = 25
	// maxWidth caps a column's width, in characters; Why may take
	// whyWidth and wraps.
	maxWidth = 60
	whyWidth = 80
	// lineHeight is the height in points of one line of text, and
	// headerHeight that of the header row.
	lineHeight   = 15
	headerHeight = 20
	// maxLines caps the height of a row, in lines, unless its sheet sets
	// its own cap; outreachLines is Outreach's, room for a long message.
	maxLines      = 12
	outreachLines = 40
	// tableStyle is the look of the tables: light stripes.
	tableStyle = "TableStyleLight1"
	// maxLinkChars is the longest URL made a link: Excel's HYPERLINK takes
	// at most 255 characters per argument.
	maxLinkChars = 255
)

// font is the workbook's default font, named in every style that sets a
// font so that no viewer falls back to its own default.
const font = "Calibri"

// The palette: one blue for headers, links and bars, and one fill per tie
// tier, from green (close) to grey (none).
const (
	headerFill  = "DDEBF7"
	headerLine  = "9BC2E6"
	linkColour  = "0563C1"
	barColour   = "5B9BD5"
	warnFill    = "FCE4D6"
	warnColour  = "9C3D00"
	titleColour = "1F4E79"
)

// tiers are the tie tiers, closest first, with the fill and font colour of
// their cells and chart bars.
var tiers = []struct {
	name            analyze.Tier
	fill, font, bar string
}{
	{analyze.Close, "C6EFCE", "006100", "70AD47"},
	{analyze.Known, "E2EFDA", "375623", "A9D08E"},
	{analyze.Acquainted, "FFF2CC", "7F6000", "FFD966"},
	{analyze.NoTie, "EDEDED", "595959", "BFBFBF"},
}

// styles are the cell styles of the workbook.
type styles struct {
	header, headerNum, section, title, subtitle int
	text, wrap, link                            int
	integer, decimal, day                       int // centred in their columns
	count, countDay                             int // numbers in the Run and Summary sheets, left-aligned
	gap                                         int // a coverage gap on Summary
	tier                                        map[analyze.Tier]int
	longNote                                    int // conditional style for notes over analyze.NoteLimit
}

func newStyles(f *excelize.File) (*styles, error) {
	top := &excelize.Alignment{Vertical: "top"}
	centre := &excelize.Alignment{Vertical: "top", Horizontal: "center"}
	header := func(horizontal string) excelize.Style {
		return excelize.Style{
			Font:      &excelize.Font{Bold: true, Family: font, Size: 11, Color: "000000"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
			Border:    []excelize.Border{{Type: "bottom", Color: headerLine, Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center", Horizontal: horizontal, WrapText: horizontal == "center"},
		}
	}
	s := styles{tier: make(map[analyze.Tier]int, len(tiers))}
	list := []struct {
		id    *int
		style excelize.Style
	}{
		{&s.header, header("")},
		{&s.headerNum, header("center")},
		{&s.section, excelize.Style{Font: &excelize.Font{Bold: true, Family: font, Size: 12, Color: titleColour}}},
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Family: font, Size: 16, Color: titleColour}}},
		{&s.subtitle, excelize.Style{Font: &excelize.Font{Family: font, Size: 11, Color: "595959"}}},
		{&s.text, excelize.Style{Alignment: top}},
		{&s.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.link, excelize.Style{Alignment: top, Font: &excelize.Font{Family: font, Size: 11, Color: linkColour, Underline: "single"}}},
		{&s.integer, excelize.Style{Alignment: centre, NumFmt: 1}},
		{&s.decimal, excelize.Style{Alignment: centre, CustomNumFmt: ptr("0.0")}},
		{&s.day, excelize.Style{Alignment: centre, CustomNumFmt: ptr("yyyy-mm-dd")}},
		{&s.count, excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}, NumFmt: 1}},
		{&s.countDay, excelize.Style{Font: &excelize.Font{Bold: true, Family: font, Size: 11}, Alignment: &excelize.Alignment{Horizontal: "left"}, CustomNumFmt: ptr("yyyy-mm-dd")}},
		{&s.gap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Font: &excelize.Font{Family: font, Size: 11, Color: warnColour}}},
	}
	for _, st := range list {
		id, err := f.NewStyle(&st.style)
		if err != nil {
			return nil, err
		}
		*st.id = id
	}
	for _, t := range tiers {
		id, err := f.NewStyle(&excelize.Style{
			Alignment: centre,
			Font:      &excelize.Font{Family: font, Size: 11, Color: t.font},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{t.fill}},
		})
		if err != nil {
			return nil, err
		}
		s.tier[t.name] = id
	}
	id, err := f.NewConditionalStyle(&excelize.Style{
		Font: &excelize.Font{Color: warnColour, Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{warnFill}},
	})
	if err != nil {
		return nil, err
	}
	s.longNote = id
	return &s, nil
}

// tierStyle returns the style of a cell showing tie tier t.
func (s *styles) tierStyle(t analyze.Tier) int {
	if id, ok := s.tier[t]; ok {
		return id
	}
	return s.text
}

func ptr[T any](v T) *T { return &v }

// WriteXLSX writes r to w as an Excel workbook: Summary, Referrers, one
// sheet per target, Outreach, Search, All Contacts and Run, Summary
// active. See the package documentation for their layout.
func WriteXLSX(w io.Writer, r *analyze.Result) error { return WriteXLSXIn(w, r, "") }

// WriteXLSXIn is [WriteXLSX] with the temporary files that excelize
// spills a big sheet's rows to made in folder tmp ("" for the system's),
// so that a caller can remove them whatever happens.
func WriteXLSXIn(w io.Writer, r *analyze.Result, tmp string) error {
	if err := check(r); err != nil {
		return err
	}
	f := excelize.NewFile(excelize.Options{TmpDir: tmp})
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	b := &book{sheets: newSheets(f, st, w), r: r, targets: summaryTargets(r)}
	perTarget := targetSheets(r, b.targets)
	type sheet struct {
		name  string
		write func(string) error
	}
	list := []sheet{
		{SheetSummary, b.summary},
		{SheetReferrers, b.referrers},
	}
	for _, t := range perTarget {
		list = append(list, sheet{t.sheet, func(name string) error { return b.target(name, t.target) }})
	}
	if len(r.Jobs) > 0 {
		list = append(list, sheet{SheetJobs, b.jobs})
	}
	if !r.PreviousDate.IsZero() && len(r.Targets) > 0 {
		list = append(list, sheet{SheetChanges, b.changes})
	}
	list = append(list,
		sheet{SheetOutreach, b.outreach},
		sheet{SheetSearch, b.search},
		sheet{SheetContacts, b.contacts},
		sheet{SheetRun, b.run},
	)
	if err := f.SetSheetName("Sheet1", list[0].name); err != nil {
		return err
	}
	for _, s := range list[1:] {
		if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
	}
	// SetActiveSheet reads every sheet in; a streamed sheet read back
	// after its flush is parsed whole and written out again, which costs
	// more than writing it. Set it while the sheets are still empty.
	f.SetActiveSheet(0)
	// The sheets are started here, in order, their rows made at once on
	// every CPU while the next sheets start.
	for _, s := range list {
		if err := s.write(s.name); err != nil {
			return fmt.Errorf("report: %s sheet: %w", s.name, err)
		}
	}
	if err := b.write(); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "refrank", Title: "Referrers"}); err != nil {
		return err
	}
	return b.save()
}

// book is a workbook being written: its sheets, styles and the result.
type book struct {
	sheets
	r       *analyze.Result
	targets []string // the targets Summary and Search show, in order
}

// save writes the workbook of s through a [sheetZip] to the writer s was
// made with. excelize hands its zip writer a buffer that holds the whole
// file and copies it to w afterwards (#2357); the zip writer here writes
// to w itself, so the finished file is never held in memory, and
// excelize's buffer must stay empty.
func (s *sheets) save() error {
	z := &sheetZip{z: s.z, bodies: make(map[string]*tableJob)}
	for _, j := range s.jobs {
		if j.rows != nil {
			z.bodies[j.part] = j
		}
	}
	s.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return z })
	n, err := s.f.WriteTo(io.Discard)
	if err == nil && n != 0 {
		err = fmt.Errorf("report: excelize wrote %d bytes outside the zip writer", n)
	}
	return err
}

// sheetZip is the zip writer excelize saves a workbook through: a
// [pzip.Writer], which deflates on every CPU and writes the parts in the
// order of their names (excelize writes streamed sheets in map order), so
// that the same result gives the same bytes. Into each table sheet's
// part it puts the rows the stream writer left out (see
// [tableJob.start]), before the end of the sheet's data.
type sheetZip struct {
	z      *pzip.Writer
	bodies map[string]*tableJob // by part, the sheets whose rows are to come
	held   string               // the part in buf, completed when the next begins
	buf    bytes.Buffer
	err    error
}

// contentTypes is the part whose defaults are sorted (see sortDefaultTypes).
const contentTypes = "[Content_Types].xml"

// sheetDataEnd ends a sheet's rows; text in a cell cannot hold it, its '<'
// being escaped.
var sheetDataEnd = []byte("</sheetData>")

func (z *sheetZip) Create(name string) (io.Writer, error) {
	if err := z.complete(); err != nil {
		return nil, err
	}
	if _, ok := z.bodies[name]; ok || name == contentTypes {
		z.held = name
		return &z.buf, nil
	}
	return z.z.Create(name)
}

// complete writes the part held in buf: the content types sorted, or a
// sheet with its rows.
func (z *sheetZip) complete() error {
	name := z.held
	if name == "" {
		return nil
	}
	z.held = ""
	data := z.buf.Bytes()
	defer z.buf.Reset()
	p, err := z.z.Create(name)
	if err != nil {
		return err
	}
	if name == contentTypes {
		_, err := p.Write(sortDefaultTypes(data))
		return err
	}
	j := z.bodies[name]
	delete(z.bodies, name)
	i := bytes.Index(data, sheetDataEnd)
	if i < 0 {
		return fmt.Errorf("report: %s sheet: no end of its rows in %s", j.t.sheet, name)
	}
	p.Write(data[:i])
	p.Attach(j.rows)
	p.Write(data[i:])
	return nil
}

func (z *sheetZip) AddFS(fs.FS) error {
	return errors.New("report: excelize added files from a file system, which the workbook writer does not take")
}

func (z *sheetZip) Close() error {
	err := z.complete()
	for _, j := range z.bodies {
		if err == nil {
			err = fmt.Errorf("report: %s sheet: its part %s was not written", j.t.sheet, j.part)
		}
	}
	if cerr := z.z.Close(); err == nil {
		err = cerr
	}
	return err
}

// defaultType matches one default content type of [Content_Types].xml.
var defaultType = regexp.MustCompile(`<Default [^>]*>(</Default>)?`)

// sortDefaultTypes returns data, the XML of [Content_Types].xml, with its
// default content types sorted.
func sortDefaultTypes(data []byte) []byte {
	locs := defaultType.FindAllIndex(data, -1)
	if len(locs) < 2 {
		return data
	}
	start, end := locs[0][0], locs[len(locs)-1][1]
	var parts [][]byte
	for _, l := range locs {
		parts = append(parts, data[l[0]:l[1]])
	}
	slices.SortFunc(parts, bytes.Compare)
	// Only a contiguous run is sorted; anything between the defaults stays.
	if total := len(bytes.Join(parts, nil)); total != end-start {
		return data
	}
	return slices.Concat(data[:start], bytes.Join(parts, nil), data[end:])
}

// excelEpoch is day 0 of Excel's 1900 date system, as it counts after
// February 1900.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// unixSerial is the Excel serial number of 1970-01-01, day 0 of Unix time.
const unixSerial = 25569

// serial returns the Excel serial number of t's calendar day in t's
// location: unixSerial plus the days from 1970-01-01 to that day, which
// Unix time counts 86,400 seconds each.
func serial(t time.Time) int {
	_, offset := t.Zone()
	secs := t.Unix() + int64(offset)
	days := secs / 86400
	if secs%86400 < 0 {
		days-- // before 1970: round down, to the day's start
	}
	return unixSerial + int(days)
}

// cellName returns the A1-style name of the cell at col and row, both from 1.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // col and row come from slice lengths well within limits
	}
	return name
}

// textWidth estimates how many character widths s takes on screen: its
// longest line, wide (East Asian, emoji) characters counting two.
func textWidth(s string) float64 {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] != '\n' && s[i] < utf8.RuneSelf
	}
	if ascii {
		return float64(len(s))
	}
	longest, n := 0, 0
	for _, r := range s {
		switch {
		case r == '\n':
			n = 0
			continue
		case r >= 0x1100:
			n += 2
		default:
			n++
		}
		longest = max(longest, n)
	}
	return float64(longest)
}

// wrappedLines estimates how many lines s takes when wrapped at word
// boundaries in a column width characters wide. A width counts the "0"
// digit; text averages about a tenth narrower in Calibri and in the fonts
// that stand in for it, and the estimate stays on the side of more lines.
func wrappedLines(s string, width float64) int {
	per := max(int(width*1.1)-1, 1)
	lines := 0
	for para := range strings.SplitSeq(s, "\n") {
		lines++
		n := 0
		for word := range strings.FieldsSeq(para) {
			w := int(textWidth(word))
			switch {
			case n == 0:
				n = w
			case n+1+w <= per:
				n += 1 + w
			default:
				lines++
				n = w
			}
			for n > per { // a word longer than a line breaks anywhere
				lines++
				n -= per
			}
		}
	}
	return lines
}

// clip cuts s to at most MaxCellChars UTF-16 code units, ending the cut
// text in "…", so that Excel does not cut it silently.
func clip(s string) string {
	if len(s) <= MaxCellChars { // a byte never stands for more than one unit
		return s
	}
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(r) // invalid UTF-8 decodes to U+FFFD, one unit
		if units > MaxCellChars-1 {
			return s[:i] + "…"
		}
	}
	return s
}

// linkFormula returns the HYPERLINK formula that opens u and shows label, and
// whether u may be linked (see [linkable]).
func linkFormula(u, label string) (string, bool) {
	if !linkable(u, label) {
		return "", false
	}
	return hyperlink(strings.ReplaceAll(u, `"`, `""`), strings.ReplaceAll(label, `"`, `""`)), true
}

// linkable reports whether u may be linked showing label: an https:// URL
// on linkedin.com, www.linkedin.com or a two-letter locale host such as
// de.linkedin.com, without user info or port, control characters, or more
// characters than HYPERLINK takes once each '"' is doubled.
func linkable(u, label string) bool {
	host, plain := plainHost(u)
	if plain && label == u {
		// A plain URL is ASCII, without '"' or control characters: a
		// profile URL shown as itself needs no more checks.
		return linkedInHost(host) && len(u) <= maxLinkChars
	}
	if !strings.HasPrefix(u, "https://") || !utf8.ValidString(u) || !utf8.ValidString(label) ||
		hasControl(u) || hasControl(label) {
		return false
	}
	if !plain {
		p, err := url.Parse(u)
		if err != nil || p.User != nil || p.Port() != "" {
			return false
		}
		host = strings.ToLower(p.Host)
	}
	quotes := func(s string) int { return strings.Count(s, `"`) }
	return linkedInHost(host) &&
		len(u)+quotes(u) <= maxLinkChars && utf8.RuneCountInString(label)+quotes(label) <= maxLinkChars
}

// linkedInHost reports whether host, lower-case, is linkedin.com,
// www.linkedin.com or a two-letter locale's host such as de.linkedin.com.
func linkedInHost(host string) bool {
	sub, ok := strings.CutSuffix(host, ".linkedin.com")
	return host == "linkedin.com" || ok && (sub == "www" || len(sub) == 2 && isLower(sub[0]) && isLower(sub[1]))
}

// plainHost returns the host of u, an https:// URL, when u is plain
// enough to read without url.Parse: a lower-case host of letters, digits,
// dots and hyphens, then a path of unreserved characters, '/' and valid
// %-escapes, as a profile URL is. url.Parse would read the same host,
// without user or port, and no error, and u is printable ASCII without
// '"' (FuzzPlainHost checks both).
func plainHost(u string) (string, bool) {
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		return "", false
	}
	end := strings.IndexByte(rest, '/')
	if end < 0 {
		end = len(rest)
	}
	host := rest[:end]
	if host == "" {
		return "", false
	}
	for i := 0; i < len(host); i++ {
		c := host[i]
		if !isLower(c) && !isDigit(c) && c != '.' && c != '-' {
			return "", false
		}
	}
	path := rest[end:]
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case isLower(c), 'A' <= c && c <= 'Z', isDigit(c), strings.IndexByte("-._~/", c) >= 0:
		case c == '%' && i+2 < len(path) && isHex(path[i+1]) && isHex(path[i+2]):
			i += 2
		default:
			return "", false
		}
	}
	return host, true
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isHex(b byte) bool { return isDigit(b) || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F' }

// hasControl reports whether s holds a control character.
func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return true
		}
	}
	return false
}

// hyperlink returns the HYPERLINK formula that opens u and shows label,
// both with any '"' doubled already; only for a URL [linkFormula]
// accepts.
func hyperlink(u, label string) string {
	return `HYPERLINK("` + u + `","` + label + `")`
}

func isLower(b byte) bool { return 'a' <= b && b <= 'z' }
