package company

// The built-in alias table. Rules for editing it:
//
//   - only real, current ownership: a brand sold or spun off leaves the table
//     (VMware is Broadcom's since 2023, not Dell's; Qualtrics left SAP in
//     2023; Siemens Energy and Ant Group are separate companies);
//   - one row per parent and team, parents in alphabetical order, the
//     parent's own row first and its teams after it in alphabetical order;
//   - a name that is also a common word or another company's name gets
//     ReachExact ("Ring", "Chase", "Square", "X") or ReachRegional
//     ("Apple", "Meta", "Oracle", "Stripe");
//   - no two rows may share a key (TestTable checks), and aliases.md is
//     regenerated with `go test ./analyze/company -run TestAliasesDoc -update`.
var table = []Alias{
	generic("Adobe", "", "Adobe", "Adobe Systems"),
	generic("Adobe", "Behance", "Behance"),
	generic("Adobe", "Frame.io", "Frame.io"),
	generic("Adobe", "Magento", "Magento", "Adobe Commerce"),
	generic("Adobe", "Marketo", "Marketo", "Adobe Marketo"),

	generic("Airbnb", "", "Airbnb"),

	generic("Alibaba", "", "Alibaba", "Alibaba Group", "Alibaba.com"),
	generic("Alibaba", "AliExpress", "AliExpress"),
	generic("Alibaba", "Cainiao", "Cainiao", "Cainiao Network"),
	generic("Alibaba", "Cloud", "Alibaba Cloud", "Aliyun"),
	generic("Alibaba", "Lazada", "Lazada"),
	generic("Alibaba", "Taobao", "Taobao"),
	generic("Alibaba", "Tmall", "Tmall"),

	generic("Amazon", "", "Amazon", "Amazon.com", "Amazon.com Services", "Amazon.com Inc"),
	generic("Amazon", "Ads", "Amazon Ads", "Amazon Advertising"),
	exact("Amazon", "Alexa", "Alexa"),
	generic("Amazon", "Alexa", "Amazon Alexa"),
	generic("Amazon", "Annapurna Labs", "Annapurna Labs"),
	regional("Amazon", "Audible", "Audible"),
	generic("Amazon", "AWS", "AWS", "Amazon Web Services", "Amazon Web Services (AWS)", "Amazon AWS"),
	generic("Amazon", "Devices", "Amazon Devices"),
	regional("Amazon", "eero", "eero"),
	generic("Amazon", "Fresh", "Amazon Fresh"),
	generic("Amazon", "Games", "Amazon Games", "Amazon Game Studios"),
	generic("Amazon", "Goodreads", "Goodreads"),
	generic("Amazon", "IMDb", "IMDb", "IMDb.com"),
	generic("Amazon", "Lab126", "Lab126", "Amazon Lab126"),
	generic("Amazon", "Logistics", "Amazon Logistics"),
	generic("Amazon", "MGM Studios", "Amazon MGM Studios", "MGM Studios", "Amazon Studios", "Metro-Goldwyn-Mayer"),
	generic("Amazon", "Music", "Amazon Music"),
	regional("Amazon", "One Medical", "One Medical"),
	generic("Amazon", "Pharmacy", "Amazon Pharmacy", "PillPack"),
	generic("Amazon", "Prime Video", "Prime Video", "Amazon Prime Video"),
	exact("Amazon", "Ring", "Ring"),
	generic("Amazon", "Robotics", "Amazon Robotics"),
	generic("Amazon", "Twitch", "Twitch", "Twitch Interactive"),
	generic("Amazon", "Whole Foods Market", "Whole Foods Market", "Whole Foods"),
	exact("Amazon", "Woot", "Woot"),
	generic("Amazon", "Zappos", "Zappos", "Zappos.com"),

	generic("AMD", "", "AMD", "Advanced Micro Devices"),
	generic("AMD", "Pensando", "Pensando", "Pensando Systems"),
	generic("AMD", "Xilinx", "Xilinx"),

	regional("Apple", "", "Apple"),
	generic("Apple", "", "Apple Computer"),
	generic("Apple", "Beats", "Beats Electronics", "Beats by Dre", "Beats by Dr. Dre"),
	regional("Apple", "Claris", "Claris", "Claris International"),
	regional("Apple", "Retail", "Apple Retail"),
	regional("Apple", "Shazam", "Shazam"),

	generic("Atlassian", "", "Atlassian"),
	exact("Atlassian", "Loom", "Loom"),
	generic("Atlassian", "Opsgenie", "Opsgenie"),
	generic("Atlassian", "Trello", "Trello"),

	exact("Block", "", "Block"),
	generic("Block", "Afterpay", "Afterpay"),
	generic("Block", "Cash App", "Cash App"),
	exact("Block", "Square", "Square"),
	exact("Block", "TIDAL", "TIDAL"),

	generic("Booking Holdings", "", "Booking Holdings"),
	generic("Booking Holdings", "Agoda", "Agoda"),
	generic("Booking Holdings", "Booking.com", "Booking.com"),
	exact("Booking Holdings", "KAYAK", "KAYAK"),
	generic("Booking Holdings", "OpenTable", "OpenTable"),
	generic("Booking Holdings", "Priceline", "Priceline", "Priceline.com"),

	generic("Bosch", "", "Bosch", "Robert Bosch"),
	generic("Bosch", "BSH", "BSH Hausgeräte", "BSH Home Appliances"),
	generic("Bosch", "Rexroth", "Bosch Rexroth"),

	generic("Broadcom", "", "Broadcom"),
	generic("Broadcom", "CA Technologies", "CA Technologies"),
	generic("Broadcom", "VMware", "VMware", "VMware by Broadcom"),

	generic("ByteDance", "", "ByteDance"),
	generic("ByteDance", "CapCut", "CapCut"),
	generic("ByteDance", "TikTok", "TikTok"),

	generic("Cisco", "", "Cisco", "Cisco Systems"),
	generic("Cisco", "AppDynamics", "AppDynamics"),
	regional("Cisco", "Meraki", "Meraki", "Cisco Meraki"),
	generic("Cisco", "Splunk", "Splunk"),
	generic("Cisco", "ThousandEyes", "ThousandEyes"),
	generic("Cisco", "Webex", "Webex", "Cisco Webex"),

	generic("Dell Technologies", "", "Dell Technologies", "Dell"),
	generic("Dell Technologies", "Alienware", "Alienware"),
	exact("Dell Technologies", "EMC", "EMC"),
	generic("Dell Technologies", "EMC", "Dell EMC"),

	generic("eBay", "", "eBay"),

	generic("Expedia Group", "", "Expedia Group", "Expedia"),
	generic("Expedia Group", "Hotels.com", "Hotels.com"),
	generic("Expedia Group", "Orbitz", "Orbitz"),
	generic("Expedia Group", "Travelocity", "Travelocity"),
	generic("Expedia Group", "Vrbo", "Vrbo", "HomeAway"),

	generic("Goldman Sachs", "", "Goldman Sachs"),

	generic("Google", "", "Google"),
	exact("Google", "", "Alphabet"),
	generic("Google", "Apigee", "Apigee"),
	generic("Google", "Calico", "Calico Life Sciences"),
	generic("Google", "Cloud", "Google Cloud", "Google Cloud Platform"),
	generic("Google", "DeepMind", "DeepMind", "Google DeepMind"),
	generic("Google", "Fitbit", "Fitbit"),
	generic("Google", "Isomorphic Labs", "Isomorphic Labs"),
	generic("Google", "Kaggle", "Kaggle"),
	generic("Google", "Looker", "Looker"),
	generic("Google", "Mandiant", "Mandiant"),
	generic("Google", "Nest", "Google Nest", "Nest Labs"),
	generic("Google", "Research", "Google Research"),
	regional("Google", "Verily", "Verily", "Verily Life Sciences"),
	generic("Google", "Waymo", "Waymo"),
	generic("Google", "Waze", "Waze"),
	generic("Google", "Wing", "Wing Aviation"),
	generic("Google", "X", "X Development", "X, the moonshot factory", "Google X"),
	generic("Google", "YouTube", "YouTube"),

	generic("IBM", "", "IBM", "International Business Machines"),
	generic("IBM", "Apptio", "Apptio"),
	generic("IBM", "Consulting", "IBM Consulting"),
	generic("IBM", "HashiCorp", "HashiCorp"),
	generic("IBM", "Red Hat", "Red Hat"),
	generic("IBM", "Research", "IBM Research"),

	generic("Intel", "", "Intel"),
	generic("Intel", "Habana Labs", "Habana Labs"),

	generic("Intuit", "", "Intuit"),
	generic("Intuit", "Credit Karma", "Credit Karma"),
	generic("Intuit", "Mailchimp", "Mailchimp"),
	generic("Intuit", "QuickBooks", "QuickBooks"),
	generic("Intuit", "TurboTax", "TurboTax"),

	generic("JPMorgan Chase", "", "JPMorgan Chase", "JPMorganChase", "J.P. Morgan Chase",
		"JPMorgan", "J.P. Morgan", "J.P. Morgan Securities"),
	exact("JPMorgan Chase", "Chase", "Chase"),
	generic("JPMorgan Chase", "Chase", "Chase Bank"),

	regional("Meta", "", "Meta"),
	generic("Meta", "", "Meta Platforms", "Facebook"),
	generic("Meta", "AI", "Meta AI"),
	generic("Meta", "Instagram", "Instagram"),
	regional("Meta", "Oculus", "Oculus", "Oculus VR"),
	generic("Meta", "Reality Labs", "Reality Labs", "Meta Reality Labs", "Facebook Reality Labs"),
	generic("Meta", "WhatsApp", "WhatsApp"),

	generic("Microsoft", "", "Microsoft"),
	generic("Microsoft", "Activision Blizzard", "Activision Blizzard", "Activision", "Blizzard Entertainment"),
	generic("Microsoft", "AI", "Microsoft AI"),
	regional("Microsoft", "Azure", "Azure", "Microsoft Azure"),
	generic("Microsoft", "Bethesda", "Bethesda Softworks", "Bethesda Game Studios", "ZeniMax Media", "ZeniMax"),
	generic("Microsoft", "GitHub", "GitHub"),
	generic("Microsoft", "LinkedIn", "LinkedIn"),
	generic("Microsoft", "Mojang", "Mojang", "Mojang Studios"),
	exact("Microsoft", "Nuance", "Nuance"),
	generic("Microsoft", "Nuance", "Nuance Communications"),
	generic("Microsoft", "Research", "Microsoft Research"),
	generic("Microsoft", "Xbox", "Xbox", "Xbox Game Studios"),

	generic("Netflix", "", "Netflix"),

	generic("NVIDIA", "", "NVIDIA"),
	generic("NVIDIA", "Mellanox", "Mellanox", "Mellanox Technologies"),

	regional("Oracle", "", "Oracle"),
	generic("Oracle", "Financial Services", "Oracle Financial Services Software"),
	generic("Oracle", "Health", "Oracle Health", "Cerner", "Oracle Cerner"),
	generic("Oracle", "NetSuite", "NetSuite", "Oracle NetSuite"),
	generic("Oracle", "OCI", "Oracle Cloud Infrastructure"),

	generic("PayPal", "", "PayPal"),
	regional("PayPal", "Braintree", "Braintree"),
	generic("PayPal", "Venmo", "Venmo"),
	generic("PayPal", "Xoom", "Xoom"),

	generic("Pinterest", "", "Pinterest"),

	generic("Qualcomm", "", "Qualcomm"),

	generic("Salesforce", "", "Salesforce", "Salesforce.com"),
	generic("Salesforce", "Heroku", "Heroku"),
	generic("Salesforce", "MuleSoft", "MuleSoft"),
	regional("Salesforce", "Slack", "Slack"),
	generic("Salesforce", "Slack", "Slack Technologies"),
	regional("Salesforce", "Tableau", "Tableau"),
	generic("Salesforce", "Tableau", "Tableau Software"),

	generic("Samsung", "", "Samsung", "Samsung Electronics"),
	regional("Samsung", "Harman", "Harman", "Harman International"),
	generic("Samsung", "Research", "Samsung Research"),
	generic("Samsung", "Semiconductor", "Samsung Semiconductor"),

	generic("SAP", "", "SAP"),
	generic("SAP", "Ariba", "SAP Ariba", "Ariba"),
	regional("SAP", "Concur", "Concur"),
	generic("SAP", "Concur", "SAP Concur", "Concur Technologies"),
	generic("SAP", "LeanIX", "LeanIX", "SAP LeanIX"),
	generic("SAP", "Signavio", "Signavio", "SAP Signavio"),
	generic("SAP", "SuccessFactors", "SuccessFactors", "SAP SuccessFactors"),

	generic("Shopify", "", "Shopify"),

	generic("Siemens", "", "Siemens"),
	generic("Siemens", "Altair", "Altair Engineering"),
	generic("Siemens", "Digital Industries Software", "Siemens Digital Industries Software"),
	generic("Siemens", "EDA", "Siemens EDA", "Mentor Graphics"),
	generic("Siemens", "Healthineers", "Siemens Healthineers"),
	generic("Siemens", "Mobility", "Siemens Mobility"),

	regional("Snap", "", "Snap"),
	generic("Snap", "", "Snap Group"),
	generic("Snap", "Snapchat", "Snapchat"),

	generic("Spotify", "", "Spotify"),

	regional("Stripe", "", "Stripe"),
	generic("Stripe", "", "Stripe Payments", "Stripe Technology Europe"),

	generic("Tencent", "", "Tencent"),
	generic("Tencent", "Cloud", "Tencent Cloud"),
	generic("Tencent", "Games", "Tencent Games"),
	generic("Tencent", "Riot Games", "Riot Games"),
	generic("Tencent", "WeChat", "WeChat"),

	generic("Uber", "", "Uber"),
	generic("Uber", "Eats", "Uber Eats"),
	generic("Uber", "Freight", "Uber Freight"),
	generic("Uber", "Postmates", "Postmates"),

	generic("Walmart", "", "Walmart", "Wal-Mart", "Wal-Mart Stores", "Walmart Stores"),
	generic("Walmart", "Flipkart", "Flipkart"),
	generic("Walmart", "Global Tech", "Walmart Global Tech", "Walmart Labs", "WalmartLabs"),
	generic("Walmart", "Sam's Club", "Sam's Club"),

	exact("X", "", "X"),
	generic("X", "", "Twitter", "X (formerly Twitter)", "X (Twitter)"),
}

func exact(parent, team string, names ...string) Alias {
	return Alias{Parent: parent, Team: team, Names: names, Reach: ReachExact}
}

func regional(parent, team string, names ...string) Alias {
	return Alias{Parent: parent, Team: team, Names: names, Reach: ReachRegional}
}

func generic(parent, team string, names ...string) Alias {
	return Alias{Parent: parent, Team: team, Names: names, Reach: ReachGeneric}
}

// Words that may follow a known name ("Amazon Development Center Germany",
// "Microsoft India") without changing whom it names. Region words are
// country, region and connecting words; corporate words describe an
// entity, not a business.
var (
	regionWords = []string{
		"international", "global", "worldwide", "emea", "apac", "latam", "europe", "european",
		"asia", "pacific", "africa", "america", "americas", "north", "south", "east", "west",
		"middle", "central", "nordic", "nordics", "benelux", "dach",
		"uk", "us", "usa", "united", "kingdom", "states", "britain", "great", "england",
		"scotland", "wales", "ireland", "india", "germany", "deutschland", "france", "canada",
		"japan", "china", "brasil", "brazil", "mexico", "spain", "espana", "italy", "italia",
		"netherlands", "nederland", "holland", "belgium", "belgique", "luxembourg",
		"switzerland", "schweiz", "suisse", "austria", "osterreich", "poland", "polska",
		"czech", "czechia", "republic", "slovakia", "hungary", "romania", "bulgaria", "greece",
		"portugal", "sweden", "sverige", "norway", "norge", "denmark", "danmark", "finland",
		"suomi", "iceland", "estonia", "latvia", "lithuania", "ukraine", "turkey", "turkiye",
		"israel", "egypt", "saudi", "arabia", "ksa", "uae", "emirates", "arab", "qatar",
		"kuwait", "bahrain", "oman", "morocco", "nigeria", "kenya", "ghana", "australia",
		"new", "zealand", "singapore", "malaysia", "indonesia", "philippines", "thailand",
		"vietnam", "korea", "taiwan", "hong", "kong", "hk", "pakistan", "bangladesh", "sri",
		"lanka", "argentina", "chile", "colombia", "peru", "uruguay", "costa", "rica",
		"puerto", "rico", "panama", "ecuador", "serbia", "croatia", "slovenia", "cyprus",
		"malta", "fr", "jp", "cn", "br", "mx", "es", "nl", "ca", "au", "sg", "in",
		"ie", "pl", "kr", "tw", "ch",
		"de", "do", "da", "du", "del", "of",
	}
	corporateWords = []string{
		"services", "service", "technologies", "technology", "tech", "development",
		"developments", "center", "centre", "centers", "centres", "labs", "lab",
		"laboratories", "group", "holdings", "holding", "operations", "rd", "hq", "com",
		"net", "corporate",
	}
)

// genericWords maps a word to the least Reach that lets it follow a name.
var genericWords = func() map[string]Reach {
	m := make(map[string]Reach, len(regionWords)+len(corporateWords))
	for _, w := range regionWords {
		m[w] = ReachRegional
	}
	for _, w := range corporateWords {
		m[w] = ReachGeneric
	}
	return m
}()
