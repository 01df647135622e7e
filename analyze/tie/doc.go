// Package tie estimates how well the user knows each contact from what a
// LinkedIn export holds, following the dimensions of tie strength in the
// research literature (Granovetter; Gilbert and Karahalios, CHI 2009):
// shared context, intensity, reciprocity, recency, duration and
// reciprocal services.
//
// # Evidence
//
// The export lists only the current job of each first-degree contact; it
// holds no past employers or schools of theirs. What it does hold is the
// user's own history (Positions.csv, Education.csv, --school), the day
// each connection was made, and the interactions the export package reads
// from messages, invitations, endorsements and recommendations. Join
// attaches those to contacts by normalised profile URL, else by name when
// the name is unique among the contacts ([analyze.NameKey]: case, accents, credentials
// after a comma, bracketed pronouns and emoji do not count); the account
// owner's own rows are left out (the interactions are looked up on
// every core, then added up in order). Infer then adds the shared context, for
// a contact as package score's one step knows them (an [analyze.Member]
// whose EmployerKey is their employer resolved once):
//
//   - probable colleague: the contact's current employer is one of the
//     user's employers (matched as the company package matches targets)
//     and the two connected while the user worked there, or within three
//     months after;
//   - possible classmate: the two connected while the user studied at a
//     school, or within six months after graduating;
//   - possibly met at a past job: the two connected while the user held a
//     job that has since ended (a weak hint: the contact may have been a
//     colleague, a client or a recruiter of that time);
//   - former colleague, fellow alum: the user's notes name a past company
//     or school of the contact's that was the user's too.
//
// Each kind counts once per contact, from its strongest instance: a
// contact connected while the user held a job, two volunteer roles and a
// board seat is possibly met at one of them, the one that says the most
// (the most points below; of equal ones, the one in whose time the user
// connected with the fewest people, a two-year job before a decade of
// volunteering), and the Why names that one.
//
// A date-only context (a possible classmate, possibly met at a past job)
// says less the more people the user connected with at the time: when the
// user added more than 50 people a year while that job or school was
// theirs (counted over the whole of it, grace included, and over at least
// a year), its points are multiplied by 50 over that rate ([Confidence]),
// and the Why says the rate ("among 230 new connections a year"). A
// probable colleague, who works at the user's employer, and what the
// notes say are not discounted.
//
// # Tie strength
//
// Strength turns the evidence into a number from 0 to 100, the sum of
// six dimensions (see [Breakdown]):
//
//	context      former colleague (notes) 45, probable colleague 35,
//	             fellow alum (notes) 30, possible classmate 20, possibly
//	             met at a past job 15, each kind once and the date-only
//	             ones discounted as above; the strongest counts in full,
//	             each further kind a quarter
//	intensity    up to 40: 40 x log(1+m) / log(1+200) x fade, where m
//	             counts the one-to-one messages and 0.3 per group-chat
//	             message, so 2 recent messages give 8, 20 give 23, and 200
//	             or more give 40
//	reciprocity  10 x fade when both wrote one-to-one, half that when both
//	             wrote only in group chats
//	recency      up to 10: 10 x exp(-years since the last message / 3), so
//	             a last message three years ago still gives 3.7
//
// where fade = 0.4 + 0.6 x exp(-years since the last message / 3): a
// conversation that went quiet years ago keeps 40% of its weight. When
// the contact never wrote back, intensity and recency count half: the
// user reaching out is not yet a relationship.
//
//	duration     1 per year since the two connected or first wrote, at
//	             most 10; connection age alone says little, so an old
//	             connection with nothing else stays a stranger
//	services     up to 30: a recommendation of the user 25, one by the
//	             user 15, 4 per endorsement either way (at most 10), an
//	             invitation with a personal note 4
//
// Tier maps the strength to an [analyze.Tier]:
//
//	close       50 and up
//	known       35 to 49
//	acquainted  15 to 34
//	none        below 15
//
// A close tie needs direct evidence: the two wrote to each other, or one
// recommended the other (or the user's notes say so); without it the
// strength stops just short of close, however much was inferred. And
// inference alone stops short of known: a contact with no interaction in
// the export (no message, endorsement, recommendation or invitation with
// a note) and nothing in the notes is at most acquainted, however many
// contexts the dates suggest and however old the connection, unless they
// are a probable colleague.
//
// So a probable colleague is known, a possible classmate acquainted, a
// friend with 30 messages both ways, the last one last month, over seven
// years is close (25 + 10 + 10 + 7 = 52), and the same friend quiet for
// five years is acquainted (13 + 5 + 2 + 7 = 27, plus any shared context).
//
// A Relationship the user sets in a notes file wins: the strength is
// moved into that tier's band (close: at least 70; known: 40 to 49;
// acquainted: 20 to 34; none: no more than the
// duration alone gives a stranger), so the ranking follows it.
//
// Join finds each note's contact by its profile URL alone when it has
// one (a namesake is someone else), else by its name when exactly one
// contact has it; a note it cannot place is a warning at the note's line
// saying why (no such URL, no such name, or how many contacts share it).
//
// Approach maps the tier to the way to ask ([analyze.Approach]): a close
// contact is asked directly, a known or acquainted one for advice first
// and a referral second, anyone else through an introduction. The
// outreach package drafts by it.
//
// The strongest shared context of a contact ([Evidence.Strongest]) is
// kept on their [analyze.Member] as a value, so that later stages (the
// outreach drafts) read where the two met without parsing the Why words.
package tie
