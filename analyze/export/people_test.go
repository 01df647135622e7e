package export

import "testing"

func TestFoldName(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"ascii", "Jordan Avery", "jordan avery"},
		{"ascii spaces", "  JORDAN \t Avery ", "jordan avery"},
		{"accent", "Tomás  Rivera", "tomas rivera"},
		{"decomposed accent", "Toma\u0301s Rivera", "tomas rivera"},
		{"diaeresis", "Zoë Brontë", "zoe bronte"},
		{"no accent to take off", "Łukasz Żółć", "łukasz zołc"},
		{"not latin", "王 小明", "王 小明"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := foldName(tc.in); got != tc.want {
				t.Errorf("foldName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSameName(t *testing.T) {
	names := []string{"", " ", "Jordan Avery", "jordan avery", "JORDAN  AVERY", " Jordan\tAvery ",
		"Jordan Avery2", "Jordan", "Avery Jordan", "Jordan A very", "Tomás Rivera", "Tomas Rivera",
		"TOMAS RIVERA", "Zoë", "Zoe", "zoe ", "Z", "王 小明", "Jordan Averyx", "Jordan-Avery",
		" Zoë", "\u00a0Zoë", "Ölçer", "Olcer", "Émile Zola", "emile zola", "Ｊordan"}
	for _, a := range names {
		for _, b := range names {
			want := foldName(b)
			if got := sameName(a, want); got != (foldName(a) == want) {
				t.Errorf("sameName(%q, %q) = %v, want %v", a, want, got, !got)
			}
		}
	}
}
