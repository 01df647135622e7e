package main

import (
	"math/rand/v2"
	"strings"
)

// The texts of messages: invented small talk, composed at random. Lengths
// follow what real inboxes show: mostly a line, some a paragraph, a few
// several paragraphs, a rare wall of text.

var shortTexts = []string{
	"Thanks!", "Sounds good 👍", "Ha, yes", "See you Thursday", "Sure, 3pm works", "lol", "Will do",
	"Thank you so much, that's really kind", "Congrats on the new role!", "Happy work anniversary!",
	"Nice!", "Yes!!", "On my way", "Running 5 min late, sorry", "Good luck tomorrow!", "Totally agree",
	"Ok, talk soon", "Haha fair", "Done ✅", "Can't wait", "Thx", "Sorry, missed this. Yes, still on!",
	"👍", "🙏", "Congrats!! 🎉", "Same here", "Oh no, feel better", "Let me check and get back to you",
	"Perfect, thanks", "Tuesday or Wednesday?", `"Soon", they said`, "100%", "Good call",
}

var greetings = []string{"Hi {name},", "Hey {name}!", "{name}!", "Hi {name}, hope you're well.", "Hey,", "Morning {name},"}

var sentences = []string{
	"Are you going to the Seattle Go meetup next week?",
	"Thanks for connecting! How are you liking the new team?",
	"I saw the post about your launch, congrats, that looked like a lot of work.",
	`We finally shipped the "new" routing service, which, honestly, is three years old by now.`,
	"Coffee at Analog on 3rd sometime next week? I'm free Tuesday after 2.",
	"Do you still have the slides from your talk? A teammate asked about the retry design.",
	"Quick question: how did your team handle idempotency keys across regions?",
	"We're hiring a senior backend engineer, if you know anyone who'd be a fit, send them my way.",
	"The on-call week was rough, three pages on Saturday alone, but we learned a lot.",
	"I read the postmortem you shared, the part about clock skew was a great catch.",
	"My manager asked if anyone knows a good course on Kafka internals, any ideas?",
	"Happy to review your design doc, send it over whenever it's ready.",
	"Long time no see! What are you up to these days?",
	"Did you end up taking the offer? No pressure to share, just curious how it went.",
	"We're doing a small reunion for the old billing team in December, you in?",
	"I moved teams in the spring, now on the platform side, so fewer 2am pages.",
	"Can you intro me to someone on the payments side? Only if it's no trouble.",
	"Thanks for the referral, I have an interview loop next Thursday!",
	"Here's the link I mentioned: https://example.com/notes/backpressure",
	"It's a 4-hour loop: system design, two coding rounds and a behavioral one.",
	"No rush at all, whenever you have a minute.",
	"Let me know if there's anything I can do to help, really.",
	`He literally said "ship it Friday", so of course we shipped it Friday.`,
	"Congrats on the promotion, well deserved!",
	"How's the new apartment? Still unpacking boxes?",
	"I'm thinking about a move in the new year, maybe something closer to payments or media.",
	"Our team is trying out Go generics for the queue library, results so far: mixed.",
	"The conference was fun, the hallway track especially, wish you'd been there.",
}

var closings = []string{"Cheers,", "Thanks!", "Best,", "Talk soon", "— J.", "Thanks again,", ""}

// chatText is one message of a talk, addressed to name ("" for someone
// whose name the user does not see).
func chatText(r *rand.Rand, name string) string {
	switch k := r.IntN(100); {
	case k < 58:
		return uniform(r, shortTexts)
	case k < 86:
		return composeText(r, name, 1+r.IntN(2), 1)
	case k < 97:
		return composeText(r, name, 3+r.IntN(4), 2+r.IntN(2))
	default:
		return composeText(r, name, 15+r.IntN(25), 4+r.IntN(6))
	}
}

// composeText writes n sentences in paras paragraphs, with a greeting and
// a closing when it is long enough to have them.
func composeText(r *rand.Rand, name string, n, paras int) string {
	var b strings.Builder
	if paras > 1 || r.IntN(3) == 0 {
		g := uniform(r, greetings)
		if name == "" || name == "all" {
			g = "Hi,"
		}
		b.WriteString(strings.ReplaceAll(g, "{name}", name))
		b.WriteString("\n\n")
	}
	per := max(1, n/paras)
	for i := range n {
		if i > 0 {
			if i%per == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(uniform(r, sentences))
	}
	if paras > 1 {
		if c := uniform(r, closings); c != "" {
			b.WriteString("\n\n")
			b.WriteString(c)
		}
	}
	return b.String()
}

var groupTitles = []string{"UW CSE capstone", "Contoso billing crew 💸", "Seattle Go meetup organizers",
	"Order routing on-call", "Friday lunch", "Husky Robotics alumni", "Book club: DDIA"}

var inmailCompanies = []string{"Fabrikam", "Tailspin Toys", "Litware", "Adventure Works", "Wide World Importers",
	"Proseware", "Lucerne Publishing", "Blue Yonder Airlines", "Woodgrove Bank", "Quillstone AI"}

var inmailSubjects = []string{"Senior Software Engineer opportunity at {co}", "{co} is hiring: Staff Backend Engineer (Go)",
	"Quick chat about {co}?", "Distributed systems role, remote friendly", "Your background + {co}", "Engineering Manager, Payments at {co}"}

// inmailText is a recruiter's pitch: several paragraphs, a list, a
// question at the end.
func inmailText(r *rand.Rand, user, recruiter, company string) string {
	var b strings.Builder
	b.WriteString("Hi " + user + ",\n\n")
	b.WriteString("I came across your profile and your work on order routing at Northwind Traders really stood out. ")
	b.WriteString("I'm recruiting for " + company + ", where we're building out our core platform team in Seattle.\n\n")
	b.WriteString("A few highlights:\n- Go and Kafka at scale, millions of events a minute\n- a small, senior team, with real ownership\n- hybrid, 2 days a week in the office\n\n")
	if r.IntN(2) == 0 {
		b.WriteString(`The team calls it "the boring infrastructure that makes the exciting stuff possible", which I think you'd appreciate. `)
		b.WriteString("Compensation is competitive, and the base range is in the posting.\n\n")
	}
	b.WriteString("Would you be open to a 20-minute call next week?\n\nBest,\n" + recruiter)
	return b.String()
}

// followUp is a recruiter's second note after no answer.
func followUp(r *rand.Rand, user string) string {
	return uniform(r, []string{
		"Hi " + user + ", just bumping this up in case it got buried. Happy to share more details!",
		"Following up on my note below, any interest? If the timing's off, no worries at all.",
		"Hi again " + user + ", the role is still open, and the hiring manager was impressed by your background.",
	})
}

// A sponsor is an advertiser of a sponsored InMail.
type sponsor struct{ subject, org, pitch string }

var sponsors = []sponsor{
	{"Advance your career with an online MBA", "Brightpath School of Business", "Our part-time online MBA fits around a full-time job. Classes start in January."},
	{"Join us at CloudScale Summit 2026", "CloudScale Summit", "Two days of talks on distributed systems, observability and platform engineering, in Seattle."},
	{"See how teams ship faster with Lumenfield", "Lumenfield Analytics", "Lumenfield gives engineering leaders a clear view of delivery metrics, without spreadsheets."},
	{"You're invited: a webinar on zero-trust networking", "Northgate Security", "Learn how leading teams secure service-to-service traffic, with a live demo and Q&A."},
}

// sponsoredHTML is the HTML body of a sponsored InMail.
func sponsoredHTML(r *rand.Rand, user string, s sponsor) string {
	return "<p>Hi " + user + ",</p>\n<p>" + s.pitch + "</p>\n<p>We'd love to hear from you, " +
		`<a href="https://example.com/offer?utm_source=linkedin&amp;id=` + hex(r, 6) + `">learn more here</a>.</p>` +
		"\n<p>Best regards,<br>The " + s.org + " team</p>"
}

var spamTexts = []string{
	"Hello dear, I have a business proposal for you that will be of mutual benefit. Reply for details.",
	"Earn $5,000 a week from home!!! Limited spots, click the link in my profile.",
	"Greetings, I am a financial adviser with an investment opportunity in crypto, 300% returns guaranteed.",
	"Hi, I noticed your profile. Are you interested in a partnership? Kindly reply to my email.",
	"Congratulations! You have been selected for an exclusive offer. Confirm your details now.",
}

var draftTexts = []string{
	"Hi Marcus, following up on my note about the Amazon Music roles",
	"Thanks so much for thinking of me! I'd love to",
	"Hey, quick question about",
	"Hi, I'm applying for the Senior SDE role on your team and wondered if you'd be open to a short chat about what the team works on.\n\nI",
	"Congrats on the launch! I",
}
