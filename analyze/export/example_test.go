package export_test

import (
	"fmt"
	"strings"

	"github.com/refrank/refrank/analyze/export"
)

func ExampleReadConnections() {
	const csv = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Maya,Okafor,https://www.linkedin.com/in/maya-okafor-3b1a2c,,"Northwind Traders, Inc.",Senior Technical Recruiter,04 Dec 2025
Tomás,"Rivera, PMP",https://www.linkedin.com/in/tom%C3%A1s-rivera-8812a5,tomas.rivera@example.com,Contoso,"Director, Platform Engineering",17 Mar 2021
,,,,,,03 Oct 2025`
	contacts, in, warns, err := export.ReadConnections(strings.NewReader(csv), "Connections.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range contacts {
		fmt.Printf("%s | %s | %s | %s | %s\n", c.Name(), c.Company, c.Position, c.ConnectedOn.Format("2006-01-02"), c.Source)
	}
	fmt.Printf("%d read, %d skipped\n", in.Rows, in.Skipped)
	for _, w := range warns {
		fmt.Println(w)
	}
	// Output:
	// Maya Okafor | Northwind Traders, Inc. | Senior Technical Recruiter | 2025-12-04 | Connections.csv:5
	// Tomás Rivera, PMP | Contoso | Director, Platform Engineering | 2021-03-17 | Connections.csv:6
	// 2 read, 1 skipped
	// Connections.csv: 1 row had no name, hidden or deactivated members; skipped
}

func ExampleParseError() {
	_, _, _, err := export.ReadConnections(strings.NewReader("Company Name,Title\nContoso,Engineer"), "Connections.csv")
	fmt.Println(err)
	// Output:
	// Connections.csv:1: no "First Name,Last Name,URL,Email Address,Company,Position,Connected On" header found; is this LinkedIn's Connections.csv?
}
