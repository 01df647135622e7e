package main

import (
	"time"
)

// A persona is the invented account owner of an export: their profile,
// their own history, and the contacts their network must hold whatever the
// seed (the anchors the README's walk-through relies on).
type persona struct {
	id                                   string
	first, last                          string
	slug                                 string // of the profile URL
	skills                               []string
	headline, summary, industry, zipCode string
	geo, websites                        string
	// jobs and schools are the user's history, newest first, as
	// Positions.csv and Education.csv list them.
	jobs    []job
	schools []school
	anchors []anchor
}

// A job is one of the user's positions. Start and End are the days the
// generator clusters colleagues in; Positions.csv shows their month.
type job struct {
	company     string // as the user wrote it on their profile
	group       string // the employer in the company list
	title       string
	description string
	location    string
	start, end  time.Time // end is zero for the current job
	// share is the percentage of contacts met during the job, stay the
	// percentage of those who still work there.
	share, stay int
}

// A school is one of the user's schools; Education.csv shows years.
type school struct {
	name                      string
	start, end                time.Time
	notes, degree, activities string
	share                     int // percentage of contacts met there
}

// An anchor is a contact the persona always has: a name, where they work
// now, their title and when they connected, either on a fixed day or a
// number of days before the export date.
type anchor struct {
	first, last, company, position string
	on                             time.Time
	daysAgo                        int
	email                          bool
}

var personas = []*persona{samplePersona}

// findPersona returns the persona with the id, or nil.
func findPersona(id string) *persona {
	for _, p := range personas {
		if p.id == id {
			return p
		}
	}
	return nil
}

// samplePersona is Jordan Avery, a Seattle software engineer: computer
// science at the University of Washington 2015-2019, an internship and
// then a first job at Contoso, senior software engineer at Northwind
// Traders since March 2022, now looking at Amazon (the Music team) and
// Stripe.
var samplePersona = &persona{
	id:    "sample",
	first: "Jordan", last: "Avery",
	slug:     "jordan-avery-4b7e21",
	skills:   []string{"Go (Programming Language)", "Distributed Systems", "Apache Kafka", "PostgreSQL", "Kubernetes", "Microservices", "C#", "System Design", "Payments", "Software Engineering"},
	headline: "Senior Software Engineer at Northwind Traders | Distributed systems, Go, payments",
	summary: "I build backend systems that stay up. At Northwind Traders I lead the order routing platform " +
		"(Go, Kafka, PostgreSQL); before that I spent three years on Contoso's billing services.\n" +
		"Curious about streaming media and payments infrastructure.",
	industry: "Software Development",
	zipCode:  "98103",
	geo:      "Seattle, Washington, United States",
	websites: "[PERSONAL:https://jordan-avery.example.com]",
	jobs: []job{
		{company: "Northwind Traders", group: "Northwind Traders", title: "Senior Software Engineer",
			description: "Tech lead of order routing: 40k orders a minute across 12 warehouses. Moved the routing service from a monolith to Go services on Kubernetes.",
			location:    "Seattle, Washington, United States",
			start:       day(2022, time.March, 7), share: 14, stay: 50},
		// Side roles that overlap the jobs, as real profiles have them; no
		// contact is drawn from them (share 0), so only Positions.csv and
		// what refrank infers from it show them.
		{company: "Husky Robotics Alumni Association", group: "Husky Robotics Alumni Association", title: "Board Member",
			description: "Alumni board of the UW robotics team: mentoring, sponsors, the yearly demo day.",
			location:    "Seattle, Washington, United States",
			start:       day(2021, time.January, 11)},
		{company: "Contoso", group: "Contoso", title: "Software Engineer",
			description: "Billing platform team: invoicing, proration and the payments gateway (C#, Go, SQL Server).",
			location:    "Redmond, Washington, United States",
			start:       day(2019, time.July, 8), end: day(2022, time.February, 25), share: 15, stay: 45},
		{company: "Contoso", group: "Contoso", title: "Software Engineer Intern",
			description: "Built a usage-metering prototype for the billing team.",
			location:    "Redmond, Washington, United States",
			start:       day(2018, time.June, 18), end: day(2018, time.September, 7), share: 2, stay: 45},
		{company: "Seattle Code Mentors", group: "Seattle Code Mentors", title: "Volunteer Mentor",
			description: "Weekly evening sessions teaching Python and web basics to adults changing careers.",
			location:    "Seattle, Washington, United States",
			start:       day(2016, time.March, 1)},
	},
	schools: []school{
		{name: "University of Washington", start: day(2015, time.September, 21), end: day(2019, time.June, 14),
			degree: "Bachelor of Science - BS", notes: "Computer Science",
			activities: "Association for Computing Machinery (ACM), Husky Robotics, Dubstech", share: 17},
	},
	anchors: []anchor{
		// Amazon: software people, some senior, two on the Music team.
		{first: "Priya", last: "Raman", company: "Amazon", position: "SDE II, Amazon Music", on: day(2017, time.October, 14)},
		{first: "Marcus", last: "Lindqvist", company: "Amazon", position: "Senior Software Development Engineer - Amazon Music", on: day(2020, time.August, 19)},
		{first: "Aisha", last: "Bello", company: "Amazon Web Services (AWS)", position: "Software Development Engineer, AWS Lambda", on: day(2023, time.May, 2)},
		{first: "Daniel", last: "Kowalski", company: "Amazon", position: "Sr. SDE | Prime Video", on: day(2021, time.March, 11)},
		{first: "Mei", last: "Chen", company: "Amazon", position: "Software Development Manager, Alexa Shopping", on: day(2024, time.June, 27)},
		{first: "Kenji", last: "Watanabe", company: "Audible", position: "Software Engineer II", on: day(2022, time.September, 15)},
		{first: "Sofía", last: "Hernández", company: "Twitch", position: "Senior Software Engineer", on: day(2019, time.February, 8)},
		{first: "Olumide", last: "Adeyemi", company: "Amazon", position: "Principal Engineer", on: day(2025, time.January, 30)},
		// Amazon: recruiters and people in other functions.
		{first: "Rachel", last: "Goldberg", company: "Amazon", position: "Senior Technical Recruiter", daysAgo: 12, email: true},
		{first: "Hannah", last: "Schmidt", company: "Amazon Web Services (AWS)", position: "Technical Sourcer", on: day(2022, time.January, 18)},
		{first: "Luis", last: "Ortega", company: "Amazon", position: "Area Manager", on: day(2016, time.July, 9)},
		{first: "Grace", last: "Park", company: "Amazon", position: "Sr. Product Manager - Technical, Amazon Music", on: day(2023, time.October, 5)},
		{first: "Ahmed", last: "Karim", company: "Amazon", position: "Business Intelligence Engineer II - Amazon Music", on: day(2024, time.December, 3)},
		// Stripe: possible classmates (connected in the UW years), later hires, a recruiter.
		{first: "Nadia", last: "Petrova", company: "Stripe", position: "Software Engineer, Payments", on: day(2016, time.November, 3)},
		{first: "Ethan", last: "Brooks", company: "Stripe", position: "Staff Software Engineer", on: day(2017, time.April, 21)},
		{first: "Chloé", last: "Dubois", company: "Stripe", position: "Engineer @ Stripe", on: day(2018, time.February, 12)},
		{first: "Samuel", last: "Osei", company: "Stripe", position: "Engineering Manager, Billing", on: day(2023, time.August, 22)},
		{first: "Laura", last: "Jensen", company: "Stripe", position: "Technical Recruiter", daysAgo: 25},
		{first: "Diego", last: "Fernández", company: "Stripe", position: "Enterprise Account Executive", on: day(2024, time.March, 14)},
		{first: "Ji-woo", last: "Han", company: "Stripe", position: "Product Manager, Radar", on: day(2021, time.June, 30)},
		// Probable colleagues: at the user's employers, connected during the user's time there.
		{first: "Tessa", last: "Moreno", company: "Northwind Traders, Inc.", position: "Principal Software Engineer", on: day(2022, time.April, 6)},
		{first: "Elena", last: "Vasquez, PMP", company: "Contoso", position: "Director, Platform Engineering", on: day(2019, time.August, 14)},
		{first: "Ravi", last: "Iyer", company: "Contoso", position: "Software Engineer II", on: day(2020, time.March, 2)},
		{first: "Ben", last: "Whitaker", company: "Northwind Traders", position: "Engineering Manager", on: day(2022, time.June, 20)},
		{first: "Megan", last: "O'Brien", company: "Contoso", position: "Senior Software Engineer", on: day(2018, time.July, 24)},
		// Lookalikes that must not match a target.
		{first: "João", last: "Silva", company: "Amazonas Energia", position: "Engenheiro de Software Sênior", on: day(2021, time.September, 27)},
		{first: "Kevin", last: "Tran", company: "Amazing Apps LLC", position: "Founder | Software Engineer", on: day(2020, time.November, 5)},
		{first: "Brittany", last: "Cole", company: "Stripes Convenience Stores", position: "Store Manager", on: day(2019, time.October, 17)},
		{first: "Lukas", last: "Becker", company: "Epic Systems", position: "Software Developer", on: day(2018, time.May, 30)},
		{first: "Zoë", last: "Martin", company: "Epic Games", position: "Senior Gameplay Programmer", on: day(2023, time.February, 14)},
		{first: "Andrea", last: "Russo", company: "Apple Leisure Group", position: "Senior Software Engineer", on: day(2022, time.November, 9)},
		{first: "Omar", last: "Haddad", company: "Accenture", position: "AWS Cloud Consultant", on: day(2024, time.September, 19)},
		{first: "Carmen", last: "Ruiz", company: "Apple", position: "Software Engineer, Apple Music", on: day(2021, time.December, 1)},
		{first: "Irene", last: "Kowalczyk", company: "Stealth Startup", position: "Founder (ex-Stripe)", on: day(2025, time.May, 6)},
		// Titles in other languages and other quirks of the taxonomy.
		{first: "Felix", last: "Wagner", company: "SAP", position: "Senior Softwareentwickler", on: day(2020, time.October, 12)},
		{first: "Leonie", last: "Krüger", company: "Zalando SE", position: "Werkstudentin Softwareentwicklung", daysAgo: 140},
		{first: "Mathieu", last: "Girard", company: "Dassault Systèmes", position: "Ingénieur Logiciel", on: day(2023, time.March, 28)},
		{first: "Camille", last: "Rousseau", company: "Capgemini", position: "Cheffe de projet informatique", on: day(2021, time.May, 17)},
		{first: "Valentina", last: "Gómez", company: "Mercado Libre", position: "Ingeniera de Software Senior", on: day(2024, time.January, 9)},
		{first: "Thiago", last: "Araújo", company: "Nubank", position: "Gerente de Produto", on: day(2022, time.July, 4)},
		{first: "Tunde", last: "Balogun 🚀", company: "Quillstone AI", position: "Co-Founder & CTO", on: day(2025, time.August, 21)},
		{first: "Siddharth", last: "Menon, PhD", company: "University of Washington", position: "PhD Candidate, Paul G. Allen School", on: day(2018, time.April, 3)},
	},
}
