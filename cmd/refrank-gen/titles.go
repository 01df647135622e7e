package main

import (
	"math/rand/v2"
	"strings"
)

// A role is the kind of title drawn for a contact. Most are functions of
// the taxonomy; intern, founder, consulting, academic and grad are pools of
// titles that mix functions or name none.
type role string

const (
	rSoftware   role = "software"
	rData       role = "data"
	rProduct    role = "product"
	rProgram    role = "program"
	rDesign     role = "design"
	rResearch   role = "research"
	rHardware   role = "hardware"
	rRecruiting role = "recruiting"
	rHR         role = "hr"
	rSales      role = "sales"
	rMarketing  role = "marketing"
	rOperations role = "operations"
	rFinance    role = "finance"
	rLegal      role = "legal"
	rSupport    role = "support"
	rStudent    role = "student"
	rIntern     role = "intern"
	rFounder    role = "founder"
	rConsulting role = "consulting"
	rAcademic   role = "academic"
	rGrad       role = "grad"
	rSelf       role = "self"
	rNone       role = "none"
	rOther      role = "other"
)

// titles are the English titles of each role, each with its weight: plain
// titles are common, quirky ones rare, as in real exports.
var titles = map[role][]weighted[string]{
	rSoftware: {
		{30, "Software Engineer"}, {14, "Senior Software Engineer"}, {6, "Software Engineer II"}, {3, "Software Engineer 2"},
		{3, "Software Engineer I"}, {3, "Software Engineer III"}, {5, "Sr. Software Engineer"}, {2, "Sr Software Engineer"},
		{5, "Staff Software Engineer"}, {2, "Senior Staff Software Engineer"}, {3, "Principal Software Engineer"},
		{2, "SWE"}, {1, "SWE II"}, {6, "Software Developer"}, {3, "Senior Software Developer"}, {2, "Junior Software Developer"},
		{3, "Full Stack Developer"}, {2, "Full-Stack Engineer"}, {3, "Frontend Engineer"}, {2, "Front End Developer"},
		{3, "Backend Engineer"}, {1, "Back-End Developer"}, {1, "Mobile Engineer (iOS)"}, {2, "Android Developer"},
		{2, "iOS Engineer"}, {2, "Web Developer"}, {1, "Embedded Software Engineer"}, {3, "Site Reliability Engineer"},
		{1, "SRE"}, {1, "Senior SRE"}, {3, "DevOps Engineer"}, {2, "Cloud Engineer"}, {2, "Security Engineer"},
		{1, "Application Security Engineer"}, {2, "QA Engineer"}, {1, "SDET"}, {1, "Software Engineer in Test"},
		{1, "Test Automation Engineer"}, {5, "Engineering Manager"}, {2, "Senior Engineering Manager"},
		{1, "Software Engineering Manager"}, {2, "Director of Engineering"}, {1, "Director, Software Engineering"},
		{1, "VP of Engineering"}, {1, "VP Engineering"}, {1, "Head of Engineering"}, {2, "Tech Lead"},
		{2, "Lead Software Engineer"}, {1, "Programmer Analyst"}, {1, "Member of Technical Staff"}, {1, "CTO"},
		{2, "Platform Engineer"}, {2, "Infrastructure Engineer"}, {1, "Software Engineer, New Grad"},
		{2, "Associate Software Engineer"}, {1, "Graduate Software Engineer"}, {1, "software engineer"},
		{1, "Security Engineer | CISSP"}, {1, "Firmware Engineer"}, {1, "Senior Software Engineer (Contract)"},
	},
	rData: {
		{10, "Data Scientist"}, {6, "Senior Data Scientist"}, {8, "Data Analyst"}, {2, "Sr. Data Analyst"},
		{7, "Data Engineer"}, {4, "Senior Data Engineer"}, {4, "Machine Learning Engineer"}, {2, "ML Engineer"},
		{1, "Senior ML Engineer"}, {3, "Applied Scientist"}, {3, "Business Intelligence Analyst"}, {1, "BI Developer"},
		{2, "Analytics Engineer"}, {1, "Lead Data Scientist"}, {1, "Director of Data Science"},
		{1, "Principal Data Engineer"}, {1, "Data Science Manager"}, {1, "Chief Data Officer"},
	},
	rProduct: {
		{12, "Product Manager"}, {8, "Senior Product Manager"}, {2, "Sr. PM"}, {2, "Associate Product Manager"},
		{1, "APM"}, {2, "Group Product Manager"}, {2, "Principal Product Manager"}, {3, "Product Owner"},
		{2, "Director of Product"}, {1, "Head of Product"}, {1, "VP, Product"}, {2, "Product Manager - Technical"},
		{2, "Technical Product Manager"}, {1, "Product Lead"},
	},
	rProgram: {
		{8, "Program Manager"}, {5, "Senior Program Manager"}, {6, "Technical Program Manager"}, {2, "TPM"},
		{2, "Sr. TPM"}, {6, "Project Manager"}, {3, "Senior Project Manager"}, {3, "Scrum Master"},
		{2, "Project Coordinator"}, {2, "Program Manager II"}, {1, "Project Manager, PMP"},
		{1, "Director, Program Management"},
	},
	rDesign: {
		{8, "UX Designer"}, {4, "Senior UX Designer"}, {8, "Product Designer"}, {4, "Senior Product Designer"},
		{3, "UI/UX Designer"}, {2, "Visual Designer"}, {3, "Graphic Designer"}, {3, "UX Researcher"},
		{2, "Design Manager"}, {1, "Staff Product Designer"}, {1, "Head of Design"},
	},
	rResearch: {
		{6, "Research Scientist"}, {3, "Senior Research Scientist"}, {3, "Researcher"}, {3, "Postdoctoral Researcher"},
		{2, "Postdoctoral Fellow"}, {1, "Principal Researcher"}, {2, "Research Associate"}, {1, "Senior Researcher"},
	},
	rHardware: {
		{6, "Hardware Engineer"}, {6, "Electrical Engineer"}, {6, "Mechanical Engineer"}, {3, "Senior Mechanical Engineer"},
		{3, "ASIC Design Engineer"}, {2, "Hardware Design Engineer II"}, {3, "Structural Engineer"},
		{2, "Senior Electrical Engineer"}, {1, "Hardware Engineering Manager"}, {1, "Mechanical Engineer, P.E."},
	},
	rRecruiting: {
		{8, "Recruiter"}, {8, "Technical Recruiter"}, {5, "Senior Technical Recruiter"}, {2, "Sr. Technical Recruiter"},
		{3, "Technical Sourcer"}, {2, "Sourcer"}, {3, "Talent Acquisition Partner"}, {3, "Talent Acquisition Specialist"},
		{3, "Recruiting Coordinator"}, {2, "Recruiting Manager"}, {1, "Head of Talent Acquisition"},
		{2, "University Recruiter"}, {1, "Executive Recruiter"}, {2, "Technical Recruiter | We're hiring!"},
		{1, "IT Recruiter"},
	},
	rHR: {
		{6, "HR Business Partner"}, {3, "Senior HR Business Partner"}, {4, "HR Generalist"}, {2, "People Operations Manager"},
		{2, "People Partner"}, {3, "HR Manager"}, {2, "Human Resources Coordinator"}, {1, "Chief People Officer"},
		{1, "VP, People"}, {1, "HR Manager, SHRM-CP"},
	},
	rSales: {
		{10, "Account Executive"}, {5, "Senior Account Executive"}, {4, "Enterprise Account Executive"},
		{6, "Account Manager"}, {4, "Sales Development Representative"}, {1, "SDR"}, {4, "Business Development Manager"},
		{3, "Sales Manager"}, {2, "Regional Sales Director"}, {1, "VP of Sales"}, {1, "Chief Revenue Officer"},
		{2, "Inside Sales Representative"},
	},
	rMarketing: {
		{8, "Marketing Manager"}, {5, "Product Marketing Manager"}, {2, "Senior Product Marketing Manager"},
		{3, "Growth Marketing Manager"}, {2, "Content Strategist"}, {2, "Brand Manager"}, {2, "Communications Manager"},
		{2, "Social Media Coordinator"}, {3, "Marketing Coordinator"}, {2, "Director of Marketing"}, {1, "CMO"},
		{3, "Digital Marketing Specialist"},
	},
	rOperations: {
		{8, "Operations Manager"}, {3, "Senior Operations Manager"}, {5, "Operations Analyst"}, {4, "Supply Chain Analyst"},
		{3, "Logistics Coordinator"}, {3, "Business Operations Manager"}, {2, "Director of Operations"}, {1, "COO"},
		{3, "Store Manager"}, {2, "Assistant Store Manager"}, {2, "Shift Supervisor"}, {2, "Operations Specialist"},
	},
	rFinance: {
		{8, "Financial Analyst"}, {4, "Senior Financial Analyst"}, {2, "FP&A Manager"}, {4, "Accountant"},
		{2, "Senior Accountant, CPA"}, {2, "Controller"}, {3, "Finance Manager"}, {2, "Tax Associate"}, {1, "CFO"},
		{3, "Staff Accountant"}, {1, "Financial Advisor, CFA"},
	},
	rLegal: {
		{5, "Attorney"}, {5, "Corporate Counsel"}, {2, "Senior Counsel"}, {2, "Associate General Counsel"},
		{4, "Paralegal"}, {1, "General Counsel"}, {1, "Legal Operations Manager"},
	},
	rSupport: {
		{6, "Customer Support Specialist"}, {5, "Technical Support Engineer"}, {6, "Customer Success Manager"},
		{2, "Support Engineer II"}, {4, "Customer Service Representative"}, {2, "Senior Customer Success Manager"},
		{2, "Help Desk Technician"}, {3, "IT Support Specialist"},
	},
	rStudent: {
		{8, "Student"}, {6, "Computer Science Student"}, {4, "Student at %s"}, {3, "Graduate Student"},
		{2, "PhD Student"}, {2, "Master's Student"}, {4, "Teaching Assistant"}, {3, "Graduate Research Assistant"},
		{3, "Undergraduate Research Assistant"}, {2, "B.S. Computer Science '27"}, {1, "MS in Data Science Candidate"},
		{1, "Informatics Student | Seeking Summer 2027 Internships"},
	},
	rIntern: {
		{10, "Software Engineering Intern"}, {6, "Software Engineer Intern"}, {3, "SWE Intern"},
		{3, "Product Management Intern"}, {3, "Data Science Intern"}, {2, "Marketing Intern"}, {2, "Finance Intern"},
		{2, "Co-op, Software Engineering"}, {1, "Hardware Engineering Co-op"}, {1, "UX Design Intern"},
		{1, "Recruiting Intern"}, {1, "Summer Analyst"},
	},
	rFounder: {
		{6, "Founder & CEO"}, {4, "Co-Founder & CTO"}, {3, "Founder | Software Engineer"}, {3, "Co-founder, Head of Product"},
		{3, "CEO & Co-Founder"}, {2, "Founder / Designer / Developer"}, {2, "Owner & Lead Developer"},
		{4, "Founding Engineer"}, {1, "Founding Engineer | ML"}, {2, "CTO & Co-founder"}, {3, "Founder"},
		{2, "Co-Founder"}, {1, "Founder, ex-Google"}, {1, "Stealth | ex-Amazon"},
	},
	rConsulting: {
		{8, "Consultant"}, {8, "Senior Consultant"}, {4, "Technology Consultant"}, {2, "AWS Cloud Consultant"},
		{3, "Manager, Technology Consulting"}, {4, "Senior Manager"}, {4, "Analyst"}, {3, "Associate"},
		{2, "Principal"}, {2, "Managing Director"}, {2, "Solution Architect"}, {2, "Cloud Architect"},
		{1, "Partner"}, {2, "Management Consultant"}, {1, "Salesforce Developer"},
	},
	rAcademic: {
		{4, "Professor"}, {3, "Associate Professor"}, {3, "Assistant Professor"}, {4, "Lecturer"},
		{2, "Teaching Professor"}, {2, "Academic Advisor"}, {2, "Lab Manager"}, {1, "Dean of Students"},
		{2, "Research Scientist"}, {2, "Software Engineer"},
	},
	rGrad: {
		{6, "PhD Candidate"}, {4, "PhD Student"}, {3, "Graduate Research Assistant"}, {3, "Postdoctoral Researcher"},
		{2, "Postdoctoral Scholar"}, {1, "Doctoral Researcher"},
	},
	rSelf: {
		{8, "Independent Consultant"}, {5, "Freelance Software Developer"}, {3, "Freelance UX Designer"},
		{4, "Consultant"}, {2, "Photographer"}, {3, "Owner"}, {2, "Contractor"}, {2, "Fractional CTO"},
		{2, "Technical Writer"}, {2, "Career Coach"}, {1, "Software Consultant | Go, Kubernetes"},
	},
	rNone: {
		{6, "Open to work"}, {4, "Looking for new opportunities"}, {3, ""}, {2, "Retired"}, {2, "Career break"},
		{2, "Software Engineer | Open to Work"}, {1, "Aspiring Data Analyst"}, {1, "Student"},
	},
	rOther: {
		{5, "Business Analyst"}, {3, "Solutions Architect"}, {2, "Technical Account Manager"}, {2, "Customer Engineer"},
		{2, "Chief of Staff"}, {2, "Executive Assistant"}, {2, "Office Manager"}, {2, "Administrative Assistant"},
		{2, "Consultant"}, {1, "Advisor"}, {1, "Board Member"}, {1, "CEO"}, {1, "Partner"}, {1, "Solutions Engineer"},
		{1, "Strategy Manager"}, {1, "General Manager"}, {1, "Entrepreneur"}, {1, "Volunteer"},
	},
}

// localTitles are the titles of a role in the languages of the companies
// abroad; a role missing here falls back to English.
var localTitles = map[string]map[role][]string{
	"de": {
		rSoftware:   {"Softwareentwickler", "Senior Softwareentwickler", "Softwareentwicklerin", "Software-Ingenieur", "Entwickler", "Teamleiter Softwareentwicklung", "Informatiker"},
		rIntern:     {"Werkstudent Softwareentwicklung", "Werkstudentin", "Praktikant", "Praktikantin Marketing", "Werkstudent im Bereich Data Analytics"},
		rData:       {"Datenanalyst", "Data Scientist", "Datenanalystin"},
		rProduct:    {"Produktmanager", "Produktmanagerin", "Product Owner"},
		rProgram:    {"Projektleiter", "Projektmanagerin", "Projektleiterin IT"},
		rSales:      {"Vertriebsmitarbeiter", "Key Account Manager", "Vertriebsleiter"},
		rHR:         {"Personalreferentin", "Personalleiter"},
		rRecruiting: {"Recruiterin", "Talent Acquisition Partner"},
		rFinance:    {"Controller", "Buchhalterin", "Finanzbuchhalter"},
		rMarketing:  {"Marketing Managerin", "Referentin Unternehmenskommunikation"},
		rHardware:   {"Elektroingenieur", "Entwicklungsingenieur Hardware", "Maschinenbauingenieur"},
		rOperations: {"Logistikleiter", "Leiter Betrieb"},
		rOther:      {"Geschäftsführer", "Berater"},
	},
	"fr": {
		rSoftware:   {"Ingénieur Logiciel", "Ingénieur logiciel senior", "Développeur Full Stack", "Développeuse Back-End", "Lead Développeur", "Ingénieure DevOps"},
		rIntern:     {"Stagiaire", "Stagiaire Data Science", "Alternant Développeur", "Stagiaire ingénieur logiciel"},
		rProduct:    {"Chef de produit", "Product Owner", "Cheffe de produit"},
		rProgram:    {"Chef de projet", "Cheffe de projet informatique", "Chef de projet MOA"},
		rData:       {"Data Analyst", "Ingénieur Data", "Data Scientist"},
		rSales:      {"Ingénieur commercial", "Responsable grands comptes", "Business Developer"},
		rHR:         {"Responsable RH", "Chargée RH"},
		rRecruiting: {"Chargée de recrutement", "Talent Acquisition Specialist"},
		rFinance:    {"Contrôleur de gestion", "Comptable"},
		rMarketing:  {"Chargée de communication", "Responsable marketing"},
		rConsulting: {"Consultant", "Consultante senior", "Manager"},
		rOther:      {"Directeur général", "Consultant"},
	},
	"es": {
		rSoftware:   {"Ingeniero de Software", "Ingeniero de Software Senior", "Desarrollador de Software", "Desarrolladora Full Stack", "Líder Técnico", "Ingeniera de Software"},
		rIntern:     {"Becario", "Becaria de Desarrollo", "Practicante", "Becario de Ingeniería de Software"},
		rProduct:    {"Gerente de Producto", "Product Owner", "Jefa de Producto"},
		rProgram:    {"Jefe de Proyecto", "Gerente de Proyectos"},
		rData:       {"Analista de Datos", "Científica de Datos", "Ingeniero de Datos"},
		rSales:      {"Ejecutivo de Cuentas", "Gerente Comercial"},
		rHR:         {"Responsable de Recursos Humanos"},
		rRecruiting: {"Reclutadora IT", "Técnico de Selección"},
		rFinance:    {"Analista Financiero", "Contadora"},
		rMarketing:  {"Responsable de Marketing"},
		rOperations: {"Jefe de Operaciones"},
		rOther:      {"Director General", "Consultor"},
	},
	"pt": {
		rSoftware:   {"Engenheiro de Software", "Engenheiro de Software Sênior", "Desenvolvedor Back-end", "Desenvolvedora Full Stack Pleno", "Analista de Sistemas", "Tech Lead", "Engenheira de Software"},
		rIntern:     {"Estagiário", "Estagiária de Desenvolvimento", "Estagiário em Engenharia", "Estagiária de Dados"},
		rProduct:    {"Gerente de Produto", "Product Manager", "Gerente de Produto Sênior"},
		rProgram:    {"Gerente de Projetos", "Coordenadora de Projetos"},
		rData:       {"Cientista de Dados", "Analista de Dados Sênior", "Engenheira de Dados"},
		rSales:      {"Executivo de Vendas", "Gerente de Contas"},
		rHR:         {"Analista de RH"},
		rRecruiting: {"Tech Recruiter", "Analista de Recrutamento e Seleção"},
		rFinance:    {"Analista Financeiro", "Contador"},
		rMarketing:  {"Analista de Marketing"},
		rHardware:   {"Engenheiro Eletricista", "Engenheira Mecânica"},
		rOperations: {"Coordenador de Operações", "Técnico de Manutenção"},
		rOther:      {"Diretor Executivo", "Consultor"},
	},
}

// sidekicks are what people add after a bar to the title they hold.
var sidekicks = []string{
	"Mentor", "Speaker", "Open Source Maintainer", "AWS Certified Solutions Architect", "Ex-Google",
	"Angel Investor", "We're hiring!", "Runner", "Board Member", "Husky Alum",
}

var titlePickers = func() map[role]picker[string] {
	m := make(map[role]picker[string], len(titles))
	for r, ws := range titles {
		m[r] = newPicker(ws)
	}
	return m
}()

// title draws a position for a contact in role ro at company c, as the
// member typed it: in the company's language, with a team after a
// separator, "@ Company", a second role after a bar, odd casing.
func title(r *rand.Rand, c *company, ro role, school string) string {
	var t string
	if local := localTitles[c.lang][ro]; len(local) > 0 && r.IntN(100) < 65 {
		t = uniform(r, local)
	} else if own := c.titles[ro]; len(own) > 0 && r.IntN(100) < 75 {
		t = newPicker(own).pick(r)
	} else {
		t = titlePickers[ro].pick(r)
	}
	if strings.Contains(t, "%s") {
		t = strings.ReplaceAll(t, "%s", school)
	}
	decorated := strings.ContainsAny(t, ",|@(") || strings.Contains(t, " - ")
	switch ro {
	case rSoftware, rData, rProduct, rProgram, rDesign, rResearch:
		if len(c.teams) > 0 && !decorated && r.IntN(100) < c.teamShare {
			if sep := teamSeparator(r); sep == " (" {
				t += sep + uniform(r, c.teams) + ")"
			} else {
				t += sep + uniform(r, c.teams)
			}
			decorated = true
		}
		if !decorated && c.brand != "" && r.IntN(100) < 3 {
			t += " @ " + c.brand
			decorated = true
		}
	}
	if !decorated && t != "" && r.IntN(100) < 2 {
		t += " | " + uniform(r, sidekicks)
	}
	switch k := r.IntN(1000); {
	case k < 6:
		t = strings.ToLower(t)
	case k < 9:
		t = strings.ToUpper(t)
	}
	return t
}

func teamSeparator(r *rand.Rand) string {
	switch k := r.IntN(100); {
	case k < 45:
		return ", "
	case k < 75:
		return " - "
	case k < 85:
		return " | "
	case k < 90:
		return " – "
	}
	return " ("
}
