package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
	"testing/fstest"
)

// TestReadDeterministic checks that reading messages.csv beside the other
// files changes nothing: the sample export, as a folder and as a zip
// archive, reads the same on one core and on two, run after run.
func TestReadDeterministic(t *testing.T) {
	dir := "../../testdata/sample"
	files := map[string][]byte{}
	var names []string
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(name)] = b
		names = append(names, filepath.ToSlash(name))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	archive := zipOf(t, names, files)
	for _, tt := range []struct {
		name string
		fsys func() fs.FS
	}{
		{"folder", func() fs.FS { return os.DirFS(dir) }},
		{"zip", func() fs.FS {
			zr, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
			if err != nil {
				t.Fatal(err)
			}
			return zr
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			want, err := Read(tt.fsys(), "Basic_LinkedInDataExport_02-06-2026.zip")
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Interactions) == 0 || len(want.Contacts) == 0 || len(want.Warnings) == 0 {
				t.Fatalf("%d interactions, %d contacts, %d warnings: the sample should give all three", len(want.Interactions), len(want.Contacts), len(want.Warnings))
			}
			for _, procs := range []int{1, 2, 1, 2} {
				runtime.GOMAXPROCS(procs)
				for range 10 {
					got, err := Read(tt.fsys(), "Basic_LinkedInDataExport_02-06-2026.zip")
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("GOMAXPROCS %d: Read gave another export", procs)
					}
				}
			}
		})
	}
}

// TestReadErrorOrder checks that with messages.csv read beside the other
// files, the error is still that of the first file, in the order of the
// files table, that fails.
func TestReadErrorOrder(t *testing.T) {
	good := fixture(t, "current")
	badMessages := []byte("CONVERSATION ID,FROM,TO,DATE\n\"c1,Ann,Bob,2024-01-01 10:00:00 UTC\n" + string(bytes.Repeat([]byte("x\n"), 300)))
	tests := []struct {
		name    string
		replace map[string][]byte
		want    string
	}{
		{"connections before messages", map[string][]byte{"Connections.csv": []byte("Company Name,Title\nAcme,CEO\n"), "messages.csv": badMessages}, "Connections.csv"},
		{"messages before invitations", map[string][]byte{"messages.csv": badMessages, "Invitations.csv": []byte("\"open\n" + string(bytes.Repeat([]byte("x\n"), 300)))}, "messages.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := fstest.MapFS{}
			for name, b := range good {
				m[name] = &fstest.MapFile{Data: b}
			}
			for name, b := range tt.replace {
				m[name] = &fstest.MapFile{Data: b}
			}
			for range 20 {
				_, err := Read(m, "")
				var pe *ParseError
				if !errors.As(err, &pe) || pe.File != tt.want {
					t.Fatalf("err = %v, want a ParseError of %s", err, tt.want)
				}
			}
		})
	}
}
