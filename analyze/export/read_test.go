package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func osDirFS(t *testing.T, dir string) fs.FS {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
	return os.DirFS(dir)
}

// fixture returns the files of an era fixture by name.
func fixture(t testing.TB, era string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	entries, err := os.ReadDir("../../testdata/eras/" + era)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join("../../testdata/eras", era, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	return files
}

// zipOf builds a zip archive as LinkedIn does: entries at the root,
// deflated and streamed (with data descriptors), in the given order.
func zipOf(t testing.TB, names []string, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(files[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func write(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpen(t *testing.T) {
	cur := fixture(t, "current")
	dir := t.TempDir()
	all := []string{"Connections.csv", "Positions.csv", "Education.csv"}
	exportZip := zipOf(t, all, cur)

	tests := []struct {
		name     string
		path     string // under dir
		setup    func(t *testing.T, path string)
		contacts int
		jobs     int
		date     time.Time
		source   string // Source of the first contact, with dir/ cut
		err      error
		errText  string // the error's text, with dir/ cut
	}{
		{
			name:     "zip named by LinkedIn",
			path:     "Basic_LinkedInDataExport_02-06-2026.zip",
			setup:    func(t *testing.T, p string) { write(t, p, exportZip) },
			contacts: 29, jobs: 4, date: d(2026, 2, 3),
			source: "Basic_LinkedInDataExport_02-06-2026.zip:Connections.csv:5",
		},
		{
			name:     "zip under another name",
			path:     "download.bin",
			setup:    func(t *testing.T, p string) { write(t, p, exportZip) },
			contacts: 29, jobs: 4, date: d(2026, 2, 3),
			source: "download.bin:Connections.csv:5",
		},
		{
			name: "zip with other names, folders and a nested zip",
			path: "Complete_LinkedInDataExport_12-10-2025.zip",
			setup: func(t *testing.T, p string) {
				files := map[string][]byte{
					"CONNECTIONS.CSV":             cur["Connections.csv"],
					"Jobs/":                       nil,
					"Jobs/Saved Jobs.csv":         []byte("Saved Date,Job Url,Job Title,Company Name\n"),
					"nested.zip":                  exportZip,
					"coach_messages.csv":          []byte("CONVERSATION ID,FROM,TO,DATE\n1,Coach,Me,2024-12-16 18:24:37 UTC\n"),
					"Verifications/Positions.csv": []byte("garbage"),
				}
				write(t, p, zipOf(t, []string{"Jobs/", "Jobs/Saved Jobs.csv", "nested.zip", "coach_messages.csv", "Verifications/Positions.csv", "CONNECTIONS.CSV"}, files))
			},
			contacts: 29, date: d(2026, 2, 3),
			source: "Complete_LinkedInDataExport_12-10-2025.zip:CONNECTIONS.CSV:5",
		},
		{
			name: "folder",
			path: "Basic_LinkedInDataExport_02-06-2026",
			setup: func(t *testing.T, p string) {
				for name, b := range cur {
					write(t, filepath.Join(p, strings.ToLower(name)), b)
				}
			},
			contacts: 29, jobs: 4, date: d(2026, 2, 3),
			source: filepath.Join("Basic_LinkedInDataExport_02-06-2026", "connections.csv") + ":5",
		},
		{
			name:     "bare CSV under any name",
			path:     "my contacts.txt",
			setup:    func(t *testing.T, p string) { write(t, p, cur["Connections.csv"]) },
			contacts: 29, date: d(2026, 2, 3),
			source: "my contacts.txt:5",
		},
		{
			name:    "zip without Connections.csv",
			path:    "export.zip",
			setup:   func(t *testing.T, p string) { write(t, p, zipOf(t, []string{"Positions.csv"}, cur)) },
			err:     ErrNotExport,
			errText: "export.zip: no Connections.csv at the top level or one folder down: not a LinkedIn data export",
		},
		{
			name:    "empty zip",
			path:    "empty.zip",
			setup:   func(t *testing.T, p string) { write(t, p, zipOf(t, nil, nil)) },
			err:     ErrNotExport,
			errText: "empty.zip: no Connections.csv at the top level or one folder down: not a LinkedIn data export",
		},
		{
			name: "export one folder down",
			path: "rezipped.zip",
			setup: func(t *testing.T, p string) {
				write(t, p, zipOf(t, []string{"Basic/Connections.csv"}, map[string][]byte{"Basic/Connections.csv": cur["Connections.csv"]}))
			},
			contacts: 29, date: d(2026, 2, 3),
			source: "rezipped.zip:Basic/Connections.csv:5",
		},
		{
			name: "two exports one folder down",
			path: "two.zip",
			setup: func(t *testing.T, p string) {
				write(t, p, zipOf(t, []string{"a/Connections.csv", "b/connections.csv"}, map[string][]byte{"a/Connections.csv": cur["Connections.csv"], "b/connections.csv": cur["Connections.csv"]}))
			},
			err:     ErrNotExport,
			errText: `two.zip: 2 exports, in the folders "a", "b": not a LinkedIn data export; point refrank at one of them`,
		},
		{
			name: "workbook",
			path: "Connections.xlsx",
			setup: func(t *testing.T, p string) {
				write(t, p, zipOf(t, []string{"[Content_Types].xml", "xl/workbook.xml"}, map[string][]byte{}))
			},
			err:     ErrNotExport,
			errText: "Connections.xlsx: an Office document, not a LinkedIn export: not a LinkedIn data export; save the sheet as CSV",
		},
		{
			name:    "folder without Connections.csv",
			path:    "photos",
			setup:   func(t *testing.T, p string) { write(t, filepath.Join(p, "cat.jpg"), []byte("meow")) },
			err:     ErrNotExport,
			errText: "photos: no Connections.csv at the top level or one folder down: not a LinkedIn data export",
		},
		{
			name:    "not a zip",
			path:    "broken.zip",
			setup:   func(t *testing.T, p string) { write(t, p, cur["Connections.csv"]) },
			errText: "broken.zip: not a zip archive (it does not start like one); download the export again",
		},
		{
			name:    "Positions.csv as the export",
			path:    "Positions.csv",
			setup:   func(t *testing.T, p string) { write(t, p, cur["Positions.csv"]) },
			err:     ErrNoHeader,
			errText: `Positions.csv:1: no "First Name,Last Name,URL,Email Address,Company,Position,Connected On" header found; is this LinkedIn's Connections.csv?`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.path)
			tt.setup(t, path)
			x, err := Open(path, nil)
			if tt.errText != "" {
				if err == nil || tt.err != nil && !errors.Is(err, tt.err) || strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "") != tt.errText {
					t.Fatalf("err = %v, want %q", err, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(x.Contacts) != tt.contacts || len(x.Jobs) != tt.jobs || !x.Date.Equal(tt.date) {
				t.Errorf("got %d contacts, %d jobs, date %v; want %d, %d, %v", len(x.Contacts), len(x.Jobs), x.Date, tt.contacts, tt.jobs, tt.date)
			}
			if got := strings.TrimPrefix(x.Contacts[0].Source, dir+string(filepath.Separator)); got != tt.source {
				t.Errorf("Source = %q, want %q", got, tt.source)
			}
			if len(x.Warnings) != 1 {
				t.Errorf("warnings: %v", x.Warnings)
			}
		})
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "nope.zip"), nil)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("err = %v", err)
	}
}

func TestIsInput(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Connections.csv", true},
		{"messages.csv", true},
		{"Messages.csv", true},
		{"Recommendations_Given.csv", true},
		{"Endorsement_Received_Info.csv", true},
		{"coach_messages.csv", false},
		{"referrers.csv", false},
	} {
		if got := IsInput(tt.name); got != tt.want {
			t.Errorf("IsInput(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
