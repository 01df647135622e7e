package company_test

import (
	"fmt"

	"github.com/refrank/refrank/analyze/company"
)

func Example() {
	m := company.NewMatcher()
	parent, aliases, err := company.ParseAlias("Amazon=Kuiper,Zoox")
	if err != nil {
		fmt.Println(err)
		return
	}
	m.Add(parent, aliases...)

	target := m.Resolve("Amazon")
	for _, employer := range []string{
		"Amazon Web Services (AWS)",
		"Amazon.com Services LLC",
		"Kuiper",
		"Amazonas Energia",
		"Northwind Traders, Inc.",
	} {
		e := m.Resolve(employer)
		fmt.Printf("%-26s %-5v key=%q team=%q\n", employer, e.Key == target.Key, e.Key, e.Team)
	}
	// Output:
	// Amazon Web Services (AWS)  true  key="amazon" team="AWS"
	// Amazon.com Services LLC    true  key="amazon" team=""
	// Kuiper                     true  key="amazon" team="Kuiper"
	// Amazonas Energia           false key="amazonas energia" team=""
	// Northwind Traders, Inc.    false key="northwind traders" team=""
}

func ExampleNormalize() {
	fmt.Println(company.Normalize("Northwind Traders, Inc."))
	fmt.Println(company.Normalize("Müller GmbH & Co. KG"))
	fmt.Println(company.Normalize("J.P. Morgan"))
	// Output:
	// northwind traders
	// muller
	// jp morgan
}

func ExampleMatcher_Team() {
	m := company.NewMatcher()
	amazon := m.Resolve("Amazon")
	fmt.Printf("%q\n", m.Team("Amazon Music", amazon))
	fmt.Printf("%q\n", m.Team("AWS Lambda", amazon))
	fmt.Printf("%q\n", m.Team("Stripe", m.Resolve("Stripe, Inc.")))
	// Output:
	// "Music"
	// "AWS Lambda"
	// ""
}

func ExampleTeamMatches() {
	fmt.Println(company.TeamMatches("Prime Video", "SDE II - Prime Video"))
	fmt.Println(company.TeamMatches("Music", "Musicology"))
	// Output:
	// true
	// false
}
