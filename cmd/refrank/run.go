package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/spf13/pflag"
)

// Exit codes.
const (
	exitOK    = 0 // success
	exitFail  = 1 // the run failed
	exitUsage = 2 // bad usage
)

const usage = `usage: refrank COMMAND [flags] [args]

Commands:
  rank EXPORT...                   rank the people in a LinkedIn export who can refer you
  batch CLIENTS_DIR -o OUT_DIR     rank for every client of a coach, one folder each
  init [DIR]                       write a commented example refrank.toml
  titles [FILE]                    classify job titles, one per line, into function and seniority

Run 'refrank COMMAND --help' for a command's flags.
`

// run is the whole program: it reads args, stdin, and files named in args,
// and writes data to stdout (or files) and messages to stderr. It returns
// the exit code. What it made for itself (see [scratch]) is removed when
// it returns, or when SIGINT or SIGTERM stop it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	defer runScratch.clean(false)
	defer onSignal(stderr)()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "rank":
		return rankCmd(rest, stdout, stderr)
	case "batch":
		return batchCmd(rest, stdout, stderr)
	case "init":
		return initCmd(rest, stdout, stderr)
	case "titles":
		return titlesCmd(rest, stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "refrank: unknown command %q\n", clean(cmd))
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
}

// usageError is bad usage: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// hinted is an error with a hint line saying what the user can do.
type hinted struct {
	err  error
	hint string
}

func (e hinted) Error() string { return e.err.Error() }
func (e hinted) Unwrap() error { return e.err }

// fail prints err in refrank's voice and returns its exit code.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "refrank: %s\n", clean(err.Error()))
	var h hinted
	if errors.As(err, &h) && h.hint != "" {
		fmt.Fprintf(stderr, "refrank: hint: %s\n", h.hint)
	}
	var u usageError
	if errors.As(err, &u) {
		return exitUsage
	}
	return exitFail
}

// parseFlags parses args with fs, printing help to stdout for --help.
// It returns done when the caller should return code right away.
func parseFlags(fs *pflag.FlagSet, args []string, help string, stdout, stderr io.Writer) (code int, done bool) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		fmt.Fprint(stdout, help)
		fmt.Fprint(stdout, fs.FlagUsages())
		return exitOK, true
	}
	if err != nil {
		return usageFail(stderr, fs.Name(), err), true
	}
	return 0, false
}

// usageFail prints a usage error of command cmd, with the hint to ask for its
// help, and returns exitUsage: the one form of every command's usage
// errors. An error with a hint of its own, one of a file that says where
// (refrank.toml:7: ...), is printed by fail, as every error of a file is.
func usageFail(stderr io.Writer, cmd string, err error) int {
	if errors.As(err, new(hinted)) {
		return fail(stderr, err)
	}
	fmt.Fprintf(stderr, "refrank %s: %s\n", cmd, clean(err.Error()))
	fmt.Fprintf(stderr, "refrank: hint: run 'refrank %s --help' for usage\n", cmd)
	return exitUsage
}

// maxQuoted is how many characters of a value an error message quotes.
const maxQuoted = 60

// short returns s cut to maxQuoted characters, with "…" where it was cut,
// so that an error about a huge value stays one readable line.
func short(s string) string { return cut(s, maxQuoted) }

// cut returns s cut to n characters, with "…" where it was cut.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n {
			return s[:i] + "…"
		}
		k++
	}
	return s
}

// quote returns the value s quoted, as %q does, cut as short cuts it.
func quote(s string) string {
	if cut := short(s); cut != s {
		return strconv.Quote(strings.TrimSuffix(cut, "…")) + "…"
	}
	return strconv.Quote(s)
}

// clean makes contact text safe to print on a terminal: control characters
// (the escape that starts an ANSI sequence among them) are dropped, so the
// text cannot move the cursor or recolour the terminal, and it stays on
// one line.
func clean(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 && !strings.ContainsRune(s, '\u2028') {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return -1
		}
		return r
	}, s)
}
