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
