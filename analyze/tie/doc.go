// Package tie estimates how well the user knows each contact from what a
// LinkedIn export holds.
//
// The export lists only the current job of each first-degree contact; it
// holds no past employers or schools of theirs. What it does hold is the
// user's own history (Positions.csv, Education.csv, --school) and the day
// each connection was made. Infer combines the two:
//
//   - probable colleague: the contact's current employer is one of the
//     user's employers (matched as the company package matches targets)
//     and the two connected while the user worked there, or within three
//     months after;
//   - possible classmate: the two connected while the user studied at a
//     school, or within six months after graduating;
//   - possibly met at a past job: the two connected while the user held a
//     job that has since ended (a weak hint: the contact may have been a
//     colleague, a client or a recruiter of that time).
//
// A connection date that falls in several periods yields each of them.
// Rows without a date yield no inference.
//
// # Tie strength
//
// Strength turns the evidence into a number from 0 to 100:
//
//	shared context   probable colleague 40, possible classmate 25,
//	                 possibly met at a past job 15 (the strongest counts
//	                 in full, each further one adds a quarter of its own)
//	duration         1 point per year since connecting, at most 10
//
// Connection age counts little on its own: an old connection without
// anything else stays a stranger. Tier maps the strength to a word:
//
//	close       60 and up
//	known       40 to 59
//	acquainted  15 to 39
//	none        below 15
//
// and Approach maps the tier to the way to ask: a close contact is asked
// directly, a known or acquainted one for advice first and a referral
// second, anyone else through an introduction.
package tie
