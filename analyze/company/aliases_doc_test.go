package company

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite aliases.md from the table")

// aliasesDoc renders the built-in table as the Markdown of aliases.md.
func aliasesDoc() []byte {
	var b bytes.Buffer
	parents := map[string]bool{}
	for _, a := range Aliases() {
		parents[a.Parent] = true
	}
	fmt.Fprintf(&b, "# Built-in company aliases\n\n")
	fmt.Fprintf(&b, "Generated from `table.go` by `go test ./analyze/company -run TestAliasesDoc -update`; do not edit.\n\n")
	fmt.Fprintf(&b, "%d parents, %d rows. A contact whose employer is one of the names works for the parent,\n", len(parents), len(table))
	fmt.Fprintf(&b, "in the team shown. Names match by their key (see `doc.go`: case, accents, punctuation and\n")
	fmt.Fprintf(&b, "legal forms such as Inc. or GmbH do not matter). The reach says what may follow a name:\n\n")
	fmt.Fprintf(&b, "- exact: nothing (`Ring` is Amazon's; `Ring Group` is not);\n")
	fmt.Fprintf(&b, "- regional: country, region and connecting words (`Apple India`, `Oracle do Brasil`);\n")
	fmt.Fprintf(&b, "- generic: those and words that name a unit, such as services, technologies, engineering,\n")
	fmt.Fprintf(&b, "  consulting, digital, software, solutions, labs, research, business, bank (`Amazon Development\n")
	fmt.Fprintf(&b, "  Center Germany GmbH`, `Siemens Technology and Services Private Limited`);\n")
	fmt.Fprintf(&b, "- any: any words, for names no other business shares (`Deloitte Tax`, `Infosys McCamish`).\n\n")
	fmt.Fprintf(&b, "A name's first segment (before a comma or bracket) counts when it is a name of the table\n")
	fmt.Fprintf(&b, "(`Samsung Research America (SRA)`), and so does a parent named after a unit (`Bluetab, an IBM\n")
	fmt.Fprintf(&b, "Company`, `QuantumBlack, AI by McKinsey`, `... (part of McKinsey & Company)`). False friends are\n")
	fmt.Fprintf(&b, "names that look like a parent's but are other businesses: they, and anything that starts with\n")
	fmt.Fprintf(&b, "them, never resolve to it; \"The\" before a one-word name of exact or regional reach makes\n")
	fmt.Fprintf(&b, "another business (`The Oracle`). See `doc.go` for every rule.\n\n")
	fmt.Fprintf(&b, "Add your own with `--alias 'Parent=Name,Name'`.\n\n")
	fmt.Fprintf(&b, "| Parent | Team | Names | Reach | False friends |\n| --- | --- | --- | --- | --- |\n")
	for _, a := range Aliases() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", a.Parent, a.Team, strings.Join(a.Names, "; "), a.Reach, strings.Join(a.Not, "; "))
	}
	return b.Bytes()
}

func TestAliasesDoc(t *testing.T) {
	const file = "aliases.md"
	want := aliasesDoc()
	if *update {
		if err := os.WriteFile(file, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date: run go test ./analyze/company -run TestAliasesDoc -update", file)
	}
}
