package company

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestParseAlias(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		parent  string
		aliases []string
	}{
		{"Plain", "Amazon=Kuiper,Zoox", "Amazon", []string{"Kuiper", "Zoox"}},
		{"Spaces", "Amazon = Kuiper, Zoox", "Amazon", []string{"Kuiper", "Zoox"}},
		{"One", "Contoso=Contoso Labs", "Contoso", []string{"Contoso Labs"}},
		{"Duplicates", "Amazon=Kuiper, kuiper, KUIPER LLC", "Amazon", []string{"Kuiper"}},
		{"ParentRepeated", "Amazon=Amazon, Kuiper", "Amazon", []string{"Kuiper"}},
		{"Accents", "Société Générale=SocGen", "Société Générale", []string{"SocGen"}},
		{"AliasParent", "AWS=Bedrock", "AWS", []string{"Bedrock"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent, aliases, err := ParseAlias(tt.in)
			if err != nil {
				t.Fatalf("ParseAlias(%q): %v", tt.in, err)
			}
			if parent != tt.parent || !slices.Equal(aliases, tt.aliases) {
				t.Errorf("ParseAlias(%q) = %q, %q, want %q, %q", tt.in, parent, aliases, tt.parent, tt.aliases)
			}
		})
	}
}

func TestParseAliasErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		msg  string // a part of the error message
	}{
		{"Empty", "", `no "="`},
		{"NoEquals", "Amazon", `no "=": want PARENT=NAME[,NAME...]`},
		{"TwoEquals", "Amazon=Kuiper=Zoox", `more than one "="`},
		{"NoParent", "=Kuiper", `no parent`},
		{"BlankParent", "  =Kuiper", `no parent`},
		{"PunctuationParent", "--=Kuiper", `parent "--" has no letter or digit`},
		{"NoNames", "Amazon=", `no names`},
		{"BlankNames", "Amazon=  ", `no names`},
		{"EmptyName", "Amazon=Kuiper,,Zoox", "name 2 is empty"},
		{"TrailingComma", "Amazon=Kuiper,", "name 2 is empty"},
		{"PunctuationName", "Amazon=Kuiper,&&,", `name "&&"`},
		{"DotsName", "Amazon=...", `name "..." has no letter or digit`},
		{"LegalForm", "Contoso=Contoso Labs, Inc.", `name "Inc." is only a legal form`},
		{"OnlyParent", "Amazon=amazon, Amazon Inc", "every name is the parent itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ParseAlias(tt.in)
			if err == nil {
				t.Fatalf("ParseAlias(%q): no error", tt.in)
			}
			if !errors.Is(err, ErrAlias) {
				t.Errorf("ParseAlias(%q): %v does not wrap ErrAlias", tt.in, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("ParseAlias(%q) = %q, want it to say %q", tt.in, err, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "bad alias "+strconv.Quote(tt.in)+": ") {
				t.Errorf("ParseAlias(%q) = %q, want it to quote the value", tt.in, err)
			}
		})
	}
}
