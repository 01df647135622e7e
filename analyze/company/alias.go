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
// "Amazon = Kuiper, Zoox"), checked by [CheckAlias]. It fails, wrapping
// ErrAlias, when "=" is missing or repeated, or CheckAlias fails (a comma
// inside "Contoso Labs, Inc." splits the name, leaving a legal form).
func ParseAlias(s string) (parent string, aliases []string, err error) {
	p, list, ok := strings.Cut(s, "=")
	switch {
	case !ok:
		err = errors.New(`no "=": want PARENT=NAME[,NAME...]`)
	case strings.Contains(list, "="):
		err = errors.New(`more than one "=": give one parent per --alias`)
	default:
		parent, aliases, err = CheckAlias(p, strings.Split(list, ","))
	}
	if err != nil {
		return "", nil, fmt.Errorf("%w %q: %w", ErrAlias, s, err)
	}
	return parent, aliases, nil
}

// CheckAlias checks a parent and the names that resolve to it, of --alias
// or of a config file's list. Spaces around them are trimmed and repeated
// names (by key) kept once. It fails when the parent or a name is empty or
// has no letter or digit, a name is only a legal form, or no name differs
// from the parent.
func CheckAlias(parent string, names []string) (string, []string, error) {
	parent = strings.TrimSpace(parent)
	pk := Normalize(parent)
	switch {
	case parent == "":
		return "", nil, errors.New("no parent")
	case pk == "":
		return "", nil, fmt.Errorf("parent %q has no letter or digit", parent)
	case len(names) == 0 || len(names) == 1 && strings.TrimSpace(names[0]) == "":
		return "", nil, errors.New("no names")
	}
	seen := map[string]bool{pk: true}
	var aliases []string
	for i, n := range names {
		n = strings.TrimSpace(n)
		k := Normalize(n)
		switch {
		case n == "":
			return "", nil, fmt.Errorf("name %d is empty", i+1)
		case k == "":
			return "", nil, fmt.Errorf("name %q has no letter or digit", n)
		case dropsAtEnd[k] && !strings.Contains(k, " "):
			return "", nil, fmt.Errorf("name %q is only a legal form", n)
		case seen[k]:
			continue
		}
		seen[k] = true
		aliases = append(aliases, n)
	}
	if len(aliases) == 0 {
		return "", nil, errors.New("every name is the parent itself")
	}
	return parent, aliases, nil
}
