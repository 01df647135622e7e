package analyze

import (
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
	u := "https://www.linkedin.com/in/maya-okafor-3b1a2c"
	if n := testing.AllocsPerRun(100, func() { NormalizeURL(u) }); n != 0 {
		t.Errorf("NormalizeURL of a plain URL allocates %v times", n)
	}
}

func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5", "http://WWW.x.com/A/?q", "%", "://",
		"https://www.linkedin.com/in/a-b-1", "www.linkedin.com/in/a-b-1", "linkedin.com/in/a", "://www.:// 000000"} {
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
