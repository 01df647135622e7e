package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/refrank/refrank/analyze/company"
	"github.com/refrank/refrank/analyze/title"
)

const titlesHelp = `usage: refrank titles [--company] [FILE]

Classifies job titles, one per line, read from FILE (or stdin when FILE is
absent or -), and writes CSV with the header title,function,seniority to
stdout: one row per input line, in order. The function and seniority words
are those of the taxonomy refrank uses everywhere.

With --company, FILE is CSV with the columns title,company (a first row
that says so is a header), and each title is read at its company: the
output has the header title,company,employer,function,seniority, where
employer is the company as refrank resolves it (the parent of a brand),
whose own ladder numbered levels follow (SWE III is mid at Google and
senior elsewhere).

Examples:
  printf 'SDE II, Amazon Music\nHead of Talent\n' | refrank titles
  printf 'Software Engineer III,Google\n' | refrank titles --company

`

func titlesCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("titles", pflag.ContinueOnError)
	withCompany := fs.Bool("company", false, "read CSV title,company and read each title at its company")
	if code, done := parseFlags(fs, args, titlesHelp, stdout, stderr); done {
		return code
	}
	if fs.NArg() > 1 {
		return usageFail(stderr, "titles", usagef("at most one FILE, or - for stdin"))
	}
	name, in := "stdin", stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			hint := "give a text file with one title per line, or pipe titles into stdin"
			if *withCompany {
				hint = "give a CSV file with the columns title,company, or pipe it into stdin"
			}
			return fail(stderr, hinted{fileErr(name, err), hint})
		}
		defer f.Close()
		in = f
	}
	run := titles
	if *withCompany {
		run = titlesAt
	}
	if err := run(in, name, stdout); err != nil {
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

// titlesAt is titles for CSV rows of a title and a company: each title is
// read on its resolved employer's ladder. Nothing is written when a row
// cannot be read.
func titlesAt(in io.Reader, name string, out io.Writer) error {
	r := csv.NewReader(bufio.NewReader(in))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"title", "company", "employer", "function", "seniority"})
	m := company.NewMatcher()
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return fmt.Errorf("%s: %w", name, err)
			}
			return hinted{fmt.Errorf("%s:%d: %w", name, pe.Line, pe.Err), `quote a title or company that holds a comma or a quote: "Engineer, Payments",Stripe`}
		}
		line, _ := r.FieldPos(0)
		if len(rec) > 2 {
			return hinted{fmt.Errorf("%s:%d: %d columns, want title,company", name, line, len(rec)), `quote a title or company that holds a comma: "Engineer, Payments",Stripe`}
		}
		if first {
			rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
			if len(rec) == 2 && strings.EqualFold(strings.TrimSpace(rec[0]), "title") && strings.EqualFold(strings.TrimSpace(rec[1]), "company") {
				continue
			}
		}
		t, co := rec[0], ""
		if len(rec) == 2 {
			co = rec[1]
		}
		e := m.Resolve(co)
		c := title.ClassifyAt(t, e.Key)
		w.Write([]string{t, co, e.Name, string(c.Function), string(c.Seniority)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	_, err := out.Write(buf.Bytes())
	return err
}
