package company

import (
	"errors"
	"fmt"
	"strings"
)

// ErrAlias is wrapped by every error of ParseAlias.
var ErrAlias = errors.New("bad alias")

// ParseAlias parses a --alias value: a parent, "=", and a comma-separated
// list of names that resolve to it ("Amazon=Kuiper,Zoox", also
// "Amazon = Kuiper, Zoox"). Spaces around names are trimmed and repeated
// names (by key) kept once. It fails, wrapping ErrAlias, when "=" is
// missing or repeated, the parent or a name is empty or has no letter or
// digit, a name is only a legal suffix (a comma inside "Contoso Labs, Inc."
// splits the name), or no name differs from the parent.
func ParseAlias(s string) (parent string, aliases []string, err error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w %q: %s", ErrAlias, s, fmt.Sprintf(format, args...))
	}
	p, list, ok := strings.Cut(s, "=")
	if !ok {
		return "", nil, bad(`no "=": want PARENT=NAME[,NAME...]`)
	}
	if strings.Contains(list, "=") {
		return "", nil, bad(`more than one "=": give one parent per --alias`)
	}
	parent = strings.TrimSpace(p)
	pk := Normalize(parent)
	switch {
	case parent == "":
		return "", nil, bad(`no parent before "="`)
	case pk == "":
		return "", nil, bad("parent %q has no letter or digit", parent)
	}
	if strings.TrimSpace(list) == "" {
		return "", nil, bad(`no names after "="`)
	}
	seen := map[string]bool{pk: true}
	for i, n := range strings.Split(list, ",") {
		n = strings.TrimSpace(n)
		k := Normalize(n)
		switch {
		case n == "":
			return "", nil, bad("name %d is empty", i+1)
		case k == "":
			return "", nil, bad("name %q has no letter or digit", n)
		case dropsAtEnd[k] && !strings.Contains(k, " "):
			return "", nil, bad(`name %q is only a legal form; names are split at ","`, n)
		case seen[k]:
			continue
		}
		seen[k] = true
		aliases = append(aliases, n)
	}
	if len(aliases) == 0 {
		return "", nil, bad("every name is the parent itself")
	}
	return parent, aliases, nil
}
