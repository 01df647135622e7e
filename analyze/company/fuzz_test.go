package company

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// seeds are the names of the table tests, for the fuzzers.
func seeds(f *testing.F) {
	for _, tt := range normalizeTests {
		f.Add(tt.in)
	}
	for _, tt := range resolveTests {
		f.Add(tt.in)
	}
	for _, s := range []string{"ǅ", "İ", "ẞ", "Ⅻ", "½", "ＡＴ＆Ｔ", "a & b", "&", "the the the", "a.b.c.d inc", "ʼʻ", "\u0301"} {
		f.Add(s)
	}
}

func FuzzNormalize(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		k := Normalize(s)
		if again := Normalize(k); again != k {
			t.Fatalf("Normalize(%q) = %q, but Normalize(%q) = %q", s, k, k, again)
		}
		if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
			t.Fatalf("Normalize(%q) = %q: stray spaces", s, k)
		}
		if !utf8.ValidString(k) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, k)
		}
		for _, r := range k {
			if r != ' ' && !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mc, r) {
				t.Fatalf("Normalize(%q) = %q: holds %q", s, k, r)
			}
			if unicode.IsUpper(r) {
				t.Fatalf("Normalize(%q) = %q: holds upper-case %q", s, k, r)
			}
		}
	})
}

func FuzzResolve(f *testing.F) {
	seeds(f)
	m := NewMatcher()
	m.Add("Amazon", "Kuiper", "Zoox")
	m.Add("Contoso", "Contoso Labs")
	f.Fuzz(func(t *testing.T, s string) {
		e := m.Resolve(s)
		if again := m.Resolve(s); again != e {
			t.Fatalf("Resolve(%q) = %+v, then %+v", s, e, again)
		}
		// A key is a Normalize form; "the oracle" keeps its "the" to
		// stay apart from Oracle's "oracle".
		if k, the := strings.CutPrefix(e.Key, "the "); e.Key != Normalize(e.Key) && !(the && k == Normalize(k) && startsWithThe(s)) {
			t.Fatalf("Resolve(%q).Key = %q, not a key", s, e.Key)
		}
		if hasWord(s) && e.Key == "" && !placeholders[Normalize(s)] {
			t.Fatalf("Resolve(%q).Key is empty", s)
		}
		if e.Key == "" && e.Team != "" {
			t.Fatalf("Resolve(%q) = %+v: a team without an employer", s, e)
		}
		// Whatever the hint, Team and TeamMatches do not panic, and a
		// team matches itself.
		team := m.Team(s, e)
		if !TeamMatches(team, team) {
			t.Fatalf("TeamMatches(%q, %q) = false", team, team)
		}
	})
}

// hasWord reports whether s holds a letter or digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
