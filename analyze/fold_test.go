package analyze

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"ascii kept", "a-b c.d", "a-b c.d"},
		{"ascii lower-cased", "SAP Labs", "sap labs"},
		{"acute", "Tomás", "tomas"},
		{"decomposed acute", "Toma\u0301s", "tomas"},
		{"diaeresis", "Zoë Brontë", "zoe bronte"},
		{"polish", "Łukasz Żółć", "lukasz zolc"},
		{"german sharp s", "Straße", "strasse"},
		{"capital sharp s", "STRAẞE", "strasse"},
		{"nordic", "Ørsted Æble Þór", "orsted aeble thor"},
		{"dotless and dotted i", "İlker ıshak", "ilker ishak"},
		{"ligature ij", "Ĳssel", "ijssel"},
		{"catalan middle dot l", "Col·legi Ŀ", "col·legi l"},
		{"kra and n apostrophe", "ĸŉ", "kn"},
		{"fullwidth", "ＡＴ＆Ｔ", "at&t"},
		{"ligature fi", "ﬁnance", "finance"},
		{"vietnamese", "Nguyễn Văn Đức", "nguyen van duc"},
		{"greek", "Σίσυφος", "σισυφος"},
		{"cyrillic", "Директор", "директор"},
		{"han kept", "王 小明", "王 小明"},
		{"fraction", "½", "1⁄2"},
		{"invalid byte", "a\xffB", "a\uFFFDb"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldAllocs(t *testing.T) {
	for _, s := range []string{"Tomás Rivera", "Nguyễn Đức", "ＡＴ＆Ｔ"} {
		var buf [64]byte
		n := testing.AllocsPerRun(100, func() {
			b := buf[:0]
			for _, r := range s {
				b = AppendFold(b, r)
			}
		})
		if n != 0 {
			t.Errorf("AppendFold over %q allocates %v times", s, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Fold("tomas rivera") }); n != 0 {
		t.Errorf("Fold of a folded string allocates %v times", n)
	}
}

// TestFoldTable checks the table of Latin letters against the rule it is
// computed from, and that a folded rune folds to itself.
func TestFoldTable(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		got := string(AppendFold(nil, r))
		if r >= utf8.RuneSelf && r < latinEnd {
			if slow := string(appendFoldSlow(nil, r)); got != slow {
				t.Errorf("AppendFold(%U) = %q, the rule gives %q", r, got, slow)
			}
		}
		if again := Fold(got); again != got {
			t.Errorf("AppendFold(%U) = %q, which folds to %q", r, got, again)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Tomás", "Toma\u0301s", "STRAẞE", "ǅ", "İ", "Ⅻ", "½", "ＡＴ＆Ｔ", "\u0345", "ﷺ", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if again := Fold(k); again != k {
			t.Fatalf("Fold(%q) = %q, but Fold(%q) = %q", s, k, k, again)
		}
		if !utf8.ValidString(k) && utf8.ValidString(s) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, k)
		}
		for _, r := range k {
			if unicode.IsUpper(r) {
				t.Fatalf("Fold(%q) = %q: holds upper-case %q", s, k, r)
			}
			if unicode.In(r, unicode.Mn, unicode.Me) {
				t.Fatalf("Fold(%q) = %q: holds the mark %q", s, k, r)
			}
		}
		for _, r := range s {
			if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !holdsWord(AppendFold(nil, r)) {
				t.Fatalf("AppendFold(%q) = %q: a letter folded to no letter", r, AppendFold(nil, r))
			}
		}
	})
}

func TestNameKey(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"credential after a comma", "Tomás Rivera, PMP", "tomas rivera"},
		{"accent typed apart", "Toma\u0301s Rivera", "tomas rivera"},
		{"emoji", "  Priya 🚀 Raman ", "priya raman"},
		{"pronouns in brackets", "Li Wu (Pronouns: they/them)", "li wu"},
		{"square brackets", "Li [she/her] Wu", "li wu"},
		{"hyphen and apostrophe", "Mary-Jane O'Neil", "mary-jane o'neil"},
		{"typographic apostrophe", "Mary-Jane O’Neil", "mary-jane o'neil"},
		{"spaces", "ANN   LEE", "ann lee"},
		{"dots", "J. R. R. Tolkien", "j. r. r. tolkien"},
		{"nordic", "ÅSA ÖBERG", "asa oberg"},
		{"polish", "Łukasz Żółć", "lukasz zolc"},
		{"greek", "İlker Σίσυφος", "ilker σισυφος"},
		{"han", "王 小明", "王 小明"},
		{"fullwidth", "Ｊordan", "jordan"},
		{"invalid byte", "\xff Ann", "ann"},
		{"empty", "", ""},
		{"only emoji", "🚀", "🚀"},
		{"only emoji, spaced", " 🚀  🌟 ", "🚀 🌟"},
		{"only a credential", ", MBA", ", mba"},
		{"only brackets", "(Ann)", "(ann)"},
		{"only a hyphen", "-", "-"},
		{"only spaces", "  ", ""},
		{"only a cedilla", "¸", ""},
		{"a fraction", "½", "12"},
		{"a symbol that folds to letters", "(a) ™", "tm"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := NameKey(tt.in); got != tt.want {
				t.Errorf("NameKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNameKeyAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	for _, s := range []string{"Maya Okafor", "Tomás Rivera, PMP", "Nguyễn Văn Đức"} {
		if n := testing.AllocsPerRun(100, func() { buf = AppendNameKey(buf[:0], s) }); n != 0 {
			t.Errorf("AppendNameKey(%q) allocates %v times", s, n)
		}
	}
}

// nameKeyRef is NameKey written the plain way: cut at the comma, drop what
// stands in brackets, fold, then keep the words.
func nameKeyRef(name string) string {
	whole := name
	name, _, _ = strings.Cut(name, ",")
	var kept strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth = max(depth-1, 0)
		case depth == 0:
			switch {
			case r == '’' || r == '‘' || r == 'ʼ':
				kept.WriteByte('\'')
			case unicode.In(r, unicode.Mn, unicode.Me):
			case r == '\'' || r == '-' || r == '.':
				kept.WriteRune(r)
			default:
				word := strings.Map(func(f rune) rune {
					if unicode.IsLetter(f) || unicode.IsDigit(f) {
						return f
					}
					return -1
				}, Fold(string(r)))
				if word == "" {
					word = " "
				}
				kept.WriteString(word)
			}
		}
	}
	k := strings.Join(strings.Fields(kept.String()), " ")
	if strings.IndexFunc(k, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return strings.Join(strings.Fields(Fold(whole)), " ")
	}
	return k
}

func FuzzNameKey(f *testing.F) {
	for _, s := range []string{"Tomás Rivera, PMP", "  Priya 🚀 Raman ", "Li Wu (Pronouns: they/them)", "ÅSA ÖBERG", "\xff Ann", "İlker Σίσυφος", "a\u0301 \u0301b", "ﷺ x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		k := NameKey(name)
		if want := nameKeyRef(name); k != want {
			t.Errorf("NameKey(%q) = %q, want %q", name, k, want)
		}
		if again := NameKey(k); again != k {
			t.Errorf("NameKey(%q) = %q, but NameKey(%q) = %q", name, k, k, again)
		}
		if got := string(AppendNameKey([]byte("x"), name)); got != "x"+k {
			t.Errorf("AppendNameKey(x, %q) = %q, want %q", name, got, "x"+k)
		}
	})
}
