package report

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/refrank/refrank/analyze"
	"github.com/refrank/refrank/internal/golden"
)

func TestWriteJSONGolden(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sampleResult()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "sample.json.golden"), b.Bytes())
}

func TestWriteJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, &analyze.Result{Components: components}); err != nil {
		t.Fatal(err)
	}
	if b.String() != "[]\n" {
		t.Errorf("got %q, want %q", b.String(), "[]\n")
	}
}

// TestWriteJSONKeyOrder walks the tokens of the output: every object must
// have exactly the columns as keys, in order.
func TestWriteJSONKeyOrder(t *testing.T) {
	r := sampleResult()
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	cols := Columns(r)
	dec := json.NewDecoder(&b)
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		t.Fatalf("first token %v, %v; want [", tok, err)
	}
	objects := 0
	for dec.More() {
		if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
			t.Fatalf("object %d: token %v, %v; want {", objects+1, tok, err)
		}
		var keys []string
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			keys = append(keys, tok.(string))
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := dec.Token(); err != nil { // }
			t.Fatal(err)
		}
		if !slices.Equal(keys, cols) {
			t.Errorf("object %d keys:\n got %q\nwant %q", objects+1, keys, cols)
		}
		objects++
	}
	if _, err := dec.Token(); err != nil { // ]
		t.Fatal(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Errorf("after the array: %v, want EOF", err)
	}
	if objects != len(r.Referrals) {
		t.Errorf("got %d objects, want %d", objects, len(r.Referrals))
	}
}

// TestWriteJSONValues unmarshals the output and checks every value against
// the table: numbers as numbers, strings exact (no CSV quote prefix).
func TestWriteJSONValues(t *testing.T) {
	r := sampleResult()
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := table(r, func(s string) string { return s })
	cols := want[0]
	if len(got) != len(want)-1 {
		t.Fatalf("got %d objects, want %d", len(got), len(want)-1)
	}
	for i, obj := range got {
		if len(obj) != len(cols) {
			t.Errorf("object %d has %d keys, want %d", i+1, len(obj), len(cols))
		}
		for j, col := range cols {
			w := want[i+1][j]
			k := kindOf(j, len(r.Components))
			switch v := obj[col].(type) {
			case float64:
				if k == kindText || k == kindDate || k == kindNoteDate {
					t.Errorf("object %d %s = %v, a number; want string %q", i+1, col, v, w)
					continue
				}
				wf, _ := strconv.ParseFloat(w, 64)
				if v != wf || k == kindInt && v != math.Trunc(v) {
					t.Errorf("object %d %s = %v, want %s", i+1, col, v, w)
				}
			case string:
				if k == kindInt || k == kindDecimal || v != w {
					t.Errorf("object %d %s = %q, want %s", i+1, col, v, w)
				}
			default:
				t.Errorf("object %d %s = %#v (%T)", i+1, col, v, v)
			}
		}
	}
	// The strings a spreadsheet would take for formulas come out as given.
	if name := got[0]["Name"]; name != r.Referrals[0].Contact.Name() {
		t.Errorf("Name = %q, want %q", name, r.Referrals[0].Contact.Name())
	}
}

func TestWriteNotFinite(t *testing.T) {
	r := &analyze.Result{Referrals: []analyze.Referral{{Rank: 1, Score: math.NaN()}}}
	for name, write := range map[string]func(io.Writer, *analyze.Result) error{
		"csv": WriteCSV, "json": WriteJSON, "xlsx": WriteXLSX,
	} {
		if err := write(io.Discard, r); err == nil {
			t.Errorf("%s: no error for a NaN score", name)
		}
	}
}
