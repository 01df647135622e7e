package main

import (
	"math/rand/v2"
	"net/url"
	"strings"
	"unicode"
)

// A culture is a pool of given names and family names that go together, so
// that "Łukasz Kowalski" and "Priya Raman" come out and "Łukasz Raman"
// rarely does.
type culture struct {
	name   string
	weight int
	first  []string
	last   []string
}

// cultures is the mix of names in a Seattle software engineer's network.
// Every name is a common given or family name; the pairs are drawn at random
// and belong to no one.
var cultures = []culture{
	{"anglo", 32,
		[]string{"James", "Emily", "Michael", "Sarah", "David", "Jessica", "Chris", "Ashley", "Matthew", "Megan",
			"Ryan", "Lauren", "Tyler", "Hannah", "Brandon", "Rachel", "Kevin", "Amanda", "Jason", "Nicole",
			"Justin", "Katie", "Andrew", "Samantha", "Eric", "Allison", "Kyle", "Brittany", "Sean", "Caitlin",
			"Zoë", "Renée", "Grace", "Noah", "Olivia", "Liam", "Ava", "Ethan", "Madison", "Logan",
			"Taylor", "Morgan", "Casey", "Riley", "Ben", "Tessa", "Claire", "Owen", "Abigail", "Connor"},
		[]string{"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
			"Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
			"Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
			"Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
			"Collins", "Stewart", "O'Brien", "O'Connor", "McAllister", "Sullivan", "Murphy", "Whitaker", "Brooks", "Hayes"}},
	{"hispanic", 10,
		[]string{"José", "María", "Luis", "Ana", "Carlos", "Sofía", "Andrés", "Mónica", "Javier", "Lucía",
			"Diego", "Valentina", "Alejandro", "Camila", "Tomás", "Ximena", "Raúl", "Gabriela", "Jesús", "Inés"},
		[]string{"García", "Rodríguez", "Hernández", "López", "Martínez", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
			"Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Ortiz", "Castillo", "Peña", "Núñez",
			"Vásquez", "García-López", "De la Cruz", "Fernández", "Ruiz"}},
	{"portuguese", 3,
		[]string{"João", "Ana Clara", "Lucas", "Mariana", "Pedro", "Beatriz", "Gabriel", "Lúcia", "Rafael", "Letícia",
			"Thiago", "Júlia", "Vinícius", "Conceição"},
		[]string{"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Lima",
			"Araújo", "Gonçalves", "Magalhães", "da Silva"}},
	{"german", 3,
		[]string{"Jürgen", "Lukas", "Anna", "Felix", "Lena", "Maximilian", "Sophie", "Jonas", "Katharina", "Günter",
			"Leonie", "Tobias", "Jana", "Matthias"},
		[]string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
			"Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Groß"}},
	{"french", 3,
		[]string{"François", "Chloé", "Hélène", "Noémie", "Julien", "Camille", "Mathieu", "Élodie", "Théo", "Manon",
			"Léa", "Benoît", "Amélie", "Hugo"},
		[]string{"Dubois", "Martin", "Bernard", "Thomas", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard",
			"Mercier", "Fontaine", "Chevalier", "Rousseau", "Lefebvre"}},
	{"nordic", 2,
		[]string{"Björn", "Søren", "Astrid", "Ingrid", "Lars", "Sigrid", "Magnus", "Freya", "Nils", "Elin"},
		[]string{"Lindqvist", "Johansson", "Andersson", "Nielsen", "Jensen", "Hansen", "Øvergaard", "Bjørnsen", "Lindström", "Åberg", "Sørensen"}},
	{"slavic", 4,
		[]string{"Łukasz", "Anna", "Piotr", "Agnieszka", "Tomasz", "Katarzyna", "Jakub", "Magdalena", "Dmitri", "Olga",
			"Ivan", "Natalia", "Oleksandr", "Yuliia", "Tereza", "Jiří"},
		[]string{"Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Zieliński", "Petrova", "Ivanov", "Smirnova", "Kuznetsov",
			"Shevchenko", "Bondarenko", "Dvořák", "Novák", "Horák"}},
	{"indian", 15,
		[]string{"Priya", "Rahul", "Ananya", "Arjun", "Divya", "Vikram", "Sneha", "Rohan", "Kavya", "Aditya",
			"Neha", "Karthik", "Pooja", "Siddharth", "Aishwarya", "Nikhil", "Meera", "Sanjay", "Deepika", "Ravi"},
		[]string{"Patel", "Sharma", "Raman", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Kumar", "Agarwal",
			"Mehta", "Krishnan", "Rao", "Desai", "Joshi", "Menon", "Bhat", "Chatterjee", "Subramanian", "Venkatesan"}},
	{"chinese", 10,
		[]string{"Wei", "Mei", "Jing", "Hao", "Xin", "Yu", "Lei", "Yan", "Jun", "Li",
			"Ming", "Ying", "Kevin", "Jenny", "Eric", "Vivian"},
		[]string{"Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou",
			"Xu", "Sun", "Lin", "Ho", "Cheung"}},
	{"korean", 3,
		[]string{"Ji-woo", "Min-jun", "Seo-yeon", "Hyun", "Eun-ji", "Jae", "Soo-min", "Daniel", "Grace"},
		[]string{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Han", "Yoon", "Jang"}},
	{"japanese", 2,
		[]string{"Kenji", "Yuki", "Haruto", "Sakura", "Takeshi", "Aiko", "Ren", "Hana"},
		[]string{"Watanabe", "Tanaka", "Suzuki", "Takahashi", "Sato", "Yamamoto", "Nakamura", "Kobayashi", "Ito"}},
	{"vietnamese", 3,
		[]string{"Linh", "Minh", "Thảo", "Duc", "Huong", "Anh", "Quang", "Trang", "Kevin", "Tony"},
		[]string{"Nguyễn", "Nguyen", "Tran", "Trần", "Le", "Pham", "Phạm", "Hoang", "Vu", "Dang"}},
	{"westafrican", 3,
		[]string{"Olumide", "Chiamaka", "Emeka", "Ngozi", "Kwame", "Ama", "Tunde", "Adaeze", "Kofi", "Abena", "Chidi", "Folake"},
		[]string{"Okafor", "Adeyemi", "Bello", "Osei", "Mensah", "Okeke", "Nwosu", "Adebayo", "Eze", "Boateng", "Owusu", "Balogun"}},
	{"arabic", 3,
		[]string{"Omar", "Layla", "Ahmed", "Fatima", "Youssef", "Nour", "Karim", "Yasmin", "Hassan", "Rania", "Ali", "Sara"},
		[]string{"Haddad", "Karim", "Hassan", "Khalil", "Mansour", "Nasser", "Saleh", "Farouk", "El-Amin", "Aziz"}},
}

// nativeScript are the few members who write their name in their own script.
var nativeScript = [][2]string{
	{"伟", "王"}, {"芳", "李"}, {"静", "张"}, {"지은", "김"}, {"민준", "박"}, {"健", "田中"}, {"Анна", "Иванова"}, {"Олег", "Петренко"},
}

// Decorations people add to their LinkedIn names.
var (
	credentials = []string{"PMP", "MBA", "PhD", "CPA", "PHR", "SHRM-CP", "P.E.", "CSM", "MD", "CFA"}
	pronouns    = []string{"(they/them)", "(Pronouns: they/them)"}
	emoji       = []string{"🚀", "🌱", "✨", "🏳️‍🌈", "☕", "🎧"}
)

var cultureIndex = func() map[string]int {
	m := make(map[string]int, len(cultures))
	for i, c := range cultures {
		m[c.name] = i
	}
	return m
}()

var culturePicker = newPicker(func() []weighted[int] {
	w := make([]weighted[int], len(cultures))
	for i, c := range cultures {
		w[i] = weighted[int]{c.weight, i}
	}
	return w
}())

// personName draws a first and last name as the member typed them: mostly
// plain, sometimes with a credential, pronouns, an emoji, a middle initial,
// odd casing or a trailing space. lang biases the culture toward a company's
// country ("de", "fr", "es", "pt").
func personName(r *rand.Rand, lang string) (first, last string) {
	if r.IntN(250) == 0 {
		n := nativeScript[r.IntN(len(nativeScript))]
		return n[0], n[1]
	}
	ci := culturePicker.pick(r)
	if local, ok := langCulture[lang]; ok && r.IntN(10) < 7 {
		ci = cultureIndex[local]
	}
	c := cultures[ci]
	first = c.first[r.IntN(len(c.first))]
	last = c.last[r.IntN(len(c.last))]
	switch k := r.IntN(1000); {
	case k < 20:
		last += ", " + credentials[r.IntN(len(credentials))]
	case k < 32:
		last += " " + pronouns[r.IntN(len(pronouns))]
	case k < 39:
		if r.IntN(2) == 0 {
			first += " " + emoji[r.IntN(len(emoji))]
		} else {
			last += " " + emoji[r.IntN(len(emoji))]
		}
	case k < 64:
		first += " " + string(rune('A'+r.IntN(26))) + "."
	case k < 69:
		first, last = strings.ToLower(first), strings.ToLower(last)
	case k < 73:
		last = strings.ToUpper(last)
	case k < 77:
		first += " "
	case k < 80:
		last = string([]rune(last)[0]) + "."
	}
	return first, last
}

var langCulture = map[string]string{"de": "german", "fr": "french", "es": "hispanic", "pt": "portuguese"}

// slugBase is the name part of a profile URL: lower case, letters and
// digits kept in any script, words joined by hyphens, credentials, pronouns
// and emoji dropped.
func slugBase(first, last string) string {
	if i := strings.Index(last, ","); i >= 0 {
		last = last[:i]
	}
	if i := strings.Index(last, "("); i >= 0 {
		last = last[:i]
	}
	var words []string
	for _, f := range strings.Fields(strings.ToLower(first + " " + last)) {
		var b strings.Builder
		for _, c := range f {
			if unicode.IsLetter(c) || unicode.IsDigit(c) || c == '-' {
				b.WriteRune(c)
			}
		}
		if w := strings.Trim(b.String(), "-"); w != "" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return "member"
	}
	return strings.Join(words, "-")
}

// profileURL makes a new, unique profile URL for the name, percent-encoded
// as Connections.csv writes it. Most slugs end in a random hex tail, older
// ones in digits, and a few are vanity slugs without a tail.
func profileURL(r *rand.Rand, first, last string, taken map[string]bool) string {
	base := slugBase(first, last)
	for try := 0; ; try++ {
		var slug string
		switch k := r.IntN(100); {
		case k < 6 && try == 0:
			slug = strings.ReplaceAll(base, "-", "")
		case k < 10 && try == 0:
			slug = base
		case k < 32:
			slug = base + "-" + itoa(10000000+r.IntN(90000000))
		case k < 42:
			slug = base + "-" + hex(r, 8)
		default:
			slug = base + "-" + hex(r, 6)
		}
		if !taken[slug] {
			taken[slug] = true
			return "https://www.linkedin.com/in/" + url.PathEscape(slug)
		}
	}
}

func hex(r *rand.Rand, n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[r.IntN(16)]
	}
	return string(b)
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

var asciiFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "ç", "c", "é", "e", "è", "e", "ê", "e",
	"ë", "e", "í", "i", "î", "i", "ï", "i", "ñ", "n", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o",
	"ú", "u", "ü", "u", "ß", "ss", "ł", "l", "ś", "s", "ń", "n", "ż", "z", "ź", "z", "ř", "r", "ě", "e",
	"ạ", "a", "ả", "a", "ễ", "e", "ầ", "a", "ý", "y",
)

var emailDomains = []string{"example.com", "example.net", "example.org", "mail.example.com"}

// email is an address at a reserved example domain, or "" when the name
// has no ASCII letters to build one from.
func email(r *rand.Rand, first, last string) string {
	fold := func(s string) string {
		s = asciiFold.Replace(slugBase("", s))
		var b strings.Builder
		for _, c := range s {
			if c < 128 && c != '-' {
				b.WriteRune(c)
			}
		}
		return b.String()
	}
	f, l := fold(first), fold(last)
	if f == "" || l == "" || f == "member" || l == "member" {
		return ""
	}
	d := emailDomains[r.IntN(len(emailDomains))]
	switch r.IntN(3) {
	case 0:
		return f + "." + l + "@" + d
	case 1:
		return f[:1] + l + "@" + d
	}
	return f + l + itoa(r.IntN(100)) + "@" + d
}
