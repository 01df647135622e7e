// Package pzip writes a zip archive whose files are deflated on every CPU
// at once and written in the order of their names, so that the same files
// always give the same bytes.
//
// A file's bytes come from [File.Write], in pieces of [PieceSize] bytes,
// and from [File.Go], a piece that a function makes on a worker. Each
// piece is deflated on its own (flate.BestSpeed of
// github.com/klauspost/compress/flate, which deflates a sheet's XML twice
// as fast as compress/flate's BestSpeed, to the same size; no dictionary
// shared with the piece before) and flushed to a byte boundary, and the
// pieces of a file are joined into one deflate stream, ended by an empty
// final block, as pigz does: the bytes depend only on the pieces, never
// on the number of CPUs or on the order the workers finish in. Each
// worker takes the CRC-32 of its own piece; [Writer.Close] joins them
// (see [joinCRC]).
//
// At most GOMAXPROCS pieces are made or deflated at once: a Write that
// would start one more waits for a worker; a Go never waits, its piece
// is made when a worker is free. The pieces of a [Writer.Detached] file
// are made the same way, before the file of the archive they belong to
// is created, and [File.Attach] moves them into it. Only deflated pieces
// are kept until Close, when the files are written, sorted by name, each
// with the modification time [Modified], never the time of the run.
package pzip
