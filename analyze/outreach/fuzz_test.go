package outreach

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/refrank/refrank/analyze"
)

// FuzzDraft checks that any contact text gives drafts whose notes fit,
// with no control characters, and that it never breaks a template.
func FuzzDraft(f *testing.F) {
	f.Add("Ana", "Lopez", "Contoso", "Payments", "Contoso")
	f.Add("{{.User}}", `{{template "x"}}`, "Contoso\x00", "\u202e", "{{.Via}}\n")
	f.Add(strings.Repeat("é", 400), "", "", "", strings.Repeat("University of ", 30))
	f.Fuzz(func(t *testing.T, first, last, company, team, place string) {
		r := sample()
		for i := range r.Referrals {
			r.Referrals[i].Contact.FirstName = first
			r.Referrals[i].Contact.LastName = last
			r.Referrals[i].Contact.Company = company
			r.Referrals[i].Team = team
			r.Referrals[i].Context.Place = place
		}
		r.Network = append(r.Network, analyze.Member{Contact: analyze.Contact{FirstName: last, LastName: first}, Employer: company, EmployerKey: employerKey(company), Tie: "close", TieStrength: 99})
		drafts, err := Draft(r, options())
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range drafts {
			if n := utf8.RuneCountInString(d.Note); n > analyze.NoteLimit {
				t.Errorf("note has %d characters", n)
			}
			for _, s := range []string{d.Subject, d.Message, d.Note} {
				if strings.IndexFunc(s, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) >= 0 {
					t.Errorf("control character in %q", s)
				}
			}
		}
	})
}

// FuzzFitNote checks that a cut note fits and is a prefix of the input.
func FuzzFitNote(f *testing.F) {
	f.Add("hello big world", 12)
	f.Add("ééé ééé ééé", 10)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if limit < 2 || limit > 1000 || !utf8.ValidString(s) {
			return
		}
		got := fitNote(s, limit)
		if n := utf8.RuneCountInString(got); n > limit {
			t.Fatalf("fitNote(%q, %d) = %q: %d characters", s, limit, got, n)
		}
		if got != s && !strings.HasPrefix(s, strings.TrimSuffix(got, "…")) {
			t.Fatalf("fitNote(%q, %d) = %q: not a prefix", s, limit, got)
		}
	})
}
