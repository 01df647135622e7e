package outreach_test

import (
	"fmt"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/analyze/outreach"
)

func ExampleDraft() {
	r := &analyze.Result{
		Referrals: []analyze.Referral{{
			Rank:   1,
			Target: "Contoso",
			Member: analyze.Member{
				Contact: analyze.Contact{FirstName: "Ana", LastName: "Lopez", Company: "Contoso", Position: "Senior Software Engineer"},
				Tie:     analyze.Known,
				Team:    "Payments",
				Context: analyze.Context{Kind: analyze.Colleague, Place: "Contoso"},
			},
			Why: "same team (Payments) · software · senior · probable colleague (Contoso, 2019-2022)",
		}},
		Targets: []analyze.Target{{Company: "Contoso", Team: "Payments"}},
	}
	drafts, err := outreach.Draft(r, outreach.Options{
		User: "Sam Lee",
		Role: analyze.Software,
		Jobs: map[string][]string{"Contoso": {"https://contoso.example/jobs/42"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	d := drafts[0]
	fmt.Println(d.Kind)
	fmt.Println(d.Subject)
	fmt.Println(d.Note)
	// Output:
	// advice
	// Could I ask your advice about Payments at Contoso?
	// Hi Ana, we overlapped at Contoso. I'm considering a software engineering role at Contoso and would value 15 min of your perspective on Payments this week or next. Would [Tue 2-4pm or Thu morning] work? Happy to share more. Sam Lee
}
