package main

// A kind of employer decides the mix of roles among its people.
type kind int

const (
	kBigTech kind = iota
	kAmazon
	kFintech
	kEnterprise
	kIndustrial
	kConsulting
	kStaffing
	kUniversity
	kStartup
	kRetail
	kServices
	kSelf
	kNone
)

// roleMix is, for each kind of employer, how its people divide among roles.
var roleMix = map[kind][]weighted[role]{
	kBigTech: {{42, rSoftware}, {9, rData}, {7, rProduct}, {6, rProgram}, {3, rDesign}, {2, rResearch}, {2, rHardware},
		{5, rRecruiting}, {2, rHR}, {6, rSales}, {3, rMarketing}, {3, rOperations}, {2, rFinance}, {1, rLegal},
		{3, rSupport}, {2, rIntern}, {2, rOther}},
	kAmazon: {{34, rSoftware}, {7, rData}, {6, rProduct}, {5, rProgram}, {2, rDesign}, {1, rResearch}, {1, rHardware},
		{6, rRecruiting}, {3, rHR}, {4, rSales}, {2, rMarketing}, {20, rOperations}, {2, rFinance}, {1, rLegal},
		{3, rSupport}, {2, rIntern}, {1, rOther}},
	kFintech: {{40, rSoftware}, {8, rData}, {8, rProduct}, {3, rProgram}, {3, rDesign}, {6, rRecruiting}, {2, rHR},
		{12, rSales}, {4, rMarketing}, {4, rOperations}, {3, rFinance}, {2, rLegal}, {4, rSupport}, {1, rIntern}},
	kEnterprise: {{25, rSoftware}, {8, rData}, {6, rProduct}, {6, rProgram}, {4, rDesign}, {3, rRecruiting}, {4, rHR},
		{12, rSales}, {8, rMarketing}, {9, rOperations}, {6, rFinance}, {2, rLegal}, {6, rSupport}, {2, rIntern}, {3, rOther}},
	kIndustrial: {{28, rHardware}, {28, rSoftware}, {6, rData}, {8, rProgram}, {10, rOperations}, {4, rFinance}, {3, rHR},
		{2, rRecruiting}, {4, rSales}, {2, rMarketing}, {3, rResearch}, {2, rIntern}},
	kConsulting: {{40, rConsulting}, {25, rSoftware}, {10, rData}, {8, rProgram}, {4, rSales}, {3, rHR}, {3, rRecruiting},
		{3, rDesign}, {4, rOther}},
	kStaffing:   {{80, rRecruiting}, {12, rSales}, {5, rHR}, {3, rOperations}},
	kUniversity: {{55, rStudent}, {12, rResearch}, {12, rAcademic}, {6, rGrad}, {5, rSoftware}, {3, rData}, {2, rHR}, {3, rOperations}, {2, rProgram}},
	kStartup: {{35, rSoftware}, {22, rFounder}, {8, rProduct}, {6, rDesign}, {6, rData}, {7, rSales}, {6, rMarketing},
		{5, rOperations}, {2, rRecruiting}, {3, rIntern}},
	kRetail: {{40, rOperations}, {12, rSales}, {8, rMarketing}, {6, rFinance}, {6, rHR}, {10, rSoftware}, {5, rData},
		{8, rSupport}, {3, rRecruiting}, {2, rOther}},
	kServices: {{35, rOther}, {12, rOperations}, {12, rFinance}, {12, rSoftware}, {6, rData}, {5, rHR}, {8, rSales},
		{5, rMarketing}, {3, rLegal}, {5, rSupport}, {3, rProgram}},
	kSelf: {{100, rSelf}},
	kNone: {{100, rNone}},
}

var mixPickers = func() map[kind]picker[role] {
	m := make(map[kind]picker[role], len(roleMix))
	for k, ws := range roleMix {
		m[k] = newPicker(ws)
	}
	return m
}()

// A company is one employer: the names its people give it on their
// profiles, its kind, language, teams and house titles.
type company struct {
	// group names the employer in summaries; user employers and targets
	// are found by it.
	group string
	// names are the spellings people use, with their weights.
	names []weighted[string]
	// weight is the employer's share of a network, per mille or so.
	weight int
	kind   kind
	// lang is "de", "fr", "es" or "pt" for employers whose people often
	// write their titles in that language.
	lang string
	// teams are what people write after their title, teamShare the
	// percentage who do.
	teams     []string
	teamShare int
	// brand is the short name in "Engineer @ Stripe"; "" for none.
	brand string
	// titles are house titles that replace the English pool of a role
	// three times out of four.
	titles map[role][]weighted[string]
}

func one(name string) []weighted[string] { return []weighted[string]{{1, name}} }

var amazonTitles = map[role][]weighted[string]{
	rSoftware: {{10, "Software Development Engineer"}, {6, "SDE II"}, {4, "SDE I"}, {2, "SDE III"},
		{5, "Software Development Engineer II"}, {4, "Senior Software Development Engineer"}, {3, "Sr. SDE"},
		{1, "Software Dev Engineer II"}, {2, "Principal Engineer"}, {1, "Senior Principal Engineer"},
		{4, "Software Development Manager"}, {2, "Sr. Software Development Manager"},
		{1, "Software Development Engineer in Test"}, {2, "Systems Development Engineer"}, {1, "Front-End Engineer II"},
		{3, "Software Engineer"}},
	rOperations: {{10, "Area Manager"}, {4, "Operations Manager"}, {2, "Senior Operations Manager"},
		{4, "Fulfillment Center Associate"}, {2, "Process Assistant"}, {2, "Learning Ambassador"},
		{1, "Senior Area Manager"}, {2, "Operations Manager, Last Mile"}, {1, "General Manager"}},
	rRecruiting: {{6, "Senior Technical Recruiter"}, {5, "Recruiter"}, {3, "Technical Sourcer"},
		{3, "Recruiting Coordinator"}, {2, "Sr. Recruiter, AWS"}, {1, "Recruiting Manager"}, {2, "Technical Recruiter"}},
	rProduct: {{6, "Product Manager - Technical"}, {4, "Sr. Product Manager - Technical"}, {3, "Senior Product Manager"},
		{2, "Sr. PM-T"}, {2, "Product Manager"}},
	rProgram: {{5, "Technical Program Manager"}, {3, "Technical Program Manager II"}, {3, "Sr. TPM"}, {2, "Program Manager"}},
	rData: {{4, "Applied Scientist"}, {2, "Applied Scientist II"}, {3, "Data Scientist"}, {4, "Business Intelligence Engineer"},
		{1, "BIE II"}, {3, "Data Engineer"}, {1, "Data Engineer II"}},
	rSales:   {{4, "Account Manager"}, {3, "Account Executive, AWS"}, {2, "Solutions Architect"}, {1, "Senior Solutions Architect"}},
	rSupport: {{3, "Customer Service Associate"}, {2, "Cloud Support Engineer"}, {1, "Cloud Support Associate"}},
	rIntern:  {{4, "SDE Intern"}, {2, "Software Development Engineer Intern"}, {1, "Area Manager Intern"}, {1, "Product Manager Intern"}},
	rHR:      {{3, "Sr. HR Business Partner"}, {2, "HR Assistant"}, {1, "HR Manager"}},
}

// House titles of service employers: their "other" people are teachers,
// nurses, bankers, baristas.
var (
	schoolTitles = map[role][]weighted[string]{rOther: {{6, "Teacher"}, {2, "Special Education Teacher"},
		{1, "Principal"}, {2, "School Counselor"}, {2, "Substitute Teacher"}}}
	careTitles = map[role][]weighted[string]{rOther: {{5, "Registered Nurse, BSN"}, {2, "Physician"},
		{2, "Pharmacist"}, {2, "Nurse Practitioner"}, {2, "Medical Assistant"}}}
	bankTitles = map[role][]weighted[string]{rOther: {{3, "Financial Advisor"}, {3, "Relationship Banker"},
		{2, "Loan Officer"}, {2, "Vice President"}, {2, "Associate"}}}
	cafeTitles = map[role][]weighted[string]{rOperations: {{4, "Barista"}, {3, "Shift Supervisor"},
		{3, "Store Manager"}, {1, "District Manager"}}}
)

var (
	amazonTeams = []string{"Amazon Music", "Amazon Music", "Prime Video", "Alexa", "Alexa Shopping", "Amazon Ads",
		"Last Mile", "Devices", "Fulfillment Technologies", "Kindle", "Amazon Fresh", "Selling Partner Services", "Music"}
	awsTeams = []string{"AWS Lambda", "Amazon S3", "EC2", "DynamoDB", "Amazon Bedrock", "AWS Identity", "Amazon SageMaker"}
)

// companies are the employers of the network, each with its weight. The
// list holds big tech and its brands, the user's own employers, Seattle
// firms, companies abroad, consultancies and agencies, fictional mid-size
// firms, invented start-ups, universities, and lookalikes whose names
// resemble a target's but are other companies.
var companies = []company{
	// Amazon and its brands.
	{group: "Amazon", names: one("Amazon"), weight: 62, kind: kAmazon, teams: amazonTeams, teamShare: 45, titles: amazonTitles},
	{group: "Amazon", names: one("Amazon Web Services (AWS)"), weight: 18, kind: kBigTech, teams: awsTeams, teamShare: 40, titles: amazonTitles},
	{group: "Amazon", names: one("Audible"), weight: 4, kind: kBigTech, titles: amazonTitles},
	{group: "Amazon", names: one("Twitch"), weight: 4, kind: kBigTech, teams: []string{"Safety", "Video", "Creator Tools"}, teamShare: 20, brand: "Twitch"},

	{group: "Stripe", names: one("Stripe"), weight: 15, kind: kFintech, brand: "Stripe", teamShare: 35,
		teams: []string{"Payments", "Billing", "Connect", "Radar", "Terminal", "Atlas", "Treasury", "Link", "Tax"},
		titles: map[role][]weighted[string]{
			rSoftware: {{12, "Software Engineer"}, {2, "Engineer"}, {2, "Staff Engineer"}, {2, "Staff Software Engineer"},
				{3, "Engineering Manager"}, {2, "Infrastructure Engineer"}, {2, "Backend Engineer"}, {1, "Full Stack Engineer"}},
			rRecruiting: {{4, "Technical Recruiter"}, {2, "Recruiter"}, {1, "Recruiting Coordinator"}, {1, "Technical Sourcer"}},
			rSales:      {{5, "Account Executive"}, {3, "Enterprise Account Executive"}, {2, "Solutions Architect"}, {1, "Partner Manager"}},
			rSupport:    {{3, "Support Specialist"}, {1, "Integration Engineer"}},
		}},

	{group: "Google", names: one("Google"), weight: 42, kind: kBigTech, brand: "Google", teamShare: 30,
		teams: []string{"Search", "Google Cloud", "Android", "Ads", "Maps", "Gemini", "Chrome"},
		titles: map[role][]weighted[string]{rSoftware: {{10, "Software Engineer"}, {6, "Senior Software Engineer"},
			{5, "Software Engineer III"}, {4, "Staff Software Engineer"}, {3, "Site Reliability Engineer"},
			{2, "Engineering Manager"}, {1, "SWE III"}, {1, "Senior Staff Software Engineer"}}}},
	{group: "Google", names: one("YouTube"), weight: 8, kind: kBigTech, brand: "YouTube", teamShare: 30,
		teams: []string{"YouTube Music", "Shorts", "Trust & Safety", "Creator Studio"}},
	{group: "Microsoft", names: one("Microsoft"), weight: 60, kind: kBigTech, teamShare: 30,
		teams: []string{"Azure", "Microsoft 365", "Xbox", "Azure Storage", "Teams", "Copilot", "Bing"},
		titles: map[role][]weighted[string]{rSoftware: {{6, "Software Engineer II"}, {8, "Senior Software Engineer"},
			{6, "Software Engineer"}, {3, "Principal Software Engineer"}, {2, "Software Engineer 2"},
			{1, "Principal Software Engineering Manager"}, {1, "Senior SDE"}, {2, "Software Engineering Manager"},
			{1, "Principal Group Engineering Manager"}}}},
	{group: "Microsoft", names: one("LinkedIn"), weight: 12, kind: kBigTech, teams: []string{"Feed", "Talent Solutions", "Trust"}, teamShare: 25},
	{group: "Microsoft", names: one("GitHub"), weight: 7, kind: kBigTech, brand: "GitHub", teams: []string{"Actions", "Copilot", "Codespaces"}, teamShare: 30},
	{group: "Meta", names: one("Meta"), weight: 24, kind: kBigTech, teamShare: 30,
		teams: []string{"Reels", "Messenger", "Ads Ranking", "Reality Labs", "Infrastructure"},
		titles: map[role][]weighted[string]{rSoftware: {{10, "Software Engineer"}, {3, "Production Engineer"},
			{3, "Engineering Manager"}, {2, "Software Engineer, Infrastructure"}, {1, "Software Engineer (E5)"}}}},
	{group: "Meta", names: one("Instagram"), weight: 6, kind: kBigTech, teams: []string{"Reels", "Stories", "Shopping"}, teamShare: 30},

	{group: "Apple", names: one("Apple"), weight: 15, kind: kBigTech, brand: "Apple", teams: []string{"iCloud", "Siri", "Apple Music", "Maps", "Apple Pay"}, teamShare: 30},
	{group: "Netflix", names: one("Netflix"), weight: 5, kind: kBigTech},
	{group: "Salesforce", names: []weighted[string]{{9, "Salesforce"}, {1, "Tableau"}}, weight: 12, kind: kBigTech},
	{group: "Oracle", names: one("Oracle"), weight: 10, kind: kBigTech, teams: []string{"OCI", "Oracle Health"}, teamShare: 20},
	{group: "IBM", names: one("IBM"), weight: 8, kind: kEnterprise},
	{group: "Intel", names: one("Intel Corporation"), weight: 8, kind: kIndustrial},
	{group: "NVIDIA", names: one("NVIDIA"), weight: 6, kind: kIndustrial},
	{group: "Adobe", names: one("Adobe"), weight: 6, kind: kBigTech},
	{group: "Uber", names: one("Uber"), weight: 6, kind: kBigTech, teams: []string{"Uber Eats", "Freight", "Maps"}, teamShare: 25},
	{group: "Airbnb", names: one("Airbnb"), weight: 4, kind: kBigTech},
	{group: "Shopify", names: one("Shopify"), weight: 4, kind: kFintech},
	{group: "Databricks", names: one("Databricks"), weight: 5, kind: kBigTech},
	{group: "Snowflake", names: one("Snowflake"), weight: 5, kind: kBigTech},
	{group: "Spotify", names: one("Spotify"), weight: 3, kind: kBigTech, teams: []string{"Music Discovery", "Podcasts", "Personalization"}, teamShare: 35},
	{group: "Epic Games", names: one("Epic Games"), weight: 2, kind: kBigTech, teams: []string{"Fortnite", "Unreal Engine"}, teamShare: 30,
		titles: map[role][]weighted[string]{rSoftware: {{4, "Gameplay Programmer"}, {3, "Senior Gameplay Programmer"},
			{2, "Engine Programmer"}, {2, "Tools Programmer"}, {2, "Game Developer"}, {1, "Senior Engine Programmer"}}}},

	// Seattle-area employers.
	{group: "Zillow", names: one("Zillow"), weight: 10, kind: kEnterprise},
	{group: "Expedia Group", names: one("Expedia Group"), weight: 10, kind: kEnterprise},
	{group: "T-Mobile", names: one("T-Mobile"), weight: 12, kind: kEnterprise},
	{group: "Boeing", names: []weighted[string]{{9, "Boeing"}, {1, "The Boeing Company"}}, weight: 15, kind: kIndustrial},
	{group: "Starbucks", names: one("Starbucks"), weight: 8, kind: kRetail, titles: cafeTitles},
	{group: "Costco", names: one("Costco Wholesale"), weight: 6, kind: kRetail},
	{group: "Nordstrom", names: one("Nordstrom"), weight: 5, kind: kRetail},
	{group: "Redfin", names: one("Redfin"), weight: 4, kind: kEnterprise},
	{group: "F5", names: one("F5"), weight: 5, kind: kEnterprise},
	{group: "Smartsheet", names: one("Smartsheet"), weight: 4, kind: kEnterprise},
	{group: "Providence", names: one("Providence"), weight: 5, kind: kServices, titles: careTitles},
	{group: "Fred Hutch", names: one("Fred Hutchinson Cancer Center"), weight: 3, kind: kUniversity},

	// Consultancies and recruiting agencies.
	{group: "Accenture", names: one("Accenture"), weight: 12, kind: kConsulting},
	{group: "Deloitte", names: []weighted[string]{{8, "Deloitte"}, {2, "Deloitte Consulting"}}, weight: 10, kind: kConsulting},
	{group: "Slalom", names: one("Slalom"), weight: 8, kind: kConsulting},
	{group: "Robert Half", names: one("Robert Half"), weight: 4, kind: kStaffing},
	{group: "TEKsystems", names: one("TEKsystems"), weight: 5, kind: kStaffing},
	{group: "Insight Global", names: one("Insight Global"), weight: 4, kind: kStaffing},

	// Abroad: titles often in the local language.
	{group: "SAP", names: one("SAP"), weight: 6, kind: kEnterprise, lang: "de"},
	{group: "Siemens", names: []weighted[string]{{3, "Siemens"}, {1, "Siemens AG"}}, weight: 4, kind: kIndustrial, lang: "de"},
	{group: "Zalando", names: one("Zalando SE"), weight: 3, kind: kEnterprise, lang: "de"},
	{group: "Capgemini", names: one("Capgemini"), weight: 5, kind: kConsulting, lang: "fr"},
	{group: "Dassault Systèmes", names: one("Dassault Systèmes"), weight: 3, kind: kEnterprise, lang: "fr"},
	{group: "Nubank", names: one("Nubank"), weight: 4, kind: kFintech, lang: "pt"},
	{group: "Mercado Libre", names: one("Mercado Libre"), weight: 4, kind: kEnterprise, lang: "es"},
	{group: "BBVA", names: one("BBVA"), weight: 3, kind: kServices, lang: "es", titles: bankTitles},
	{group: "Telefónica", names: one("Telefónica"), weight: 3, kind: kEnterprise, lang: "es"},

	// The user's own employers (see the persona), under the spellings
	// their people use.
	{group: "Contoso", names: []weighted[string]{{80, "Contoso"}, {12, "Contoso Ltd."}, {8, "Contoso, Ltd."}}, weight: 12,
		kind: kEnterprise, teams: []string{"Billing", "Identity", "Platform"}, teamShare: 15},
	{group: "Northwind Traders", names: []weighted[string]{{70, "Northwind Traders"}, {25, "Northwind Traders, Inc."}, {5, "Northwind"}},
		weight: 8, kind: kEnterprise, teams: []string{"Order Routing", "Logistics Platform", "Storefront"}, teamShare: 15},

	// Fictional mid-size companies.
	{group: "Fabrikam", names: []weighted[string]{{3, "Fabrikam"}, {1, "Fabrikam, Inc."}}, weight: 8, kind: kEnterprise},
	{group: "Adventure Works", names: one("Adventure Works Cycles"), weight: 6, kind: kRetail},
	{group: "Tailspin Toys", names: one("Tailspin Toys"), weight: 5, kind: kRetail},
	{group: "Wide World Importers", names: one("Wide World Importers"), weight: 5, kind: kRetail},
	{group: "Litware", names: one("Litware, Inc."), weight: 4, kind: kEnterprise},
	{group: "Proseware", names: one("Proseware, Inc."), weight: 4, kind: kEnterprise},
	{group: "Woodgrove Bank", names: one("Woodgrove Bank"), weight: 6, kind: kServices, titles: bankTitles},
	{group: "Fourth Coffee", names: one("Fourth Coffee"), weight: 3, kind: kRetail, titles: cafeTitles},
	{group: "Alpine Ski House", names: one("Alpine Ski House"), weight: 2, kind: kRetail},
	{group: "Relecloud", names: one("Relecloud"), weight: 4, kind: kEnterprise},
	{group: "Trey Research", names: one("Trey Research"), weight: 3, kind: kEnterprise},
	{group: "Humongous Insurance", names: one("Humongous Insurance"), weight: 4, kind: kServices,
		titles: map[role][]weighted[string]{rOther: {{3, "Claims Adjuster"}, {2, "Underwriter"}, {2, "Insurance Agent"}}}},
	{group: "Lucerne Publishing", names: one("Lucerne Publishing"), weight: 2, kind: kServices},
	{group: "Coho Winery", names: one("Coho Winery"), weight: 2, kind: kRetail},
	{group: "Margie's Travel", names: one("Margie's Travel"), weight: 2, kind: kServices},
	{group: "VanArsdel", names: one("VanArsdel, Ltd."), weight: 3, kind: kEnterprise},
	{group: "Wingtip Toys", names: one("Wingtip Toys"), weight: 2, kind: kRetail},
	{group: "Blue Yonder Airlines", names: one("Blue Yonder Airlines"), weight: 3, kind: kServices,
		titles: map[role][]weighted[string]{rOther: {{3, "Flight Attendant"}, {2, "First Officer"}, {1, "Captain"}}}},

	// Invented start-ups.
	{group: "startup", names: one("Brightloop Labs"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Cedarline Analytics"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Quillstone AI"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Harborlight Health"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Kestrel Robotics"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Tidewater Byte Co."), weight: 2, kind: kStartup},
	{group: "startup", names: one("Larchmont Data"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Fernhollow"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Copperkite"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Mossberry Labs"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Juniper & Vale"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Saltmarsh Systems"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Bluefinch Health"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Orchard Lane AI"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Pebblepath"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Northbeam Studio"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Glasswing Robotics"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Lanternfish Labs"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Wrenfield"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Ironbark Security"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Sundial Metrics"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Cobalt Heron"), weight: 2, kind: kStartup},
	{group: "startup", names: one("Evergreen Loop, Inc."), weight: 2, kind: kStartup},
	{group: "startup", names: one("Marlowe & Finch, LLC"), weight: 2, kind: kStartup},

	// Universities.
	{group: "University of Washington", names: []weighted[string]{{90, "University of Washington"},
		{7, "University of Washington - Paul G. Allen School of Computer Science & Engineering"}, {3, "UW"}}, weight: 18, kind: kUniversity},
	{group: "Stanford University", names: one("Stanford University"), weight: 3, kind: kUniversity},
	{group: "Seattle University", names: one("Seattle University"), weight: 3, kind: kUniversity},
	{group: "Western Washington University", names: one("Western Washington University"), weight: 3, kind: kUniversity},
	{group: "TU München", names: one("Technische Universität München"), weight: 2, kind: kUniversity, lang: "de"},
	{group: "USP", names: one("Universidade de São Paulo"), weight: 1, kind: kUniversity, lang: "pt"},

	// Lookalikes: not Amazon, not Stripe, not Apple, not Epic Games.
	{group: "Amazonas Energia", names: one("Amazonas Energia"), weight: 2, kind: kIndustrial, lang: "pt"},
	{group: "Amazing Apps LLC", names: one("Amazing Apps LLC"), weight: 2, kind: kStartup},
	{group: "Stripes Convenience Stores", names: one("Stripes Convenience Stores"), weight: 2, kind: kRetail},
	{group: "Epic Systems", names: one("Epic Systems"), weight: 4, kind: kEnterprise,
		titles: map[role][]weighted[string]{rSoftware: {{8, "Software Developer"}, {2, "Senior Software Developer"},
			{2, "Software Developer - Cogito"}, {1, "Quality Assurance"}}}},
	{group: "Apple Leisure Group", names: one("Apple Leisure Group"), weight: 2, kind: kServices},

	// Non-tech employers.
	{group: "Seattle Public Schools", names: one("Seattle Public Schools"), weight: 4, kind: kServices, titles: schoolTitles},
	{group: "Kaiser Permanente", names: one("Kaiser Permanente"), weight: 4, kind: kServices, titles: careTitles},
	{group: "Wells Fargo", names: one("Wells Fargo"), weight: 4, kind: kServices, titles: bankTitles},
	{group: "JPMorgan Chase", names: one("JPMorgan Chase & Co."), weight: 4, kind: kServices, titles: bankTitles},
	{group: "Nike", names: one("Nike"), weight: 3, kind: kRetail},
	{group: "REI", names: one("REI"), weight: 3, kind: kRetail},
	{group: "WSDOT", names: one("Washington State Department of Transportation"), weight: 2, kind: kServices,
		titles: map[role][]weighted[string]{rOther: {{3, "Transportation Engineer"}, {2, "Civil Engineer"}, {1, "Transportation Planner"}}}},

	// No employer to speak of.
	{group: "self-employed", names: []weighted[string]{{2, "Self-employed"}, {1, "Freelance"}}, weight: 12, kind: kSelf},
	{group: "stealth", names: []weighted[string]{{3, "Stealth Startup"}, {1, "Stealth"}}, weight: 3, kind: kStartup},
	{group: "none", names: one(""), weight: 6, kind: kNone},
}

var (
	companyPicker = newPicker(func() []weighted[int] {
		w := make([]weighted[int], len(companies))
		for i, c := range companies {
			w[i] = weighted[int]{c.weight, i}
		}
		return w
	}())
	namePickers = func() []picker[string] {
		p := make([]picker[string], len(companies))
		for i, c := range companies {
			p[i] = newPicker(c.names)
		}
		return p
	}()
)

// companyByGroup returns the index of the first company of the group, or -1.
func companyByGroup(group string) int {
	for i, c := range companies {
		if c.group == group {
			return i
		}
	}
	return -1
}
