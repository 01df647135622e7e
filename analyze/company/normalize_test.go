package company

import (
	"testing"
	"unicode"
)

var normalizeTests = []struct {
	name string
	in   string
	want string
}{
	{"Empty", "", ""},
	{"Spaces", "   \t ", ""},
	{"PunctuationOnly", "-- , ().", ""},
	{"Plain", "Contoso", "contoso"},
	{"AlreadyKey", "northwind traders", "northwind traders"},
	{"CommaInc", "Northwind Traders, Inc.", "northwind traders"},
	{"Inc", "Northwind Traders Inc", "northwind traders"},
	{"Incorporated", "Qualcomm Incorporated", "qualcomm"},
	{"LLC", "Amazon.com Services LLC", "amazon com services"},
	{"Ltd", "Acme Ltd.", "acme"},
	{"Limited", "Acme Limited", "acme"},
	{"PvtLtd", "Infosys Pvt. Ltd.", "infosys"},
	{"PrivateLimited", "Microsoft India (R&D) Private Limited", "microsoft india rd"},
	{"GmbH", "Müller GmbH", "muller"},
	{"GmbHCoKG", "Müller GmbH & Co. KG", "muller"},
	{"SA", "Acme S.A.", "acme"},
	{"SAS", "Acme S.A.S.", "acme"},
	{"SAdeCV", "Acme S.A. de C.V.", "acme"},
	{"SpA", "Ferrari S.p.A.", "ferrari"},
	{"SpZoo", "Acme sp. z o.o.", "acme"},
	{"SRO", "Acme s.r.o.", "acme"},
	{"CoLtd", "Samsung Electronics Co., Ltd.", "samsung electronics"},
	{"CoLtdNoSpace", "Samsung Electronics Co.,Ltd", "samsung electronics"},
	{"PLC", "Barclays PLC", "barclays"},
	{"Corp", "Microsoft Corp.", "microsoft"},
	{"Corporation", "Oracle Corporation", "oracle"},
	{"Company", "Ford Motor Company", "ford motor"},
	{"AG", "Siemens AG", "siemens"},
	{"SE", "SAP SE", "sap"},
	{"SARL", "Acme SARL", "acme"},
	{"BV", "Acme B.V.", "acme"},
	{"PtyLtd", "Atlassian Pty Ltd", "atlassian"},
	{"ABPubl", "Spotify AB (publ)", "spotify"},
	{"SdnBhd", "Acme Sdn. Bhd.", "acme"},
	{"LeadingThe", "The Walt Disney Company", "walt disney"},
	{"TheOnly", "The", "the"},
	{"SuffixOnly", "Limited", "limited"},
	{"SuffixesOnly", "Inc, LLC", "inc"},
	{"TheLimited", "The Limited", "limited"},
	{"SuffixInMiddle", "Limited Brands", "limited brands"},
	{"CoInMiddle", "Co-operative Bank", "co operative bank"},
	{"Accents", "Société Générale", "societe generale"},
	{"Umlaut", "Nestlé Deutschland AG", "nestle deutschland"},
	{"SharpS", "Straßenbau GmbH", "strassenbau"},
	{"Ligature", "Œuvre Æsthetic", "oeuvre aesthetic"},
	{"Polish", "Łódź Spółka", "lodz spolka"},
	{"Nordic", "Ørsted A/S", "orsted"},
	{"Fullwidth", "ＡＢＣ　Ｃｏｒｐ", "abc"},
	{"DecomposedAccent", "Socie\u0301te\u0301", "societe"},
	{"Cyrillic", "Яндекс ООО", "яндекс"},
	{"CJK", "阿里巴巴", "阿里巴巴"},
	{"Apostrophe", "Sam's Club", "sams club"},
	{"CurlyApostrophe", "Sam’s Club", "sams club"},
	{"AmpersandJoins", "AT&T", "att"},
	{"AmpersandWord", "Procter & Gamble", "procter and gamble"},
	{"AndWord", "Procter and Gamble", "procter and gamble"},
	{"DottedInitials", "J.P. Morgan", "jp morgan"},
	{"SpacedInitials", "J. P. Morgan", "jp morgan"},
	{"Initials", "JP Morgan", "jp morgan"},
	{"DotCom", "Booking.com", "booking com"},
	{"Parentheses", "Amazon Web Services (AWS)", "amazon web services aws"},
	{"Hyphen", "Wal-Mart Stores, Inc.", "wal mart stores"},
	{"Slash", "Google / YouTube", "google youtube"},
	{"Digits", "3M Company", "3m"},
	{"DoubleSpaces", "  Acme    Widgets  ", "acme widgets"},
	{"Emoji", "Acme 🚀 Labs", "acme labs"},
	{"InvalidUTF8", "Acme\xffWidgets", "acme widgets"},
	{"Tab", "Acme\tWidgets", "acme widgets"},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Normalize(got); again != got {
				t.Errorf("Normalize(%q) = %q, not a fixed point", got, again)
			}
		})
	}
}

func TestNormalizeAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Normalize("acme widgets") }); n != 0 {
		t.Errorf("Normalize of a key: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { Normalize("Northwind Traders, Inc.") }); n != 1 {
		t.Errorf("Normalize: %v allocations, want 1", n)
	}
}

// TestNormalizeEveryRune checks the fixed point for every code point, alone
// and between letters, where the fuzzer's byte mutations rarely reach.
func TestNormalizeEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	failures := 0
	for r := rune(0); r <= unicode.MaxRune && failures < 10; r++ {
		c := string(r)
		for _, s := range [...]string{c, "a" + c + "b", "A." + c + ".B", c + c + " inc", "x " + c} {
			k := Normalize(s)
			if again := Normalize(k); again != k {
				t.Errorf("Normalize(%q) = %q, but Normalize(%q) = %q", s, k, k, again)
				failures++
			}
			if hasWord(s) && k == "" {
				t.Errorf("Normalize(%q) is empty", s)
				failures++
			}
		}
	}
}
