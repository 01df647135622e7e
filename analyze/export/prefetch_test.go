package export

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestPrefetcher(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789abcdef"), prefetchChunks*prefetchSize/4) // several rounds of chunks
	errBroken := errors.New("broken")
	for _, tc := range []struct {
		name    string
		r       func() io.Reader
		want    []byte
		wantErr error
	}{
		{"empty", func() io.Reader { return strings.NewReader("") }, nil, io.EOF},
		{"short", func() io.Reader { return strings.NewReader("hello") }, []byte("hello"), io.EOF},
		{"big", func() io.Reader { return bytes.NewReader(big) }, big, io.EOF},
		{"a byte at a time", func() io.Reader { return iotest.OneByteReader(bytes.NewReader(big[:1000])) }, big[:1000], io.EOF},
		{"data with the error", func() io.Reader { return iotest.DataErrReader(bytes.NewReader(big)) }, big, io.EOF},
		{"an error after data", func() io.Reader {
			return io.MultiReader(bytes.NewReader(big[:prefetchSize+7]), iotest.ErrReader(errBroken))
		}, big[:prefetchSize+7], errBroken},
		{"an error at once", func() io.Reader { return iotest.ErrReader(errBroken) }, nil, errBroken},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newPrefetcher(tc.r())
			defer p.Close()
			got, err := io.ReadAll(p)
			if wantErr := tc.wantErr; wantErr == io.EOF && err != nil || wantErr != io.EOF && !errors.Is(err, wantErr) {
				t.Errorf("error %v, want %v", err, wantErr) // ReadAll gives nil for io.EOF
			}
			if !bytes.Equal(got, tc.want) {
				t.Errorf("read %d bytes, want %d", len(got), len(tc.want))
			}
			// And again: the same end.
			if n, err := p.Read(make([]byte, 10)); n != 0 || !errors.Is(err, tc.wantErr) {
				t.Errorf("read after the end: %d, %v", n, err)
			}
		})
	}
	t.Run("iotest", func(t *testing.T) {
		p := newPrefetcher(bytes.NewReader(big))
		defer p.Close()
		if err := iotest.TestReader(p, big); err != nil {
			t.Error(err)
		}
	})
	t.Run("closed early", func(t *testing.T) {
		p := newPrefetcher(bytes.NewReader(big))
		if _, err := p.Read(make([]byte, 10)); err != nil {
			t.Fatal(err)
		}
		p.Close() // returns: the goroutine has stopped
	})
}
