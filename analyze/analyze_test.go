package analyze

import (
	"math"
	"strings"
	"testing"
)

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"https://www.linkedin.com/in/maya-okafor-3b1a2c", "linkedin.com/in/maya-okafor-3b1a2c"},
		{"https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5", "linkedin.com/in/tomás-rivera-8812a5"},
		{"https://www.linkedin.com/in/tomás-rivera-8812a5/", "linkedin.com/in/tomás-rivera-8812a5"},
		{"http://WWW.LinkedIn.com/in/Ann-Lee?trk=x#top", "linkedin.com/in/ann-lee"},
		{"www.linkedin.com/in/slug", "linkedin.com/in/slug"},
		{"linkedin.com/in/slug", "linkedin.com/in/slug"},
		{"  https://linkedin.com/in/slug  ", "linkedin.com/in/slug"},
		{"https://www.linkedin.com/in/bad%zz", "linkedin.com/in/bad%zz"},
		{"https://www.linkedin.com", "linkedin.com"},
	}
	for _, tt := range tests {
		if got := NormalizeURL(tt.in); got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := NormalizeURL(tt.want); again != tt.want {
			t.Errorf("NormalizeURL of the normal form %q = %q", tt.want, again)
		}
	}
}

func TestNormalizeURLAllocs(t *testing.T) {
	for _, tc := range []struct {
		name, url string
		allocs    float64
	}{
		{"plain", "https://www.linkedin.com/in/maya-okafor-3b1a2c", 0},
		{"accented, as messages.csv writes it", "https://www.linkedin.com/in/tomás-rivera-8812a5", 0},
		{"escaped, as Connections.csv writes it", "https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5", 1},
	} {
		if n := testing.AllocsPerRun(100, func() { NormalizeURL(tc.url) }); n != tc.allocs {
			t.Errorf("NormalizeURL of a %s URL allocates %v times, want %v", tc.name, n, tc.allocs)
		}
	}
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5", "http://WWW.x.com/A/?q", "%", "://",
		"https://www.linkedin.com/in/a-b-1", "www.linkedin.com/in/a-b-1", "linkedin.com/in/a", "://www.:// 000000",
		"linkedin.com/in/%C3%81lvaro", "linkedin.com/in/jos%c3%a9", "linkedin.com/in/josé", "linkedin.com/in/JOSÉ", "linkedin.com/in/Ünal",
		"x.com/a%2F", "%77ww.x.com/a", "www.%77ww.x.com/a", "x.com/%ff", "x.com/%4", "x.com/%41", "x.com/\xff", "x.com/\ufffd", "x.com/%25"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		u = strings.TrimSpace(u)
		if fast, ok := normalURL(u); ok && u != "" {
			if slow := normalizeURL(u); fast != slow {
				t.Errorf("%q: fast path %q, general path %q", u, fast, slow)
			}
		}
	})
}

// FuzzName checks that a contact's Name, which sorts and lists referrers,
// is their names' words joined by one space, and OneSpaced, which names
// employers, Fields joined.
func FuzzName(f *testing.F) {
	for _, s := range [][2]string{{"Ann", "Lee"}, {" Ann", "Lee "}, {"Ann", ""}, {"", ""}, {"Ann  Marie", "Lee"}, {"Zoë\u00a0Ann", "Lee"}, {"Ann\t", "\xffLee"}, {"Ann\u3000", "Lee"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, first, last string) {
		c := Contact{FirstName: first, LastName: last}
		if got, want := c.Name(), strings.TrimSpace(strings.Join(strings.Fields(first+" "+last), " ")); got != want {
			t.Errorf("Name(%q, %q) = %q, want %q", first, last, got, want)
		}
		if got, want := OneSpaced(first), strings.Join(strings.Fields(first), " "); got != want {
			t.Errorf("OneSpaced(%q) = %q, want %q", first, got, want)
		}
	})
}

func TestPlural(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{0, "0 rows"}, {1, "1 row"}, {2, "2 rows"}}
	for _, tt := range tests {
		if got := Plural(tt.n, "row", "rows"); got != tt.want {
			t.Errorf("Plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		name string
		n    int64
		want string
	}{
		{"bytes", 512, "512 bytes"},
		{"under 10 KiB", 9 << 10, "9216 bytes"},
		{"KiB", 12<<10 + 300, "12.3 KiB"},
		{"whole MiB", 64 << 20, "64 MiB"},
		{"MiB", 3<<20 + 1<<19, "3.5 MiB"},
		{"whole GiB", 5 << 30, "5 GiB"},
		{"GiB", 1<<30 + 1<<29, "1.5 GiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ByteSize(tt.n); got != tt.want {
				t.Errorf("ByteSize(%d) = %q, want %q", tt.n, got, tt.want)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{{"Zoë Park", 3, "Zoë"}, {"Ana", 5, "Ana"}, {"🚀🚀", 1, "🚀"}, {"x", 0, ""}}
	for _, tt := range tests {
		if got := Truncate(tt.s, tt.n); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestRound1(t *testing.T) {
	tests := []struct{ x, want float64 }{{61.55, 61.6}, {-0.01, 0}, {0.04, 0}, {99.99, 100}}
	for _, tt := range tests {
		if got := Round1(tt.x); got != tt.want || math.Signbit(got) {
			t.Errorf("Round1(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
}
