package title_test

import (
	"fmt"

	"github.com/refrank/refrank/analyze/title"
)

func ExampleClassify() {
	for _, t := range []string{
		"Senior Software Engineer, AWS Lambda",
		"SDE II - Prime Video",
		"Co-Founder & CTO",
		"Group Product Manager",
		"Engenheiro de Software Sênior",
		"Werkstudent Softwareentwicklung",
		"Data Scientist, PhD",
	} {
		c := title.Classify(t)
		fmt.Printf("%s: %s, %s, team %q\n", t, c.Function, c.Seniority, c.Team)
	}
	// Output:
	// Senior Software Engineer, AWS Lambda: software, senior, team "AWS Lambda"
	// SDE II - Prime Video: software, mid, team "Prime Video"
	// Co-Founder & CTO: software, owner, team ""
	// Group Product Manager: product, manager, team ""
	// Engenheiro de Software Sênior: software, senior, team ""
	// Werkstudent Softwareentwicklung: software, intern, team ""
	// Data Scientist, PhD: data, mid, team ""
}
