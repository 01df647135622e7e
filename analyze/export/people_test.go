package export

import "testing"

// TestPeopleByName checks that the persons of one file are told apart by
// analyze.NameKey: case, accents and credentials do not make a second
// person, another name does.
func TestPeopleByName(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		same bool
	}{
		{"case", "Jordan Avery", "JORDAN  AVERY", true},
		{"accent", "Tomás Rivera", "Tomas Rivera", true},
		{"decomposed accent", "Toma\u0301s Rivera", "Tomás Rivera", true},
		{"credential", "Tomás Rivera, PMP", "Tomas Rivera", true},
		{"polish", "Łukasz Żółć", "Lukasz Zolc", true},
		{"fullwidth", "Ｊordan", "Jordan", true},
		{"another name", "Jordan Avery", "Jordan Avery2", false},
		{"words swapped", "Jordan Avery", "Avery Jordan", false},
		{"emoji names", "🚀", "🌟", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ps people
			i, j := ps.index(tc.a, ""), ps.index(tc.b, "")
			if (i == j) != tc.same {
				t.Errorf("index(%q) = %d, index(%q) = %d: same person %v, want %v", tc.a, i, tc.b, j, i == j, tc.same)
			}
		})
	}
}

// TestPeopleByNameAndURL checks how mentions with and without URLs join:
// a URL makes one person, a name alone joins the first person of that
// name, and a URL joins a person known so far by name alone.
func TestPeopleByNameAndURL(t *testing.T) {
	type mention struct{ name, url string }
	for _, tc := range []struct {
		name     string
		mentions []mention
		want     []int
	}{
		{"name, then URL", []mention{{"Ann Lee", ""}, {"Ann Lee", "u1"}}, []int{0, 0}},
		{"URL, then name", []mention{{"Ann Lee", "u1"}, {"ann lee", ""}}, []int{0, 0}},
		{"two URLs of one name", []mention{{"Ann Lee", "u1"}, {"Ann Lee", "u2"}, {"Ann Lee", ""}}, []int{0, 1, 0}},
		{"a name takes one URL only", []mention{{"Ann", ""}, {"Ann", "u1"}, {"Ann", "u2"}, {"Ann", ""}}, []int{0, 0, 1, 0}},
		{"named later", []mention{{"", "u1"}, {"Ann", "u1"}, {"Ann", ""}}, []int{0, 0, 0}},
		{"the first of a name keeps it", []mention{{"", "u1"}, {"Bo", "u2"}, {"Bo", "u1"}, {"Bo", ""}}, []int{0, 1, 0, 1}},
		{"URL as written", []mention{{"Cy", "https://www.linkedin.com/in/cy/"}, {"", "http://linkedin.com/in/CY"}}, []int{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ps people
			for k, m := range tc.mentions {
				if got := ps.index(m.name, m.url); got != tc.want[k] {
					t.Fatalf("mention %d (%q, %q): person %d, want %d", k, m.name, m.url, got, tc.want[k])
				}
			}
		})
	}
}
