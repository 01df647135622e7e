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
	fmt.Fprintf(&b, "- generic: those and generic corporate words such as services, technologies, development,\n")
	fmt.Fprintf(&b, "  center, labs, group, holdings (`Amazon Development Center Germany GmbH`).\n\n")
	fmt.Fprintf(&b, "Add your own with `--alias 'Parent=Name,Name'`.\n\n")
	fmt.Fprintf(&b, "| Parent | Team | Names | Reach |\n| --- | --- | --- | --- |\n")
	for _, a := range Aliases() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", a.Parent, a.Team, strings.Join(a.Names, "; "), a.Reach)
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
