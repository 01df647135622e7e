package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/refrank/refrank/analyze/title"
)

const titlesHelp = `usage: refrank titles [FILE]

Classifies job titles, one per line, read from FILE (or stdin when FILE is
absent or -), and writes CSV with the header title,function,seniority to
stdout: one row per input line, in order. The function and seniority words
are those of the taxonomy refrank uses everywhere.

Example:
  printf 'SDE II, Amazon Music\nHead of Talent\n' | refrank titles

`

func titlesCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("titles", pflag.ContinueOnError)
	if code, done := parseFlags(fs, args, titlesHelp, stdout, stderr); done {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "refrank titles: at most one FILE, or - for stdin")
		return exitUsage
	}
	name, in := "stdin", stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return fail(stderr, hinted{err, "give a text file with one title per line, or pipe titles into stdin"})
		}
		defer f.Close()
		in = f
	}
	if err := titles(in, name, stdout); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}

// maxTitle bounds a line: no job title is this long.
const maxTitle = 1 << 20

func titles(in io.Reader, name string, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), maxTitle)
	w := csv.NewWriter(out)
	w.Write([]string{"title", "function", "seniority"})
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			t = strings.TrimPrefix(t, "\ufeff")
		}
		c := title.Classify(t)
		w.Write([]string{t, string(c.Function), string(c.Seniority)})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	w.Flush()
	return w.Error()
}
