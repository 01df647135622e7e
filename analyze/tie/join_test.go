package tie

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/company"
)

func TestJoin(t *testing.T) {
	contacts := []analyze.Contact{
		{FirstName: "Tomás", LastName: "Rivera, PMP", URL: "https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5"},
		{FirstName: "Ann", LastName: "Lee"},
		{FirstName: "Sam", LastName: "Kim", URL: "https://www.linkedin.com/in/sam-kim-1"},
		{FirstName: "Sam", LastName: "Kim", URL: "https://www.linkedin.com/in/sam-kim-2"},
		{FirstName: "Zoë", LastName: "Brontë"},
	}
	day := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	inters := []analyze.Interaction{
		// Not percent-encoded, other host case and a trailing slash.
		{Person: analyze.Person{Name: "Tomás Rivera", URL: "https://WWW.linkedin.com/in/tomás-rivera-8812a5/"}, Sent: 3, Received: 2, LastMessage: day},
		{Person: analyze.Person{Name: "Tomás Rivera, PMP"}, RecommendedUser: true},
		{Person: analyze.Person{Name: "ann lee"}, EndorsedUser: 2},
		{Person: analyze.Person{Name: "Sam Kim"}, Sent: 1},                                                       // ambiguous by name
		{Person: analyze.Person{Name: "Sam Kim", URL: "linkedin.com/in/sam-kim-2"}, Received: 4},                 // but not by URL
		{Person: analyze.Person{Name: "Jordan Avery", URL: "https://www.linkedin.com/in/jordan-avery"}, Sent: 9}, // the owner
		{Person: analyze.Person{Name: "Stranger"}, Sent: 1},
		{Person: analyze.Person{Name: "Zoe Bronte"}, Sent: 5}, // accents do not count
	}
	notes := []analyze.Note{
		{Name: "Ann Lee", Relationship: "close", Source: "notes.csv:2"},
		{URL: "https://www.linkedin.com/in/nobody", Name: "Ann Lee", Source: "notes.csv:3"},
		{Name: "ZOE BRONTË, MBA", Relationship: "known", Source: "notes.csv:4"},
		{Name: "Sam Kim", Source: "notes.csv:5"},
		{Name: "Sam Kim", URL: "https://www.linkedin.com/in/sam-kim-2", Status: "asked", Source: "notes.csv:6"},
	}
	owner := analyze.Person{Name: "Jordan Avery", URL: "https://www.linkedin.com/in/jordan-avery"}
	sig, byContact, stats, warns := Join(contacts, owner, inters, notes)
	if sig[0] == nil || sig[0].Sent != 3 || sig[0].Received != 2 || !sig[0].RecommendedUser {
		t.Errorf("Tomás: %+v", sig[0])
	}
	if sig[1] == nil || sig[1].EndorsedUser != 2 {
		t.Errorf("Ann: %+v", sig[1])
	}
	if sig[2] != nil || sig[3] == nil || sig[3].Received != 4 {
		t.Errorf("Sam Kims: %+v %+v", sig[2], sig[3])
	}
	if sig[4] == nil || sig[4].Sent != 5 || len(byContact[4]) != 1 || byContact[4][0].Relationship != "known" {
		t.Errorf("Zoë: %+v, note %+v", sig[4], byContact[4])
	}
	want := JoinStats{ByURL: 2, ByName: 3, Unmatched: 2, Notes: 3, NotesUnmatched: 2}
	if stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	if len(byContact[1]) != 1 || byContact[1][0].Relationship != "close" {
		t.Errorf("Ann's note not joined (or joined by name though its URL is another's): %+v", byContact[1])
	}
	if len(byContact[2]) != 0 || len(byContact[3]) != 1 || byContact[3][0].Status != "asked" {
		t.Errorf("Sam Kims' notes: %+v %+v", byContact[2], byContact[3])
	}
	if len(warns) != 2 || warns[0].File != "notes.csv" || warns[0].Line != 3 || !strings.Contains(warns[0].Msg, "nobody") ||
		warns[1].Line != 5 || !strings.Contains(warns[1].Msg, `2 contacts named "Sam Kim"; add the profile URL`) {
		t.Errorf("warnings = %+v", warns)
	}
}

func TestIntensityDiminishes(t *testing.T) {
	pts := func(n int) float64 {
		return Evidence{Signals: Signals{Sent: n / 2, Received: n - n/2}}.Breakdown().Intensity
	}
	p2, p20, p200, p2000 := pts(2), pts(20), pts(200), pts(2000)
	if !(p20 > 2*p2) {
		t.Errorf("20 messages (%.1f) should be far more than 2 (%.1f)", p20, p2)
	}
	if !(p200 < 3*p20) {
		t.Errorf("200 messages (%.1f) should not be ten times 20 (%.1f)", p200, p20)
	}
	if p2000 != maxIntensity || p200 != maxIntensity {
		t.Errorf("intensity saturates at %d: %.1f, %.1f", maxIntensity, p200, p2000)
	}
}

func TestBreakdown(t *testing.T) {
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	h := &History{Now: now}
	m := company.NewMatcher()
	fade3 := 0.4 + 0.6*math.Exp(-(now.Sub(now.AddDate(-3, 0, 0)).Hours()/24/365.25)/3)
	tests := []struct {
		name string
		sig  Signals
		want Breakdown
	}{
		{"never answered counts half", Signals{Sent: 5, LastMessage: now}, Breakdown{Intensity: 20 * math.Log1p(5) / math.Log1p(200), Recency: 5}},
		{"reply counts", Signals{Sent: 4, Received: 1, LastMessage: now}, Breakdown{Intensity: 40 * math.Log1p(5) / math.Log1p(200), Reciprocity: 10, Recency: 10}},
		{"three years ago fades", Signals{Sent: 1, Received: 1, LastMessage: now.AddDate(-3, 0, 0)}, Breakdown{Intensity: fade3 * 40 * math.Log1p(2) / math.Log1p(200), Reciprocity: fade3 * 10, Recency: 10 * math.Exp(-1), Duration: 3}},
		{"group only", Signals{GroupSent: 10, GroupReceived: 10}, Breakdown{Intensity: 40 * math.Log1p(6) / math.Log1p(200), Reciprocity: 5}},
		{"recommendation beats endorsements", Signals{RecommendedUser: true}, Breakdown{Services: 25}},
		{"endorsements capped", Signals{EndorsedUser: 5, EndorsedByUser: 5}, Breakdown{Services: 10}},
		{"services capped", Signals{RecommendedUser: true, RecommendedByUser: true, EndorsedUser: 3, InvitationNote: true}, Breakdown{Services: 30}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sig := tt.sig
			if f := sig.LastMessage; !f.IsZero() {
				sig.FirstMessage = f
			}
			ev := NewInferrer(h, m, nil).Infer(&analyze.Member{}, &sig, nil)
			got := ev.Breakdown()
			near := func(a, b float64) bool { return math.Abs(a-b) < 0.02 }
			if !near(got.Context, tt.want.Context) || !near(got.Intensity, tt.want.Intensity) || !near(got.Reciprocity, tt.want.Reciprocity) ||
				!near(got.Recency, tt.want.Recency) || !near(got.Duration, tt.want.Duration) || !near(got.Services, tt.want.Services) {
				t.Errorf("Breakdown = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestOverride(t *testing.T) {
	strong := Evidence{Signals: Signals{Sent: 50, Received: 50, RecommendedUser: true}, Years: 8}
	weak := Evidence{Years: 1}
	tests := []struct {
		name string
		ev   Evidence
		tier analyze.Tier
		want analyze.Tier
	}{
		{"close lifts a stranger", weak, analyze.Close, analyze.Close},
		{"none lowers a friend", strong, analyze.NoTie, analyze.NoTie},
		{"known caps a close tie", strong, analyze.Known, analyze.Known},
		{"acquainted lifts a stranger", weak, analyze.Acquainted, analyze.Acquainted},
		{"no override", strong, "", analyze.Close},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := tt.ev
			ev.Override = tt.tier
			if got := Tier(ev.Strength()); got != tt.want {
				t.Errorf("tier %s (%.1f), want %s", got, ev.Strength(), tt.want)
			}
		})
	}
}

func TestNotedContexts(t *testing.T) {
	m := company.NewMatcher()
	note := &analyze.Note{PastCompanies: []string{"Contoso, Inc.", "Fabrikam"}, Schools: []string{"university of washington"}}
	ev := NewInferrer(&history, m, nil).Infer(member(m, analyze.Contact{Company: "Stripe"}), nil, note)
	var got []string
	for i := range ev.Contexts {
		got = append(got, string(appendContext(nil, &ev.Contexts[i])))
	}
	want := []string{"former colleague (Contoso Ltd., your notes)", "fellow alum (University of Washington, your notes)"}
	if !slices.Equal(got, want) {
		t.Errorf("contexts = %q, want %q", got, want)
	}
}

func TestAppendWords(t *testing.T) {
	ev := Evidence{
		Signals: Signals{Sent: 20, Received: 22, LastMessage: time.Date(2026, 9, 3, 0, 0, 0, 0, time.UTC), RecommendedUser: true, EndorsedByUser: 2},
		Contexts: []analyze.Context{{Kind: analyze.Classmate, Place: "University of Washington",
			Start: time.Date(2015, 9, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC)}},
	}
	got := string(ev.AppendWords([]byte("why"), " · "))
	want := "why · 42 messages, both ways, last Sep 2026 · recommended you · 2 endorsements from you · possible classmate (University of Washington, 2015-2019)"
	if got != want {
		t.Errorf("AppendWords:\n got %s\nwant %s", got, want)
	}
}

func TestDormantTieFades(t *testing.T) {
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	h := &History{Now: now}
	m := company.NewMatcher()
	friend := func(last time.Time) float64 {
		sig := &Signals{Sent: 15, Received: 15, FirstMessage: now.AddDate(-7, 0, 0), LastMessage: last}
		return NewInferrer(h, m, nil).Infer(&analyze.Member{}, sig, nil).Strength()
	}
	recent, dormant := friend(now.AddDate(0, -1, 0)), friend(now.AddDate(-5, 0, 0))
	if Tier(recent) != analyze.Close || Tier(dormant) == analyze.Close {
		t.Errorf("recent friend %.1f (%s), dormant %.1f (%s)", recent, Tier(recent), dormant, Tier(dormant))
	}
}

func TestCloseNeedsDirectEvidence(t *testing.T) {
	inferred := Evidence{Contexts: []analyze.Context{{Kind: analyze.Colleague}, {Kind: analyze.Classmate}}, Years: 9,
		Signals: Signals{GroupSent: 2, EndorsedUser: 3, InvitationNote: true}}
	if got := Tier(inferred.Strength()); got != analyze.Known {
		t.Errorf("inference alone: tier %s (%.1f), want known", got, inferred.Strength())
	}
	replied := inferred
	replied.Signals.GroupReceived = 1
	if got := Tier(replied.Strength()); got != analyze.Close {
		t.Errorf("with a reply: tier %s (%.1f), want close", got, replied.Strength())
	}
}
