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
	generic("3M", "", "3M", "3M Company", "Minnesota Mining and Manufacturing"),

	generic("ABB", "", "ABB", "Asea Brown Boveri"),

	regional("Abbott", "", "Abbott"),
	generic("Abbott", "", "Abbott Laboratories", "Abbott Healthcare"),

	distinctive("AbbVie", "", "AbbVie"),
	generic("AbbVie", "Allergan", "Allergan", "Allergan Aesthetics"),

	distinctive("Accenture", "", "Accenture"),
	generic("Accenture", "Avanade", "Avanade"),
	generic("Accenture", "Song", "Accenture Song", "Accenture Interactive"),

	distinctive("Adidas", "", "Adidas"),

	generic("Adobe", "", "Adobe", "Adobe Systems"),
	generic("Adobe", "Behance", "Behance"),
	generic("Adobe", "Frame.io", "Frame.io"),
	generic("Adobe", "Magento", "Magento", "Adobe Commerce"),
	generic("Adobe", "Marketo", "Marketo", "Adobe Marketo"),

	generic("ADP", "", "ADP", "Automatic Data Processing"),

	distinctive("Adyen", "", "Adyen"),

	generic("Ahold Delhaize", "", "Ahold Delhaize", "Ahold"),
	generic("Ahold Delhaize", "Albert Heijn", "Albert Heijn"),
	generic("Ahold Delhaize", "Food Lion", "Food Lion"),

	distinctive("Airbnb", "", "Airbnb"),

	generic("Airbus", "", "Airbus"),
	generic("Airbus", "Defence and Space", "Airbus Defence and Space"),
	generic("Airbus", "Helicopters", "Airbus Helicopters"),

	generic("Akamai", "", "Akamai", "Akamai Technologies"),

	distinctive("Alibaba", "", "Alibaba", "Alibaba Group", "Alibaba.com"),
	generic("Alibaba", "AliExpress", "AliExpress"),
	generic("Alibaba", "Cainiao", "Cainiao", "Cainiao Network"),
	generic("Alibaba", "Cloud", "Alibaba Cloud", "Aliyun"),
	generic("Alibaba", "Lazada", "Lazada"),
	generic("Alibaba", "Taobao", "Taobao"),
	generic("Alibaba", "Tmall", "Tmall"),

	generic("Allianz", "", "Allianz"),
	generic("Allianz", "PIMCO", "PIMCO"),

	generic("Amazon", "", "Amazon", "Amazon.com", "Amazon.com Services", "Amazon.com Inc").not("Amazonas Energia", "Amazon Seller", "Amazon FBA"),
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
	generic("Amazon", "Kuiper", "Project Kuiper", "Amazon Kuiper"),
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
	generic("Amazon", "Zoox", "Zoox"),

	generic("AMD", "", "AMD", "Advanced Micro Devices"),
	generic("AMD", "Pensando", "Pensando", "Pensando Systems"),
	generic("AMD", "Xilinx", "Xilinx"),

	generic("American Express", "", "American Express", "Amex"),

	distinctive("Amgen", "", "Amgen"),

	generic("Analog Devices", "", "Analog Devices"),

	distinctive("Anthropic", "", "Anthropic"),

	generic("ANZ", "", "ANZ", "Australia and New Zealand Banking Group", "ANZ Bank"),

	generic("Aon", "", "Aon", "Aon Hewitt"),

	regional("Apple", "", "Apple").not("Apple Bank", "Apple Bank for Savings", "Apple Villa Hospitality", "Apple Leisure Group", "Apple Technologies", "The Apple"),
	generic("Apple", "", "Apple Computer"),
	generic("Apple", "Beats", "Beats Electronics", "Beats by Dre", "Beats by Dr. Dre"),
	regional("Apple", "Claris", "Claris", "Claris International"),
	regional("Apple", "Retail", "Apple Retail", "Apple Store"),
	regional("Apple", "Shazam", "Shazam"),

	generic("Applied Materials", "", "Applied Materials"),

	generic("Arista Networks", "", "Arista Networks", "Arista"),

	distinctive("ASML", "", "ASML"),

	distinctive("AstraZeneca", "", "AstraZeneca"),

	generic("AT&T", "", "AT&T", "American Telephone and Telegraph"),

	distinctive("Atlassian", "", "Atlassian"),
	exact("Atlassian", "Loom", "Loom"),
	generic("Atlassian", "Opsgenie", "Opsgenie"),
	generic("Atlassian", "Trello", "Trello"),

	generic("Atos", "", "Atos"),

	distinctive("Autodesk", "", "Autodesk"),

	distinctive("Baidu", "", "Baidu"),

	regional("Bain & Company", "", "Bain & Company", "Bain").not("Bain Capital"),

	generic("Bank of America", "", "Bank of America", "BofA", "Bank of America Merrill Lynch", "BofA Securities"),
	generic("Bank of America", "BA Continuum", "BA Continuum"),
	regional("Bank of America", "Merrill", "Merrill"),
	generic("Bank of America", "Merrill", "Merrill Lynch"),

	distinctive("Barclays", "", "Barclays").not("Barclays Center"),

	distinctive("BASF", "", "BASF"),

	regional("Bayer", "", "Bayer").not("Bayer Leverkusen"),
	generic("Bayer", "", "Bayer Business Services", "Bayer CropScience", "Bayer HealthCare", "Bayer Pharmaceuticals"),

	generic("BBVA", "", "BBVA", "Banco Bilbao Vizcaya Argentaria"),

	generic("BCG", "", "Boston Consulting Group", "The Boston Consulting Group", "BCG"),
	generic("BCG", "Platinion", "BCG Platinion"),
	generic("BCG", "X", "BCG X", "BCG Digital Ventures", "BCG GAMMA"),

	regional("BDO", "", "BDO").not("BDO Unibank"),
	generic("BDO", "", "BDO Global", "BDO International"),

	generic("Best Buy", "", "Best Buy"),

	generic("Bharti Airtel", "", "Bharti Airtel", "Airtel"),

	generic("BlackRock", "", "BlackRock"),

	exact("Block", "", "Block").not("The Block"),
	generic("Block", "Afterpay", "Afterpay"),
	generic("Block", "Cash App", "Cash App"),
	exact("Block", "Square", "Square").not("Square Enix"),
	exact("Block", "TIDAL", "TIDAL"),

	generic("BMO", "", "BMO", "Bank of Montreal", "BMO Financial Group"),
	generic("BMO", "Capital Markets", "BMO Capital Markets"),

	generic("BMW Group", "", "BMW Group", "BMW", "Bayerische Motoren Werke"),
	generic("BMW Group", "Rolls-Royce Motor Cars", "Rolls-Royce Motor Cars"),

	generic("BNP Paribas", "", "BNP Paribas", "BNP"),
	generic("BNP Paribas", "Cardif", "BNP Paribas Cardif", "Cardif"),
	generic("BNP Paribas", "Fortis", "BNP Paribas Fortis"),

	generic("BNY", "", "BNY", "BNY Mellon", "Bank of New York Mellon", "The Bank of New York Mellon"),

	generic("Boeing", "", "Boeing", "The Boeing Company"),

	generic("Booking Holdings", "", "Booking Holdings"),
	generic("Booking Holdings", "Agoda", "Agoda"),
	generic("Booking Holdings", "Booking.com", "Booking.com"),
	exact("Booking Holdings", "KAYAK", "KAYAK"),
	generic("Booking Holdings", "OpenTable", "OpenTable"),
	generic("Booking Holdings", "Priceline", "Priceline", "Priceline.com"),

	generic("Booz Allen Hamilton", "", "Booz Allen Hamilton", "Booz Allen"),

	generic("Bosch", "", "Bosch", "Robert Bosch", "Robert Bosch Engineering and Business Solutions", "RBEI"),
	generic("Bosch", "BSH", "BSH Hausgeräte", "BSH Home Appliances"),
	generic("Bosch", "ETAS", "ETAS"),
	generic("Bosch", "Rexroth", "Bosch Rexroth"),

	regional("BP", "", "BP", "bp plc"),

	generic("Bristol Myers Squibb", "", "Bristol Myers Squibb", "Bristol-Myers Squibb"),
	exact("Bristol Myers Squibb", "", "BMS"),

	distinctive("Broadcom", "", "Broadcom"),
	generic("Broadcom", "CA Technologies", "CA Technologies"),
	generic("Broadcom", "VMware", "VMware", "VMware by Broadcom"),

	generic("BT Group", "", "BT Group", "British Telecom", "British Telecommunications"),
	regional("BT Group", "", "BT"),
	generic("BT Group", "Openreach", "Openreach"),

	distinctive("ByteDance", "", "ByteDance"),
	generic("ByteDance", "CapCut", "CapCut"),
	generic("ByteDance", "TikTok", "TikTok"),

	distinctive("Capgemini", "", "Capgemini", "Cap Gemini"),
	generic("Capgemini", "Altran", "Altran"),
	generic("Capgemini", "frog", "frog design"),
	generic("Capgemini", "Sogeti", "Sogeti"),

	generic("Capital One", "", "Capital One"),
	generic("Capital One", "Discover", "Discover Financial Services"),

	generic("Cardinal Health", "", "Cardinal Health"),

	generic("Carrefour", "", "Carrefour"),

	generic("Caterpillar", "", "Caterpillar"),

	generic("Centene", "", "Centene", "Centene Corporation"),

	generic("Charles Schwab", "", "Charles Schwab"),
	regional("Charles Schwab", "", "Schwab"),
	generic("Charles Schwab", "TD Ameritrade", "TD Ameritrade"),

	generic("Cigna Group", "", "Cigna Group", "Cigna", "The Cigna Group", "Cigna Healthcare"),
	generic("Cigna Group", "Evernorth", "Evernorth", "Evernorth Health Services"),
	generic("Cigna Group", "Express Scripts", "Express Scripts"),

	generic("Cisco", "", "Cisco", "Cisco Systems"),
	generic("Cisco", "AppDynamics", "AppDynamics"),
	regional("Cisco", "Meraki", "Meraki", "Cisco Meraki"),
	generic("Cisco", "Splunk", "Splunk"),
	generic("Cisco", "ThousandEyes", "ThousandEyes"),
	generic("Cisco", "Webex", "Webex", "Cisco Webex"),

	regional("Citadel", "", "Citadel", "Citadel LLC").not("Citadel Securities"),

	generic("Citi", "", "Citi", "Citigroup", "Citibank", "Citicorp", "Citi Bank"),

	distinctive("Cloudflare", "", "Cloudflare"),

	generic("Coca-Cola", "", "Coca-Cola", "The Coca-Cola Company", "Coca Cola").not("Coca-Cola HBC", "Coca-Cola Hellenic", "Coca-Cola Europacific Partners", "Coca-Cola FEMSA", "Coca-Cola Consolidated", "Coca-Cola İçecek", "Coca-Cola Amatil", "Coca-Cola Bottling", "Coca-Cola Beverages Africa", "Coca-Cola Enterprises"),

	distinctive("Cognizant", "", "Cognizant", "Cognizant Technology Solutions"),
	generic("Cognizant", "Belcan", "Belcan"),

	distinctive("Coinbase", "", "Coinbase"),

	generic("Comcast", "", "Comcast"),
	generic("Comcast", "NBCUniversal", "NBCUniversal", "NBC Universal"),
	generic("Comcast", "Sky", "Sky UK", "Sky Group", "Sky Deutschland", "Sky Italia"),

	generic("Commonwealth Bank", "", "Commonwealth Bank", "Commonwealth Bank of Australia", "CommBank"),

	distinctive("Concentrix", "", "Concentrix"),

	regional("Continental", "", "Continental"),
	generic("Continental", "", "Continental Automotive"),

	generic("Costco", "", "Costco", "Costco Wholesale"),

	distinctive("CrowdStrike", "", "CrowdStrike"),

	generic("Crédit Agricole", "", "Crédit Agricole", "Credit Agricole CIB"),
	generic("Crédit Agricole", "Amundi", "Amundi"),

	generic("Cummins", "", "Cummins", "Cummins Inc"),

	regional("CVS Health", "", "CVS"),
	generic("CVS Health", "", "CVS Health"),
	generic("CVS Health", "Aetna", "Aetna"),
	generic("CVS Health", "Caremark", "CVS Caremark", "Caremark"),
	generic("CVS Health", "Oak Street Health", "Oak Street Health"),
	generic("CVS Health", "Pharmacy", "CVS Pharmacy"),
	generic("CVS Health", "Signify Health", "Signify Health"),

	generic("Dassault Systèmes", "", "Dassault Systèmes"),

	distinctive("Databricks", "", "Databricks"),

	distinctive("Datadog", "", "Datadog"),

	generic("DBS Bank", "", "DBS Bank", "DBS", "Development Bank of Singapore"),

	generic("Deere", "", "John Deere", "Deere & Company", "Deere"),

	generic("Dell Technologies", "", "Dell Technologies", "Dell"),
	generic("Dell Technologies", "Alienware", "Alienware"),
	exact("Dell Technologies", "EMC", "EMC"),
	generic("Dell Technologies", "EMC", "Dell EMC"),

	distinctive("Deloitte", "", "Deloitte", "Deloitte Touche Tohmatsu", "Deloitte & Touche"),
	generic("Deloitte", "Monitor Deloitte", "Monitor Deloitte"),

	generic("Deutsche Bank", "", "Deutsche Bank"),
	generic("Deutsche Bank", "DWS", "DWS", "DWS Group"),
	generic("Deutsche Bank", "Postbank", "Postbank", "Deutsche Postbank"),

	generic("Deutsche Telekom", "", "Deutsche Telekom"),
	generic("Deutsche Telekom", "T-Systems", "T-Systems", "T-Systems International"),

	generic("Disney", "", "The Walt Disney Company", "Walt Disney", "Disney").not("Disney Star", "Disney Hotstar", "Disney+ Hotstar"),
	generic("Disney", "ESPN", "ESPN"),
	generic("Disney", "Experiences", "Disney Experiences", "Walt Disney Parks and Resorts", "Disney Parks, Experiences and Products"),
	generic("Disney", "Hulu", "Hulu"),
	generic("Disney", "Lucasfilm", "Lucasfilm", "Industrial Light & Magic"),
	generic("Disney", "Pixar", "Pixar", "Pixar Animation Studios"),

	distinctive("DoorDash", "", "DoorDash"),

	distinctive("Dropbox", "", "Dropbox"),

	generic("DXC Technology", "", "DXC Technology", "DXC"),

	distinctive("eBay", "", "eBay"),

	generic("Electronic Arts", "", "Electronic Arts"),
	exact("Electronic Arts", "", "EA"),

	generic("Elevance Health", "", "Elevance Health", "Anthem Blue Cross"),
	regional("Elevance Health", "", "Anthem"),
	generic("Elevance Health", "Carelon", "Carelon"),

	generic("Eli Lilly", "", "Eli Lilly", "Eli Lilly and Company"),
	regional("Eli Lilly", "", "Lilly"),

	distinctive("EPAM Systems", "", "EPAM Systems", "EPAM"),

	generic("Ericsson", "", "Ericsson", "Telefonaktiebolaget LM Ericsson"),

	distinctive("Etsy", "", "Etsy"),

	generic("Expedia Group", "", "Expedia Group", "Expedia"),
	generic("Expedia Group", "Hotels.com", "Hotels.com"),
	generic("Expedia Group", "Orbitz", "Orbitz"),
	generic("Expedia Group", "Travelocity", "Travelocity"),
	generic("Expedia Group", "Vrbo", "Vrbo", "HomeAway"),

	generic("EY", "", "EY", "Ernst & Young", "Ernst and Young", "EY GDS", "EY Global Delivery Services"),
	generic("EY", "Parthenon", "EY-Parthenon", "EY Parthenon"),

	generic("Fidelity Investments", "", "Fidelity Investments", "FMR").not("Fidelity International", "Fidelity National Financial"),

	generic("FIS", "", "Fidelity National Information Services", "FIS Global"),
	exact("FIS", "", "FIS"),

	distinctive("Fiserv", "", "Fiserv"),

	generic("Ford", "", "Ford Motor", "Ford Motor Company").not("Ford Foundation"),
	regional("Ford", "", "Ford"),

	distinctive("Fortinet", "", "Fortinet"),

	distinctive("Freshworks", "", "Freshworks", "Freshdesk"),

	generic("Fujitsu", "", "Fujitsu"),

	generic("Gartner", "", "Gartner"),

	generic("GE Aerospace", "", "GE Aerospace", "General Electric"),

	generic("GE HealthCare", "", "GE HealthCare", "GE Healthcare").not("Wipro GE Healthcare"),

	generic("GE Vernova", "", "GE Vernova"),

	generic("General Dynamics", "", "General Dynamics"),
	generic("General Dynamics", "Gulfstream", "Gulfstream", "Gulfstream Aerospace"),

	generic("General Motors", "", "General Motors"),
	exact("General Motors", "", "GM"),

	distinctive("Genpact", "", "Genpact"),

	generic("Gilead Sciences", "", "Gilead Sciences", "Gilead"),

	distinctive("Globant", "", "Globant"),

	generic("Goldman Sachs", "", "Goldman Sachs"),
	generic("Goldman Sachs", "Marcus", "Marcus by Goldman Sachs"),

	generic("Google", "", "Google").not("Google Developer Student Club", "Google Developer Student Clubs", "Google Developer Groups", "Google Developers Group", "Google Student Ambassador", "Google Crowdsource", "Google Local Guides"),
	exact("Google", "", "Alphabet").not("Alphabet International"),
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

	distinctive("Grab", "", "Grab Holdings", "GrabTaxi"),
	regional("Grab", "", "Grab"),

	generic("Grant Thornton", "", "Grant Thornton"),

	generic("GSK", "", "GSK", "GlaxoSmithKline"),

	generic("H&M", "", "H&M", "H&M Group", "Hennes & Mauritz"),

	generic("HCA Healthcare", "", "HCA Healthcare", "Hospital Corporation of America"),

	distinctive("HCLTech", "", "HCLTech", "HCL Technologies", "HCL Tech"),
	regional("HCLTech", "", "HCL").not("HCL Infosystems", "HCL Healthcare", "HCL Infotech", "HCL Learning"),
	generic("HCLTech", "Software", "HCLSoftware", "HCL Software"),

	generic("HDFC Bank", "", "HDFC Bank").not("HDFC Life", "HDFC ERGO"),
	regional("HDFC Bank", "", "HDFC"),

	generic("Hewlett Packard Enterprise", "", "Hewlett Packard Enterprise", "HPE", "Hewlett-Packard Enterprise"),
	generic("Hewlett Packard Enterprise", "Aruba", "Aruba Networks", "HPE Aruba Networking"),
	generic("Hewlett Packard Enterprise", "Juniper Networks", "Juniper Networks"),

	distinctive("Hexaware", "", "Hexaware", "Hexaware Technologies"),

	generic("Hitachi", "", "Hitachi"),
	generic("Hitachi", "Energy", "Hitachi Energy"),
	generic("Hitachi", "GlobalLogic", "GlobalLogic"),
	generic("Hitachi", "Vantara", "Hitachi Vantara"),

	generic("Home Depot", "", "Home Depot", "The Home Depot"),

	generic("Honda", "", "Honda", "Honda Motor"),

	generic("Honeywell", "", "Honeywell"),

	regional("HP", "", "HP", "HP Inc", "Hewlett-Packard", "Hewlett Packard"),

	distinctive("HSBC", "", "HSBC", "Hongkong and Shanghai Banking Corporation"),

	distinctive("Huawei", "", "Huawei"),

	generic("Humana", "", "Humana"),

	generic("IBM", "", "IBM", "International Business Machines").not("IBM Champion"),
	generic("IBM", "Apptio", "Apptio"),
	generic("IBM", "Bluetab", "Bluetab"),
	generic("IBM", "Consulting", "IBM Consulting"),
	generic("IBM", "HashiCorp", "HashiCorp"),
	generic("IBM", "Red Hat", "Red Hat"),
	generic("IBM", "Research", "IBM Research"),

	generic("ICICI Bank", "", "ICICI Bank").not("ICICI Prudential", "ICICI Lombard"),
	regional("ICICI Bank", "", "ICICI"),

	generic("IKEA", "", "IKEA", "Ingka Group", "Inter IKEA"),

	generic("Inditex", "", "Inditex"),
	regional("Inditex", "Zara", "Zara"),

	distinctive("Infineon", "", "Infineon", "Infineon Technologies"),

	distinctive("Infosys", "", "Infosys", "Infosys Technologies").not("Freya Infosys"),
	generic("Infosys", "EdgeVerve", "EdgeVerve", "EdgeVerve Systems"),
	generic("Infosys", "Finacle", "Finacle"),

	generic("ING", "", "ING", "ING Bank", "ING Groep"),

	distinctive("Instacart", "", "Instacart", "Maplebear"),

	generic("Intel", "", "Intel"),
	generic("Intel", "Habana Labs", "Habana Labs"),

	generic("Intuit", "", "Intuit"),
	generic("Intuit", "Credit Karma", "Credit Karma"),
	generic("Intuit", "Mailchimp", "Mailchimp"),
	generic("Intuit", "QuickBooks", "QuickBooks"),
	generic("Intuit", "TurboTax", "TurboTax"),

	distinctive("JD.com", "", "JD.com", "Jingdong").not("JD Sports"),
	generic("JD.com", "Logistics", "JD Logistics"),

	generic("Johnson & Johnson", "", "Johnson & Johnson", "J&J", "Johnson and Johnson").not("Johnson Controls"),
	generic("Johnson & Johnson", "Innovative Medicine", "Janssen", "Janssen Pharmaceuticals", "Johnson & Johnson Innovative Medicine"),
	generic("Johnson & Johnson", "MedTech", "Johnson & Johnson MedTech", "Ethicon", "DePuy Synthes"),

	generic("JPMorgan Chase", "", "JPMorgan Chase", "JPMorganChase", "J.P. Morgan Chase", "JPMorgan", "J.P. Morgan", "J.P. Morgan Securities", "JPMC"),
	exact("JPMorgan Chase", "Chase", "Chase").not("Chase International"),
	generic("JPMorgan Chase", "Chase", "Chase Bank"),

	generic("Kaiser Permanente", "", "Kaiser Permanente"),

	distinctive("Kakao", "", "Kakao"),

	regional("Kearney", "", "Kearney", "A.T. Kearney"),

	generic("KLA", "", "KLA", "KLA-Tencor", "KLA Corporation"),

	generic("Klarna", "", "Klarna"),

	generic("Kotak Mahindra Bank", "", "Kotak Mahindra Bank", "Kotak"),

	distinctive("KPMG", "", "KPMG"),

	generic("Kroger", "", "Kroger", "The Kroger Co"),

	distinctive("Kyndryl", "", "Kyndryl"),

	generic("L&T Technology Services", "", "L&T Technology Services", "LTTS"),

	generic("L'Oréal", "", "L'Oréal"),

	generic("Lam Research", "", "Lam Research"),

	generic("Larsen & Toubro", "", "Larsen & Toubro", "Larsen and Toubro"),
	regional("Larsen & Toubro", "", "L&T").not("L&T Finance"),

	generic("Lenovo", "", "Lenovo"),
	generic("Lenovo", "Motorola Mobility", "Motorola Mobility"),

	generic("LG Electronics", "", "LG Electronics").not("LG Energy Solution", "LG Chem", "LG Display", "LG CNS"),

	generic("Lloyds Banking Group", "", "Lloyds Banking Group", "Lloyds Bank").not("Lloyd's of London"),
	regional("Lloyds Banking Group", "", "Lloyds"),

	generic("Lockheed Martin", "", "Lockheed Martin", "Lockheed"),

	generic("Lowe's", "", "Lowe's", "Lowe's Companies", "Lowes"),

	distinctive("LTIMindtree", "", "LTIMindtree", "LTI Mindtree", "Larsen & Toubro Infotech", "L&T Infotech", "Mindtree"),
	exact("LTIMindtree", "", "LTI"),

	generic("LVMH", "", "LVMH", "Moët Hennessy Louis Vuitton"),
	generic("LVMH", "Louis Vuitton", "Louis Vuitton"),
	generic("LVMH", "Sephora", "Sephora"),
	exact("LVMH", "Tiffany & Co.", "Tiffany & Co"),

	distinctive("Lyft", "", "Lyft"),

	generic("Marsh McLennan", "", "Marsh McLennan", "Marsh & McLennan", "Marsh & McLennan Companies"),
	generic("Marsh McLennan", "Guy Carpenter", "Guy Carpenter"),
	regional("Marsh McLennan", "Marsh", "Marsh"),
	regional("Marsh McLennan", "Mercer", "Mercer"),
	generic("Marsh McLennan", "Oliver Wyman", "Oliver Wyman"),

	generic("Marvell Technology", "", "Marvell Technology", "Marvell", "Marvell Semiconductor"),

	distinctive("Mastercard", "", "Mastercard", "MasterCard Worldwide"),

	generic("McDonald's", "", "McDonald's", "McDonalds"),

	generic("McKesson", "", "McKesson"),

	distinctive("McKinsey", "", "McKinsey & Company", "McKinsey"),
	generic("McKinsey", "QuantumBlack", "QuantumBlack", "QuantumBlack AI by McKinsey"),

	generic("MediaTek", "", "MediaTek"),

	distinctive("Medtronic", "", "Medtronic"),

	distinctive("Meituan", "", "Meituan"),

	generic("Mercedes-Benz Group", "", "Mercedes-Benz Group", "Mercedes-Benz").not("Daimler Truck"),

	regional("Meta", "", "Meta").not("META Assessoria em Recursos Humanos", "Meta Financial Group", "Meta Services"),
	generic("Meta", "", "Meta Platforms", "Facebook"),
	generic("Meta", "AI", "Meta AI"),
	generic("Meta", "Instagram", "Instagram"),
	regional("Meta", "Oculus", "Oculus", "Oculus VR"),
	generic("Meta", "Reality Labs", "Reality Labs", "Meta Reality Labs", "Facebook Reality Labs"),
	generic("Meta", "WhatsApp", "WhatsApp"),

	generic("Micron Technology", "", "Micron Technology", "Micron"),

	generic("Microsoft", "", "Microsoft").not("Microsoft Learn Student Ambassadors", "Microsoft Student Partners", "Microsoft Student Ambassador"),
	generic("Microsoft", "Activision Blizzard", "Activision Blizzard", "Activision", "Blizzard Entertainment", "King Digital Entertainment"),
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

	generic("Mizuho", "", "Mizuho", "Mizuho Financial Group"),

	distinctive("Morgan Stanley", "", "Morgan Stanley"),
	generic("Morgan Stanley", "E*TRADE", "E*TRADE", "E-Trade", "E*TRADE from Morgan Stanley"),

	generic("Motorola Solutions", "", "Motorola Solutions"),

	distinctive("Mphasis", "", "Mphasis"),

	generic("MSD", "", "MSD", "Merck Sharp & Dohme"),

	generic("MUFG", "", "MUFG", "Mitsubishi UFJ Financial Group", "MUFG Bank"),

	generic("Munich Re", "", "Munich Re", "Munich Reinsurance"),
	regional("Munich Re", "ERGO", "ERGO Group"),

	generic("National Australia Bank", "", "National Australia Bank", "NAB"),

	generic("NatWest Group", "", "NatWest Group", "NatWest", "Royal Bank of Scotland", "RBS"),

	distinctive("Naver", "", "Naver"),

	generic("NEC", "", "NEC", "NEC Corporation"),

	generic("Nestlé", "", "Nestlé"),
	generic("Nestlé", "Nespresso", "Nespresso"),
	generic("Nestlé", "Purina", "Nestlé Purina", "Purina"),

	distinctive("NetApp", "", "NetApp"),

	distinctive("NetEase", "", "NetEase"),

	distinctive("Netflix", "", "Netflix"),

	generic("Nike", "", "Nike"),

	generic("Nokia", "", "Nokia"),
	generic("Nokia", "Bell Labs", "Nokia Bell Labs", "Bell Labs"),

	generic("Nomura", "", "Nomura", "Nomura Holdings"),

	generic("Northrop Grumman", "", "Northrop Grumman"),

	distinctive("Novartis", "", "Novartis"),

	generic("Novo Nordisk", "", "Novo Nordisk"),

	generic("NTT", "", "NTT", "Nippon Telegraph and Telephone"),
	generic("NTT", "Docomo", "NTT Docomo", "Docomo"),
	generic("NTT", "NTT DATA", "NTT DATA", "NTT Data Services"),

	distinctive("NVIDIA", "", "NVIDIA"),
	generic("NVIDIA", "Mellanox", "Mellanox", "Mellanox Technologies"),

	generic("NXP", "", "NXP", "NXP Semiconductors"),

	generic("OCBC", "", "OCBC", "OCBC Bank", "Oversea-Chinese Banking Corporation"),

	distinctive("Okta", "", "Okta"),

	distinctive("OpenAI", "", "OpenAI"),

	regional("Oracle", "", "Oracle").not("The Oracle", "Oracle Capital Partners"),
	generic("Oracle", "Financial Services", "Oracle Financial Services Software", "OFSS"),
	generic("Oracle", "Health", "Oracle Health", "Cerner", "Oracle Cerner"),
	generic("Oracle", "NetSuite", "NetSuite", "Oracle NetSuite"),
	generic("Oracle", "OCI", "Oracle Cloud Infrastructure", "Oracle Cloud"),

	generic("Palantir", "", "Palantir", "Palantir Technologies"),

	generic("Palo Alto Networks", "", "Palo Alto Networks"),

	generic("Panasonic", "", "Panasonic"),

	generic("PayPal", "", "PayPal"),
	regional("PayPal", "Braintree", "Braintree"),
	generic("PayPal", "Venmo", "Venmo"),
	generic("PayPal", "Xoom", "Xoom"),

	generic("Paytm", "", "Paytm", "One97 Communications"),

	generic("PDD Holdings", "", "PDD Holdings", "Pinduoduo"),
	generic("PDD Holdings", "Temu", "Temu"),

	generic("PepsiCo", "", "PepsiCo"),
	regional("PepsiCo", "", "Pepsi"),
	generic("PepsiCo", "Frito-Lay", "Frito-Lay"),

	generic("Persistent Systems", "", "Persistent Systems"),

	distinctive("Pfizer", "", "Pfizer"),

	generic("Philips", "", "Philips", "Royal Philips", "Koninklijke Philips").not("Philips Lighting"),

	distinctive("Pinterest", "", "Pinterest"),

	generic("Procter & Gamble", "", "Procter & Gamble", "P&G", "Procter and Gamble"),

	distinctive("PwC", "", "PwC", "PricewaterhouseCoopers", "Price Waterhouse", "Pricewaterhouse Coopers"),

	distinctive("Qualcomm", "", "Qualcomm"),

	distinctive("Rakuten", "", "Rakuten"),

	generic("Recruit Holdings", "", "Recruit Holdings"),
	generic("Recruit Holdings", "Glassdoor", "Glassdoor"),
	exact("Recruit Holdings", "Indeed", "Indeed"),
	generic("Recruit Holdings", "Indeed", "Indeed.com"),

	distinctive("Reddit", "", "Reddit"),

	generic("Reliance Industries", "", "Reliance Industries").not("Reliance Capital", "Reliance Power", "Reliance Infrastructure", "Reliance Communications", "Reliance General Insurance", "Reliance Nippon Life Insurance"),
	regional("Reliance Industries", "Jio", "Jio", "Reliance Jio", "Jio Platforms", "Reliance Jio Infocomm"),
	generic("Reliance Industries", "Retail", "Reliance Retail"),

	distinctive("Revolut", "", "Revolut"),

	distinctive("Roblox", "", "Roblox"),

	regional("Roche", "", "Roche").not("Roche Bobois"),
	generic("Roche", "", "F. Hoffmann-La Roche", "Hoffmann-La Roche", "Roche Diagnostics", "Roche Products"),
	generic("Roche", "Genentech", "Genentech"),

	generic("Royal Bank of Canada", "", "Royal Bank of Canada", "RBC"),
	generic("Royal Bank of Canada", "Capital Markets", "RBC Capital Markets"),

	generic("RTX", "", "RTX", "Raytheon", "Raytheon Technologies"),
	generic("RTX", "Collins Aerospace", "Collins Aerospace"),
	generic("RTX", "Pratt & Whitney", "Pratt & Whitney"),

	distinctive("Salesforce", "", "Salesforce", "Salesforce.com"),
	generic("Salesforce", "Heroku", "Heroku"),
	generic("Salesforce", "MuleSoft", "MuleSoft"),
	regional("Salesforce", "Slack", "Slack"),
	generic("Salesforce", "Slack", "Slack Technologies"),
	regional("Salesforce", "Tableau", "Tableau"),
	generic("Salesforce", "Tableau", "Tableau Software"),

	generic("Samsung", "", "Samsung", "Samsung Electronics").not("Samsung SDS", "Samsung C&T", "Samsung Engineering", "Samsung E&A", "Samsung Heavy Industries", "Samsung Life Insurance", "Samsung Fire & Marine Insurance", "Samsung Biologics", "Samsung Bioepis", "Samsung SDI", "Samsung Securities", "Samsung Card", "Samsung Asset Management", "Samsung Electro-Mechanics"),
	generic("Samsung", "Display", "Samsung Display"),
	regional("Samsung", "Harman", "Harman", "Harman International"),
	generic("Samsung", "Research", "Samsung Research", "Samsung R&D Institute"),
	generic("Samsung", "Semiconductor", "Samsung Semiconductor"),

	distinctive("Sanofi", "", "Sanofi"),

	generic("Santander", "", "Santander", "Banco Santander", "Grupo Santander"),

	generic("SAP", "", "SAP").not("SAP Consultant", "SAP Fioneer"),
	generic("SAP", "Ariba", "SAP Ariba", "Ariba"),
	regional("SAP", "Concur", "Concur"),
	generic("SAP", "Concur", "SAP Concur", "Concur Technologies"),
	generic("SAP", "LeanIX", "LeanIX", "SAP LeanIX"),
	generic("SAP", "Signavio", "Signavio", "SAP Signavio"),
	generic("SAP", "SuccessFactors", "SuccessFactors", "SAP SuccessFactors"),

	generic("Schneider Electric", "", "Schneider Electric"),

	generic("Schwarz Group", "", "Schwarz Group", "Schwarz Gruppe"),
	generic("Schwarz Group", "Kaufland", "Kaufland"),
	generic("Schwarz Group", "Lidl", "Lidl"),

	distinctive("Scotiabank", "", "Scotiabank", "Bank of Nova Scotia"),

	regional("Sea", "", "Sea Limited", "Sea Group"),
	generic("Sea", "Garena", "Garena"),
	generic("Sea", "Shopee", "Shopee"),

	generic("Seagate", "", "Seagate", "Seagate Technology"),

	distinctive("ServiceNow", "", "ServiceNow"),

	generic("Shell", "", "Shell", "Royal Dutch Shell", "Shell plc"),

	distinctive("Shopify", "", "Shopify"),

	generic("Siemens", "", "Siemens").not("Siemens Energy", "Siemens Gamesa", "Siemens Gamesa Renewable Energy", "Nokia Siemens Networks"),
	generic("Siemens", "Altair", "Altair Engineering"),
	generic("Siemens", "Digital Industries Software", "Siemens Digital Industries Software"),
	generic("Siemens", "EDA", "Siemens EDA", "Mentor Graphics"),
	generic("Siemens", "Healthineers", "Siemens Healthineers"),
	generic("Siemens", "Mobility", "Siemens Mobility"),

	distinctive("SK hynix", "", "SK hynix", "Hynix"),

	generic("SMBC", "", "SMBC", "Sumitomo Mitsui Banking Corporation", "Sumitomo Mitsui Financial Group", "SMBC Group"),

	regional("Snap", "", "Snap"),
	generic("Snap", "", "Snap Group"),
	generic("Snap", "Snapchat", "Snapchat"),

	regional("Snowflake", "", "Snowflake", "Snowflake Computing"),

	generic("Société Générale", "", "Société Générale", "SocGen"),

	generic("SoftBank", "", "SoftBank", "SoftBank Group"),

	generic("Sony", "", "Sony", "Sony Group").not("Sony Financial", "Sony Financial Group"),
	generic("Sony", "Interactive Entertainment", "Sony Interactive Entertainment", "PlayStation"),
	generic("Sony", "Music", "Sony Music", "Sony Music Entertainment"),
	generic("Sony", "Pictures", "Sony Pictures", "Sony Pictures Entertainment"),

	distinctive("SpaceX", "", "SpaceX", "Space Exploration Technologies"),
	generic("SpaceX", "Starlink", "Starlink"),

	generic("Spotify", "", "Spotify"),

	generic("Standard Chartered", "", "Standard Chartered", "Standard Chartered Bank", "StanChart"),

	distinctive("Starbucks", "", "Starbucks"),

	generic("State Bank of India", "", "State Bank of India").not("SBI Life", "SBI Card"),
	regional("State Bank of India", "", "SBI"),

	generic("State Street", "", "State Street", "State Street Corporation"),

	generic("Stellantis", "", "Stellantis"),

	distinctive("STMicroelectronics", "", "STMicroelectronics", "ST Microelectronics"),

	regional("Stripe", "", "Stripe").not("Stripes Convenience Stores"),
	generic("Stripe", "", "Stripe Payments", "Stripe Technology Europe"),

	generic("T-Mobile", "", "T-Mobile", "T-Mobile US"),

	exact("Target", "", "Target", "Target Corporation", "Target Stores").not("Target Australia"),
	generic("Target", "", "Target India"),

	distinctive("Tata Consultancy Services", "", "Tata Consultancy Services").not("Tata Motors", "Tata Steel", "Tata Elxsi", "Tata Technologies", "Tata Communications", "Tata Power", "Tata Consumer Products", "Tata Projects", "Tata AIG", "Tata Capital", "Tata Advanced Systems"),
	regional("Tata Consultancy Services", "", "TCS"),

	generic("TD Bank", "", "TD Bank", "TD Bank Group", "Toronto-Dominion Bank", "TD Securities"),
	exact("TD Bank", "", "TD"),

	distinctive("Tech Mahindra", "", "Tech Mahindra", "TechM", "Mahindra Satyam").not("Mahindra & Mahindra"),
	generic("Tech Mahindra", "Comviva", "Comviva", "Mahindra Comviva"),

	generic("Telefónica", "", "Telefónica"),
	generic("Telefónica", "Movistar", "Movistar"),

	distinctive("Teleperformance", "", "Teleperformance"),

	distinctive("Tencent", "", "Tencent"),
	generic("Tencent", "Cloud", "Tencent Cloud"),
	generic("Tencent", "Games", "Tencent Games"),
	generic("Tencent", "Riot Games", "Riot Games"),
	generic("Tencent", "WeChat", "WeChat"),

	generic("Tesco", "", "Tesco"),

	generic("Tesla", "", "Tesla", "Tesla Motors"),

	generic("Texas Instruments", "", "Texas Instruments"),

	generic("Thales", "", "Thales", "Thales Group"),

	generic("Thermo Fisher Scientific", "", "Thermo Fisher Scientific", "Thermo Fisher", "ThermoFisher"),

	generic("Toshiba", "", "Toshiba"),

	distinctive("TotalEnergies", "", "TotalEnergies"),

	generic("Toyota", "", "Toyota", "Toyota Motor").not("Toyota Tsusho", "Toyota Industries", "Toyota Boshoku"),
	generic("Toyota", "Woven", "Woven by Toyota", "Woven Planet"),

	distinctive("TSMC", "", "TSMC", "Taiwan Semiconductor Manufacturing"),

	distinctive("Twilio", "", "Twilio"),
	generic("Twilio", "SendGrid", "SendGrid"),

	generic("Uber", "", "Uber"),
	generic("Uber", "Eats", "Uber Eats"),
	generic("Uber", "Freight", "Uber Freight"),
	generic("Uber", "Postmates", "Postmates"),

	generic("UBS", "", "UBS"),
	generic("UBS", "Credit Suisse", "Credit Suisse"),

	generic("Unilever", "", "Unilever", "Hindustan Unilever"),

	generic("UnitedHealth Group", "", "UnitedHealth Group", "UnitedHealth", "United Health Group"),
	generic("UnitedHealth Group", "Change Healthcare", "Change Healthcare"),
	distinctive("UnitedHealth Group", "Optum", "Optum"),
	generic("UnitedHealth Group", "UnitedHealthcare", "UnitedHealthcare", "United Healthcare"),

	generic("Unity", "", "Unity Technologies"),
	exact("Unity", "", "Unity"),

	generic("UOB", "", "UOB", "United Overseas Bank"),

	regional("Vanguard", "", "Vanguard", "The Vanguard Group", "Vanguard Group"),

	generic("Verizon", "", "Verizon", "Verizon Communications", "Verizon Wireless"),

	regional("Visa", "", "Visa"),

	generic("Vodafone", "", "Vodafone").not("Vodafone Idea"),

	generic("Volkswagen Group", "", "Volkswagen Group", "Volkswagen", "VW"),
	generic("Volkswagen Group", "Audi", "Audi"),
	generic("Volkswagen Group", "CARIAD", "CARIAD"),
	generic("Volkswagen Group", "Porsche", "Porsche", "Dr. Ing. h.c. F. Porsche"),
	generic("Volkswagen Group", "Škoda", "Škoda Auto", "Skoda"),

	generic("Walgreens", "", "Walgreens", "Walgreens Boots Alliance"),

	generic("Walmart", "", "Walmart", "Wal-Mart", "Wal-Mart Stores", "Walmart Stores").not("Asda"),
	generic("Walmart", "Flipkart", "Flipkart"),
	generic("Walmart", "Global Tech", "Walmart Global Tech", "Walmart Labs", "WalmartLabs"),
	generic("Walmart", "Myntra", "Myntra"),
	generic("Walmart", "PhonePe", "PhonePe"),
	generic("Walmart", "Sam's Club", "Sam's Club"),

	generic("Warner Bros. Discovery", "", "Warner Bros. Discovery", "Warner Bros", "WarnerMedia"),
	generic("Warner Bros. Discovery", "HBO", "HBO", "HBO Max"),

	distinctive("Wayfair", "", "Wayfair"),

	generic("Wells Fargo", "", "Wells Fargo"),

	generic("Western Digital", "", "Western Digital"),

	generic("Westpac", "", "Westpac", "Westpac Banking Corporation"),

	distinctive("Wipro", "", "Wipro", "Wipro Technologies").not("Wipro Enterprises", "Wipro Consumer Care", "Wipro Consumer Care and Lighting", "Wipro Lighting", "Wipro Infrastructure Engineering", "Wipro GE Healthcare"),
	regional("Wipro", "Capco", "Capco"),
	generic("Wipro", "Designit", "Designit"),

	regional("Workday", "", "Workday"),

	exact("X", "", "X").not("X Holdings"),
	generic("X", "", "Twitter", "X (formerly Twitter)", "X (Twitter)"),

	generic("Xiaomi", "", "Xiaomi"),

	generic("Yahoo", "", "Yahoo", "Yahoo!"),

	distinctive("Zalando", "", "Zalando"),

	generic("ZF", "", "ZF Friedrichshafen", "ZF Group"),
	regional("ZF", "", "ZF"),

	distinctive("Zillow", "", "Zillow", "Zillow Group"),

	distinctive("Zoho", "", "Zoho", "Zoho Corporation"),

	distinctive("Zomato", "", "Zomato"),

	generic("Zoom", "", "Zoom Video Communications", "Zoom Communications"),
	exact("Zoom", "", "Zoom"),

	distinctive("Zscaler", "", "Zscaler"),
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

func distinctive(parent, team string, names ...string) Alias {
	return Alias{Parent: parent, Team: team, Names: names, Reach: ReachAny}
}

// not returns the row with the false friends names.
func (a Alias) not(names ...string) Alias {
	a.Not = append(a.Not, names...)
	return a
}

// Words that may follow a known name ("Amazon Development Center Germany",
// "Microsoft India") without changing whom it names. Region words are
// country, region and connecting words; corporate words describe a unit
// of an entity, not another business. Words a business of its own would
// be named by (capital, partners, energy, bank of a tech brand's name,
// student, developer) are neither.
var (
	regionWords = []string{
		"international", "global", "worldwide", "emea", "apac", "apj", "latam", "europe", "european",
		"asia", "pacific", "africa", "america", "americas", "north", "south", "east", "west",
		"middle", "central", "nordic", "nordics", "benelux", "dach", "mena", "gcc",
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
		"ie", "pl", "kr", "tw", "ch", "za",
		"bangalore", "bengaluru", "hyderabad", "chennai", "pune", "mumbai", "noida", "gurgaon",
		"gurugram", "delhi", "kolkata",
		"de", "do", "da", "du", "del", "of",
	}
	corporateWords = []string{
		"services", "service", "technologies", "technology", "tech", "development",
		"developments", "center", "centre", "centers", "centres", "labs", "lab",
		"laboratories", "group", "holdings", "holding", "operations", "rd", "hq", "com",
		"net", "corporate",
		// units: "Capgemini Engineering", "Infosys BPM", "Walmart eCommerce"
		"solutions", "solution", "software", "systems", "engineering", "consulting",
		"consultancy", "digital", "business", "businesses", "information", "ecommerce", "e", "commerce",
		"retail", "research", "acceleration", "innovation", "innovations", "bpm", "bpo",
		"bps", "it", "ites", "analytics", "cloud", "ai", "delivery", "capability",
		"capabilities", "shared", "enterprise", "internet", "online", "network", "networks",
		"communications", "platforms", "electronics", "semiconductor", "semiconductors",
		"automotive", "mobility", "stores", "financial", "finance", "bank", "banking",
		"securities", "markets", "asset", "assets", "management", "wealth", "advisory",
		// the same in other languages
		"servicos", "servicios", "servizi", "tecnologia", "tecnologias", "tecnologie",
		"technologie", "technologien", "sistemas", "sistemi", "systeme", "solucoes",
		"soluciones", "soluzioni", "consultoria", "informatica", "comercio", "varejo",
		"gruppe", "grupo", "groupe", "gruppo", "groep", "konzern",
	}
	// placeholders are the keys of what people write where no employer
	// is ("N/A", "none", "unemployed"): no employer, like "-" or ".".
	placeholders = wordSet("na", "none", "nil", "null", "nan", "unknown", "not applicable",
		"not available", "tbd", "tba", "nothing yet", "unemployed", "currently unemployed",
		"not employed", "between jobs", "open to work", "seeking opportunities",
		"looking for opportunities", "looking for new opportunities", "looking for a job",
		"job seeker", "no company", "no employer")
)

// genericWords maps a word to the least Reach that lets it follow a name.
var genericWords = func() map[string]Reach {
	m := make(map[string]Reach, len(regionWords)+len(corporateWords))
	for _, w := range regionWords {
		m[w] = ReachRegional
	}
	for _, w := range corporateWords {
		if _, ok := m[w]; !ok {
			m[w] = ReachGeneric
		}
	}
	return m
}()
