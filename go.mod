module github.com/refrank/refrank

go 1.26.0

require (
	github.com/BurntSushi/toml v1.6.0 // refrank.toml; imported by cmd/refrank/config.go only
	github.com/gocarina/gocsv v0.0.0-20240520201108-78e41c74b4b1
	github.com/klauspost/compress v1.20.4 // deflate for the workbook, twice as fast as compress/flate; analyze/report/internal/pzip only
	github.com/spf13/pflag v1.0.10
	github.com/xuri/excelize/v2 v2.11.0
	golang.org/x/term v0.47.0 // is stderr a terminal; cmd/refrank/progress.go only
	golang.org/x/text v0.38.0
)

require (
	github.com/richardlehane/mscfb v1.0.7 // indirect
	github.com/richardlehane/msoleps v1.0.6 // indirect
	github.com/tiendc/go-deepcopy v1.7.2 // indirect
	github.com/xuri/efp v0.0.1 // indirect
	github.com/xuri/nfp v0.0.2-0.20250530014748-2ddeb826f9a9 // indirect
	golang.org/x/crypto v0.53.0 // indirect
	golang.org/x/net v0.56.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
)
